import { describe, expect, it } from 'vitest'
import { normalize } from '../src/index.js'
// @ts-expect-error: plain .mjs experiment scripts without types (fixtures/eval/SCORER.md)
import { buildWeights, chooseThresholds } from '../scripts/scorer/train.mjs'
// @ts-expect-error: as above
import { featureNames, hashFeatures } from '../scripts/scorer/model.mjs'

// The statistical-scorer experiment is not shipped, but its numbers must be reproducible:
// the same data gives the same weights, byte for byte, and the thresholds follow the stated rule.
describe('scorer experiment (scripts/scorer)', () => {
  const ctx = { norm: (t: string) => normalize(t).text }
  // Two small "authors" whose remarks about other shops are positives of rule z.
  const texts: [string, string, boolean][] = [
    ['p', '别家的东西都很烂', true], ['p', '隔壁那家卖的全是次品', true], ['p', '我们家的东西很好', false], ['p', '亲，已经发货了', false],
    ['q', '别家卖的都是烂货', true], ['q', '那家店的东西全是次品', true], ['q', '我们的货都是正品', false], ['q', '亲，明天发货哦', false],
  ]
  const items = () => texts.map(([set, text, y]) => {
    const it = { set, text, labels: new Set(y ? ['z'] : []), known: null, findings: [], flagged: new Set<string>() }
    return { ...it, x: hashFeatures(featureNames(it, ctx)) }
  })
  const options = { addPrecision: 0, vetoPrecision: 0.8, minAdd: 0, realWeight: 0.3, keep: 50, scale: 1000 }

  it('gives the same weights from the same data', () => {
    const a = JSON.stringify(buildWeights(items(), ['p', 'q'], options, ['z'], 'test'))
    expect(a).toBe(JSON.stringify(buildWeights(items(), ['p', 'q'], options, ['z'], 'test')))
    const w = JSON.parse(a)
    expect(Object.keys(w.rules)).toEqual(['z'])
    expect(w.rules.z.weights).toHaveLength(50)
    expect(w.rules.z.gaps.slice(1).every((g: number) => g > 0)).toBe(true)
  })

  it('reads Traditional and Simplified text as the same features', () => {
    const names = (text: string) => [...featureNames({ text, findings: [] }, ctx)].sort()
    expect(names('別家的東西都很爛')).toEqual(names('别家的东西都很烂'))
  })

  it('adds from the lowest score at which out-of-fold additions stay right often enough, never below minAdd', () => {
    const oof = [
      { s: 0.99, y: 1, flag: false, k: 0 }, { s: 0.97, y: 1, flag: false, k: 1 }, { s: 0.95, y: 1, flag: false, k: 2 },
      { s: 0.9, y: 0, flag: false, k: 3 }, { s: 0.8, y: 1, flag: false, k: 4 }, { s: 0.6, y: 0, flag: false, k: 5 }, { s: 0.4, y: 1, flag: false, k: 6 },
    ]
    // 4 right of 5 down to 0.8 (0.8 ≥ 0.75); 4 of 6 at 0.6 is below; 0.4 is under minAdd.
    expect(chooseThresholds(oof, { ...options, addPrecision: 0.75, minAdd: 0.5 }).add).toBe(0.8)
    // Fewer than three right additions: no threshold at all.
    expect(chooseThresholds(oof.slice(0, 2), { ...options, addPrecision: 0.75, minAdd: 0.5 }).add).toBe(null)
  })
})
