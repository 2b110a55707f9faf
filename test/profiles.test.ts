import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { loadEnglishSpell } from '../src/node.js'

const spell = loadEnglishSpell()
const lint = (profile: 'marketplace' | 'zh-TW' | 'strict', text: string) =>
  createLinter({ spell, profile })
    .lint(text)
    .messages.map((m) => [m.ruleId, m.severity, m.actual])

describe('profiles', () => {
  it('marketplace (default): 亲 and 宝贝 are house style', () => {
    expect(lint('marketplace', '亲，这款宝贝今天就能发货哦')).toEqual([])
    expect(createLinter({ spell }).config.profile).toBe('marketplace')
  })

  it('zh-TW: 親/寶子 read as over-intimate, local wording like 出貨/賣場 is normal', () => {
    expect(lint('zh-TW', '親，這款今天就能出貨喔')).toEqual([['internet-slang', 'warning', '親']])
    expect(lint('zh-TW', '您好，這款今天就能出貨，賣場有現貨')).toEqual([])
  })

  it('strict: every superlative is an error, not only efficacy claims', () => {
    expect(lint('marketplace', '这是全网最低价')).toEqual([['exaggeration', 'warning', '全网最低价']])
    expect(lint('strict', '这是全网最低价')).toEqual([['exaggeration', 'error', '全网最低价']])
  })

  it('a user setting wins over the profile preset', () => {
    const l = createLinter({ spell, profile: 'strict', rules: { exaggeration: 'info' } })
    expect(l.lint('这是全网最低价').messages.map((m) => m.severity)).toEqual(['info'])
  })
})
