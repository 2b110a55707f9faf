import { describe, expect, it } from 'vitest'
import { builtinRules, createLinter, defineRule, normalize } from '../src/index.js'
import { createLinter as createCore } from '../src/linter.js'
import { ConfigError } from '../src/config/schema.js'
import { startMentions } from '../src/context/mention.js'
import { startReply } from '../src/context/text.js'
import { compileWeights, Scorer, ScorerWeightsError, SCORED } from '../src/scorer/index.js'
import type { CompiledRule } from '../src/compile.js'
import type { Finding, RuleDefinition } from '../src/types.js'
import { BITS, weightsFor } from './scorer-support.js'

// The statistical scorer's run-time pass (src/scorer), judged with small hand-made weights so
// every expectation is exact: one rule, weights on a few character n-grams.
const ids = builtinRules.map((r) => r.meta.id)
const compiledOf = (def: RuleDefinition, forcedSeverity?: 'info' | 'warning' | 'error') =>
  ({ index: 0, definition: def, forcedSeverity, hooks: {}, entries: [], entryFor: () => undefined, url: '' }) as unknown as CompiledRule
const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!

/** Additions of the hand-made scorer on one reply (no rule findings). */
function additions(scorer: Scorer, text: string, previous?: string, findings: Finding[] = []): Finding[] {
  const t = normalize(text).text
  startReply(t)
  startMentions(t)
  const out = [...findings]
  if (scorer.wants(t, out)) scorer.judge(t, previous === undefined ? undefined : normalize(previous).text, out)
  return out.slice(findings.length)
}

// Off-platform weights on the characters of 威信 (a spelling no list of this test relies on).
const OFF = weightsFor('off-platform', { 'c威': 1500, 'c信': 500, 'c威信': 2500 })
const offScorer = () => new Scorer(compileWeights(OFF, ids), [compiledOf(rule('off-platform'))])

describe('scorer weights file: validated when it loads', () => {
  it('an unknown rule id is an error that names it and lists the known ones', () => {
    const bad = weightsFor('no-such-rule', { 'c威': 1000 })
    expect(() => compileWeights(bad, ids)).toThrow(ScorerWeightsError)
    expect(() => compileWeights(bad, ids)).toThrow(/weights\.rules\.no-such-rule: unknown rule \(got "no-such-rule"\); expected one of absolute-promise, /)
  })

  it('a malformed file names the field; buckets outside the bits, or not ascending, are errors', () => {
    expect(() => compileWeights({ ...OFF, format: 2 }, ids)).toThrow(/weights\.format/)
    const r = OFF.rules['off-platform']!
    expect(() => compileWeights({ ...OFF, rules: { 'off-platform': { ...r, weights: r.weights.slice(1) } } }, ids)).toThrow(/same length/)
    expect(() => compileWeights({ ...OFF, rules: { 'off-platform': { ...r, buckets: [1 << BITS], weights: [5] } } }, ids)).toThrow(/outside 18 bits/)
    expect(() => compileWeights({ ...OFF, rules: { 'off-platform': { ...r, buckets: [5, 0], weights: [5, 5] } } }, ids)).toThrow(/ascend/)
    expect(() => compileWeights({ ...OFF, rules: { 'off-platform': { ...r, add: 1.5 } } }, ids)).toThrow(/weights\.rules\.off-platform\.add/)
  })

  it('the built-in weights load, and name only rules the library has', () => {
    expect(() => createLinter({ scorer: true })).not.toThrow()
  })
})

describe('scorer messageId: each scored rule declares `scored` in its meta', () => {
  it('every built-in rule words its statistical additions as a judgement, in both locales', () => {
    for (const r of builtinRules) {
      expect(r.meta.messages?.[SCORED]?.zh, r.meta.id).toMatch(/^统计评分判断：\{actual\}.*不是词表命中/)
      expect(r.meta.messages?.[SCORED]?.en, r.meta.id).toMatch(/^Statistical judgement: \{actual\} .*not a list match/)
    }
  })

  it('a rule the weights can add to without a `scored` message fails loudly, naming rule and messageId', () => {
    const bare = { ...rule('off-platform'), meta: { ...rule('off-platform').meta, messages: { other: { zh: 'x', en: 'x' } } } }
    expect(() => new Scorer(compileWeights(OFF, ids), [compiledOf(bare)])).toThrow('rule off-platform has no message "scored" in meta.messages (declared: other)')
  })

  it('a rule without a threshold, or one the linter does not run, needs no message and adds nothing', () => {
    const bare = { ...rule('off-platform'), meta: { ...rule('off-platform').meta, messages: undefined } }
    const none = weightsFor('off-platform', { 'c威': 1500 }, null)
    expect(new Scorer(compileWeights(none, ids), [compiledOf(bare)]).active).toBe(false)
    expect(new Scorer(compileWeights(OFF, ids), [compiledOf(rule('curt-reply'))]).active).toBe(false)
  })
})

