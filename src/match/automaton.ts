import { IGNORABLE } from '../normalize/normalize.js'

/**
 * Aho–Corasick over UTF-16 code units of normalised text.
 *
 * Every phrase of every enabled rule (and their exceptions and context cues) goes into one
 * automaton when a linter is created, so linting a reply is a single left-to-right pass
 * whatever the number of phrases. Transitions out of the root are a flat array (most
 * steps of a scan over Chinese text fall back to the root); deeper ones are small maps.
 */
export class Automaton {
  private readonly index = new Map<string, number>()
  private readonly patterns: string[] = []
  private rootNext = new Int32Array(0)
  private next: Map<number, number>[] = []
  private fail = new Int32Array(0)
  /** Pattern ids ending at a node (own), and the nearest failure ancestor with output. */
  private out: number[][] = []
  private outLink = new Int32Array(0)
  private lengths = new Int32Array(0)
  /** Whether a pattern starts / ends with an ASCII letter or digit (Latin token boundary). */
  private latinStart = new Uint8Array(0)
  private latinEnd = new Uint8Array(0)
  private built = false

  /** Adds a normalised phrase; returns its id (the same id for the same phrase). */
  add(phrase: string): number {
    if (this.built) throw new Error('Automaton: add() after build()')
    if (phrase.length === 0) throw new Error('Automaton: empty phrase')
    let id = this.index.get(phrase)
    if (id === undefined) {
      id = this.patterns.length
      this.patterns.push(phrase)
      this.index.set(phrase, id)
    }
    return id
  }

  get size(): number {
    return this.patterns.length
  }

  build(): this {
    const next: Map<number, number>[] = [new Map()]
    const out: number[][] = [[]]
    for (let p = 0; p < this.patterns.length; p++) {
      const s = this.patterns[p]!
      let node = 0
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        let child = next[node]!.get(c)
        if (child === undefined) {
          child = next.length
          next.push(new Map())
          out.push([])
          next[node]!.set(c, child)
        }
        node = child
      }
      out[node]!.push(p)
    }
    const n = next.length
    const fail = new Int32Array(n)
    const outLink = new Int32Array(n).fill(-1)
    const queue: number[] = []
    for (const child of next[0]!.values()) queue.push(child)
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!
      for (const [c, child] of next[node]!) {
        let f = fail[node]!
        while (f !== 0 && !next[f]!.has(c)) f = fail[f]!
        const target = next[f]!.get(c)
        fail[child] = target !== undefined && target !== child ? target : 0
        const fl = fail[child]!
        outLink[child] = out[fl]!.length > 0 ? fl : outLink[fl]!
        queue.push(child)
      }
    }
    const rootNext = new Int32Array(0x10000)
    for (const [c, child] of next[0]!) rootNext[c] = child
    const lengths = new Int32Array(this.patterns.length)
    const latinStart = new Uint8Array(this.patterns.length)
    const latinEnd = new Uint8Array(this.patterns.length)
    this.patterns.forEach((s, p) => {
      lengths[p] = s.length
      latinStart[p] = isLatinAlnum(s.charCodeAt(0)) ? 1 : 0
      latinEnd[p] = isLatinAlnum(s.charCodeAt(s.length - 1)) ? 1 : 0
    })
    Object.assign(this, { next, out, fail, outLink, rootNext, lengths, latinStart, latinEnd, built: true })
    return this
  }

  /**
   * Calls onMatch(patternId, start, end) for every occurrence, in order of end offset.
   * A pattern that begins or ends with a Latin letter or digit only matches as a whole
   * token there (yyds in "yyds!" but not nb in "nba", 666 not in 16666).
   */
  scan(codes: Uint16Array, hasIgnorable: boolean, onMatch: (pattern: number, start: number, end: number) => void): void {
    if (!this.built) throw new Error('Automaton: scan() before build()')
    const { next, fail, out, outLink, rootNext } = this
    let state = 0
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i]!
      if (c === IGNORABLE) continue
      if (state === 0) {
        state = rootNext[c]!
      } else {
        let to = next[state]!.get(c)
        while (to === undefined) {
          state = fail[state]!
          if (state === 0) {
            to = rootNext[c]!
            break
          }
          to = next[state]!.get(c)
        }
        state = to
      }
      if (state === 0) continue
      let node = out[state]!.length > 0 ? state : outLink[state]!
      while (node > 0) {
        const ids = out[node]!
        for (let k = 0; k < ids.length; k++) this.emit(ids[k]!, i + 1, codes, hasIgnorable, onMatch)
        node = outLink[node]!
      }
    }
  }

  private emit(p: number, end: number, codes: Uint16Array, hasIgnorable: boolean, onMatch: (pattern: number, start: number, end: number) => void): void {
    let start = end - this.lengths[p]!
    if (hasIgnorable) {
      // Walk back over the pattern's code units, skipping the invisible ones between them.
      let need = this.lengths[p]!
      start = end
      while (need > 0 && start > 0) {
        start--
        if (codes[start] !== IGNORABLE) need--
      }
    }
    if (this.latinStart[p] && isLatinAlnum(prevVisible(codes, start))) return
    if (this.latinEnd[p] && isLatinAlnum(nextVisible(codes, end))) return
    onMatch(p, start, end)
  }
}

export function isLatinAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)
}

function prevVisible(codes: Uint16Array, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (codes[j] !== IGNORABLE) return codes[j]!
  return -1
}

function nextVisible(codes: Uint16Array, i: number): number {
  for (let j = i; j < codes.length; j++) if (codes[j] !== IGNORABLE) return codes[j]!
  return -1
}
