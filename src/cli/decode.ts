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

/** Decodes one line's bytes; `invalid` when some bytes did not decode. */
type LineDecoder = (bytes: Uint8Array) => { text: string; invalid: boolean }

function lineDecoder(encoding: string): LineDecoder {
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
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false })
    let invalid = utf16 && bytes.length % 2 === 1
    if (!invalid && text.includes('\uFFFD')) {
      const spelled = countOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), replacement)
      invalid = spelled < text.split('\uFFFD').length - 1
    }
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
 * Splits a byte stream into lines on LF (a 0x0A byte for ASCII-compatible encodings, including
 * GB18030 whose trail bytes are never 0x0A; a 0x000A code unit for UTF-16) and decodes each.
 */
export class LineSplitter {
  private pending: Uint8Array | undefined
  private line = 1
  private offset = 0
  private readonly decode: LineDecoder
  private readonly unit: 1 | 2
  private readonly lfAt: (bytes: Uint8Array, i: number) => boolean

  constructor(encoding: string) {
    this.decode = lineDecoder(encoding)
    this.unit = encoding.startsWith('utf-16') ? 2 : 1
    this.lfAt =
      encoding === 'utf-16le'
        ? (b, i) => b[i] === 0x0a && b[i + 1] === 0
        : encoding === 'utf-16be'
          ? (b, i) => b[i] === 0 && b[i + 1] === 0x0a
          : (b, i) => b[i] === 0x0a
  }

  /** Lines completed by this chunk. */
  *push(chunk: Uint8Array): Generator<Line> {
    let bytes = chunk
    if (this.pending) {
      bytes = concat(this.pending, chunk)
      this.pending = undefined
    }
    let start = 0
    const step = this.unit
    if (step === 1) {
      for (let i = bytes.indexOf(0x0a, start); i !== -1; i = bytes.indexOf(0x0a, start)) {
        yield this.emit(bytes.subarray(start, i + 1))
        start = i + 1
      }
    } else {
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        if (this.lfAt(bytes, i)) {
          yield this.emit(bytes.subarray(start, i + 2))
          start = i + 2
        }
      }
    }
    if (start < bytes.length) this.pending = bytes.slice(start)
  }

  /** The last line, when the file does not end with a line break. */
  *end(): Generator<Line> {
    if (this.pending && this.pending.length) yield this.emit(this.pending)
    this.pending = undefined
  }

  private emit(raw: Uint8Array): Line {
    const { text: decoded, invalid } = this.decode(raw)
    let text = decoded
    let eol = ''
    if (text.endsWith('\r\n')) eol = '\r\n'
    else if (text.endsWith('\n')) eol = '\n'
    if (eol) text = text.slice(0, -eol.length)
    const line: Line = { text, line: this.line++, offset: this.offset, eol }
    if (invalid) line.invalid = true
    this.offset += text.length + eol.length
    return line
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** All lines of an in-memory file (stdin, or a library read whole). */
export function* linesOfBuffer(bytes: Uint8Array, encoding: Encoding): Generator<Line> {
  const splitter = new LineSplitter(encoding.name)
  yield* splitter.push(bytes.subarray(encoding.bom))
  yield* splitter.end()
}

/** Streams a file's lines; `onBytes` reports progress. */
export async function* linesOfFile(path: string, encoding: Encoding, onBytes?: (n: number) => void): AsyncGenerator<Line> {
  const splitter = new LineSplitter(encoding.name)
  const stream = createReadStream(path, { start: encoding.bom, highWaterMark: 1 << 20 })
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes?.(chunk.length)
    yield* splitter.push(chunk)
  }
  yield* splitter.end()
}

/** A whole decoded file and the lines that did not decode. */
export interface Decoded {
  text: string
  lines: Line[]
  invalidLines: number[]
}

export function decodeBuffer(bytes: Uint8Array, encoding: Encoding): Decoded {
  const lines = [...linesOfBuffer(bytes, encoding)]
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
