import { sentenceStart } from '../../src/context/text.js'
import { isLatinAlnum } from '../../src/match/automaton.js'
import type { SpellChecker } from '../../src/types.js'
import type { LatinData } from './data.js'
import { gluedToCode, isIdeograph, precedes } from './position.js'

/**
 * Latin tokens the lexicon does not list. Two kinds are reported:
 *  - longer runs of a listed form (hhhhhhh → the `laughter` entry), always;
 *  - unknown pinyin-initial abbreviations (zqsg, kswl): a lowercase cluster of consonants
 *    that the English spell checker does not know and the allowlist does not excuse —
 *    only when a spell checker was given, since without one every English word would look
 *    unknown.
 */
export interface LatinHit {
  start: number
  end: number
  /** The lexicon entry tag a run counts as; absent for an unknown abbreviation. */
  tag?: string
  /** Weight of an unknown abbreviation. */
  weight?: number
}

export interface LatinScanOptions {
  data: LatinData
  /** Latin phrases of the lexicon: matched by the automaton already. */
  known: ReadonlySet<string>
  /** Extra tokens the shop allows (rule option `allowLatin`). */
  extraAllow: ReadonlySet<string>
  spell: SpellChecker | undefined
}

const LETTER = /[a-zA-Z]/
const PINYIN_INITIALS = /^[bcdfghjklmnpqrstwxyz]+$/
const HAS_VOWEL = /[aeiouy]/

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a)
}

function hasChinese(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isIdeograph(text.charCodeAt(i))) return true
  return false
}

/** The Latin word next to [start, end) across spaces only, or ''. */
function neighbourWord(text: string, start: number, end: number, side: -1 | 1): string {
  let i = side < 0 ? start - 1 : end
  if (text.charCodeAt(i) !== 0x20) return ''
  while (text.charCodeAt(i) === 0x20) i += side
  let j = i
  while (isLatinAlnum(text.charCodeAt(j + side))) j += side
  if (!isLatinAlnum(text.charCodeAt(i))) return ''
  return side < 0 ? text.slice(j, i + 1) : text.slice(i, j + 1)
}

export function scanLatin(text: string, original: string, o: LatinScanOptions): LatinHit[] {
  const hits: LatinHit[] = []
  let chinese: boolean | undefined
  // A token without a letter is all digits and skipped below, so the walk starts at the run
  // holding the first letter (most replies have none: one native search settles them).
  let first = text.search(LETTER)
  if (first < 0) return hits
  while (first > 0 && isLatinAlnum(text.charCodeAt(first - 1))) first--
  for (let i = first; i < text.length; ) {
    if (!isLatinAlnum(text.charCodeAt(i))) {
      i++
      continue
    }
    // Digits are noted on the way: a token with one (59, 2024, v2) is never looked at further.
    let digit = isDigit(text.charCodeAt(i))
    let j = i + 1
    for (let c = text.charCodeAt(j); j < text.length && isLatinAlnum(c); c = text.charCodeAt(++j)) if (isDigit(c)) digit = true
    const start = i
    const end = j
    i = j
    if (digit) continue
    const token = text.slice(start, end)
    if (o.known.has(token) || gluedToCode(text, start, end)) continue
    let run: LatinData['runs'][number] | undefined
    for (const r of o.data.runs) if (r.pattern.test(token)) { run = r; break }
    if (run) {
      hits.push({ start, end, tag: run.tag })
      continue
    }
    if (!o.spell) continue
    const weight = o.data.weights.get(token.length)
    if (weight === undefined || !PINYIN_INITIALS.test(token)) continue
    // Capitals after the first letter (ZQSG, NFC, SKU) mark a code or an acronym.
    let upper = false
    for (let k = start + 1; k < end; k++) if (isUpper(original.charCodeAt(k))) upper = true
    if (upper) continue
    if (o.data.allow.has(token) || o.extraAllow.has(token) || o.data.allowPatterns.some((p) => p.test(token))) continue
    if (o.spell.correct(token)) continue
    if ((chinese ??= hasChinese(text)) === false) continue
    if (isCode(text, start, end, o.data)) continue
    if (inEnglish(text, start, end, o.spell)) continue
    hits.push({ start, end, weight })
  }
  return hits
}

/** 型号xkd, 优惠码：hkdj, xsd款, gxg牌, zzw同事: the token names a product, a code or a person. */
function isCode(text: string, start: number, end: number, data: LatinData): boolean {
  // The sentence, not the clause: 优惠码：hkdj has a colon between the cue and the code.
  const from = Math.max(sentenceStart(text, start), start - data.window)
  const before = text.slice(from, start)
  if (data.codeBefore.some((w) => before.includes(w))) return true
  let after = end
  while (text.charCodeAt(after) === 0x20) after++
  return precedes(text, after, data.codeAfter)
}

/** Next to an English word (pls wait, ok thx): English shorthand, not pinyin. */
function inEnglish(text: string, start: number, end: number, spell: SpellChecker): boolean {
  for (const side of [-1, 1] as const) {
    const w = neighbourWord(text, start, end, side)
    if (w.length >= 2 && HAS_VOWEL.test(w) && spell.correct(w)) return true
  }
  return false
}
