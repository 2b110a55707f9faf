import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { hasWordRun } from './spelt.js'

/**
 * The scan's gates: the characters (a digit, @, a spelt number) and the cues that open it (GATES_BUT_NEAR and nearBuyer),
 * and openedForNothing, a scan only the weak openers (nearBuyer, the bare 她/他) opened where they can find nothing.
 */

export const DIGIT_OR_AT = /[0-9@]/
/** The cues that open the scan for another person's data (third-party.ts starts from them); nearBuyer opens it too, see below. */
export const GATES_BUT_NEAR = ['relation', 'pronoun', 'pronounBare', 'otherWhole', 'other', 'title', 'kin', 'familiar', 'secret', 'workplace', 'workplaceBuyer', 'handleOwner', 'reviewAuthor', 'boughtBefore']
/** The gate cues that name a person on their own: all but the bare pronoun, which needs the customer's turn. */
const STRONG_GATES = GATES_BUT_NEAR.filter((name) => name !== 'pronounBare')
const XING = normalizePhrase('姓')
const ALSO = normalizePhrase('也')
/**
 * Speed: a scan opened only by the weak openers finds nothing, so it is skipped — when there is no digit, @ or spelt number
 * (numbers, e-mails and addresses need their characters) and no other gate cue, and
 * - rv32: nearBuyer (ex31) reads a household named by its surname alone (住您对门姓周的那家): only with 姓, a household noun after
 *   the position (pv35: 您对门那户也订了) or 也 (您对门也在我们家买了), which make it a reference;
 * - lead35: the bare 她 / 他 (rl35) is read by fromPrevious only when the customer's turn brought a person in (我同事…, 他叫王磊).
 * Asked only after the gate opened the scan.
 */
export function openedForNothing(ctx: LintContext, previousBringsPerson: (prev: string | undefined) => boolean): boolean {
  const near = ctx.cues('nearBuyer').length > 0
  const bare = ctx.cues('pronounBare').length > 0
  if (!near && !bare) return false
  const { text } = ctx
  if (DIGIT_OR_AT.test(text) || hasWordRun(text) || STRONG_GATES.some((name) => ctx.cues(name).length > 0)) return false
  if (near && (text.includes(XING) || text.includes(ALSO) || ctx.cues('household').length > 0)) return false
  return !(bare && previousBringsPerson(ctx.previous))
}
