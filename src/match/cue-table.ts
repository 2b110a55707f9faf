/**
 * The cue hits of one reply, grouped by cue id: spans of id k are starts/ends[offsets[k] ..
 * offsets[k + 1]), in the automaton's order (by end). Cue hits are many (one-character cues
 * such as 到/您) and most replies never ask for them, so the table is filled on the first
 * question only, in two passes over the matches (count, then place), into buffers that a
 * linter reuses from one reply to the next.
 */
export class CueTable {
  private offsets: Int32Array
  private cursor: Int32Array
  private starts = new Int32Array(64)
  private ends = new Int32Array(64)

  constructor(private readonly cueCount: number) {
    this.offsets = new Int32Array(cueCount + 1)
    this.cursor = new Int32Array(cueCount)
  }

  /**
   * Fills the table from `count` values of (pattern, start, end) triples in `found`; the cue
   * ids of pattern p are idList[idStart[p] .. idStart[p + 1]).
   */
  fill(found: Int32Array, count: number, idStart: Int32Array, idList: Int32Array): void {
    const { offsets, cursor } = this
    offsets.fill(0)
    let total = 0
    for (let k = 0; k < count; k += 3) {
      const p = found[k]!
      for (let j = idStart[p]!, e = idStart[p + 1]!; j < e; j++) {
        offsets[idList[j]! + 1]!++
        total++
      }
    }
    for (let id = 0; id < this.cueCount; id++) {
      cursor[id] = offsets[id]!
      offsets[id + 1]! += offsets[id]!
    }
    if (this.starts.length < total) {
      this.starts = new Int32Array(total * 2)
      this.ends = new Int32Array(total * 2)
    }
    const { starts, ends } = this
    for (let k = 0; k < count; k += 3) {
      const p = found[k]!
      for (let j = idStart[p]!, e = idStart[p + 1]!; j < e; j++) {
        const at = cursor[idList[j]!]!++
        starts[at] = found[k + 1]!
        ends[at] = found[k + 2]!
      }
    }
  }

  /** Whether a span of cue `id` lies within [from, to). */
  within(id: number, from: number, to: number): boolean {
    const { starts, ends } = this
    const last = this.offsets[id + 1]!
    let lo = this.offsets[id]!
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ends[mid]! < from) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < last && ends[i]! <= to; i++) if (starts[i]! >= from) return true
    return false
  }

  /** The spans of cue `id` as [start, end] pairs, in order of end. */
  spans(id: number): Array<readonly [number, number]> {
    const out: Array<readonly [number, number]> = []
    for (let i = this.offsets[id]!, e = this.offsets[id + 1]!; i < e; i++) out.push([this.starts[i]!, this.ends[i]!] as const)
    return out
  }
}
