import type { Line, LineBatches } from '../decode.js'
import type { LineIndex, OffsetMap } from '../positions.js'
import type { FileError, InputRecord } from '../types.js'
import type { Directive, Suppression } from './directives.js'

export type Role = 'agent' | 'customer'

/** What a reader hands to the linter: one reply or one customer turn. */
export interface Turn extends InputRecord {
  /** What the format says about the speaker; undefined when only `--agent` can tell. */
  role?: Role
  /** Rules switched off for this reply by directives (see directives.ts). */
  disabled?: Suppression
  /** Where each character of `text` sits in the decoded file (whole-file library readers; --fix). */
  source?: OffsetMap
  /**
   * How replacement text is written at this reply's place in the file (quoting, escaping);
   * undefined when it cannot be written without touching other bytes.
   */
  escape?(text: string): string | undefined
}

export interface ReaderOptions {
  /** --column: header name or 1-based number of the column holding replies. */
  column?: string
}

export interface Sink {
  error(e: FileError): void
  /** Each directive of the file, in file order (reported when misspelt or unused). */
  directive?(d: Directive): void
}

/** A whole decoded file, for readers that need all of it (CSV, JSON, YAML). */
export interface Document {
  text: string
  lines: readonly Line[]
  index: LineIndex
}

interface ReaderBase {
  format: InputFormat
  /** Libraries can be fixed; transcripts never are. A reader may decide per file (JSON chats). */
  kind: 'library' | 'transcript'
}

export type Reader =
  /** Streamed: batches of lines in, batches of turns out (one per chunk read). */
  | (ReaderBase & { input: 'lines'; read(lines: LineBatches, options: ReaderOptions, sink: Sink): AsyncIterable<Turn[]> })
  | (ReaderBase & { input: 'text'; read(doc: Document, options: ReaderOptions, sink: Sink): Iterable<Turn> })
  /** Bytes in, batches of turns out; `notes` collects what was left out on purpose (skipped sheets). */
  | (ReaderBase & { input: 'binary'; read(bytes: Uint8Array, options: ReaderOptions, sink: Sink, notes: string[]): AsyncIterable<Turn[]> })

export const INPUT_FORMATS = ['text', 'csv', 'tsv', 'json', 'yaml', 'jsonl', 'qianniu', 'tmall', 'qq', 'jd', 'wechat', 'xlsx'] as const
export type InputFormat = (typeof INPUT_FORMATS)[number]
