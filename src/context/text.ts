/**
 * Clause and sentence boundaries in normalised text. Normalisation already turned
 * full-width ！？， into ASCII, so the sets below only list what survives it.
 * Look-arounds are bounded: context never costs more than a short window per hit.
 */
const SENTENCE_END = new Set([...'。.!?\n\r…~;'].map((c) => c.charCodeAt(0)))
const CLAUSE_END = new Set([...SENTENCE_END, ...[...',、:'].map((c) => c.charCodeAt(0))])
/** A clause or sentence longer than this is cut: beyond it, context is too far to matter. */
export const WINDOW = 40

function isBreak(set: Set<number>, text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  // A dot between digits is a decimal point (3.5 折), not a sentence end.
  if (c === 0x2e) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
  // Fast chat typists separate clauses with a space instead of a comma (芒果到手就能吃 个个都甜 放心):
  // a space closes a clause unless it joins two Latin words or follows a number (3 天, 5 kg).
  if (c === 0x20) return set === CLAUSE_END && !isDigit(text.charCodeAt(i - 1)) && !(isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1)))
  return set.has(c)
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** ASCII letters and digits: a space between two of them joins words, it does not end a clause. */
function isLatin(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function startOf(set: Set<number>, text: string, from: number): number {
  const min = Math.max(0, from - WINDOW)
  for (let i = from - 1; i >= min; i--) if (isBreak(set, text, i)) return i + 1
  return min
}

function endOf(set: Set<number>, text: string, from: number): number {
  const max = Math.min(text.length, from + WINDOW)
  for (let i = from; i < max; i++) if (isBreak(set, text, i)) return i
  return max
}

/** Start of the clause (split on ，、：and sentence ends) that contains offset `at`. */
export const clauseStart = (text: string, at: number) => startOf(CLAUSE_END, text, at)
export const clauseEnd = (text: string, at: number) => endOf(CLAUSE_END, text, at)
export const sentenceStart = (text: string, at: number) => startOf(SENTENCE_END, text, at)
export const sentenceEnd = (text: string, at: number) => endOf(SENTENCE_END, text, at)

/**
 * Whether the sentence holding [start, end) is a question: it ends in ? (？), or its
 * last word is a question particle (吗/么/呢 after a question word is too loose; 吗 is not).
 */
export function isQuestion(text: string, start: number, end: number): boolean {
  const e = sentenceEnd(text, end)
  if (text.charCodeAt(e) === 0x3f) return true
  let j = e - 1
  while (j >= start && /[\s~\u0000]/.test(text[j]!)) j--
  return text[j] === '吗' || text[j] === '嘛'
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
