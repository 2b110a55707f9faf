import { z } from 'zod'
import { normalizePhrase } from '../normalize/normalize.js'

/**
 * The shape of a rule's lexicon file (rules/<id>/lexicon.yaml). QA teams edit these files,
 * so every field says in words what it does and unknown keys are errors, not silence.
 */
export const SeveritySchema = z.enum(['info', 'warning', 'error'])
export type Severity = z.infer<typeof SeveritySchema>

export const LocalizedSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict()
export type Localized = z.infer<typeof LocalizedSchema>

export const SpecsSchema = z
  .object({
    /** Replies in which this entry (or rule) must report something. */
    flag: z.array(z.string().min(1)).default([]),
    /** Replies in which it must report nothing. */
    pass: z.array(z.string().min(1)).default([]),
  })
  .strict()
export type Specs = z.infer<typeof SpecsSchema>

/** Shared context checks an entry can switch on (see src/context/). */
export const EntryContextSchema = z
  .object({
    /** Skip when a negation or hedge stands before the phrase in its clause (不能保证, 不一定). */
    negation: z.boolean().optional(),
    /** Skip inside a question (您确定一定要今天到吗？). */
    question: z.boolean().optional(),
    /** Skip when the phrase is advice to the customer (请您一定要检查). */
    advice: z.boolean().optional(),
  })
  .strict()

export const EntrySchema = z
  .object({
    /** Words or phrases to find. Traditional, full-width and upper-case forms are found too. */
    phrases: z.array(z.string().min(1)).min(1),
    /** Longer words that contain a phrase but are fine (保证金 for 保证). */
    exceptions: z.array(z.string().min(1)).default([]),
    /** Skip when the text right before the phrase ends with one of these. */
    notBefore: z.array(z.string().min(1)).default([]),
    /** Skip when the text right after the phrase starts with one of these. */
    notAfter: z.array(z.string().min(1)).default([]),
    context: EntryContextSchema.optional(),
    severity: SeveritySchema.optional(),
    /** Free labels that the rule's code reads (e.g. `medical`, `pinyin`). */
    tags: z.array(z.string().min(1)).default([]),
    /** Better wording, best first. */
    expected: z.array(z.string()).default([]),
    /** Whether replacing the phrase with expected[0] is always safe (auto-fix). */
    fix: z.boolean().default(false),
    /** Why this phrase is a problem; overrides the rule's message. `{actual}`/`{expected}` are filled in. */
    message: LocalizedSchema.optional(),
    /** Weight for rules that add up hits (internet-slang). */
    weight: z.number().positive().optional(),
    /** Only active in these profiles (marketplace, zh-TW, strict). */
    profiles: z.array(z.enum(['marketplace', 'zh-TW', 'strict'])).optional(),
    specs: SpecsSchema.optional(),
  })
  .strict()
export type EntryInput = z.input<typeof EntrySchema>
export type Entry = z.infer<typeof EntrySchema>

export const LexiconSchema = z
  .object({
    rule: z.string().min(1),
    /** Default message, with `{actual}` and `{expected}` placeholders. */
    message: LocalizedSchema,
    /** Context applied to every entry unless the entry says otherwise. */
    defaults: EntryContextSchema.default({}),
    /** Named word lists the rule's code looks for around a hit (topics, subjects…). */
    cues: z.record(z.string(), z.array(z.string().min(1))).default({}),
    entries: z.array(EntrySchema).min(1),
    specs: SpecsSchema.default({ flag: [], pass: [] }),
  })
  .strict()
export type Lexicon = z.infer<typeof LexiconSchema>

/**
 * Formats zod issues as `where: problem (got value)` lines a person can act on. For an
 * unknown key it also lists the keys that are allowed there, found by walking `schema`.
 */
