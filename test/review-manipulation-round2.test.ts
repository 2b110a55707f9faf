import { describe, expect, it } from 'vitest'
import { linterFor } from './support/harness.js'

/**
 * Set F's kinds for review-manipulation, in other words: a gift claimed from the agent after
 * the review (找客服领/联系客服兑换), and compensation said to be unrelated to the review
 * (与评价无关，不用修改) — no deal, even with a change verb in the sentence.
 */
const ID = 'review-manipulation'
const linter = linterFor(ID)
const ids = (text: string) => linter.lint(text).messages.map((m) => m.ruleId)

const flags: readonly string[] = [
  '好评带三张图的亲，可以找客服领一套试用装哦',
  '收货后给个五星好评，联系客服兑换一张满减券',
  '追评满二十字，私信客服领一份小礼物',
  '五星好评加晒图的，找我领一个收纳袋',
]

const passes: readonly string[] = [
  '延误的赔付已经给您申请了，和评价无关，差评您不用修改',
  '这次补偿是按规定给的，跟您的评价没有关系，中评不需要修改',
  '您的评价对我们很有价值，我们会认真改进',
  '优惠券可以找客服领一张，满199可用',
]

describe('review-manipulation: set F kinds, other wordings', () => {
  it.each(flags)('flags: %s', (text) => {
    expect(ids(text)).toContain(ID)
  })
  it.each(passes)('passes: %s', (text) => {
    expect(ids(text)).not.toContain(ID)
  })
})
