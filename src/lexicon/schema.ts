import { z } from 'zod'
import { normalizePhrase } from '../normalize/normalize.js'
import { expandWords as expandWordsWith, vocab, type WordClasses } from '../vocab/index.js'
import { validatedBuiltin } from './validated.js'
import { precompiledResult } from './precompiled.js'
import { DEFAULT_VARIATION, expandPhrases, VariationSettingsSchema, type VariationSettings } from './variation.js'

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

/**
 * An example in a built-in lexicon's specs: a reply, or a reply with the customer's previous
 * message and the span (`actual`) and severity its finding must have.
 */
export const SpecExampleSchema = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      previous: z.string().min(1).optional(),
      /** The finding's `actual` (the text it underlines). */
      span: z.string().min(1).optional(),
      severity: SeveritySchema.optional(),
    })
    .strict(),
])
export type SpecExample = z.infer<typeof SpecExampleSchema>

export const LexiconSpecsSchema = z
  .object({
    flag: z.array(SpecExampleSchema).default([]),
    pass: z.array(SpecExampleSchema).default([]),
  })
  .strict()
export type LexiconSpecs = z.infer<typeof LexiconSpecsSchema>

/** A spec example as one shape. */
export function specCase(example: SpecExample): { text: string; previous?: string; span?: string; severity?: Severity } {
  return typeof example === 'string' ? { text: example } : example
}

/** Shared context checks an entry can switch on (see src/context/). */
export const EntryContextSchema = z
  .object({
    /** Skip when a negation or hedge stands before the phrase in its clause (不能保证, 不一定). */
    negation: z.boolean().optional(),
    /** Skip inside a question (您确定一定要今天到吗？). */
    question: z.boolean().optional(),
    /** Skip when the phrase is advice to the customer (请您一定要检查). */
    advice: z.boolean().optional(),
    /** Skip when the phrase is quoted, talked about rather than used (您说的“包您满意”). */
    mention: z.boolean().optional(),
  })
  .strict()

/** Words, or `@class` references to the shared vocabulary (src/vocab/classes.yaml). */
const WordsSchema = z.array(z.string().min(1)).min(1)

/** A word that must stand next to the phrase, in its clause (or, with `scope`, its sentence). */
const SlotSchema = z
  .object({
    words: WordsSchema,
    /** How many characters may stand between the phrase and the word (0: right next to it). */
    within: z.number().int().min(0).max(40).default(0),
    /**
     * How far the word may be: in the phrase's clause (default), or anywhere in its sentence —
     * for a word that opens a sentence of its own clause (您放心，我们会处理好的).
     */
    scope: z.enum(['clause', 'sentence']).default('clause'),
  })
  .strict()

/** Speech acts in which a construction does not hold (see src/context/). */
export const SpeechActSchema = z.enum(['question', 'advice', 'negation', 'mention'])

/**
 * A construction (Vale's `sequence`, over word classes): the phrase holds only together with
 * what stands around it. The finding's span runs over the phrase and its `next`/`before` word.
 */
