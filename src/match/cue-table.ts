/**
 * The cue hits of one reply, grouped by cue id: the spans of id k are starts/ends[first[k] ..
 * first[k] + count[k]), in the automaton's order (by end). Cue hits are many (one-character
 * cues such as 到/您) and most replies never ask for them, so the table is filled on the
 * first question only, in two passes over the matches (count, then place), into buffers that
 * a linter reuses from one reply to the next. An id's slot is valid only when stamped with
 * the current fill, so a fill costs the hits of the reply, not the number of cue ids.
 */
export class CueTable {
  private readonly stamp: Int32Array
  private readonly first: Int32Array
  private readonly count: Int32Array
  private readonly cursor: Int32Array
  private touched: Int32Array
  private generation = 0
  private starts = new Int32Array(64)
  private ends = new Int32Array(64)
  /** (cue id, match offset) pairs of the current fill, in the order of the matches. */
  private pairs = new Int32Array(256)

  constructor(cueCount: number) {
    this.stamp = new Int32Array(cueCount)
    this.first = new Int32Array(cueCount)
    this.count = new Int32Array(cueCount)
    this.cursor = new Int32Array(cueCount)
    this.touched = new Int32Array(cueCount)
  }

  /**
   * Fills the table from `count` values of (pattern, start, end) triples in `found`; the cue
   * ids of pattern p are idList[idStart[p] .. idStart[p + 1]).
   */
  fill(found: Int32Array, count: number, idStart: Int32Array, idList: Int32Array): void {
    const { stamp, first, cursor, touched } = this
    const perId = this.count
    if (this.generation === 0x7fffffff) {
      stamp.fill(0)
      this.generation = 0
    }
    const generation = ++this.generation
    let distinct = 0
    let total = 0
    // The (id, match) pairs are noted as they are counted, so placing them is one walk over a
    // small buffer rather than a second walk over the matches and the pattern tables.
    let pairs = this.pairs
    for (let k = 0; k < count; k += 3) {
      const p = found[k]!
      for (let j = idStart[p]!, e = idStart[p + 1]!; j < e; j++) {
        const id = idList[j]!
        if (stamp[id] !== generation) {
          stamp[id] = generation
          perId[id] = 0
          touched[distinct++] = id
        }
        perId[id]!++
        if (2 * total + 2 > pairs.length) {
          const grown = new Int32Array(pairs.length * 2)
          grown.set(pairs)
          pairs = this.pairs = grown
        }
        pairs[2 * total] = id
        pairs[2 * total + 1] = k
        total++
      }
    }
    let at = 0
    for (let t = 0; t < distinct; t++) {
      const id = touched[t]!
      first[id] = cursor[id] = at
      at += perId[id]!
    }
    if (this.starts.length < total) {
      this.starts = new Int32Array(total * 2)
      this.ends = new Int32Array(total * 2)
    }
    const { starts, ends } = this
    for (let q = 0; q < 2 * total; q += 2) {
      const slot = cursor[pairs[q]!]!++
      const k = pairs[q + 1]!
      starts[slot] = found[k + 1]!
      ends[slot] = found[k + 2]!
    }
  }

  /** Whether a span of cue `id` lies within [from, to). */
  within(id: number, from: number, to: number): boolean {
    if (this.stamp[id] !== this.generation) return false
    const { starts, ends } = this
    let lo = this.first[id]!
    const last = lo + this.count[id]!
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ends[mid]! < from) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < last && ends[i]! <= to; i++) if (starts[i]! >= from) return true
    return false
  }

  /**
   * The spans of cue `id` as [start, end] pairs, in order of end. Most questions (nine in ten
   * on the bench corpus) name a cue the reply does not hold: they all get one empty list.
   */
  spans(id: number): ReadonlyArray<readonly [number, number]> {
    if (this.stamp[id] !== this.generation) return NO_SPANS
    const out: Array<readonly [number, number]> = []
    for (let i = this.first[id]!, e = i + this.count[id]!; i < e; i++) out.push([this.starts[i]!, this.ends[i]!] as const)
    return out
  }
}

/**
 * The spans of a cue absent from the reply, shared (read-only by type). Not frozen: a frozen
 * array has an elements kind of its own, and every loop over cue spans would then see two.
 */
export const NO_SPANS: ReadonlyArray<readonly [number, number]> = []
