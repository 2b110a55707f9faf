import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Overrides } from './config.js'
import type { SessionChange, SessionState } from './ranges.js'
import type { Packed } from './transfer.js'
import type { FileError } from './types.js'
import { clock, trace, tracing, type TaskTrace } from './trace.js'

/** What every worker needs to build the same linters as the main thread. */
export interface WorkerInit {
  kefuLintWorker: true
  /**
   * What validating the built-in data returned in the main thread, by source: the worker loads
   * the same bundle and takes these instead of validating again (lexicon/validated.ts).
   */
  validated?: Map<string, unknown>
  configFile: string | undefined
  /**
   * Whether configs are looked up from each file's folder (false: --no-config-lookup). Without
   * it a worker linted with the defaults whatever config the lookup found in the working
   * directory, and --jobs changed the report.
   */
  configLookup: boolean
  overrides: Overrides
  cwd: string
  settings: {
    inputFormat?: string
    encoding?: string
    reader: { column?: string }
    agent: string[]
    quiet: boolean
    recordShard?: { index: number; count: number }
    withPrevious?: boolean
    reportUnused?: 'off' | 'info' | 'warning' | 'error'
  }
}

export type Task =
  | { type: 'file'; file: string; path: string }
  | { type: 'range'; path: string; start: number; end: number }

/** A file's (or range's) outcome without its findings. */
export interface TaskResult {
  replies: number
  errors: FileError[]
  agents?: Record<string, number>
}

/** A range has been linted; the main thread answers with how its sessions stood. */
export interface RangeCounts {
  sessions: string[]
  changes: Array<[string, SessionChange]>
  lines: number
  turns: number
  unknown: number
  customers: number
}

export type ToWorker = ({ id: number } & Task) | { type: 'resolve'; id: number; states: Array<[string, SessionState]> }
export type FromWorker =
  | { type: 'ready'; id: -1 }
  | ({ type: 'pending'; id: number } & RangeCounts)
  | { type: 'done'; id: number; result: TaskResult; findings: Packed; at?: number[] }
  | { type: 'failed'; id: number; message: string }

export type PendingHandler = (counts: RangeCounts, settle: (states: Array<[string, SessionState]>) => void) => void

export interface TaskDone {
  result: TaskResult
  /** Packed findings (transfer.ts), or objects when the main thread ran the task. */
  findings: Packed
}

/** Runs tasks on the main thread: worker.ts's taskHandler, answering through `post`. */
export type LocalHandler = (post: (m: FromWorker) => void) => (m: ToWorker) => void

/** What a slot sends its tasks to: a worker thread, or the main thread itself. */
interface Port {
  postMessage(m: ToWorker): void
  terminate(): Promise<unknown>
}

interface Running {
  id: number
  task: Task
  onPending?: PendingHandler
  resolve: (d: TaskDone) => void
  reject: (e: Error) => void
  timer?: NodeJS.Timeout
  timeoutMs: number
  trace?: TaskTrace
}

interface Slot {
  worker: Port
  /** The main thread's own slot: never timed out or replaced (there is nothing to stop). */
  local: boolean
  running: Running | undefined
  /**
   * Ranges this worker has linted and that wait for the main thread's word on their sessions
   * (which comes once every earlier range has reported). The worker takes the next task
   * meanwhile: a worker that sat idle until the slowest earlier range was done kept two
   * workers from ever running side by side for long.
   */
  waiting: Map<number, Running>
  /** The worker has loaded and built its linter: task time starts counting from here. */
  ready: boolean
  /** Runs out when a worker has not become ready in time (see WORKER_START_MS). */
  startTimer?: NodeJS.Timeout
}

/**
 * How long a new worker may take to load and build its linter (~1 s of CPU on an idle machine;
 * tens of seconds at load 20). One that takes longer is taken for stuck: a heap limit just above
 * what the linter needs (KEFU_LINT_WORKER_HEAP_MB, a small --max-old-space-size) leaves V8
 * collecting near the limit without ever failing. KEFU_LINT_WORKER_START_S sets it (tests).
 */
const WORKER_START_MS = 1000 * (Number(process.env.KEFU_LINT_WORKER_START_S) || 120)

/**
 * Workers that fail to start this many times in a row, with none starting in between, are given
 * up: what they fail on (a heap limit too small for the linter, a broken install) fails every
 * new worker the same way, and replacing them without end hung the run.
 */
const START_FAILURES = 3

/**
 * Worker threads that read, parse and lint whole files or byte ranges of large transcripts on
 * their own, and hand back their findings as one packed text (transfer.ts), plus (with `local`)
 * the main thread as one more slot: it takes tasks like a worker between ordering results and
 * writing the report. Every worker is a V8 engine of its own that compiles the rules,
 * optimises and collects garbage again (~1 s of CPU and 150–250 MB each on the bench), so on
 * two cores two workers beside a main thread that mostly waited were slower than one thread;
 * the main thread's share needs no engine, no copy of the findings and no parse of them.
 * One task per worker at a time; a worker's task that runs past its time (a plugin that hangs)
 * or a worker that runs out of memory fails that task only, and a fresh worker takes its place.
 */
