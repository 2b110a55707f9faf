import type { LintContext } from '../types.js'
import { lowerBoundBy } from '../match/bisect.js'
import type { CueTable } from '../match/cue-table.js'

/**
 * Windowed look-ups of a rule's cues, shared by every rule that reads its context from
 * lexicon `cues`. `ctx.cues(name)` lists spans in order of end offset, so a window is a
 * bisection plus the spans inside it: O(log n + k) per look-up, and a 100k-character reply
 * with thousands of hits stays linear. (Whether any cue lies in a window: `ctx.hasCue`.)
 */
export type Span = readonly [number, number]

/** Longest cue ever looked up by its start; cue words are short. */
const MAX_CUE = 32

/** Index of the first span whose end is >= `end`. */
const firstEndingAtOrAfter = (list: readonly Span[], end: number): number => lowerBoundBy(list, 1, end)

/** What cuesWithin returns when nothing is in the window (most look-ups): frozen, shared. */
const NONE: Span[] = Object.freeze([]) as unknown as Span[]

/**
 * What a linter's contexts carry besides LintContext: their rule's cue table and name → id, so
 * the look-ups below walk the table in place instead of ctx.cues(name), which makes a pair for
 * every span of the cue in the reply (a long reply's 您 has hundreds; a window holds a few).
 * A context without it (a test's, a hand-made one) is read through ctx.cues as before.
 */
export const CUE_READER: unique symbol = Symbol('kefu-lint cue reader')
export interface CueReader {
  /** The reply's cue table, filled on first use. */
  table(): CueTable
  /** The rule's id of a cue name; throws on an unknown name, as ctx.cues does. */
  idOf(name: string): number
}
type WithReader = LintContext & { [CUE_READER]?: CueReader }

/** Cues of `name` lying wholly within [from, to), in order of end. */
export function cuesWithin(ctx: LintContext, name: string, from: number, to: number): Span[] {
  const reader = (ctx as WithReader)[CUE_READER]
  if (reader !== undefined) {
    const id = reader.idOf(name)
    return reader.table().window(id, from, to) ?? NONE
  }
  const list = ctx.cues(name)
  let out: Span[] | undefined
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to; i++) {
    if (list[i]![0] >= from) (out ??= []).push(list[i]!)
  }
  return out ?? NONE
}

/*
 * The helpers below walk the window in place rather than through cuesWithin(): they run many
 * times per reply, and each call used to build an array of the spans it then scanned once.
 */

/** The first cue of `name` within [from, to); of two starting together, the longer (返现 over 返). */
export function firstCue(ctx: LintContext, name: string, from: number, to: number): Span | undefined {
  const reader = (ctx as WithReader)[CUE_READER]
  if (reader !== undefined) return picked(reader, name, from, to, false)
  const list = ctx.cues(name)
  let best: Span | undefined
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to; i++) {
    const c = list[i]!
    if (c[0] >= from && (!best || c[0] < best[0] || (c[0] === best[0] && c[1] > best[1]))) best = c
  }
  return best
}

/** The last cue of `name` within [from, to); of two ending together, the longer (其他家 over 他家). */
export function lastCue(ctx: LintContext, name: string, from: number, to: number): Span | undefined {
  const reader = (ctx as WithReader)[CUE_READER]
  if (reader !== undefined) return picked(reader, name, from, to, true)
  const list = ctx.cues(name)
  let best: Span | undefined
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to; i++) {
    const c = list[i]!
    if (c[0] >= from && (!best || c[1] > best[1] || (c[1] === best[1] && c[0] < best[0]))) best = c
  }
  return best
}

/** End of the longest cue of `name` that starts exactly at `at`, or -1. */
export function cueFrom(ctx: LintContext, name: string, at: number): number {
  const reader = (ctx as WithReader)[CUE_READER]
  if (reader !== undefined) {
    const id = reader.idOf(name)
    return reader.table().endFrom(id, at, MAX_CUE)
  }
  const list = ctx.cues(name)
  let end = -1
  for (let i = firstEndingAtOrAfter(list, at + 1); i < list.length && list[i]![1] <= at + MAX_CUE; i++) {
    if (list[i]![0] === at && list[i]![1] > end) end = list[i]![1]
  }
  return end
}

/** Start of the longest cue of `name` that ends exactly at `at`, or -1. */
export function cueTo(ctx: LintContext, name: string, at: number): number {
  const reader = (ctx as WithReader)[CUE_READER]
  if (reader !== undefined) {
    const id = reader.idOf(name)
    return reader.table().startTo(id, at)
  }
  const list = ctx.cues(name)
  let start = -1
  for (let i = firstEndingAtOrAfter(list, at); i < list.length && list[i]![1] === at; i++) {
    if (start < 0 || list[i]![0] < start) start = list[i]![0]
  }
  return start
}

/** Whether a cue of `name` starts within [from, to]. */
export function cueStartsWithin(ctx: LintContext, name: string, from: number, to: number): boolean {
  const reader = (ctx as WithReader)[CUE_READER]
  if (reader !== undefined) {
    const id = reader.idOf(name)
    return reader.table().startsWithin(id, from, to, MAX_CUE)
  }
  const list = ctx.cues(name)
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to + MAX_CUE; i++) {
    if (list[i]![0] >= from && list[i]![0] <= to) return true
  }
  return false
}

/** firstCue / lastCue read from the table: the chosen span as a new pair. */
function picked(reader: CueReader, name: string, from: number, to: number, last: boolean): Span | undefined {
  const id = reader.idOf(name)
  const table = reader.table()
  const i = table.pick(id, from, to, last)
  return i < 0 ? undefined : [table.spanStart(i), table.spanEnd(i)]
}
