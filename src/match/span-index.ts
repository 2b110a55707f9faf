import { lowerBound } from './bisect.js'

/**
 * Spans added in non-decreasing order of their end (the order the automaton reports them),
 * with containment queries that cost a binary search plus a scan bounded by the longest
 * span. Linting a 100k-character reply with thousands of hits therefore stays linear;
 * a plain `some()` over every span per hit was quadratic.
 */
export class SpanIndex {
  private starts: number[] = []
  private ends: number[] = []
  private tags: unknown[] = []
  private maxLength = 0

  add(start: number, end: number, tag?: unknown): void {
    this.starts.push(start)
    this.ends.push(end)
    this.tags.push(tag)
    if (end - start > this.maxLength) this.maxLength = end - start
  }

  get size(): number {
    return this.ends.length
  }

  /**
   * Whether some span contains [start, end): any span, or one tagged `tag` or `orTag` (tags are
   * compared, not tested by a callback, so the linter's hot path makes no closure per hit).
   */
  covers(start: number, end: number, tag?: unknown, orTag?: unknown): boolean {
    const limit = start + this.maxLength
    for (let i = this.lowerBound(end); i < this.ends.length && this.ends[i]! <= limit; i++) {
      if (this.starts[i]! <= start && (tag === undefined || this.tags[i] === tag || this.tags[i] === orTag)) return true
    }
    return false
  }

  /** Whether some span lies within [from, to). */
  within(from: number, to: number): boolean {
    for (let i = this.lowerBound(from); i < this.ends.length && this.ends[i]! <= to; i++) {
      if (this.starts[i]! >= from) return true
    }
    return false
  }

  private lowerBound(end: number): number {
    return lowerBound(this.ends, end)
  }
}
