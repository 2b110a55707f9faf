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

/**
 * Sets H and I kinds, in other words: a change asked with a bare modal (差评看到了 能改一下吗) and paid
 * with goods (补寄/补发), a tag question between the review and its price (别给差评好不好，我给您退20),
 * the claim ticket sent by other verbs and set apart by a typed space (好评加五星 截图传给我们), free
 * shipping as the reward (免运). Traps: the shop showing other buyers' review screenshots, a change
 * left to the buyer, a refusal.
 */
describe('review-manipulation: sets H and I kinds', () => {
  it.each([
    '那条中评可以改一下吗 改好了我再给您寄一个新的',
    '先别打差评行不行，我这边给您补15块',
    '五星好评 截图丢给我 下次免运',
    '好评带图后截图转给客服，返您3元',
    '麻烦把中评删一下 我给您退个差价',
  ])('flags: %s', (text) => {
    expect(ids(text)).toContain(ID)
  })
  it.each([
    '给您看一下其他买家的好评截图，尺码都说正',
    '差评您改不改都行，补发照常给您安排',
    '我们不会要求您修改评价，新的已经给您补寄了',
  ])('passes: %s', (text) => {
    expect(ids(text)).not.toContain(ID)
  })
})