export class LintPool {
  private readonly slots: Slot[] = []
  private readonly queue: Running[] = []
  private nextId = 0
  private closing = false
  /** Workers that failed to start since one last did. */
  private startFailures = 0
  /** Why the workers were given up; tasks then fail with it (or run on the main thread). */
  private broken: string | undefined
  /** Worker threads and, with a local handler, the main thread. */
  readonly size: number

  constructor(
    workers: number,
    private readonly script: URL,
    private readonly init: WorkerInit,
    local?: LocalHandler,
    /** Told when the workers are given up and the main thread lints on alone. */
    private readonly warn: (message: string) => void = () => {},
  ) {
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn())
    // Last: a free worker takes a task before the main thread, which also writes the report.
    // It is ready at once, so it takes the first task while the workers start.
    if (local) this.slots.push(this.localSlot(local))
    this.size = this.slots.length
  }

  run(task: Task, timeoutMs: number, onPending?: PendingHandler): Promise<TaskDone> {
    return new Promise((resolve, reject) => {
      if (this.broken && this.slots.length === 0) return reject(new Error(this.broken))
      this.queue.push({ id: this.nextId++, task, onPending, resolve, reject, timeoutMs })
      this.dispatch()
    })
  }

  /** Answers a range's `pending`: how its sessions stood when it began. */
  private settle(id: number, states: Array<[string, SessionState]>): void {
    const slot = this.slots.find((s) => s.waiting.has(id))
    if (!slot) return
    const r = slot.waiting.get(id)!
    if (r.trace) r.trace.resolved = clock()
    this.arm(slot, r)
    slot.worker.postMessage({ type: 'resolve', id, states } satisfies ToWorker)
  }

  async close(): Promise<void> {
    this.closing = true
    if (tracing) this.slots.forEach((s, i) => s.worker instanceof Worker && (trace.elu[`worker${i}`] = s.worker.performance.eventLoopUtilization().utilization))
    for (const r of this.queue.splice(0)) r.reject(new Error('stopped'))
    // A worker still starting would keep the process alive until its start timer ran out.
    for (const s of this.slots) clearTimeout(s.startTimer)
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }

  /** The main thread's slot: a task starts on a later turn of the event loop, never inside dispatch. */
  private localSlot(local: LocalHandler): Slot {
    const slot: Slot = { worker: { postMessage: (m) => setImmediate(() => handle(m)), terminate: async () => undefined }, local: true, running: undefined, waiting: new Map(), ready: true }
    const handle = local((m) => this.receive(slot, m))
    return slot
  }

  private spawn(): Slot {
    // KEFU_LINT_WORKER_HEAP_MB caps each worker's heap (tests of the out-of-memory path).
    const heap = Number(process.env.KEFU_LINT_WORKER_HEAP_MB)
    // KEFU_LINT_PROCESSES=1: child processes instead of worker threads (a measurement switch:
    // processes cost no less CPU than threads here, see spawnChild).
    if (process.env.KEFU_LINT_PROCESSES === '1') return this.spawnChild(heap)
    const worker = new Worker(this.script, { workerData: this.init, ...(heap ? { resourceLimits: { maxOldGenerationSizeMb: heap } } : {}) })
    const slot: Slot = { worker, local: false, running: undefined, waiting: new Map(), ready: false }
    worker.on('message', (m: FromWorker) => this.receive(slot, m))
    // A worker that dies fails what it had; a new one takes the next task.
    worker.on('error', (e: Error & { code?: string }) => this.replace(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(slot.ready) : e.message))
    worker.on('exit', (code) => {
      if (!this.closing) this.replace(slot, `lint worker stopped (exit code ${code})`)
    })
    return this.watchStart(slot)
  }

  /**
   * A worker as a child process: the CLI's own entry forked in worker mode (main.ts), tasks and
   * results over its IPC channel with V8's serialiser (the packed findings cross as the same
   * UTF-16 bytes a thread transfers). Tested against the hypothesis that the extra CPU of
   * --jobs 2 came from two V8 engines sharing one process (README, issue 9's notes): it did not
   * (1M lines, json, load 8–19: 25.1 s CPU for two processes, 24.6 s for two threads, 18.0 s for
   * --jobs 1; two --jobs 1 processes on the file's halves at once, 22–23 s). Kept behind the
   * switch so the comparison can be repeated on free cores.
   */
  private spawnChild(heap: number): Slot {
    const child = fork(fileURLToPath(this.script), [], {
      env: { ...process.env, KEFU_LINT_CHILD: '1' },
      execArgv: [...process.execArgv, ...(heap ? [`--max-old-space-size=${heap}`] : [])],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const port: Port = {
      postMessage: (m) => void child.send(m),
      // At the end of a run the child is let go by closing its channel (it exits on
      // 'disconnect', running its exit handlers); a child being replaced may hang in a plugin,
      // so it is killed, as is one that has not left a second after its channel closed.
      terminate: () => {
        if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
        if (!this.closing || !child.connected) child.kill('SIGKILL')
        else {
          child.disconnect()
          setTimeout(() => child.kill('SIGKILL'), 1000).unref()
        }
        return exited
      },
    }
    const slot: Slot = { worker: port, local: false, running: undefined, waiting: new Map(), ready: false }
    child.send(this.init)
    child.on('message', (m) => this.receive(slot, m as FromWorker))
    child.on('error', (e) => this.replace(slot, e.message))
    child.on('exit', (code, signal) => {
      // V8 aborts a process that reaches its heap limit (SIGABRT).
      if (!this.closing) this.replace(slot, signal === 'SIGABRT' || code === 134 ? outOfMemory(slot.ready) : `lint worker stopped (${signal ? `signal ${signal}` : `exit code ${code}`})`)
    })
    return this.watchStart(slot)
  }

  private receive(slot: Slot, m: FromWorker): void {
    if (m.type === 'ready') {
      slot.ready = true
      clearTimeout(slot.startTimer)
      this.startFailures = 0
      this.dispatch()
      return
    }
    const r = slot.running?.id === m.id ? slot.running : slot.waiting.get(m.id)
    if (!r) return
    if (slot.running === r) slot.running = undefined
    else slot.waiting.delete(m.id)
    if (r.trace) {
      if (m.type === 'pending') r.trace.pending = clock()
      else {
        r.trace.done = clock()
        if (m.type === 'done') {
          r.trace.bytes = m.findings instanceof Uint8Array ? m.findings.byteLength : -m.findings.length
          if (m.at) r.trace.worker = m.at
        }
      }
    }
    if (m.type === 'pending') {
      // Waiting for the main thread is not the task's time, and the worker is free meanwhile.
      clearTimeout(r.timer)
      slot.waiting.set(m.id, r)
      r.onPending?.(m, (states) => this.settle(m.id, states))
      this.dispatch()
      return
    }
    clearTimeout(r.timer)
    if (m.type === 'done') r.resolve({ result: m.result, findings: m.findings })
    else r.reject(new Error(m.message))
    this.dispatch()
  }

  private watchStart(slot: Slot): Slot {
    slot.startTimer = setTimeout(() => {
      if (!slot.ready) this.replace(slot, `lint worker did not start within ${WORKER_START_MS / 1000} s (a config that never finishes loading, or a heap limit so near what the linter needs that V8 only collects)`)
    }, WORKER_START_MS)
    return slot
  }

  private replace(slot: Slot, message: string): void {
    if (this.closing) return
    const lost = [...(slot.running ? [slot.running] : []), ...slot.waiting.values()]
    slot.running = undefined
    slot.waiting.clear()
    const i = this.slots.indexOf(slot)
    if (i === -1) return
    clearTimeout(slot.startTimer)
    void slot.worker.terminate()
    if (!slot.ready && ++this.startFailures >= START_FAILURES) this.giveUp(message)
    else this.slots[i] = this.spawn()
    for (const r of lost) {
      clearTimeout(r.timer)
      r.reject(new Error(message))
    }
    this.dispatch()
  }

  /**
   * No worker can start: the main thread's slot, where there is one, takes every task; else
   * every task fails with the reason, and the run ends with its report of them instead of waiting.
   */
  private giveUp(reason: string): void {
    this.broken = `no lint worker could start (${START_FAILURES} tries): ${reason}`
    for (const s of this.slots.splice(0)) {
      if (s.local) this.slots.push(s)
      else {
        clearTimeout(s.startTimer)
        void s.worker.terminate()
      }
    }
    if (this.slots.length === 0) for (const r of this.queue.splice(0)) r.reject(new Error(this.broken))
    else this.warn(`${this.broken}; the main thread lints everything`)
  }

  private arm(slot: Slot, r: Running): void {
    clearTimeout(r.timer)
    // The main thread cannot stop its own task: a hang there hangs the run, as with --jobs 1.
    if (slot.local) return
    r.timer = setTimeout(() => {
      if (slot.running !== r && slot.waiting.get(r.id) !== r) return
      this.replace(slot, `not finished after ${Math.round(r.timeoutMs / 1000)} s: a rule or plugin may hang (see --file-timeout)`)
    }, r.timeoutMs)
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.running || this.queue.length === 0) continue
      const r = this.queue.shift()!
      slot.running = r
      if (tracing) trace.tasks.push((r.trace = { id: r.id, slot: this.slots.indexOf(slot), sent: clock(), ...(r.task.type === 'range' ? { range: [r.task.start, r.task.end] as [number, number] } : {}) }))
      this.arm(slot, r)
      slot.worker.postMessage({ ...r.task, id: r.id } satisfies ToWorker)
    }
  }
}

export const outOfMemory = (started = true) =>
  started
    ? 'out of memory while linting (the lint worker reached its heap limit; try fewer --jobs, or more memory with NODE_OPTIONS=--max-old-space-size=<MB>)'
    : 'out of memory while starting (the lint worker reached its heap limit loading the config and building the linter; give it more with NODE_OPTIONS=--max-old-space-size=<MB>, or use --jobs 1)'
