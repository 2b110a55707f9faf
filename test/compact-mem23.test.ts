import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtinRules, createLinter, defineRule, normalizePhrase, type LintContext } from '../src/index.js'
import { Automaton } from '../src/match/automaton.js'
import { normalize } from '../src/normalize/normalize.js'
import { parseVocab, vocab } from '../src/vocab/index.js'
import { precompiled } from '../src/lexicon/precompiled.js'
import classesData from '../src/vocab/classes.yaml'

/**
 * mem23: the compiled form of the lexicons is compact (one string per phrase, payloads as flat
 * rows grouped by pattern, an automaton built from typed columns that lets its phrase strings
 * go). These tests pin the behaviour of those code paths: what is matched, with which span, and
 * which payloads of one pattern (phrase of several entries and rules, exception, cue, allow)
 * still reach their own entry or rule.
 */

/** normalizePhrase as it was written before it returned normal phrases unchanged. */
function reference(phrase: string): string {
  let out = ''
  const { codes } = normalize(phrase)
  for (const c of codes) if (c !== 0) out += String.fromCharCode(c)
  return out
}

describe('normalizePhrase: an already normal phrase comes back as it is, others as before', () => {
  const pieces = ['包', '邮', '保', '證', 'ＡＢＣ', 'abc', 'Yyds', '！', '!', '\u3000', ' ', '\u200b', '\ufe0f', '\u00ad', '\0', '😀', '\ud83d', '，', '１２３', '退']
  it('agrees with the character-by-character form on mixed text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const phrase = parts.join('')
        expect(normalizePhrase(phrase)).toBe(reference(phrase))
      }),
      { numRuns: 400 },
    )
  })
  it('leaves a normal phrase as written and is idempotent', () => {
    for (const p of ['包您满意', '比我们慢多了', 'yyds', '100%正品']) expect(normalizePhrase(p)).toBe(p)
    for (const p of ['包您满意！', 'ＹＹＤＳ', '保\u200b证']) expect(normalizePhrase(normalizePhrase(p))).toBe(normalizePhrase(p))
  })
})

describe('Automaton built from sorted phrases in typed columns', () => {
  /** Every (phrase, start, end) found by brute force, in the order scan reports them. */
  const naive = (phrases: readonly string[], text: string) => {
    const out: [number, number, number][] = []
    for (let end = 1; end <= text.length; end++) {
      const here: [number, number, number][] = []
      phrases.forEach((p, id) => {
        if (end >= p.length && text.slice(end - p.length, end) === p) here.push([id, end - p.length, end])
      })
      // scan reports the longest pattern of a node first (its own, then its failure chain).
      here.sort((a, b) => a[1] - b[1])
      out.push(...here)
    }
    return out
  }
  it('finds what a brute-force search finds, whatever the order of add()', () => {
    const alphabet = fc.constantFrom('包', '退', '换', '邮', '包退', '退换', '货')
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join('')), { minLength: 1, maxLength: 12 }),
        fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')),
        (phrases, text) => {
          const a = new Automaton()
          const ids = phrases.map((p) => a.add(p))
          expect(a.size).toBe(new Set(phrases).size)
          a.build()
          expect(a.size).toBe(new Set(phrases).size)
          const got: [number, number, number][] = []
          const { codes, hasIgnorable } = normalize(text)
          a.scan(codes, hasIgnorable, (p, s, e) => got.push([p, s, e]))
          const want = naive(phrases, text).map(([p, s, e]) => [ids[p]!, s, e] as [number, number, number])
          expect(got).toEqual(want)
        },
      ),
      { numRuns: 300 },
    )
  })
  it('a second build() changes nothing, and add() after build() is refused', () => {
    const a = new Automaton()
    a.add('包退')
    a.add('包')
    a.build()
    a.build()
    const got: number[][] = []
    const { codes, hasIgnorable } = normalize('七天包退')
    a.scan(codes, hasIgnorable, (p, s, e) => got.push([p, s, e]))
    expect(got).toEqual([
      [1, 2, 3],
      [0, 2, 4],
    ])
    expect(() => a.add('换')).toThrow('add() after build()')
  })
})

const meta = (id: string) => ({
  id,
  category: 'custom' as const,
  description: { zh: '测试', en: 'Test' },
  defaultSeverity: 'warning' as const,
  fixable: false,
})
const allBuiltinsOff = Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off' as const]))

