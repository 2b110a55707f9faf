import { describe, expect, it } from 'vitest'
import { memoByText } from '../src/context/memo.js'
import { linterFor } from './support/harness.js'

/**
 * Fourteenth session, lane pf18: curt-reply's previous-turn reading keeps its segment readings and its
 * reading of the customer's turn by text (src/context/memo.ts). A reply's findings must not depend on
 * what was linted before it: the same reply after another turn, the same turn before another reply, and
 * either after the memory was emptied. Replies and turns in our own words.
 */

const MESSAGE = (actual: string) => `买家刚才的话（投诉、催促或提问）还没有得到回应，只回「${actual}」显得敷衍；请先回答或说明处理办法。`

/** [reply, customer's turn, expected findings]. */
const CASES: readonly (readonly [string, string, readonly { start: number; end: number; actual: string }[]])[] = [
  ['好的呢', '台灯收到就是坏的，灯罩都裂了', [{ start: 0, end: 3, actual: '好的呢' }]],
  // The same reply after thanks closes the chat.
  ['好的呢', '行，那就这样吧，谢谢', []],
  // After a complaint that also asks for an exchange: the ack takes the request in (clearedBy).
  ['好的呢', '申请一下换货吧，风扇声音特别大', []],
  ['还请您再耐心等待一下哦', '麻烦快点，我急着用', [{ start: 0, end: 11, actual: '还请您再耐心等待一下哦' }]],
  ['还请您再耐心等待一下哦', '好的 我等等看', []],
  // The same segment 好的呢 inside a longer reply, to another complaint.
  ['亲 好的呢 请问还有其他问题吗', '鞋子才穿三天就开胶了，太差了', [{ start: 2, end: 5, actual: '好的呢' }]],
  // The same complaint before a reply that is not only templates.
  ['好的呢，我这边马上帮您申请换新', '台灯收到就是坏的，灯罩都裂了', []],
]

const linter = linterFor('curt-reply')
const findings = (text: string, previous: string) =>
  linter.lint(text, { previous }).messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, start: m.start, end: m.end, actual: m.actual, message: m.message }))
const expected = (want: readonly { start: number; end: number; actual: string }[]) =>
  want.map((w) => ({ ruleId: 'curt-reply', severity: 'warning', start: w.start, end: w.end, actual: w.actual, message: MESSAGE(w.actual) }))

describe('curt-reply: readings kept by text give the findings of a first reading', () => {
  it('in order, in reverse and each case twice in a row', () => {
    for (const order of [CASES, [...CASES].reverse()]) {
      for (const [text, previous, want] of order) {
        expect(findings(text, previous)).toEqual(expected(want))
        expect(findings(text, previous)).toEqual(expected(want))
      }
    }
  })

  it('the same reply after each turn in turn, and each turn before each reply', () => {
    // 好的呢 read once after thanks, then after a complaint, then after the complaint with a request: the
    // turn's reading (and its clearedBy answer) is its own, not the last one's.
    for (let round = 0; round < 3; round++) {
      for (const i of [1, 0, 2, 0, 1, 2]) {
        const [text, previous, want] = CASES[i]!
        expect(findings(text, previous)).toEqual(expected(want))
      }
    }
  })

  it('a turn given as another string of the same text reads the same', () => {
    const [text, previous, want] = CASES[0]!
    const copy = [...previous].join('')
    expect(findings(text, copy)).toEqual(expected(want))
    expect(findings(text, previous)).toEqual(expected(want))
  })

  it('after the memories were emptied by thousands of other segments and turns', () => {
    // 9,000 distinct template-like segments (over the segment memory's 8,192) and 100 distinct turns (over 64).
    for (let i = 0; i < 9000; i++) linter.lint(`好的${i}`, { previous: '到底什么时候发货？' })
    for (let i = 0; i < 100; i++) linter.lint('好的呢', { previous: `第${i}次问：到底什么时候发货？` })
    for (const [text, previous, want] of CASES) expect(findings(text, previous)).toEqual(expected(want))
  })
})

describe('memoByText', () => {
  it('reads a text once, undefined readings included', () => {
    const read: string[] = []
    const memo = memoByText((t: string) => {
      read.push(t)
      return t.length > 1 ? t.length : undefined
    }, 10)
    expect([memo('ab'), memo('a'), memo('ab'), memo('a'), memo('abc')]).toEqual([2, undefined, 2, undefined, 3])
    expect(read).toEqual(['ab', 'a', 'abc'])
  })

  it('empties itself at max entries and reads again what it no longer holds', () => {
    const read: string[] = []
    const memo = memoByText((t: string) => {
      read.push(t)
      return t.toUpperCase()
    }, 2)
    expect([memo('a'), memo('b'), memo('a'), memo('c'), memo('c'), memo('a')]).toEqual(['A', 'B', 'A', 'C', 'C', 'A'])
    // 'c' arrives with two held: the memory is emptied, so 'a' is read a second time.
    expect(read).toEqual(['a', 'b', 'c', 'a'])
  })
})
