import { IGNORABLE, normalizePhrase } from '../../src/normalize/normalize.js'
import { foldAnywhere, foldLookalikes } from './lookalike.js'

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

/** SEPARATORS as a table: this test runs on every character of every reply. */
const IS_SEPARATOR = new Uint8Array(0x10000)
for (const c of SEPARATORS) IS_SEPARATOR[c] = 1

/** Low bytes of the separators: a 256-byte table rules out most characters before the 64 KB one. */
const SEPARATOR_LOW = new Uint8Array(256)
for (const c of SEPARATORS) SEPARATOR_LOW[c & 0xff] = 1

/**
 * What the separator-tolerant view can read, compiled once per linter: per character, whether a
 * phrase continues from it (BEFORE) or with it (AFTER), and whether any word (phrase or channel,
 * a look-alike counting as its partner) does (FROM / TO); and every word under each pair of
 * adjacent characters in it, with the place of the pair, so that a separator run is checked
 * against the few words that could really be read across it.
 */
export interface HiddenWords {
  /** Per code unit: the bits of the character before a separator run. */
  left: Uint8Array
  /** Per code unit: the bits of the character after it. */
  right: Uint8Array
  /** The words (phrases and channels, normalised, distinct), referred to by index below. */
  words: readonly string[]
  /** Pair keys (a << 16 | b, a and b folded: 魏 as 微), ascending and distinct. */
  pairKeys: Uint32Array
  /** Pair i's words are entries pairStart[i] to pairStart[i + 1] of pairWord / pairAt. */
  pairStart: Uint32Array
  /** The word holding a then b, and `at` the index of b in it. */
  pairWord: Uint32Array
  pairAt: Uint32Array
}
/** A phrase of the squeezed pass continues from / with the character (the test the view was built on). */
const PHRASE = 1
/** Some word does, the character folded or not. */
const WORD = 2

/** `phrases` and `words` normalised, each of at least two characters. */
export function indexHiddenWords(phrases: readonly string[], words: readonly string[]): HiddenWords {
  const left = new Uint8Array(0x10000)
  const right = new Uint8Array(0x10000)
  for (const n of phrases) {
    for (let i = 0; i < n.length - 1; i++) left[n.charCodeAt(i)]! |= PHRASE
    for (let i = 1; i < n.length; i++) right[n.charCodeAt(i)]! |= PHRASE
  }
  const all = [...new Set([...phrases, ...words])]
  // One flat row per (pair, word) instead of an object per pair in an array per key (68,742 of
  // them for the shipped lexicon, ~6 MB of heap held for the linter's life): the rows are sorted
  // by key through one float per row, key * 2^20 + row (exact below 2^53), then split in columns.
  let rows = 0
  for (const word of all) rows += Math.max(0, word.length - 1)
  if (rows >= 1 << 20) throw new Error(`off-platform: ${rows} character pairs, more than the index holds (${1 << 20})`)
  const sortable = new Float64Array(rows)
  const rowWord = new Uint32Array(rows)
  const rowAt = new Uint32Array(rows)
  let r = 0
  all.forEach((word, w) => {
    for (let at = 1; at < word.length; at++, r++) {
      sortable[r] = pairKey(word.charCodeAt(at - 1), word.charCodeAt(at)) * 0x100000 + r
      rowWord[r] = w
      rowAt[r] = at
    }
  })
  sortable.sort()
  const pairWord = new Uint32Array(rows)
  const pairAt = new Uint32Array(rows)
  const keys: number[] = []
  const starts: number[] = []
  for (let i = 0; i < rows; i++) {
    const row = sortable[i]! % 0x100000
    const key = (sortable[i]! - row) / 0x100000
    if (keys.length === 0 || keys[keys.length - 1] !== key) {
      keys.push(key)
      starts.push(i)
    }
    pairWord[i] = rowWord[row]!
    pairAt[i] = rowAt[row]!
  }
  starts.push(rows)
  // A character marks WORD when it, or what it folds to, is a word's character at that side.
  const fromFolded = new Set<number>()
  const toFolded = new Set<number>()
  for (const word of all) {
    for (let i = 0; i < word.length - 1; i++) fromFolded.add(foldAnywhere(word.charCodeAt(i)))
    for (let i = 1; i < word.length; i++) toFolded.add(foldAnywhere(word.charCodeAt(i)))
  }
  for (let c = 0; c < 0x10000; c++) {
    const f = foldAnywhere(c)
    if (fromFolded.has(f)) left[c]! |= WORD
    if (toFolded.has(f)) right[c]! |= WORD
  }
  return { left, right, words: all, pairKeys: Uint32Array.from(keys), pairStart: Uint32Array.from(starts), pairWord, pairAt }
}

