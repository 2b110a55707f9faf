import { createReadStream } from 'node:fs'
import chardet from 'chardet'
import iconv from 'iconv-lite'

/**
 * Encodings as shops' files really have them: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode text"), GB18030/GBK from Windows tools. Every file is split into lines on
 * BYTES before decoding, so a broken byte sequence is reported on its own line and the rest of
 * the file still decodes, and a multi-GB transcript streams with flat memory.
 */

export interface Encoding {
  /** iconv-lite / WHATWG name: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', … */
  name: string
  /** Length in bytes of the byte-order mark at the start of the file (0 when none). */
  bom: number
}

/** One decoded line of a file. */
export interface Line {
  /** Text without its line terminator. */
  text: string
  /** 1-based line number. */
  line: number
  /** Offset of the line's first character in the decoded file (BOM excluded). */
  offset: number
  /** The line terminator as written ('\r\n', '\n' or '' at the end of the file). */
  eol: string
  /** The line holds bytes that are not valid in the file's encoding (decoded as U+FFFD). */
  invalid?: boolean
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/** Names users type, mapped to what the decoders call them. */
const ALIASES: Record<string, string> = { utf8: 'utf-8', gbk: 'gbk', gb2312: 'gbk', cp936: 'gbk', utf16le: 'utf-16le', utf16be: 'utf-16be', 'utf-16': 'utf-16le' }

export function canonicalEncoding(name: string): string | undefined {
  const lower = name.trim().toLowerCase()
  const alias = ALIASES[lower.replace(/[-_]/g, '')] ?? ALIASES[lower] ?? lower
  if (alias === 'utf-8' || alias === 'utf-16le' || alias === 'utf-16be') return alias
  return iconv.encodingExists(alias) ? alias : undefined
}

/**
 * Picks the encoding from the first bytes of a file: a BOM wins; then valid UTF-8; then what
 * chardet sees (GB18030 for Chinese Windows files). `forced` (--encoding) skips detection but a
 * matching BOM is still skipped.
 */
export function detectEncoding(head: Uint8Array, forced?: string): Encoding {
  for (const [bytes, name] of BOMS) {
    if (bytes.every((b, i) => head[i] === b) && (!forced || forced === name)) return { name, bom: bytes.length }
  }
  if (forced) return { name: forced, bom: 0 }
  if (mostlyUtf8(head)) return { name: 'utf-8', bom: 0 }
  const guess = chardet.detect(head)
  const name = guess ? canonicalEncoding(guess) : undefined
  // Chinese shops: anything chardet cannot name is most likely GB18030.
  return { name: name && name !== 'utf-8' ? name : 'gb18030', bom: 0 }
}

/**
 * UTF-8 with a few broken lines (a damaged line is reported, not a reason to read the whole
 * file as something else). Text in another encoding read as UTF-8 breaks on nearly every line
 * that has non-ASCII characters.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0
  let bad = 0
  let start = 0
  const strict = new TextDecoder('utf-8', { fatal: true })
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    const last = end === -1
    if (last) end = bytes.length
    const line = bytes.subarray(start, end)
    if (line.some((b) => b > 0x7f)) {
      try {
        // stream: the sample may cut the last line inside a character.
        strict.decode(line, { stream: last })
        good++
      } catch {
        bad++
      }
    }
    start = end + 1
  }
  return bad === 0 || bad < good
}

/** Decodes bytes; `invalid` when some bytes did not decode. */
type Decoder = (bytes: Uint8Array) => { text: string; invalid: boolean }

function decoderFor(encoding: string): Decoder {
  if (encoding === 'utf-8') {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    const lax = new TextDecoder('utf-8', { ignoreBOM: true })
    return (bytes) => {
      try {
        return { text: strict.decode(bytes), invalid: false }
      } catch {
        return { text: lax.decode(bytes), invalid: true }
      }
    }
  }
  // iconv-lite has no strict mode: a U+FFFD in the output that the file did not spell out is
  // an undecodable sequence.
  const replacement = iconv.encode('\uFFFD', encoding)
  const utf16 = encoding.startsWith('utf-16')
  return (bytes) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const text = iconv.decode(buffer, encoding, { stripBOM: false })
    let invalid = utf16 && bytes.length % 2 === 1
    if (!invalid && text.includes('\uFFFD')) invalid = countOf(buffer, replacement) < text.split('\uFFFD').length - 1
    return { text, invalid }
  }
}

function countOf(haystack: Buffer, needle: Buffer): number {
  if (needle.length === 0) return 0
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++
  return n
}

/**
 * Splits a byte stream into decoded lines. A chunk's complete lines are decoded in one call
 * and split on LF (LF is one unit in every supported encoding: a 0x0A byte that is never a
 * GB18030 trail byte, a 0x000A UTF-16 unit); only a chunk that does not decode is redone
 * line by line, so a broken byte sequence is pinned to its line.
 */
export class LineSplitter {
  private pending: Uint8Array | undefined
  private line = 1
  private offset = 0
  private readonly decode: Decoder
  /** Index of the last byte of the last LF in bytes[0, to], or -1. */
  private readonly lastBreak: (bytes: Uint8Array, to: number) => number
  /** Index of the last byte of the first LF at or after `from`, or -1. */
  private readonly nextBreak: (bytes: Uint8Array, from: number) => number

