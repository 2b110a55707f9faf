import { describe, expect, it } from 'vitest'
import { lowerBound, lowerBoundBy } from '../src/match/bisect.js'
import { CueTable } from '../src/match/cue-table.js'
import { positionAt, lineStarts } from '../src/text/lines.js'

/**
 * The shared bisection and the cue table that places an id's spans when asked (short replies)
 * or all at once (long ones): both must answer as a plain scan would. No timings here.
 */
describe('lowerBound / lowerBoundBy', () => {
  const naive = (keys: number[], v: number, lo = 0, hi = keys.length) => {
    for (let i = lo; i < hi; i++) if (keys[i]! >= v) return i
    return hi
  }
  it('finds the first key not below the value, over the whole array or a window', () => {
    const keys = [1, 3, 3, 3, 7, 9, 9, 12]
    for (const arr of [keys, Int32Array.from(keys), Uint16Array.from(keys)]) {
      for (let v = -1; v <= 14; v++) {
        expect(lowerBound(arr, v)).toBe(naive(keys, v))
        expect(lowerBound(arr, v, 2, 6)).toBe(naive(keys, v, 2, 6))
      }
    }
    expect(lowerBound([], 5)).toBe(0)
  })
  it('reads pairs by start or by end', () => {
    const pairs: [number, number][] = [[0, 2], [1, 4], [3, 4], [5, 9], [8, 10]]
    expect(lowerBoundBy(pairs, 1, 4)).toBe(1)
    expect(lowerBoundBy(pairs, 1, 5)).toBe(3)
    expect(lowerBoundBy(pairs, 0, 3)).toBe(2)
    expect(lowerBoundBy(pairs, 0, 11)).toBe(5)
  })
  it('gives line and column as before for offsets on every line', () => {
    const text = '亲\n明天到\r\n\n好的'
    const starts = lineStarts(text)
    expect([0, 1, 2, 5, 6, 7, 8, 9].map((o) => positionAt(starts, o))).toEqual([
      [1, 1], [1, 2], [2, 1], [2, 4], [2, 5], [3, 1], [4, 1], [4, 2],
    ])
  })
})

describe('cue table', () => {
  // Patterns 0..3; pattern p carries the cue ids idList[idStart[p] .. idStart[p + 1]).
  const idStart = Int32Array.from([0, 2, 3, 3, 5])
  const idList = Int32Array.from([0, 1, 1, 2, 2]) // p0: 0,1; p1: 1; p2: none; p3: 2 twice (a word listed twice)
  const spansByScan = (found: number[], id: number) => {
    const out: [number, number][] = []
    for (let k = 0; k < found.length; k += 3) {
      for (let j = idStart[found[k]!]!; j < idStart[found[k]! + 1]!; j++) if (idList[j] === id) out.push([found[k + 1]!, found[k + 2]!])
    }
    return out
  }
  const replies = (matches: number) => {
    const found: number[] = []
    for (let i = 0; i < matches; i++) found.push(i % 4, i * 2, i * 2 + 1 + (i % 3))
    return found
  }

  for (const matches of [0, 5, 64, 65, 300]) {
    it(`answers spans and windows as a scan would (${matches} matches)`, () => {
      const table = new CueTable(4)
      // Two replies through one table: nothing of the first leaks into the second.
      for (const found of [replies(matches), replies(Math.max(0, matches - 3))]) {
        const buffer = Int32Array.from(found)
        table.fill(buffer, found.length, idStart, idList)
        // Asked in an order other than the ids' (the table places them as asked).
        for (const id of [2, 0, 3, 1]) {
          const expected = spansByScan(found, id)
          expect(table.spans(id)).toEqual(expected)
          for (const [from, to] of [[0, 10], [3, 9], [100, 140], [0, 1000]]) {
            expect(table.within(id, from!, to!)).toBe(expected.some(([s, e]) => s >= from! && e <= to!))
          }
        }
      }
    })
  }

  it('answers the same while the ids asked change from reply to reply (first asks, then hot ones)', () => {
    const table = new CueTable(4)
    let seed = 3
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n)
    for (let reply = 0; reply < 60; reply++) {
      const found = replies([3, 40, 70, 300][rand(4)]!)
      table.fill(Int32Array.from(found), found.length, idStart, idList)
      // A few ids per reply, some asked for the first time, some again within the reply.
      for (let q = 0; q < 3; q++) {
        const id = rand(4)
        expect(table.spans(id)).toEqual(spansByScan(found, id))
        expect(table.within(id, 0, 12)).toBe(spansByScan(found, id).some(([s, e]) => s >= 0 && e <= 12))
      }
    }
  })
})
