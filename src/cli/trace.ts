import { performance } from 'node:perf_hooks'

/**
 * KEFU_LINT_TRACE=1: a measurement switch for --jobs (README, Performance): when each task ran
 * on which thread, how long the main thread spent reporting and waiting, and how busy each
 * thread's event loop was; printed to stderr as one JSON line at the end of the run.
 */
export const tracing = process.env.KEFU_LINT_TRACE === '1'

/** Milliseconds on a clock every thread of the process shares. */
export const clock = (): number => performance.timeOrigin + performance.now()

export interface TaskTrace {
  id: number
  slot: number
  /** Absolute times (clock()): dispatched, linted (pending), answered, done. */
  sent: number
  pending?: number
  resolved?: number
  done?: number
  /** Worker-side times: started, linted, settled. */
  worker?: number[]
  bytes?: number
  range?: [number, number]
}

export const trace = {
  t0: clock(),
  tasks: [] as TaskTrace[],
  /** Main thread: per reported part, [waited for it (ms), reported it (ms)]. */
  report: [] as Array<[number, number]>,
  elu: {} as Record<string, number>,
}

export function printTrace(write: (s: string) => void): void {
  const { t0 } = trace
  const r = (n: number | undefined) => (n === undefined ? null : Math.round(n - t0))
  const tasks = trace.tasks.map((t) => ({ id: t.id, slot: t.slot, sent: r(t.sent), pending: r(t.pending), resolved: r(t.resolved), done: r(t.done), worker: t.worker?.map(r), bytes: t.bytes, range: t.range }))
  trace.elu.main = performance.eventLoopUtilization().utilization
  write(`${JSON.stringify({ total: Math.round(clock() - t0), elu: trace.elu, report: trace.report.map(([a, b]) => [Math.round(a), Math.round(b)]), tasks })}\n`)
}
