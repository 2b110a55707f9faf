import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

/**
 * Issue 8, "another buyer's name + partial number + district" for privacy-leak: where another
 * person lives, their full name, what they paid or bought, their records offered; a full card
 * number shown whatever its checksum; and what is not a leak (a greeting, a surname in passing,
 * a word that looks like a name, the agent's own number, the buyer's own data).
 */
const ID = 'privacy-leak'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages
const OTHER = '是其他人的个人信息'

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // Where another person lives, by district or relative to the buyer.
  ['有位买家也住在您那个小区，昨天刚收到货', '住在您那个小区', 5],
  ['她就住您对门，您可以去问问', '住您对门', 2],
  ['上次那位顾客的地址就在您楼上', '地址就在您楼上', 7],
  ['那个退货的客人住海淀区，离您不远', '住海淀区', 7],
  // A full name, or a named party to someone else's order.
  ['前面那位客人叫黄志强，他的快递也送错了', '黄志强', 7],
  ['查到您先生的订单了，是寄给一位刘女士的', '刘女士', 15],
  // What someone else paid or bought.
  ['您家人上个月在我们店一共花了1299', '一共花了1299', 10],
  ['您同事也来过，她买的是两支口红', '她买的是两支口红', 7],
  // Someone else's records offered.
  ['之前一位顾客的聊天记录我这边有，可以发您参考', '聊天记录我这边有', 7],
  ['上个买家的购买记录截图给您看看', '购买记录截图给您', 5],
]

const passes: readonly string[] = [
  '张女士您好，您的订单已发货',
  '另一位顾客王女士也反馈过这个问题',
  '其他买家住得远的一般三天到',
  '上一位顾客也问了这个问题，我们已经处理了',
  '别人的手机号我们是不能告诉您的',
  '有位顾客住院了没法签收，所以退回来了',
  '他叫快递员放门口了',
  '那位顾客叫周末再送',
  '您可以叫您先生帮忙签收',
  '快递员说会放到您家楼下的快递柜',
  '他买的是黑色XL，和您一样吗？',
  '上个买家也问了这个',
  '上个月的订单尾号1234已经发货',
]

describe('privacy-leak: another person described', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    const found = lint(text)
    expect(brief(found)).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
    expect(found[0]!.message).toContain(OTHER)
  })

  it.each(passes)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('reads Traditional wording (zh-TW)', () => {
    const tw = linterFor(ID, { profile: 'zh-TW' })
    expect(brief(tw.lint('那位陳小姐也住您那棟，包裹也還沒到').messages)).toEqual([
      { ruleId: ID, severity: 'error', actual: '住您那棟', start: 6, end: 10 },
    ])
  })
})

describe('privacy-leak: card numbers and the agent\'s own number', () => {
  it('reports a labelled card number that fails the Luhn check, masked', () => {
    const [m] = lint('已退回您之前那张卡：6217 0000 1111 2222 333')
    expect(brief([m!])).toEqual([{ ruleId: ID, severity: 'error', actual: '6217 0000 1111 2222 333', start: 10, end: 33 }])
    expect(m!.expected).toEqual(['6217 **** **** ***2 333'])
  })

  it('leaves an unlabelled long number alone', () => {
    expect(lint('单据编号 6217000011112222333 已作废')).toEqual([])
  })

  // cp22: changed. The agent's own mobile typed in full digits is a full personal number shown in the chat: the pool's
  // authors (sets i, l, r), the three of AD/AE/AF and the real-traffic reviewers label it privacy-leak beside off-platform.
  // Spelt in words (一三九…) or a business line (厂家电话, 工作手机) it stays off-platform's alone, as before.
  it('reports the agent\'s own mobile in digits; leaves one spelt in words, or a business line, to off-platform', () => {
    expect(brief(lint('有事电话联系我 139 0000 1234'))).toEqual([{ ruleId: ID, severity: 'error', actual: '139 0000 1234', start: 8, end: 21 }])
    expect(lint('有事电话联系我 一三九 零零零零 一二三四')).toEqual([])
    expect(lint('售后找厂家，厂家电话13900001234')).toEqual([])
    expect(brief(lint('买家电话是13900001234'))).toEqual([{ ruleId: ID, severity: 'error', actual: '13900001234', start: 5, end: 16 }])
  })
})

/**
 * Sets H and I kinds, in other words: another buyer placed by province, city or country (地址是
 * 湖南长沙的, 来自佛山, 是从成都下的单), named by a surname and a title after a name label (叫陈先生,
 * 收件人是王女士), and 她是 / 他那单 as the reference the data is told about. Traps: the buyer's
 * own address, the shop's warehouse, a surname greeted, a pronoun with nothing told about it.
 */
describe('privacy-leak: sets H and I kinds', () => {
  it.each([
    ['那位顾客的地址是四川成都的，已经签收了', '地址是四川成都'],
    ['她是昨天下的单，地址填的是广东东莞', '地址填的是广东东莞'],
    ['您问的那个买家叫王女士，已经收到了', '王女士'],
    ['另一位客人来自福建厦门，她也买了这款', '来自福建厦门'],
    ['您表姐的订单尾号是3847，已经签收了', '3847'],
    // A phone spelt in number words, labelled and claimed by nobody as their own.
    ['前面那位顾客的手机是一八六一二三四五六七八', '一八六一二三四五六七八'],
  ])('flags %s → %s', (text, actual) => {
    expect(lint(text).map((m) => m.actual)).toContain(actual)
  })
  it.each([
    '您的地址是湖南长沙的，对吗',
    '我们仓库在湖南长沙，一般隔天到',
    '王女士您好，您的快递已经签收了',
    '她是上周下的单，已经发货了',
    '他是快递员，会打您电话',
    '那个买家叫什么我们不能透露哦',
    '送给您婆婆的话建议选大一码',
    '绿色软件搜一下 一八六 一二三四 五六七八',
    '我私人号码是一八六一二三四五六七八，打我电话快',
    '一二三四五六七八九十，数到十就好',
  ])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})
