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

/** Formats zod issues as `where: problem` lines a person can act on. */
export function formatIssues(error: z.ZodError, root: string): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? `${root}.${issue.path.join('.')}` : root
      const got = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : ''
      return `${path}: ${issue.message}${got}`
    })
    .join('\n')
}

export function parseLexicon(data: unknown, source: string): Lexicon {
  const result = LexiconSchema.safeParse(data, { reportInput: true })
  if (!result.success) throw new Error(`Invalid lexicon ${source}:\n${formatIssues(result.error, 'lexicon')}`)
  const problems = exceptionProblems(result.data.entries, 'lexicon.entries')
  if (problems.length) throw new Error(`Invalid lexicon ${source}:\n${problems.join('\n')}`)
  return result.data
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
