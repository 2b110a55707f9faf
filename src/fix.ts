import type { LintMessage } from './types.js'

/**
 * Applies non-overlapping fixes, left to right; a fix overlapping an earlier one waits for
 * the next pass. Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const fixes = messages
    .flatMap((m) => (m.fix ? [m.fix] : []))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let cursor = 0
  let applied = 0
  for (const f of fixes) {
    if (f.start < cursor) continue
    out += text.slice(cursor, f.start) + f.text
    cursor = f.end
    applied++
  }
  return { output: applied ? out + text.slice(cursor) : text, applied }
}
