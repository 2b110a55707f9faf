import { describe, expect, it } from 'vitest'
// @ts-expect-error: plain .mjs experiment scripts without types (fixtures/eval/SCORER.md)
import { chooseAddThreshold, trainLR, prune, score } from '../scripts/scorer/model.mjs'

// The second scorer experiment (additions only, fixtures/eval/SCORER.md) is measured, not shipped;
// its threshold rule and its pruning must do what the write-up says.
describe('scorer additions experiment (scripts/scorer/additions.mjs)', () => {
  const o = (s: number, y: number, real = false, flag = false) => ({ s, y, real, flag })

  it('adds from the lowest score at which out-of-fold additions are right often enough', () => {
    // 3 of 3 right down to 0.95, 3 of 4 at 0.9 (below 0.9), 4 of 5 at 0.8 (below 0.9).
    const oof = [o(0.99, 1), o(0.97, 1), o(0.95, 1), o(0.9, 0), o(0.8, 1)]
    expect(chooseAddThreshold(oof, 0.9, 0.5)).toEqual([0.95, 0.95])
    expect(chooseAddThreshold(oof, 0.75, 0.5)).toEqual([0.8, 0.8])
  })

  it('never goes below the floor, and needs three right additions', () => {
    expect(chooseAddThreshold([o(0.99, 1), o(0.97, 1), o(0.4, 1)], 0.9, 0.5)).toEqual([null, null])
  })

  it('ignores replies the rule already flags: those are not additions', () => {
    expect(chooseAddThreshold([o(0.99, 1), o(0.98, 0, false, true), o(0.97, 1), o(0.96, 1)], 0.9, 0.5)).toEqual([0.96, 0.96])
  })

  it('raises the threshold above real replies where additions would be false alarms', () => {
    // Blind additions are right down to 0.6; a clean real reply at 0.92 breaks the bar on real text.
    const oof = [o(0.99, 1), o(0.95, 1), o(0.92, 0, true), o(0.9, 1), o(0.8, 1), o(0.7, 1), o(0.6, 1), o(0.55, 1)]
    const [t, g] = chooseAddThreshold(oof, 0.8, 0.5)
    expect(t).toBe(0.55)
    expect(g).toBeCloseTo(0.92, 6)
    expect(g).toBeGreaterThan(0.92)
  })

  it('has no threshold at all when the top real reply is a false alarm above every score', () => {
    const oof = [o(0.99, 0, true), o(0.97, 1), o(0.96, 1), o(0.95, 1), o(0.94, 1)]
    const [t, g] = chooseAddThreshold(oof, 0.8, 0.5)
    expect(t).toBe(0.94)
    expect(g).toBeCloseTo(0.99, 6)
  })

  it('keeps the K largest weights as integers and scores the same after pruning to all of them', () => {
    const xs = [Int32Array.from([1, 2]), Int32Array.from([1, 3]), Int32Array.from([4, 5]), Int32Array.from([4, 6])]
    const m = trainLR(xs, [1, 1, 0, 0], [1, 1, 1, 1], { bits: 8, epochs: 20 })
    const p = prune(m, 2)
    expect(p.buckets).toHaveLength(2)
    expect(p.buckets).toEqual([...p.buckets].sort((a: number, b: number) => a - b))
    expect(p.weights.every((w: number) => Number.isInteger(w))).toBe(true)
    expect(score(m, xs[0]!)).toBeGreaterThan(0.5)
    expect(score(m, xs[2]!)).toBeLessThan(0.5)
    expect(JSON.stringify(prune(trainLR(xs, [1, 1, 0, 0], [1, 1, 1, 1], { bits: 8, epochs: 20 }), 2))).toBe(JSON.stringify(p))
  })
})
