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
 * promoted and collected in the old generation. The text goes to the main thread as a string:
 * postMessage copies a string's characters as they are, which cost less than encoding it to
 * UTF-8 in the worker and decoding it again in the main thread.
 */
export function packGroups(ms: readonly CliMessage[]): string {
  let out = ''
  let last: RecordInfo | undefined
  for (const m of ms) {
    if (m.record !== last) {
      last = m.record
      out += `${out ? ']\n[' : '['}${JSON.stringify(last)}`
    }
    // The finding is not used again in the worker: its record stands in the group.
    ;(m as unknown as { record: number }).record = 0
    out += `,${JSON.stringify(m)}`
  }
  return out && `${out}]`
}

/**
 * A task's findings: packed text from a worker, or the objects themselves when the main
 * thread ran the task (nothing crosses a thread, so nothing is packed).
 */
export type Packed = string | CliMessage[]

/** A task's findings, in file order, as packed groups (or as objects: `asText` false). */
export class FindingPacker {
  private readonly parts: Packed[] = []

  constructor(private readonly asText = true) {}

  add(ms: CliMessage[]): void {
    this.addPart(this.asText ? packGroups(ms) : ms)
  }

  /** Findings already packed by packGroups, or objects (as the packer was made). */
  addPart(part: Packed): void {
    if (part.length) this.parts.push(part)
  }

  /** The text to post (copied by postMessage), or the objects. */
  pack(): Packed {
    if (!this.asText) return (this.parts as CliMessage[][]).flat()
    return this.parts.join('\n')
  }
}

/** Groups parsed per batch: their findings are reported before the next batch is made. */
const BATCH_GROUPS = 64

/**
 * Reports a task's findings in file order, a batch at a time, with file positions and record
 * indexes shifted by a range's start.
 */
export function unpackTo(found: Packed, emit: (ms: CliMessage[]) => void, lineBase = 0, indexBase = 0): void {
  if (typeof found !== 'string') {
    if (found.length) emit(shift(found, lineBase, indexBase))
    return
  }
  let out: CliMessage[] = []
  let groups = 0
  for (let at = 0; at < found.length; ) {
    let end = found.indexOf('\n', at)
    if (end === -1) end = found.length
    const group = JSON.parse(found.slice(at, end)) as [RecordInfo, ...CliMessage[]]
    at = end + 1
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
      emit(out)
      out = []
      groups = 0
    }
  }
  if (out.length) emit(out)
}

/** A task's findings as one list (see unpackTo). */
export function unpack(found: Packed, lineBase = 0, indexBase = 0): CliMessage[] {
  const out: CliMessage[] = []
  unpackTo(found, (ms) => out.push(...ms), lineBase, indexBase)
  return out
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
