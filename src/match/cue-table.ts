import { lowerBound } from './bisect.js'

/**
 * The cue hits of one reply, grouped by cue id: the spans of id k are starts/ends[first[k] ..
 * first[k] + count[k]), in the automaton's order (by end). Cue hits are many (one-character
 * cues such as 到/您 carry several ids each: on the bench corpus a reply that asks holds 125
 * (id, match) pairs on average, a long reply 6.6 per character) while a reply asks about a few
 * ids, nine in ten absent. So the first question of a reply only marks which ids are present (one
 * store per pair), and an id's spans are placed when a question names it and it is present (1.5
 * ids per such reply), by one walk over the matches; a long reply (past LAZY_HITS matches) places
 * its ids at once instead.
 * Buffers are reused from one reply to the next; an id's slot is valid only when stamped with
 * the current fill, so a fill costs the hits of the reply, not the number of cue ids.
 *
 * Most ids are never asked about at all (on the long replies of the bench corpus 205 of 1,270
 * ids ever are, and they hold one pair in nine: the rest belong to constructions and checks whose
 * phrase is absent or ruled out first). So only the ids asked about before ("hot") are marked or
 * placed by a fill: the table keeps its own copy of the pattern → ids lists with each pattern's hot
 * ids first, and a fill walks each hit's list only up to its first other id. An id asked for the
 * first time is placed by a walk over the reply's matches, then joins the hot ones at a later fill;
 * the lists are reordered only once those first-time walks have cost about what a reorder does.
 */
export class CueTable {
  /** present[id] === generation: the id has a span in this reply. */
  private readonly present: Int32Array
  /** placed[id] === generation: its spans are in starts/ends at first[id], count[id] of them. */
  private readonly placed: Int32Array
  private readonly first: Int32Array
  private readonly count: Int32Array
  private readonly cursor: Int32Array
  private readonly touched: Int32Array
  private generation = 0
  /** Spans placed so far in this reply (the ids asked about, one after the other). */
  private used = 0
  private starts = new Int32Array(64)
  private ends = new Int32Array(64)
  // The matches of the current fill and the pattern → cue ids tables.
  private found: Int32Array = new Int32Array(0)
  private hitCount = 0
  private idStart: Int32Array = new Int32Array(0)
  /**
   * The pattern → ids lists given (the compiled ones), and this table's copy, hot ids first: 16-bit
   * while the ids fit (the built-in rules have 1,270), half the memory of the compiled one.
   */
  private source: Int32Array | undefined
  private idList: Uint16Array | Int32Array = new Uint16Array(0)
  /** Per id: COLD, PENDING (asked, not yet first in the lists) or HOT (first in every list holding it). */
  private readonly heat: Uint8Array
  private pending: number[] = []
  /** Pairs and matches walked for ids not hot since the lists were last reordered (a reorder walks every pattern and pair). */
  private debt = 0

  constructor(cueCount: number) {
    this.present = new Int32Array(cueCount)
    this.placed = new Int32Array(cueCount)
    this.first = new Int32Array(cueCount)
    this.count = new Int32Array(cueCount)
    this.cursor = new Int32Array(cueCount)
    this.touched = new Int32Array(cueCount)
    this.heat = new Uint8Array(cueCount)
  }

  /**
   * Takes the reply's `count` values of (pattern, start, end) triples in `found` (read until the
   * next fill; the caller keeps the buffer); the cue ids of pattern p are idList[idStart[p] ..
   * idStart[p + 1]).
   */
  fill(found: Int32Array, count: number, idStart: Int32Array, idList: Int32Array): void {
    if (idList !== this.source) {
      this.source = idList
      this.idList = this.heat.length <= 0x10000 ? Uint16Array.from(idList) : idList.slice()
      this.heat.fill(COLD)
      this.pending = []
      this.debt = 0
    } else if (this.pending.length > 0 && this.debt >= idStart.length + idList.length) this.reorder(idStart)
    const present = this.present
    if (this.generation === 0x7fffffff) {
      present.fill(0)
      this.placed.fill(0)
      this.generation = 0
    }
    const generation = ++this.generation
    this.found = found
    this.hitCount = count
    this.idStart = idStart
    this.used = 0
    if (count > LAZY_HITS * 3) {
      this.placeAll()
      return
    }
    const { idList: ids, heat } = this
    for (let k = 0; k < count; k += 3) {
      const p = found[k]!
      for (let j = idStart[p]!, e = idStart[p + 1]!; j < e; j++) {
        const id = ids[j]!
        if (heat[id] !== HOT) break
        present[id] = generation
      }
    }
  }