export const ConstructionSchema = z
  .object({
    /** A word that must follow the phrase (不会 + @outcome.colour). */
    next: SlotSchema.optional(),
    /** A word that must come before the phrase. */
    before: SlotSchema.optional(),
    /** Skip when the clause before the phrase holds one of these (一般不会掉色). */
    unlessBefore: z.array(z.string().min(1)).default([]),
    /** Skip when the rest of the sentence after the phrase holds one of these. */
    unlessAfter: z.array(z.string().min(1)).default([]),
    /** Skip when the sentence before the phrase holds one of these, in an earlier clause too (除了质量问题，拆封一律不退). */
    unlessBeforeInSentence: z.array(z.string().min(1)).default([]),
    /** Skip in these speech acts. */
    unless: z.array(SpeechActSchema).default([]),
    /** Only as the answer to a customer's previous message holding one of these words. */
    previous: z
      .object({
        words: WordsSchema,
        /** The previous message must be a question (会掉色吗？). */
        question: z.boolean().default(false),
        /**
         * …and must not hold one of these (a request to the shop: 能帮我备注一下吗). With
         * `question`, only the clauses that ask about `words` count (快递会送上门吗？别给我扔驿站).
         */
        unless: z.array(z.string().min(1)).default([]),
        /** …and must hold one of these too (a demand, 务必, together with its outcome in `words`). */
        with: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
    /** Only when nothing but greetings and particles stands before the phrase in the reply. */
    replyStart: z.boolean().default(false),
  })
  .strict()
export type Construction = z.infer<typeof ConstructionSchema>

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
    specs: LexiconSpecsSchema.optional(),
    /** The words around the phrase that make it a problem (see ConstructionSchema). */
    construction: ConstructionSchema.optional(),
    /**
     * Generated variants of the phrases (src/lexicon/variation.yaml): final particles
     * (`swap`, `optional`, `off`) and Cantonese/Taiwan forms; over the lexicon's `variation`.
     */
    variation: VariationSettingsSchema.optional(),
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
    /** Generated variation for every entry unless the entry says otherwise (engine default: particles swap, dialect on). */
    variation: VariationSettingsSchema.optional(),
    /** Named word lists the rule's code looks for around a hit (topics, subjects…). */
    cues: z.record(z.string(), z.array(z.string().min(1))).default({}),
    entries: z.array(EntrySchema).min(1),
    specs: LexiconSpecsSchema.default({ flag: [], pass: [] }),
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
  // A built-in lexicon in the Node builds comes compiled (src/lexicon/precompiled.ts): `data` is
  // then the validated lexicon and the result its expansion, as compileLexicon returned them.
  const ready = precompiledResult<Lexicon>(data)
  const { parsed, lexicon } = ready ? { parsed: data as Lexicon, lexicon: ready } : compileLexicon(data, source)
  unexpanded.set(lexicon, parsed)
  parsedLexicons.add(lexicon)
  return lexicon
}

/**
 * Validates a lexicon (`parsed`, defaults filled in) and expands it with the shared word
 * classes and generated variation (`lexicon`). parseLexicon's work; the build runs it on the
 * shipped lexicons (scripts/precompile.ts).
 */
export function compileLexicon(data: unknown, source: string): { parsed: Lexicon; lexicon: Lexicon } {
  const parsed = validatedBuiltin(`lexicon ${source}`, () => {
    const result = LexiconSchema.safeParse(data, { reportInput: true })
    if (!result.success) throw new Error(`Invalid lexicon ${source}:\n${formatIssues(result.error, 'lexicon', LexiconSchema, data)}`)
    return result.data
  })
  let lexicon: Lexicon
  try {
    lexicon = expandClasses(parsed, vocab)
  } catch (error) {
    throw new Error(`Invalid lexicon ${source}:\n${(error as Error).message}`)
  }
  const problems = exceptionProblems(lexicon.entries, 'lexicon.entries')
  if (problems.length) throw new Error(`Invalid lexicon ${source}:\n${problems.join('\n')}`)
  return { parsed, lexicon }
}

/** Each parsed lexicon's lists before expansion, so a config's class words can be added later. */
const unexpanded = new WeakMap<Lexicon, Lexicon>()

/** A lexicon's `@class` references expanded with `classes` (a config's extended vocabulary). */
export function withClasses(lexicon: Lexicon, classes: WordClasses): Lexicon {
  const raw = unexpanded.get(lexicon)
  return raw ? expandClasses(raw, classes) : lexicon
}

/** Replaces every `@class` reference by the class's words; an unknown class is an error. */
function expandClasses(lexicon: Lexicon, classes: WordClasses): Lexicon {
  const expandWords = (words: readonly string[], where: string) => expandWordsWith(words, where, classes)
  const cues = Object.fromEntries(Object.entries(lexicon.cues).map(([name, words]) => [name, expandWords(words, `lexicon.cues.${name}`)]))
  const entries = lexicon.entries.map((entry, i) => {
    const at = `lexicon.entries.${i}`
    const settings: Required<VariationSettings> = { ...DEFAULT_VARIATION, ...lexicon.variation, ...entry.variation }
    const phrases = expandPhrases(entry.phrases, `${at}.phrases`, classes, settings)
    // An exception takes the same variation, and keeps a variant only where it still holds a
    // phrase: one that could never apply would be dead weight (and an error, see below).
    const written = expandPhrases(entry.exceptions, `${at}.exceptions`, classes)
    let exceptions = written
    if (written.length) {
      // Exceptions are short: look each one's substrings up in a set of the phrases.
      const normalized = new Set(phrases.map(normalizePhrase))
      const holdsPhrase = (n: string) => {
        for (let a = 0; a < n.length; a++) for (let b = a + 1; b <= n.length; b++) if (normalized.has(n.slice(a, b))) return true
        return false
      }
      const varied = expandPhrases(written, `${at}.exceptions`, classes, settings).filter((e) => holdsPhrase(normalizePhrase(e)))
      exceptions = [...new Set([...written, ...varied])]
    }
    // notBefore / notAfter may name a class (@ailment.topic): what stands next to the phrase, by meaning.
    const out: Entry = {
      ...entry,
      phrases,
      exceptions,
      // (A bare '@' stays a character: internet-slang's handles, e.g. @yyds, are not slang.)
      notBefore: entry.notBefore.some(isClassName) ? expandWords(entry.notBefore, `${at}.notBefore`) : entry.notBefore,
      notAfter: entry.notAfter.some(isClassName) ? expandWords(entry.notAfter, `${at}.notAfter`) : entry.notAfter,
    }
    const c = entry.construction
    if (c) {
      const slot = (s: typeof c.next, key: string) => s && { ...s, words: expandWords(s.words, `${at}.construction.${key}.words`) }
      out.construction = {
        ...c,
        next: slot(c.next, 'next'),
        before: slot(c.before, 'before'),
        unlessBefore: expandWords(c.unlessBefore, `${at}.construction.unlessBefore`),
        unlessAfter: expandWords(c.unlessAfter, `${at}.construction.unlessAfter`),
        unlessBeforeInSentence: expandWords(c.unlessBeforeInSentence, `${at}.construction.unlessBeforeInSentence`),
        previous: c.previous && {
          ...c.previous,
          words: expandWords(c.previous.words, `${at}.construction.previous.words`),
          unless: expandWords(c.previous.unless, `${at}.construction.previous.unless`),
          with: expandWords(c.previous.with, `${at}.construction.previous.with`),
        },
      }
    }
    return out
  })
  return { ...lexicon, cues, entries }
}

/** A class reference by name (@ailment.topic), not a lone '@' character. */
const isClassName = (w: string) => /^@[a-z]/.test(w)

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
