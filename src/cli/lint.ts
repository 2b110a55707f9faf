import { constants, createReadStream } from 'node:fs'
import { open, readFile, stat } from 'node:fs/promises'
import iconv from 'iconv-lite'
import type { Linter, LintMessage } from '../node.js'
import type { LintOptions } from '../types.js'
import { Conversation, type AgentMatcher } from './agent.js'
import { TurnAfter } from './after.js'
import type { ConfigResolver, LoadedConfig, Overrides } from './config.js'
import { detectEncoding } from './detect-encoding.js'
import { CHUNK_BYTES, decodeBuffer, linesOfBuffer, linesOfFile, linesOfStream, type Encoding, type Line, type LineBatches } from './decode.js'
import { planFix, type FixMode } from './fix.js'
import { detectFormat, isZip, READERS, type InputFormat } from './inputs/index.js'
import type { Document, Reader, ReaderOptions, Sink, Turn } from './inputs/types.js'
import { RangeConversation, resolvedAgentBefore, resolvedPrevious, type Pending, type SessionState } from './ranges.js'
import { LineIndex } from './positions.js'
import type { FindingPacker, Packed } from './transfer.js'
import type { Progress } from './progress.js'
import { stampOf, type ReadStamp } from './replace-file.js'
import type { CliMessage, FileResult, Severity } from './types.js'
import { directiveProblems, suppresses, type Directive } from './inputs/directives.js'
import { REPOSITORY_URL } from '../docs-url.js'

/** One thing to lint: a file on disk, or bytes (stdin, a fixed file being re-checked). */
export interface Target {
  /** As shown in reports: relative to cwd, or '<stdin>'. */
  file: string
  /** Absolute path on disk, when there is one (config lookup, --fix). */
  path?: string
  bytes?: Uint8Array
  /** A stream read as it comes (stdin): transcripts piped in are never held whole. */
  stream?: AsyncIterable<Uint8Array>
  /** Came from stdin: `path` (from --stdin-filename) is only a name, never written to. */
  stdin?: boolean
  /** Known before reading (a folder or pattern with nothing to lint). */
  error?: string
  /** Found by walking a folder (not named): a file that is not a shop file is skipped, not an error. */
  fromFolder?: boolean
}

export interface LintSettings {
  inputFormat?: InputFormat
  encoding?: string
  reader: ReaderOptions
  agent?: AgentMatcher
  quiet: boolean
  /** --shard i/n with --shard-by record: lint every n-th reply of each file. */
  recordShard?: { index: number; count: number }
  fix?: FixMode
  /** Keep the customer's previous turn in the records (reports show it only when asked). */
  withPrevious?: boolean
  /** --report-unused-disable-directives(-severity): over the config's `reportUnusedDisableDirectives`. */
  reportUnused?: Severity | 'off'
}

/** A file's findings, in file order, as they are made (several calls per file). */
export type FindingSink = (messages: CliMessage[]) => void

export interface Engine {
  resolver: ConfigResolver
  overrides: Overrides
  settings: LintSettings
  /** Set when linting a byte range of a transcript in a worker. */
  range?: RangeRun
  progress?: Progress
  /** Where a folder-less target (stdin) looks for its config. */
  cwd: string
  /** Unified diffs of --fix-dry-run, printed before the report. */
  diffs: string[]
  /** --fix on stdin: the text to write to stdout (fixed, or as it came when nothing was fixed). */
  stdinOutput?: Uint8Array
  /** Resolves when the report has room for more (a slow reader of stdout holds the run). */
  ready?: () => Promise<void>
}

const HEAD = 64 * 1024
const BATCH = 2048
/** Characters per reply: a customer-service reply is a few hundred; a megabyte "reply" is a broken or hostile file. */
export const MAX_REPLY_CHARS = 100_000

/**
 * Lints one target. Findings go to `emit` in file order: streamed readers emit each reply's
 * findings as it is linted; readers of whole files (and --fix, which may re-lint) emit them
 * sorted at the end. The result holds everything else (counts, read problems), never the
 * findings.
 */
