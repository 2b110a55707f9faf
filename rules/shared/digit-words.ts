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
