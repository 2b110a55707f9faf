import type { CliMessage, RecordInfo } from '../types.js'

/**
 * A finding as json, jsonl and SARIF write it. The reply's text (and, with --with-previous, the
 * customer's turn before it) is written once, with the reply's first finding; the reply's later
 * findings carry its record without them, and refer to it by `record.index`. A report therefore
 * grows with the input, not with the input times its findings.
 */
export class RecordWriter {
  private file: string | undefined
  private index = -1

  /** The record to write with this finding. */
  record(file: string, m: CliMessage): RecordInfo {
    const r = m.record
    const first = file !== this.file || r.index !== this.index
    this.file = file
    this.index = r.index
    if (first || (r.text === undefined && r.previous === undefined)) return r
    const out: Record<string, unknown> = {}
    for (const k in r) if (k !== 'text' && k !== 'previous') out[k] = (r as unknown as Record<string, unknown>)[k]
    return out as unknown as RecordInfo
  }
}

/** The message as the library gives it, with file positions and its record. */
export const findingJson = (m: CliMessage, record: RecordInfo): string => JSON.stringify(m.record === record ? m : { ...m, record })
