import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

/**
 * Long replies with thousands of findings in one sentence (a pasted block without stops, a flood of one phrase):
 * every finding is read, with its span. Each of these inputs once made lint quadratic or worse in the number of
 * findings (a fuzzed 100k-character reply of 包准，、 in test/property.test.ts ran for minutes); the sizes here keep the
 * suite quick, bench/bench.mjs measures the cost per character at 10k and 100k.
 */
const cases: { name: string; unit: string; repeat: number; profile?: 'zh-TW'; rule: string; actual: string }[] = [
  // absolute-promise: a pledge in one sentence with every promise before it (its example carried them all).
  { name: 'a pledge word after commas', unit: '包准，、', repeat: 4000, profile: 'zh-TW', rule: 'absolute-promise', actual: '包准' },
  // absolute-promise: one finding per span among overlapping implicit readings (each met every later finding).
  { name: 'an outcome promise and 放心', unit: '不会掉色的，放心', repeat: 3000, rule: 'absolute-promise', actual: '不会掉色' },
  // competitor-disparagement: the speech and warning words before a claim (each searched to the end of the text).
  { name: 'a claim about other shops', unit: '别家都是假货，', repeat: 3000, rule: 'competitor-disparagement', actual: '别家都是假货' },
  // curt-reply: 怪谁 read for the buyer's doing told before it (each walked the reply from its start).
  { name: 'whom to blame, again and again', unit: '慢了怪谁，', repeat: 2000, rule: 'curt-reply', actual: '怪谁' },
  // curt-reply: a whole-reply grunt asked whether only fillers stand around it (each walked the whole reply).
  { name: 'a grunt, again and again', unit: '哦，', repeat: 3000, rule: 'curt-reply', actual: '哦' },
]

describe('long replies: every finding, bounded work per finding', () => {
  it.each(cases)('$name × $repeat', ({ unit, repeat, profile, rule, actual }) => {
    // All rules run: each of them reads the whole reply; the one named is the one whose findings are counted.
    const linter = createLinter(profile ? { profile } : {})
    const text = unit.repeat(repeat)
    const found = linter.lint(text).messages.filter((m) => m.ruleId === rule)
    expect(found.length).toBe(repeat)
    const offset = unit.indexOf(actual)
    expect(found.map((m) => m.actual)).toEqual(Array(repeat).fill(actual))
    expect(found.map((m) => m.start)).toEqual(Array.from({ length: repeat }, (_, i) => i * unit.length + offset))
  })
})