  /** Puts the pending ids first in every list holding them (after the hot ones), and makes them hot. */
  private reorder(idStart: Int32Array): void {
    const { idList: ids, heat } = this
    for (let p = 0, n = idStart.length - 1; p < n; p++) {
      let j = idStart[p]!
      const e = idStart[p + 1]!
      while (j < e && heat[ids[j]!] === HOT) j++
      for (let k = j; k < e; k++) {
        const id = ids[k]!
        if (heat[id] !== PENDING) continue
        ids[k] = ids[j]!
        ids[j++] = id
      }
    }
    for (const id of this.pending) heat[id] = HOT
    this.pending = []
    this.debt = 0
  }

  /**
   * Places every present id at once, in two walks over the matches' (id, match) pairs (count,
   * then place): for a long reply, where placing each id asked by its own walk over the matches
   * would cost the matches once per id. The second walk reads the pattern → ids table again
   * rather than a list of the pairs written by the first (fewer loads and stores per pair).
   */
  private placeAll(): void {
    const { found, idStart, idList, present, placed, first, heat } = this
    const perId = this.count
    const generation = this.generation
    const cursor = this.cursor
    const n = this.hitCount
    let distinct = 0
    let total = 0
    for (let k = 0; k < n; k += 3) {
      const p = found[k]!
      const e = idStart[p + 1]!
      for (let j = idStart[p]!; j < e; j++) {
        const id = idList[j]!
        if (heat[id] !== HOT) break
        if (present[id] !== generation) {
          present[id] = placed[id] = generation
          perId[id] = 0
          this.touched[distinct++] = id
        }
        perId[id]!++
        total++
      }
    }
    let at = 0
    for (let t = 0; t < distinct; t++) {
      const id = this.touched[t]!
      first[id] = cursor[id] = at
      at += perId[id]!
    }
    if (this.starts.length < total) {
      this.starts = new Int32Array(total * 2)
      this.ends = new Int32Array(total * 2)
    }
    const { starts, ends } = this
    for (let k = 0; k < n; k += 3) {
      const p = found[k]!
      const e = idStart[p + 1]!
      const start = found[k + 1]!
      const end = found[k + 2]!
      for (let j = idStart[p]!; j < e; j++) {
        const id = idList[j]!
        if (heat[id] !== HOT) break
        const slot = cursor[id]!++
        starts[slot] = start
        ends[slot] = end
      }
    }
    this.used = total
  }

  /**
   * Places the spans of an id (once per reply): the matches whose pattern carries it, in order.
   * For an id not hot this walk is also what tells whether it is present.
   */
  private place(id: number): void {
    const { found, idStart, idList } = this
    this.placed[id] = this.generation
    let at = this.used
    this.first[id] = at
    let walked = 0
    for (let k = 0, n = this.hitCount; k < n; k += 3) {
      const p = found[k]!
      walked += idStart[p + 1]! - idStart[p]!
      for (let j = idStart[p]!, e = idStart[p + 1]!; j < e; j++) {
        if (idList[j] !== id) continue
        if (at === this.starts.length) {
          const starts = new Int32Array(at * 2)
          const ends = new Int32Array(at * 2)
          starts.set(this.starts)
          ends.set(this.ends)
          this.starts = starts
          this.ends = ends
        }
        this.starts[at] = found[k + 1]!
        this.ends[at] = found[k + 2]!
        at++
      }
    }
    this.count[id] = at - this.first[id]!
    this.used = at
    if (this.heat[id] !== HOT) {
      this.debt += walked + this.hitCount
      if (this.heat[id] === COLD) {
        this.heat[id] = PENDING
        this.pending.push(id)
      }
    }
  }

  /** Whether a span of cue `id` lies within [from, to). */
  within(id: number, from: number, to: number): boolean {
    if (!this.open(id)) return false
    const ends = this.ends
    const starts = this.starts
    const lo = this.first[id]!
    const last = lo + this.count[id]!
    for (let i = lowerBound(ends, from, lo, last); i < last && ends[i]! <= to; i++) if (starts[i]! >= from) return true
    return false
  }

