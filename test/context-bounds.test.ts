import { describe, expect, it } from 'vitest'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart, startReply } from '../src/context/text.js'

/**
 * The bounds of the reply being linted are read from tables filled once per reply; any other
 * string is walked character by character. Both must give the same answer at every offset.
 */
const bounds = (text: string) => {
  const out: number[][] = []
  for (let at = -2; at <= text.length + 2; at++) out.push([clauseStart(text, at), clauseEnd(text, at), sentenceStart(text, at), sentenceEnd(text, at)])
  return out
}

const texts = [
  '',
  '好',
  '亲,这款是3.5折的哦。明天发货!您看可以吗?',
  '价格是12.5元.不是12元. 对吧',
  '第一句话没有任何标点一直写下去超过了四十个字的窗口还是没有结束这样上下文就会被截断在窗口的边上了,然后才有逗号',
  '\n\n换行、顿号：冒号~波浪线;分号…省略号。句号',
  '亲'.repeat(90) + '。' + '好'.repeat(30),
  // A space closes a clause between Chinese words, not between Latin words or after a number.
  '芒果到手就能吃 个个都甜 放心',
  'IPX5 rating 防水 3 天到 5 kg  ok',
  ' 开头有空格 ',
]

describe('clause and sentence bounds', () => {
  for (const text of texts) {
    it(`tables agree with the walk: ${JSON.stringify(text.slice(0, 12))}`, () => {
      startReply('another reply')
      const walked = bounds(text)
      startReply(text)
      expect(bounds(text)).toEqual(walked)
    })
  }

  // Normalised text: full-width marks are ASCII already.
  it('a string other than the reply is walked, not read from the reply’s tables', () => {
    startReply('您好,请问有什么可以帮您')
    expect(clauseStart('你好,这个', 5)).toBe(3)
    expect(sentenceEnd('你好.这个', 0)).toBe(2)
  })
})
