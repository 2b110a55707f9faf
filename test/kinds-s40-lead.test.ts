import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 40 (the lead, merging ot36): another buyer's city told first and the street after it in the same sentence
 * (也是深圳的，南山区…) is one address, reported once at the street; the city alone (也是宁波的), or the city and a
 * different datum (a name), is reported where it stands.
 */
describe('privacy-leak: a city then its street is one address (lead36)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['前一位顾客也是杭州的，西湖区文三路那栋，离您很近', undefined, '西湖区文三路', 'error'],
      ['上一位買家也是台中的，西屯區福星路那邊', undefined, '西屯區福星路', 'error'],
      ['上次买这款的也是宁波的，跟您挺近', undefined, '也是宁波', 'error'],
    ],
    [
      ['我们仓库也是杭州的，西湖区文三路那栋', undefined],
      ['您的包裹也是寄到成都的，武侯区那个地址对吗', undefined],
    ],
  )
})

describe('privacy-leak: a city and a name of another buyer are two data (lead36)', () => {
  it('reports the city and the name, each at its span', () => {
    const text = '之前那位客人也是寄到成都的，叫王小明'
    const found = createLinter({ rules: { 'privacy-leak': 'error' } })
      .lint(text)
      .messages.filter((m) => m.ruleId === 'privacy-leak')
      .map((m) => [m.actual, m.start, m.end])
    expect(found).toEqual([
      ['也是寄到成都', 6, 12],
      ['王小明', 15, 18],
    ])
  })
})
