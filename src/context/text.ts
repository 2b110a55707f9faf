import { isHan } from '../vocab/chars.js'
import { classWords } from '../vocab/index.js'
import { normalizePhrase } from '../normalize/normalize.js'

/**
 * Clause and sentence boundaries in normalised text. Normalisation already turned
 * full-width ！？， into ASCII, so the sets below only list what survives it.
 * Look-arounds are bounded: context never costs more than a short window per hit.
 *
 * Two readings of the same text, decided here once for every rule:
 * - the plain reading: ，、： end a clause, 。！？… end a sentence, and a typed space ends a
 *   clause (芒果到手就能吃 个个都甜 放心);
 * - the chat reading (blame-customer, curt-reply: who is the subject, is it asked): a space
 *   between two Chinese characters ends a sentence (非常抱歉 小妹刚才看错了 — 您 in one sentence is
 *   not the subject of the next), and a bracket opens an aside ((产品私自拆装…是没有售后的)).
 */
const SENTENCE_CHARS = '。.!?\n\r…~;'
const CLAUSE_CHARS = ',、:'
const ASIDE_CHARS = '()[]'
/** A clause or sentence longer than this is cut: beyond it, context is too far to matter. */
export const WINDOW = 40

/**
 * What a character ends, as bits (one typed-array load per character instead of a Set look-up).
 * Every mark is below U+3003.
 */
const CLAUSE = 1
const SENTENCE = 2
const CHAT_CLAUSE = 4
const CHAT_SENTENCE = 8
const ENDS_SENTENCE = CLAUSE | SENTENCE | CHAT_CLAUSE | CHAT_SENTENCE
const ENDS_CLAUSE = CLAUSE | CHAT_CLAUSE
/** A typed space between two Chinese characters: a clause end, and a sentence end when chatting. */
const TYPED_STOP = CLAUSE | CHAT_CLAUSE | CHAT_SENTENCE
const KIND = new Uint8Array(0x3003)
for (const ch of SENTENCE_CHARS) KIND[ch.charCodeAt(0)] = ENDS_SENTENCE
for (const ch of CLAUSE_CHARS) KIND[ch.charCodeAt(0)] = ENDS_CLAUSE
for (const ch of ASIDE_CHARS) KIND[ch.charCodeAt(0)] = CHAT_CLAUSE

const SPACE = 0x20
const DOT = 0x2e

/** What the character at `i` ends, as CLAUSE/SENTENCE/CHAT_* bits (0: nothing). */
function breakAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  // A dot between digits is a decimal point (3.5 折), not a sentence end.
  if (c === DOT) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) ? 0 : ENDS_SENTENCE
  if (c === SPACE) {
    let a = i - 1
    while (a >= 0 && text.charCodeAt(a) === SPACE) a--
    let b = i + 1
    while (b < text.length && text.charCodeAt(b) === SPACE) b++
    return spaceKind(text, i, a, b)
  }
  return c < 0x3003 ? KIND[c]! : 0
}

/**
 * What the space at `i` ends, given the nearest other characters before (`a`) and after (`b`)
 * its run of spaces. Fast chat typists separate clauses with a space instead of a comma: a space
 * closes a clause unless it joins two Latin words or follows a number (3 天, 5 kg); between two
 * Chinese characters it is a typed stop.
 */
