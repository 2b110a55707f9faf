/**
 * The readings judge (judge.ts) asks of one kind of finding only: whether a cash deal's discount is the cash's, a group
 * pull was declined, an app is named only as the place an official account is followed, a private payment is a review
 * reward (review-manipulation's finding), or a payment word asks how the buyer paid; and where a canned how-to's sentence
 * really ends.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, firstCue } from '../../src/context/cues.js'
import { refusedBefore } from '../shared/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { isNegated } from '../../src/context/negation.js'
import { classWords } from '../../src/vocab/index.js'
import { kindOf, PROHIBIT_REACH } from './entries.js'

/** mend27: a negation at most this far before the discount word, in its clause (没有额外优惠, 不减免). */
const NO_DISCOUNT_REACH = 4
/** 比 as normalised text spells it: 比网上便宜 compares with the platform rather than turning to it. */
const THAN = normalizePhrase('比')

/**
 * mend27: whether the discount the cashDeal construction found belongs to the cash: in the cash word's clause or the next,
 * no turn or platform between them (付现金或者刷卡都可以，线上下单更优惠; 付现金，不过线上…有优惠券), and not negated
 * (没有额外优惠, 不减免运费).
 */
export function cashGetsDiscount(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const phrase = f.entry.normalized.filter((p) => text.startsWith(p, f.start)).sort((a, b) => b.length - a.length)[0]
  const name = f.entry.constructionCues?.next
  if (phrase === undefined || name === undefined) return true
  const cashEnd = f.start + phrase.length
  const word = cuesWithin(ctx, name, cashEnd, f.end).filter(([, e]) => e === f.end).sort((a, b) => a[0] - b[0])[0]
  if (!word) return true
  const first = clauseEnd(text, cashEnd)
  if (first < word[0] && clauseEnd(text, first + 1) < word[0]) return false
  // …but the platform as what the cash beats (付现金，比网上便宜) is the cash's discount.
  if (cuesWithin(ctx, 'cashTurn', cashEnd, word[0]).some(([s]) => !text.endsWith(THAN, s))) return false
  const negations = cuesWithin(ctx, 'cashNoDiscount', Math.max(clauseStart(text, word[0]), cashEnd), word[0])
  return !negations.some(([, e]) => word[0] - e <= NO_DISCOUNT_REACH)
}

/**
 * 群里人太多了，不拉您进去了 / 淘宝群里…我拉您进去: the pull declined right before it (the span starts
 * at the group word, so the engine's negation check does not see it), or the marketplace's own group.
 */
export function pullDeclined(ctx: LintContext, f: Finding, sStart: number, sEnd: number): boolean {
  if (ctx.hasCue('inPlatformGroup', sStart, sEnd)) return true
  const phrase = f.entry.normalized.filter((p) => ctx.text.startsWith(p, f.end - p.length)).sort((a, b) => b.length - a.length)[0]
  if (phrase === undefined) return false
  const at = f.end - phrase.length
  return isNegated(ctx.text, at) || refusedBefore(ctx, at, 'prohibit', 'resume', PROHIBIT_REACH)
}

/** The locative 微信上 / qq上 (the app named as a place). */
const ON_APP_CHAR = normalizePhrase('上')

/**
 * 在微信上关注一下我们的公众号: the app named as the place where the buyer follows or searches an
 * official account. The account's own entry (kind publicAccount) reports that, with its exemptions
 * (a manual or a cookbook lives there); the place adds nothing.
 */
export function placesFollowedAccount(ctx: LintContext, f: Finding): boolean {
  const kind = kindOf(f.entry)
  if (kind !== 'account' && kind !== 'invite') return false
  // 微信上 (account) or 微信上搜 (invite): the app as a place, then the seeking verb, before or after the hit's end.
  const on = ctx.text.indexOf(ON_APP_CHAR, f.start)
  if (on < 0 || on >= f.end) return false
  const account = firstCue(ctx, 'officialAccount', f.end, clauseEnd(ctx.text, f.end))
  return account !== undefined && ctx.hasCue('seek', on, account[0])
}

/** The first sentence end (。！？!? or a line break) after `at`, however far: the text's end without one. */
const FULL_STOP = /[。！？!?\n]/g
export function fullSentenceEnd(text: string, at: number): number {
  FULL_STOP.lastIndex = at
  const m = FULL_STOP.exec(text)
  return m ? m.index : text.length
}

/**
 * 好评的话我私下补偿您10块: a bare 私下 reward for a review is review-manipulation's finding; with
 * a channel in the clause (私下微信转您) the money is off the platform all the same.
 */
export function rewardedReview(ctx: LintContext, f: Finding, sStart: number): boolean {
  const { text } = ctx
  // cp22: any word of the agent paying out of pocket (私人补您, 私底下给您), as 私下 is.
  if (!PRIVATELY.some((w) => text.startsWith(w, f.start))) return false
  // rv32: …or in the question right before, which the reward answers (差评能帮忙改成好评吗？改好后我私下给您返15块; BA, as
  // review-manipulation reads the offer after an ask).
  const from = sStart > 0 && ASKED.has(text[sStart - 1]!) ? sentenceStart(text, sStart - 1) : sStart
  if (!ctx.hasCue('reviewReward', from, f.start)) return false
  return !ctx.hasCue('namedChannel', clauseStart(text, f.start), clauseEnd(text, f.end))
}
/** The question mark that ends the sentence before (normalised text spells ？ as ?). */
const ASKED = new Set([normalizePhrase('？'), '?'])
const PRIVATELY = [...new Set(['私下', ...classWords('offplat.private', 'rules/off-platform')])].map(normalizePhrase)

/**
 * 您是用支付宝转账的吗？: asking how the buyer paid is no invitation — a question, the buyer
 * (@subject.customer) as subject, and no one of the shop (@subject.shop: 我, 我们…) in the clause
 * to receive anything. Read only on payment hits, so the words stay out of the cue automaton.
 */
export function askedHowPaid(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  if (!isQuestion(text, f.start, f.end)) return false
  const before = text.slice(clauseStart(text, f.start), f.start)
  const clause = text.slice(clauseStart(text, f.start), clauseEnd(text, f.end))
  return CUSTOMER.some((w) => before.includes(w)) && !SHOP.some((w) => clause.includes(w))
}
const CUSTOMER = classWords('subject.customer', 'rules/off-platform').map(normalizePhrase)
const SHOP = classWords('subject.shop', 'rules/off-platform').map(normalizePhrase)
