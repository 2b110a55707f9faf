import type { CliMessage, RecordInfo } from './types.js'

/**
 * Findings as a worker hands them back: one UTF-8 JSON buffer (moved, not copied, to the main
 * thread), each record written once however many findings it has. Cheaper than structured
 * cloning objects, and the main thread only parses what it reports.
 */
interface Packed {
  records: RecordInfo[]
  /** Messages with `record` replaced by the index of their record in `records`. */
  findings: Array<Omit<CliMessage, 'record'> & { record: number }>
}

export class FindingPacker {
  private readonly records: RecordInfo[] = []
  private readonly findings: Packed['findings'] = []
  private last: RecordInfo | undefined

  add(ms: readonly CliMessage[]): void {
    for (const m of ms) {
      if (m.record !== this.last) {
        this.last = m.record
        this.records.push(m.record)
      }
      // The finding is not used again in the worker: its record becomes a reference.
      ;(m as unknown as { record: number }).record = this.records.length - 1
      this.findings.push(m as unknown as Packed['findings'][number])
    }
  }

  get count(): number {
    return this.findings.length
  }

  /** The buffer to transfer (its ArrayBuffer is detached by postMessage). */
  pack(): Uint8Array {
    return new TextEncoder().encode(JSON.stringify({ records: this.records, findings: this.findings } satisfies Packed))
  }
}

/** Findings from a packed buffer, with file positions and record indexes shifted by a range's start. */
export function unpack(bytes: Uint8Array, lineBase = 0, indexBase = 0): CliMessage[] {
  if (bytes.length === 0) return []
  const packed = JSON.parse(new TextDecoder().decode(bytes)) as Packed
  if (indexBase) for (const r of packed.records) r.index += indexBase
  const out = packed.findings as unknown as CliMessage[]
  for (const f of out) {
    f.record = packed.records[f.record as unknown as number]!
    if (lineBase) {
      f.line += lineBase
      f.endLine += lineBase
    }
  }
  return out
}
