import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { createLinter, builtinRules, type ConfigInput, type LintMessage } from '../../src/index.js'
import { loadEnglishSpell } from '../../src/node.js'

/** A linter with only `ruleId` enabled (plus whatever `config` adds). */
export function linterFor(ruleId: string, config: ConfigInput = {}) {
  const rules: NonNullable<ConfigInput['rules']> = {}
  for (const r of builtinRules) if (r.meta.id !== ruleId) rules[r.meta.id] = 'off'
  return createLinter({ spell: loadEnglishSpell(), ...config, rules: { ...rules, ...config.rules } })
}

/** The messages of one rule for `text`, with the fields tests usually compare. */
export function brief(messages: readonly LintMessage[]) {
  return messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, actual: m.actual, start: m.start, end: m.end }))
}

export interface DocExamples {
  incorrect: string[]
  correct: string[]
}

/**
 * Reads a rule's doc page: list items `- \`…\`` under a heading starting with ✗ are replies
 * the rule must flag, under ✓ replies it must leave alone.
 */
export function docExamples(ruleId: string): DocExamples {
  const text = readFileSync(new URL(`../../rules/${ruleId}/README.md`, import.meta.url), 'utf8')
  const out: DocExamples = { incorrect: [], correct: [] }
  let section: keyof DocExamples | undefined
  for (const line of text.split(/\r?\n/)) {
    if (/^#{2,4}\s/.test(line)) section = line.includes('✗') ? 'incorrect' : line.includes('✓') ? 'correct' : undefined
    const item = /^\s*[-*]\s+`([^`]+)`/.exec(line)
    if (section && item) out[section].push(item[1]!)
  }
  return out
}

/** A reply that must be reported once: its text, the customer's previous turn, the span, the severity. */
export type KindCase = readonly [text: string, previous: string | undefined, actual: string, severity: string]

/** One linter per rule and config for all the kind tables of a file (a compile is ~40 ms). */
const kindLinters = new Map<string, ReturnType<typeof linterFor>>()

/**
 * Tests for a kind of language (issue 8): each flag case is reported exactly once by rule `id`
 * with that span and severity, each pass case not at all.
 */
export function checkKinds(
  id: string,
  flags: readonly KindCase[],
  passes: ReadonlyArray<readonly [text: string, previous?: string]>,
  config: ConfigInput = {},
) {
  const key = `${id}\0${JSON.stringify(config)}`
  let linter = kindLinters.get(key)
  if (!linter) kindLinters.set(key, (linter = linterFor(id, config)))
  const lint = (text: string, previous?: string) => linter.lint(text, previous === undefined ? undefined : { previous }).messages
  it.each(flags.map((c) => [c[0], ...c]))('flags %s', (_, text, previous, actual, severity) => {
    const start = text.indexOf(actual)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(brief(lint(text, previous))).toEqual([{ ruleId: id, severity, actual, start, end: start + actual.length }])
  })
  it.each(passes.map((p) => [p[0], p[1]]))('passes %s', (text, previous) => {
    expect(brief(lint(text, previous))).toEqual([])
  })
}
