/**
 * What breaks a deal between a review and a reward: a refusal, an unlinking word, a 下次 or a spending threshold between
 * them (linked; a 不 inside the wording the agent dictates or quotes refuses nothing), and the deal called off or the
 * reward the platform's own in the sentence (voided).
 */
import type { LintContext } from '../../src/types.js'
import { clauseStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, lastCue } from '../../src/context/cues.js'
import { lastByText } from '../../src/context/memo.js'
import { spendThreshold } from './amount.js'

/** How far before the review word a refusal still governs it (不会要求您删除差评). */
export const REFUSE_REACH = 6
/** Between the review and another condition: 好评加收藏, 好评+关注, 好评并收藏. */
const JOINED = new Set([...normalizePhrase('加+和并再➕')])

/**
 * Whether nothing between review and reward breaks the deal (好评哦，满99送 / 好评不返现).
 * `concrete`: the reward is addressed to the buyer or has an amount, so 下次 does not unlink it.
 */
export function linked(ctx: LintContext, from: number, to: number, concrete = false, specified = false): boolean {
  // 不 inside what the review must say (不要写“色差”) dictates the wording, it refuses nothing.
  // Nor in words that merely start with it (不错, 不少), nor in the wording dictated after
  // 写成/换成 in its clause (写成“没味道”).
  const inside = (s: number, e: number, name: string) => ctx.cues(name).some(([a, b]) => a <= s && e <= b)
  const dictated = (s: number) => lastCue(ctx, 'reviewSpec', clauseStart(ctx.text, s), s) !== undefined
  // The same holds for a refusal word inside the dictated wording (追评说一下没有异味，补您5块):
  // it is what the review must say, not the shop declining.
  // ex31: nor one inside a `notRefuse` phrase (其他不用动: the rest of the review left as it is).
  for (const [s, e] of cuesWithin(ctx, 'refuse', from, to)) if (!dictated(s) && !inQuotes(ctx.text, s) && !inside(s, e, 'notRefuse')) return false
  // cb24: a 不/没 inside the review text the agent dictates (追评写“没有异味”，返您5元) is quoted, not a refusal.
  for (const [s, e] of cuesWithin(ctx, 'refuseBetween', from, to)) if (!inside(s, e, 'reviewSpec') && !inside(s, e, 'notRefuse') && !dictated(s) && !inQuotes(ctx.text, s)) return false
  // 好评加收藏，送小礼品: joined to the review, 收藏 is more of the condition, not another promotion.
  // A specified review with a concrete reward (好评附三张图，下单帮您打八折) is one deal throughout.
  if (!(specified && concrete)) for (const [s] of cuesWithin(ctx, 'unlink', from, to)) if (!JOINED.has(ctx.text[s - 1] ?? '')) return false
  // 给个好评哦，下次来店里领优惠券 is an ad; 给个好评吧，下次来买给你打九折 is the price of it.
  if (!concrete && !specified && ctx.hasCue('later', from, to)) return false
  return !spendThreshold(ctx.text, from, to)
}

const OPEN_QUOTES = new Set(['“', '「', '『'])
const CLOSE_QUOTES = new Set(['”', '」', '』'])
/**
 * Whether `at` stands inside a quotation opened before it and not yet closed (追评写“…，没有异味”): the words of
 * the review the agent dictates, so a 没/不 there refuses nothing (cb24). Straight quotes toggle.
 */
function inQuotes(text: string, at: number): boolean {
  // Read once per reply (lastByText), not once per call: a walk from the start per reward made a long reply quadratic.
  return quoteMapOf(text)[at] === 1
}
/** For every offset, 1 when a quotation opened before it is not yet closed there. */
const quoteMapOf = lastByText(quoteMap)
function quoteMap(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1)
  let depth = 0
  let straight = false
  for (let i = 0; i < text.length; i++) {
    out[i] = depth > 0 || straight ? 1 : 0
    const c = text[i]!
    if (OPEN_QUOTES.has(c)) depth++
    else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1)
    else if (c === '"') straight = !straight
  }
  out[text.length] = depth > 0 || straight ? 1 : 0
  return out
}

/** How far before a platform currency a reward addressed to the buyer makes it the shop's own (额外返您30元京豆). */
const CURRENCY_REACH = 8
/**
 * The deal called off or the reward the platform's own (cue `void`) — unless the only such word is a platform
 * currency the shop hands to the buyer itself (cb24: 好评后返您30元京豆 is the shop's reward; 评价完平台会送京豆 is not).
 */
export function voided(ctx: LintContext, sStart: number, sEnd: number): boolean {
  for (const [s, e] of cuesWithin(ctx, 'void', sStart, sEnd)) {
    const from = Math.max(sStart, s - CURRENCY_REACH)
    if (ctx.hasCue('currency', s, e) && ctx.hasCue('personal', from, s) && !ctx.hasCue('platform', sStart, s)) continue
    return true
  }
  return false
}
