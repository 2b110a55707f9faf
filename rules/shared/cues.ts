import { clauseStart } from '../../src/context/text.js'
import type { Finding, LintContext } from '../../src/types.js'
import { cuesWithin, type Span } from '../../src/context/cues.js'
import { isANotA } from '../../src/context/negation.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'

const NOT = normalizePhrase('不')

/**
 * Context checks shared by the compliance and tone rules (off-platform, review-manipulation,
 * competitor-disparagement, curt-reply). They read the rule's own lexicon `cues`, so every
 * word list stays in YAML, and each looks only at a bounded window around one hit: cue spans
 * come sorted by end, so a window is a binary search plus the spans inside it, and a long
 * reply with thousands of hits stays linear.
 */
/**
 * Start of a run of touching or overlapping cues of `name` that begins before `start` and
 * reaches it: 外面 + 那些便宜的 are one subject. Looks back at most `reach` characters.
 */
export function runStart(ctx: LintContext, name: string, start: number, reach: number): number {
  for (let grown = true; grown; ) {
    grown = false
    for (const [s, e] of cuesWithin(ctx, name, Math.max(0, start - reach), start + reach)) {
      if (s < start && e >= start) {
        start = s
        grown = true
      }
    }
  }
  return start
}

/** End of a run of touching or overlapping cues of `name` reaching past `end`, up to `limit`. */
export function runEnd(ctx: LintContext, names: readonly string[], end: number, limit: number): number {
  for (let grown = true; grown; ) {
    grown = false
    for (const name of names) {
      for (const [s, e] of cuesWithin(ctx, name, Math.max(0, end - 8), limit)) {
        if (s <= end && e > end) {
          end = e
          grown = true
        }
      }
    }
  }
  return end
}

/**
 * Whether a refusal or warning cue (`cue`) governs the phrase starting at `start`: it ends at
 * most `reach` characters before it, in the same clause, and no `resume` cue stands between
 * (不方便的话加我微信 — the condition is over and the invitation stands). The clause is the engine's:
 * a space typed for a comma ends it too (拍下别付款 我发您收款码: 别 refuses the payment, not the
 * code that follows).
 */
export function refusedBefore(
  ctx: LintContext,
  start: number,
  cue: string,
  resume: string,
  reach: number,
  options: { questionsAsk?: boolean } = {},
): boolean {
  const from = Math.max(clauseStart(ctx.text, start), start - reach - 8)
  for (const [s, e] of cuesWithin(ctx, cue, from, start)) {
    if (start - e > reach || ctx.hasCue(resume, e, start)) continue
    // With questionsAsk, 能不能/可不可以 is a question, not a refusal.
    if (options.questionsAsk && askedNotRefused(ctx.text, s)) continue
    return true
  }
  return false
}

/** Whether the refusal cue at `cueStart` (不…, 不能…) is the 不 of an A-not-A question. */
function askedNotRefused(text: string, cueStart: number): boolean {
  const neg = text[cueStart] === NOT ? cueStart : text[cueStart + 1] === NOT ? cueStart + 1 : -1
  return neg > 0 && isANotA(text, neg)
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
