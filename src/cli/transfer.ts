import type { CliMessage, RecordInfo } from './types.js'

/**
 * Findings as a worker hands them back: one text of groups `[record, finding…]`, one line
 * each (JSON writes no raw line break), each group one reply's findings with its record written
 * once (`record: 0` in each finding keeps the key's place, so the main thread's objects
 * serialise exactly as the worker's did). The main thread parses a few groups at a time as it
 * reports them: parsed whole, a range's ~10,000 findings were alive at once, outlived the
 * scavenges and were promoted and collected in the old generation.
 *
 * A worker turns each reply's findings into text as soon as they are made (and a range keeps
 * text, not objects, until its sessions are settled): the objects die young instead of being
 * promoted and collected in the old generation. The text goes to the main thread as the UTF-16
 * bytes it is spooled in (what a string of Chinese already is in V8: no transcoding either way),
 * transferred, not copied; the main thread turns one group at a time into a string to parse.
 * The groups go to `put` piece by piece, each ending in a line break: every piece is a flat
 * string (JSON.stringify's), so the spool copies it as it is instead of flattening a joined one.
 */
export function packGroups(ms: readonly CliMessage[], put: (piece: string) => void): void {
  let last: RecordInfo | undefined
  for (const m of ms) {
    if (m.record !== last) {
      put(last ? ']\n[' : '[')
      last = m.record
      put(JSON.stringify(last))
    }
    // The finding is not used again in the worker: its record stands in the group.
    ;(m as unknown as { record: number }).record = 0
    put(',')
    put(JSON.stringify(m))
  }
  if (last) put(']\n')
}

/**
 * A task's findings: packed text from a worker (UTF-16LE bytes, see FindingPacker.pack), or the
 * objects themselves when the main thread ran the task (nothing crosses a thread, so nothing is
 * packed).
 */
export type Packed = Uint8Array | CliMessage[]

/**
 * Spool buffers of packed tasks, reused by the thread's next tasks: a range's spool grows to
 * ~6 MB, and growing a fresh one by doubling for every range (each growth a copy, each new
 * block first touched) was part of the worker's ~0.7 s of `_copyActual` on the 1M-line file.
 * At most two are kept: a thread has one range linting and at most a few waiting.
 */
const freeSpools: Buffer[] = []

/**
 * Text kept outside the V8 heap while a task runs, as UTF-16 (what a string of Chinese already
 * is in V8, so writing and reading it back are copies, not transcoding). A range keeps its
 * findings until its sessions are settled; kept as one small string per reply they outlived
 * every scavenge of the range and were copied by each. Kept here they are not, but --jobs 2 still
 * promotes ~6× what one thread does (README, issue 9's notes): this was not the main source.
 */
class TextSpool {
  private bytes = freeSpools.pop() ?? Buffer.allocUnsafeSlow(64 * 1024)
  private used = 0

  get length(): number {
    return this.used
  }

  append(text: string): void {
    const need = this.used + text.length * 2
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.bytes.length * 2))
      this.bytes.copy(bigger, 0, 0, this.used)
      this.bytes = bigger
    }
    this.bytes.write(text, this.used, 'utf16le')
    this.used = need
  }

  /** Copies bytes [from, to) of the spool into `out` at `at`; returns how many. */
  copy(out: Buffer, at: number, from: number, to: number): number {
    return this.bytes.copy(out, at, from, to)
  }

  /** The spool is packed: its buffer goes to the next task. */
  release(): void {
    if (freeSpools.length < 2) freeSpools.push(this.bytes)
    this.bytes = Buffer.alloc(0)
    this.used = 0
  }
}

/**
 * A task's findings in file order, as packed groups (or as objects: `asText` false). A place
 * can be held for a reply whose findings are known only later (a range's pending replies):
 * `pack` fills each held place in order.
 */
export class FindingPacker {
  private readonly spool: TextSpool | undefined
  private readonly objects: CliMessage[][] = []
  /** Pairs [position in the spool or in `objects`, the caller's index for the held place]. */
  private readonly held: number[] = []

  constructor(asText = true) {
    this.spool = asText ? new TextSpool() : undefined
  }

  add(ms: CliMessage[]): void {
    if (!ms.length) return
    // Each group ends with a line break in the spool; pack drops the last one.
    if (this.spool) {
      const spool = this.spool
      packGroups(ms, (piece) => spool.append(piece))
    }
    else this.objects.push(ms)
  }

  hold(index: number): void {
    this.held.push(this.spool ? this.spool.length : this.objects.length, index)
  }

