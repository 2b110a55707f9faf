import { describe, expect, it } from 'vitest'
import { createLinter, builtinRules } from '../src/index.js'
import { toldPressedOnBuyer } from '../rules/shared/told.js'

/**
 * A told-you-so (都说了…, 我已经回答过了) is read once, by rules/shared/told.ts: pressed on the buyer it is
 * blame-customer's reproach, bare it is curt-reply's impatience. Each reply below is reported by exactly
 * the rule named, on exactly that span, and never by both or by neither. The edges are the places the two
 * rules' old predicates disagreed (得 after it, a refusal after it, the words before 您, a greeting, a
 * question ended by 。).
 */
const both = (() => {
  const rules: Record<string, 'off'> = {}
  for (const r of builtinRules) if (r.meta.id !== 'blame-customer' && r.meta.id !== 'curt-reply') rules[r.meta.id] = 'off'
  return createLinter({ rules })
})()

type Case = readonly [text: string, ruleId: 'blame-customer' | 'curt-reply', actual: string]

const cases: Case[] = [
  // Bare: nobody told, nothing pressed — the agent's impatience.
  ['都说了下周一发，等着就行', 'curt-reply', '都说了'],
  ['这个我已经回复过了', 'curt-reply', '已经回复过了'],
  // The buyer as the one asked or served, not the one held to account (麻烦您 / 建议您 / 让您 / 给您 / 跟您).
  ['已经说过了，麻烦您耐心等一下', 'curt-reply', '已经说过了'],
  ['都说了周三发，建议您再耐心等两天', 'curt-reply', '都说了'],
  ['都说了周三发，让您久等了', 'curt-reply', '都说了'],
  ['都说了周三发，到时候给您发短信', 'curt-reply', '都说了'],
  ['已经回答过了，跟您讲的是五到七天', 'curt-reply', '已经回答过了'],
  // A greeting, the buyer addressed, other buyers: nobody pressed.
  ['您好，我这边已经回复过了', 'curt-reply', '已经回复过了'],
  ['亲，都说了周五统一发', 'curt-reply', '都说了'],
  ['都说了周五统一发，其他买家也都在等', 'curt-reply', '都说了'],
  // Pressed: the buyer named as one who acts.
  ['都说了要排队，你一直催也快不了', 'blame-customer', '都说了'],
  // Pressed: asked back, with or without a question mark, mid-reply or at the end.
  ['都说了周五发？', 'blame-customer', '都说了'],
  ['我已经说过了，没看到吗。周五统一发', 'blame-customer', '已经说过了'],
  // Pressed: backing a refusal or a denial.
  ['我已经说过了，特价款不退不换', 'blame-customer', '已经说过了'],
  ['已经回复过了，这种情况没办法退', 'blame-customer', '已经回复过了'],
  // Pressed: stressed by 得 (a manner complement or "must").
  ['前面已经说得很明白了', 'blame-customer', '前面已经说得很明白'],
]

describe('a told-you-so is blame-customer\'s when pressed on the buyer, curt-reply\'s when bare', () => {
  it.each(cases)('%s → %s', (text, ruleId, actual) => {
    const found = both
      .lint(text)
      .messages.filter((m) => m.severity !== 'info' && (m.ruleId === 'blame-customer' || m.ruleId === 'curt-reply'))
      .map((m) => [m.ruleId, m.actual, m.start])
    expect(found).toEqual([[ruleId, actual, text.indexOf(actual)]])
  })
})

describe('toldPressedOnBuyer reads only the cues both lexicons declare', () => {
  it('is false for a reply with no cue and no question', () => {
    const ctx = { text: '都说了周五发', previous: undefined, cues: () => [], hasCue: () => false } as never
    expect(toldPressedOnBuyer(ctx, { start: 0, end: 3 })).toBe(false)
  })
  it('is true for 得 right after the phrase, before any cue is read', () => {
    const ctx = { text: '上面已经说得很清楚', previous: undefined, cues: () => [], hasCue: () => false } as never
    expect(toldPressedOnBuyer(ctx, { start: 0, end: 5 })).toBe(true)
  })
})
