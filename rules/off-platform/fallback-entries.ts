import type { Finding } from '../../src/types.js'
import { lowerBound } from '../../src/match/bisect.js'

/**
 * The class entries (kinds ending in `Op`: appReachOp, payMeOp…) enumerate channels and payments as
 * classes. They are a fallback: where an older entry already reports the same words, its finding and
 * span stand, so the class entries only add findings, never reshape one.
 */
export function dropShadowedFallbacks(findings: Finding[], kindOf: (f: Finding) => string): Finding[] {
  const fallback = (f: Finding) => kindOf(f).endsWith('Op')
  if (!findings.some(fallback)) return findings
  // mend31 (speed): sorted and swept, not all pairs (n log n however many findings a long reply has).
  const overlaps = overlapIndex(findings.filter((g) => !fallback(g)))
  return findings.filter((f) => !fallback(f) || !overlaps(f.start, f.end))
}

/**
 * mend31: whether any of `spans` overlaps [start, end) (s < end && e > start), asked in O(log n) after an O(n log n) sort:
 * the spans by start, with the running greatest end, so the spans starting before `end` reach past `start` exactly when
 * the greatest end among them does.
 */
export function overlapIndex(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const starts = sorted.map((g) => g.start)
  const maxEnd: number[] = []
  for (let i = 0, m = -Infinity; i < sorted.length; i++) maxEnd.push((m = Math.max(m, sorted[i]!.end)))
  return (start, end) => {
    // The count of spans starting before `end`.
    const before = lowerBound(starts, end)
    return before > 0 && maxEnd[before - 1]! > start
  }
}

/** The older construction-free entries' phrases (normalised), for shadowedByOlder. */
let older: Set<string> | undefined
let longest = 0

/**
 * Whether an older entry's phrase lies inside [start, end): a fallback finding there would swallow the
 * older one (the engine drops findings contained in another), so the fallback gives way. Read only for
 * the fallback kinds' findings, which are rare; at most ~span²/2 set lookups each.
 */
export function shadowedByOlder(text: string, start: number, end: number, entries: readonly { tags: readonly string[]; phrases: readonly string[]; construction?: unknown }[], normalize: (p: string) => string): boolean {
  if (!older) {
    older = new Set()
    for (const e of entries) {
      // Only entries that report their phrase as it stands (no construction to satisfy).
      if (e.tags[0]!.endsWith('Op') || e.construction !== undefined) continue
      for (const p of e.phrases) {
        if (p.startsWith('@')) continue
        const n = normalize(p)
        if (!n) continue
        older.add(n)
        if (n.length > longest) longest = n.length
      }
    }
  }
  for (let i = start; i < end; i++) for (let j = i + 2; j <= Math.min(end, i + longest); j++) if (older.has(text.slice(i, j))) return true
  return false
}
