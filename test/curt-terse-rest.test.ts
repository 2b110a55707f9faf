import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

// A bare 不清楚/没办法 in a clause cut off by a typed space is curt only when the rest of the reply
// is a few words and no suggestion. The rest is read only as far as it needs (a handful of words),
// so a long reply of such clauses costs as much per clause as a short one, with the same verdicts.
const linter = createLinter()
const curt = (s: string) => linter.lint(s).messages.filter((m) => m.ruleId === 'curt-reply').map((m) => m.actual)

describe('curt-reply: what follows a space-cut brush-off', () => {
  it('a few words after it leave it curt', () => {
    expect(curt('不清楚 等通知吧')).toEqual(['不清楚'])
    expect(curt('这边不清楚 ，， 。')).toEqual(['不清楚'])
  })
  it('a suggestion or an explanation after it does not', () => {
    expect(curt('这个具体不清楚的 建议关注一下')).toEqual([])
    expect(curt('不知道 您可以先看一下物流详情页里的派送员电话')).toEqual([])
  })
  it('a long reply made of such clauses is read clause by clause', () => {
    expect(curt('不知道 等通知。'.repeat(5000))).toEqual([])
  })
})
