import { normalizePhrase } from '../normalize/normalize.js'

/**
 * Which of a set of phrases occur inside other strings (exceptions, swap outputs), all compared
 * normalised. Each string's substrings up to the longest phrase are looked up in a set, so the
 * cost grows with the strings' length, not with phrases × strings (10k phrases with 10k
 * exceptions compiled in ~51 s when every pair was normalised and compared).
 */
export class PhraseSet {
  private readonly byNormalized = new Map<string, number[]>()
  private readonly longest: number

  constructor(readonly phrases: readonly string[]) {
    let longest = 0
    phrases.forEach((phrase, i) => {
      const n = normalizePhrase(phrase)
      if (!n) return
      longest = Math.max(longest, n.length)
      const ids = this.byNormalized.get(n)
      if (ids) ids.push(i)
      else this.byNormalized.set(n, [i])
    })
    this.longest = longest
  }

  /** Indexes (into `phrases`) of the phrases that `text` contains, in no particular order. */
  within(text: string): number[] {
    const n = normalizePhrase(text)
    const found = new Set<number>()
    for (let i = 0; i < n.length; i++) {
      for (let j = i + 1; j <= Math.min(n.length, i + this.longest); j++) {
        const ids = this.byNormalized.get(n.slice(i, j))
        if (ids) for (const id of ids) found.add(id)
      }
    }
    return [...found]
  }
}
