import { vocab } from './index.js'
import { normalizePhrase } from '../normalize/normalize.js'

/**
 * Character-level word classes every rule shares: what counts as a Chinese character, which
 * particles may trail a clause, which characters close one. Rules used to carry their own
 * copies (seven Han tests, several particle and clause-tail lists) that disagreed silently;
 * import these instead. Text is normalised first, so full-width punctuation is already ASCII.
 */

/** CJK ideographs: the Unified block, Extension A and the compatibility block. */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

/** Whether the character at `i` of `text` is an ideograph (false outside the text). */
export function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHan(text.charCodeAt(i))
}

/** Whether every character of text[from, to) is an ideograph. */
export function allHan(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (!isHan(text.charCodeAt(i))) return false
  return true
}

/** Sentence-final particles (哦呢呀啦…), from the vocabulary class `particle`. */
export const PARTICLES: readonly string[] = vocab.get('particle')!

/** Punctuation and spacing that closes a clause in normalised text. */
export const CLAUSE_PUNCTUATION = ',.!?;:~ \n\r。、…'

/** A set of single characters, for the membership tests in hot loops. */
export function charSet(chars: Iterable<string>): ReadonlySet<string> {
  return new Set(chars)
}

/**
 * The code units of `s` normalised, for membership tests on charCodeAt in hot loops (text[i]
 * makes a string per Chinese character). Normalised like the text it is compared with.
 */
export function codeSet(s: string): ReadonlySet<number> {
  return new Set([...normalizePhrase(s)].map((c) => c.charCodeAt(0)))
}

/**
 * What may trail a clause without adding meaning: particles, 了, punctuation. A claim or a
 * promise that is followed only by these ends there (保证到哦～ is the same promise as 保证到).
 */
export const CLAUSE_TAIL: ReadonlySet<string> = charSet([...PARTICLES.filter((p) => p.length === 1), '了', ...CLAUSE_PUNCTUATION])
