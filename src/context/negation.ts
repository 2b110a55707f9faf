import { clauseStart } from './text.js'

/**
 * Negation and hedges before a phrase: 不能保证, 无法保证, 不敢保证, 不保证, 不一定,
 * 没法百分之百确定, 不能给您打包票. A negator counts when it stands in the same clause at
 * most MAX_GAP characters before the phrase; words that start with a negator but do not
 * negate (不过, 不但, 无论, 没事…) are skipped.
 */
// Cantonese 唔 (不) and 冇 (没有), and the written 未 (未能保证), negate as well.
const NEGATORS = ['不', '没', '无法', '未必', '未', '难以', '别', '勿', '莫', '非', '唔', '冇']
const NOT_NEGATING = [
  '不过', '不但', '不仅', '不光', '不管', '不论', '不错', '不少', '不久', '不好意思', '不用担心', '不用客气',
  '不客气', '不然', '不断', '不同', '没事', '没问题', '没关系', '无论', '别人', '别的', '别家', '别处', '别地方', '别的地方', '非常', '非要',
  '不要担心', '别担心', '不必担心', '莫名',
  // 唔該 is thanks, 唔好意思 sorry, 唔使担心 don't worry; 未来 is the future.
  '唔该', '唔好意思', '唔使担心', '唔好担心', '未来', '未成年', '冇事', '冇问题', '冇关系',
]
const MAX_GAP = 6

/** First code units of the negators: a position starting with none of them is skipped at once. */
const NEGATOR_FIRST = new Set(NEGATORS.map((w) => w.charCodeAt(0)))

export function isNegated(text: string, start: number): boolean {
  const from = Math.max(clauseStart(text, start), start - MAX_GAP - 2)
  for (let i = start - 1; i >= from; i--) {
    if (!NEGATOR_FIRST.has(text.charCodeAt(i))) continue
    for (const neg of NEGATORS) {
      if (!text.startsWith(neg, i)) continue
      if (i + neg.length > start) continue
      if (start - (i + neg.length) > MAX_GAP) continue
      if (neg.length === 1 && isANotA(text, i)) continue
      if (inNonNegatingWord(text, i, neg)) continue
      return true
    }
  }
  return false
}

/** Whether the negator `neg` at `i` is part of a word that does not negate (不过, 没事, 别人…). */
function inNonNegatingWord(text: string, i: number, neg: string): boolean {
  for (const w of NOT_NEGATING) {
    const k = w.indexOf(neg)
    if (k >= 0 && i - k >= 0 && text.startsWith(w, i - k)) return true
  }
  return false
}

/** A-not-A asks, it does not deny: 是不是, 有没有, 会不会, 能不能, 可不可以 (the negator at `at`). */
export function isANotA(text: string, at: number): boolean {
  return at > 0 && text[at - 1] === text[at + 1]
}
