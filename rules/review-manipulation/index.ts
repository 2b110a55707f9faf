import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, lastCue, mergeOverlapping, refusedBefore, runEnd, type Span } from '../shared/cues.js'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/review-manipulation/lexicon.yaml')
/** A reward this far after the review word still pays for it (五星好评，联系客服领取5元红包). */
const REWARD_REACH = 12
/** Short reward words (返, 送, 元) only count right after the review word (好评返3元). */
const SHORT_REACH = 3
/** A reward before the review needs a condition word between, within this reach (返现需要好评). */
const CONDITION_REACH = 10
const REFUSE_REACH = 6
const REWARDS = ['reward', 'rewardShort']
/** Digits and numerals of an amount, then its unit: 返3元, 送5块钱, 返两元. */
const NUMERAL = new Set(normalizePhrase('0123456789.一二两三四五六七八九十百千'))
// Literals compared with the normalised reply are normalised like it.
const UNITS = ['块钱', '元', '块', '毛'].map(normalizePhrase)
const FULL = normalizePhrase('满')
/** 满15字, 满3张, 满5星, 打满5分: sizes of the review, not spending thresholds. */
const REVIEW_QUANTITY = ['字', '张', '星', '分', '天', '颗'].map(normalizePhrase)

/** 好评返 + 3元: the amount belongs to the problem and to its span. */
function withAmount(text: string, end: number): number {
  let i = end
  while (i < text.length && i - end < 6 && NUMERAL.has(text[i]!)) i++
  if (i === end) return end
  const unit = UNITS.find((u) => text.startsWith(u, i))
  return unit ? i + unit.length : end
}

/** Whether nothing between review and reward breaks the deal (好评哦，满99送 / 好评不返现). */
function linked(ctx: LintContext, from: number, to: number): boolean {
  if (ctx.hasCue('unlink', from, to) || ctx.hasCue('refuse', from, to) || ctx.hasCue('refuseBetween', from, to)) return false
  return !spendThreshold(ctx.text, from, to)
}

/**
 * 满99送 is a spending threshold, a promotion of its own; 满15字 is a condition on the review
 * itself (评价满15字带图返现), so only 满 + amount not followed by 字/张/星/天 unlinks.
 */
function spendThreshold(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(FULL, from); i >= 0 && i < to; i = text.indexOf(FULL, i + 1)) {
    let j = i + 1
    while (j < to && NUMERAL.has(text[j]!)) j++
    if (j > i + 1 && !REVIEW_QUANTITY.includes(text[j] ?? '')) return true
  }
  return false
}

/**
 * End of the reward that pays for the review ending at f.end, if any: a reward word within
 * REWARD_REACH in the sentence; a short one (返, 送, 元) right after it in its clause, or
 * anywhere in reach when an amount follows (联系客服返5元).
 */
function rewardAfter(ctx: LintContext, f: Finding, sentenceEnd: number): number | undefined {
  const { text } = ctx
  const limit = Math.min(sentenceEnd, f.end + REWARD_REACH + 4)
  const cEnd = clauseEnd(text, f.end)
  let best: Span | undefined
  const consider = (c: Span, plain: boolean) => {
    if (c[0] < f.end || c[1] > limit || c[0] - f.end > REWARD_REACH) return
    if (!plain && !(c[1] <= cEnd && c[0] - f.end <= SHORT_REACH) && withAmount(text, c[1]) === c[1]) return
    // The nearest reward, and the longest word there (返现 rather than 返).
    if (best && (c[0] > best[0] || (c[0] === best[0] && c[1] <= best[1]))) return
    if (linked(ctx, f.end, c[0])) best = c
  }
  for (const c of cuesWithin(ctx, 'reward', f.end, limit)) consider(c, true)
  for (const c of cuesWithin(ctx, 'rewardShort', f.end, limit)) consider(c, false)
  if (!best) return undefined
  // 返您 + 现金, 小礼 + 礼品: touching reward words are one reward; then its amount, and what
  // the amount is paid as (返 + 2元 + 红包).
  const end = withAmount(text, runEnd(ctx, REWARDS, best[1], sentenceEnd))
  return runEnd(ctx, REWARDS, end, sentenceEnd)
}

/** 想要返现的话给个好评, 红包需要五星好评: a reward made conditional on the review. */
function rewardBefore(ctx: LintContext, f: Finding, sentenceStart: number): number | undefined {
  const c = lastCue(ctx, 'reward', Math.max(sentenceStart, f.start - CONDITION_REACH - 4), f.start)
  if (!c || f.start - c[1] > CONDITION_REACH) return undefined
  return ctx.hasCue('condition', c[1], f.start) && linked(ctx, c[1], f.start) ? c[0] : undefined
}

function judge(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  const sEnd = sentenceEnd(text, f.end)
  if (ctx.hasCue('void', sStart, sEnd)) return null
  if (refusedBefore(ctx, f.start, 'refuse', 'condition', REFUSE_REACH)) return null
  if (f.entry.tags.includes('screenshot')) return f
  const end = rewardAfter(ctx, f, sEnd)
  if (end !== undefined) return { ...f, end }
  const start = rewardBefore(ctx, f, sStart)
  if (start !== undefined) return { ...f, start }
  // A review asked for without a reward is fine (满意的话给个好评哦).
  return null
}

export default defineRule({
  meta: {
    id: 'review-manipulation',
    category: 'compliance',
    description: {
      zh: '以奖励换好评：好评返现、五星好评返N元、晒单返现、追评返红包、好评截图发我…（单纯邀请评价不算）',
      en: 'Rewards for reviews: cash back, red packets or gifts for a good review, review screenshots (a plain request for a review is fine)',
    },
    defaultSeverity: 'error',
    fixable: false,
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize: mergeOverlapping }),
})
