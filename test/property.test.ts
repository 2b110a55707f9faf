import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyFixes, builtinRules, createLinter, type ConfigInput, type LintMessage, type Linter } from '../src/index.js'
import { loadEnglishSpell } from '../src/node.js'
import { Automaton, isLatinAlnum } from '../src/match/automaton.js'
import { IGNORABLE, normalize, normalizePhrase } from '../src/normalize/normalize.js'
import { specCase } from '../src/lexicon/schema.js'

/**
 * Properties that hold for ANY input: lint never throws, every span is in bounds and reads
 * back as `actual`, positions agree with offsets, output is sorted and deterministic, and
 * fixes remove what they fix. Inputs mix lexicon phrases (in Simplified, Traditional,
 * full-width and upper-case forms) with random Unicode, lone surrogates, emoji, combining
 * marks, invisible characters and line breaks, so hits land next to every kind of noise.
 */

const spell = loadEnglishSpell()

// Custom substitutions with safe fixes, so `fix` has work to do whatever the built-in rules offer.
const custom: NonNullable<ConfigInput['custom']> = [
  { id: 'shop/polite-you', kind: 'substitution', swap: { 你: '您' }, exceptions: ['你们', '迷你'], fixable: true },
  { id: 'shop/plain-words', kind: 'substitution', swap: { 酱紫: '这样', 木有: '没有', 灰常: '非常', OK: '好的' }, fixable: true },
]
const linters: Linter[] = [
  createLinter({ spell, custom }),
  createLinter({ spell, custom, profile: 'zh-TW', locale: 'en' }),
  createLinter({ spell, profile: 'strict', allow: ['正品保证'] }),
]

const lexiconWords = [
  ...new Set(
    builtinRules.flatMap((r) => [
      ...r.lexicon.entries.flatMap((e) => [...e.phrases, ...e.exceptions, ...e.notBefore, ...e.notAfter]),
      ...Object.values(r.lexicon.cues).flat(),
      ...r.lexicon.specs.flag.map((x) => specCase(x).text),
      ...r.lexicon.specs.pass.map((x) => specCase(x).text),
    ]),
  ),
  '你', '你们', '迷你', '酱紫', '木有', '灰常', 'OK', 'ok', 'yyds', 'nb', 'nba', '666', '16666', '100%', 'NFC', 'SKU', 'Type-C',
]

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const TRADITIONAL: Record<string, string> = { 证: '證', 对: '對', 会: '會', 绝: '絕', 这: '這', 发: '發', 货: '貨', 说: '說', 过: '過', 没: '沒', 顶: '頂', 级: '級', 无: '無', 为: '為', 问: '問', 题: '題' }
const toTraditional = (s: string) => s.replace(/./gu, (c) => TRADITIONAL[c] ?? c)

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
const special = fc.constantFrom(
  '\n', '\r\n', '\r', '\u2028', '\t', ' ', '\u3000', '\u200b', '\u200d', '\ufeff', '\ufe0f', '\u00ad', '\u0000',
  '\u0301', '\u0308', '😊', '👍🏻', '👨‍👩‍👧', '🇨🇳', '，', '。', '！', '？', '~', '…', '、', '：', '吗', '呢', '不', '请', '您', '我们',
)
const phrase = fc
  // An index into the words, not constantFrom(...lexiconWords): spreading the whole lexicon as arguments overflows the
  // call stack once it grows past ~120k words (cb25). The same uniform draw over the same words.
  .tuple(fc.integer({ min: 0, max: lexiconWords.length - 1 }).map((i) => lexiconWords[i]!), fc.constantFrom('plain', 'traditional', 'full', 'upper'))
  .map(([w, form]) => (form === 'traditional' ? toTraditional(w) : form === 'full' ? toFullWidth(w) : form === 'upper' ? w.toUpperCase() : w))
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: codeUnit, maxLength: 4 }),
  loneSurrogate,
)
/** Words with noise between them: the inputs where spans and context checks can go wrong. */
const mixedOf = (words: fc.Arbitrary<string>) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 2, arbitrary: special }, { weight: 2, arbitrary: noise }), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.join(''))
const mixed = mixedOf(phrase)
/** The same, richer in words some rule fixes safely. */
const fixable = mixedOf(fc.oneof(phrase, fc.constantFrom('你', '酱紫', '木有', '灰常', 'OK', 'hhh', '尊嘟假嘟', '有木有', '康康', '好滴', '神马')))
const anyText = fc.oneof(
  { weight: 6, arbitrary: mixed },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, special), maxLength: 50 }) },
)
/** An index, so a counterexample prints as a number rather than a whole linter. */
const linterArb = fc.constantFrom(...linters.keys())

