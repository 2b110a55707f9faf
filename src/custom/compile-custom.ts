import { type Entry, type Lexicon, type Localized } from '../lexicon/schema.js'
import { normalizePhrase } from '../normalize/normalize.js'
import { defineRule, type RuleDefinition } from '../types.js'
import type { CustomRule } from './schema.js'

const DEFAULT_MESSAGE: Record<CustomRule['kind'], Localized> = {
  existence: { zh: '请避免使用{actual}。', en: 'Avoid {actual}.' },
  substitution: { zh: '建议把{actual}改为{expected}。', en: 'Use {expected} instead of {actual}.' },
  occurrence: { zh: '{actual}等用语在一条回复中出现{count}次，超过上限{max}次。', en: '{actual} and similar appear {count} times in one reply; at most {max} allowed.' },
}

function localized(message: CustomRule['message'], kind: CustomRule['kind']): Localized {
  if (message === undefined) return DEFAULT_MESSAGE[kind]
  return typeof message === 'string' ? { zh: message, en: message } : message
}

function entry(phrases: string[], rule: CustomRule, extra: Partial<Entry> = {}): Entry {
  // Exceptions apply to the entries whose phrase they contain.
  const normalized = phrases.map(normalizePhrase)
  const exceptions = rule.exceptions.filter((e) => normalized.some((p) => normalizePhrase(e).includes(p)))
  return { phrases, exceptions, notBefore: [], notAfter: [], tags: [], expected: [], fix: false, ...extra }
}

/**
 * Turns a config-file rule into an ordinary RuleDefinition, so it compiles into the same
 * automaton and runs through the same context checks as the built-in rules.
 */
export function compileCustomRule(rule: CustomRule, at: string): { definition: RuleDefinition; problems: string[] } {
  const entries: Entry[] =
    rule.kind === 'substitution'
      ? Object.entries(rule.swap).map(([phrase, to]) => {
          const expected = Array.isArray(to) ? to : [to]
          return entry([phrase], rule, { expected, fix: rule.fixable })
        })
      : [entry(rule.phrases, rule)]
  const all = entries.flatMap((e) => e.phrases).map(normalizePhrase)
  const problems = rule.exceptions
    .filter((e) => !all.some((p) => normalizePhrase(e).includes(p)))
    .map((e) => `${at}.exceptions: ${JSON.stringify(e)} contains none of the rule's phrases, so it can never apply`)
  const lexicon: Lexicon = {
    rule: rule.id,
    message: localized(rule.message, rule.kind),
    defaults: { negation: rule.negation, question: rule.question },
    cues: {},
    entries,
    specs: { flag: rule.specs?.flag ?? [], pass: rule.specs?.pass ?? [] },
  }
  const definition = defineRule({
    meta: {
      id: rule.id,
      category: 'custom',
      description: { zh: `自定义规则（${rule.kind}）`, en: `Custom rule (${rule.kind})` },
      defaultSeverity: rule.severity,
      fixable: rule.kind === 'substitution' && rule.fixable,
      ...(rule.url ? { url: rule.url } : {}),
    },
    lexicon,
    create:
      rule.kind === 'occurrence'
        ? () => ({
            // One report per reply, at the first occurrence past the limit.
            finalize(findings) {
              if (findings.length <= rule.max) return []
              const sorted = [...findings].sort((a, b) => a.start - b.start)
              const over = sorted[rule.max]!
              return [{ ...over, data: { count: String(findings.length), max: String(rule.max) } }]
            },
          })
        : undefined,
  })
  return { definition: definition as RuleDefinition, problems }
}
