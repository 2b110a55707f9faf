import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'
import { validTaiwanId } from '../rules/privacy-leak/numbers.js'

/**
 * Issue 8, the kinds of language behind the misses and false alarms of exaggeration,
 * privacy-leak, review-manipulation and off-platform, each in wording of our own: what must be
 * reported (rule, severity, the exact span) and the traps that must not be.
 */
type Case = readonly [text: string, actual: string, severity: 'error' | 'warning']

function expectOne(ruleId: string, profile: 'marketplace' | 'zh-TW' | undefined, [text, actual, severity]: Case) {
  const linter = linterFor(ruleId, profile ? { profile } : {})
  const start = text.indexOf(actual)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(brief(linter.lint(text).messages)).toEqual([{ ruleId, severity, actual, start, end: start + actual.length }])
}

function expectNone(ruleId: string, text: string, profile?: 'marketplace' | 'zh-TW') {
  const linter = linterFor(ruleId, profile ? { profile } : {})
  expect(brief(linter.lint(text).messages)).toEqual([])
}

describe('exaggeration: claims in any wording', () => {
  const flags: Case[] = [
    // Comparisons that no product beats, without 最.
    ['论性价比，这款在全网都找不出第二家', '找不出第二家', 'warning'],
    ['说实话没有比我家更软的毛巾了', '没有比我家更', 'warning'],
    ['这款枕头的回弹甩同行一大截', '甩同行', 'warning'],
    // Endorsement and authority.
    ['这款精华液上过央视新闻的', '上过央视', 'warning'],
    ['很多明星也在用这个牌子的洗发水', '明星也在用', 'warning'],
    ['营养师推荐的早餐搭配', '营养师推荐', 'warning'],
    ['不少药剂师也在用这款护手霜', '药剂师也在用', 'warning'],
    // Grades borrowed from other industries.
    ['这套床品是五星级酒店同款', '五星级酒店同款', 'warning'],
    ['锅身用的是航天科技涂层', '航天科技', 'warning'],
    // "Everyone who used it…"
    ['喝过的客人都回购了好几次', '喝过的客人都回购', 'warning'],
    ['买过的没有一个不满意', '买过的没有一个不满意', 'warning'],
    ['我们店开了五年零差评', '零差评', 'warning'],
    // Efficacy and medical claims: a body or disease word and an effect.
    ['泡了半个月脚气全好了', '脚气全好了', 'error'],
    ['这款茶喝两周血压就降下来了', '血压就降下来', 'error'],
    ['鱼油能降低胆固醇', '降低胆固醇', 'error'],
    ['用这个洗发水告别头皮屑', '告别头皮屑', 'error'],
    ['这款酵素能调理便秘', '调理便秘', 'error'],
    ['孩子吃了个子蹭蹭长高', '吃了个子蹭蹭长高', 'error'],
    ['连喝一个月能瘦八斤', '瘦八斤', 'error'],
    ['这款杀菌喷雾效果100%', '效果100%', 'error'],
    ['这个洗衣液百分之百除菌', '百分之百除菌', 'error'],
    ['戴上这个手环就能防病毒', '防病毒', 'error'],
    ['坚持涂一个月，看着小十岁', '小十岁', 'error'],
  ]
  it.each(flags)('flags %s → %s', (...c) => expectOne('exaggeration', undefined, c))

  const passes = [
    // Negated claims.
    '我们不敢说没有比这更好的',
    '这款不是销量第一，但口碑不错',
    '我们做不到全网最低价，但售后有保障',
    // A quoted name: a shade, a product line.
    '“最佳拍档”色号目前有货',
    '您看到的“最强王者”是款名，不是宣传',
    // 最 in plain description of use.
    '最佳冲泡水温是85度',
    // Advice to follow a professional.
    '用量请按医生推荐的来',
    '效果不是百分百的，看个人肤质',
    // Questions, hedges, advice, conditions.
    '您是想问吃了会不会长高吗？',
    '有的顾客反馈用了痘印淡了一些，效果因人而异',
    '请您湿疹好了以后再穿这双袜子',
    '想瘦五斤的话还得配合运动',
    // Policy and honest feedback about everyone's purchase.
    '用过的商品不支持七天无理由',
    '买过的都说尺码偏小，建议拍大一码',
    // Words that merely contain a body word or a percentage.
    '这件是斑马纹的',
    '100%纯棉的面料',
  ]
  it.each(passes)('passes %s', (text) => expectNone('exaggeration', text))
})

