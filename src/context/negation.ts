import { normalizePhrase } from '../normalize/normalize.js'
import { classWords } from '../vocab/index.js'
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
  // lane39: 差不多 / 几乎差不多 approximates, it denies nothing (差不多是国内最顶级的工艺了 still claims the top grade: para-ae3's
  // "hedged-sounding but still a superlative"); a hedge is each rule's own list to read.
  '差不多',
  // 唔該 is thanks, 唔好意思 sorry, 唔使担心 don't worry; 未来 is the future.
  '唔该', '唔好意思', '唔使担心', '唔好担心', '未来', '未成年', '冇事', '冇问题', '冇关系',
  // 别 inside a word (同级别里最强, 没什么区别, 特别好用, 个别批次): no "don't" (lane ex25 found 这款在同级别里性能最强 read
  // as negated).
  '级别', '区别', '差别', '特别', '类别', '个别', '分别', '性别', '告别', '道别', '离别', '送别', '识别', '鉴别', '辨别', '派别', '别致', '别具', '别墅', '别针', '别名',
  // Materials and goods named with a 不 (不锈钢表带戴一辈子都没问题, 不粘锅绝对好用, 这包尿不湿保证
  // 一整晚都不漏): a name, not a denial (class noun.bu, shared with absolute-promise's potential complements).
  ...classWords('noun.bu', 'src/context/negation.ts'),
]
const MAX_GAP = 6

/** First code units of the negators: a position starting with none of them is skipped at once. */
const NEGATOR_FIRST = new Set(NEGATORS.map((w) => w.charCodeAt(0)))

/**
 * A negator inside the subject (不是所有…, 没有哪家…, 没人…) negates a quantity, and so the whole
 * clause after it, however far: 不是所有快递都能保证第二天到 denies the guarantee. Before a
 * comparison it does the opposite: 没人比我们更专业 / 没有哪款比它更保湿 says nobody beats us, a
 * claim, not a denial.
 */
const SUBJECT_NEGATIONS = classWords('negation.subject', 'src/context/negation.ts').map(normalizePhrase)
const SUBJECT_FIRST = new Set(SUBJECT_NEGATIONS.map((w) => w.charCodeAt(0)))
const COMPARE = normalizePhrase('比').charCodeAt(0)

/** The end of the last negated subject in [from, to), or -1. */
function subjectNegationEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (!SUBJECT_FIRST.has(text.charCodeAt(i))) continue
    for (const w of SUBJECT_NEGATIONS) if (i + w.length <= to && text.startsWith(w, i)) return i + w.length
  }
  return -1
}

export function isNegated(text: string, start: number): boolean {
  const clause = clauseStart(text, start)
  const subject = subjectNegationEnd(text, clause, start)
  if (subject >= 0) {
    for (let i = subject; i < start; i++) if (text.charCodeAt(i) === COMPARE) return false
    return true
  }
  const from = Math.max(clause, start - MAX_GAP - 2)
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
