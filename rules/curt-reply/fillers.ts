/**
 * The reply read as fillers: the particles, address and courtesy words (fillers.yaml) that may stand around a phrase
 * which must be the whole reply or its whole clause, and the walks that answer "only fillers here" once per reply.
 */
import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { memoByText } from '../../src/context/memo.js'
import fillerData from './fillers.yaml'
import { expandWords } from '../../src/vocab/index.js'
import { isHan } from '../../src/vocab/chars.js'

export const byLength = (ws: string[]) => ws.map(normalizePhrase).sort((a, b) => b.length - a.length)
const FILLERS = byLength(
  expandWords(
    z
      .object({ fillers: z.array(z.string().min(1)).min(1) })
      .strict()
      .parse(fillerData).fillers,
    'rules/curt-reply/fillers.yaml: fillers',
  ),
)
/**
 * A brush-off handed to the buyer names them (那您随便吧, 你看着办吧); only there are these
 * fillers too. For bare 不知道 they are not: 您不知道吗 is a question about the buyer.
 */
export const ADDRESSED = byLength(['那您', '那你', '您们', '你们', '您', '你', ...FILLERS])
/**
 * Around a word that must be the whole reply (不行, 哦, 嗯嗯) only particles and address: not
 * 是, which makes 是的哦 a yes, the commonest short answer there is.
 */
const AFFIRM = new Set(['是', '也是'].map(normalizePhrase))
export const AROUND_WHOLE = FILLERS.filter((w) => !AFFIRM.has(w))
export const normalized = (words: readonly string[], where: string) => expandWords(words, where).map(normalizePhrase)
export const NOTHING: string[] = []
/** After a job handed back (您自己弄一下吧), 一下 / 下 still close the clause. */
export const TAIL_FILLERS = byLength([...FILLERS, '一下', '下', '一趟'])
export const isWordChar = (c: number) => isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)

/**
 * Whether [from, to) outside the hit [skipFrom, skipTo) holds nothing but `words` (fillers.yaml
 * by default), punctuation, spaces and emoji: 这个我也不清楚呢亲～ is "only" 不清楚.
 */
export function onlyFillers(text: string, from: number, to: number, skipFrom: number, skipTo: number, words: readonly string[] = FILLERS): boolean {
  let i = from
  while (i < to) {
    if (i >= skipFrom && i < skipTo) {
      i = skipTo
      continue
    }
    if (!isWordChar(text.charCodeAt(i))) {
      i++
      continue
    }
    // The first word of the list that stands here whole, outside the hit (a loop, not a find
    // with a closure: this runs at every character).
    let w = ''
    for (const x of startingWith(words, text.charCodeAt(i)) ?? NOTHING) {
      if (text.startsWith(x, i) && (i + x.length <= skipFrom || i >= skipTo)) {
        w = x
        break
      }
    }
    if (!w) return false
    i += w.length
  }
  return true
}

/**
 * How a reply reads as fillers (`words`) walked from its start and from each offset to its end, worked out once per reply and
 * list: the whole-reply questions (only fillers around a hit: aloneInReply; only fillers after it: fillersToEnd) are then
 * answered per finding without walking the reply again ('哦，'.repeat(n) has n findings).
 */
interface FillerWalk {
  /** Offsets the walk from 0 stands on (1), up to where it fails or the end. */
  readonly landed: Uint8Array
  /** Where the walk from 0 found no filler (text.length + 1 when it never does). */
  readonly failAt: number
  /** Whether [i, end) is fillers only, per offset i. */
  readonly toEnd: Uint8Array
}
function walkOf(text: string, words: readonly string[]): FillerWalk {
  const n = text.length
  const landed = new Uint8Array(n + 1)
  let failAt = n + 1
  for (let i = 0; ; ) {
    landed[i] = 1
    if (i >= n) break
    const step = fillerStep(text, i, words)
    if (step === 0) {
      failAt = i
      break
    }
    i += step
  }
  // Filled from the end. A step is at most the longest word, so once that many offsets in a row
  // cannot reach the end, no earlier one can (its first step lands among them) and the rest stays
  // 0: a reply that ends in content costs a few steps here, not a step test per character.
  const toEnd = new Uint8Array(n + 1)
  toEnd[n] = 1
  const longest = longestOf(words)
  for (let i = n - 1, dead = 0; i >= 0 && dead < longest; i--) {
    const step = fillerStep(text, i, words)
    if (step > 0 && toEnd[i + step]) {
      toEnd[i] = 1
      dead = 0
    } else dead++
  }
  return { landed, failAt, toEnd }
}
const longestStep = new WeakMap<readonly string[], number>()
/** The longest step a filler walk over `words` can take (1 for a non-word character). */
function longestOf(words: readonly string[]): number {
  let n = longestStep.get(words)
  if (n === undefined) longestStep.set(words, (n = words.reduce((m, w) => Math.max(m, w.length), 1)))
  return n
}
/** The length of what an unbounded onlyFillers walk steps over at i (1 for a non-word character), 0 when it fails there. */
function fillerStep(text: string, i: number, words: readonly string[]): number {
  if (!isWordChar(text.charCodeAt(i))) return 1
  for (const x of startingWith(words, text.charCodeAt(i)) ?? NOTHING) if (text.startsWith(x, i)) return x.length
  return 0
}
const walks = new WeakMap<readonly string[], (text: string) => FillerWalk>()
function walkFor(text: string, words: readonly string[]): FillerWalk {
  let read = walks.get(words)
  if (!read) walks.set(words, (read = memoByText((t) => walkOf(t, words), 8)))
  return read(text)
}
/** onlyFillers(text, 0, text.length, start, end, words), read from the reply's walk. */
export function aloneInReply(text: string, start: number, end: number, words = FILLERS): boolean {
  return fillersBefore(text, start, words) && walkFor(text, words).toEnd[end] === 1
}
/** onlyFillers(text, end, text.length, end, end, words), read from the reply's walk. */
export function fillersToEnd(text: string, end: number, words = FILLERS): boolean {
  return walkFor(text, words).toEnd[end] === 1
}
/**
 * onlyFillers(text, 0, at, at, at, words): the walk from 0 is the unbounded one up to its last stop at or before `at` (a filler
 * may not run past `at`), then a few characters more at most.
 */
function fillersBefore(text: string, at: number, words: readonly string[]): boolean {
  if (at === 0) return true
  const walk = walkFor(text, words)
  if (walk.failAt < at) return false
  let last = at
  while (!walk.landed[last]) last--
  return last === at || onlyFillers(text, last, at, at, at, words)
}

/**
 * The words of a list that begin with code unit `c`, in list order (so the first that fits is the
 * one a search of the whole list finds). onlyFillers looks a word up at every character it
 * passes, and a list has a hundred-odd fillers of which one or two share a first character.
 */
export function startingWith(words: readonly string[], c: number): readonly string[] | undefined {
  let index = wordIndex.get(words)
  if (!index) {
    index = new Map()
    for (const w of words) {
      const at = w.charCodeAt(0)
      const list = index.get(at)
      if (list) list.push(w)
      else index.set(at, [w])
    }
    wordIndex.set(words, index)
  }
  return index.get(c)
}
const wordIndex = new WeakMap<readonly string[], Map<number, string[]>>()

/** cu35: whether one of `words` stands in `text` once only fillers (亲，/ 您好) have been walked over from its start. */
export function opensWith(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < text.length; ) {
    if (words.some((w) => text.startsWith(w, i))) return true
    const step = fillerStep(text, i, FILLERS)
    if (step === 0) return false
    i += step
  }
  return false
}
