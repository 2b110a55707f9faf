/**
 * The one bisection of the matchers and of the rules' look-ups (cue spans by end, hits by start,
 * findings by start, automaton edges by code, line starts by offset), in two shapes: over an
 * array of numbers, and over an array of [start, end] pairs by one field.
 *
 * Plain loops, not a loop calling a comparison: V8 inlines these small functions into their
 * callers, but does not inline a comparison passed in (measured: a callback version cost
 * blame-customer ~9% and privacy-leak ~7% of their CPU on the bench corpus).
 */

/** Index of the first of keys[lo..hi) that is >= `value` (keys sorted ascending); hi when none. */
export function lowerBound(keys: ArrayLike<number>, value: number, lo = 0, hi = keys.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (keys[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Index of the first pair of `list` whose `field` (0 start, 1 end) is >= `value`, the list
 * sorted by that field; list.length when none.
 */
export function lowerBoundBy(list: ArrayLike<readonly [number, number]>, field: 0 | 1, value: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]![field] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Spans added one at a time and asked whether a new one overlaps any added (start < end' && start' < end): kept sorted
 * by start with the greatest end of every prefix, so the question is one bisection instead of a walk over all spans.
 * (privacy-leak asked `out.some(overlaps)` for every datum: on an unbroken line of repeated names and addresses that was
 * quadratic.) Spans mostly arrive in text order, so an add is mostly an append.
 */
export class SpanIndex {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** maxEnd[i]: the greatest end of the spans 0..i (by start). */
  private readonly maxEnd: number[] = []

  /** An index of spans given in any order (sorted once here, not inserted one by one). */
  static of(spans: Iterable<{ readonly start: number; readonly end: number }>): SpanIndex {
    const index = new SpanIndex()
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    let max = -Infinity
    for (const { start, end } of sorted) {
      index.starts.push(start)
      index.ends.push(end)
      index.maxEnd.push((max = Math.max(max, end)))
    }
    return index
  }

  add(start: number, end: number): void {
    const at = lowerBound(this.starts, start + 1)
    this.starts.splice(at, 0, start)
    this.ends.splice(at, 0, end)
    this.maxEnd.splice(at, 0, 0)
    for (let i = at; i < this.starts.length; i++) this.maxEnd[i] = Math.max(i > 0 ? this.maxEnd[i - 1]! : -Infinity, this.ends[i]!)
  }

  /** Whether a span added so far overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const before = lowerBound(this.starts, end)
    return before > 0 && this.maxEnd[before - 1]! > start
  }
}
