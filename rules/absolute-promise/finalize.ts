/**
 * The findings of one reply together: one finding per span where constructions overlap (onePerSpan), one example per
 * clause that softens every promise in it, and a pledge's example carrying the outcome it vouches for.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseStart } from '../../src/context/text.js'
import { editOf, editsOf, previewOf } from './edit.js'
import { dropsAlone } from './suggest.js'

// Two promises in one clause (我保证明天一定到): each example rewrite softens both, or the
// rewrite would still promise.
export function finalizeFindings(findings: Finding[], ctx: LintContext): Finding[] {
  if (findings.length < 2) return findings
  // Constructions generated from word classes (V不C: outcome.use.* × outcome.result.*) overlap the older
  // hand-listed ones (摔不碎 is both): one finding per span, the most severe.
  findings = onePerSpan(findings)
  if (findings.length < 2) return findings
  const { text } = ctx
  const byClause = new Map<number, Finding[]>()
  for (const f of findings) {
    if (f.entry.tags.includes('answer')) continue
    const key = clauseStart(text, f.start)
    const group = byClause.get(key)
    if (group) group.push(f)
    else byClause.set(key, [f])
  }
  for (const group of byClause.values()) {
    if (group.length < 2) continue
    // After a softened verb (保证 → 争取) a second adverb is simply dropped: 争取明天到.
    const sorted = [...group].sort((a, b) => a.start - b.start)
    let verbBefore = false
    const list = sorted.flatMap((f) => {
      const dropped = verbBefore && f.entry.tags.includes('adverb')
      if (f.entry.tags.includes('verb')) verbBefore = true
      return dropped ? [{ ...editOf(f, ctx), text: '' }] : editsOf(f, ctx)
    })
    const preview = previewOf(ctx, list)
    for (const f of group) f.data = { ...f.data, preview }
  }
  // A pledge said as a clause of its own after the outcome (压不坏的，放一百个心): a bare 放心 would
  // still vouch for that outcome (and, answering 会不会压坏, is a promise by itself), so the pledge's
  // example carries the outcome clause with its own rewrite too (一般压不坏的，放心).
  // The findings by where they end, to pick those before a pledge without a pass over all of them per pledge: on a
  // long reply of many promises (a pasted block, a flood) that pass and its slices made lint cubic in the length.
  const byEnd = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.end - b.f.end)
  for (const p of findings) {
    // …and so does a certainty word said as a clause of its own (明天一定到，绝对): its example is the clause before, rewritten.
    if (!p.entry.tags.includes('pledge') && !dropsAlone(text, p)) continue
    const cs = clauseStart(text, p.start)
    // ap23: …also with a clause of description between them, in one sentence (不会中毒的，安全无毒，放一百个心): the
    // pledge still vouches for that outcome, so its example carries the outcome's rewrite across the clause between.
    // The sentence is read back from the pledge's clause at most PRIOR_REACH characters: an example is one sentence.
    let from = cs
    for (const floor = Math.max(0, cs - PRIOR_REACH); from > floor && !SENTENCE_STOP.test(text[from - 1]!); ) from--
    const prior: { f: Finding; i: number }[] = []
    for (let k = lowerBound(byEnd, from); k < byEnd.length && byEnd[k]!.f.end <= cs; k++) if (byEnd[k]!.f !== p) prior.push(byEnd[k]!)
    prior.sort((a, b) => a.i - b.i)
    if (prior.length) p.data = { ...p.data, preview: previewOf(ctx, [...prior.map((x) => x.f), p].flatMap((f) => editsOf(f, ctx))) }
  }
  return findings
}

const RANK = { info: 0, warning: 1, error: 2 } as const
/**
 * One finding per claim: two constructions that read the same words (摔不碎 by the listed verbs and by the
 * generated classes; 机洗不褪色 and 洗不褪色) keep the most severe, then the longest. Only implicit findings
 * overlap so; two promise words next to each other (保证一定) stay two findings.
 */
function onePerSpan(findings: Finding[]): Finding[] {
  // Each implicit finding meets only those it overlaps, found by start among the implicit ones (not every later
  // finding: a reply of thousands of promises made that pass quadratic), and in the findings' own order as before.
  const implicit: { f: Finding; i: number }[] = []
  let longest = 0
  findings.forEach((f, i) => {
    if (!f.entry.tags.includes('implicit')) return
    implicit.push({ f, i })
    longest = Math.max(longest, f.end - f.start)
  })
  if (implicit.length < 2) return findings
  const byStart = [...implicit].sort((x, y) => x.f.start - y.f.start || x.i - y.i)
  const at = new Map(byStart.map((x, k) => [x.f, k]))
  const drop = new Set<Finding>()
  for (const { f: a, i } of implicit) {
    if (drop.has(a)) continue
    const k = at.get(a)!
    const overlapping: { f: Finding; i: number }[] = []
    for (let m = k - 1; m >= 0 && byStart[m]!.f.start > a.start - longest; m--) overlapping.push(byStart[m]!)
    for (let m = k + 1; m < byStart.length && byStart[m]!.f.start < a.end; m++) overlapping.push(byStart[m]!)
    overlapping.sort((x, y) => x.i - y.i)
    for (const { f: b, i: j } of overlapping) {
      if (j <= i || drop.has(b) || b.start >= a.end || a.start >= b.end) continue
      const keepA = RANK[a.severity] !== RANK[b.severity] ? RANK[a.severity] > RANK[b.severity] : a.end - a.start >= b.end - b.start
      drop.add(keepA ? b : a)
      if (!keepA) break
    }
  }
  return drop.size ? findings.filter((f) => !drop.has(f)) : findings
}

/** What ends a sentence for a pledge's example (one sentence: 不会中毒的，安全无毒，放一百个心). */
const SENTENCE_STOP = /[。！？!?；;\n]/u
/** How far back from a pledge's clause its example may reach for the promise it vouches for. */
const PRIOR_REACH = 120
/** The first index of `byEnd` (sorted by end) whose finding ends at or after `at`. */
function lowerBound(byEnd: readonly { f: Finding }[], at: number): number {
  let lo = 0
  let hi = byEnd.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byEnd[mid]!.f.end < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
