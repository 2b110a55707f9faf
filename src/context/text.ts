/**
 * Clause and sentence boundaries in normalised text. Normalisation already turned
 * full-width ！？， into ASCII, so the sets below only list what survives it.
 * Look-arounds are bounded: context never costs more than a short window per hit.
 */
const SENTENCE_CHARS = '。.!?\n\r…~;'
const CLAUSE_CHARS = ',、:'
/** A clause or sentence longer than this is cut: beyond it, context is too far to matter. */
export const WINDOW = 40

/**
 * Break kinds by code unit, one typed-array load per character instead of a Set look-up:
 * CLAUSE for ，、：, SENTENCE (which also ends a clause) for the sentence ends. Every mark is
 * below U+3003.
 */
const CLAUSE = 1
const SENTENCE = 2
const KIND = new Uint8Array(0x3003)
for (const ch of SENTENCE_CHARS) KIND[ch.charCodeAt(0)] = SENTENCE
for (const ch of CLAUSE_CHARS) KIND[ch.charCodeAt(0)] = CLAUSE

/** The break at `i`: 0, CLAUSE or SENTENCE. */
function breakAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  // A dot between digits is a decimal point (3.5 折), not a sentence end.
  if (c === 0x2e) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) ? 0 : SENTENCE
  // Fast chat typists separate clauses with a space instead of a comma (芒果到手就能吃 个个都甜 放心):
  // a space closes a clause unless it joins two Latin words or follows a number (3 天, 5 kg).
  if (c === 0x20) return !isDigit(text.charCodeAt(i - 1)) && !(isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) ? CLAUSE : 0
  return c < 0x3003 ? KIND[c]! : 0
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** ASCII letters and digits: a space between two of them joins words, it does not end a clause. */
function isLatin(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** `least` is the weakest break that counts: CLAUSE for clause bounds, SENTENCE for sentences. */
function startOf(least: number, text: string, from: number): number {
  const min = Math.max(0, from - WINDOW)
  for (let i = from - 1; i >= min; i--) if (breakAt(text, i) >= least) return i + 1
  return min
}

function endOf(least: number, text: string, from: number): number {
  const max = Math.min(text.length, from + WINDOW)
  for (let i = from; i < max; i++) if (breakAt(text, i) >= least) return i
  return max
}

/**
 * The bounds of every offset of the reply being linted, filled on the first question about
 * it: rules ask for the same clause and sentence many times per hit (who is the subject, is it
 * asked, is there a condition…), each a walk of up to WINDOW characters. Stored as distances
 * (at most WINDOW, so one byte each) from the offset, in buffers reused from reply to reply.
 * Other strings (a slice, the customer's previous message) are walked as before.
 */
let reply: string | undefined
let filled = false
let clauseBack = new Uint8Array(256)
let clauseAhead = new Uint8Array(256)
let sentenceBack = new Uint8Array(256)
let sentenceAhead = new Uint8Array(256)

/** Called by the linter with each reply's normalised text before any rule reads it. */
export function startReply(text: string): void {
  reply = text
  filled = false
}

function fill(text: string): void {
  filled = true
  const n = text.length
  if (clauseBack.length <= n) {
    const size = Math.max(n + 1, clauseBack.length * 2)
    clauseBack = new Uint8Array(size)
    clauseAhead = new Uint8Array(size)
    sentenceBack = new Uint8Array(size)
    sentenceAhead = new Uint8Array(size)
  }
  // Offset `at` asks about the characters before it: the last break at an index below `at`.
  let clause = -1
  let sentence = -1
  for (let at = 0; at <= n; at++) {
    const min = at > WINDOW ? at - WINDOW : 0
    clauseBack[at] = at - (clause >= min ? clause + 1 : min)
    sentenceBack[at] = at - (sentence >= min ? sentence + 1 : min)
    if (at < n) {
      const kind = breakAt(text, at)
      if (kind !== 0) clause = at
      if (kind === SENTENCE) sentence = at
    }
  }
  // …and the characters from `at` on: the first break at an index at or after `at`.
  clause = n
  sentence = n
  for (let at = n; at >= 0; at--) {
    if (at < n) {
      const kind = breakAt(text, at)
      if (kind !== 0) clause = at
      if (kind === SENTENCE) sentence = at
    }
    const max = at + WINDOW < n ? at + WINDOW : n
    clauseAhead[at] = (clause < max ? clause : max) - at
    sentenceAhead[at] = (sentence < max ? sentence : max) - at
  }
}

/** Whether `at` of `text` may be answered from the tables (filling them on first use). */
function tabled(text: string, at: number): boolean {
  if (text !== reply || !(at >= 0 && at <= text.length) || (at | 0) !== at) return false
  if (!filled) fill(text)
  return true
}

/** Start of the clause (split on ，、：and sentence ends) that contains offset `at`. */
export const clauseStart = (text: string, at: number) => (tabled(text, at) ? at - clauseBack[at]! : startOf(CLAUSE, text, at))
export const clauseEnd = (text: string, at: number) => (tabled(text, at) ? at + clauseAhead[at]! : endOf(CLAUSE, text, at))
export const sentenceStart = (text: string, at: number) => (tabled(text, at) ? at - sentenceBack[at]! : startOf(SENTENCE, text, at))
export const sentenceEnd = (text: string, at: number) => (tabled(text, at) ? at + sentenceAhead[at]! : endOf(SENTENCE, text, at))

/** What `\s` matches, and ~ and U+0000 (an ignorable character): the spacing a question may end with. */
function isTrailing(c: number): boolean {
  return (
    c === 0x20 || c === 0x7e || c === 0 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

const MA = '吗'.charCodeAt(0)
const MA2 = '嘛'.charCodeAt(0)

/**
 * Whether the sentence holding [start, end) is a question: it ends in ? (？), or its
 * last word is a question particle (吗/么/呢 after a question word is too loose; 吗 is not).
 */
export function isQuestion(text: string, start: number, end: number): boolean {
  const e = sentenceEnd(text, end)
  if (text.charCodeAt(e) === 0x3f) return true
  let j = e - 1
  while (j >= start && isTrailing(text.charCodeAt(j))) j--
  const c = text.charCodeAt(j)
  return c === MA || c === MA2
}

/** A tag question after a statement asks about it (明天到，对吗？). */
const TAG_QUESTION = /^(对吗|是吗|好吗|行吗|可以吗|对吧|是吧|好吧|对不对|是不是|好不好|行不行|可不可以|没错吧|没问题吧|吧|吗)$/
/** Words that make a clause a question of its own, even before a later question clause. */
const ASKS = /吗|嘛|么|是不是|会不会|能不能|有没有|可不可以|请问|是否|还是/

/**
 * Whether the hit at [start, end) is asked, not stated. A sentence that ends in a question asks
 * its last clause; an earlier clause, run on with commas, is still a statement
 * (不可能起红疹，或者您换了别的护肤品？), unless it holds a question word itself or the last clause
 * is a tag question about it (明天到，对吗？).
 */
export function isAsked(text: string, start: number, end: number): boolean {
  if (!isQuestion(text, start, end)) return false
  const sEnd = sentenceEnd(text, end)
  const cEnd = clauseEnd(text, end)
  if (cEnd >= sEnd) return true
  if (ASKS.test(text.slice(clauseStart(text, start), cEnd))) return true
  return TAG_QUESTION.test(text.slice(clauseStart(text, sEnd), sEnd).replace(/[\s~\u0000]/g, ''))
}