/** Index i of `key` in the ascending `keys`, or -1. */
function findKey(keys: Uint32Array, key: number): number {
  let lo = 0
  let hi = keys.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const k = keys[mid]!
    if (k < key) lo = mid + 1
    else if (k > key) hi = mid - 1
    else return mid
  }
  return -1
}

const pairKey = (a: number, b: number) => ((foldAnywhere(a) << 16) | foldAnywhere(b)) >>> 0

/** Whether the reply's character c is the word's character w, a look-alike counting as its partner. */
const same = (c: number, w: number) => c === w || foldAnywhere(c) === w

/**
 * How the reply's separator runs stand against the words of `index`:
 * 0 — no run sits between a character a phrase continues from and one it continues with (most
 *     replies: one pass, and the squeezed view is never built);
 * 1 — some run does (Type-C, USB-C, 前 台 by itself), but no word is spelt across any run;
 * 2 — some run does, and a word is spelt across a run once separators are dropped and look-alikes
 *     folded (微 信, v-x, 打我们 前台; 加我 魏 信 where another run opens the view).
 * Level 1 is kept apart because the account after a channel is read on the squeezed view too
 * (微信 138-0013-8000): the scan still builds it there when the reply names a channel. Level 2
 * needs level 1's test somewhere in the reply, as the view always did: a spelling it never
 * opened the view for (加我 魏 信 alone) stays unread, so the findings stay what they were.
 */
export function readAcross(text: string, index: HiddenWords): 0 | 1 | 2 {
  const { left, right } = index
  let opened = false
  let spelled = false
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (SEPARATOR_LOW[c & 0xff] === 0 || IS_SEPARATOR[c] === 0) continue
    const l = left[text.charCodeAt(i - 1)]!
    if (l === 0) continue
    let j = i + 1
    while (j < text.length && IS_SEPARATOR[text.charCodeAt(j)] === 1) j++
    if (j < text.length) {
      const r = right[text.charCodeAt(j)]!
      if ((l & r & PHRASE) !== 0) opened = true
      if (!spelled && (l & r & WORD) !== 0 && spelledAcross(text, i, j, index)) spelled = true
      if (opened && spelled) return 2
    }
    // Past the run, as the view's old gate stepped (it stepped on only from a phrase character).
    if ((l & PHRASE) !== 0) i = j - 1
  }
  return opened ? 1 : 0
}

/** Whether a word of `index` reads across the separator run [i, j), separators skipped on both sides. */
function spelledAcross(text: string, i: number, j: number, index: HiddenWords): boolean {
  const p = findKey(index.pairKeys, pairKey(text.charCodeAt(i - 1), text.charCodeAt(j)))
  if (p < 0) return false
  next: for (let e = index.pairStart[p]!; e < index.pairStart[p + 1]!; e++) {
    const word = index.words[index.pairWord[e]!]!
    const at = index.pairAt[e]!
    // Backwards from the character before the run: word[at - 1] is there already.
    let x = i - 1
    for (let q = at - 2; q >= 0; q--) {
      do x--
      while (x >= 0 && IS_SEPARATOR[text.charCodeAt(x)] === 1)
      if (x < 0 || !same(text.charCodeAt(x), word.charCodeAt(q))) continue next
    }
    // Forwards from the character after it: word[at] is there already.
    let y = j
    for (let q = at + 1; q < word.length; q++) {
      do y++
      while (y < text.length && IS_SEPARATOR[text.charCodeAt(y)] === 1)
      if (y >= text.length || !same(text.charCodeAt(y), word.charCodeAt(q))) continue next
    }
    return true
  }
  return false
}