describe('scorer additions: span, severity, message, determinism', () => {
  it('the span is the clause whose n-grams weigh most, trimmed of spaces; severity warning; no fix', () => {
    const [f, ...rest] = additions(offScorer(), '亲，这款是正品哦。 有事找我威信 ，随时在')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ ruleId: 'off-platform', severity: 'warning', expected: [] })
    expect(f!.fix).toBeUndefined()
    expect('亲，这款是正品哦。 有事找我威信 ，随时在'.slice(f!.start, f!.end)).toBe('有事找我威信')
  })

  it('through the linter: the rule id, the scored message in the rule voice, the severity the config forces', () => {
    const linter = createLinter({ rules: { 'off-platform': 'error' }, scorer: true })
    // Reaches the same span through the engine with a hand-made scorer in place of the built-in one.
    const scorer = new Scorer(compileWeights(OFF, ids), [compiledOf(rule('off-platform'), 'error')])
    const [f] = additions(scorer, '有事找我威信')
    expect(f).toMatchObject({ ruleId: 'off-platform', severity: 'error', start: 0, end: 6, message: rule('off-platform').meta.messages![SCORED] })
    expect(linter.config.scorer).toBe(true)
  })

  it('the same reply gives the same additions and scores, whatever was scored before', () => {
    const s = offScorer()
    const first = additions(s, '有事找我威信')
    for (const other of ['威信威信威信', '你好', '', '信']) additions(s, other)
    expect(additions(s, '有事找我威信')).toEqual(first)
    expect(additions(offScorer(), '有事找我威信')).toEqual(first)
  })

  it('judge() counts exactly the features of model.mjs featureNames: every 1–3-gram of ^text$, the previous turn\'s 1–2-grams, the length bucket', () => {
    // Each feature weighs a distinct power of two (scale 1000), so z - bias names the set counted;
    // the bias keeps z far below 0, where the sigmoid gives z back exactly.
    const names = ['c^', 'c威', 'c信', 'c好', 'c$', 'c^威', 'c威信', 'c信好', 'c好$', 'c^威信', 'c威信好', 'c信好$', 'len4', 'prev', 'p在', 'p吗', 'p在吗', 'c好信', 'p吗在', 'c^$']
    const s = new Scorer(compileWeights(weightsFor('off-platform', Object.fromEntries(names.map((n, i) => [n, 2 ** i])), 0.5, -600), ids), [compiledOf(rule('off-platform'))])
    const counted = () => Math.round((Math.log(s.score(0) / (1 - s.score(0))) + 600) * 1000)
    const sum = (...ns: string[]) => ns.reduce((a, n) => a + 2 ** names.indexOf(n), 0)
    additions(s, '威信好')
    expect(counted()).toBe(sum(...names.slice(0, 13)))
    additions(s, '威信好', '在吗')
    expect(counted()).toBe(sum(...names.slice(0, 17)))
    // One character: ^威, 威$ and ^威$ are its 2- and 3-grams; 威$ and ^威$ weigh nothing here.
    additions(s, '威', '吗')
    expect(counted()).toBe(sum('c^', 'c威', 'c$', 'c^威', 'prev', 'p吗'))
  })

  it('a previous turn met again (its slots kept from the reply before) scores as on a fresh scorer', () => {
    const names = ['c威', 'c信', 'p在', 'p吗', 'p在吗', 'p好', 'prev']
    const make = () => new Scorer(compileWeights(weightsFor('off-platform', Object.fromEntries(names.map((n, i) => [n, 2 ** i])), 0.5, -600), ids), [compiledOf(rule('off-platform'))])
    const s = make()
    const fresh = (text: string, previous?: string) => {
      const f = make()
      additions(f, text, previous)
      return f.score(0)
    }
    for (const [text, previous] of [['威', '在吗'], ['信', '在吗'], ['威信', '好'], ['威', undefined], ['信', '在吗'], ['威信', '在吗好']] as const) {
      additions(s, text, previous)
      expect(s.score(0), `${text} after ${previous}`).toBe(fresh(text, previous))
    }
  })

  it('a feature counts once per reply, as in training: a repeated n-gram does not add up', () => {
    const s = offScorer()
    additions(s, '威信')
    const once = s.score(0)
    additions(s, '威信，威信，威信')
    expect(s.score(0)).toBeCloseTo(once + 0, 1)
  })

  it('no addition where the rule already flags the reply (error or warning); an info finding does not count', () => {
    const s = offScorer()
    const flagged = { ruleId: 'off-platform', severity: 'warning', start: 0, end: 1 } as Finding
    expect(additions(s, '有事找我威信', undefined, [flagged])).toEqual([])
    expect(additions(s, '有事找我威信', undefined, [{ ...flagged, severity: 'info' }])).toHaveLength(1)
  })

  it('an empty reply, or one below the threshold, gets nothing', () => {
    expect(additions(offScorer(), '')).toEqual([])
    expect(additions(offScorer(), '您好，在的')).toEqual([])
  })
})