/** Encoding and format of a file on disk, from its first bytes (as lintTarget decides them). */
export async function probe(target: Target, settings: LintSettings): Promise<{ encoding: Encoding; format: InputFormat } | undefined> {
  if (!target.path || target.stream || target.bytes || target.error) return undefined
  try {
    const head = await readHead(target.path)
    const encoding = detectEncoding(head, settings.encoding)
    // A refused file is linted (and its refusal reported) the ordinary way, not in ranges.
    if ('refused' in encoding) return undefined
    return { encoding, format: settings.inputFormat ?? detectFormat(target.file, head, sampleOf(head, encoding)) }
  } catch {
    return undefined
  }
}

export async function lintTarget(target: Target, engine: Engine, emit: FindingSink): Promise<FileResult> {
  const result: FileResult = { file: target.file, messages: [], replies: 0, errors: [] }
  const directives: Directive[] = []
  const sink: Sink = { error: (e) => result.errors.push(e), directive: (d) => directives.push(d) }
  const { settings } = engine
  if (target.error) {
    sink.error({ message: target.error })
    return result
  }
  let head: Uint8Array
  let stream: AsyncIterable<Uint8Array> | undefined
  try {
    const notRegular = target.path && !target.bytes && !target.stream ? await notARegularFile(target.path) : undefined
    if (notRegular) {
      sink.error({ message: notRegular })
      return result
    }
    if (target.stream) {
      const started = await startStream(target.stream)
      head = started.head
      stream = started.stream
    } else {
      head = target.bytes ? target.bytes.subarray(0, HEAD) : await readHead(target.path!)
    }
  } catch (e) {
    sink.error({ message: ioMessage(e) })
    return result
  }
  const detected = detectEncoding(head, settings.encoding)
  const zip = isZip(head)
  if ('refused' in detected && !zip) {
    sink.error({ message: detected.refused })
    return result
  }
  // A workbook is bytes, not text: its encoding is never used.
  const encoding = 'refused' in detected ? { name: 'utf-8', bom: 0 } : detected
  const format = settings.inputFormat ?? (zip ? 'xlsx' : detectFormat(target.file, head, sampleOf(head, encoding)))
  const reader = READERS[format]
  const config = await engine.resolver.forFile(target.path ?? `${engine.cwd}/<stdin>`)
  const linter = engine.resolver.linterFor(config)
  const canFix = reader.input !== 'binary' && reader.kind === 'library'
  // --fix on stdin writes the (fixed) text to stdout, so a whole stdin is kept even when nothing can be fixed.
  const fixing: FixMode | undefined = !settings.fix
    ? undefined
    : target.stdin
      ? settings.fix === 'write' && reader.input !== 'binary'
        ? 'stdout'
        : canFix
          ? settings.fix
          : undefined
      : target.path && canFix
        ? settings.fix
        : undefined

  let turns: AsyncIterable<Turn[]> | Iterable<Turn[]>
  let whole: { bytes: Uint8Array; doc: Document; stamp?: ReadStamp } | undefined
  try {
    // A stream that is not read line by line is read whole after all.
    if (stream && (reader.input !== 'lines' || fixing)) return lintTarget({ ...target, stream: undefined, bytes: await collect(stream) }, engine, emit)
    if (reader.input === 'binary') {
      const bytes = target.bytes ?? (await readFile(target.path!))
      engine.progress?.add(bytes.length)
      const notes: string[] = []
      result.notes = notes
      turns = reader.read(bytes, settings.reader, sink, notes)
    } else if (reader.input === 'text' || fixing) {
      // Stamped before reading: a change after this point is caught before the file is replaced.
      const stamp = fixing === 'write' && !target.bytes ? await stampOf(target.path!) : undefined
      const bytes = target.bytes ?? (await readFile(target.path!))
      engine.progress?.add(bytes.length)
      const decoded = decodeBuffer(bytes, encoding)
      for (const line of decoded.invalidLines) sink.error(undecodable(line, encoding))
      const doc: Document = { text: decoded.text, lines: decoded.lines, index: new LineIndex(decoded.lines) }
      whole = { bytes, doc, ...(stamp ? { stamp } : {}) }
      turns = reader.input === 'text' ? [[...reader.read(doc, settings.reader, sink)]] : reader.read([decoded.lines], settings.reader, sink)
    } else {
      const onBytes = (n: number) => engine.progress?.add(n)
      const lines = stream ? linesOfStream(stream, encoding) : target.bytes ? linesOfBuffer(target.bytes, encoding) : linesOfFile(target.path!, encoding, onBytes)
      turns = reader.read(reportInvalid(lines, encoding, sink), settings.reader, sink)
    }
    // Streamed lines come in file order; anything else is sorted once it is all there.
    const atEnd = reader.input !== 'lines' || fixing
    const fixable = await consume(turns, reader.kind === 'transcript', linter, config, engine, result, sink, !!fixing, atEnd ? undefined : emit)
    if (fixing === 'stdout' && whole) engine.stdinOutput = whole.bytes
    if (fixing && whole && fixable.length && canFix) {
      const fixed = await planFix({ target, encoding, ...whole, turns: fixable, linter, mode: fixing, result, diffs: engine.diffs })
      if (fixing === 'stdout' && fixed) engine.stdinOutput = fixed
      if (fixed) {
        const again = await lintTarget({ ...target, bytes: fixed }, { ...engine, progress: undefined, settings: { ...settings, fix: undefined } }, emit)
        // A dry run wrote nothing: its report is of the text as it would be, not of a fixed file.
        if (fixing !== 'dry-run') again.fixed = true
        else again.fixPreview = true
        return again
      }
    }
    // Reached when nothing was fixed (a fixed file is linted again, which reports its own).
    if (directives.length) {
      // Under --shard-by record a directive's replies may be another shard's: not called unused.
      const unused = settings.recordShard ? 'off' : (settings.reportUnused ?? config.reportUnusedDisableDirectives ?? 'off')
      const problems = directiveFindings(directives, linter.config.definitions.map((d) => d.meta.id), unused, settings.quiet)
      if (problems.length) {
        if (atEnd) result.messages.push(...problems)
        else emit(problems)
      }
    }
  } catch (e) {
    sink.error({ message: ioMessage(e) })
  }
  settleNotShopFile(result, !!target.fromFolder)
  if (result.notes && result.notes.length === 0) delete result.notes
  // Workbook findings stay grouped by sheet, in the order the sheets were read.
  const sheetOrder = new Map<string | undefined, number>()
  for (const m of result.messages) if (!sheetOrder.has(m.record.sheet)) sheetOrder.set(m.record.sheet, sheetOrder.size)
  const bySheet = (m: CliMessage) => sheetOrder.get(m.record.sheet)!
  result.messages.sort((a, b) => bySheet(a) - bySheet(b) || a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn)
  if (result.messages.length) {
    emit(result.messages)
    result.messages = []
  }
  result.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return result
}

