import { statSync } from 'node:fs'
import { chatProblems, ioMessage, probe, type LintSettings, type Target } from './lint.js'
import type { LintPool, RangeCounts } from './pool.js'
import { RANGE_BYTES, SessionBook, splitAtLines, type SessionState } from './ranges.js'
import { unpackTo, type Packed } from './transfer.js'
import type { CliMessage, FileResult } from './types.js'
import { clock, trace, tracing } from './trace.js'

/**
 * A file's work under --jobs: started early (so workers stay busy), finished in input order
 * (so the report is the same for any --jobs). `finish` emits the file's findings in file order
 * and returns everything else.
 */
export interface Job {
  start(): void
  /** `ready` lets the report text written so far go out (see unpackTo). */
  finish(emit: (ms: CliMessage[]) => void, ready?: () => Promise<void>): Promise<FileResult>
}

/** Time a worker task may take: generous, and more for larger files (seconds). */
export function taskTimeout(bytes: number, fixed: number | undefined): number {
  return 1000 * (fixed ?? 60 + Math.ceil(bytes / (1024 * 1024)) * 10)
}

const emptyResult = (file: string): FileResult => ({ file, messages: [], replies: 0, errors: [] })

/** A whole file linted by one worker. */
export function fileJob(pool: LintPool, target: Target, timeout: number | undefined, onDone: (bytes: number) => void): Job {
  // The findings stay packed until the file's turn comes (see unpackTo).
  let done: Promise<FileResult & { found: Packed }> | undefined
  return {
    start() {
      const bytes = sizeOf(target.path!)
      done ??= pool.run({ type: 'file', file: target.file, path: target.path! }, taskTimeout(bytes, timeout)).then(
        (d) => {
          onDone(bytes)
          return { file: target.file, messages: [], ...d.result, found: d.findings }
        },
        (e: Error) => ({ ...emptyResult(target.file), errors: [{ message: failure(e) }], found: [] }),
      )
    },
    async finish(emit, ready) {
      this.start()
      const { found, ...result } = await done!
      // The run keeps every job until the end: the findings are let go once reported.
      done = Promise.resolve({ ...result, found: [] })
      await unpackTo(found, emit, 0, 0, ready)
      return result
    },
  }
}

/**
 * A large JSON Lines transcript linted in byte ranges by all workers (see ranges.ts). Ranges
 * are started a few ahead of the one being reported, so memory does not grow with the file.
 */
