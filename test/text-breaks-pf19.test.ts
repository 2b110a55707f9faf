import { describe, expect, it } from 'vitest'
import { chatClauseEnd, chatClauseStart, chatSentenceEnd, chatSentenceStart, clauseEnd, clauseStart, sentenceEnd, sentenceStart, startReply, WINDOW } from '../src/context/text.js'

/**
 * The clause and sentence bounds of the reply being linted are answered from its listed breaks
 * (a bisection and a short step); any other string is walked character by character. Both must
 * give the same bounds at every offset: breaks right at the offset, at WINDOW and WINDOW ± 1 away,
 * runs of spaces between Chinese, Latin and digits, decimal points, and texts with no break at all.
 */
describe('clause and sentence bounds from the listed breaks equal the walk', () => {
  const fns = { clauseStart, clauseEnd, sentenceStart, sentenceEnd, chatClauseStart, chatClauseEnd, chatSentenceStart, chatSentenceEnd }
  const pieces = ['亲', '您', '，', '。', ' ', '  ', 'a', 'B', '3', '.', '5', '！', '?', '、', '：', '(', ')', '[', '\n', '…', '~', ';', '好的', 'ok', '\u0000']
  const texts: string[] = ['', '好', '亲'.repeat(WINDOW - 1), '亲'.repeat(WINDOW), '亲'.repeat(WINDOW + 1), '亲'.repeat(3 * WINDOW), `${'亲'.repeat(WINDOW)}。${'好'.repeat(WINDOW + 1)}，好`, '3.5 折 5 kg 好 的', '好  好   a b 3 天']
  let x = 11
  for (let n = 0; n < 300; n++) {
    let s = ''
    const length = n % 7 === 0 ? 150 + (n % 50) : n % 60
    for (let i = 0; i < length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      // Mostly characters that end nothing, so breaks fall near and beyond WINDOW too.
      s += (x >>> 8) % 4 === 0 ? pieces[(x >>> 12) % pieces.length] : '好'
    }
    texts.push(s)
  }

  it('at every offset of every reply', () => {
    for (const text of texts) {
      // Walked: the reply being linted is another text.
      startReply(`${text}x`)
      const walked = Object.values(fns).map((f) => Array.from({ length: text.length + 1 }, (_, at) => f(text, at)))
      startReply(text)
      const listed = Object.values(fns).map((f) => Array.from({ length: text.length + 1 }, (_, at) => f(text, at)))
      expect(listed).toEqual(walked)
      // Offsets outside the text or not whole are walked, as before.
      for (const f of Object.values(fns)) for (const at of [-1, text.length + 1, 0.5]) expect(f(text, at)).toBe((startReply('y'), f(text, at)))
    }
  })
})
