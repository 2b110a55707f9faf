import { describe, expect, it } from 'vitest'
import { normalize } from '../src/normalize/normalize.js'
import { isANotA, isNegated } from '../src/context/negation.js'
import { createLinter } from '../src/index.js'

// Hong Kong agents write Cantonese in Traditional characters. Its function words that exist only in
// Cantonese (嘅 的, 咗 了, 佢 他, 哋 们) are read as their Mandarin twins, one character for one,
// so no offset moves; 冇, 唔 and 未 are read as negators where negation is decided.
describe('Cantonese function words', () => {
  it('map one character to one, so every span stays where it was', () => {
    const input = '佢哋寄咗嘅貨'
    const { text } = normalize(input)
    expect(text).toBe('他们寄了的货')
    expect(text.length).toBe(input.length)
  })

  it('唔, 冇 and 未 deny what follows them in the clause', () => {
    const n = (s: string) => normalize(s).text
    for (const s of ['唔敢保證', '冇辦法保證', '未能保證']) {
      const t = n(s)
      expect(isNegated(t, t.length - 2), s).toBe(true)
    }
    // …but 唔該 (thanks) and 唔好意思 (sorry) deny nothing, and 會唔會 asks.
    for (const s of ['唔該晒保證', '唔好意思保證']) {
      const t = n(s)
      expect(isNegated(t, t.length - 2), s).toBe(false)
    }
    expect(isANotA(n('會唔會甩色'), 1)).toBe(true)
  })

  it('the rules follow: a denied promise is no promise, thanks before a promise still is one', () => {
    const linter = createLinter()
    const promises = (s: string) => linter.lint(s).messages.filter((m) => m.ruleId === 'absolute-promise' && m.severity !== 'info').map((m) => m.actual)
    expect(promises('啲花苗我哋冇辦法保證每棵都生到')).toEqual([])
    expect(promises('真係唔敢保證一定啱你尺寸')).toEqual([])
    expect(promises('唔該晒你等，聽日一定送到')).toEqual(['一定'])
    // The span is the original text's: a Cantonese reply is reported where it was typed.
    const m = linter.lint('佢哋話咗聽日肯定到').messages.find((x) => x.ruleId === 'absolute-promise')
    expect(m && [m.start, m.end, m.actual]).toEqual([6, 8, '肯定'])
  })
})
