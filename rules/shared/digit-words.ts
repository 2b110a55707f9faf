import { normalizePhrase } from '../../src/normalize/normalize.js'
/**
 * Digits written as words to slip past number filters (一三九…, 幺三八…, the banker's capitals
 * 壹叁玖…), with the digit each stands for. One table for off-platform (accounts and dialled numbers)
 * and privacy-leak (phone numbers), so a spelling one rule reads the other reads too.
 * Raw characters: callers normalise them like the text they compare with.
 */
// 参: Traditional 參 (the capital three) folds to 参, not 叁, in the normalised text.
export const DIGIT_WORDS = '〇零幺一二三四五六七八九壹贰叁肆伍陆柒捌玖参'
/** The digit of each character of DIGIT_WORDS, position for position. */
export const DIGIT_WORD_VALUES = '0011234567891234567893'

/** The digit each digit word stands for, keyed by its code unit in normalised text (as rules compare it). */
const VALUE_OF = new Map<number, number>()
{
  const normalised = normalizePhrase(DIGIT_WORDS)
  for (let i = 0; i < normalised.length; i++) VALUE_OF.set(normalised.charCodeAt(i), DIGIT_WORD_VALUES.charCodeAt(i) - 0x30)
}

/** The digit the character `c` of normalised text stands for as a digit word (幺 → 1, 叁 → 3), or -1. */
export function digitWordValue(c: number): number {
  return VALUE_OF.get(c) ?? -1
}
