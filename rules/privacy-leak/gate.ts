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

const ALL_BUT_BARE = GATES_BUT_NEAR.filter((name) => name !== 'pronounBare')
/**
 * lead35 (speed): the bare 她 / 他 (rl35) opens the scan for fromPrevious only, which reads it only when the customer's turn
 * brought a person in (我同事…, 他叫王磊). With no such turn and nothing else to open it — no other gate cue, digit, @, spelt
 * number or nearBuyer — a scan it opened finds nothing, so it is skipped. Asked only when pronounBare hit.
 */
export function pronounBareOnly(ctx: LintContext, previousBringsPerson: (prev: string | undefined) => boolean): boolean {
  if (ctx.cues('pronounBare').length === 0 || previousBringsPerson(ctx.previous)) return false
  const { text } = ctx
  return !DIGIT_OR_AT.test(text) && !hasWordRun(text) && ctx.cues('nearBuyer').length === 0 && ALL_BUT_BARE.every((name) => ctx.cues(name).length === 0)
}