function spaceKind(text: string, i: number, a: number, b: number): number {
  if (a >= 0 && b < text.length && isHan(text.charCodeAt(a)) && isHan(text.charCodeAt(b))) return TYPED_STOP
  const before = text.charCodeAt(i - 1)
  return !isDigit(before) && !(isLatin(before) && isLatin(text.charCodeAt(i + 1))) ? ENDS_CLAUSE : 0
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** ASCII letters and digits: a space between two of them joins words, it does not end a clause. */
function isLatin(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** `mask` is what counts as a break: CLAUSE, SENTENCE, CHAT_CLAUSE or CHAT_SENTENCE. */
function startOf(mask: number, text: string, from: number): number {
  const min = Math.max(0, from - WINDOW)
  for (let i = from - 1; i >= min; i--) if (breakAt(text, i) & mask) return i + 1
  return min
}

function endOf(mask: number, text: string, from: number): number {
  const max = Math.min(text.length, from + WINDOW)
  for (let i = from; i < max; i++) if (breakAt(text, i) & mask) return i
  return max
}

/**
 * The breaks of the reply being linted, found on the first question about it: rules ask for the
 * same clause and sentence many times per hit (who is the subject, is it asked, is there a
 * condition…), each a walk of up to WINDOW characters. The break offsets and what each ends are
 * listed once per reply (linear even in a run of spaces) with, per offset, how many breaks lie
 * before it, in buffers reused from reply to reply; a question is then one look-up and a step back
 * or on over the breaks of another kind within WINDOW. (Tables of every offset's bounds, as before, cost two passes per reading
 * over the whole reply: 8–12% of a long reply's lint with one rule on.) Other strings (a slice,
 * the customer's previous message) are walked as before.
 */
let reply: string | undefined
let breaksFound = false
let breakCount = 0
/** Offsets of the reply's breaks, ascending, and what each ends (CLAUSE/SENTENCE/CHAT_* bits). */
let breakAts = new Int32Array(64)
let breakKinds = new Uint8Array(64)
/** before[at]: how many breaks lie before offset `at` (so the first at or after it is breakAts[before[at]]). */
let before = new Int32Array(256)

/** Called by the linter with each reply's normalised text before any rule reads it. */
export function startReply(text: string): void {
  reply = text
  breaksFound = false
}

function addBreak(at: number, kind: number): void {
  if (breakCount === breakAts.length) {
    const ats = new Int32Array(breakCount * 2)
    const kinds = new Uint8Array(breakCount * 2)
    ats.set(breakAts)
    kinds.set(breakKinds)
    breakAts = ats
    breakKinds = kinds
  }
  breakAts[breakCount] = at
  breakKinds[breakCount++] = kind
}

function findBreaks(text: string): void {
  breaksFound = true
  breakCount = 0
  const n = text.length
  if (before.length <= n) before = new Int32Array(Math.max(n + 1, before.length * 2))
  const counts = before
  for (let i = 0; i < n; i++) {
    counts[i] = breakCount
    if (text.charCodeAt(i) !== SPACE) {
      const kind = breakAt(text, i)
      if (kind !== 0) addBreak(i, kind)
      continue
    }
    // A run of spaces: its ends are found once, not once per space.
    let b = i + 1
    while (b < n && text.charCodeAt(b) === SPACE) b++
    for (let j = i; j < b; j++) {
      counts[j] = breakCount
      const kind = spaceKind(text, j, i - 1, b)
      if (kind !== 0) addBreak(j, kind)
    }
    i = b - 1
  }
  counts[n] = breakCount
}

/** Whether `at` of `text` may be answered from the reply's breaks (found on first use). */
function listed(text: string, at: number): boolean {
  if (text !== reply || !(at >= 0 && at <= text.length) || (at | 0) !== at) return false
  if (!breaksFound) findBreaks(text)
  return true
}

/** startOf over the listed breaks: after the last break of `mask` before `at`, within WINDOW. */
function listedStart(mask: number, at: number): number {
  const min = at > WINDOW ? at - WINDOW : 0
  for (let i = before[at]! - 1; i >= 0 && breakAts[i]! >= min; i--) if (breakKinds[i]! & mask) return breakAts[i]! + 1
  return min
}

/** endOf over the listed breaks: the first break of `mask` at or after `at`, within WINDOW and the text. */
function listedEnd(mask: number, text: string, at: number): number {
  const max = at + WINDOW < text.length ? at + WINDOW : text.length
  for (let i = before[at]!; i < breakCount && breakAts[i]! < max; i++) if (breakKinds[i]! & mask) return breakAts[i]!
  return max
}

/** Start of the clause (split on ，、：, a typed space and sentence ends) that contains offset `at`. */
export const clauseStart = (text: string, at: number) => (listed(text, at) ? listedStart(CLAUSE, at) : startOf(CLAUSE, text, at))
/** The head of the clause of `at` up to `at`, at most `reach` characters back: text.slice(max(clauseStart, at - reach), at). */
export const clauseHead = (text: string, at: number, reach: number) => text.slice(Math.max(clauseStart(text, at), at - reach), at)
export const clauseEnd = (text: string, at: number) => (listed(text, at) ? listedEnd(CLAUSE, text, at) : endOf(CLAUSE, text, at))
export const sentenceStart = (text: string, at: number) => (listed(text, at) ? listedStart(SENTENCE, at) : startOf(SENTENCE, text, at))
export const sentenceEnd = (text: string, at: number) => (listed(text, at) ? listedEnd(SENTENCE, text, at) : endOf(SENTENCE, text, at))

/** The chat reading's clause: the plain one, also cut by a bracket (an aside has its own subject). */
export const chatClauseStart = (text: string, at: number) => (listed(text, at) ? listedStart(CHAT_CLAUSE, at) : startOf(CHAT_CLAUSE, text, at))
export const chatClauseEnd = (text: string, at: number) => (listed(text, at) ? listedEnd(CHAT_CLAUSE, text, at) : endOf(CHAT_CLAUSE, text, at))
/** The chat reading's sentence: the plain one, also ended by a typed stop (a space between Chinese characters). */
export const chatSentenceStart = (text: string, at: number) => (listed(text, at) ? listedStart(CHAT_SENTENCE, at) : startOf(CHAT_SENTENCE, text, at))
export const chatSentenceEnd = (text: string, at: number) => (listed(text, at) ? listedEnd(CHAT_SENTENCE, text, at) : endOf(CHAT_SENTENCE, text, at))

/** What `\s` matches, and ~ and U+0000 (an ignorable character): the spacing a question may end with. */
function isTrailing(c: number): boolean {
  return (
    c === 0x20 || c === 0x7e || c === 0 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

const MA = '吗'.charCodeAt(0)
const MA2_CHAR = '嘛'
const ME = '么'.charCodeAt(0)
const ME_TW = '麼'.charCodeAt(0)
/** 这么 / 那么 / 多么 / 要么: degree or choice words; 什么 / 怎么 end statements too (都没说什么, 会问你喷的什么): no question by themselves. */
const ME_NOT_ASKED = new Set([...'这那多要這什怎甚'].map((ch) => ch.charCodeAt(0)))
const MA2 = MA2_CHAR.charCodeAt(0)
const NOT = '不'.charCodeAt(0)
const NOT_HAVE = '没'.charCodeAt(0)

/** Question and rhetorical words (act.question.word): what makes a sentence ending in 嘛 ask. */
const QUESTION_WORDS = classWords('act.question.word', 'src/context/text.ts').map(normalizePhrase)
const QUESTION_FIRST = new Set(QUESTION_WORDS.map((w) => w.charCodeAt(0)))

/**
 * Whether [from, to) holds a sign that it asks: a question word (什么, 为什么, 干嘛…) or an
 * A-not-A (是不是, 好没好). 嘛 is assertive after a statement (这个是正常的嘛, 本来就这样嘛,
 * 别急嘛); it asks only with such a sign (问那么多干嘛, 为什么不早说嘛).
 */
function asksBy(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    // A-not-A, as isANotA in negation.ts reads it (not imported: negation.ts imports this module).
    if ((c === NOT || c === NOT_HAVE) && i > from && i + 1 < to && text.charCodeAt(i - 1) === text.charCodeAt(i + 1)) return true
    if (!QUESTION_FIRST.has(c)) continue
    for (const w of QUESTION_WORDS) if (i + w.length <= to && text.startsWith(w, i)) return true
  }
  return false
}

/**
 * Whether the sentence holding [start, end) is a question: it ends in ? (？), or its
 * last word is 吗, or 嘛 with a question word or an A-not-A before it (吗/么/呢 after a
 * question word is too loose; 吗 is not).
 * With `chat`, the sentence is the chat reading's (one ended by a typed stop is asked only if
 * its own last word asks).
 */
export function isQuestion(text: string, start: number, end: number, chat = false): boolean {
  const e = chat ? chatSentenceEnd(text, end) : sentenceEnd(text, end)
  if (text.charCodeAt(e) === 0x3f) return true
  let j = e - 1
  while (j >= start && isTrailing(text.charCodeAt(j))) j--
  const c = text.charCodeAt(j)
  if (c === MA) return true
  // 可以么 / 好么 / 对么: chat's 么 (麼) ends a question as 吗 does; not the 么 of 这么, 那么, 什么 (ME_NOT_ASKED).
  if ((c === ME || c === ME_TW) && !ME_NOT_ASKED.has(text.charCodeAt(j - 1))) return true
  if (c !== MA2) return false
  const from = chat ? chatSentenceStart(text, Math.min(start, j)) : sentenceStart(text, Math.min(start, j))
  return asksBy(text, from, j + 1)
}

/** A tag question after a statement asks about it (明天到，对吗？). */
const TAG_QUESTION = /^(对吗|是吗|好吗|行吗|可以吗|对吧|是吧|好吧|对不对|是不是|好不好|行不行|可不可以|没错吧|没问题吧|吧|吗)$/
/** Words that make a clause a question of its own, even before a later question clause. */
const ASKS = /吗|么|是不是|会不会|能不能|有没有|可不可以|请问|是否|还是/

/**
 * Whether the hit at [start, end) is asked, not stated. A sentence that ends in a question asks
 * its last clause; an earlier clause, run on with commas, is still a statement
 * (不可能起红疹，或者您换了别的护肤品？), unless it holds a question word itself or the last clause
 * is a tag question about it (明天到，对吗？).
 */
export function isAsked(text: string, start: number, end: number): boolean {
  if (!isQuestion(text, start, end)) return askedWhether(text, start, end)
  const sEnd = sentenceEnd(text, end)
  const cEnd = clauseEnd(text, end)
  if (cEnd >= sEnd) return true
  const cStart = clauseStart(text, start)
  const clause = text.slice(cStart, cEnd)
  if (ASKS.test(clause)) return true
  // 嘛 makes its clause a question only with a question word or an A-not-A (别急嘛，… asks nothing).
  if (clause.includes(MA2_CHAR) && asksBy(text, cStart, cEnd)) return true
  return TAG_QUESTION.test(text.slice(clauseStart(text, sEnd), sEnd).replace(/[\s~\u0000]/g, ''))
}

/** What the outcome is said to depend on (act.depends): 要看, 取决于, 因人而异… */
const DEPENDS = classWords('act.depends', 'src/context/text.ts').map(normalizePhrase)

/**
 * An embedded whether-question, with no question mark: the clause asks (an A-not-A or a question
 * word up to the hit: 伤疤能不能消失, 什么时候能好) and the sentence then says what it depends on
 * (要看个人体质, 因人而异). The hit is what is asked about, not a claim; without the "depends" the
 * same clause may be a rhetorical statement (怎么洗都不会掉色).
 */
function askedWhether(text: string, start: number, end: number): boolean {
  const cStart = clauseStart(text, start)
  if (!asksBy(text, cStart, end)) return false
  const after = text.slice(end, sentenceEnd(text, end))
  return DEPENDS.some((w) => after.includes(w))
}

