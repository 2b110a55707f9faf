import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { formatIssues } from '../../src/lexicon/schema.js'
import raw from './words.yaml'
import { expandWords } from '../../src/vocab/index.js'

/**
 * Word lists read at one position or in a few characters (words.yaml). They are matched with
 * startsWith on the normalised text instead of being compiled as cues, because common
 * characters such as 的, 了, 是 would otherwise be recorded at every occurrence of every reply.
 */
const WordsSchema = z.record(z.string(), z.array(z.string().min(1)).min(1))
const parsed = WordsSchema.safeParse(raw)
if (!parsed.success) throw new Error(formatIssues(parsed.error, 'rules/blame-customer/words.yaml'))

/**
 * A list's words, longest first, grouped by first code unit so a position costs one look-up
 * (keyed by number: text[i] would make a string, to be hashed, for every Chinese character).
 */
export interface WordList {
  readonly byFirst: ReadonlyMap<number, readonly string[]>
}

function wordList(raw: readonly string[]): WordList {
  const byFirst = new Map<number, string[]>()
  for (const w of [...new Set(raw.map(normalizePhrase))].sort((a, b) => b.length - a.length)) {
    const group = byFirst.get(w.charCodeAt(0))
    if (group) group.push(w)
    else byFirst.set(w.charCodeAt(0), [w])
  }
  return { byFirst }
}

// bl22: a list may name a shared class (`@outcome.bad`): the words a result word may be followed by are every bad outcome the
// vocabulary knows, not a second copy of it.
const lists = new Map<string, WordList>(Object.entries(parsed.data).map(([name, list]) => [name, wordList(expandWords(list, `rules/blame-customer/words.yaml: ${name}`))]))

export function words(name: string): WordList {
  const list = lists.get(name)
  if (!list) throw new Error(`rules/blame-customer/words.yaml has no list ${JSON.stringify(name)}`)
  return list
}
/** mend30: the lists more than one file reads, made once (bad outcomes; the buyer's pick: 选的, 拍的, 选择的…). */
export const BAD_OUTCOME = words('badOutcome')
export const CHOSE = words('chose')

/**
 * A gate over `lists` (a scan's: each construction finds nothing without a word of its own list). `which` tells in one walk
 * which lists have a word in the text (bit i for lists[i]), so that a scan runs only the constructions it can feed; `test`,
 * whether any has. A word holding a shorter word of the same list is left out: 写 already covers 写了.
 */
export function wordsGate(...lists: WordList[]): { test(text: string): boolean; which(text: string): number } {
  // A walk over the text's characters with the words grouped by their first one, instead of a regex alternation of them
  // tested on every reply.
  const byFirst = new Map<number, [string, number][]>()
  lists.forEach((list, i) => {
    const all = [...new Set([...list.byFirst.values()].flat())]
    for (const w of all.filter((w) => !all.some((o) => o !== w && w.includes(o)))) {
      const group = byFirst.get(w.charCodeAt(0))
      if (group) group.push([w, 1 << i])
      else byFirst.set(w.charCodeAt(0), [[w, 1 << i]])
    }
  })
  const every = (1 << lists.length) - 1
  const which = (text: string): number => {
    let found = 0
    for (let i = 0; i < text.length; i++) {
      const group = byFirst.get(text.charCodeAt(i))
      if (group) for (const [w, bit] of group) if ((found & bit) === 0 && text.startsWith(w, i)) found |= bit
      if (found === every) break
    }
    return found
  }
  return { which, test: (text) => which(text) !== 0 }
}

/** End of the longest word of `list` starting at `at`, or -1. */
export function wordFrom(text: string, list: WordList, at: number): number {
  const group = list.byFirst.get(text.charCodeAt(at))
  if (group) for (const w of group) if (text.startsWith(w, at)) return at + w.length
  return -1
}

/** Start of the longest word of `list` ending at `at`, or -1. */
export function wordTo(text: string, list: WordList, at: number): number {
  let start = -1
  for (let s = at - 1; s >= 0 && s >= at - MAX_WORD; s--) {
    const group = list.byFirst.get(text.charCodeAt(s))
    if (group === undefined) continue
    for (const w of group) {
      if (w.length === at - s && text.startsWith(w, s)) {
        start = s
        break
      }
    }
  }
  return start
}

/** Longest word in any list; wordTo looks back no further. */
const MAX_WORD = Math.max(...[...lists.values()].flatMap((l) => [...l.byFirst.values()].map((g) => g[0]!.length)))

/** Spans of the words of `list` lying wholly within [from, to) (a few characters). */
export function wordsWithin(text: string, list: WordList, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  for (let i = Math.max(0, from); i < to; i++) {
    const group = list.byFirst.get(text.charCodeAt(i))
    if (group) for (const w of group) if (i + w.length <= to && text.startsWith(w, i)) out.push([i, i + w.length])
  }
  return out
}

/** Each word of `list` followed by one of `tails`' characters (选 + 的错 → 选的, 选错): a narrower gate than the words alone. */
export function followedBy(list: WordList, tails: string): WordList {
  const ends = [...normalizePhrase(tails)]
  return wordList([...list.byFirst.values()].flat().flatMap((w) => ends.map((c) => w + c)))
}

export const hasWordWithin = (text: string, list: WordList, from: number, to: number) => wordsWithin(text, list, from, to).length > 0
