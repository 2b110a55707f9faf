import { describe, expect, it } from 'vitest'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../src/context/text.js'
import { createLinter } from '../src/index.js'

// Live-commerce agents type a space where others type a comma. The space closes a clause (so a
// hedge or a negation in the clause before no longer reaches the next one) but not a sentence.
describe('a space between clauses', () => {
  it('closes a clause between Chinese words, not a sentence', () => {
    const t = '冷链路上我们没法保证 包你新鲜到手'
    const at = t.indexOf('包')
    expect(clauseStart(t, at)).toBe(at)
    expect(clauseEnd(t, 0)).toBe(t.indexOf(' '))
    expect(sentenceStart(t, at)).toBe(0)
    expect(sentenceEnd(t, 0)).toBe(t.length)
  })
  it('joins Latin words and a number with its unit', () => {
    const t = 'no problem'
    expect(clauseEnd(t, 0)).toBe(t.length)
    const n = '大概 3 天到'
    expect(clauseStart(n, n.indexOf('天'))).toBe(n.indexOf('3'))
  })
  it('keeps a negation in the clause before from excusing the promise after it', () => {
    const linter = createLinter()
    const ids = (text: string) => linter.lint(text).messages.filter((m) => m.ruleId === 'absolute-promise').map((m) => m.actual)
    expect(ids('坐地铁戴上啥也听不见 包满意')).toEqual(['包满意'])
    // (路上从来没有坏过 is itself a record offered as the guarantee since the forty-first session: record.never.)
    expect(ids('路上从来没有坏过 包你新鲜到手')).toEqual(['从来没有坏过', '包你'])
    // …while a negation inside the clause still denies it.
    expect(ids('不敢说包你满意')).toEqual([])
  })
})