const byPosition = (a: CliMessage, b: CliMessage) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn

/**
 * A file that is not a shop's (a report, a bundler metafile, an unknown JSON shape): an error
 * when it was named, skipped with a note when a folder walk picked it up.
 */
function settleNotShopFile(result: FileResult, fromFolder: boolean): void {
  const foreign = result.errors.find((e) => e.notShopFile)
  if (!foreign) return
  delete foreign.notShopFile
  if (fromFolder && result.replies === 0) {
    result.errors = result.errors.filter((e) => e !== foreign)
    ;(result.notes ??= []).push(`skipped: ${foreign.message}`)
  }
}

/**
 * Lints the agent's replies in file order, keeping the customer's turns as context, and returns
 * the replies --fix may rewrite.
 */
async function consume(
  groups: AsyncIterable<Turn[]> | Iterable<Turn[]>,
  transcript: boolean,
  linter: Linter,
  config: LoadedConfig,
  engine: Engine,
  result: FileResult,
  sink: Sink,
  fixing: boolean,
  emit: FindingSink | undefined,
  /** tt28: the turns after a range (lintRange): read only for the rest of its last replies' turns (after.ts). */
  past?: () => AsyncIterable<Turn[]>,
): Promise<Turn[]> {
  const { settings } = engine
  const range = engine.range
  const conversation = new Conversation(settings.agent)
  const fixable: Turn[] = []
  let unknown = 0
  let customers = 0
  let agentReplies = 0
  const report = (turn: Turn, messages: LintMessage[]) => {
    const found = findingsOf(turn, messages, settings.quiet)
    if (found.length === 0) return
    if (range) range.found.add(found)
    else if (emit) emit(found)
    else for (const m of found) result.messages.push(m)
  }
  // tt28: a reply is linted once the rest of its turn is known (LintOptions.agentAfter), in file order (after.ts).
  const book = new TurnAfter<{ turn: Turn; pending: Pending | undefined }>(({ turn, pending }, after) => {
    turn.agentAfter = after
    const messages = linter.lint(turn.text, lintOptions(turn.previous, turn.agentBefore, after)).messages
    if (range && pending) {
      // Linted with the context this range can see; kept until the main thread says whether
      // the session began earlier (see ranges.ts).
      range.found.hold(range.pending.length)
      detach(turn)
      range.pending.push({ turn, kind: pending, session: turn.info.session ?? '', provisional: turn.previous, found: findingsOf(turn, messages, settings.quiet) })
    } else report(turn, messages)
  })
  for await (const group of groups) {
    // Back-pressure once per chunk: a slow reader of the report holds the run instead of
    // letting the report pile up.
    if (engine.ready) await engine.ready()
    if (range) range.turns += group.length
    for (const turn of group) {
      const info = turn.info
      const chat = transcript || turn.role !== undefined || info.speaker !== undefined
      let pending: Pending | undefined
      let agentBefore: string | undefined
      if (chat) {
        const role = conversation.roleOf(turn.role, info.speaker)
        const session = info.session ?? ''
        book.turn(session, role, turn.text)
        if (role === 'customer') {
          if (range) range.conversation.customer(session, turn.text)
          else conversation.customer(session, turn.text)
          customers++
          continue
        }
        if (role === undefined) {
          unknown++
          continue
        }
        info.role = 'agent'
        let previous: string | undefined
        if (range) ({ previous, pending, agentBefore } = range.conversation.agentReply(session, turn.text))
        else {
          previous = conversation.agentReply(session, turn.text)
          agentBefore = conversation.agentBefore
        }
        turn.agentBefore = agentBefore
        if (previous !== undefined) {
          turn.previous = previous
          if (settings.withPrevious) info.previous = previous
        }
      } else book.turn(undefined, undefined, turn.text)
      if (turn.text.length > MAX_REPLY_CHARS) {
        sink.error({ message: `reply of ${turn.text.length} characters, more than ${MAX_REPLY_CHARS}; not linted`, line: turn.locate(0)[0] })
        continue
      }
      const n = agentReplies++
      if (settings.recordShard && n % settings.recordShard.count !== settings.recordShard.index) continue
      result.replies++
      if (chat && info.speaker !== undefined) (result.agents ??= {})[info.speaker] = (result.agents[info.speaker] ?? 0) + 1
      info.text = turn.text
      if (fixing && turn.source && turn.escape) fixable.push(turn)
      book.reply({ turn, pending }, chat ? (info.session ?? '') : undefined)
    }
  }
  if (past && book.open) {
    // The range's last replies: their turns may go on past its end, as one thread would read them.
    for await (const group of past()) {
      for (const turn of group) {
        if (!book.open) break
        const chat = transcript || turn.role !== undefined || turn.info.speaker !== undefined
        if (chat) book.turn(turn.info.session ?? '', conversation.roleOf(turn.role, turn.info.speaker), turn.text)
        else book.turn(undefined, undefined, turn.text)
      }
      if (!book.open) break
    }
  }
  book.end()
  if (range) {
    range.unknown = unknown
    range.customers = customers
  } else chatProblems(settings, transcript, { unknown, customers, replies: result.replies }, sink)
  return fixable
}

