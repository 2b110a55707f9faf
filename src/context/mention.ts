import { normalizePhrase } from '../normalize/normalize.js'
import { classWords } from '../vocab/index.js'
import { clauseStart, sentenceEnd, sentenceStart } from './text.js'

/**
 * A word talked about rather than used: it stands inside quotation marks in its sentence
 * (您说的“保证”是指…, 详情页写的「最」字已经删了). Normalisation keeps the marks as typed.
 */
const PAIRS: Record<string, string> = { '「': '」', '『': '』', '“': '”', '"': '"', '‘': '’', "'": "'", '《': '》' }

const ANY_QUOTE = /[「『“"‘'《]/
/** Most replies hold no quotation mark at all: settled once per reply, not once per hit. */
let lastText: string | undefined
let lastHasQuote: boolean | undefined

/**
 * Called by the linter with each reply's normalised text before any rule reads it. Two equal
 * replies are two string objects, and `text !== lastText` then compares them character by
 * character (a 100k-character reply linted twice paid that on every call); after this the
 * comparison is one of identity.
 */
export function startMentions(text: string): void {
  lastText = text
  lastHasQuote = undefined
}

export function isMention(text: string, start: number, end: number): boolean {
  return quoted(text, start, end, false)
}

/**
 * Whether [start, end) lies inside a title: 《…》 names a book, a show or a law (《绝对零度》这本,
 * 《广告法》), and a quotation followed by a name noun names a product or a series (「极致」系列,
 * “最美”色号). The words of a title are a name, not the agent's claim, whatever the rule.
 */
export function inTitle(text: string, start: number, end: number): boolean {
  return quoted(text, start, end, true)
}

/** The quotation marks around [start, end) in its sentence, read as a mention or (`titleOnly`) as a title. */
function quoted(text: string, start: number, end: number, titleOnly: boolean): boolean {
  if (text !== lastText) startMentions(text)
  if (lastHasQuote === undefined) lastHasQuote = ANY_QUOTE.test(text)
  if (!lastHasQuote) return false
  const from = sentenceStart(text, start)
  const last = sentenceEnd(text, end) + 1
  for (let i = start - 1; i >= from; i--) {
    const close = PAIRS[text[i]!]
    if (close === undefined) continue
    // The opening mark must not be closed before the span, and must be closed after it.
    if (text.slice(i + 1, start).includes(close) && close !== text[i]) continue
    if (close === text[i] && countOf(text, close, i + 1, start) % 2 === 1) continue
    const j = indexWithin(text, close, end, last)
    if (j < 0) continue
    // 《…》 is a title to the linter's title check; as a speech act it is read like other quotes, so a
    // rule that reads mention itself (off-platform) is not fooled by marks put round a payment code.
    if (titleOnly && text[i] === TITLE_OPEN) return true
    const tail = text.slice(j + 1, j + 1 + 8)
    if (NAMES.some((w) => tail.startsWith(w))) return true
    if (titleOnly) continue
    // Quotation marks also give emphasis (我们家是"正品保证"的): only a quote that is talked
    // about — introduced (您说的“…”) or commented on (“…”这个词) — is a mention.
    // ap32: a quotation opening its clause right after a colon (贺卡内容已经备注了：“…”) is introduced by the clause before the colon;
    // there the words of dictated text (备注了, 卡片上写, 刻字) introduce it too — only there: 卡片“加微信领红包” and 详情页写“全网最低价”
    // without the colon are the agent's own words (mendB).
    const cs = clauseStart(text, i)
    const colon = cs === i && cs > 0 && (text[cs - 1] === ':' || text[cs - 1] === '：')
    const lead = colon ? text.slice(clauseStart(text, cs - 1), cs - 1) : text.slice(cs, i)
    if (BEFORE.some((w) => lead.endsWith(w)) || (colon && DICTATED.some((w) => lead.endsWith(w)))) return true
    if (AFTER.some((w) => tail.startsWith(w) || tail.startsWith(`的${w}`))) return true
  }
  return false
}

const TITLE_OPEN = '《'

/** The first `ch` in text[from, to], or -1: the closing mark is looked for within the sentence only. */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  const last = Math.min(to, text.length - 1)
  for (let i = from; i <= last; i++) if (text[i] === ch) return i
  return -1
}

const BEFORE = classWords('act.mention.before', 'src/context/mention.ts').map(normalizePhrase)
const AFTER = classWords('act.mention.after', 'src/context/mention.ts').map(normalizePhrase)
/** Words before a colon that introduce text the buyer asked to be written (备注了：“…”, 卡片上写：“…”). */
const DICTATED = classWords('act.mention.dictated', 'src/context/mention.ts').map(normalizePhrase)
/** Nouns that make the quotation before them a name (「极致」系列, “最佳女主”色号). */
const NAMES = classWords('name.noun', 'src/context/mention.ts').map(normalizePhrase)

function countOf(text: string, ch: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text[i] === ch) n++
  return n
}
