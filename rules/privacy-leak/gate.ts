import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { hasWordRun } from './spelt.js'

/**
 * The scan's gates: the characters (a digit, @, a spelt number) and the cues that open it (GATES_BUT_NEAR and
 * nearBuyer), and nearBuyerOnly, a scan nearBuyer opened that can find nothing.
 */

export const DIGIT_OR_AT = /[0-9@]/
/** The cues that open the scan besides nearBuyer (scanWhenCues below, less it). */
/** The cues that open the scan for another person's data (third-party.ts starts from them); nearBuyer opens it too, see below. */
export const GATES_BUT_NEAR = ['relation', 'pronoun', 'pronounBare', 'otherWhole', 'other', 'title', 'kin', 'familiar', 'secret', 'workplace', 'workplaceBuyer', 'handleOwner', 'reviewAuthor']
const XING = normalizePhrase('姓')
const ALSO = normalizePhrase('也')
/**
 * rv32 (speed): nearBuyer (ex31) opens the scan only for a household named by its surname alone (住您对门姓周的那家): with no 姓,
 * no other gate cue, and no digit, @ or spelt number, a scan it opened finds nothing — the numbers, e-mails and addresses need
 * their characters, another person's data a reference from the other cues or 姓 — so it is skipped. Asked only when nearBuyer hit.
 */
export function nearBuyerOnly(ctx: LintContext): boolean {
  if (ctx.cues('nearBuyer').length === 0) return false
  const { text } = ctx
  // pv35: …nor a household noun after the position (您对门那户也订了) or 也 (您对门也在我们家买了), which make it a reference.
  if (ctx.cues('household').length > 0 || text.includes(ALSO)) return false
  return !text.includes(XING) && !DIGIT_OR_AT.test(text) && !hasWordRun(text) && GATES_BUT_NEAR.every((name) => ctx.cues(name).length === 0)
}
