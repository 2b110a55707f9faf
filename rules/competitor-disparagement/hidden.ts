import { isHanAt } from '../../src/vocab/chars.js'
import { isLatinAlnum } from '../../src/match/automaton.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import type { Span } from '../../src/context/cues.js'

/**
 * Names left out: a rival hidden behind 某, x, a mark or a letter (某宁, x米, ××牌, A家). Every reader fills in the
 * brand, so the seller finder (seller.ts) reads such a name as another seller. Also isLatinAt, the Latin test the
 * other modules share.
 */

/**
 * After 某 these make an indefinite (某些, 某个, 某天, 某种): only another character after 某 hides a
 * name (某宁, 某鹤, 某福某生), the way 某宝 and 某东 do; 某某 is the same hiding twice.
 */
const NOT_HIDDEN = new Set([...'些个种位天次处一年月日时段件样项方人款类地条本部份张只台则句点样回些'])
/** After x / xx: x光 is an X-ray, not a name. */
const NOT_HIDDEN_X = new Set([...'光'])
export const isLatinAt = (t: string, i: number) => isLatinAlnum(t.charCodeAt(i))
/** Marks typed where a name is left out, as x is (××牌, **家, ○○品牌). */
const MARKS = new Set([...'×*○〇'])
/** Letters that stand for a name before a seller's head (A家, B牌, C店: the first letters, as in a worked example). */
const LETTERS = new Set([...'abcd'])
const SELLER_HEADS = new Set([...'家牌店'])
const BRAND = normalizePhrase('品牌')

/**
 * The last name hidden behind 某, x or a mark within [from, to): 某宁上卖的, 某福某生那些大品牌, x米的扫地机,
 * xx教育的老师, ××牌, A家. Every reader fills in the brand, so it is another seller as surely as 某宝 is (the
 * cue list holds the common ones; this finds the rest). Read only when a predicate was found.
 */
export function lastHidden(t: string, from: number, to: number): Span | undefined {
  for (let i = to - 2; i >= from; i--) {
    const c = t[i]
    const next = t[i + 1]!
    if (c === '某') {
      if (!isHanAt(t, i + 1) || NOT_HIDDEN.has(next)) continue
    } else if (c === 'x' || MARKS.has(c!)) {
      if (!isHanAt(t, i + 1) || NOT_HIDDEN_X.has(next)) continue
    } else if (LETTERS.has(c!)) {
      // A家, B牌: a letter names a rival only as the head's own name (a货 is a grade of fake, ab型 a type).
      if (isLatinAt(t, i - 1)) continue
      if (SELLER_HEADS.has(next)) return [i, i + 2]
      if (t.startsWith(BRAND, i + 1)) return [i, i + 1 + BRAND.length]
      continue
    } else continue
    let start = i
    // 某某视, xx教育: the mark doubled; 某福某生: two names hidden in a row.
    for (;;) {
      if (start > from && t[start - 1] === c) start--
      else if (c === '某' && start - 2 >= from && t[start - 2] === c && isHanAt(t, start - 1) && !NOT_HIDDEN.has(t[start - 1]!)) start -= 2
      else break
    }
    if (c === 'x' && isLatinAt(t, start - 1)) continue
    return [start, i + 2]
  }
  return undefined
}
