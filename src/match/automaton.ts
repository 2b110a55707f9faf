import { IGNORABLE } from '../normalize/normalize.js'
import { lowerBound } from './bisect.js'

/**
 * Aho–Corasick over UTF-16 code units of normalised text.
 *
 * Every phrase of every enabled rule (and their exceptions and context cues) goes into one
 * automaton when a linter is created, so linting a reply is a single left-to-right pass
 * whatever the number of phrases.
 *
 * Storage is flat typed arrays, built once: the per-keystroke scan then allocates nothing
 * and never hashes. Transitions out of the root are a 64k table (most steps of a scan over
 * Chinese text fall back to the root); a deeper node's edges are a run of (code, child)
 * pairs sorted by code, usually of length one, searched linearly when short.
 */
export class Automaton {
  private readonly index = new Map<string, number>()
  private readonly patterns: string[] = []
  /**
   * Root transitions by code unit. Every character of every reply reads it: as 16-bit entries
   * when node ids fit (the built-in lexicons make ~18k nodes), 128 KB instead of 256 KB of cache.
   */
  private rootNext: Int32Array | Uint16Array = new Int32Array(0)
  /** Edges of node n are edgeCode/edgeTo[edgeStart[n] .. edgeStart[n + 1]). */
  private edgeStart = new Int32Array(0)
  private edgeCode = new Uint16Array(0)
  private edgeTo = new Int32Array(0)
  private fail = new Int32Array(0)
  /** First node with output on n's failure chain (n itself included), 0 when none. */
  private firstOut = new Int32Array(0)
  /** Next node with output further up the failure chain, 0 when none. */
  private nextOut = new Int32Array(0)
  /** Pattern ids ending at node n: outIds[outStart[n] .. outStart[n + 1]). */
  private outStart = new Int32Array(0)
  private outIds = new Int32Array(0)
  private lengths = new Int32Array(0)
  /** Whether a pattern starts / ends with an ASCII letter or digit (Latin token boundary). */
  private latinStart = new Uint8Array(0)
  private latinEnd = new Uint8Array(0)
  /** latinStart or latinEnd: whether a match of the pattern needs its edges checked. */
  private latinEdge = new Uint8Array(0)
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
    // The trie is first built with maps (simple), then frozen into typed arrays.
    const children: Map<number, number>[] = [new Map()]
    const own: number[][] = [[]]
    for (let p = 0; p < this.patterns.length; p++) {
      const s = this.patterns[p]!
      let node = 0
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        let child = children[node]!.get(c)
        if (child === undefined) {
          child = children.length
          children.push(new Map())
          own.push([])
          children[node]!.set(c, child)
        }
        node = child
      }
      own[node]!.push(p)
    }
    const n = children.length

    const edgeStart = new Int32Array(n + 1)
    for (let v = 0; v < n; v++) edgeStart[v + 1] = edgeStart[v]! + (v === 0 ? 0 : children[v]!.size)
    const edgeCode = new Uint16Array(edgeStart[n]!)
    const edgeTo = new Int32Array(edgeStart[n]!)
    for (let v = 1; v < n; v++) {
      const sorted = [...children[v]!].sort((a, b) => a[0] - b[0])
      sorted.forEach(([c, child], k) => {
        edgeCode[edgeStart[v]! + k] = c
        edgeTo[edgeStart[v]! + k] = child
      })
    }
    const rootNext = n <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000)
    for (const [c, child] of children[0]!) rootNext[c] = child

    const outStart = new Int32Array(n + 1)
    for (let v = 0; v < n; v++) outStart[v + 1] = outStart[v]! + own[v]!.length
    const outIds = Int32Array.from(own.flat())

    // Breadth-first, so a node's failure target is final before its children need it.
    const fail = new Int32Array(n)
    const firstOut = new Int32Array(n)
    const nextOut = new Int32Array(n)
    const queue: number[] = [...children[0]!.values()]
    for (const child of queue) firstOut[child] = own[child]!.length ? child : 0
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!
      for (const [c, child] of children[node]!) {
        let f = fail[node]!
        while (f !== 0 && !children[f]!.has(c)) f = fail[f]!
        const target = f === 0 ? rootNext[c]! : children[f]!.get(c)!
        fail[child] = target !== child ? target : 0
        nextOut[child] = firstOut[fail[child]!]!
        firstOut[child] = own[child]!.length ? child : nextOut[child]!
        queue.push(child)
      }
    }

    const count = this.patterns.length
    const lengths = new Int32Array(count)
    const latinStart = new Uint8Array(count)
    const latinEnd = new Uint8Array(count)
    this.patterns.forEach((s, p) => {
      lengths[p] = s.length
      latinStart[p] = isLatinAlnum(s.charCodeAt(0)) ? 1 : 0
      latinEnd[p] = isLatinAlnum(s.charCodeAt(s.length - 1)) ? 1 : 0
    })
    const latinEdge = latinStart.map((s, p) => s | latinEnd[p]!)
    Object.assign(this, { rootNext, edgeStart, edgeCode, edgeTo, fail, firstOut, nextOut, outStart, outIds, lengths, latinStart, latinEnd, latinEdge, built: true })
    return this
  }

  /**
   * Calls onMatch(patternId, start, end) for every occurrence, in order of end offset.
   * A pattern that begins or ends with a Latin letter or digit only matches as a whole
   * token there (yyds in "yyds!" but not nb in "nba", 666 not in 16666).
   */
  scan(codes: Uint16Array, hasIgnorable: boolean, onMatch: (pattern: number, start: number, end: number) => void): void {
    const hits = { buffer: new Int32Array(48) }
    const n = this.collect(codes, hasIgnorable, hits)
    const found = hits.buffer
    for (let k = 0; k < n; k += 3) onMatch(found[k]!, found[k + 1]!, found[k + 2]!)
  }

  /**
   * The matches scan() would report, in the same order, as (pattern, start, end) triples in
   * `hits.buffer` (grown as needed); returns the number of values written. No callback per
   * match: the linter's hot path walks the flat array instead.
   */
  collect(codes: Uint16Array, hasIgnorable: boolean, hits: { buffer: Int32Array }): number {
    if (!this.built) throw new Error('Automaton: scan() before build()')
    const { rootNext, fail, firstOut, nextOut, outStart, outIds, lengths, latinEdge, edgeStart, edgeCode, edgeTo } = this
    const length = codes.length
    let buffer = hits.buffer
    let n = 0
    let state = 0
    for (let i = 0; i < length; i++) {
      const c = codes[i]!
      if (c === IGNORABLE) continue
      // Follow failure links until a node has an edge on c. A node's edges are sorted by code:
      // a linear look over the few of most nodes, bisection first over wide ones. The linear
      // look is written out here, not called: this loop runs once per character of every reply.
      let to = -1
      while (state !== 0) {
        let lo = edgeStart[state]!
        const hi = edgeStart[state + 1]!
        if (hi - lo > 8) lo = lowerBound(edgeCode, c, lo, hi)
        for (; lo < hi; lo++) {
          const e = edgeCode[lo]!
          if (e >= c) {
            if (e === c) to = edgeTo[lo]!
            break
          }
        }
        if (to > 0) break
        state = fail[state]!
      }
      state = to > 0 ? to : rootNext[c]!
      for (let node = firstOut[state]!; node !== 0; node = nextOut[node]!) {
        for (let k = outStart[node]!, e = outStart[node + 1]!; k < e; k++) {
          const p = outIds[k]!
          const start = hasIgnorable || latinEdge[p] === 1 ? this.startOf(p, i + 1, codes, hasIgnorable) : i + 1 - lengths[p]!
          if (start < 0) continue
          if (n + 3 > buffer.length) {
            const grown = new Int32Array(buffer.length * 2 + 48)
            grown.set(buffer)
            buffer = hits.buffer = grown
          }
          buffer[n] = p
          buffer[n + 1] = start
          buffer[n + 2] = i + 1
          n += 3
        }
      }
    }
    return n
  }

  /** Start of pattern p's match ending at `end`, or -1 when a Latin edge rules it out. */
  private startOf(p: number, end: number, codes: Uint16Array, hasIgnorable: boolean): number {
    let start = end - this.lengths[p]!
    if (hasIgnorable) {
      let need = this.lengths[p]!
      start = end
      while (need > 0 && start > 0) {
        start--
        if (codes[start] !== IGNORABLE) need--
      }
    }
    if (this.latinStart[p] && isLatinAlnum(prevVisible(codes, start))) return -1
    if (this.latinEnd[p] && isLatinAlnum(nextVisible(codes, end))) return -1
    return start
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
