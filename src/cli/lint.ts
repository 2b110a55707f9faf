import { constants } from 'node:fs'
import { open, readFile, stat } from 'node:fs/promises'
import iconv from 'iconv-lite'
import type { Linter, LintMessage } from '../node.js'
import { Conversation, own, type AgentMatcher } from './agent.js'
import type { ConfigResolver, LoadedConfig, Overrides } from './config.js'
import { detectEncoding } from './detect-encoding.js'
import { decodeBuffer, linesOfBuffer, linesOfFile, linesOfStream, type Encoding, type Line, type LineBatches } from './decode.js'
import { planFix, type FixMode } from './fix.js'
import { detectFormat, isZip, READERS, type InputFormat } from './inputs/index.js'
import type { Document, ReaderOptions, Sink, Turn } from './inputs/types.js'
import type { LintPool } from './pool.js'
import { LineIndex } from './positions.js'
import type { Progress } from './progress.js'
import { stampOf, type ReadStamp } from './replace-file.js'
import type { CliMessage, FileResult } from './types.js'

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
}

export interface Engine {
  resolver: ConfigResolver
  overrides: Overrides
  settings: LintSettings
  pool?: LintPool
  progress?: Progress
  /** Where a folder-less target (stdin) looks for its config. */
  cwd: string
  /** Unified diffs of --fix-dry-run, printed before the report. */
  diffs: string[]
}

const HEAD = 64 * 1024
const BATCH = 2048
/** Characters per reply: a customer-service reply is a few hundred; a megabyte "reply" is a broken or hostile file. */
export const MAX_REPLY_CHARS = 100_000

export async function lintTarget(target: Target, engine: Engine): Promise<FileResult> {
  const result: FileResult = { file: target.file, messages: [], replies: 0, errors: [] }
  const sink: Sink = { error: (e) => result.errors.push(e) }
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
  const fixing = settings.fix && target.path && !target.stdin && reader.input !== 'binary' && reader.kind === 'library' ? settings.fix : undefined

  let turns: AsyncIterable<Turn[]> | Iterable<Turn[]>
  let whole: { bytes: Uint8Array; doc: Document; stamp?: ReadStamp } | undefined
  try {
    // A stream that is not read line by line is read whole after all.
    if (stream && (reader.input !== 'lines' || fixing)) return lintTarget({ ...target, stream: undefined, bytes: await collect(stream) }, engine)
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
    const fixable = await consume(turns, reader.kind === 'transcript', linter, config, engine, result, sink, !!fixing)
    if (fixing && whole && fixable.length) {
      const fixed = await planFix({ target, encoding, ...whole, turns: fixable, linter, mode: fixing, result, diffs: engine.diffs })
      if (fixed) {
        const again = await lintTarget({ ...target, bytes: fixed }, { ...engine, progress: undefined, settings: { ...settings, fix: undefined } })
        again.fixed = true
        return again
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
  result.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return result
}

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
): Promise<Turn[]> {
  const { settings, pool } = engine
  const conversation = new Conversation(settings.agent)
  const fixable: Turn[] = []
  let unknown = 0
  let customers = 0
  let agentReplies = 0
  let batch: Turn[] = []
  const inflight: Promise<void>[] = []
  const report = (turn: Turn, messages: readonly LintMessage[]) => addMessages(result, turn, messages, settings.quiet)
  const flush = () => {
    if (!pool || batch.length === 0) return
    const turns = batch
    batch = []
    inflight.push(
      pool
        .lint({ configFile: config.file, overrides: engine.overrides, texts: turns.map((t) => t.text), previous: turns.map((t) => t.previous) })
        .then((r) => {
          for (const [i, messages] of r.results ?? []) report(turns[i]!, messages)
        }),
    )
  }
  for await (const group of groups) {
    // Back-pressure once per chunk: a fast reader never queues a whole transcript.
    if (pool) await pool.room()
    for (const turn of group) {
      const info = turn.info
      const chat = transcript || turn.role !== undefined || info.speaker !== undefined
      if (chat) {
        const role = conversation.roleOf(turn.role, info.speaker)
        const session = info.session ?? ''
        if (role === 'customer') {
          conversation.customer(session, turn.text)
          customers++
          continue
        }
        if (role === undefined) {
          unknown++
          continue
        }
        info.role = 'agent'
        const previous = conversation.agentReply(session)
        if (previous !== undefined) turn.previous = info.previous = previous
      }
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
      if (pool) {
        batch.push(turn)
        if (batch.length >= BATCH) flush()
      } else {
        report(turn, linter.lint(turn.text, turn.previous === undefined ? undefined : { previous: turn.previous }).messages)
      }
    }
  }
  flush()
  await Promise.all(inflight)
  if (!settings.agent && unknown > 0) {
    sink.error({ message: `${unknown} chat message(s) skipped: cannot tell the agent from the customer; name the agent with --agent <name|/regex/>` })
  } else if (!settings.agent && transcript && result.replies === 0 && customers > 0) {
    sink.error({ message: 'no agent replies found (only customer turns); name the agent with --agent <name|/regex/>' })
  }
  return fixable
}

function addMessages(result: FileResult, turn: Turn, messages: readonly LintMessage[], quiet: boolean): void {
  let owned = false
  for (const m of messages) {
    if (turn.disabled === true || turn.disabled?.has(m.ruleId)) continue
    if (quiet && m.severity !== 'error') continue
    if (!owned) {
      // The record outlives the chunk its strings were read from.
      const info = turn.info as unknown as Record<string, unknown>
      for (const k of Object.keys(info)) if (typeof info[k] === 'string') info[k] = own(info[k])
      owned = true
    }
    const [line, column] = turn.locate(m.start)
    const [endLine, endColumn] = turn.locate(m.end)
    const message: CliMessage = { ...m, line, column, endLine, endColumn, record: turn.info }
    result.messages.push(message)
  }
}

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
