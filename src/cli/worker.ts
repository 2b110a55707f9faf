import { join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { agentMatcher } from './agent.js'
import { ConfigResolver } from './config.js'
import { lintRange, lintTarget, settleRange, type Engine, type LintSettings, type RangeRun } from './lint.js'
import type { FromWorker, Task, ToWorker, WorkerInit } from './pool.js'
import { RangeConversation, type SessionState } from './ranges.js'
import { FindingPacker } from './transfer.js'
import { clock, tracing } from './trace.js'
import type { InputFormat } from './inputs/index.js'

/**
 * The worker side of LintPool: reads, parses and lints a whole file or a byte range of a
 * transcript with the same config and settings as the main process, and posts the findings
 * back as one packed text (transfer.ts). `child`: a child process talking over its IPC channel
 * (the default, see pool.ts), else a worker thread.
 */
export function runWorker(init: WorkerInit, child: boolean): void {
  const s = init.settings
  const settings: LintSettings = {
    reader: s.reader,
    quiet: s.quiet,
    ...(s.inputFormat ? { inputFormat: s.inputFormat as InputFormat } : {}),
    ...(s.encoding ? { encoding: s.encoding } : {}),
    ...(s.agent.length ? { agent: agentMatcher(s.agent)! } : {}),
    ...(s.recordShard ? { recordShard: s.recordShard } : {}),
    ...(s.withPrevious ? { withPrevious: true } : {}),
    ...(s.reportUnused ? { reportUnused: s.reportUnused } : {}),
  }
  // Found the same way as the main thread's; it has resolved every file's config before the
  // workers start and said what the lookup passed over, so a worker says nothing again.
  const resolver = new ConfigResolver(init.configFile, init.overrides, { cwd: init.cwd, enabled: init.configLookup, warn: () => {} })
  const engine: Engine = { resolver, overrides: init.overrides, settings, cwd: init.cwd, diffs: [] }
  // A thread's packed findings are transferred: their bytes move to the main thread, uncopied.
  // A child's are written to the IPC pipe as they are (V8's serialiser: no JSON, no UTF-8).
  const post = child
    ? // Sent with a callback: a send after the main process has gone (a run too short to wait
      // for this child's 'ready') is dropped instead of thrown as an unhandled EPIPE.
      (m: FromWorker) => void (process.connected && process.send!(m, undefined, undefined, () => {}))
    : (m: FromWorker) => parentPort!.postMessage(m, m.type === 'done' && m.findings instanceof Uint8Array ? [m.findings.buffer as ArrayBuffer] : [])
  const handle = taskHandler(engine, post, true)
  if (child) {
    // The main process has closed the channel (done, interrupted or gone): nothing more to do.
    process.once('disconnect', () => process.exit(0))
    process.on('message', (m) => handle(m as ToWorker))
  } else parentPort!.on('message', handle)

  // The linter most files use is built before the first task, so a task's time is its own.
  void resolver
    .forFile(join(init.cwd, 'replies.txt'))
    .then((config) => resolver.linterFor(config))
    .catch(() => undefined)
    .then(() => post({ type: 'ready', id: -1 }))
}

/**
 * Runs the tasks of LintPool with `engine`, answering through `post`: in a worker thread
 * (findings packed as text, which postMessage copies cheaply) or on the main thread as the
 * pool's own share (`asText` false: the findings stay objects, nothing to pack or parse).
 */
export function taskHandler(engine: Engine, post: (m: FromWorker) => void, asText: boolean): (m: ToWorker) => void {
  const { resolver, settings } = engine
  const waiting = new Map<number, (states: Map<string, SessionState>) => void>()

  async function handle(task: Task & { id: number }): Promise<void> {
    const packer = new FindingPacker(asText)
    if (task.type === 'file') {
      const result = await lintTarget({ file: task.file, path: task.path }, engine, (ms) => packer.add(ms))
      const findings = packer.pack()
      post({ type: 'done', id: task.id, result: { replies: result.replies, errors: result.errors, ...(result.agents ? { agents: result.agents } : {}), ...(result.notes ? { notes: result.notes } : {}) }, findings })
      return
    }
    const at = tracing ? [clock()] : undefined
    const range: RangeRun = { conversation: new RangeConversation(), found: packer, pending: [], turns: 0, lines: 0, unknown: 0, customers: 0 }
    const result = await lintRange(task.path, task.start, task.end, { ...engine, range })
    const sessions = [...new Set(range.pending.map((p) => p.session))]
    at?.push(clock())
    const states = new Promise<Map<string, SessionState>>((resolve) => waiting.set(task.id, resolve))
    post({ type: 'pending', id: task.id, sessions, changes: range.conversation.changes(), lines: range.lines, turns: range.turns, unknown: range.unknown, customers: range.customers })
    const linter = resolver.linterFor(await resolver.forFile(task.path))
    const findings = settleRange(range, await states, linter, settings)
    at?.push(clock())
    post({ type: 'done', id: task.id, result: { replies: result.replies, errors: result.errors, ...(result.agents ? { agents: result.agents } : {}), ...(result.notes ? { notes: result.notes } : {}) }, findings, ...(at ? { at } : {}) })
  }

  return (m: ToWorker) => {
    if (m.type === 'resolve') {
      waiting.get(m.id)?.(new Map(m.states))
      waiting.delete(m.id)
      return
    }
    void handle(m).catch((e: Error) => post({ type: 'failed', id: m.id, message: e.message }))
  }
}
