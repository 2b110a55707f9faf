import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

// Formal after-sales replies (set F's kinds, our own wording): a superlative that ranks the
// shop's own range, a service pledge, or a quoted series name is no market claim.
const linter = linterFor('exaggeration')
const lint = (text: string) => brief(linter.lint(text).messages)

describe('exaggeration: own range, service and names', () => {
  it('a superlative inside the shop’s own range passes', () => {
    expect(lint('这台是店里续航最强的型号，日常通勤够用')).toEqual([])
    expect(lint('静音效果在同系列中最佳，不过价格也最高')).toEqual([])
  })
  it('a superlative against the market still flags', () => {
    expect(lint('我们家做工最优秀')).toHaveLength(1)
    expect(lint('这款在同类产品当中性能最强')).toHaveLength(1)
  })
  it('the shop’s own service at its best is a pledge, not a product claim', () => {
    expect(lint('我们一定给您最好的售后')).toEqual([])
    expect(lint('这款面料是最好的')).toHaveLength(1)
  })
  it('a quoted word named as a series or brand after 是 is a name', () => {
    expect(lint('“至尊”是这款电饭煲的系列名称，和普通款内胆相同')).toEqual([])
    expect(lint('“至尊”体验，一用就爱上')).toHaveLength(1)
  })
})

describe('exaggeration: certainty about the body over a span or at once', () => {
  it('flags no irritation for anyone, instant smooth skin, a season without colds', () => {
    expect(lint('婴儿洗护全系列完全无刺激')).toHaveLength(1)
    expect(lint('敷完脸马上水嫩')).toHaveLength(1)
    expect(lint('坚持喝一冬天都不感冒')).toHaveLength(1)
  })
  it('passes the same words denied, asked, or about something else', () => {
    expect(lint('我们不能说完全无刺激，敏感肌请先试用')).toEqual([])
    expect(lint('吃了是不是一年都不感冒？')).toEqual([])
    expect(lint('马上给您换一个光滑面的托盘')).toEqual([])
    expect(lint('这个冬天都不打烊，随时下单')).toEqual([])
  })
})
