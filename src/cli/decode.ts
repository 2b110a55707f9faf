import { createReadStream } from 'node:fs'
import iconv from 'iconv-lite'
import type { Encoding } from './detect-encoding.js'

/**
 * Encodings as shops' files really have them: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode text"), GB18030/GBK from Windows tools. Every file is split into lines on
 * BYTES before decoding, so a broken byte sequence is reported on its own line and the rest of
 * the file still decodes, and a multi-GB transcript streams with flat memory.
 */

export type { Encoding } from './detect-encoding.js'

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
  /** Bytes of the unfinished line, kept as the chunks they came in: joined once, when it ends. */
  private pending: Uint8Array[] = []
  /** UTF-16: the odd byte at the end of the last chunk, so every chunk starts on a unit. */
  private carry: number | undefined
  private line = 1
  private offset = 0
  private readonly utf16: boolean
  private readonly decode: Decoder
  /** Index of the last byte of the last LF in bytes[0, to], or -1. */
  private readonly lastBreak: (bytes: Uint8Array, to: number) => number
  /** Index of the last byte of the first LF at or after `from`, or -1. */
  private readonly nextBreak: (bytes: Uint8Array, from: number) => number

  constructor(encoding: string) {
    this.decode = decoderFor(encoding)
    this.utf16 = encoding.startsWith('utf-16')
    if (this.utf16) {
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

  /**
   * Lines completed by this chunk. Only the new chunk is searched for a line break, so a line
   * of any length costs time in proportion to its bytes, not to its bytes times its chunks.
   */
  push(chunk: Uint8Array): Line[] {
    let bytes = chunk
    if (this.utf16) {
      if (this.carry !== undefined) {
        bytes = concat([Uint8Array.of(this.carry), chunk])
        this.carry = undefined
      }
      if (bytes.length % 2) {
        this.carry = bytes[bytes.length - 1]
        bytes = bytes.subarray(0, bytes.length - 1)
      }
    }
    const end = this.lastBreak(bytes, bytes.length - 1) + 1
    if (end === 0) {
      if (bytes.length) this.pending.push(bytes)
      return []
    }
    const pending = this.pending
    this.pending = end < bytes.length ? [bytes.slice(end)] : []
    if (pending.length === 0) return this.lines(bytes.subarray(0, end))
    // Only the line that straddles the chunks is joined; the chunk's other lines are decoded where they are.
    const first = this.nextBreak(bytes, 0) + 1
    const lines = this.lines(concat([...pending, bytes.subarray(0, first)]))
    if (first < end) for (const l of this.lines(bytes.subarray(first, end))) lines.push(l)
    return lines
  }

  /** The last line, when the file does not end with a line break. */
  end(): Line[] {
    const rest = this.carry === undefined ? this.pending : [...this.pending, Uint8Array.of(this.carry)]
    this.pending = []
    this.carry = undefined
    const bytes = concat(rest)
    return bytes.length ? this.lines(bytes) : []
  }

  private lines(bytes: Uint8Array): Line[] {
    const { text, invalid } = this.decode(bytes)
    if (invalid) return this.lineByLine(bytes)
    const out: Line[] = []
    let start = 0
    while (start < text.length) {
      const nl = text.indexOf('\n', start)
      if (nl === -1) {
        out.push(this.make(text.slice(start), false))
        break
      }
      // One slice per line: the terminator is read off the text, not cut off a copy.
      const cr = nl > start && text.charCodeAt(nl - 1) === 0x0d
      const line: Line = { text: text.slice(start, cr ? nl - 1 : nl), line: this.line++, offset: this.offset, eol: cr ? '\r\n' : '\n' }
      this.offset += nl + 1 - start
      out.push(line)
      start = nl + 1
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

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  let size = 0
  for (const p of parts) size += p.length
  const out = new Uint8Array(size)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Batches of lines: one per chunk read, so per-line work stays synchronous. */
export type LineBatches = AsyncIterable<Line[]> | Iterable<Line[]>

/** All lines of an in-memory file (stdin, or a library read whole). */
export function linesOfBuffer(bytes: Uint8Array, encoding: Encoding): Line[][] {
  const splitter = new LineSplitter(encoding.name)
  return [splitter.push(bytes.subarray(encoding.bom)), splitter.end()]
}

/**
 * Bytes read at a time from a file. Each chunk's lines are parsed and linted before the next is
 * read, so everything made from one chunk (lines, parsed objects, turns) is alive at once: at
 * 64 KB that fits V8's young generation and dies there cheaply; at 1 MB it outlived every
 * scavenge, was copied into the old generation and cost more in GC than the lint.
 */
export const CHUNK_BYTES = 64 * 1024

/** Streams a file's lines; `onBytes` reports progress. */
export function linesOfFile(path: string, encoding: Encoding, onBytes?: (n: number) => void): AsyncGenerator<Line[]> {
  return linesOfStream(createReadStream(path, { start: encoding.bom, highWaterMark: CHUNK_BYTES }), { ...encoding, bom: 0 }, onBytes)
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
