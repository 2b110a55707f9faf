import type { Finding, LintContext } from '../../src/types.js'
import { sentenceStart } from '../../src/context/text.js'
import { mergeOverlapping } from '../shared/cues.js'

/** The rule's finalize: a predicate that only adds to one before it in its sentence goes; overlapping ones merge. */

/** Findings of `often` or `dare` in a clause after their subject's: kept only when they stand alone. */
export const ADDED_CLAUSE = new WeakSet<Finding>()

/**
 * An `often` finding in a later clause is dropped when another finding of the rule comes before
 * it in the same sentence (it only adds to what that one said); the rest merge as usual.
 */
export function finalize(findings: Finding[], ctx: LintContext): Finding[] {
  const kept = findings.filter(
    (f) => !ADDED_CLAUSE.has(f) || !findings.some((g) => g !== f && g.start < f.start && g.end >= sentenceStart(ctx.text, f.start)),
  )
  return mergeOverlapping(kept)
}
