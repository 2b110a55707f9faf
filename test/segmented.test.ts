import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { isSegmented, mapEnd, mapStart, unsegment } from '../src/text/segmented.js'

/**
 * Word-segmented input (a space between every word, as research corpora and tokenizers ship chat logs) is linted
 * without its word breaks, and every offset points into the reply as given.
 */
describe('segmented text: detection', () => {
  it.each([
    ['亲 ， 您好 ， 这款 是 全网 最 好 的'],
    ['好评 返现 5 元 哦 亲'],
    ['您 自己 弄坏 的 吧'],
  ])('reads %s as segmented', (text) => {
    expect(isSegmented(text)).toBe(true)
  })
  it.each([
    ['您好 這款是全台銷量第一 保證穿不壞 親可以放心下單'],
    ['亲 在的 请问有什么可以帮您'],
    ['好的 亲'],
    ['iPhone 12 Pro Max 现货'],
    ['电话 138 1234 5678'],
    ['没有空格的一句话'],
  ])('reads %s as typed', (text) => {
    expect(isSegmented(text)).toBe(false)
  })
  it('takes out the breaks and maps offsets back, keeping breaks between Latin words and numbers', () => {
    const text = '加 我 微信 abc 123 ， 电话 139 * * * * 5678'
    const u = unsegment(text)!
    expect(u.text).toBe('加我微信abc 123，电话139****5678')
    const at = u.text.indexOf('微信')
    expect(text.slice(mapStart(u, at), mapEnd(u, at + 2))).toBe('微信')
    const whole = text.slice(mapStart(u, 0), mapEnd(u, u.text.length))
    expect(whole).toBe(text)
    expect(text.slice(mapStart(u, 0), mapEnd(u, 4))).toBe('加 我 微信')
  })
  it('keeps line breaks', () => {
    expect(unsegment('亲 ， 您好\n这款 是 最 好 的')!.text).toBe('亲，您好\n这款是最好的')
  })
})

describe('segmented text: lint', () => {
  const linter = createLinter()
  const brief = (text: string, previous?: string) =>
    linter.lint(text, previous === undefined ? undefined : { previous }).messages.map((m) => [m.ruleId, m.severity, text.slice(m.start, m.end), m.line, m.column])
  it('reports spans of the reply as given', () => {
    expect(brief('这款 是 全网 最 好 的 ， 您 放心')).toEqual([['exaggeration', 'warning', '全网 最 好', 1, 6]])
    expect(brief('好评 返现 5 元 哦 亲')).toEqual([['review-manipulation', 'error', '好评 返现 5 元', 1, 1]])
    expect(brief('明天 肯定 能 送到 的 ， 您 放心')).toEqual([['absolute-promise', 'error', '肯定', 1, 4]])
  })
  it('finds what the typed reply shows', () => {
    const typed = (t: string) => linter.lint(t).messages.map((m) => m.ruleId)
    for (const t of ['您自己弄坏的吧，我们发货前都检查过', '加我微信吧，这边说话不方便', '这个面膜用了马上美白，全网第一']) {
      const segmented = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(t)].map((s) => s.segment).join(' ')
      expect(linter.lint(segmented).messages.map((m) => m.ruleId)).toEqual(typed(t))
    }
  })
  it('reads a short reply with one break as segmented when its context is', () => {
    expect(brief('不会 的', '这个 洗 了 会 不会 缩水')).toEqual([['absolute-promise', 'error', '不会 的', 1, 1]])
    // After a typed question the same reply is not read as segmented: its break stays, and the span ends there.
    expect(brief('不会 的', '这个洗了会不会缩水')).toEqual([['absolute-promise', 'error', '不会', 1, 1]])
  })
  it('fixes the reply as given', () => {
    const { output } = linter.fix('亲亲 ， 这款 yyds 哦')
    expect(output.includes('亲亲 ，')).toBe(true)
  })
  it('leaves typed clause spacing alone', () => {
    expect(brief('您好 這款是全台銷量第一 保證穿不壞')).toEqual([
      ['exaggeration', 'warning', '銷量第一', 1, 9],
      ['absolute-promise', 'error', '保證', 1, 14],
    ])
  })
})
