import { describe, expect, it } from 'vitest'
import {
  chatClauseEnd,
  chatClauseStart,
  chatSentenceEnd,
  chatSentenceStart,
  clauseEnd,
  clauseStart,
  isQuestion,
  sentenceEnd,
  sentenceStart,
  startReply,
} from '../src/context/text.js'
import { createLinter } from '../src/index.js'

// One place decides what a typed space ends. The plain reading takes a space between clauses for
// a comma; the chat reading (who is the subject, is it asked) also takes a space between two
// Chinese characters for a full stop, and a bracket for the start of an aside. Both readings are
// asked of the reply being linted (tables) and of other strings (walked): same answers either way.
const readings = (text: string, at: number) => ({
  plain: [clauseStart(text, at), clauseEnd(text, at), sentenceStart(text, at), sentenceEnd(text, at)],
  chat: [chatClauseStart(text, at), chatClauseEnd(text, at), chatSentenceStart(text, at), chatSentenceEnd(text, at)],
})

/** Both readings at `at`, from the tables and from the walk (they must agree). */
function both(text: string, at: number) {
  startReply('别的回复')
  const walked = readings(text, at)
  startReply(text)
  const tabled = readings(text, at)
  expect(tabled).toEqual(walked)
  return tabled
}

describe('space breaks: one engine mechanism, two readings', () => {
  it('a space between Chinese clauses: a comma when plain, a full stop when chatting', () => {
    const t = '不好意思 我这边查一下您的快递'
    const at = t.indexOf('查')
    const { plain, chat } = both(t, at)
    expect(plain).toEqual([t.indexOf(' ') + 1, t.length, 0, t.length])
    expect(chat).toEqual([t.indexOf(' ') + 1, t.length, t.indexOf(' ') + 1, t.length])
  })

  it('a run of spaces is one stop, and the sentence after it starts past the run', () => {
    const t = '收到了   马上给您换'
    const at = t.indexOf('马')
    expect(both(t, at).chat[2]).toBe(at)
    expect(both(t, 0).chat[3]).toBe(t.indexOf(' '))
  })

  it('a space beside Latin, a digit or an emoji is at most a comma, never a chat full stop', () => {
    for (const t of ['发顺丰 OK的', 'OK 马上发', '大约 2 天送到', '谢谢 😊 好评']) {
      const at = t.length - 1
      expect(both(t, at).chat[2]).toBe(0)
    }
    // A number keeps its unit: no clause ends inside 2 天.
    const n = '大约 2 天送到'
    expect(both(n, n.indexOf('天')).plain[0]).toBe(n.indexOf('2'))
  })

  it('a bracket opens an aside in the chat reading only', () => {
    const t = '可以退的(拆封后影响二次销售的除外)'
    const at = t.indexOf('除')
    const { plain, chat } = both(t, at)
    expect(plain[0]).toBe(0)
    expect(chat[0]).toBe(t.indexOf('(') + 1)
    expect(chat[2]).toBe(0)
  })

  it('a chat sentence cut by a space is asked only if its own last word asks', () => {
    const t = '您收到货了吗 我们这边显示已签收'
    startReply(t)
    const at = t.indexOf('收')
    expect(isQuestion(t, at, at + 1)).toBe(false)
    expect(isQuestion(t, at, at + 1, true)).toBe(true)
    const later = t.indexOf('显')
    expect(isQuestion(t, later, later + 1, true)).toBe(false)
  })

  it('a long run of spaces is read in one pass (tables and walk agree at its edges)', () => {
    const t = '好的' + ' '.repeat(5000) + '稍等'
    for (const at of [1, 2, 2502, 5002, 5003]) both(t, at)
  })
})

describe('the rules read the engine’s space breaks', () => {
  const linter = createLinter()
  const flagged = (text: string, rule: string) => linter.lint(text).messages.filter((m) => m.ruleId === rule).map((m) => m.actual)

  it('off-platform: a refusal ends at a typed space, so the payment code after it is offered', () => {
    expect(flagged('订单先别付 我把收款码发给您', 'off-platform')).toEqual(['收款码'])
    // …while a refusal in the same clause still governs it.
    expect(flagged('请不要扫陌生人发的收款码', 'off-platform')).toEqual([])
  })
})
