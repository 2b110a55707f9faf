import { describe, expect, it } from 'vitest'
import { builtinRules, type Profile } from '../src/index.js'
import { specCase, type SpecExample } from '../src/lexicon/schema.js'
import { linterFor } from './support/harness.js'

// textlint-rule-prh style: every lexicon carries examples that must behave as stated. An
// entry limited to some profiles is checked under the first of them. An example may give the
// customer's previous message, and the span (`actual`) and severity its finding must have.
describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('lexicon specs of %s', (id, rule) => {
  const linters = new Map<Profile, ReturnType<typeof linterFor>>()
  const linter = (profile: Profile) => {
    let l = linters.get(profile)
    if (!l) linters.set(profile, (l = linterFor(id, { profile })))
    return l
  }
  const cases: { profile: Profile; flag: SpecExample[]; pass: SpecExample[] }[] = [
    { profile: 'marketplace', ...rule.lexicon.specs },
    ...rule.lexicon.entries.flatMap((e) =>
      e.specs ? [{ profile: e.profiles && !e.profiles.includes('marketplace') ? e.profiles[0]! : ('marketplace' as Profile), ...e.specs }] : [],
    ),
  ]
  const label = (x: SpecExample) => (typeof x === 'string' ? x : `${x.previous ? `${x.previous} → ` : ''}${x.text}`)
  const flag = cases.flatMap((c) => c.flag.map((x) => [label(x), c.profile, specCase(x)] as const))
  const pass = cases.flatMap((c) => c.pass.map((x) => [label(x), c.profile, specCase(x)] as const))
  const found = (profile: Profile, x: ReturnType<typeof specCase>) =>
    linter(profile)
      .lint(x.text, x.previous ? { previous: x.previous } : undefined)
      .messages.filter((m) => m.ruleId === id)

  it('has examples both ways', () => {
    expect(flag.length).toBeGreaterThan(0)
    expect(pass.length).toBeGreaterThan(0)
  })
  it.each(flag)('flags %s (%s)', (_, profile, x) => {
    const messages = found(profile, x)
    expect(messages).not.toEqual([])
    if (x.span !== undefined) expect(messages.map((m) => m.actual)).toContain(x.span)
    if (x.severity !== undefined) expect(messages.map((m) => m.severity)).toContain(x.severity)
  })
  it.each(pass)('passes %s (%s)', (_, profile, x) => {
    expect(found(profile, x)).toEqual([])
  })
})
