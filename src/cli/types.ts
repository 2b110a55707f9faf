import type { LintMessage, Severity } from '../types.js'

/**
 * The contract between the CLI's inputs, the linter and the reporters.
 * Inputs turn a file into records (one reply each) with source positions; reporters turn
 * FileResults into text. Positions in a CliMessage point into the decoded FILE.
 */

/** Where a reply came from inside its file. */
export interface RecordInfo {
  /** 0-based index of the record (reply / message) in the file. */
  index: number
  /** 1-based row as a spreadsheet numbers it (CSV/TSV/XLSX; the header row is row 1), when known. */
  row?: number
  /** Sheet name for XLSX. */
  sheet?: string
  /** The reply's cell in A1 notation for XLSX (`售后!B3`). */
  cell?: string
  /** Column name or index the reply was read from, for tabular inputs. */
  column?: string
  /** Speaker name as written in the transcript. */
  speaker?: string
  /** 'agent' | 'customer' when known. */
  role?: 'agent' | 'customer'
  /** Timestamp as written in the file (ISO-8601 when the format gives one). */
  time?: string
  /** Session / conversation id when the format has one. */
  session?: string
  /** Group or code of a canned reply (千牛 快捷短语分组 / 编码). */
  group?: string
  code?: string
  /** The reply itself (reporters that show context, e.g. html, need it). */
  text?: string
  /** The customer's turn before it, when known (transcripts). */
  previous?: string
}

/** A reply to lint, with what is needed to map its offsets back into the file. */
export interface InputRecord {
  text: string
  info: RecordInfo
  /** The customer's turn this reply answers (transcripts), handed to the rules as context. */
  previous?: string
  /** What the agent already sent in this turn (transcripts; LintOptions.agentBefore). */
  agentBefore?: string
  /** What the agent sent after it in the same turn (transcripts; LintOptions.agentAfter; cli/after.ts). */
  agentAfter?: string
  /**
   * Maps an offset in `text` to a 1-based [line, column] in the decoded file. Readers that
   * unescape (CSV quotes) must account for it so annotations land on the right characters.
   */
  locate(offset: number): [line: number, column: number]
}

export interface CliMessage extends LintMessage {
  /** Overrides LintMessage line/column: positions in the file. */
  line: number
  column: number
  endLine: number
  endColumn: number
  record: RecordInfo
}

export interface FileError {
  message: string
  /** 1-based file line, when the problem has one. */
  line?: number
  /** The file is not a shop file at all (a folder run skips it rather than failing). */
  notShopFile?: boolean
}

export interface FileResult {
  /** Path as given/relative to cwd, or '<stdin>'. */
  file: string
  messages: CliMessage[]
  /** Replies linted in this file (agent turns for transcripts). */
  replies: number
  /** Read/parse problems; a file may have messages AND errors (broken rows are skipped). */
  errors: FileError[]
  /** Replies linted per speaker (transcripts), for per-agent rates in reports. */
  agents?: Record<string, number>
  /** The fixed output was written (--fix). */
  fixed?: boolean
  /** --fix-dry-run: the messages are of the text as the fixes would leave it; nothing was written. */
  fixPreview?: boolean
  /** What was left out on purpose (a workbook's sheet without a reply column, a file not a shop file). */
  notes?: string[]
}

export interface ReportContext {
  cwd: string
  version: string
  /** Effective config, for reports that must be reproducible (html). */
  config?: unknown
  color: boolean
  quiet: boolean
  /** The rules that ran (SARIF's rule table, legends); every rule of every config used. */
  rules?: readonly ReportRule[]
}

/** What a report needs to know about a rule. */
export interface ReportRule {
  id: string
  description: { zh: string; en: string }
  defaultSeverity: Severity
  category: string
  fixable: boolean
  /** The rule's documentation page. */
  url: string
}

/** One file's outcome without its findings, which were streamed before it. */
export interface FileSummary extends Omit<FileResult, 'messages'> {
  /** Findings of the file by severity. */
  counts: Record<Severity, number>
}

/** Counts every report prints or acts on (exit code, --max-warnings). */
export interface Totals {
  errors: number
  warnings: number
  infos: number
  /** Files with read/parse problems. */
  broken: number
  replies: number
  files: number
}

/** Where a streaming reporter writes: buffered text, and bytes spooled elsewhere. */
export interface TextSink {
  write(s: string): void
  writeBytes(bytes: Uint8Array): Promise<void> | void
  /**
   * Set when `writeBytes` is done with the bytes once it returns (or resolves): it copies what
   * it keeps, so the caller may reuse them. Otherwise the sink may keep them by reference.
   */
  readonly copiesBytes?: boolean
}

/**
 * The streaming contract of a report format (built-in or `--format ./my-formatter.mjs`).
 * Files arrive one at a time in input order: `findings` any number of times (in file order,
 * each message with its record), then `end` with the file's summary; after the last file,
 * `close`. A writer keeps only what its output still needs, never every finding.
 */
export interface ReportWriter {
  findings(file: string, messages: readonly CliMessage[]): void
  end(summary: FileSummary): void | Promise<void>
  close(totals: Totals): void | Promise<void>
}

export type Reporter = (out: TextSink & { ready(): Promise<void> }, ctx: ReportContext) => ReportWriter

export type { Severity }
