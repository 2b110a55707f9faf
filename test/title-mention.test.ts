import { describe, expect, it } from 'vitest'
import { inTitle, isMention } from '../src/context/mention.js'
import { createLinter } from '../src/index.js'

// A title names something: the words between 《》, or between quotation marks right before a
// name noun (系列, 套装, 色号…), are what a book, a law or a product line is called, not what the
// agent claims or promises. Every rule drops a finding lying wholly inside one.
describe('titles are mention, not use', () => {
  it('《…》 is a title wherever it stands', () => {
    const t = '店里还有一本《保证通过》的考试用书'
    expect(inTitle(t, t.indexOf('保证'), t.indexOf('保证') + 2)).toBe(true)
    expect(inTitle(t, t.indexOf('考试'), t.indexOf('考试') + 2)).toBe(false)
  })
  it('a quotation followed by a name noun is a name; an emphatic one is not', () => {
    const named = '这是「第一名」系列的新款'
    const at = named.indexOf('第一')
    expect(inTitle(named, at, at + 2)).toBe(true)
    expect(isMention(named, at, at + 2)).toBe(true)
    const emphatic = '我们的货“绝对”正品'
    const abs = emphatic.indexOf('绝对')
    expect(inTitle(emphatic, abs, abs + 2)).toBe(false)
  })

  const linter = createLinter()
  const rules = (s: string) => linter.lint(s).messages.filter((m) => m.severity !== 'info').map((m) => `${m.ruleId}:${m.actual}`)

  it('no rule reports the words of a title', () => {
    expect(rules('这套《百分百提分》练习册周三到货')).toEqual([])
    expect(rules('您要的《最好的时光》蓝光碟已经补货了')).toEqual([])
    expect(rules('这次是和「顶级」联名的礼盒')).toEqual([])
  })
  it('what stands outside the title is still read', () => {
    expect(rules('《广告法》管得严，不过这款真的是全网最好的')).toEqual(['exaggeration:全网最好'])
    expect(rules('那本《一定要幸福》明天一定给您送到')).toEqual(['absolute-promise:一定'])
  })
  it('a red line wrapped in title marks is still crossed', () => {
    expect(rules('有事打《13912345678》找我')).toEqual(['privacy-leak:13912345678'])
    expect(rules('直接扫《我的收款码》付就行')).toEqual(['off-platform:我的收款码'])
  })
})