/**
 * 1-based line/column of UTF-16 offsets, with \n, \r\n and a lone \r as line breaks: an
 * independent reading of the text, not the library's own.
 */
function positions(text: string): (offset: number) => [number, number] {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    if (c === 10 || c === 13) lineStarts.push(i + 1)
  }
  return (offset) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return [lo + 1, offset - lineStarts[lo]! + 1]
  }
}

function checkMessages(text: string, messages: readonly LintMessage[]): void {
  const reference = positions(text)
  let previous: LintMessage | undefined
  for (const m of messages) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true)
    expect(m.start).toBeGreaterThanOrEqual(0)
    expect(m.end).toBeGreaterThan(m.start)
    expect(m.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(m.start, m.end)).toBe(m.actual)
    expect([m.line, m.column]).toEqual(reference(m.start))
    expect([m.endLine, m.endColumn]).toEqual(reference(m.end))
    expect(['error', 'warning', 'info']).toContain(m.severity)
    expect(typeof m.message).toBe('string')
    expect(m.message.length).toBeGreaterThan(0)
    expect(Array.isArray(m.expected)).toBe(true)
    if (m.fix) {
      expect(m.fix.start).toBeGreaterThanOrEqual(0)
      expect(m.fix.end).toBeLessThanOrEqual(text.length)
      expect(m.fix.start).toBeLessThanOrEqual(m.fix.end)
      expect(typeof m.fix.text).toBe('string')
    }
    if (previous) expect(previous.start < m.start || (previous.start === m.start && previous.end <= m.end)).toBe(true)
    previous = m
  }
}

/**
 * One pass of fixes, then the problems they fixed must be gone from the new text: no message
 * of the same rule with the same `actual` where the fix was put.
 */
function checkFixPass(linter: Linter, text: string): number {
  const { messages } = linter.lint(text)
  const { output } = applyFixes(text, messages)
  const fixes = messages.filter((m) => m.fix).sort((a, b) => a.fix!.start - b.fix!.start || a.fix!.end - b.fix!.end)
  let cursor = 0
  let shift = 0
  const fixedAt: { ruleId: string; actual: string; start: number }[] = []
  for (const m of fixes) {
    const f = m.fix!
    if (f.start < cursor) continue
    fixedAt.push({ ruleId: m.ruleId, actual: m.actual, start: f.start + shift })
    shift += f.text.length - (f.end - f.start)
    cursor = f.end
  }
  const after = linter.lint(output).messages
  for (const fixed of fixedAt) {
    expect(after.filter((m) => m.ruleId === fixed.ruleId && m.start === fixed.start && m.actual === fixed.actual)).toEqual([])
  }
  return fixedAt.length
}

describe('lint: properties over any string', () => {
  it('never throws; spans, positions and order are right; results are deterministic', () => {
    let withMessages = 0
    fc.assert(
      fc.property(linterArb, anyText, fc.option(anyText, { nil: undefined }), (which, text, previous) => {
        const linter = linters[which]!
        const first = linter.lint(text, previous === undefined ? undefined : { previous })
        if (first.messages.length) withMessages++
        checkMessages(text, first.messages)
        expect(linter.lint(text, previous === undefined ? undefined : { previous })).toEqual(first)
      }),
      { numRuns: 600 },
    )
    // The inputs must exercise the reporting path, not only the empty one.
    expect(withMessages).toBeGreaterThan(100)
  })

  it('finds the lexicon phrase however it is written, with the span in the original text', () => {
    const linter = linters[0]!
    fc.assert(
      fc.property(fc.constantFrom('保证', '绝对', '肯定'), fc.constantFrom('plain', 'traditional', 'full', 'zero-width'), (word, form) => {
        const written = form === 'traditional' ? toTraditional(word) : form === 'full' ? toFullWidth(word) : form === 'zero-width' ? word[0] + '\u200b' + word.slice(1) : word
        const text = `亲，这款${written}不会掉色的`
        const hits = linter.lint(text).messages.filter((m) => m.ruleId === 'absolute-promise')
        expect(hits.map((m) => [m.actual, m.start, m.end])).toEqual([[written, 4, 4 + written.length]])
      }),
    )
  })

  it('handles very long replies (~100k characters) of phrases and noise', () => {
    fc.assert(
      fc.property(linterArb, mixed.filter((s) => s.length > 0), (which, chunk) => {
        const linter = linters[which]!
        const text = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000)
        const { messages } = linter.lint(text)
        checkMessages(text, messages)
      }),
      { numRuns: 6 },
    )
  })
})

