import { describe, expect, it } from 'vitest'
import { createScorer, fnv1a, scorerFeatureNames, type ScorerWeights } from '../src/scorer/index.js'
import type { LintMessage, Severity } from '../src/types.js'
// @ts-expect-error: a plain .mjs script without types
import { buildWeights } from '../scripts/scorer/train.mjs'
// @ts-expect-error: a plain .mjs script without types
import { hashFeatures } from '../scripts/scorer/model.mjs'

// Weights written by hand: the n-gram 竞品 pushes rule `x` up, 我们 pulls it down.
const bucket = (name: string) => fnv1a(name) & ((1 << 18) - 1)
const rule = (entries: [string, number][], extra: Partial<ScorerWeights['rules'][string]> = {}) => {
  const sorted = entries.map(([n, w]) => [bucket(n), w] as const).sort((a, b) => a[0] - b[0])
  return { bias: -4, add: 0.9, veto: null, severity: 'warning' as const, gaps: sorted.map(([b], i) => (i ? b - sorted[i - 1]![0] : b)), weights: sorted.map(([, w]) => w), ...extra }
}
const weights = (rules: Record<string, ReturnType<typeof rule>>): ScorerWeights => ({ format: 1, bits: 18, scale: 1000, trainedOn: 'test', rules })
const make = (ruleId: string, severity: Severity, start: number, end: number): LintMessage => ({
  ruleId, severity, start, end, message: 'm', line: 1, column: start + 1, endLine: 1, endColumn: end + 1, actual: '', expected: [], url: '',
})
const finding = (ruleId: string, severity: Severity, start = 0, end = 1): LintMessage => make(ruleId, severity, start, end)

describe('scorer mechanics', () => {
  const w = weights({ x: rule([['c竞品', 8000], ['c我们', -3000], ['rx:warning', -9000]]) })
  const scorer = createScorer(w, () => true)

  it('adds a finding on the clause that weighs most when the rule did not flag', () => {
    const out = scorer.apply('亲，您好，那个竞品很差劲。这款好用', undefined, [], make)
    expect(out.map((m) => [m.ruleId, m.severity, m.start, m.end])).toEqual([['x', 'warning', 5, 12]])
  })

  it('adds nothing below the threshold, and nothing the rule itself already reports', () => {
    expect(scorer.apply('我们这款的竞品', undefined, [], make)).toEqual([])
    const own = [finding('x', 'warning', 3, 5)]
    expect(scorer.apply('那个竞品很差劲', undefined, own, make)).toBe(own)
  })

  it('vetoes a rule finding scored below the veto threshold', () => {
    const v = createScorer(weights({ x: rule([['c竞品', 8000]], { add: null, veto: 0.5 }) }), () => true)
    const kept = [finding('x', 'error', 0, 2)]
    expect(v.apply('竞品', undefined, kept, make)).toBe(kept)
    expect(v.apply('没事', undefined, [finding('x', 'error', 0, 2)], make)).toEqual([])
  })

  it('reads Traditional characters as Simplified (the linter normalises first)', () => {
    expect(scorer.apply('那個競品很差勁', undefined, [], make).map((m) => [m.start, m.end])).toEqual([[0, 7]])
  })

  it('leaves a rule that is off alone', () => {
    expect(createScorer(w, () => false).apply('那个竞品很差劲', undefined, [], make)).toEqual([])
  })

  it('scores exactly what the training features say (same names, same hash)', () => {
    const w2 = weights({ y: rule([['c竞品', 1500], ['p发货', 700], ['len16', 300], ['c^亲', 200], ['c吗$', -400], ['rcurt-reply:info', 900], ['prev', 100]]) })
    const s = createScorer(w2, () => true)
    const cases: [string, string | undefined, LintMessage[]][] = [
      ['亲，竞品的发货慢吗', '什么时候發貨', [finding('curt-reply', 'info')]],
      ['親 我們家的比競品好', undefined, []],
      ['', '', []],
    ]
    const table = new Map(w2.rules.y!.gaps.map((_, i, g) => [g.slice(0, i + 1).reduce((a, b) => a + b, 0), w2.rules.y!.weights[i]! / 1000]))
    for (const [text, previous, found] of cases) {
      const names = scorerFeatureNames(text, previous, found)
      let z = -4
      for (const b of hashFeatures(names)) z += table.get(b) ?? 0
      expect(s.scores(text, previous, found).y).toBeCloseTo(1 / (1 + Math.exp(-z)), 12)
    }
  })

  it('refuses malformed weights and names the field', () => {
    const bad = weights({ x: rule([['c竞品', 1], ['c我们', 2]]) })
    bad.rules.x!.gaps[1] = 0
    expect(() => createScorer(bad, () => true)).toThrow(/rules\.x: bucket ids must be strictly ascending/)
    expect(() => createScorer({ ...w, format: 2 }, () => true)).toThrow(/Invalid scorer weights: format/)
    expect(() => createScorer(w, () => true, { prefix: { zh: '统计', en: 'stat' }, rules: {} })).toThrow(/rules\.x: no message/)
  })
})

describe('scorer training (scripts/scorer/train.mjs)', () => {
  // Two small "authors" whose replies about other shops are positives of rule z.
  const texts: [string, string, boolean][] = [
    ['p', '别家的东西都很烂', true], ['p', '隔壁那家卖的全是次品', true], ['p', '我们家的东西很好', false], ['p', '亲，已经发货了', false],
    ['q', '别家卖的都是烂货', true], ['q', '那家店的东西全是次品', true], ['q', '我们的货都是正品', false], ['q', '亲，明天发货哦', false],
  ]
  const items = () => texts.map(([set, text, y]) => ({ set, text, labels: new Set(y ? ['z'] : []), known: null, flagged: new Set<string>(), x: hashFeatures(scorerFeatureNames(text, undefined, [])) }))
  const options = { addPrecision: 0.5, vetoPrecision: 0.8, minAdd: 0, realWeight: 0.3, keep: 50, scale: 1000 }

  it('gives the same weights from the same data', () => {
    const a = buildWeights(items(), ['p', 'q'], { ...options, addPrecision: 0 }, ['z'], 'test')
    const b = buildWeights(items(), ['p', 'q'], { ...options, addPrecision: 0 }, ['z'], 'test')
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it('writes a file the library accepts', () => {
    const trained = buildWeights(items(), ['p', 'q'], { ...options, addPrecision: 0 }, ['z'], 'test')
    expect(Object.keys(trained.rules)).toEqual(['z'])
    expect(() => createScorer(trained, () => true)).not.toThrow()
  })
})
