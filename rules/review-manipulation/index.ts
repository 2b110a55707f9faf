/**
 * review-manipulation: rewards for reviews (好评返现, 删差评给补偿). The lexicon (lexicon.yaml) finds the review words and the
 * changes asked of a review; judge reads each in order: the deal voided (linked.ts), a changed review paid for (change.ts),
 * a reward for a review the previous turn told done, a refusal before it, a screenshot shown rather than asked, then the
 * reward that pays for the review after it, before it, in the answer to a question, or the screenshot that claims it
 * (reward.ts, with amounts in amount.ts and reward-reading.ts).
 */
import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { mergeOverlapping, refusedBefore } from '../shared/cues.js'
import { REFUSE_REACH, voided } from './linked.js'
import { changeDeal } from './change.js'
import { offerAfterAsk, rewardAfter, rewardBefore, ticketAfter } from './reward.js'
import { serviceForReview, threatForBadReview } from './service.js'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/review-manipulation/lexicon.yaml')

/** A review word or a change of a review (lexicon.yaml), read in order: a finding only with the reward that pays for it. */
function judge(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  const sEnd = sentenceEnd(text, f.end)
  if (voided(ctx, sStart, sEnd)) return null
  if (f.entry.tags.includes('change')) {
    const deal = changeDeal(ctx, f)
    if (deal) return deal
    // rl37b: a bad review given, the service owed withheld for it (给差评的话退款就不给您处理了; service.ts).
    const threat = threatForBadReview(ctx, f, sEnd)
    return threat ? { ...f, start: threat[0], end: threat[1] } : null
  }
  // The previous turn told the review done (construction.previous): a reward in this reply pays for it.
  // A refund in the sentence is the order's own money (退款已经转到您支付宝了), not the review's price. The finding runs to
  // the end of its clause, so two hits of one offer (说好的十块…转您) are one finding.
  if (f.entry.tags.includes('paidForDone')) {
    if (refusedBefore(ctx, f.start, 'refuse', 'condition', REFUSE_REACH, { questionsAsk: true }) || ctx.hasCue('changePay', sStart, f.start)) return null
    return { ...f, end: Math.max(f.end, clauseEnd(text, f.end)) }
  }
  if (refusedBefore(ctx, f.start, 'refuse', 'condition', REFUSE_REACH, { questionsAsk: true })) return null
  // 给您看下其他客户的好评截图: reviews shown to the buyer, not a screenshot asked of them.
  if (f.entry.tags.includes('screenshot')) return ctx.hasCue('showing', clauseStart(text, f.start), f.start) ? null : f
  const end = rewardAfter(ctx, f.end, sEnd)
  if (end !== undefined) return { ...f, end }
  const start = rewardBefore(ctx, f, sStart)
  if (start !== undefined) return { ...f, start }
  const offer = offerAfterAsk(ctx, f, sStart, sEnd)
  if (offer !== undefined) return { ...f, end: offer }
  const ticket = ticketAfter(ctx, f, sStart, sEnd)
  if (ticket !== undefined) return { ...f, end: ticket }
  // rl37b: after-sales owed (退款, 补发, 换货, 维修) made the price of a good review (service.ts).
  const service = serviceForReview(ctx, f, sStart, sEnd)
  if (service !== undefined) return { ...f, start: service[0], end: service[1] }
  // A review asked for without a reward is fine (满意的话给个好评哦).
  return null
}

export default defineRule({
  meta: {
    id: 'review-manipulation',
    category: 'compliance',
    description: {
      zh: '以奖励换好评：好评返现、五星好评返N元、晒单返现、追评返红包、好评截图发我、删差评/改好评给补偿…（单纯邀请评价不算）',
      en: 'Rewards for reviews: cash back, red packets, gifts or discounts for a good review, review screenshots, compensation for deleting or changing a bad one (a plain request for a review is fine)',
    },
    defaultSeverity: 'error',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是以奖励换好评或操纵评价（不是词表命中，请人工确认）；可以邀请评价，但不能附带任何奖励。',
        en: 'Statistical judgement: {actual} reads like a reward for a review or steering reviews (not a list match; check it); invite a review without any reward.',
      },
    },
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize: mergeOverlapping }),
})
