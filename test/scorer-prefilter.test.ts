import { beforeAll, describe, expect, it } from 'vitest'
import { builtinRules, createLinter, normalize } from '../src/index.js'
import { startMentions } from '../src/context/mention.js'
import { startReply } from '../src/context/text.js'
import { compileWeights, Scorer, ScorerWeightsError } from '../src/scorer/index.js'
import data from '../src/scorer/weights.json' with { type: 'json' }
import type { CompiledRule } from '../src/compile.js'
import type { Finding, RuleDefinition } from '../src/types.js'
import { buildOnce, lintJson } from './cli-support.js'
import { weightsFor } from './scorer-support.js'

// The scorer's trigger pre-filter (weights.json `triggers` and `pairs` per rule, written by
// scripts/scorer/triggers.mjs): a reply holding none of an open rule's trigger characters or
// pairs is never hashed; one that holds them gets exactly the addition of the unfiltered pass.
/** One rule's weights on a few features (威信), with the pre-filter fields given. */
function weightsWith(filter: { triggers?: string; pairs?: string }) {
  const w = weightsFor('off-platform', { 'c威': 1500, 'c信': 500, 'c威信': 2500 })
  return { ...w, rules: { 'off-platform': { ...w.rules['off-platform']!, ...filter } } }
}
const ids = builtinRules.map((r) => r.meta.id)
const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!
const compiledOf = (def: RuleDefinition) => ({ index: 0, definition: def, hooks: {}, entries: [], entryFor: () => undefined, url: '' }) as unknown as CompiledRule
const scorerOf = (weights: unknown, filter = true, rules = ['off-platform']) => new Scorer(compileWeights(weights, ids), rules.map((id) => compiledOf(rule(id))), filter)

/** Whether the scorer hashes the reply at all, and the additions it then makes. */
function pass(scorer: Scorer, text: string): { judged: boolean; added: Finding[] } {
  const t = normalize(text).text
  startReply(t)
  startMentions(t)
  const out: Finding[] = []
  const judged = scorer.wants(t, out)
  if (judged) scorer.judge(t, undefined, out)
  return { judged, added: out }
}

describe('trigger pre-filter: characters', () => {
  it('a reply without a trigger character is not judged, though unfiltered it would be added', () => {
    const filtered = scorerOf(weightsWith({ triggers: '微' }))
    expect(pass(filtered, '有事找我威信')).toEqual({ judged: false, added: [] })
    const unfiltered = pass(scorerOf(weightsWith({ triggers: '微' }), false), '有事找我威信')
    expect(unfiltered.judged).toBe(true)
    expect(unfiltered.added.map((f) => [f.ruleId, f.start, f.end])).toEqual([['off-platform', 0, 6]])
  })

  it('a reply with a trigger character gets exactly the addition of the unfiltered pass', () => {
    const w = weightsWith({ triggers: '威' })
    const filtered = pass(scorerOf(w), '有事找我威信')
    expect(filtered.judged).toBe(true)
    expect(filtered.added).toEqual(pass(scorerOf(w, false), '有事找我威信').added)
    expect(filtered.added).toHaveLength(1)
  })

  it('a rule the reply already flags opens no trigger: a flagged reply is not judged', () => {
    const s = scorerOf(weightsWith({ triggers: '威' }))
    const t = normalize('有事找我威信').text
    expect(s.wants(t, [{ ruleId: 'off-platform', severity: 'warning', start: 0, end: 1 } as Finding])).toBe(false)
    expect(s.wants(t, [{ ruleId: 'off-platform', severity: 'info', start: 0, end: 1 } as Finding])).toBe(true)
  })
})

describe('trigger pre-filter: pairs of adjacent characters', () => {
  it('the pair in order triggers; its characters apart or reversed do not', () => {
    const w = weightsWith({ pairs: '威信' })
    expect(pass(scorerOf(w), '有事找我威信').judged).toBe(true)
    expect(pass(scorerOf(w), '信威').judged).toBe(false)
    expect(pass(scorerOf(w), '威，信').judged).toBe(false)
    expect(pass(scorerOf(w), '有事找我威信').added).toEqual(pass(scorerOf(w, false), '有事找我威信').added)
  })

  it('a rule with neither field is judged on every reply', () => {
    expect(pass(scorerOf(weightsWith({})), '有事找我威信').judged).toBe(true)
    expect(pass(scorerOf(weightsWith({})), '你好').judged).toBe(true)
  })

  it('pairs of odd length are an error that names the field', () => {
    expect(() => compileWeights(weightsWith({ pairs: '威信威' }), ids)).toThrow(ScorerWeightsError)
    expect(() => compileWeights(weightsWith({ pairs: '威信威' }), ids)).toThrow(/weights\.rules\.off-platform\.pairs: pairs must be two characters each/)
  })
})

describe('the built-in weights', () => {
  const shipped = ['competitor-disparagement', 'off-platform', 'privacy-leak', 'review-manipulation']
  it('score the four open-list rules only, each behind a pre-filter', () => {
    expect(Object.keys(data.rules).sort()).toEqual(shipped)
    for (const id of shipped) {
      const r = (data.rules as Record<string, { triggers?: string; pairs?: string; add: number | null }>)[id]!
      expect(r.add, id).not.toBeNull()
      expect((r.triggers ?? '').length + (r.pairs ?? '').length, id).toBeGreaterThan(0)
    }
  })

  it('a reply with none of their triggers is not judged: 好的，稍等', () => {
    const s = scorerOf(data, true, shipped)
    expect(pass(s, '好的，稍等').judged).toBe(false)
    expect(pass(scorerOf(data, false, shipped), '好的，稍等')).toEqual({ judged: true, added: [] })
  })
})

// A reply the built-in scorer adds to (a bench-corpus template; the addition is the scorer's
// judgement, here only the switch is under test).
const ADDED = '您好呀，这个是757元包邮的的🎉'

describe('the switch: config `scorer: false` and CLI --no-scorer', () => {
  it('the library adds by default and not with scorer: false', () => {
    const on = createLinter().lint(ADDED).messages
    expect(on.map((m) => [m.ruleId, m.start, m.end, m.severity])).toEqual([['review-manipulation', 4, 17, 'warning']])
    expect(on[0]!.message).toMatch(/^统计评分判断：「这个是757元包邮的的🎉」/)
    expect(createLinter({ scorer: false }).lint(ADDED).messages).toEqual([])
  })

  describe('CLI', () => {
    beforeAll(buildOnce, 180_000)
    it('--no-scorer drops the addition; without it the CLI reports it', () => {
      const on = lintJson(['--stdin', '--stdin-filename', 'replies.txt'], { input: `${ADDED}\n` })
      expect(on.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['review-manipulation'])
      const off = lintJson(['--stdin', '--stdin-filename', 'replies.txt', '--no-scorer'], { input: `${ADDED}\n` })
      expect(off.results.flatMap((r) => r.messages)).toEqual([])
      expect([on.code, off.code]).toEqual([0, 0])
    })
  })
})
