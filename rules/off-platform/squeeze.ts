import { IGNORABLE, normalizePhrase } from '../../src/normalize/normalize.js'
import { foldLookalikes } from './lookalike.js'

/**
 * Characters agents put inside a word to slip past keyword filters (微-信, 微 信, 加 v, 微.信,
 * Q Q). Commas and 、 are not among them: they separate list items (微信、QQ都不行) and
 * clauses, and squeezing them out would join words that were never one. Nor is +: in +V and
 * ➕微信 it stands for 加 (see the lexicon).
 */
const SEPARATORS = new Set(
  [...normalizePhrase(' \t-_.*/\\|·•~=#^`\'"丶—–・')].map((c) => c.charCodeAt(0)).concat([IGNORABLE]),
)

/**
 * Normalised text without separators and with look-alikes folded (魏信 → 微信); `origin[i]` is
 * where squeezed unit i sits in the reply, `folded[i]` whether it was a look-alike.
 */
export interface SqueezedView {
  text: string
  codes: Uint16Array
  origin: Int32Array
  folded: Uint8Array
}

export function squeeze(text: string): SqueezedView {
  const codes = new Uint16Array(text.length)
  const origin = new Int32Array(text.length)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (IS_SEPARATOR[c] === 1) continue
    codes[n] = c
    origin[n++] = i
  }
  const view = codes.subarray(0, n)
  const folded = new Uint8Array(n)
  foldLookalikes(view, folded)
  let s = ''
  // Chunked: spreading a long reply into one call would overflow the argument limit.
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, view.subarray(i, i + 4096) as unknown as number[])
  return { codes: view, origin: origin.subarray(0, n), folded, text: s }
}

/** Whether squeezed [start, end) holds a folded look-alike (a spelling the automaton cannot see). */
export function hasFoldedInside(view: SqueezedView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (view.folded[i] === 1) return true
  return false
}

/** The span in the reply of squeezed [start, end). */
export function originalSpan(view: SqueezedView, start: number, end: number): [number, number] {
  return [view.origin[start]!, view.origin[end - 1]! + 1]
}

/** Whether [start, end) of the reply has a separator inside it (a spelling the automaton cannot see). */
export function hasSeparatorInside(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i)
    if (c !== IGNORABLE && SEPARATORS.has(c)) return true
  }
  return false
}

/**
 * Cheap gate for the squeezed pass: some separator run sits after a character that a phrase
 * can continue from (`before`) and before one a phrase can continue with (`after`). Most
 * replies fail it in one pass, and the squeezed view is then never built.
 */
/** SEPARATORS as a table: this test runs on every character of every reply. */
const IS_SEPARATOR = new Uint8Array(0x10000)
for (const c of SEPARATORS) IS_SEPARATOR[c] = 1

/** Low bytes of the separators: a 256-byte table rules out most characters before the 64 KB one. */
const SEPARATOR_LOW = new Uint8Array(256)
for (const c of SEPARATORS) SEPARATOR_LOW[c & 0xff] = 1

export function mightHideWord(text: string, before: ReadonlySet<number>, after: ReadonlySet<number>): boolean {
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (SEPARATOR_LOW[c & 0xff] === 0 || IS_SEPARATOR[c] === 0 || !before.has(text.charCodeAt(i - 1))) continue
    let j = i + 1
    while (j < text.length && SEPARATORS.has(text.charCodeAt(j))) j++
    if (j < text.length && after.has(text.charCodeAt(j))) return true
    i = j - 1
  }
  return false
}
