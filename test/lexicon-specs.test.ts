import { describe, expect, it } from 'vitest'
import { builtinRules, type Profile } from '../src/index.js'
import { linterFor } from './support/harness.js'

// textlint-rule-prh style: every lexicon carries examples that must behave as stated. An
// entry limited to some profiles is checked under the first of them.
describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('lexicon specs of %s', (id, rule) => {
  const linters = new Map<Profile, ReturnType<typeof linterFor>>()
  const linter = (profile: Profile) => {
    let l = linters.get(profile)
    if (!l) linters.set(profile, (l = linterFor(id, { profile })))
    return l
  }
  const cases: { profile: Profile; flag: string[]; pass: string[] }[] = [
    { profile: 'marketplace', ...rule.lexicon.specs },
    ...rule.lexicon.entries.flatMap((e) =>
      e.specs ? [{ profile: e.profiles && !e.profiles.includes('marketplace') ? e.profiles[0]! : ('marketplace' as Profile), ...e.specs }] : [],
    ),
  ]
  const flag = cases.flatMap((c) => c.flag.map((text) => [text, c.profile] as const))
  const pass = cases.flatMap((c) => c.pass.map((text) => [text, c.profile] as const))

  it('has examples both ways', () => {
    expect(flag.length).toBeGreaterThan(0)
    expect(pass.length).toBeGreaterThan(0)
  })
  it.each(flag)('flags %s (%s)', (text, profile) => {
    expect(linter(profile).lint(text).messages.filter((m) => m.ruleId === id)).not.toEqual([])
  })
  it.each(pass)('passes %s (%s)', (text, profile) => {
    expect(linter(profile).lint(text).messages.filter((m) => m.ruleId === id)).toEqual([])
  })
})
