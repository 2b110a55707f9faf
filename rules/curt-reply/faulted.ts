/**
 * cu36: two readings where a curt-looking phrase belongs to another rule's construction.
 * - buyerActed: "not our fault" (不能怪我们) after the buyer is named as one who acted earlier in the reply (您放常温放化了，这个不能怪我们;
 *   快递员打了三个电话您都没接) is blame, blame-customer's; the buyer as object (给您), addressed (亲，), greeted (您好) or owning
 *   something (您的包裹) names no act. The same reading of the `customer` cue as rules/shared/told.ts.
 * - otherGoodsBefore: 您自己看 after another seller's goods pointed at in its sentence (隔壁那个主播卖的那款您自己看配料表就知道了;
 *   class goods.other.seller) compares goods, it pushes no question of the buyer's back.
 * - quotedAfter: what was written or said quoted after it (你自己看看订单，我写的是周三发货，不是周三到; class said.content.quoted): the
 *   answer is given, the look is a correction (blame-customer's reading).
 * - numberBefore: a phone number (seven digits or more, spaces and dashes inside) earlier in the reply, said to be the courier's or
 *   driver's or a private one (class handover.number.owner); 维修点电话是…，您直接打给他 still pushes the buyer to the repair point.
 */
import type { LintContext } from '../../src/types.js'
import { sentenceStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { buyerAt } from '../shared/told.js'

const OWNS = normalizePhrase('的')

export function buyerActed(ctx: LintContext, at: number, after = -1): boolean {
  return ctx.cues('customer').some(([s, e]) => (e <= at || (after >= 0 && s >= after && !WAY_ON.some((w) => ctx.text.startsWith(w, e)))) && ctx.text[e] !== OWNS && buyerAt(ctx, s) && !ctx.hasCue('polite', Math.max(0, s - 2), s))
}
/** blame42: after "not our fault", the buyer told a way on (这个不能怪我们，您可以联系快递 / 您放心 / 您先别急) names no act of theirs. */
const WAY_ON = ['可以', '能', '放心', '别', '不用', '先', '稍', '耐心', '再', '看', '联系', '找', '要是', '如果', '需要'].map(normalizePhrase)

const OTHER_SELLER = classWords('goods.other.seller', 'rules/curt-reply/faulted.ts').map(normalizePhrase)

export function otherGoodsBefore(text: string, at: number): boolean {
  const said = text.slice(sentenceStart(text, at), at)
  return OTHER_SELLER.some((w) => said.includes(w))
}

/** Seven digits or more, with spaces or dashes between them (177 2345 6789, 0592-5512345). */
const PHONE = /\d[\d -]{5,}\d/
/** Whose number it is, said before it: the courier or driver of the order, or a private number (class handover.number.owner). */
const OWNER = classWords('handover.number.owner', 'rules/curt-reply/faulted.ts').map(normalizePhrase)
export function numberBefore(text: string, at: number): boolean {
  const m = PHONE.exec(text.slice(0, at))
  if (m === null || m[0].replace(/[ -]/g, '').length < 7) return false
  const owner = text.slice(0, m.index)
  return OWNER.some((w) => owner.includes(w))
}

const QUOTED = classWords('said.content.quoted', 'rules/curt-reply/faulted.ts').map(normalizePhrase)
export function quotedAfter(text: string, at: number): boolean {
  const rest = text.slice(at)
  return QUOTED.some((w) => rest.includes(w))
}
