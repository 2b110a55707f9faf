import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

/**
 * Issue 8, "money moved in other words" for review-manipulation: rewards named as free
 * shipping, a member price, credit off the next order or a new item; a review specified in
 * length, photos or a follow-up as the condition of a deal; a bad review to be removed, asked
 * a clause later; and refusals of the deal, which pass.
 */
const ID = 'review-manipulation'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // A review specified (length, photos, follow-up) for a reward, even on the next order.
  ['好评写满五十字带两张图，下回来买直接给会员价', '好评写满五十字带两张图，下回来买直接给会员价', 0],
  ['五星加一条追评，下次购物抵扣20元', '五星加一条追评，下次购物抵扣20元', 0],
  ['好评附上买家秀视频，下单就帮你打八折', '好评附上买家秀视频，下单就帮你打八折', 0],
  // A changed review paid in shipping or a replacement.
  ['评价改成五颗星的话，运费这边全包', '评价改成五颗星的话，运费这边全包', 0],
  ['麻烦把中评删一下吧，下次您来买包邮', '中评删一下吧，下次您来买包邮', 3],
  // The bad review as the topic, the removal asked a clause later, then the price.
  ['您的差评我们看到了，能不能帮忙撤一下，给您补寄一件新的', '差评我们看到了，能不能帮忙撤一下，给您补寄', 2],
  ['中评能不能撤回呀，我们给您包下次的运费', '中评能不能撤回呀，我们给您包下次的运费', 0],
  // What the review must say, for a reward.
  ['评价里夸一下包装，下单立返三块', '评价里夸一下包装，下单立返三块', 0],
  // Paid through a transfer after a screenshot.
  ['好评写完截个图，我这边转你5块', '好评写完截个图，我这边转你5块', 0],
]

const passes: readonly string[] = [
  // Refusals of the deal, wherever they stand.
  '好评返红包这种活动我们店从来不做',
  '好评送礼品是不允许的，您按真实感受评价就好',
  // The shop owning its fault, or a refund already made.
  '差评我们认，这边已经给您退款了，评价您随意',
  '差评对我们影响很大，我们会改进包装',
  '我们不会因为差评给您任何补偿，也不会要求您修改',
  // Plain requests and ads without a deal.
  '满意的话给个好评哦，下次来店里看看新品',
  '下次来买给您包邮，欢迎给个评价',
  '您可以修改评价，在订单页点追评就行',
  '差评的话您可以联系我们，我们先帮您解决问题',
  '评价满15字才能获得积分，这是平台规则',
]

describe('review-manipulation: rewards in other words', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it.each(passes)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('says a changed review was paid for', () => {
    expect(lint('麻烦把中评删一下吧，下次您来买包邮')[0]!.message).toContain('用补偿换买家删除或修改评价')
  })

  it('reads Traditional wording (zh-TW)', () => {
    const tw = linterFor(ID, { profile: 'zh-TW' })
    expect(brief(tw.lint('好評加三張照片，下次下單折抵60元').messages)).toEqual([
      { ruleId: ID, severity: 'error', actual: '好評加三張照片，下次下單折抵60元', start: 0, end: 17 },
    ])
  })
})
