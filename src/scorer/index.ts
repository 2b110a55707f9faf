import data from './weights.json' with { type: 'json' }
import type { CompiledRule } from '../compile.js'
import { Scorer } from './scorer.js'
import { compileWeights, type ScorerTable } from './weights.js'

export { Scorer, SCORED } from './scorer.js'
export { compileWeights, WeightsSchema, ScorerWeightsError } from './weights.js'

/** The built-in weights, validated and compiled on the first linter that uses them. */
let builtin: { known: string; table: ScorerTable } | undefined

/** A scorer over the built-in weights (src/scorer/weights.json) for a linter's compiled rules. */
export function builtinScorer(rules: readonly CompiledRule[], known: readonly string[]): Scorer | undefined {
  const key = known.join('\n')
  if (builtin?.known !== key) builtin = { known: key, table: compileWeights(data, known, 'src/scorer/weights.json') }
  const scorer = new Scorer(builtin.table, rules)
  return scorer.active ? scorer : undefined
}