export function rangeJob(pool: LintPool, target: Target, settings: LintSettings, ranges: Array<[number, number]>, timeout: number | undefined, onDone: (bytes: number) => void): Job {
  const ahead = pool.size * 2
  const book = new SessionBook()
  type Range = { done?: Promise<{ findings: Packed; result: FileResult }>; counts: Promise<RangeCounts>; lineBase: number; indexBase: number }
  const parts: Range[] = []
  const reported: Range = { done: Promise.resolve({ findings: [], result: emptyResult(target.file) }), counts: Promise.resolve({ sessions: [], changes: [], lines: 0, turns: 0, unknown: 0, customers: 0 }), lineBase: 0, indexBase: 0 }
  let started = 0
  let failed: string | undefined
  // Ranges answer in any order; sessions are settled strictly in file order.
  const arrivals = ranges.map(() => {
    let arrive!: (c: { counts: RangeCounts; settle: (s: Array<[string, SessionState]>) => void } | undefined) => void
    const p = new Promise<{ counts: RangeCounts; settle: (s: Array<[string, SessionState]>) => void } | undefined>((r) => (arrive = r))
    return { p, arrive }
  })
  const settledArrival = { p: Promise.resolve(undefined), arrive: () => {} }
  let lineAcc = 0
  let indexAcc = 0
  let unknown = 0
  let customers = 0
  const settled = (async () => {
    for (let k = 0; k < ranges.length; k++) {
      const a = await arrivals[k]!.p
      if (!a) {
        failed ??= 'a part of the file could not be linted'
        continue
      }
      if (failed) {
        a.settle([])
        continue
      }
      a.settle(a.counts.sessions.map((s) => [s, book.get(s)]))
      book.apply(a.counts.changes)
      parts[k]!.lineBase = lineAcc
      parts[k]!.indexBase = indexAcc
      // The range's session changes are applied: not kept for the rest of the file.
      arrivals[k] = settledArrival
      lineAcc += a.counts.lines
      indexAcc += a.counts.turns
      unknown += a.counts.unknown
      customers += a.counts.customers
    }
  })()

  const launch = (k: number) => {
    const [start, end] = ranges[k]!
    const part: Range = { counts: arrivals[k]!.p.then((a) => a?.counts as RangeCounts), lineBase: 0, indexBase: 0 }
    parts[k] = part
    part.done = pool
      .run({ type: 'range', path: target.path!, start, end }, taskTimeout(end - start, timeout), (counts, settle) => arrivals[k]!.arrive({ counts, settle }))
      .then((d) => {
        onDone(end - start)
        return { findings: d.findings, result: { file: target.file, messages: [], ...d.result } }
      })
    part.done.catch((e: Error) => {
      failed ??= failure(e)
      arrivals[k]!.arrive(undefined)
    })
  }
  return {
    start() {
      while (started < Math.min(ranges.length, ahead)) launch(started++)
    },
    async finish(emit, ready) {
      this.start()
      const result = emptyResult(target.file)
      for (let k = 0; k < ranges.length; k++) {
        while (started < Math.min(ranges.length, k + 1 + ahead)) launch(started++)
        let d: { findings: Packed; result: FileResult }
        const waitFrom = tracing ? clock() : 0
        try {
          d = await parts[k]!.done!
          await parts[k]!.counts
        } catch {
          // Nothing after a range that failed can be placed in the file: stop here.
          break
        }
        if (failed) break
        const { lineBase, indexBase } = parts[k]!
        // A range's findings and session changes are let go once reported: kept to the end of
        // the file, they made the main thread's memory grow with the file (140 MB live at 1M lines).
        parts[k] = reported
        const reportFrom = tracing ? clock() : 0
        await unpackTo(d.findings, emit, lineBase, indexBase, ready)
        if (tracing) trace.report.push([reportFrom - waitFrom, clock() - reportFrom])
        result.replies += d.result.replies
        for (const e of d.result.errors) result.errors.push(e.line === undefined ? e : { ...e, line: e.line + lineBase })
        if (d.result.agents) {
          result.agents ??= {}
          for (const [name, n] of Object.entries(d.result.agents)) result.agents[name] = (result.agents[name] ?? 0) + n
        }
      }
      if (failed) {
        // Let every range still out finish its handshake, then report the file as incomplete.
        for (let k = started; k < ranges.length; k++) arrivals[k]!.arrive(undefined)
        await Promise.allSettled(parts.map((p) => p.done))
        await settled
        result.errors.push({ message: `not linted completely: ${failed}`, ...(lineAcc ? { line: lineAcc + 1 } : {}) })
        return result
      }
      await settled
      chatProblems(settings, true, { unknown, customers, replies: result.replies }, { error: (e) => result.errors.push(e) })
      return result
    },
  }
}

/** How a file is split for --jobs: ranges for a large UTF-8 JSON Lines transcript, else whole. */
export async function planRanges(target: Target, settings: LintSettings): Promise<Array<[number, number]> | undefined> {
  if (settings.fix || settings.recordShard) return undefined
  // KEFU_LINT_RANGE_BYTES: smaller ranges, to test the seams on small files.
  const rangeBytes = Number(process.env.KEFU_LINT_RANGE_BYTES) || RANGE_BYTES
  const size = sizeOf(target.path)
  if (size < 2 * rangeBytes) return undefined
  const p = await probe(target, settings)
  if (!p || p.format !== 'jsonl' || p.encoding.name !== 'utf-8') return undefined
  return splitAtLines(target.path!, size, p.encoding.bom, rangeBytes)
}

function failure(e: Error): string {
  return e.message.startsWith('cannot read file') ? e.message : ioMessage(e)
}

export function sizeOf(path: string | undefined): number {
  if (!path) return 0
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
