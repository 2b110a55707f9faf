import { z } from 'zod'
import { LocalizedSchema, SeveritySchema, SpecsSchema } from '../lexicon/schema.js'

/**
 * Rules a QA lead writes in the config file, without code (Vale's check kinds):
 *   existence     — report these phrases;
 *   substitution  — report a phrase and suggest its replacement (optionally as a safe fix);
 *   occurrence    — report when a reply uses these phrases more than `max` times.
 * The shape is a public contract: extend it, never rename.
 */
const Common = {
  /** `team/name`-style id; must not collide with a built-in rule. */
  id: z.string().min(1),
  message: z.union([z.string().min(1), LocalizedSchema]).optional(),
  severity: SeveritySchema.default('warning'),
  /** Longer words that contain a phrase but are fine. */
  exceptions: z.array(z.string().min(1)).default([]),
  /** Skip a phrase that is negated before it in its clause (不能保证…). */
  negation: z.boolean().default(false),
  /** Skip a phrase inside a question. */
  question: z.boolean().default(false),
  /** Examples checked when the config loads: a broken rule fails loudly. */
  specs: SpecsSchema.optional(),
  /** Link shown with each message. */
  url: z.string().optional(),
}

export const ExistenceSchema = z
  .object({ ...Common, kind: z.literal('existence'), phrases: z.array(z.string().min(1)).min(1) })
  .strict()

export const SubstitutionSchema = z
  .object({
    ...Common,
    kind: z.literal('substitution'),
    /** phrase → replacement, or → several replacements (best first). */
    swap: z.record(z.string().min(1), z.union([z.string(), z.array(z.string()).min(1)])).refine((s) => Object.keys(s).length > 0, {
      message: 'swap needs at least one phrase',
    }),
    /** Apply swap[phrase][0] automatically with --fix (only when always safe). */
    fixable: z.boolean().default(false),
  })
  .strict()

export const OccurrenceSchema = z
  .object({
    ...Common,
    kind: z.literal('occurrence'),
    phrases: z.array(z.string().min(1)).min(1),
    /** Most occurrences allowed in one reply. */
    max: z.number().int().min(0),
  })
  .strict()

export const CustomRuleSchema = z.discriminatedUnion('kind', [ExistenceSchema, SubstitutionSchema, OccurrenceSchema])
export type CustomRuleInput = z.input<typeof CustomRuleSchema>
export type CustomRule = z.infer<typeof CustomRuleSchema>
