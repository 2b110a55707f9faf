/**
 * The one bisection of the matchers and of the rules' look-ups (cue spans by end, hits by start,
 * findings by start, automaton edges by code, line starts by offset): the first index in
 * [lo, hi) at which `below(list, i, value)` turns false, for a `list` ordered so that it is true
 * up to some index and false from there on.
 *
 * `below` is a module-level function of (list, index, value), not a closure over the list, so a
 * call makes nothing, and each caller's comparison stays monomorphic: small enough for V8 to
 * inline the bisection and the comparison into the caller.
 */
export function partitionPoint<L>(list: L, lo: number, hi: number, value: number, below: (list: L, i: number, value: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (below(list, mid, value)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Spans as [start, end] pairs. */
type Pairs = ArrayLike<readonly [number, number]>

/** For partitionPoint: whether pair i ends before `end` (the first pair ending at or after it). */
export const endsBefore = (list: Pairs, i: number, end: number): boolean => list[i]![1] < end
/** For partitionPoint: whether pair i starts before `start` (the first pair starting at or after it). */
export const startsBefore = (list: Pairs, i: number, start: number): boolean => list[i]![0] < start
/** For partitionPoint over a sorted array of numbers: whether entry i is below `value`. */
export const numberBelow = (list: ArrayLike<number>, i: number, value: number): boolean => list[i]! < value
/** For partitionPoint over a sorted array of numbers: whether entry i is at most `value`. */
export const numberAtMost = (list: ArrayLike<number>, i: number, value: number): boolean => list[i]! <= value
