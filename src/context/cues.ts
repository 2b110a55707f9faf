import type { LintContext } from '../types.js'
import { lowerBoundBy } from '../match/bisect.js'

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

/** Cues of `name` lying wholly within [from, to), in order of end. */
export function cuesWithin(ctx: LintContext, name: string, from: number, to: number): Span[] {
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
  const list = ctx.cues(name)
  let end = -1
  for (let i = firstEndingAtOrAfter(list, at + 1); i < list.length && list[i]![1] <= at + MAX_CUE; i++) {
    if (list[i]![0] === at && list[i]![1] > end) end = list[i]![1]
  }
  return end
}

/** Start of the longest cue of `name` that ends exactly at `at`, or -1. */
export function cueTo(ctx: LintContext, name: string, at: number): number {
  const list = ctx.cues(name)
  let start = -1
  for (let i = firstEndingAtOrAfter(list, at); i < list.length && list[i]![1] === at; i++) {
    if (start < 0 || list[i]![0] < start) start = list[i]![0]
  }
  return start
}

/** Whether a cue of `name` starts within [from, to]. */
export function cueStartsWithin(ctx: LintContext, name: string, from: number, to: number): boolean {
  const list = ctx.cues(name)
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to + MAX_CUE; i++) {
    if (list[i]![0] >= from && list[i]![0] <= to) return true
  }
  return false
}
