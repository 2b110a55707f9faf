import type { CliMessage, FileResult, FileSummary, RecordInfo, Severity, Totals } from '../types.js'

export type { Totals }

/** Adds a finished file to the run's totals. */
export function addTotals(t: Totals, s: FileSummary): void {
  t.files++
  t.replies += s.replies
  if (s.errors.length) t.broken++
  t.errors += s.counts.error
  t.warnings += s.counts.warning
  t.infos += s.counts.info
}

export const noTotals = (): Totals => ({ errors: 0, warnings: 0, infos: 0, broken: 0, replies: 0, files: 0 })

export function countsOf(messages: readonly CliMessage[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 }
  for (const m of messages) c[m.severity]++
  return c
}

/** A collected result (cache, --fix) as the summary its findings end with. */
export function summaryOf(r: FileResult): FileSummary {
  const s: FileSummary = { file: r.file, replies: r.replies, errors: r.errors, counts: countsOf(r.messages) }
  if (r.agents) s.agents = r.agents
  if (r.fixed) s.fixed = true
  return s
}

export function totals(results: readonly FileResult[]): Totals {
  const t = noTotals()
  for (const r of results) addTotals(t, summaryOf(r))
  return t
}

/**
 * Where a finding is, as people look for it: `line:column` in a text file; in a workbook the
 * cell in A1 notation (`售后!B3`, what Excel's Name Box and Go To take), whose sheet and row
 * therefore need no repeating.
 */
export function findingLocation(m: Pick<CliMessage, 'line' | 'column' | 'record'>): string {
  return m.record.cell ?? `${m.line}:${m.column}`
}

/** Where a reply sits in its file, for people: row 3 · 售后 · 小美 2024-1-2 10:11:12; in a workbook, the character in the cell. */
export function describeRecord(r: RecordInfo, column?: number): string {
  const parts: string[] = []
  if (r.cell !== undefined) {
    if (column !== undefined) parts.push(`char ${column}`)
  } else {
    if (r.sheet) parts.push(r.sheet)
    if (r.row !== undefined) parts.push(`row ${r.row}`)
  }
  if (r.group) parts.push(r.group)
  if (r.code) parts.push(r.code)
  const who = [r.speaker, r.time].filter(Boolean).join(' ')
  if (who) parts.push(who)
  return parts.join(' · ')
}

/**
 * Control characters from transcripts and file names made visible (`\x1B`), so a reply or a
 * file name cannot retitle the terminal, ring its bell or move the cursor. Tabs and line breaks
 * stay; a carriage return, which would overwrite the line, does not.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
const CONTROLS = new RegExp(CONTROL.source, 'g')
export const visible = (s: string): string =>
  CONTROL.test(s) ? s.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : s
