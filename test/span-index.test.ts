import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SpanIndex } from '../src/match/bisect.js'

// SpanIndex answers what `spans.some((s) => s.start < end && start < s.end)` answers, by bisection.
const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, len]) => ({ start, end: start + len }))
const brute = (spans: Array<{ start: number; end: number }>, start: number, end: number) => spans.some((s) => s.start < end && start < s.end)

describe('SpanIndex', () => {
  it('overlap is strict at both ends, and nothing overlaps an empty index', () => {
    const index = new SpanIndex()
    expect(index.overlaps(0, 10)).toBe(false)
    index.add(5, 9)
    expect([index.overlaps(0, 5), index.overlaps(9, 12), index.overlaps(8, 9), index.overlaps(0, 6), index.overlaps(6, 7)]).toEqual([false, false, true, true, true])
  })

  it('a long early span is found past later short ones (the greatest end of the prefix)', () => {
    const index = SpanIndex.of([{ start: 0, end: 50 }, { start: 10, end: 11 }, { start: 20, end: 21 }])
    expect(index.overlaps(30, 31)).toBe(true)
    expect(index.overlaps(50, 60)).toBe(false)
  })

  it('agrees with a walk over every span, built at once or added out of order', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 20 }), (first, added, asked) => {
        const index = SpanIndex.of(first)
        for (const s of added) index.add(s.start, s.end)
        const all = [...first, ...added]
        for (const q of asked) expect(index.overlaps(q.start, q.end)).toBe(brute(all, q.start, q.end))
      }),
      { numRuns: 300 },
    )
  })
})