describe('privacy-leak: red lines in disguise', () => {
  it('checks a Taiwanese national ID by its check digit', () => {
    expect([validTaiwanId('A123456789'), validTaiwanId('F228765431'), validTaiwanId('F228765432'), validTaiwanId('A323456789')]).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
  it('reports a Taiwanese national ID in a zh-TW reply, and outside it only with its label', () => {
    expectOne('privacy-leak', 'zh-TW', ['已幫您核對，訂購人是F228765431', 'F228765431', 'error'])
    expectOne('privacy-leak', undefined, ['订购人身分证字号F228765431', 'F228765431', 'error'])
    expectNone('privacy-leak', '订单号F228765431请核对')
  })

  const flags: Case[] = [
    ['上一单的收件人叫周小明，您认识吗？', '周小明', 'error'],
    // A named person's purchase and where it went.
    ['您老公前天也在我们家买了两盒燕窝', '也在我们家买了两盒燕窝', 'error'],
    // Someone else's address after a return cue: the cue is not the shop's address any more.
    ['寄回的那个包裹是别的顾客的，她地址是南京市鼓楼区中山路88号', '南京市鼓楼区中山路88号', 'error'],
  ]
  it.each(flags)('flags %s → %s', (...c) => expectOne('privacy-leak', undefined, c))

  it('reports another buyer\'s phone tail and the place she lives', () => {
    const text = '另一位宝妈手机尾号3579，也住这个小区'
    expect(brief(linterFor('privacy-leak').lint(text).messages)).toEqual([
      { ruleId: 'privacy-leak', severity: 'error', actual: '3579', start: 9, end: 13 },
      { ruleId: 'privacy-leak', severity: 'error', actual: '住这个小区', start: 15, end: 20 },
    ])
  })

  const passes = [
    '其他买家也在我们家买了不少，反馈都挺好',
    '您的手机尾号1234对吗',
    '退货请寄回：广州市白云区机场路100号3楼',
    '您老公上周也买了，寄的是同一个地址吗？',
    '您上一单的收件人叫王建军，这次还寄给他吗？',
  ]
  it.each(passes)('passes %s', (text) => expectNone('privacy-leak', text))
})

describe('review-manipulation: rewards in other words', () => {
  const flags: Case[] = [
    ['好评带三张图，私我领🧧', '好评带三张图，私我领🧧', 'error'],
    ['追评写上质量好，请您喝奶茶', '追评写上质量好，请您喝奶茶', 'error'],
    ['差评换成好评的话，我补您一半的钱', '差评换成好评的话，我补您一半的钱', 'error'],
    ['五星好评返您2r', '五星好评返您2r', 'error'],
    ['评价的时候别提异味，写成没味道，我给您返个小红包', '评价的时候别提异味，写成没味道，我给您返个小红包', 'error'],
  ]
  it.each(flags)('flags %s → %s', (...c) => expectOne('review-manipulation', undefined, c))

  const passes = ['好评不返现哦，感谢支持', '评价写什么都行，质量不错的话给个好评就好', '好评没有红包的，您如实评价就行']
  it.each(passes)('passes %s', (text) => expectNone('review-manipulation', text))
})

describe('off-platform: red lines in disguise', () => {
  const flags: Case[] = [
    ['点开我的头像，资料里有我的号码', '我的头像，资料里有我的号码', 'error'],
    ['拉您进群，群里每天发券', '拉您进群', 'error'],
    ['这边不方便，咱们换个地方聊', '换个地方聊', 'error'],
    ['您直接发红包给我，我帮您改价', '发红包给我', 'error'],
  ]
  it.each(flags)('flags %s → %s', (...c) => expectOne('off-platform', undefined, c))

  const passes = [
    // A question about how the buyer paid.
    '您是用微信转账付的吗？',
    // The shop disowns a code and warns the buyer.
    '这个收款码不是我们发的，千万别扫',
    '您是走银行转账付的款吗？',
    '本店不支持银行转账，请在平台付款',
  ]
  it.each(passes)('passes %s', (text) => expectNone('off-platform', text))

  it('still reports a question that asks the buyer to pay the agent', () => {
    expectOne('off-platform', undefined, ['您方便直接支付宝转账给我吗？', '支付宝转账给我', 'error'])
  })
})
