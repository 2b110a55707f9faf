import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { isLatinAlnum } from '../../src/match/automaton.js'
import { isHan } from '../../src/vocab/chars.js'

/**
 * Position checks on normalised text around one hit. Each looks at a bounded window
 * (a clause or sentence at most), so they cost nothing unless slang was found.
 */

/** CJK ideographs: a slang word glued to one is part of a longer word (实木有, 手表). */
export const isIdeograph = isHan

/** Index of the last visible (not ignorable) code unit before `at`, or -1. */
function prevVisible(text: string, at: number): number {
  let i = at - 1
  while (i >= 0 && text.charCodeAt(i) === 0) i--
  return i
}

export function follows(text: string, start: number, words: readonly string[]): boolean {
  return words.some((w) => start >= w.length && text.startsWith(w, start - w.length))
}

export function precedes(text: string, end: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, end))
}

/** Nothing Chinese right before the hit: start of text, punctuation, a space, Latin. */
export function opensClause(text: string, start: number): boolean {
  const i = prevVisible(text, start)
  return i < 0 || !isIdeograph(text.charCodeAt(i))
}

/**
 * Whether a word of `words` stands in the hit's sentence, outside the hit itself — and outside every longer word of `masks`
 * that holds it (黑 in 黑猫 names the courier, not a colour).
 */
export function nearInSentence(text: string, start: number, end: number, words: readonly string[], masks: readonly string[] = []): boolean {
  const from = sentenceStart(text, start)
  // Search a bounded slice: indexOf on the whole text would make a long input quadratic.
  const sentence = text.slice(from, sentenceEnd(text, end))
  const s = start - from
  const e = end - from
  for (const w of words) {
    for (let i = sentence.indexOf(w); i >= 0; i = sentence.indexOf(w, i + 1)) {
      if ((i + w.length <= s || i >= e) && !masked(sentence, i, i + w.length, masks)) return true
    }
  }
  return false
}

/** Whether [from, to) of `sentence` lies inside an occurrence of one of `masks`. */
function masked(sentence: string, from: number, to: number, masks: readonly string[]): boolean {
  for (const m of masks) {
    for (let i = sentence.indexOf(m, Math.max(0, to - m.length)); i >= 0 && i <= from; i = sentence.indexOf(m, i + 1)) {
      if (i + m.length >= to) return true
    }
  }
  return false
}

const JOINERS = new Set([...'-_/.@&#:+=%\'*'].map((c) => c.charCodeAt(0)))
const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/**
 * A Latin or digit token glued to a code by a joiner (NB-574, EMO-3, 666.00, 2:33,
 * a.b.com), or a number that is one group of a longer spaced number (233 4455), is part
 * of that code or number, not slang.
 */
export function gluedToCode(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  const last = text.charCodeAt(end - 1)
  if (isLatinAlnum(first) && start >= 2 && JOINERS.has(text.charCodeAt(start - 1)) && isLatinAlnum(text.charCodeAt(start - 2))) return true
  if (isLatinAlnum(last) && JOINERS.has(text.charCodeAt(end)) && isLatinAlnum(text.charCodeAt(end + 1))) return true
  if (isLatinAlnum(last) && text.startsWith('://', end)) return true
  if (isDigit(first) && isDigit(last)) {
    if (text.charCodeAt(start - 1) === 0x20 && isDigit(text.charCodeAt(start - 2))) return true
    if (text.charCodeAt(end) === 0x20 && isDigit(text.charCodeAt(end + 1))) return true
  }
  return false
}

/**
 * The entry's notBefore / notAfter words across spaces (666 元, ¥ 233): the engine compares
 * them edge to edge, and a space typed between a number and its unit changes nothing.
 */
export function blockedAcrossSpaces(text: string, start: number, end: number, notBefore: readonly string[], notAfter: readonly string[]): boolean {
  if (notAfter.length && text.charCodeAt(end) === 0x20) {
    let i = end
    while (text.charCodeAt(i) === 0x20) i++
    if (precedes(text, i, notAfter)) return true
  }
  if (notBefore.length && text.charCodeAt(start - 1) === 0x20) {
    let i = start
    while (text.charCodeAt(i - 1) === 0x20) i--
    if (follows(text, i, notBefore)) return true
  }
  return false
}

/**
 * The hit is a clause of its own, give or take 了 and particles (…，裂开，…): an
 * exclamation, not a statement about something (包装裂开了). A question (裂开了？) is not one.
 */
