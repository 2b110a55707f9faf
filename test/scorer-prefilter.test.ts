import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
function weightsWith(filter: { triggers?: string; pairs?: string; starts?: string; ends?: string; light?: string; lightMin?: number }) {
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

// sc24: two more kinds of trigger. Anchored ones, for a heavy n-gram anchored at ^ or $ whose
// character alone is in many replies; and the light tier, for replies that reach a threshold with
// no heavy n-gram at all: the distinct light characters' 1-gram weights (read from the table)
// summed must reach lightMin.
describe('trigger pre-filter: anchored characters', () => {
  it('an `ends` character lets the reply through only as its last character', () => {
    const w = weightsWith({ ends: '信' })
    expect(pass(scorerOf(w), '有事找我威信').judged).toBe(true)
    expect(pass(scorerOf(w), '有事找我威信').added).toEqual(pass(scorerOf(w, false), '有事找我威信').added)
    expect(pass(scorerOf(w), '威信上找我').judged).toBe(false)
    expect(pass(scorerOf(w), '信').judged).toBe(true)
  })

  it('a `starts` character only as its first character', () => {
    const w = weightsWith({ starts: '威' })
    expect(pass(scorerOf(w), '威信上找我').judged).toBe(true)
    expect(pass(scorerOf(w), '有事找我威信').judged).toBe(false)
  })
})

describe('trigger pre-filter: the light tier', () => {
  // c威 weighs 1.5 and c信 0.5 in weightsWith: together 2.0.
  const w = weightsWith({ triggers: '微', light: '威信', lightMin: 1.9 })
  it('distinct light characters whose 1-gram weights reach lightMin let the reply through, in any order', () => {
    expect(pass(scorerOf(w), '有事找我威信').judged).toBe(true)
    expect(pass(scorerOf(w), '有事找我威信').added).toEqual(pass(scorerOf(w, false), '有事找我威信').added)
    expect(pass(scorerOf(w), '信上说，威').judged).toBe(true)
  })

  it('one light character short of lightMin does not, nor the same character repeated', () => {
    expect(pass(scorerOf(w), '威威威').judged).toBe(false)
    expect(pass(scorerOf(w), '信，信，信，信').judged).toBe(false)
    expect(pass(scorerOf(w), '有事找我').judged).toBe(false)
  })

  it('a heavy trigger still lets a reply through on its own', () => {
    expect(pass(scorerOf(w), '加微').judged).toBe(true)
  })

  it('light without lightMin is an error that names the rule', () => {
    expect(() => compileWeights(weightsWith({ light: '威信' }), ids)).toThrow(/weights\.rules\.off-platform: light and lightMin go together/)
  })
})

describe('the built-in weights', () => {
  // sc23 (sixth attempt): blame-customer joined the four open-list rules (LOAO over 7 author
  // groups +25 right / 0 wrong, fixtures/eval/SCORER.md), so the shipped list has five.
  const shipped = ['blame-customer', 'competitor-disparagement', 'off-platform', 'privacy-leak', 'review-manipulation']
  it('score the four open-list rules and blame-customer only, each behind a pre-filter', () => {
    expect(Object.keys(data.rules).sort()).toEqual(shipped)
    for (const id of shipped) {
      const r = (data.rules as Record<string, { triggers?: string; pairs?: string; add: number | null }>)[id]!
      expect(r.add, id).not.toBeNull()
      expect((r.triggers ?? '').length + (r.pairs ?? '').length, id).toBeGreaterThan(0)
    }
  })

  it('blame-customer: a single light character (了) is not enough, two light ones (了 and 。) are', () => {
    // The one-tier filter of the sixth attempt let every reply with 了 through (19% of the bench).
    const s = scorerOf(data, true, ['blame-customer'])
    expect(pass(s, '包裹下午到了').judged).toBe(false)
    expect(pass(s, '包裹下午到了。').judged).toBe(true)
  })

  it('a reply with none of their triggers is not judged: 好的，稍等', () => {
    const s = scorerOf(data, true, shipped)
    expect(pass(s, '好的，稍等').judged).toBe(false)
    expect(pass(scorerOf(data, false, shipped), '好的，稍等')).toEqual({ judged: true, added: [] })
  })
})

// A reply that no rule's lexicon flags and the built-in scorer rightly adds to: a deal hinted for
// deleting a bad review, in words of our own (no 返现/好评 phrase). (Twenty-fourth session: the earlier
// example, …这单的运费我们补给您, is now the lexicon's own finding — a reward named first, then paid, class
// review.reward.fronted — so the scorer's addition is shown on a hint no lexicon reads.)
const ADDED = '您要是愿意把差评删掉，运费的事好商量'

describe('the switch: config `scorer` and CLI --scorer / --no-scorer (opt-in)', () => {
  it('the library adds with scorer: true, not by default and not with scorer: false', () => {
    const on = createLinter({ scorer: true }).lint(ADDED).messages
    expect(on.map((m) => [m.ruleId, m.start, m.end, m.severity])).toEqual([['review-manipulation', 0, 10, 'warning']])
    expect(on[0]!.message).toBe('统计评分判断：「您要是愿意把差评删掉」像是以奖励换好评或操纵评价（不是词表命中，请人工确认）；可以邀请评价，但不能附带任何奖励。')
    expect(createLinter({ scorer: false }).lint(ADDED).messages).toEqual([])
    expect(createLinter().lint(ADDED).messages).toEqual([])
  })

  describe('CLI', () => {
    beforeAll(buildOnce, 180_000)
    it('--scorer reports the addition; without it, or with --no-scorer over a config that turns it on, the CLI does not', () => {
      const args = ['--stdin', '--stdin-filename', 'replies.txt', '--no-config-lookup']
      const on = lintJson([...args, '--scorer'], { input: `${ADDED}\n` })
      expect(on.results.flatMap((r) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.severity]))).toEqual([['review-manipulation', 1, 1, 'warning']])
      const plain = lintJson(args, { input: `${ADDED}\n` })
      expect(plain.results.flatMap((r) => r.messages)).toEqual([])
      const dir = mkdtempSync(join(tmpdir(), 'kefu-scorer-'))
      const config = join(dir, 'on.json')
      writeFileSync(config, JSON.stringify({ scorer: true }))
      const fromConfig = lintJson(['--stdin', '--stdin-filename', 'replies.txt', '--config', config], { input: `${ADDED}\n` })
      expect(fromConfig.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['review-manipulation'])
      const off = lintJson(['--stdin', '--stdin-filename', 'replies.txt', '--config', config, '--no-scorer'], { input: `${ADDED}\n` })
      expect(off.results.flatMap((r) => r.messages)).toEqual([])
      expect([on.code, plain.code, fromConfig.code, off.code]).toEqual([0, 0, 0, 0])
    })
  })
})
