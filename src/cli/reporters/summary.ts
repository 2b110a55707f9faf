import type { FileResult } from '../types.js'

/** Counts every report prints or acts on (exit code, --max-warnings). */
export interface Totals {
  errors: number
  warnings: number
  infos: number
  /** Files with read/parse problems. */
  broken: number
  replies: number
  files: number
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, broken: 0, replies: 0, files: results.length }
  for (const r of results) {
    t.replies += r.replies
    if (r.errors.length) t.broken++
    for (const m of r.messages) {
      if (m.severity === 'error') t.errors++
      else if (m.severity === 'warning') t.warnings++
      else t.infos++
    }
  }
  return t
}

/** Where a reply sits in its file, for people: row 3 · 售后 · 小美 2024-1-2 10:11:12. */
export function describeRecord(r: FileResult['messages'][number]['record']): string {
  const parts: string[] = []
  if (r.sheet) parts.push(r.sheet)
  if (r.row !== undefined) parts.push(`row ${r.row}`)
  if (r.group) parts.push(r.group)
  if (r.code) parts.push(r.code)
  const who = [r.speaker, r.time].filter(Boolean).join(' ')
  if (who) parts.push(who)
  return parts.join(' · ')
}
