/**
 * finalize: the class entries' fallbacks dropped where an older entry reports the same words (fallback-entries.ts), the chat
 * called inconvenient dropped beside another finding in its sentence, and overlapping findings merged.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { mergeOverlapping } from '../shared/cues.js'
import { dropShadowedFallbacks, overlapIndex } from './fallback-entries.js'
import { kindOf } from './entries.js'

/**
 * The chat called inconvenient (这边聊天不方便…) is reported only when nothing else in its sentence
 * is: there the invitation itself is the finding, and the pretext adds nothing to it.
 */
export function finalize(all: Finding[], ctx: LintContext): Finding[] {
  const findings = dropShadowedFallbacks(all, (f) => kindOf(f.entry))
  // mend31 (speed): the other findings indexed once, not compared pair by pair.
  const others = findings.some((f) => kindOf(f.entry) === 'chatPretext') ? overlapIndex(findings.filter((g) => kindOf(g.entry) !== 'chatPretext')) : undefined
  const kept = findings.filter((f) => {
    if (kindOf(f.entry) !== 'chatPretext') return true
    const s0 = sentenceStart(ctx.text, f.start)
    const s1 = sentenceEnd(ctx.text, f.end)
    return !others!(s0, s1)
  })
  return mergeOverlapping(kept)
}
