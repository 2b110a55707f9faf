import { clauseStart } from '../../src/context/text.js'
import type { Finding, LintContext } from '../../src/types.js'

/**
 * Context checks shared by the compliance and tone rules (off-platform, review-manipulation,
 * competitor-disparagement, curt-reply). They read the rule's own lexicon `cues`, so every
 * word list stays in YAML; each check looks at a bounded window around one hit.
 */
export type Span = readonly [number, number]

/** The first cue of `name` that lies wholly within [from, to). */
export function firstCue(ctx: LintContext, name: string, from: number, to: number): Span | undefined {
  let best: Span | undefined
  for (const c of ctx.cues(name)) {
    if (c[0] < from || c[1] > to) continue
    // Nearest first; of two starting together, the longer word (返现 over 返).
    if (!best || c[0] < best[0] || (c[0] === best[0] && c[1] > best[1])) best = c
  }
  return best
}

/** The last cue of `name` that lies wholly within [from, to). */
export function lastCue(ctx: LintContext, name: string, from: number, to: number): Span | undefined {
  let best: Span | undefined
  for (const c of ctx.cues(name)) {
    if (c[0] < from || c[1] > to) continue
    // Nearest first; of two ending together, the longer word (其他家 over 他家).
    if (!best || c[1] > best[1] || (c[1] === best[1] && c[0] < best[0])) best = c
  }
  return best
}

/**
 * Whether a refusal or warning cue (`cue`) governs the phrase starting at `start`: it ends at
 * most `reach` characters before it, in the same clause, and no `resume` cue stands between
 * (不方便的话加我微信 — the condition is over and the invitation stands).
 */
export function refusedBefore(ctx: LintContext, start: number, cue: string, resume: string, reach: number): boolean {
  const from = clauseStart(ctx.text, start)
  for (const [s, e] of ctx.cues(cue)) {
    if (s < from || e > start || start - e > reach) continue
    if (!ctx.hasCue(resume, e, start)) return true
  }
  return false
}

/** Overlapping or touching findings of one rule describe one expression: report it once. */
export function mergeOverlapping(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Finding[] = []
  for (const f of sorted) {
    const last = out[out.length - 1]
    if (last && f.start <= last.end) {
      if (f.end > last.end) last.end = f.end
    } else out.push({ ...f })
  }
  return out
}
