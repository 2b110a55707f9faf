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
  /**
   * The trie of the phrases while they are added, each phrase put in as it comes (one probe a
   * character); let go by build() (add() is refused after it).
   */
  private trie: Trie | undefined
  private count = 0
  /**
   * Root transitions by code unit. Every character of every reply reads it: as 16-bit entries
   * (the root's children are numbered first, so they fit unless over 65,535 distinct code units
   * start a pattern), 128 KB instead of 256 KB of cache, and one array type for every automaton.
   */
  private rootNext: Int32Array | Uint16Array = new Int32Array(0)
  /** Edges of node n are edgeCode/edgeTo[edgeStart[n] .. edgeStart[n + 1]). */
  private edgeStart = new Int32Array(0)
  private edgeCode = new Uint16Array(0)
  private edgeTo = new Int32Array(0)
  private fail = new Int32Array(0)
  /**
   * Every pattern ending at node n, its own and those of the nodes on its failure chain, in the
   * order of the chain (the node's own first): outIds[outStart[n] .. outStart[n + 1]), and for
   * each its length, negated when its edges must be checked as a Latin token's (latinEdge). A
   * scan reads one contiguous run per character instead of walking the chain (five scattered
   * loads per pattern over arrays of every node: ~40% of a scan's time with the built-in
   * lexicons, whose one-character cues end at most nodes' chains).
   */
  private outStart = new Int32Array(0)
  private outIds = new Int32Array(0)
  private outLengths = new Int32Array(0)
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
    const t = (this.trie ??= new Trie())
    // Phrases come in runs that share a beginning (the expansions of one entry or word class):
    // the nodes of the part shared with the phrase before are where that one left them.
    const last = t.last
    const path = t.path
    const most = Math.min(phrase.length, last.length)
    let d = 0
    while (d < most && phrase.charCodeAt(d) === last.charCodeAt(d)) d++
    let node = path[d]!
    if (d === 0) {
      const c0 = phrase.charCodeAt(0)
      node = t.rootChild[c0]!
      if (node === 0) node = t.rootChild[c0] = t.make(0, c0)
      path[1] = node
      d = 1
    }
    for (let i = d; i < phrase.length; i++) path[i + 1] = node = t.child(node, phrase.charCodeAt(i))
    t.last = phrase
    let id = t.ownOf[node]!
    if (id < 0) t.own(node, (id = this.count++), phrase)
    return id
  }

  get size(): number {
    return this.count
  }

  /** The built automaton's storage (what a scan reads), for a compiled-linter cache. */
  tables(): AutomatonTables {
    if (!this.built) throw new Error('Automaton: tables() before build()')
    const { rootNext, edgeStart, edgeCode, edgeTo, fail, outStart, outIds, outLengths, lengths, latinStart, latinEnd } = this
    return { rootNext, edgeStart, edgeCode, edgeTo, fail, outStart, outIds, outLengths, lengths, latinStart, latinEnd }
  }

  /**
   * A built automaton over tables another build made (tables()), checked for consistent sizes
   * and in-range references, so a scan never reads outside them; throws when they are not.
   */
  static fromTables(t: AutomatonTables): Automaton {
    const nodes = t.fail.length
    const count = t.lengths.length
    const outs = t.outIds.length
    const edges = t.edgeCode.length
    const ok =
      t.rootNext.length === 0x10000 &&
      nodes > 0 &&
      t.edgeStart.length === nodes + 1 &&
      t.outStart.length === nodes + 1 &&
      t.edgeTo.length === edges &&
      t.edgeStart[nodes] === edges &&
      t.outStart[nodes] === outs &&
      t.outLengths.length === outs &&
      t.latinStart.length === count &&
      t.latinEnd.length === count &&
      inRange(t.rootNext, 0, nodes) &&
      inRange(t.edgeTo, 1, nodes) &&
      inRange(t.fail, 0, nodes) &&
      inRange(t.outIds, 0, count) &&
      ascending(t.edgeStart, edges) &&
      ascending(t.outStart, outs)
    if (!ok) throw new Error('Automaton: inconsistent tables')
    const a = new Automaton()
    const latinEdge = t.latinStart.map((s, p) => s | t.latinEnd[p]!)
    Object.assign(a, { ...t, latinEdge, count, built: true })
    return a
  }

  build(): this {
    // Built once: the trie is let go at the end (a second call would find none).
    if (this.built) return this
    const trie = this.trie ?? new Trie()
    const count = this.count
    const n = trie.nodes
    // The trie's nodes are renumbered breadth first, each node's children in the order of their
    // codes: the root's children are then nodes 1..k, k at most the distinct first code units,
    // and the root table stays 16-bit however many nodes there are (the built-in lexicons make
    // over 65,535 since the twelfth session: a 32-bit table for the linter's automaton and 16-bit
    // ones for the rules' own small automata made every scan's root look-up polymorphic).
    // Shallow nodes, which every scan visits, are also numbered together, and a node's edges are
    // one sorted run. (This is the numbering the earlier build made from the phrases sorted.)
    const childStart = new Int32Array(n + 1)
    for (let v = 1; v < n; v++) childStart[trie.parentOf[v]! + 1]!++
    for (let v = 0; v < n; v++) childStart[v + 1] = childStart[v + 1]! + childStart[v]!
    const childList = new Int32Array(n)
    {
      const fill = childStart.slice(0, n)
      for (let v = 1; v < n; v++) childList[fill[trie.parentOf[v]!]!++] = v
    }
    const codes = trie.codeOf
    const rootChildren = childStart[1]!
    const edges = n - 1 - rootChildren
    const rootNext = rootChildren <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000)
    const edgeStart = new Int32Array(n + 1)
    const edgeCode = new Uint16Array(edges)
    const edgeTo = new Int32Array(edges)
    const ownOf = new Int32Array(n).fill(-1)
    /** order[w]: the trie node that is node w of the automaton. */
    const order = new Int32Array(n)
    let ordered = 1
    // The root's children, by code: its table.
    for (let c = 0; c < 0x10000; c++) {
      const v = trie.rootChild[c]!
      if (v === 0) continue
      order[ordered] = v
      rootNext[c] = ordered++
    }
    // Each node's children numbered next in the order of their codes, and its edges one run.
    let e = 0
    for (let w = 1; w < n; w++) {
      const u = order[w]!
      ownOf[w] = trie.ownOf[u]!
      edgeStart[w] = e
      const from = childStart[u]!
      const to = childStart[u + 1]!
      if (to - from > 1) sortByCode(childList, from, to, codes)
      for (let k = from; k < to; k++) {
        const v = childList[k]!
        order[ordered] = v
        edgeCode[e] = codes[v]!
        edgeTo[e++] = ordered++
      }
    }
    edgeStart[n] = e

    /** The child of node f (not the root) on code c, or 0. */
    const childOf = (f: number, c: number): number => {
      const hi = edgeStart[f + 1]!
      const lo = lowerBound(edgeCode, c, edgeStart[f]!, hi)
      return lo < hi && edgeCode[lo] === c ? edgeTo[lo]! : 0
    }
    // Breadth-first (the nodes' order), so a node's failure target is final before its children need it.
    const fail = new Int32Array(n)
    const firstOut = new Int32Array(n)
    const nextOut = new Int32Array(n)
    for (let v = 1; v <= rootChildren; v++) firstOut[v] = ownOf[v]! >= 0 ? v : 0
    for (let node = 1; node < n; node++) {
      for (let e = edgeStart[node]!, end = edgeStart[node + 1]!; e < end; e++) {
        const c = edgeCode[e]!
        const child = edgeTo[e]!
        let f = fail[node]!
        let target = 0
        for (;;) {
          if (f === 0) {
            target = rootNext[c]!
            break
          }
          const t = childOf(f, c)
          if (t !== 0) {
            target = t
            break
          }
          f = fail[f]!
        }
        fail[child] = target !== child ? target : 0
        nextOut[child] = firstOut[fail[child]!]!
        firstOut[child] = ownOf[child]! >= 0 ? child : nextOut[child]!
      }
    }

    const lengths = trie.lengths.slice(0, count)
    const latinStart = trie.latinStart.slice(0, count)
    const latinEnd = trie.latinEnd.slice(0, count)
    const latinEdge = latinStart.map((s, p) => s | latinEnd[p]!)
    // Each node's patterns along its failure chain (firstOut, then nextOut), flattened.
    const outStart = new Int32Array(n + 1)
    for (let v = 0; v < n; v++) {
      let k = 0
      for (let node = firstOut[v]!; node !== 0; node = nextOut[node]!) k++
      outStart[v + 1] = outStart[v]! + k
    }
    const outIds = new Int32Array(outStart[n]!)
    const outLengths = new Int32Array(outStart[n]!)
    for (let v = 0; v < n; v++) {
      let k = outStart[v]!
      for (let node = firstOut[v]!; node !== 0; node = nextOut[node]!) {
        const p = ownOf[node]!
        outIds[k] = p
        outLengths[k] = latinEdge[p] === 1 ? -lengths[p]! : lengths[p]!
        k++
      }
    }
    this.trie = undefined
    Object.assign(this, { rootNext, edgeStart, edgeCode, edgeTo, fail, outStart, outIds, outLengths, lengths, latinStart, latinEnd, latinEdge, built: true })
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
    const { rootNext, fail, outStart, outIds, outLengths, edgeStart, edgeCode, edgeTo } = this
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
      for (let k = outStart[state]!, e = outStart[state + 1]!; k < e; k++) {
        const p = outIds[k]!
        const length = outLengths[k]!
        const start = hasIgnorable || length < 0 ? this.startOf(p, i + 1, codes, hasIgnorable) : i + 1 - length
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

/**
 * A trie under construction: nodes numbered as made (the root 0), each phrase's own pattern id,
 * and per pattern id its length and Latin edges. A node's child on a code unit is found through
 * the root's 64k table at depth one and an open-addressing table keyed by (parent, code) below
 * it, so adding a phrase costs a probe per character: no map of phrase strings (hashing every
 * phrase) and no sort of them (comparing strings), which were most of a linter's creation time
 * with the built-in lexicons' ~490,000 patterns.
 */
class Trie {
  nodes = 1
  parentOf = new Int32Array(256)
  codeOf = new Uint16Array(256)
  ownOf = new Int32Array(256).fill(-1)
  /** The root's child by code unit; 0 for none (no node but the root is 0). */
  readonly rootChild = new Int32Array(0x10000)
  /** Nodes below depth one by hash of (parent, code), linear probing; 0 is an empty slot. */
  private slots = new Int32Array(1024)
  private mask = 1023
  private deep = 0
  /** The phrase added last, and path[d] the node at depth d on its way (path[0] the root). */
  last = ''
  readonly path: number[] = [0]
  lengths = new Int32Array(64)
  latinStart = new Uint8Array(64)
  latinEnd = new Uint8Array(64)

  /** A new node under `parent` on `code` (the caller files it). */
  make(parent: number, code: number): number {
    const v = this.nodes++
    if (v === this.parentOf.length) {
      const size = v * 2
      this.parentOf = grown(this.parentOf, new Int32Array(size))
      this.codeOf = grown(this.codeOf, new Uint16Array(size))
      const own = new Int32Array(size).fill(-1)
      own.set(this.ownOf)
      this.ownOf = own
    }
    this.parentOf[v] = parent
    this.codeOf[v] = code
    return v
  }

  /** The child of `node` (not the root) on `code`, made when there is none. */
  child(node: number, code: number): number {
    const { slots, mask, parentOf, codeOf } = this
    let h = slotOf(node, code) & mask
    for (let v = slots[h]!; v !== 0; v = slots[h]!) {
      if (parentOf[v] === node && codeOf[v] === code) return v
      h = (h + 1) & mask
    }
    const v = this.make(node, code)
    // At most half full: a table twice the size, every node below depth one filed again.
    if (++this.deep * 2 > mask) this.rehash()
    else slots[h] = v
    return v
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2
    const slots = new Int32Array(size)
    const mask = size - 1
    const { parentOf, codeOf } = this
    for (let v = 1; v < this.nodes; v++) {
      const p = parentOf[v]!
      if (p === 0) continue
      let h = slotOf(p, codeOf[v]!) & mask
      while (slots[h] !== 0) h = (h + 1) & mask
      slots[h] = v
    }
    this.slots = slots
    this.mask = mask
  }

  /** Makes `node` the end of pattern `id` (the next id), the normalised `phrase`. */
  own(node: number, id: number, phrase: string): void {
    this.ownOf[node] = id
    if (id === this.lengths.length) {
      this.lengths = grown(this.lengths, new Int32Array(id * 2))
      this.latinStart = grown(this.latinStart, new Uint8Array(id * 2))
      this.latinEnd = grown(this.latinEnd, new Uint8Array(id * 2))
    }
    this.lengths[id] = phrase.length
    this.latinStart[id] = isLatinAlnum(phrase.charCodeAt(0)) ? 1 : 0
    this.latinEnd[id] = isLatinAlnum(phrase.charCodeAt(phrase.length - 1)) ? 1 : 0
  }
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from)
  return to
}

