import data from './weights.json' with { type: 'json' }
import type { CompiledRule } from '../compile.js'
import { Scorer } from './scorer.js'
import { compileWeights, type ScorerTable } from './weights.js'

export { Scorer, SCORED } from './scorer.js'
export { compileWeights, WeightsSchema, ScorerWeightsError } from './weights.js'

/** The built-in weights, validated and compiled on the first linter that uses them. */
let builtin: { known: string; table: ScorerTable } | undefined

/** The rules the built-in weights cover, in their order (what config `scorer` may list). */
export const scoredRuleIds = (): string[] => Object.keys((data as { rules?: Record<string, unknown> }).rules ?? {})

/**
 * The rules the scorer adds to by default. competitor-disparagement: on four unread authors' sets
 * (AA, AD, AE, AF) it added only right findings (AE + AF: recall 0.652 -> 0.848, no wrong one), and
 * its pre-filter lets few replies through, so the pass costs little (fixtures/eval/SCORER.md).
 * blame-customer (since the twenty-first session): leave-one-author-group-out +21 right / 1 wrong over
 * 9 groups, one right and no wrong addition on two real corpora (13,537 JD replies); its cost was over the
 * budget only at 20,000 replies, where the judge's first calls are not yet paid back: at 80,000 the default
 * counts +7.2% / +6.3% instructions over `scorer: false` (bench corpus / transcript; SCORER.md, eighth step).
 * privacy-leak (since the forty-third session): on three sets nobody here has read (DE, DB, CA) it added 2 right findings
 * and no wrong one, none on 37,526 real replies, for +1.6% counted instructions per reply over the previous default.
 * The others stay opt-in: off-platform and review-manipulation added wrong findings on the same sets (4 of 14 additions)
 * and 4 wrong ones on real replies (an emoticon, a product description).
 */
export const DEFAULT_SCORED_RULES: readonly string[] = ['competitor-disparagement', 'blame-customer', 'privacy-leak']

/**
 * A scorer over the built-in weights (src/scorer/weights.json) for a linter's compiled rules;
 * `only` names the rules it may add to (undefined: every rule the weights cover).
 */
export function builtinScorer(rules: readonly CompiledRule[], known: readonly string[], only?: readonly string[]): Scorer | undefined {
  const key = known.join('\n')
  if (builtin?.known !== key) builtin = { known: key, table: compileWeights(data, known, 'src/scorer/weights.json') }
  const scorer = new Scorer(builtin.table, rules, true, only && new Set(only))
  return scorer.active ? scorer : undefined
}
