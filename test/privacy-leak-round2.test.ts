import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

/**
 * Set F's kinds for privacy-leak, in other words: a neighbour placed by building or unit, a
 * person described before their name (…的陈女士), a list of other buyers, someone else's
 * invoice, a 他/她 that carries a reference on through a long sentence; and a supposition
 * (如果不是您本人的号码) that names no one else.
 */
const ID = 'privacy-leak'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

const flags: ReadonlyArray<readonly [text: string, actual: string]> = [
  ['好几位老顾客都回购了，您隔壁3栋那位阿姨上个月也入了两盒', '3栋'],
  ['对面5号楼的林女士前两天买了同款婴儿床，您可以去她家看看实物', '前两天买了同款婴儿床'],
  ['拼团名单如下：2号楼603 吴先生，7号楼1101 钱女士，您看看有没有您', '2号楼603'],
  ['寄到您那的发票是别的客户的，抬头为“杭州某某科技有限公司”，麻烦寄回', '抬头为“杭州某某科技有限公司”'],
  ['给您寄错的那张是另一位客户的发票，开票金额1280元，我们马上重开', '开票金额1280'],
  ['这件是另一位顾客退回的商品，质检部门已经全部检查过了，外观和功能都没问题，他当初下单用的单号是 7730 2291 5548 1106', '7730 2291 5548 1106'],
]

const passes: readonly string[] = [
  '收件电话显示尾号8821，若不是您本人的号码请告诉我们修改',
  '订单上的联系电话尾号4410，如果不是您本人的，请在订单里改一下',
  '您的发票抬头是“杭州某某科技有限公司”，金额1280元，请核对',
  '上一位顾客也问了这个问题，他说快递三天就到了',
  '团购名单明天会在群里公布，请您留意',
  '其他买家都是五星好评，他们说质量很好',
  '您楼下的快递柜就可以寄件',
]

describe('privacy-leak: set F kinds, other wordings', () => {
  it.each(flags)('%s → %s', (text, actual) => {
    const found = brief(lint(text))
    expect(found.map((f) => f.actual)).toContain(actual)
    expect(found.every((f) => f.ruleId === ID && f.severity === 'error')).toBe(true)
  })

  it.each(passes)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})
