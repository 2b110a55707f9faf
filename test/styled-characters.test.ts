import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/node.js'

/**
 * Styled characters (𝟏𝟑𝟗, 𝐯𝐱) and zero-width units typed inside a number are ways of slipping contact details past
 * filters. They read as the plain digits and letters, and a finding's span and fix never cut a surrogate pair.
 */
const linter = createLinter({})
const found = (text: string) => linter.lint(text).messages.map((m) => [m.ruleId, m.severity, m.actual, m.fix && text.slice(0, m.fix.start) + m.fix.text + text.slice(m.fix.end)])

describe('styled digits and letters', () => {
  it('a styled phone number shown in the reply is privacy-leak, masked pair by pair', () => {
    expect(found('您要的号码是𝟏𝟓𝟖𝟎𝟎𝟏𝟐𝟑𝟒𝟓𝟔哦')).toEqual([['privacy-leak', 'error', '𝟏𝟓𝟖𝟎𝟎𝟏𝟐𝟑𝟒𝟓𝟔', '您要的号码是𝟏𝟓𝟖****𝟑𝟒𝟓𝟔哦']])
  })
  it('a number with zero-width characters between its digits is read whole', () => {
    const text = '上一位买家留的电话是158\u200b0012\u200b3456'
    expect(found(text)).toEqual([['privacy-leak', 'error', '158\u200b0012\u200b3456', '上一位买家留的电话是158\u200b****\u200b3456']])
  })
  it('styled letters spell the contact app and the slang', () => {
    expect(found('加我𝐯𝐱细聊')[0]?.slice(0, 3)).toEqual(['off-platform', 'error', '加我𝐯𝐱'])
    expect(found('这个色号真的𝐲𝐲𝐝𝐬')).toEqual([['internet-slang', 'warning', '𝐲𝐲𝐝𝐬', undefined]])
  })
  it('styled digits that are no personal number stay clean', () => {
    expect(found('满𝟐𝟎𝟎减𝟐𝟎，今天最后一天')).toEqual([])
    expect(found('订单号尾号𝟑𝟒𝟓𝟔的包裹已经发出')).toEqual([])
  })
})
