import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

// Kinds seen in formal Tmall/JD after-sales replies (set F): each case is our own wording.
const linter = linterFor('absolute-promise')
const lint = (text: string, previous?: string) => linter.lint(text, previous === undefined ? {} : { previous }).messages
const ids = (text: string, previous?: string) => brief(lint(text, previous)).filter((m) => m.severity !== 'info')

describe('absolute-promise (formal register): must flag', () => {
  it('an effect promised by an amount used (一盒 / 两瓶 / 一支 … 就 + change)', () => {
    expect(brief(lint('这款修护霜抹完一支痘印就淡了'))).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '一支痘印就淡', start: 7, end: 13 }])
    expect(ids('喝完两罐就能变瘦')).toHaveLength(1)
  })
  it('a yes to a question about how long the goods last', () => {
    expect(ids('嗯嗯，可以的', '这款热水器能用十几年吗？')).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '可以的', start: 3, end: 6 }])
  })
  it('a yes to a question about the body’s defences', () => {
    expect(ids('会的亲', '孩子吃了能少生病吗？')).toHaveLength(1)
  })
  it('a no to a question about performance declining with use', () => {
    expect(ids('不会的', '电动牙刷用半年会不会电量不耐用、续航变短？')).toHaveLength(1)
  })
  it('a no to a question about the goods not matching the picture (Traditional too)', () => {
    expect(ids('不会哦', '收到的和详情页图片会不会不一致？')).toHaveLength(1)
    expect(ids('不會的', '顏色跟主圖會差太多嗎？')).toHaveLength(1)
  })
  it('a fit promised in its own clause stays an error though a return follows as the fallback', () => {
    expect(ids('这双鞋保证合脚，不合脚包退')).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '保证', start: 3, end: 5 }])
  })
})

describe('absolute-promise (formal register): must not flag', () => {
  it('承诺 as a noun naming the shop’s standing policy', () => {
    expect(ids('48小时内发货是本店的统一承诺，超时可申请赔付')).toEqual([])
    expect(ids('我们的售后承诺写在店铺首页')).toEqual([])
  })
  it('a restock or arrival date said with 才 lowers expectations', () => {
    expect(ids('这个尺码目前缺货，要等下周一才到货')).toEqual([])
    expect(ids('偏远地区最快也要后天才能送到')).toEqual([])
  })
  it('test first, then use: the outcome is the condition for the next step', () => {
    expect(ids('建议先在耳后试用一天，不过敏再全脸使用', '敏感肌会过敏吗？')).toEqual([])
  })
  it('an amount that buys a gift, not an effect', () => {
    expect(ids('买两盒就送一支同款小样')).toEqual([])
  })
  it('a yes to a question about paying or service is no promise', () => {
    expect(ids('可以的', '能用花呗分期吗？')).toEqual([])
  })
  it('a questioned or hedged amount-effect is no promise', () => {
    expect(ids('一般用完两瓶斑会淡一些')).toEqual([])
    expect(ids('用一瓶就能淡斑吗？')).toEqual([])
  })
})