export function standsAlone(text: string, start: number, end: number, particles: readonly string[]): boolean {
  if (text.slice(clauseStart(text, start), start).replace(WEAK, '') !== '') return false
  const e = clauseEnd(text, end)
  if (text.charCodeAt(e) === 0x3f) return false
  // curt41 (DA 笔芯💕): a face or a heart after the word closes it like a particle does (贴贴💕, 冲🔥).
  return stripParticles(text.slice(end, e).replace(WEAK, '').replace(PICTO, ''), ['了', ...particles]) === ''
}
const PICTO = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu

/**
 * The hit opens its clause and is set off by a space or punctuation before Chinese text (nb 您这眼光,
 * nb，亲一下买了五件): an exclamation of its own. NB 574 and NB码 (a number or a word glued on) are not.
 */
export function exclaims(text: string, start: number, end: number): boolean {
  if (!opensClause(text, start)) return false
  let i = end
  while (i < text.length && (text.charCodeAt(i) === 0x20 || ',，!！~～'.includes(text[i]!))) i++
  return i > end && i < text.length && isIdeograph(text.charCodeAt(i))
}

export interface AddressLists {
  /** What may stand before an address in its clause (好的, 谢谢). */
  lead: readonly string[]
  /** Words that make a noun at a clause start its subject (家人们都很喜欢). */
  subject: readonly string[]
  /** Words that make a noun at a clause end an object (送给家人们). */
  object: readonly string[]
  particles: readonly string[]
  /** ot36: a clause ending in 的 that picks out the crowd addressed (想要的家人们, 还没下单的姐妹们). */
  pitch?: readonly string[]
}

const WEAK = /^[\s~\u0000]+|[\s~\u0000]+$/g

function stripParticles(s: string, particles: readonly string[]): string {
  let out = s
  for (let changed = true; changed && out; ) {
    changed = false
    for (const p of particles) {
      if (out.startsWith(p)) {
        out = out.slice(p.length).replace(WEAK, '')
        changed = true
      }
    }
  }
  return out
}

/** `s` without the particles that end it (不客气呀 → 不客气); never down to nothing. */
function stripTrailingParticles(s: string, particles: readonly string[]): string {
  let out = s
  for (let changed = true; changed; ) {
    changed = false
    for (const p of particles) {
      if (out.length > p.length && out.endsWith(p)) {
        out = out.slice(0, -p.length).replace(WEAK, '')
        changed = true
      }
    }
  }
  return out
}

/**
 * Whether the hit is a form of address (家人们，… / 谢谢老铁 / 好的宝子) rather than a
 * noun (送给家人们, 和姐妹们一起用, 家人们都很喜欢). Strict (a single character such as 亲 or 宝): the
 * clause holds nothing else but a greeting before it, and only 您/你/们, a particle or
 * punctuation after it (親，您好 / 親您好 / 好的寶), so 親自, 母親, 寶貝, 支付寶 never are.
 */
export function isAddress(text: string, start: number, end: number, lists: AddressLists, strict: boolean): boolean {
  const before = text.slice(clauseStart(text, start), start).replace(WEAK, '')
  // 不客氣呀親～, 好的呢寶: a particle may close the greeting before the address.
  const leads = before === '' || lists.lead.includes(before) || lists.lead.includes(stripTrailingParticles(before, lists.particles))
  const afterRaw = text.slice(end, clauseEnd(text, end))
  // ot36: 想要的家人们直接扫…: the crowd picked out by what they want, then told what to do (not as the subject of 都/很…).
  if (!strict && !leads && lists.pitch?.some((w) => before.endsWith(w) && before.length - w.length <= 2)) return !precedes(afterRaw.replace(WEAK, ''), 0, lists.subject)
  if (strict) {
    // 超好彈的啦親，/ 後悔到哭喔寶～: after a sentence particle, closing its clause, the word is the address
    // (母親, 支付寶 have no particle before them). Sets N, O.
    if (!leads) return before !== stripTrailingParticles(before, lists.particles) && stripParticles(afterRaw.replace(WEAK, ''), lists.particles) === ''
    const c = afterRaw.charCodeAt(0)
    return afterRaw === '' || !isIdeograph(c) || '您你们'.includes(afterRaw[0]!) || lists.particles.some((p) => afterRaw.startsWith(p))
  }
  if (leads) return !precedes(afterRaw.replace(WEAK, ''), 0, lists.subject)
  // At the end of its clause: an address unless it is the object of 给/和/送…
  if (stripParticles(afterRaw.replace(WEAK, ''), lists.particles) !== '') return false
  return !follows(text, start, lists.object)
}
