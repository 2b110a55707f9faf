import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const ID = 'competitor-disparagement'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  ['别家都是假货', '别家都是假货', 0],
  ['他们家是高仿', '他们家是高仿', 0],
  ['某宝上的都是假的', '某宝上的都是假的', 0],
  ['隔壁家卖的是A货', '隔壁家卖的是A货', 0],
  ['別家都是假貨', '別家都是假貨', 0],
  ['别的店都是翻新的', '别的店都是翻新的', 0],
  ['其他家卖的是二手货', '其他家卖的是二手货', 0],
  ['其他家质量很差', '其他家质量很差', 0],
  ['别家便宜是因为用料差', '别家便宜是因为用料差', 0],
  ['外面卖的都是垃圾', '外面卖的都是垃圾', 0],
  ['他们家的好评都是刷的', '他们家的好评都是刷的', 0],
  ['别家都是假货哦亲', '别家都是假货', 0],
  ['他们家那个是高仿的', '他们家那个是高仿的', 0],
  ['拼夕夕上的都是山寨货', '拼夕夕上的都是山寨货', 0],
  ['别家卖这么便宜的都是高仿', '别家卖这么便宜的都是高仿', 0],
  ['其他店铺的货基本都是翻新机', '其他店铺的货基本都是翻新机', 0],
  ['外面那些便宜的都是假的', '外面那些便宜的都是假的', 0],
  ['别人家的质量很差，用两天就坏', '别人家的质量很差', 0],
  ['他们家卖的是A货，您别上当', '他们家卖的是A货', 0],
  ['同行很多都是以次充好', '同行很多都是以次充好', 0],
  ['其他商家的图都是盗图', '其他商家的图都是盗图', 0],
  ['别家都是翻新货，我们全新', '别家都是翻新货', 0],
  ['其他店便宜是因为都是仿品', '其他店便宜是因为都是仿品', 0],
  ['他家就是个骗子店', '他家就是个骗子', 0],
  ['有的店卖的是二手的，您要小心', '有的店卖的是二手', 0],
  ['某东上那家是假的', '那家是假的', 3],
  ['隔壁店做工太差了', '隔壁店做工太差', 0],
  ['其他家都是三无产品', '其他家都是三无', 0],
  ['別人家的是仿的', '別人家的是仿的', 0],
  ['别人卖的都是高仿货', '别人卖的都是高仿货', 0],
  ['网上卖的那些都是回收料做的', '网上卖的那些都是回收料', 0],
  ['代购的很多是假的', '代购的很多是假的', 0],
  ['其他品牌都是智商税', '其他品牌都是智商税', 0],
  ['有些小店卖的是临期的', '有些小店卖的是临期', 0],
  ['别家的售后差', '别家的售后差', 0],
  ['其他的店不行', '其他的店不行', 0],
  ['别家便宜是有原因的', '别家便宜是有原因的', 0],
  ['其他家那个价格不可能是正品', '其他家那个价格不可能是正品', 0],
]

const passes: readonly string[] = [
  // The shop's own claims.
  '我们家是正品',
  '我们家是官方授权店，支持验货',
  '我们是官方旗舰店，假一赔三',
  '假一赔十，放心购买',
  '我们家没有翻新机',
  '翻新机我们是不卖的',
  '我们家做工很细致',
  // Neutral comparisons.
  '和别家比，我们的面料更厚实',
  '和其他家比我们的价格稍高一点，但用料更好',
  '跟其他家比，我们的售后更完善',
  '我们家比别家贵一点，因为用的是进口面料',
  '别家的价格可能更低一些',
  '这款比别家的同款多了一个内衬',
  '这款比上一代更轻',
  '您可以放心对比',
  // Judgement withheld, turned on the shop, or asked.
  '别家是不是假货我们不清楚',
  '别家的情况我们不了解呢',
  '别家的情况不好说，我们这边保证全新',
  '我们不评价其他家哦',
  '我们不评价其他店铺',
  '不能说别家是假货',
  '别家说我们是假的，其实我们是正品',
  '别家是假货吗？',
  // No other seller.
  '别担心',
  '别担心，质量问题包退',
  '别急，马上给您发货',
  '别的颜色也有货哦',
  '外面下雨了记得收衣服哦',
  '这款二手市场也很保值',
  '市面上仿品很多，建议认准官方旗舰店',
  '别的店不行吗？',
  '其他品牌的也可以用',
  '我们不是代购，是官方授权',
  '别家的发货也很快',
  '我们便宜是有原因的，工厂直供',
  '别家的不行的话您可以考虑我们',
  '别担心，这款不会过期',
  '实体店和网上一样的价格',
  '',
]

describe('competitor-disparagement: must flag', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'warning', actual, start, end: start + actual.length }])
  })
})

describe('competitor-disparagement: must not flag', () => {
  it.each(passes)('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('competitor-disparagement: messages', () => {
  it('suggests stating the shop’s own guarantee, never a fix', () => {
    const [m] = lint('别家都是假货')
    expect(m!.expected).toEqual([])
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('「别家都是假货」是在贬低其他商家，可能构成商业诋毁；只介绍本店商品的优势和保障即可，例如「我们是品牌授权，支持验货」。')
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor(ID, { locale: 'en' }).lint('他们家是高仿').messages
    expect(m!.message).toBe('“他们家是高仿” disparages another seller, which can be commercial defamation; describe your own product\'s strengths and guarantees instead.')
  })
})

describe('competitor-disparagement: options', () => {
  it('extra predicates still need another seller as subject', () => {
    const l = linterFor(ID, { rules: { [ID]: { flag: ['过期'] } } })
    expect(brief(l.lint('别家的都是过期的').messages)).toEqual([{ ruleId: ID, severity: 'warning', actual: '别家的都是过期', start: 0, end: 7 }])
    expect(l.lint('这批不会过期').messages).toEqual([])
  })

  it('forces a severity', () => {
    const l = linterFor(ID, { rules: { [ID]: 'error' } })
    expect(l.lint('别家都是假货').messages.map((m) => m.severity)).toEqual(['error'])
  })
})