/**
 * A pending reply is kept until its range's sessions are settled, and every session that starts
 * inside a range has one (its first reply answers a run of customer turns the range cannot
 * know is the whole run). Its `locate` closes over its line, a slice of the chunk it was decoded
 * from: kept, it kept that chunk alive, and with it nearly every chunk of the range, so each
 * scavenge copied them and they were promoted. Positions are worked out now (a JSON Lines
 * reply is on one line) and the line is let go.
 */
function detach(turn: Turn): void {
  const [line] = turn.locate(0)
  const columns = new Int32Array(turn.text.length + 1)
  for (let i = 0; i <= turn.text.length; i++) columns[i] = turn.locate(i)[1]
  turn.locate = (i) => [line, columns[i]!]
}

/** A chat whose speakers could not be told apart is reported, never passed as clean. */
export function chatProblems(settings: LintSettings, transcript: boolean, n: { unknown: number; customers: number; replies: number }, sink: Sink): void {
  if (!settings.agent && n.unknown > 0) {
    sink.error({ message: `${n.unknown} chat message(s) skipped: cannot tell the agent from the customer; name the agent with --agent <name|/regex/>` })
  } else if (!settings.agent && transcript && n.replies === 0 && n.customers > 0) {
    sink.error({ message: 'no agent replies found (only customer turns); name the agent with --agent <name|/regex/>' })
  }
}