export function formatIssues(error: z.ZodError, root: string, schema?: z.ZodType, input?: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? `${root}.${issue.path.join('.')}` : root
      if (issue.code === 'unrecognized_keys') {
        const parent = valueAt(input, issue.path)
        const keys = schema ? objectKeysAt(schema, issue.path, input) : undefined
        return issue.keys
          .map((key) => {
            const got = parent && typeof parent === 'object' ? ` (got ${JSON.stringify((parent as Record<string, unknown>)[key])})` : ''
            const expected = keys ? `; expected one of ${keys.join(', ')}` : ''
            return `${path}: unknown key ${JSON.stringify(key)}${got}${expected}`
          })
          .join('\n')
      }
      const got = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : ''
      return `${path}: ${issue.message}${got}`
    })
    .join('\n')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } }

/** Strips optional/default wrappers and picks the union member that matches the value. */
function unwrap(schema: AnySchema, value: unknown): AnySchema | undefined {
  let s: AnySchema | undefined = schema
  for (let guard = 0; s && guard < 8; guard++) {
    const def = s._zod.def
    if (def.innerType) s = def.innerType as AnySchema
    else if (def.type === 'union' && Array.isArray(def.options)) {
      const options = def.options as AnySchema[]
      const disc = def.discriminator as string | undefined
      const v = value as Record<string, unknown> | undefined
      s = options.find((o) => {
        if (!(o instanceof z.ZodObject)) return false
        if (!disc) return typeof value === 'object'
        const lit = (o.shape as Record<string, AnySchema>)[disc]?._zod.def.values as unknown[] | undefined
        return lit?.includes(v?.[disc]) ?? false
      })
    } else return s
  }
  return s
}

function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[], input: unknown): string[] | undefined {
  let s = unwrap(schema as AnySchema, input)
  let v = input
  for (const key of path) {
    if (!s) return undefined
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, AnySchema>)[String(key)]
    else if (s instanceof z.ZodArray) s = s.element as AnySchema
    else if (s instanceof z.ZodRecord) s = s._zod.def.valueType as AnySchema
    else return undefined
    v = valueAt(v, [key])
    s = s && unwrap(s, v)
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined
}

/** Lexicons that parseLexicon returned: already validated, with defaults filled in. */
const parsedLexicons = new WeakSet<object>()

export function parseLexicon(data: unknown, source: string): Lexicon {
  const result = LexiconSchema.safeParse(data, { reportInput: true })
  if (!result.success) throw new Error(`Invalid lexicon ${source}:\n${formatIssues(result.error, 'lexicon', LexiconSchema, data)}`)
  const problems = exceptionProblems(result.data.entries, 'lexicon.entries')
  if (problems.length) throw new Error(`Invalid lexicon ${source}:\n${problems.join('\n')}`)
  parsedLexicons.add(result.data)
  return result.data
}

/** A lexicon as a rule author may write it: `rule` defaults to the rule's id, `message` to its description. */
export type LexiconInput = Omit<z.input<typeof LexiconSchema>, 'rule' | 'message'> & { rule?: string; message?: Localized }

/**
 * The parsed lexicon of a rule: one parseLexicon already returned is taken as it is; a plain
 * one is completed from the rule's meta, validated and parsed (errors name the rule).
 */
export function lexiconOf(lexicon: unknown, meta: { id: string; description: Localized }): Lexicon {
  if (lexicon && typeof lexicon === 'object' && parsedLexicons.has(lexicon)) return lexicon as Lexicon
  const data =
    lexicon && typeof lexicon === 'object' && !Array.isArray(lexicon)
      ? { rule: meta.id, message: { zh: `{actual}：${meta.description.zh}`, en: `{actual}: ${meta.description.en}` }, ...lexicon }
      : lexicon
  return parseLexicon(data, `of rule ${meta.id}`)
}

/**
 * An exception only suppresses a hit it contains; one that contains none of its entry's
 * phrases would silently do nothing, so it is an error.
 */
export function exceptionProblems(entries: readonly Entry[], root: string): string[] {
  const problems: string[] = []
  entries.forEach((entry, i) => {
    const phrases = entry.phrases.map(normalizePhrase)
    entry.exceptions.forEach((exception, j) => {
      const n = normalizePhrase(exception)
      if (!phrases.some((p) => n.includes(p))) {
        problems.push(`${root}.${i}.exceptions.${j}: ${JSON.stringify(exception)} contains none of the entry's phrases (${entry.phrases.join(', ')}), so it can never apply`)
      }
    })
  })
  return problems
}
