import { describe, expect, it } from 'vitest'
import { builtinRules } from '../src/index.js'
import { docExamples, linterFor } from './support/harness.js'

// Every rule's doc page is executable: ✗ examples must be flagged, ✓ examples must not.
describe.each(builtinRules.map((r) => r.meta.id))('docs of %s', (id) => {
  const linter = linterFor(id)
  const { incorrect, correct } = docExamples(id)
  it('shows bad and good examples', () => {
    expect(incorrect.length).toBeGreaterThanOrEqual(3)
    expect(correct.length).toBeGreaterThanOrEqual(3)
  })
  it.each(incorrect)('✗ %s', (text) => {
    expect(linter.lint(text).messages.map((m) => m.ruleId)).toContain(id)
  })
  it.each(correct)('✓ %s', (text) => {
    expect(linter.lint(text).messages.filter((m) => m.ruleId === id)).toEqual([])
  })
})