  /**
   * In-place walks for the windowed look-ups of src/context/cues.ts: the same answers as walking
   * spans(id), without making the list of every span of the id (a long reply's 您 or 的 has
   * hundreds, and its rules ask about small windows of them).
   */
  /** Spans of `id` wholly within [from, to), in order of end, as new pairs; undefined when none. */
  window(id: number, from: number, to: number): Array<readonly [number, number]> | undefined {
    if (!this.open(id)) return undefined
    const { starts, ends } = this
    const last = this.first[id]! + this.count[id]!
    let out: Array<readonly [number, number]> | undefined
    for (let i = lowerBound(ends, from + 1, this.first[id]!, last); i < last && ends[i]! <= to; i++) {
      if (starts[i]! >= from) (out ??= []).push([starts[i]!, ends[i]!] as const)
    }
    return out
  }

  /**
   * Index of the span of `id` within [from, to) that `pick` prefers (-1 when none): for firstCue,
   * the first (of two starting together the longer); for lastCue, the last (of two ending together
   * the longer). Read with spanStart / spanEnd.
   */
  pick(id: number, from: number, to: number, last: boolean): number {
    if (!this.open(id)) return -1
    const { starts, ends } = this
    const hi = this.first[id]! + this.count[id]!
    let best = -1
    for (let i = lowerBound(ends, from + 1, this.first[id]!, hi); i < hi && ends[i]! <= to; i++) {
      const s = starts[i]!
      if (s < from) continue
      if (best < 0) best = i
      else if (last ? ends[i]! > ends[best]! || (ends[i] === ends[best] && s < starts[best]!) : s < starts[best]! || (s === starts[best] && ends[i]! > ends[best]!)) best = i
    }
    return best
  }

  spanStart(i: number): number {
    return this.starts[i]!
  }

  spanEnd(i: number): number {
    return this.ends[i]!
  }

  /** End of the longest span of `id` starting at `at` and ending by `at + reach`, or -1. */
  endFrom(id: number, at: number, reach: number): number {
    if (!this.open(id)) return -1
    const { starts, ends } = this
    const hi = this.first[id]! + this.count[id]!
    let end = -1
    for (let i = lowerBound(ends, at + 1, this.first[id]!, hi); i < hi && ends[i]! <= at + reach; i++) if (starts[i] === at && ends[i]! > end) end = ends[i]!
    return end
  }

  /** Start of the longest span of `id` ending at `at`, or -1. */
  startTo(id: number, at: number): number {
    if (!this.open(id)) return -1
    const { starts, ends } = this
    const hi = this.first[id]! + this.count[id]!
    let start = -1
    for (let i = lowerBound(ends, at, this.first[id]!, hi); i < hi && ends[i] === at; i++) if (start < 0 || starts[i]! < start) start = starts[i]!
    return start
  }

  /** Whether a span of `id` starts within [from, to] and ends by `to + reach`. */
  startsWithin(id: number, from: number, to: number, reach: number): boolean {
    if (!this.open(id)) return false
    const { starts, ends } = this
    const hi = this.first[id]! + this.count[id]!
    for (let i = lowerBound(ends, from + 1, this.first[id]!, hi); i < hi && ends[i]! <= to + reach; i++) if (starts[i]! >= from && starts[i]! <= to) return true
    return false
  }

  /** Whether `id` has spans in this reply, placing them on the first question. */
  private open(id: number): boolean {
    const generation = this.generation
    if (this.placed[id] === generation) return this.count[id]! > 0
    // An id is made hot only by a fill, so a hot one was marked by this reply's.
    if (this.heat[id] === HOT) {
      if (this.present[id] !== generation) return false
      this.place(id)
      return true
    }
    this.place(id)
    return this.count[id]! > 0
  }

  /**
   * The spans of cue `id` as [start, end] pairs, in order of end. Most questions (nine in ten
   * on the bench corpus) name a cue the reply does not hold: they all get one empty list.
   */
  spans(id: number): ReadonlyArray<readonly [number, number]> {
    if (!this.open(id)) return NO_SPANS
    const out: Array<readonly [number, number]> = []
    for (let i = this.first[id]!, e = i + this.count[id]!; i < e; i++) out.push([this.starts[i]!, this.ends[i]!] as const)
    return out
  }
}

/**
 * Past this many matches a reply's ids are all placed at its first question: a short reply asks
 * about one or two present ids (1.5 on the bench corpus), each placed by a walk over its few
 * matches; a long one asks about many, and one walk over its pairs places them all.
 */
const LAZY_HITS = 64

/** An id's heat (CueTable.heat). */
const COLD = 0
const PENDING = 1
const HOT = 2

/**
 * The spans of a cue absent from the reply, shared (read-only by type). Not frozen: a frozen
 * array has an elements kind of its own, and every loop over cue spans would then see two.
 */
export const NO_SPANS: ReadonlyArray<readonly [number, number]> = []