  /**
   * The packed text as UTF-16LE bytes in an ArrayBuffer of their own, for postMessage to
   * transfer (not copy), or the objects; held places filled by `fill`. The text never becomes a
   * string in the worker: as one string per range (the spool's pieces joined, then copied
   * again by postMessage into the main thread's heap) it was the largest thing a worker's heap
   * kept past its scavenges (~31 MB in a 200k-line run, and ~16 MB more in the main thread's).
   */
  pack(fill?: (index: number) => CliMessage[]): Packed {
    const { spool, held } = this
    if (!spool) {
      if (!held.length) return this.objects.flat()
      const out: CliMessage[] = []
      let from = 0
      for (let h = 0; h < held.length; h += 2) {
        for (let i = from; i < held[h]!; i++) out.push(...this.objects[i]!)
        from = held[h]!
        out.push(...fill!(held[h + 1]!))
      }
      for (let i = from; i < this.objects.length; i++) out.push(...this.objects[i]!)
      return out
    }
    // Byte ranges of the spool and the held places' groups, in file order.
    const pieces: Array<number | string> = []
    let size = 0
    let from = 0
    for (let h = 0; h < held.length; h += 2) {
      pieces.push(from, held[h]!)
      size += held[h]! - from
      from = held[h]!
      const ms = fill!(held[h + 1]!)
      if (ms.length) {
        let text = ''
        packGroups(ms, (piece) => (text += piece))
        pieces.push(text)
        size += text.length * 2
      }
    }
    pieces.push(from, spool.length)
    size += spool.length - from
    if (size === 0) {
      spool.release()
      return new Uint8Array(0)
    }
    const out = Buffer.allocUnsafeSlow(size)
    let at = 0
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!
      if (typeof p === 'string') at += out.write(p, at, 'utf16le')
      else at += spool.copy(out, at, p, pieces[++i] as number)
    }
    spool.release()
    // Without the last group's line break.
    return new Uint8Array(out.buffer, out.byteOffset, size - 2)
  }
}

/** Groups parsed per batch: their findings are reported before the next batch is made. */
const BATCH_GROUPS = 64

/**
 * Reports a task's findings in file order, a batch at a time, with file positions and record
 * indexes shifted by a range's start. `ready` is awaited after each batch: it lets the report
 * text go out (Output.ready). Without it a range's whole report (megabytes of small strings)
 * sat in the output's buffer while the range was parsed, so the buffer grew with the range.
 */
export async function unpackTo(found: Packed, emit: (ms: CliMessage[]) => void, lineBase = 0, indexBase = 0, ready?: () => Promise<void>): Promise<void> {
  for (const batch of batches(found, lineBase, indexBase)) {
    emit(batch)
    if (ready) await ready()
  }
}

/** A task's findings as one list (see unpackTo). */
export function unpack(found: Packed, lineBase = 0, indexBase = 0): CliMessage[] {
  const out: CliMessage[] = []
  for (const batch of batches(found, lineBase, indexBase)) out.push(...batch)
  return out
}

function* batches(found: Packed, lineBase: number, indexBase: number): Generator<CliMessage[]> {
  if (!(found instanceof Uint8Array)) {
    if (found.length) yield shift(found, lineBase, indexBase)
    return
  }
  const text = Buffer.from(found.buffer, found.byteOffset, found.byteLength)
  let out: CliMessage[] = []
  let groups = 0
  for (let at = 0; at < text.length; ) {
    const end = lineEnd(text, at)
    const group = JSON.parse(text.toString('utf16le', at, end)) as [RecordInfo, ...CliMessage[]]
    at = end + 2
    const record = group[0]
    if (indexBase) record.index += indexBase
    for (let i = 1; i < group.length; i++) {
      const f = group[i] as CliMessage
      f.record = record
      if (lineBase) {
        f.line += lineBase
        f.endLine += lineBase
      }
      out.push(f)
    }
    if (++groups === BATCH_GROUPS) {
      yield out
      out = []
      groups = 0
    }
  }
  if (out.length) yield out
}

/**
 * Where the group starting at byte `from` ends: the next line break of the UTF-16LE text (the
 * code unit 0x000A, bytes 0A 00 at an even offset; JSON escapes a line break inside a string).
 */
function lineEnd(bytes: Uint8Array, from: number): number {
  for (let i = bytes.indexOf(10, from); i !== -1; i = bytes.indexOf(10, i + 1)) {
    if ((i & 1) === 0 && bytes[i + 1] === 0) return i
  }
  return bytes.length
}

/** Findings made on this thread, shifted in place (a reply's findings share one record). */
function shift(found: CliMessage[], lineBase: number, indexBase: number): CliMessage[] {
  if (!lineBase && !indexBase) return found
  let last: RecordInfo | undefined
  for (const f of found) {
    if (indexBase && f.record !== last) {
      last = f.record
      last.index += indexBase
    }
    f.line += lineBase
    f.endLine += lineBase
  }
  return found
}