  constructor(encoding: string) {
    this.decode = decoderFor(encoding)
    if (encoding.startsWith('utf-16')) {
      const [lo, hi] = encoding === 'utf-16le' ? [0x0a, 0] : [0, 0x0a]
      const isLf = (b: Uint8Array, i: number) => b[i] === lo && b[i + 1] === hi
      this.lastBreak = (b, to) => {
        for (let i = to - 1 - ((to - 1) % 2); i >= 0; i -= 2) if (isLf(b, i)) return i + 1
        return -1
      }
      this.nextBreak = (b, from) => {
        for (let i = from; i + 1 < b.length; i += 2) if (isLf(b, i)) return i + 1
        return -1
      }
    } else {
      this.lastBreak = (b, to) => b.lastIndexOf(0x0a, to)
      this.nextBreak = (b, from) => b.indexOf(0x0a, from)
    }
  }

  /** Lines completed by this chunk. */
  push(chunk: Uint8Array): Line[] {
    let bytes = chunk
    if (this.pending) {
      bytes = concat(this.pending, chunk)
      this.pending = undefined
    }
    const end = this.lastBreak(bytes, bytes.length - 1) + 1
    if (end < bytes.length) this.pending = bytes.slice(end)
    return end > 0 ? this.lines(bytes.subarray(0, end)) : []
  }

  /** The last line, when the file does not end with a line break. */
  end(): Line[] {
    const rest = this.pending
    this.pending = undefined
    return rest && rest.length ? this.lines(rest) : []
  }

  private lines(bytes: Uint8Array): Line[] {
    const { text, invalid } = this.decode(bytes)
    if (invalid) return this.lineByLine(bytes)
    const out: Line[] = []
    let start = 0
    while (start < text.length) {
      const nl = text.indexOf('\n', start)
      const stop = nl === -1 ? text.length : nl + 1
      out.push(this.make(text.slice(start, stop), false))
      start = stop
    }
    return out
  }

  private lineByLine(bytes: Uint8Array): Line[] {
    const out: Line[] = []
    let start = 0
    while (start < bytes.length) {
      const lf = this.nextBreak(bytes, start)
      const stop = lf === -1 ? bytes.length : lf + 1
      const { text, invalid } = this.decode(bytes.subarray(start, stop))
      out.push(this.make(text, invalid))
      start = stop
    }
    return out
  }

  private make(raw: string, invalid: boolean): Line {
    const eol = raw.endsWith('\r\n') ? '\r\n' : raw.endsWith('\n') ? '\n' : ''
    const text = eol ? raw.slice(0, -eol.length) : raw
    const line: Line = { text, line: this.line++, offset: this.offset, eol }
    if (invalid) line.invalid = true
    this.offset += raw.length
    return line
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** Batches of lines: one per chunk read, so per-line work stays synchronous. */
export type LineBatches = AsyncIterable<Line[]> | Iterable<Line[]>

/** All lines of an in-memory file (stdin, or a library read whole). */
export function linesOfBuffer(bytes: Uint8Array, encoding: Encoding): Line[][] {
  const splitter = new LineSplitter(encoding.name)
  return [splitter.push(bytes.subarray(encoding.bom)), splitter.end()]
}

/** Streams a file's lines; `onBytes` reports progress. */
export function linesOfFile(path: string, encoding: Encoding, onBytes?: (n: number) => void): AsyncGenerator<Line[]> {
  return linesOfStream(createReadStream(path, { start: encoding.bom, highWaterMark: 1 << 20 }), { ...encoding, bom: 0 }, onBytes)
}

/** Streams the lines of a byte stream (a file, stdin) whose first `encoding.bom` bytes are a BOM. */
export async function* linesOfStream(chunks: AsyncIterable<Uint8Array>, encoding: Encoding, onBytes?: (n: number) => void): AsyncGenerator<Line[]> {
  const splitter = new LineSplitter(encoding.name)
  let skip = encoding.bom
  for await (const chunk of chunks) {
    onBytes?.(chunk.length)
    const bytes = skip ? chunk.subarray(Math.min(skip, chunk.length)) : chunk
    skip = Math.max(0, skip - chunk.length)
    const lines = splitter.push(bytes)
    if (lines.length) yield lines
  }
  const last = splitter.end()
  if (last.length) yield last
}

/** A whole decoded file and the lines that did not decode. */
export interface Decoded {
  text: string
  lines: Line[]
  invalidLines: number[]
}

export function decodeBuffer(bytes: Uint8Array, encoding: Encoding): Decoded {
  const lines = linesOfBuffer(bytes, encoding).flat()
  let text = ''
  const invalidLines: number[] = []
  for (const l of lines) {
    text += l.text + l.eol
    if (l.invalid) invalidLines.push(l.line)
  }
  return { text, lines, invalidLines }
}

/** Encodes text back into the file's encoding, BOM included. */
export function encodeText(text: string, encoding: Encoding, original: Uint8Array): Buffer {
  const body = encoding.name === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding.name, { addBOM: false })
  return encoding.bom ? Buffer.concat([Buffer.from(original.subarray(0, encoding.bom)), body]) : body
}