function slotOf(node: number, code: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)
  return h ^ (h >>> 15)
}

/** Sorts list[from..to) by codes[node] (distinct codes: a node's children). */
function sortByCode(list: Int32Array, from: number, to: number, codes: Uint16Array): void {
  if (to - from > 32) {
    const run = Array.from(list.subarray(from, to)).sort((a, b) => codes[a]! - codes[b]!)
    list.set(run, from)
    return
  }
  for (let i = from + 1; i < to; i++) {
    const v = list[i]!
    const c = codes[v]!
    let j = i - 1
    while (j >= from && codes[list[j]!]! > c) {
      list[j + 1] = list[j]!
      j--
    }
    list[j + 1] = v
  }
}

/** What Automaton.tables() hands out and Automaton.fromTables() takes. */
export interface AutomatonTables {
  rootNext: Int32Array | Uint16Array
  edgeStart: Int32Array
  edgeCode: Uint16Array
  edgeTo: Int32Array
  fail: Int32Array
  outStart: Int32Array
  outIds: Int32Array
  outLengths: Int32Array
  lengths: Int32Array
  latinStart: Uint8Array
  latinEnd: Uint8Array
}

function inRange(a: ArrayLike<number>, lo: number, hi: number): boolean {
  for (let i = 0; i < a.length; i++) if (!(a[i]! >= lo && a[i]! < hi)) return false
  return true
}

/** a[0] === 0, non-decreasing, a[last] === end. */
function ascending(a: Int32Array, end: number): boolean {
  if (a[0] !== 0 || a[a.length - 1] !== end) return false
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false
  return true
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
