import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const ID = 'review-manipulation'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  ['好评返现哦亲', '好评返现', 0],
  ['好平返现哦', '好平返现', 0],
  ['五星好评返3元', '五星好评返3元', 0],
  ['晒单返现5元', '晒单返现5元', 0],
  ['追評返2元', '追評返2元', 0],
  ['带图好评有礼', '带图好评有礼', 0],
  ['好平返红包', '好平返红包', 0],
  ['好评后联系客服领取红包', '好评后联系客服领取红包', 0],
  ['给个五星好评返您5元', '五星好评返您5元', 2],
  ['好评送小礼物一份', '好评送小礼物', 0],
  ['给五星返5元', '五星返5元', 1],
  ['好评返现活动进行中', '好评返现', 0],
  ['好评免单，名额有限', '好评免单', 0],
  ['您给个好评，我送您一个小挂件', '好评，我送您', 3],
  ['给好评的话会返您现金', '好评的话会返您现金', 1],
  ['五星好评+带图可以领取小礼品', '五星好评+带图可以领取小礼品', 0],
  ['亲，收到货给个五星好评，联系客服返5元哦', '五星好评，联系客服返5元', 7],
  ['评价满15字带3张图返现10元', '评价满15字带3张图返现10元', 0],
  ['追加评价返现3元，截图发我', '追加评价返现3元', 0],
  ['晒买家秀返3元', '晒买家秀返3元', 0],
  ['全五星评价返现，截图找客服', '全五星评价返现', 0],
  ['五星带图好评的亲亲，返您现金5元', '五星带图好评的亲亲，返您现金5元', 0],
  ['好評返現', '好評返現', 0],
  ['５星好评返１０元', '５星好评返１０元', 0],
  ['确认收货给五星好评后联系客服有惊喜', '五星好评后联系客服有惊喜', 5],
  ['好评后退您5元', '好评后退您5元', 0],
  ['评分打满5分报销运费', '评分打满5分报销', 0],
  ['五星好评领券50元', '五星好评领券50元', 0],
  ['五星好评有奖哦', '五星好评有奖', 0],
  ['好评后可以找我领取', '好评后可以找我领取', 0],
  // A reward made conditional on the review.
  ['想要返现的话给个好评', '返现的话给个好评', 2],
  ['红包需要五星好评才能领', '红包需要五星好评才能领', 0],
  // The claim ticket of such a deal.
  ['好评截图发我', '好评截图', 0],
  ['五星评价截图给客服', '评价截图', 2],
  ['好评后截图给我，给您返2元红包', '好评后截图给我，给您返2元红包', 0],
]

const passes: readonly string[] = [
  '满意的话给个好评哦',
  '亲，收到货满意的话，麻烦给个五星好评哦',
  '麻烦给个五星好评',
  '欢迎评价',
  '满意的话欢迎评价哦',
  '您的评价对我们很重要',
  '您的好评是对我们最大的支持',
  '好评是对我们最大的鼓励，谢谢亲',
  '谢谢您的好评，欢迎下次光临',
  '追评的时候可以说说使用感受',
  '评价里很多买家说尺码偏小',
  '如有不满意请先联系我们，不要急着评价',
  '这款好评率很高',
  '好评率98%，放心拍',
  '这款宝贝好评如潮，放心购买',
  '本店好评款，销量过万',
  '五星级酒店同款床品',
  '返现活动已结束',
  '返现是平台活动，和评价无关',
  '收藏店铺送5元优惠券',
  '亲，晒图评价可以参与平台的抽奖活动哦',
  '好评哦，满99送赠品',
  '给个好评哦，下次来店里领优惠券',
  '我们不做好评返现的',
  '我们店不做任何好评返现哦',
  '亲，我们不提供好评返现哦，平台是禁止的',
  '好评不返现哦',
  '好评返现是违规的',
  '好评返现活动已经结束了',
  '不需要好评截图哦',
  '有问题先联系客服，不要急着评价哦',
  '评分是平台根据评价自动计算的',
  '',
]

describe('review-manipulation: must flag', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })
})

