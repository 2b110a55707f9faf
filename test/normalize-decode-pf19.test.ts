import { describe, expect, it } from 'vitest'
import { normalize, normalizeCode, type Scratch } from '../src/normalize/normalize.js'
import { createLinter } from '../src/index.js'

/**
 * normalize() makes the view's string with a UTF-16 decoder past a few characters and with
 * String.fromCharCode otherwise or when a surrogate is in the text. Either way the string must be
 * the normalised code units one for one: same length, lone surrogates kept (a decoder would put
 * U+FFFD), U+FEFF and NUL as the table maps them, at every length around the switch.
 */
describe('normalize: the view string is the normalised code units, whichever way it is made', () => {
  const expected = (input: string) => {
    let s = ''
    for (let i = 0; i < input.length; i++) s += String.fromCharCode(normalizeCode(input.charCodeAt(i)))
    return s
  }
  const pieces = ['亲', '，', '保证', 'ＹＹＤＳ', '\u200b', '\ufeff', '\u0000', '😂', '\ud83d', '\ude02', 'a', ' ', '發貨', '①', '\ue000', '\uffff']
  const inputs: string[] = []
  let x = 7
  for (let n = 0; n < 400; n++) {
    let s = ''
    const length = n % 40
    for (let i = 0; i < length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      s += pieces[(x >>> 8) % pieces.length]
    }
    inputs.push(s)
  }
  for (let n = 10; n <= 20; n++) inputs.push('亲'.repeat(n), '亲'.repeat(n - 1) + '\ud83d', '\udc00' + '好'.repeat(n), '\ufeff' + '好'.repeat(n))
  inputs.push('好'.repeat(5000) + '\ud800', '，'.repeat(9000))

  it('with a scratch buffer and without one', () => {
    const scratch: Scratch = { buffer: new Uint16Array(8), views: undefined }
    for (const input of inputs) {
      const want = expected(input)
      const a = normalize(input, scratch)
      const b = normalize(input)
      expect(a.text.length).toBe(input.length)
      expect(a.text === want).toBe(true)
      expect(b.text === want).toBe(true)
      expect(Array.from(a.codes)).toEqual(Array.from(b.codes))
    }
  })

  it('a linter keeps the previous turn it was given while the next one is normalised into its buffer', () => {
    // Several turns of different lengths in a row, each linted twice: the findings of a reply with a
    // turn are those of a fresh linter given the same reply and turn.
    const turns = ['你们保证明天到吗', '保证吗', '什么时候发货，能保证正品吗？我着急用😂', '好', '能保证明天到吗'.repeat(60), '你保证']
    const replies = ['保证明天到', '一定给您送到', '绝对正品，放心', '您自己没看清楚吧']
    const kept = createLinter()
    // The reference reads each turn afresh: another turn in between makes it normalise the turn again.
    const fresh = createLinter()
    for (const turn of turns) {
      for (const reply of replies) {
        for (let k = 0; k < 2; k++) {
          const got = kept.lint(reply, { previous: turn }).messages
          fresh.lint('好的', { previous: `${turn}。` })
          expect(got).toEqual(fresh.lint(reply, { previous: turn }).messages)
        }
      }
    }
  })
})
