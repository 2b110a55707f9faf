import * as shared from '../../src/context/text.js'
import { isHanAt } from '../../src/vocab/chars.js'

/**
 * Clause and sentence bounds for chat replies (blame-customer, curt-reply): the shared ones (src/context/text.ts), also
 * cut where agents end a sentence without punctuation. Chat agents often write 非常抱歉 小妹刚才看错了
 * — a space between two Chinese characters ends a sentence there — and a parenthesis opens an
 * aside ((产品私自拆装…是没有售后的)) whose subject is not the one before it. Without these cuts
 * 您 in one sentence becomes the subject of 看错 in the next.
 */
// Compared as code units: text[i] makes a new one-character string for every Chinese character.
const SPACE = 0x20
/** ( ) [ ] */
const isAside = (c: number) => c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d

function isSpaceBreak(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== SPACE) return false
  let a = i - 1
  while (a >= 0 && text.charCodeAt(a) === SPACE) a--
  let b = i + 1
  while (b < text.length && text.charCodeAt(b) === SPACE) b++
  return isHanAt(text, a) && isHanAt(text, b)
}

const isBreak = (text: string, i: number, asides: boolean) => isSpaceBreak(text, i) || (asides && isAside(text.charCodeAt(i)))

function startWithin(text: string, at: number, floor: number, asides: boolean): number {
  for (let i = at - 1; i >= floor; i--) if (isBreak(text, i, asides)) return i + 1
  return floor
}

function endWithin(text: string, at: number, ceiling: number, asides: boolean): number {
  for (let i = at; i < ceiling; i++) if (isBreak(text, i, asides)) return i
  return ceiling
}

export const clauseStart = (text: string, at: number) => startWithin(text, at, shared.clauseStart(text, at), true)
export const clauseEnd = (text: string, at: number) => endWithin(text, at, shared.clauseEnd(text, at), true)
export const sentenceStart = (text: string, at: number) => startWithin(text, at, shared.sentenceStart(text, at), false)
export const sentenceEnd = (text: string, at: number) => endWithin(text, at, shared.sentenceEnd(text, at), false)

/**
 * Whether the sentence holding [start, end) is asked: the shared test over this rule's
 * sentence (a space-ended sentence is asked only if its own last word asks).
 */
export function isQuestion(text: string, start: number, end: number): boolean {
  const e = sentenceEnd(text, end)
  if (text[e] === '?') return true
  return shared.isQuestion(text.slice(0, e), start, Math.min(end, e))
}