/** A byte range of a transcript being linted by a worker (see ranges.ts). */
/** The context a transcript gives a reply: none (most lines of canned-reply files), or its turn. */
function lintOptions(previous: string | undefined, agentBefore: string | undefined, agentAfter: string | undefined): LintOptions | undefined {
  if (previous === undefined && agentBefore === undefined && agentAfter === undefined) return undefined
  if (agentAfter === undefined) return agentBefore === undefined ? { previous } : { previous, agentBefore }
  return agentBefore === undefined ? { previous, agentAfter } : { previous, agentBefore, agentAfter }
}

export interface RangeRun {
  conversation: RangeConversation
  /** Findings in file order (packed for another thread, or objects); a pending reply holds its place. */
  found: FindingPacker
  pending: Array<{ turn: Turn; kind: Pending; session: string; provisional: string | undefined; found: CliMessage[] }>
  turns: number
  lines: number
  unknown: number
  customers: number
}

/**
 * Lints the lines of bytes [start, end) of a JSON Lines transcript (a worker's share of a large
 * file). Positions and record indexes are relative to the range; see ranges.ts.
 */
export async function lintRange(path: string, start: number, end: number, engine: Engine & { range: RangeRun }): Promise<FileResult> {
  const result: FileResult = { file: path, messages: [], replies: 0, errors: [] }
  const sink: Sink = { error: (e) => result.errors.push(e) }
  const config = await engine.resolver.forFile(path)
  const linter = engine.resolver.linterFor(config)
  const encoding: Encoding = { name: 'utf-8', bom: 0 }
  const lines = linesOfStream(createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK_BYTES }), encoding)
  const counted = async function* () {
    for await (const batch of lines) {
      engine.range.lines = batch[batch.length - 1]!.line
      yield batch
    }
  }
  try {
    const reader = READERS.jsonl as Extract<Reader, { input: 'lines' }>
    const turns = reader.read(reportInvalid(counted(), encoding, sink), engine.settings.reader, sink)
    // tt28: the turns just past the range, read only for the rest of its last replies' turns (after.ts): at most
    // AFTER_REACH of them; what is wrong in them is the next range's to report.
    const quiet: Sink = { error: () => {} }
    const past = () => reader.read(reportInvalid(linesOfStream(createReadStream(path, { start: end, highWaterMark: 64 * 1024 }), encoding), encoding, quiet), engine.settings.reader, quiet)
    await consume(turns, true, linter, config, engine, result, sink, false, undefined, past)
  } catch (e) {
    sink.error({ message: ioMessage(e) })
  }
  return result
}

/**
 * The range's findings in file order, once the main thread has told how each pending reply's
 * session stood when the range began: replies whose context was not what the range saw are
 * linted again.
 */
export function settleRange(range: RangeRun, states: ReadonlyMap<string, SessionState>, linter: Linter, settings: LintSettings): Packed {
  return range.found.pack((part) => {
    const p = range.pending[part]!
    const start = states.get(p.session)
    const previous = resolvedPrevious(p.kind, start, p.provisional)
    const agentBefore = resolvedAgentBefore(p.kind, start, p.turn.agentBefore)
    const relint = agentBefore !== p.turn.agentBefore
    p.turn.agentBefore = agentBefore
    if (previous !== p.provisional || relint) {
      p.turn.previous = previous
      if (settings.withPrevious) {
        const info = p.turn.info
        delete info.previous
        if (previous !== undefined) {
          // Keys in the order one thread writes them: previous before text.
          const text = info.text
          delete info.text
          info.previous = previous
          info.text = text
        }
      }
      p.found = findingsOf(p.turn, linter.lint(p.turn.text, lintOptions(previous, agentBefore, p.turn.agentAfter)).messages, settings.quiet)
    }
    return p.found
  })
}

