import { type Entry, type Lexicon, type Localized } from '../lexicon/schema.js'
import type { RuleDefinition } from '../types.js'
import { PhraseSet } from './containment.js'
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

function entry(phrases: string[], exceptions: string[], extra: Partial<Entry> = {}): Entry {
  return { phrases, exceptions, notBefore: [], notAfter: [], tags: [], expected: [], fix: false, ...extra }
}

/**
 * Turns a config-file rule into an ordinary RuleDefinition, so it compiles into the same
 * automaton and runs through the same context checks as the built-in rules.
 */
export function compileCustomRule(rule: CustomRule, at: string): { definition: RuleDefinition; problems: string[] } {
  const swaps = rule.kind === 'substitution' ? Object.entries(rule.swap).map(([phrase, to]) => ({ phrase, expected: Array.isArray(to) ? to : [to] })) : []
  const phrases = rule.kind === 'substitution' ? swaps.map((s) => s.phrase) : rule.phrases
  const set = new PhraseSet(phrases)
  // Exceptions apply to the entries whose phrase they contain.
  const exceptionsOf = phrases.map((): string[] => [])
  const problems: string[] = []
  const applying: string[] = []
  for (const exception of rule.exceptions) {
    const inside = set.within(exception)
    if (inside.length === 0) problems.push(`${at}.exceptions: ${JSON.stringify(exception)} contains none of the rule's phrases, so it can never apply`)
    else applying.push(exception)
    for (const i of inside) exceptionsOf[i]!.push(exception)
  }
  const entries: Entry[] =
    rule.kind === 'substitution'
      ? swaps.map(({ phrase, expected }, i) => entry([phrase], exceptionsOf[i]!, { expected, fix: rule.fixable }))
      : [entry(phrases, applying)]
  if (rule.kind === 'substitution') problems.push(...unsettledSwaps(swaps, set, exceptionsOf, at))
  const lexicon: Lexicon = {
    rule: rule.id,
    message: localized(rule.message, rule.kind),
    defaults: { negation: rule.negation, question: rule.question },
    cues: {},
    entries,
    specs: { flag: rule.specs?.flag ?? [], pass: rule.specs?.pass ?? [] },
  }
  // Built valid here (no defineRule: re-validating 10k entries would cost what was just saved).
  const definition: RuleDefinition = {
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
  }
  return { definition, problems }
}

/**
 * Swaps whose replacement would be flagged again, so that --fix never settles: one whose
 * output contains its own phrase ({哦: 哦哦} grows the text on every run) unless an exception
 * covers it, and swaps that lead back to themselves ({你: 您, 您: 你} flips forever).
 */
function unsettledSwaps(swaps: { phrase: string; expected: string[] }[], set: PhraseSet, exceptionsOf: string[][], at: string): string[] {
  const problems: string[] = []
  // next[i]: the swaps whose phrase the output of swap i contains (exceptions in the output excepted).
  const next = swaps.map(({ expected }, i) => {
    const output = expected[0] ?? ''
    return set.within(output).filter((j) => !exceptionsOf[j]!.some((e) => output.includes(e)))
  })
  swaps.forEach(({ phrase, expected }, i) => {
    if (next[i]!.includes(i)) {
      problems.push(`${at}.swap.${phrase}: the replacement ${JSON.stringify(expected[0])} contains ${JSON.stringify(phrase)} again, so a fix would never settle`)
    }
  })
  // A cycle through two or more swaps: iterative depth-first search (0 new, 1 on the path, 2 done).
  const state = new Uint8Array(swaps.length)
  for (let start = 0; start < swaps.length; start++) {
    if (state[start]) continue
    const path: number[] = [start]
    const edge: number[] = [0]
    state[start] = 1
    while (path.length) {
      const node = path[path.length - 1]!
      const k = edge[edge.length - 1]!
      const to = next[node]![k]
      if (to === undefined) {
        state[node] = 2
        path.pop()
        edge.pop()
        continue
      }
      edge[edge.length - 1] = k + 1
      if (to === node) continue
      if (state[to] === 1) {
        const cycle = [...path.slice(path.indexOf(to)), to].map((n) => swaps[n]!.phrase)
        problems.push(`${at}.swap: ${cycle.map((p) => JSON.stringify(p)).join(' → ')} is a cycle, so a fix would never settle`)
        continue
      }
      if (state[to] === 0) {
        state[to] = 1
        path.push(to)
        edge.push(0)
      }
    }
  }
  return problems
}
