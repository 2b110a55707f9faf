import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRules, createLinter, defineRule, UnknownCueError, type LintContext, type RuleHooks } from '../src/index.js'
import { createLinter as createCore } from '../src/linter.js'

/**
 * A cue name a rule asks for and its lexicon lacks is a defect, not "no such word in this reply":
 * it used to come back as an empty list, silently switching off the check it guards. It now
 * fails when the linter is built for the names a rule declares (cueNames, scanWhenCues) and on
 * the first call otherwise, naming the rule and the cue.
 */

const meta = (id: string) => ({
  id,
  category: 'custom' as const,
  description: { zh: '颜色承诺', en: 'Colour promise' },
  defaultSeverity: 'warning' as const,
  fixable: false,
})

/** A plugin flagging 不褪色 unless a hedge word stands before it; its code reads `hedgeName`. */
const colourRule = (id: string, hooks: (hedgeName: string) => RuleHooks, hedgeName: string) =>
  defineRule({
    meta: meta(id),
    lexicon: { entries: [{ phrases: ['不褪色'] }], cues: { hedge: ['一般', '通常'] } },
    create: () => hooks(hedgeName),
  })
const judgeReading = (name: string): RuleHooks => ({
  judge: (f, ctx: LintContext) => (ctx.hasCue(name, 0, f.start) ? null : f),
})

describe('cue names declared by a rule are checked when the linter is built', () => {
  it('an unknown declared name fails createLinter, naming rule, field and the nearest declared cue', () => {
    const plugin = colourRule('shop/colour', (name) => ({ ...judgeReading(name), cueNames: [name] }), 'hegde')
    expect(() => createLinter({}, { plugins: [plugin] })).toThrow(UnknownCueError)
    expect(() => createLinter({}, { plugins: [plugin] })).toThrow(
      'Rule shop/colour: cueNames names no cue of its lexicon: hegde (did you mean "hedge"?)',
    )
  })

  it('declared names that exist build and read as before', () => {
    const plugin = colourRule('shop/colour', (name) => ({ ...judgeReading(name), cueNames: [name] }), 'hedge')
    const linter = createLinter({ rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off'])) }, { plugins: [plugin] })
    expect(linter.lint('这件一般不褪色').messages).toEqual([])
    expect(linter.lint('这件不褪色').messages.map((m) => `${m.ruleId} ${m.actual}`)).toEqual(['shop/colour 不褪色'])
  })

  it('a scan gated on an unknown cue fails the same way', () => {
    const rule = defineRule({
      meta: meta('local/gated'),
      lexicon: { entries: [{ phrases: ['不褪色'] }], cues: { hedge: ['一般'] } },
      create: () => ({ scan: () => [], scanWhenCues: ['hedges'] }),
    })
    expect(() => createCore(undefined, [rule])).toThrow('Rule local/gated: scanWhenCues names no cue of its lexicon: hedges (did you mean "hedge"?)')
  })
})

describe('an undeclared cue name asked for while linting fails on that call', () => {
  it('a plugin: the fenced hook reports the error on the reply, naming rule and cue', () => {
    const plugin = colourRule('shop/colour', judgeReading, 'hegde')
    const linter = createLinter({ rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off'])) }, { plugins: [plugin] })
    expect(linter.lint('这件一般不褪色').messages.map((m) => m.message)).toEqual([
      '插件规则 shop/colour 处理这条回复时出错：Rule shop/colour asked for cue "hegde" (did you mean "hedge"?), which its lexicon does not declare (declare it under `cues:` or fix the name)',
    ])
    // A reply that never reaches the hook is linted as usual.
    expect(linter.lint('欢迎光临').messages).toEqual([])
  })

  it('a rule given to the core linter: lint throws UnknownCueError, for cues, hasCue and previousHasCue alike', () => {
    const asking = (read: (ctx: LintContext) => unknown) =>
      createCore(undefined, [
        defineRule({
          meta: meta('local/asks'),
          lexicon: { entries: [{ phrases: ['不褪色'] }], cues: { hedge: ['一般'] } },
          create: () => ({ judge: (f, ctx) => (read(ctx), f) }),
        }),
      ])
    const message = 'Rule local/asks asked for cue "colour", which its lexicon does not declare (declare it under `cues:` or fix the name)'
    for (const read of [(ctx: LintContext) => ctx.cues('colour'), (ctx: LintContext) => ctx.hasCue('colour', 0, 3), (ctx: LintContext) => ctx.previousHasCue('colour')]) {
      const linter = asking(read)
      expect(() => linter.lint('这件不褪色', { previous: '会褪色吗' })).toThrow(message)
      expect(() => linter.lint('这件不褪色')).toThrow(UnknownCueError)
      // Known names keep answering: the check costs nothing when the name is right.
      expect(asking((ctx) => ctx.hasCue('hedge', 0, 3)).lint('这件不褪色').messages).toHaveLength(1)
    }
  })
})

describe('no built-in rule trips the check', () => {
  const declared = new Map(builtinRules.map((r) => [r.meta.id, new Set(Object.keys(r.lexicon.cues))]))

  it('every cue name written literally in a rule folder\'s cue look-ups is one its lexicon declares', () => {
    // ctx.cues('x'), ctx.hasCue('x', …), ctx.previousHasCue('x'), cuesWithin(ctx, 'x', …) and the
    // other helpers of src/context/cues.ts; a ternary of names (strong ? 'a' : 'b') counts both.
    const call = /\b(?:cues|hasCue|previousHasCue|cuesWithin|firstCue|lastCue|cueFrom|cueTo|cueStartsWithin)\(\s*(?:ctx\s*,\s*)?([^,()]+)/g
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []))
    let checked = 0
    const unknown: string[] = []
    for (const rule of builtinRules) {
      const names = declared.get(rule.meta.id)!
      for (const file of files(join('rules', rule.meta.id))) {
        for (const m of readFileSync(file, 'utf8').matchAll(call)) {
          for (const [, name] of m[1]!.matchAll(/'([A-Za-z]\w*)'/g)) {
            checked++
            if (!names.has(name!)) unknown.push(`${file}: ${name}`)
          }
        }
      }
    }
    expect(unknown).toEqual([])
    expect(checked).toBeGreaterThan(300)
  })

  it('linting the whole dev pool, with and without the previous turn, in every profile, throws nothing', () => {
    const dir = 'fixtures/eval'
    const replies = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as { text: string; previous?: string })
    expect(replies.length).toBeGreaterThan(5000)
    for (const profile of ['marketplace', 'zh-TW', 'strict'] as const) {
      const linter = createLinter({ profile })
      for (const { text, previous } of replies) {
        linter.lint(text)
        if (previous) linter.lint(text, { previous })
      }
    }
  })
})