describe('fix: properties over any string', () => {
  it('never throws, and its messages are those of its output', () => {
    fc.assert(
      fc.property(linterArb, fc.oneof(anyText, fixable), (which, text) => {
        const linter = linters[which]!
        const result = linter.fix(text)
        expect(typeof result.output).toBe('string')
        expect(result.messages).toEqual(linter.lint(result.output).messages)
        checkMessages(result.output, result.messages)
        if (result.fixed === 0) expect(result.output).toBe(text)
      }),
      { numRuns: 400 },
    )
  })

  it('removes the problems it fixes', () => {
    let fixedRuns = 0
    fc.assert(
      fc.property(linterArb, fixable, (which, text) => {
        if (checkFixPass(linters[which]!, text) > 0) fixedRuns++
      }),
      { numRuns: 400 },
    )
    expect(fixedRuns).toBeGreaterThan(120)
  })

  it('does fix something on inputs made for it (the property above is not vacuous)', () => {
    const linter = linters[0]!
    const result = linter.fix('你好，酱紫的话木有问题，灰常好用')
    expect(result.fixed).toBeGreaterThan(0)
    expect(result.output).toBe('您好，这样的话没有问题，非常好用')
    expect(checkFixPass(linter, '你好，酱紫的话木有问题')).toBe(3)
  })
})

describe('automaton: the same occurrences as a naive search', () => {
  // Few distinct characters and shared prefixes, so nodes get many children (wide nodes are
  // searched by bisection) and failure links are exercised; Latin edges test token bounds.
  const unit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789保证一定不会', 'Ａ', 'Ｂ')
  const pattern = fc
    .tuple(fc.constantFrom('', 'x', 'ab', '保'), fc.string({ unit, minLength: 1, maxLength: 3 }))
    .map(([prefix, rest]) => prefix + rest)
  // Texts made of pattern-like pieces, so most steps go deep into the trie.
  const textUnit = fc.oneof(
    { weight: 4, arbitrary: pattern },
    { weight: 4, arbitrary: unit },
    { weight: 1, arbitrary: fc.constantFrom('x', '\u200b', '\ufe0f', ' ', '，') },
  )

  /** Every occurrence of every pattern over the visible code units, with the library's token rule. */
  function naive(patterns: string[], codes: Uint16Array): string[] {
    const at: number[] = []
    for (let i = 0; i < codes.length; i++) if (codes[i] !== IGNORABLE) at.push(i)
    const visible = String.fromCharCode(...at.map((i) => codes[i]!))
    const out: string[] = []
    patterns.forEach((p, id) => {
      for (let k = visible.indexOf(p); k >= 0; k = visible.indexOf(p, k + 1)) {
        const before = k > 0 ? visible.charCodeAt(k - 1) : -1
        const after = k + p.length < visible.length ? visible.charCodeAt(k + p.length) : -1
        if (isLatinAlnum(p.charCodeAt(0)) && isLatinAlnum(before)) continue
        if (isLatinAlnum(p.charCodeAt(p.length - 1)) && isLatinAlnum(after)) continue
        out.push(`${id}:${at[k]}:${at[k + p.length - 1]! + 1}`)
      }
    })
    return out.sort()
  }

  it('finds every child of a wide node (16 edges after x)', () => {
    const automaton = new Automaton()
    const letters = [...'abcdefghijklmnop']
    for (const c of letters) automaton.add('x' + c)
    automaton.build()
    for (const [id, c] of letters.entries()) {
      const found: number[][] = []
      const { codes, hasIgnorable } = normalize(`-x${c}-`)
      automaton.scan(codes, hasIgnorable, (p, start, end) => void found.push([p, start, end]))
      expect(found).toEqual([[id, 1, 3]])
    }
  })

  it('reports exactly the naive occurrences, in order of end offset', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 20, maxLength: 80 }), fc.string({ unit: textUnit, maxLength: 60 }), (raw, text) => {
        // The linter adds normalised phrases; so does this test.
        const automaton = new Automaton()
        const patterns: string[] = []
        for (const p of raw.map(normalizePhrase)) if (automaton.add(p) === patterns.length) patterns.push(p)
        automaton.build()
        const { codes, hasIgnorable } = normalize(text)
        const found: string[] = []
        let lastEnd = 0
        automaton.scan(codes, hasIgnorable, (id, start, end) => {
          expect(end).toBeGreaterThanOrEqual(lastEnd)
          lastEnd = end
          found.push(`${id}:${start}:${end}`)
        })
        expect(found.sort()).toEqual(naive(patterns, codes))
      }),
      { numRuns: 1500 },
    )
  })
})

