/** `s` as a literal inside a regular expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Words as one regular-expression alternation: normalised (as the text a rule reads is), deduplicated, longest first so a
 * longer word wins over its prefix (收到货 before 收到), escaped.
 */
export function wordAlternation(words: readonly string[], normalize: (w: string) => string): string {
  return [...new Set(words.map(normalize))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}
