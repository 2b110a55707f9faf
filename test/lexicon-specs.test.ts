import { describe, expect, it } from 'vitest'
import { builtinRules } from '../src/index.js'
import { linterFor } from './support/harness.js'

// textlint-rule-prh style: every lexicon carries examples that must behave as stated.
describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('lexicon specs of %s', (id, rule) => {
  const linter = linterFor(id)
  const cases = [rule.lexicon.specs, ...rule.lexicon.entries.map((e) => e.specs)].filter((s) => s !== undefined)
  const flag = cases.flatMap((s) => s.flag)
  const pass = cases.flatMap((s) => s.pass)

  it('has examples both ways', () => {
    expect(flag.length).toBeGreaterThan(0)
    expect(pass.length).toBeGreaterThan(0)
  })
  it.each(flag)('flags %s', (text) => {
    expect(linter.lint(text).messages.filter((m) => m.ruleId === id)).not.toEqual([])
  })
  it.each(pass)('passes %s', (text) => {
    expect(linter.lint(text).messages.filter((m) => m.ruleId === id)).toEqual([])
  })
})
