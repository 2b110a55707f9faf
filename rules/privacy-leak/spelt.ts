import type { NumberHit } from './numbers.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { DIGIT_WORDS, digitWordValue } from '../shared/digit-words.js'

/**
 * Digits written as words (一三九一二三四五六七八, 幺三八…) to slip past a filter: read as the digits
 * they stand for, character for character, so offsets stay those of the text. Only a reply with a
 * long run of them is rewritten (findWordRun, also the scan's gate); others are returned as they are.
 */
// Compared with normalised text, so normalised too (the table may fold a character).
// The banker's capitals too (壹叁玖…, 幺叁捌…): set Q and three other authors wrote phones so (shared table).
const NUMERAL_WORDS = normalizePhrase(DIGIT_WORDS)
/**
 * A run of nine or more numeral words, spaces and hyphens between them (the pattern
 * [N][N -]{7,}[N]), read by a table per code unit: 1 a numeral word, 2 a space or a hyphen. A
 * character-class regex tested every reply at each of its 一s; this is one pass with no backtracking.
 */
const RUN_CHAR = new Uint8Array(0x10000)
for (let i = 0; i < NUMERAL_WORDS.length; i++) RUN_CHAR[NUMERAL_WORDS.charCodeAt(i)] = 1
RUN_CHAR[0x20] = RUN_CHAR[0x2d] = 2
/** Length of the shortest run that counts. */
const WORD_RUN_MIN = 9
function findWordRun(text: string): boolean {
  let first = -1
  for (let i = 0; i < text.length; i++) {
    const k = RUN_CHAR[text.charCodeAt(i)]!
    if (k === 1) {
      if (first < 0) first = i
      else if (i - first + 1 >= WORD_RUN_MIN) return true
    } else if (k === 0) first = -1
  }
  return false
}
/**
 * Whether `text` holds such a run. The scan's gate asks first and digitView asks again of the same
 * reply: the last answer is kept, so the pattern runs once per reply.
 */
let runText: string | undefined
let runFound = false
export function hasWordRun(text: string): boolean {
  if (text !== runText) {
    runFound = findWordRun(text)
    runText = text
  }
  return runFound
}
export function digitView(text: string): string {
  if (!hasWordRun(text)) return text
  let out = ''
  for (const ch of text) {
    const v = digitWordValue(ch.charCodeAt(0))
    out += v >= 0 ? String(v) : ch
  }
  return out
}
/** Whether the number was read from digit words (一三九…): a Taiwanese ID's leading letter is not one. */
export const speltInWords = (text: string, hit: NumberHit) => NUMERAL_WORDS.includes(text[hit.end - 1]!)