/**
 * The library's messages as findings of this reply, in place (no copies): file positions and
 * the reply's record added, messages switched off by a directive or --quiet left out. One
 * reply's findings are sorted like the file's.
 */
function findingsOf(turn: Turn, messages: LintMessage[], quiet: boolean): CliMessage[] {
  const out: CliMessage[] = []
  for (const m of messages) {
    if (turn.disabled && suppresses(turn.disabled, m.ruleId)) continue
    if (quiet && m.severity !== 'error') continue
    const f = m as CliMessage
    const start = turn.locate(m.start)
    const end = turn.locate(m.end)
    f.line = start[0]
    f.column = start[1]
    f.endLine = end[0]
    f.endColumn = end[1]
    f.record = turn.info
    out.push(f)
  }
  return out.length > 1 ? out.sort(byPosition) : out
}

/**
 * Misspelt and (when asked) unused directives as findings at the directive's line. They are
 * known only once the whole file is read, so a streamed file reports them after its replies.
 */
function directiveFindings(directives: readonly Directive[], known: readonly string[], unused: Severity | 'off', quiet: boolean): CliMessage[] {
  const out: CliMessage[] = []
  for (const p of directiveProblems(directives, known, unused)) {
    if (quiet && p.severity !== 'error') continue
    // Keys in the order of the library's messages, so every report writes them alike.
    const { ruleId, severity, message, line, column, actual, expected } = p
    out.push({ ruleId, severity, message, start: 0, end: actual.length, line, column, endLine: line, endColumn: column + actual.length, actual, expected, url: DIRECTIVES_URL, record: { index: -1 } })
  }
  return out
}

const DIRECTIVES_URL = `${REPOSITORY_URL}#directives`

async function* reportInvalid(batches: LineBatches, encoding: Encoding, sink: Sink): AsyncGenerator<Line[]> {
  for await (const batch of batches) {
    for (const line of batch) if (line.invalid) sink.error(undecodable(line.line, encoding))
    yield batch
  }
}

const undecodable = (line: number, encoding: Encoding) => ({ message: `undecodable bytes: not valid ${encoding.name.toUpperCase()} (shown as U+FFFD; use --encoding if the file is in another encoding)`, line })

/** Reads the first chunks of a stream (enough to detect encoding and format) and gives back a stream that starts from the beginning again. */
async function startStream(source: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]()
  const first: Uint8Array[] = []
  let size = 0
  let done = false
  while (size < HEAD) {
    const r = await iterator.next()
    if (r.done) {
      done = true
      break
    }
    first.push(r.value)
    size += r.value.length
  }
  const head = Buffer.concat(first)
  async function* replay() {
    yield* first
    if (done) return
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value
  }
  return { head: head.subarray(0, HEAD), stream: replay() }
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const c of stream) chunks.push(c)
  return Buffer.concat(chunks)
}

/**
 * Only regular files are read: a FIFO waits forever for a writer, /dev/zero never ends, and a
 * symlink may lead to either. Returns why a path is not read, or undefined.
 */
async function notARegularFile(path: string): Promise<string | undefined> {
  const s = await stat(path)
  if (s.isFile()) return undefined
  const kind = s.isDirectory() ? 'a directory' : s.isFIFO() ? 'a FIFO (named pipe)' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : s.isSocket() ? 'a socket' : 'not a regular file'
  return `cannot read file: ${kind}, not a regular file; not read`
}

async function readHead(path: string): Promise<Uint8Array> {
  // Non-blocking: if the path was swapped for a FIFO after the check, opening it does not wait.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })
    const buffer = Buffer.alloc(HEAD)
    const { bytesRead } = await handle.read(buffer, 0, HEAD, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The first lines of a file, decoded leniently, for format detection. */
function sampleOf(head: Uint8Array, encoding: Encoding): string {
  const body = Buffer.from(head.buffer, head.byteOffset, head.byteLength).subarray(encoding.bom)
  return encoding.name === 'utf-8' ? new TextDecoder().decode(body) : iconv.decode(body, encoding.name)
}

export function ioMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  switch (err.code) {
    case 'ENOENT':
      return 'cannot read file: no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'cannot read file: permission denied'
    case 'EISDIR':
      return 'cannot read file: is a directory'
    default:
      return err.code ? `cannot read file: ${err.message}` : err.message
  }
}