describe('scorer gates: the speech acts the rules skip are skipped here too', () => {
  const traps: [string, string][] = [
    ['question', '您是要加我威信吗？'],
    ['question, A-not-A', '您是不是想加威信'],
    ['negation', '我们不会让您加威信'],
    ['negation, 无法', '这边无法加威信的'],
    ['advice to the customer', '请您认准平台，陌生人的威信别加'],
    ['warning to the customer', '提醒您注意，威信上联系的都不是我们'],
    ['quotation / mention', '您说的“威信”是指什么'],
    ['the shop owning a fault', '抱歉，是我们的疏忽，威信那条消息发错了'],
  ]
  for (const [kind, text] of traps) {
    it(`no addition on ${kind}: ${text}`, () => {
      expect(additions(offScorer(), text)).toEqual([])
    })
  }
  it('the same words stated plainly are added', () => {
    expect(additions(offScorer(), '加我威信发您')).toHaveLength(1)
  })
})

describe('scorer switch: config `scorer` (all, none, or a list of rules)', () => {
  it('is in the config schema (a boolean or rule ids) and resolved; by default competitor-disparagement and blame-customer', () => {
    expect(createLinter({ scorer: false }).config.scorer).toBe(false)
    expect(createLinter().config.scorer).toEqual(['competitor-disparagement', 'blame-customer', 'privacy-leak'])
    expect(createLinter({ scorer: true }).config.scorer).toBe(true)
    expect(createLinter({ scorer: ['review-manipulation', 'privacy-leak'] }).config.scorer).toEqual(['review-manipulation', 'privacy-leak'])
    expect(() => createLinter({ scorer: 'no' as unknown as boolean })).toThrow(ConfigError)
  })
  it('refuses a rule the weights do not cover, naming the entry and the rules it covers', () => {
    // sc23: blame-customer now has weights, so the uncovered example is curt-reply.
    expect(() => createLinter({ scorer: ['competitor-disparagement', 'curt-reply'] })).toThrow(
      'Invalid kefu-lint config:\nconfig.scorer.1: the scorer has no weights for "curt-reply"; expected one of off-platform, review-manipulation, privacy-leak, competitor-disparagement, blame-customer',
    )
  })
  // Our own wording: another seller's goods called refurbished, by a pointer the rule's lists do not read.
  const RUN_DOWN = '那边卖的都是翻新机，您买了后悔都来不及'
  const scored = (config: Parameters<typeof createLinter>[0]) =>
    createLinter(config)
      .lint(RUN_DOWN)
      .messages.map((m) => [m.ruleId, m.start, m.end, m.severity, m.message])
  const ADDITION = ['competitor-disparagement', 0, 9, 'warning', '统计评分判断：「那边卖的都是翻新机」像是在贬低其他商家（不是词表命中，请人工确认）；只介绍本店商品的优势和保障即可。']
  it('a core linter without the rules the weights know runs no scorer by default; asked for one, it is told why not', () => {
    const own = defineRule({
      meta: { id: 'shop/own', category: 'custom', description: { zh: '自有', en: 'own' }, defaultSeverity: 'warning', fixable: false },
      lexicon: { entries: [{ phrases: ['翻新机'] }] },
      create: () => ({}),
    })
    expect(createCore(undefined, [own]).lint(RUN_DOWN).messages.map((m) => [m.ruleId, m.actual])).toEqual([['shop/own', '翻新机']])
    expect(() => createCore({ scorer: ['competitor-disparagement'] }, [own])).toThrow('weights.rules.competitor-disparagement: unknown rule')
  })
  it('adds to competitor-disparagement by default and with the rule listed, not with false or another list', () => {
    expect(scored(undefined)).toEqual([ADDITION])
    expect(scored({ scorer: ['competitor-disparagement'] })).toEqual([ADDITION])
    expect(scored({ scorer: true })).toEqual([ADDITION])
    expect(scored({ scorer: false })).toEqual([])
    expect(scored({ scorer: [] })).toEqual([])
    expect(scored({ scorer: ['off-platform'] })).toEqual([])
  })
})