describe('payloads of one pattern reach their own entry and rule', () => {
  // Rule A: a composed class (competitor.worse.than.us: 比我们 × 慢 × 多了…) as phrases, with an
  // exception; a second entry of A on one of the same phrases with its own severity.
  const ruleA = defineRule({
    meta: meta('shop/worse'),
    lexicon: {
      entries: [
        { phrases: ['@competitor.worse.than.us'], exceptions: ['比我们慢多了吗'] },
        { phrases: ['比本店差'], severity: 'error' },
      ],
      cues: { margin: ['一大截'] },
    },
    create: () => ({
      cueNames: ['margin'],
      // The cue (also a composed phrase's tail) is read, so cue payloads on phrase patterns count.
      judge: (f, ctx: LintContext) => (ctx.hasCue('margin', f.start, f.end) ? { ...f, severity: 'info' } : f),
    }),
  })
  // Rule B: the same words as a plain phrase list, so every pattern carries payloads of two rules.
  const ruleB = defineRule({
    meta: meta('shop/worse-plain'),
    lexicon: { entries: [{ phrases: ['比我们慢多了', '比本店差'] }] },
  })
  const linter = createLinter({ rules: { ...allBuiltinsOff, 'shop/worse': { allow: ['比本店差一截'] } }, allow: ['比我家慢得多'] }, { plugins: [ruleA, ruleB] })
  const found = (text: string) => linter.lint(text).messages.map((m) => `${m.ruleId} ${m.severity} ${m.actual} ${m.start}-${m.end}`)

  it('every word of the composed class is matched over its whole length', () => {
    const words = vocab.get('competitor.worse.than.us')!
    expect(words.length).toBeGreaterThan(1000)
    // A spread of the product, first, last and every 97th.
    const sample = [words[0]!, words[words.length - 1]!, ...words.filter((_, i) => i % 97 === 0)]
    for (const w of sample) {
      const text = `那家的${w}，您放心`
      const ours = linter.lint(text).messages.filter((m) => m.ruleId === 'shop/worse')
      expect(ours.length, w).toBe(1)
      expect(ours[0]!.actual, w).toBe(w)
      expect(ours[0]!.start, w).toBe(3)
    }
  })
  it('two rules on one pattern both report; an exception silences its own entry only', () => {
    expect(found('那家比我们慢多了')).toEqual(['shop/worse warning 比我们慢多了 2-8', 'shop/worse-plain warning 比我们慢多了 2-8'])
    expect(found('那家比我们慢多了吗')).toEqual(['shop/worse-plain warning 比我们慢多了 2-8'])
  })
  it("a rule's allow list silences that rule only; the config's allow list every rule", () => {
    expect(found('那家比本店差一截')).toEqual(['shop/worse-plain warning 比本店差 2-6'])
    expect(found('那家比本店差')).toEqual(['shop/worse warning 比本店差 2-6', 'shop/worse error 比本店差 2-6', 'shop/worse-plain warning 比本店差 2-6'])
    expect(found('那家比我家慢得多')).toEqual([])
  })
  it('a cue inside a phrase is seen by the rule that declares it', () => {
    expect(found('那家比我们差一大截')).toEqual(['shop/worse info 比我们差一大截 2-9'])
  })
})

describe('word classes resolved on first look-up (the Node builds, whose classes come precompiled)', () => {
  const small = {
    classes: {
      'a.first': { description: 'x', words: ['甲', '@b.made'] },
      'b.made': { description: 'x', compose: [['乙', '丙'], ['', '丁', '@d.tail']] },
      'c.after': { description: 'x', words: ['@b.made', '戊'], compose: [['@a.first'], ['己']] },
      'd.tail': { description: 'x', words: ['庚', '辛'] },
    },
  }
  it('answers every class, its words and the order of names as the eager resolution does', () => {
    const eager = parseVocab(structuredClone(small), 'small')
    const lazy = parseVocab(precompiled({ data: structuredClone(small) }), 'small')
    expect(lazy.get('c.after')).toEqual(eager.get('c.after'))
    expect(lazy.get('nope')).toBeUndefined()
    expect(lazy.has('d.tail')).toBe(true)
    expect(lazy.size).toBe(eager.size)
    expect([...lazy.keys()]).toEqual([...eager.keys()])
    expect([...lazy]).toEqual([...eager])
  })
  it('the shipped classes: the same words, in the same order, as the eager parse', () => {
    const lazy = parseVocab(precompiled({ data: structuredClone(classesData) as object }), 'src/vocab/classes.yaml')
    expect([...lazy.keys()]).toEqual([...vocab.keys()])
    for (const [name, words] of vocab) expect(lazy.get(name), name).toEqual(words)
  })
})
