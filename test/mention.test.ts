// Quotation: a word talked about is not used; a word in quotation marks for emphasis still is.
import { expect, it } from 'vitest'
import { isMention } from '../src/context/mention.js'
it.each([
  ['您截图里的"包您满意"不是我们店的宣传语', true],
  ['您说的"最好用的"我们不敢这么说', true],
  ['"保证"这个词我们不能用', true],
  ['我们家是"正品保证"的，假一赔十', false],
  ['下拉至发票信息处，点击"添加至微信卡包"即可', true], // a label on the platform's screen
  ['这款"绝对"不会掉色', false],
])('%s', (t, want) => {
  const m = /"([^"]+)"/.exec(t)!
  expect(isMention(t, m.index + 1, m.index + 1 + m[1]!.length)).toBe(want)
})
