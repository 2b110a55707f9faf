import type { LintContext } from '../../src/types.js'

/**
 * Windowed look-ups of a rule's cues. `ctx.cues(name)` lists spans in scan order, that is by
 * end offset, so a window is found by bisection: a look-up costs O(log n + k) instead of a
 * pass over every cue of the reply, which keeps a 100k-character input linear.
 * (Shared by exaggeration and blame-customer; a candidate for src/context.)
 */
type Span = readonly [number, number]

/** Longest cue we ever look up by its start; cue words are short. */
const MAX_CUE = 32

/** Index of the first span whose end is >= `end`. */
function firstEndingAtOrAfter(list: readonly Span[], end: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]![1] < end) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether a cue of `name` lies wholly within [from, to). */
export function hasCueWithin(ctx: LintContext, name: string, from: number, to: number): boolean {
  const list = ctx.cues(name)
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to; i++) {
    if (list[i]![0] >= from) return true
  }
  return false
}

/** Cues of `name` lying wholly within [from, to), in order of end. */
export function cuesWithin(ctx: LintContext, name: string, from: number, to: number): Span[] {
  const list = ctx.cues(name)
  const out: Span[] = []
  for (let i = firstEndingAtOrAfter(list, from + 1); i < list.length && list[i]![1] <= to; i++) {
    if (list[i]![0] >= from) out.push(list[i]!)
  }
  return out
}

/** End of the longest cue of `name` that starts exactly at `at`, or -1. */
export function cueFrom(ctx: LintContext, name: string, at: number): number {
  let end = -1
  for (const [s, e] of cuesWithin(ctx, name, at, at + MAX_CUE)) if (s === at && e > end) end = e
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
  for (const [s] of cuesWithin(ctx, name, from, to + MAX_CUE)) if (s <= to) return true
  return false
}
