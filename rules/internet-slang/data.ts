import { z } from 'zod'
import { formatIssues, parseLexicon, type Lexicon } from '../../src/lexicon/schema.js'
import { expandWords } from '../../src/vocab/index.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import contextYaml from './context.yaml'
import latinYaml from './latin-allow.yaml'
import lexiconYaml from './lexicon.yaml'

/**
 * The rule's three data files, validated once when the rule loads. A typo in a tag or a
 * list name must fail loudly: a position check pointing at a missing list would silently
 * never match.
 */

const Words = z.array(z.string().min(1)).min(1)

const ContextSchema = z
  .object({
    /** Named word lists the lexicon's tags refer to (start:lead, before:ouTail…). */
    lists: z.record(z.string().regex(/^\w+$/), Words),
  })
  .strict()

const RegexSource = z.string().refine((s) => {
  try {
    new RegExp(s)
    return true
  } catch {
    return false
  }
}, 'not a valid regular expression')

const LatinSchema = z
  .object({
    allow: z.array(z.string().regex(/^[a-z]+$/, 'lowercase Latin letters only')),
    allowPatterns: z.array(RegexSource).default([]),
    runs: z.array(z.object({ pattern: RegexSource, tag: z.string().min(1) }).strict()).default([]),
    unknown: z.object({ weights: z.record(z.string().regex(/^\d+$/), z.number().positive()) }).strict(),
    codeBefore: Words,
    codeAfter: Words,
    window: z.number().int().positive(),
  })
  .strict()

function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data, { reportInput: true })
  if (!r.success) throw new Error(`Invalid ${file}:\n${formatIssues(r.error, file.replace(/^.*\//, '').replace(/\.yaml$/, ''))}`)
  return r.data
}

export interface LatinData {
  allow: ReadonlySet<string>
  allowPatterns: readonly RegExp[]
  runs: readonly { pattern: RegExp; tag: string }[]
  /** Weight of an unknown consonant cluster by its length; lengths not listed are ignored. */
  weights: ReadonlyMap<number, number>
  codeBefore: readonly string[]
  codeAfter: readonly string[]
  window: number
}

/** Tags without a list argument that the rule's code understands. */
const PLAIN_TAGS = new Set(['abbr', 'laughter', 'hesitation', 'address', 'address:strict', 'alone', 'exclaim', 'lower'])
const LIST_TAG = /^(start|after|before|unlessNear):(\w+(?:\+\w+)*)$/

export const lexicon: Lexicon = parseLexicon(lexiconYaml, 'rules/internet-slang/lexicon.yaml')

const context = parseWith(ContextSchema, contextYaml, 'rules/internet-slang/context.yaml')
export const lists: ReadonlyMap<string, readonly string[]> = new Map(
  // A list may name a shared word class (@particle): the vocabulary stays the one place for it.
  Object.entries(context.lists).map(([name, words]) => [name, expandWords(words, `rules/internet-slang/context.yaml: lists.${name}`).map(normalizePhrase)]),
)

const latin = parseWith(LatinSchema, latinYaml, 'rules/internet-slang/latin-allow.yaml')
export const latinData: LatinData = {
  allow: new Set(latin.allow),
  allowPatterns: latin.allowPatterns.map((p) => new RegExp(p)),
  runs: latin.runs.map((r) => ({ pattern: new RegExp(r.pattern, 'i'), tag: r.tag })),
  weights: new Map(Object.entries(latin.unknown.weights).map(([k, v]) => [Number(k), v])),
  codeBefore: latin.codeBefore.map(normalizePhrase),
  codeAfter: latin.codeAfter.map(normalizePhrase),
  window: latin.window,
}

/** Cross-file checks: every entry weighs something, every tag names a real list or entry. */
function check(): void {
  const problems: string[] = []
  const tags = new Set<string>()
  lexicon.entries.forEach((entry, i) => {
    const where = `lexicon.entries.${i} (${entry.phrases.join(', ')})`
    if (entry.weight === undefined) problems.push(`${where}: weight is required in this rule`)
    for (const tag of entry.tags) {
      tags.add(tag)
      if (PLAIN_TAGS.has(tag)) continue
      const m = LIST_TAG.exec(tag)
      if (!m) problems.push(`${where}: unknown tag ${JSON.stringify(tag)}`)
      else for (const name of m[2]!.split('+')) if (!lists.has(name)) problems.push(`${where}: tag ${tag} names no list in context.yaml`)
    }
  })
  for (const name of ['addressLead', 'addressSubject', 'addressObject', 'particles']) if (!lists.has(name)) problems.push(`context.yaml: list ${name} is required`)
  for (const run of latinData.runs) if (!tags.has(run.tag)) problems.push(`latin-allow.yaml: run ${run.pattern} counts as tag ${run.tag}, which no entry has`)
  if (!tags.has('abbr')) problems.push('lexicon: one entry must be tagged abbr (unknown abbreviations are reported with it)')
  if (problems.length) throw new Error(`Invalid internet-slang data:\n${problems.join('\n')}`)
}
check()

/** Latin phrases of the lexicon (yyds, hhh…): the token scan leaves them to the lexicon. */
export const lexiconLatin: ReadonlySet<string> = new Set(
  lexicon.entries.flatMap((e) => e.phrases.map(normalizePhrase)).filter((p) => /^[a-z0-9]+$/.test(p)),
)

export { LIST_TAG }
