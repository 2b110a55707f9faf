import { describe, expect, it } from 'vitest'
import { isNegated } from '../src/context/negation.js'
import { normalize } from '../src/normalize/normalize.js'
import { createLinter } from '../src/index.js'

// A negator can sit inside the subject: 不是所有…, 没有哪家…, 没人…. It negates a quantity, so the
// whole clause falls under it however long the subject is ("not every courier can guarantee…" is a
// disclaimer). Followed by 比 it builds the opposite: "nobody is better than us" is a claim.
const negatedAt = (s: string, word: string) => {
  const t = normalize(s).text
  return isNegated(t, t.indexOf(word))
}

describe('a negator inside the subject', () => {
  it('denies the whole clause after a negated quantity, past the usual reach', () => {
    expect(negatedAt('不是所有地区的快递都能保证次日达', '保证')).toBe(true)
    expect(negatedAt('并不是每一位宝妈用了都一定回奶', '一定')).toBe(true)
    expect(negatedAt('没有哪一家物流公司可以百分百保证不压件', '百分百')).toBe(true)
  })
  it('before a comparison it builds a superlative, which is no denial', () => {
    expect(negatedAt('没人比我们最懂茶', '最懂')).toBe(false)
    expect(negatedAt('沒有任何一家比我們最便宜', '最便宜')).toBe(false)
  })
  it('stops at the clause end', () => {
    expect(negatedAt('不是所有款都有现货，这款一定能发', '一定')).toBe(false)
  })

  const linter = createLinter()
  const found = (s: string) => linter.lint(s).messages.filter((m) => m.severity !== 'info').map((m) => `${m.ruleId}:${m.actual}`)
  it('the rules follow', () => {
    expect(found('不是所有皮肤用了都一定能白')).toEqual([])
    expect(found('没人比我们最专业')).toEqual(['exaggeration:最专业'])
  })
})