describe('review-manipulation: must not flag', () => {
  it.each(passes)('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

/** Categories of reward-for-review language, each row a different wording. */
const generalFlags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // An amount written with spaces, or paid by a verb that only pays with an amount.
  ['给个五星好评，我再给您返 6 块钱', '五星好评，我再给您返 6 块钱', 2],
  ['亲，好评带图的话，给您返两元', '好评带图的话，给您返两元', 2],
  ['写个好评就能退3块钱', '好评就能退3块钱', 2],
  // Discounts and gifts in kind.
  ['好评吧，下次来给你打八折', '好评吧，下次来给你打八折', 0],
  ['五星好评后私信我，给您打个折', '五星好评后私信我，给您打个折', 0],
  ['好评满20字，送您一份试用装', '好评满20字，送您', 0],
  // The gift in kind whole: a span ending in 送一 would cut 一双.
  ['晒图评价，额外送一双袜子', '晒图评价，额外送一双袜子', 0],
  // Scripted content for cash, further on in the sentence.
  ['评价里写上"正品"两个字，返现2元哦', '评价里写上"正品"两个字，返现2元', 0],
  // The claim ticket in a later clause.
  ['五星好评，截图发客服', '五星好评，截图发', 0],
  ['带图好评，截个图发我就行', '带图好评，截个图发', 0],
  // A bad review deleted or changed for compensation, either side, A-not-A questions included.
  ['您把差评删了，我们给您发个红包', '差评删了，我们给您发个红包', 2],
  ['差评改成好评的话，补偿您15元', '差评改成好评的话，补偿您15元', 0],
  ['能不能把中评撤销一下，我们退您10元', '中评撤销一下，我们退您10元', 4],
  ['给您退20元，麻烦把差评删一下', '退20元，麻烦把差评删', 2],
  ['您修改一下评价，运费我们给您报销', '修改一下评价，运费我们给您报销', 1],
  ['差评能撤掉吗？我们愿意赔偿您20元', '差评能撤掉吗？我们愿意赔偿您20元', 0],
  ['亲，您给了差评，能帮忙修改下吗，给您返10元红包', '差评，能帮忙修改下吗，给您返10元红包', 5],
  ['如果您愿意删除差评，我们可以全额退款', '删除差评，我们可以全额退款', 5],
  // With an amount, 下次 is when the price is paid; joined by 加, 收藏 is more of the condition.
  ['晒图好评，下次购买立减10元', '晒图好评，下次购买立减10元', 0],
  ['好评加收藏，送精美小礼品', '好评加收藏，送精美小礼品', 0],
]

const generalPasses: readonly string[] = [
  // Screenshots of a problem, not of a review.
  '评价失败的话截图发我看看',
  '评价提交不了，截图给客服看一下',
  // Other buyers' reviews, then a promotion of its own.
  '晒图的亲都说好看，现在买送运费险',
  '看评价的亲都说好，现在拍送小样',
  '评价送积分是平台规则，和店铺无关',
  // A refund is not a reward; an ad after 下次 is not a price.
  '好评后3天内退款到账',
  '追评的时候可以说说使用感受，有问题我们给您退换',
  // Bad reviews without any deal.
  '您把差评删掉吧',
  '差评我们会认真改进的',
  '我们不会要求您删除差评，该补偿的一定补偿',
  '您的差评我们看到了，非常抱歉，给您补发一件新的',
  '关于差评我们深感抱歉，已经为您退款了',
  '我们修改了商品评价规则的说明',
  '如果您对处理结果满意，可以修改一下评价，不满意也没关系，我们已经给您退款了',
  '好评哦，收藏店铺送5元券',
]

describe('review-manipulation: categories of rewards', () => {
  it.each(generalFlags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it.each(generalPasses)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('explains paying for a changed review on its own terms', () => {
    const [m] = lint('您把差评删了，我们给您发个红包')
    expect(m!.expected).toEqual(['非常抱歉给您带来不好的体验，我们先帮您把问题解决'])
    expect(m!.message).toBe(
      '「差评删了，我们给您发个红包」是用补偿换买家删除或修改评价，属于诱导评价，违反平台规则；请先解决买家的问题，评价由买家自己决定。',
    )
  })
})

describe('review-manipulation: messages and suggestions', () => {
  it('suggests inviting a review without a reward, never a fix', () => {
    const [m] = lint('五星好评返3元')
    expect(m!.expected).toEqual(['欢迎您收货后给我们评价'])
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('「五星好评返3元」是以奖励换好评（好评返现），违反平台规则，店铺会被处罚；可以邀请买家评价，但不能附带任何奖励，可改为「欢迎您收货后给我们评价」。')
  })

  it('explains screenshots on their own terms', () => {
    const [m] = lint('好评截图发我')
    expect(m!.expected).toEqual([])
    expect(m!.message).toBe('「好评截图」：让买家好评后截图或联系客服，通常是为了兑现好评奖励，属于诱导好评；请不要把评价和后续联系挂钩。')
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor(ID, { locale: 'en' }).lint('晒单返现5元').messages
    expect(m!.message).toBe('“晒单返现5元” offers a reward for a review, which platforms forbid and penalise; invite a review without any reward, e.g. “欢迎您收货后给我们评价”.')
  })
})

describe('review-manipulation: options', () => {
  it('extra review words still need a reward after them', () => {
    const l = linterFor(ID, { rules: { [ID]: { flag: ['种草'] } } })
    expect(brief(l.lint('种草返5元').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '种草返5元', start: 0, end: 5 }])
    expect(l.lint('欢迎种草').messages).toEqual([])
  })

  it('forces a severity', () => {
    const l = linterFor(ID, { rules: { [ID]: 'warning' } })
    expect(l.lint('好评返现').messages.map((m) => m.severity)).toEqual(['warning'])
  })
})
