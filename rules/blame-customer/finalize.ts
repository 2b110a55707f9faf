/**
 * oneReport, the rule's finalize: one accusation, one report. The shop owning the trouble clears the reply; the
 * scanner's constructions (shapes.ts) stand only alone; context-built spans (cause.ts) widen to what they ask for and
 * give way to a lexicon phrase they overlap or touch; what still overlaps merges into the widest.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { lowerBound } from '../../src/match/bisect.js'
import { WIDE, faultOwned } from './shapes.js'
import { CONTEXT_BUILT, DELINKED, GUESS_BACKED, wantedSpan } from './cause.js'

/**
 * Whether a span overlaps or touches one of `phrases` (您超过鉴赏期 + 才申请 is one accusation): by
 * start, with the furthest end reached so far, so a long reply with many findings stays O(n log n).
 */
function phraseOverlap(phrases: Finding[]): (f: { start: number; end: number }) => boolean {
  const sorted = [...phrases].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const p of sorted) reach.push(Math.max(p.end, reach[reach.length - 1] ?? -1))
  const starts = sorted.map((p) => p.start)
  return (f) => {
    // The phrases starting at or before f.end: those before the first start past it.
    const lo = lowerBound(starts, f.end + 1)
    return lo > 0 && reach[lo - 1]! >= f.start
  }
}

/** bl30: the tags of the scanner's constructions (shapes.ts). */
const SHAPED = new Set(['pointerAsked', 'choiceThrown', 'askReproached', 'shouldFirst', 'frankTurn', 'guessCleared'])

/**
 * One accusation, one report: 是你自己没看清楚 hits 没看 and 没看清; keep the widest. A
 * span read from context (您当时又没备注…) gives way to a lexicon phrase it overlaps or touches, whose
 * span is the one the reviewer knows.
 */
export function oneReport(findings: Finding[], ctx: LintContext): Finding[] {
  // bl30: the shop owning the trouble in so many words (这个是我们物流没安排好，不是您的问题 / 是我们的疏忽) lays nothing on the buyer
  // (sets aw, af, ae).
  if (faultOwned(ctx)) return []
  // bl30: the scanner's constructions (shapes.ts) only when nothing else in the reply was found: one reproach, one report.
  if (findings.some((f) => !SHAPED.has(f.entry.tags[0] ?? ''))) findings = findings.filter((f) => !SHAPED.has(f.entry.tags[0] ?? ''))
  else return findings.slice(0, 1).map((f) => { const [start, end] = WIDE.get(f) ?? [f.start, f.end]; return { ...f, start, end } })
  // bl37: the buyer away or the parcel not fetched (judge `away`) is the setting of a reproach; with another one in the reply
  // (…被退回了，那就得你来承担) that one is the report.
  if (findings.some((f) => f.entry.tags[0] !== 'away')) findings = findings.filter((f) => f.entry.tags[0] !== 'away')
  const built = (f: Finding) => f.entry.tags.some((t) => CONTEXT_BUILT.has(t))
  // One finding (most replies that have any): nothing to overlap or merge.
  if (findings.length === 1) {
    const f = findings[0]!
    if (!built(f)) return [{ ...f }]
    const [start, end] = wantedSpan(f)
    return [{ ...f, start, end }]
  }
  // bl20: what ties a guess to the trouble (…？这样肯定会漏, …，正常穿是不会开胶的) is reported only when the guess itself was not:
  // one finding for the one reproach.
  const firstStart = Math.min(...findings.map((f) => f.start))
  findings = findings.filter((f) => !(f.entry.tags.includes('tiedAfterGuess') && f.start > firstStart && findings.some((g) => g !== f && !g.entry.tags.includes('othersAfterGuess') && g.end <= f.start)))
  // bl29: "it left us fine" standing on a guess about the buyer (书是您孩子撕的吧，我们发货前都检查过的) is reported only when the
  // guess itself was not.
  // (…and any "it left us fine" after another reproach: 肯定是操作有误，机器出厂都测过的 is one.)
  findings = findings.filter((f) => !(GUESS_BACKED.has(f) && findings.some((g) => g !== f && !GUESS_BACKED.has(g))) &&
    !(f.entry.tags.includes('shopWasFine') && findings.some((g) => g !== f && !g.entry.tags.includes('shopWasFine') && g.end <= f.start)))
  // bc27: 现在说 after the buyer's act (nowSaid) only presses home a reproach already found before it: one report.
  findings = findings.filter((f) => !(f.entry.tags.includes('nowSaid') && findings.some((g) => g !== f && g.end <= f.start)))
  // bl22: the cause frame (…造成的, causeMadeBy) is reported only when no other reading of the act found it (是你自己操作不当导致的
  // is the misuse judge's 是你自己操作不当).
  findings = findings.filter((f) => !(f.entry.tags.includes('causeMadeBy') && findings.some((g) => {
    if (g === f) return false
    const [s, e] = wantedSpan(g)
    return s < f.end && f.start < e
  })))
  // bl36: the goods delinked after the buyer clefted (…是您换尿布不够勤，跟纸尿裤没关系) only when no other reading found the cleft.
  findings = findings.filter((f) => !(DELINKED.has(f) && findings.some((g) => {
    if (g === f || DELINKED.has(g)) return false
    const [s, e] = wantedSpan(g)
    const [fs, fe] = wantedSpan(f)
    return s < fe && fs < e
  })))
  if (findings.length === 1) return [{ ...findings[0]!, ...(built(findings[0]!) ? (([start, end]) => ({ start, end }))(wantedSpan(findings[0]!)) : {}) }]
  const overlapsPhrase = phraseOverlap(findings.filter((f) => !built(f)))
  const widened = findings.map((f) => {
    if (!built(f)) return f
    const [start, end] = wantedSpan(f)
    return overlapsPhrase({ start, end }) ? undefined : { ...f, start, end }
  })
  const sorted = widened.filter((f): f is Finding => f !== undefined).sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Finding[] = []
  for (const f of sorted) {
    const last = out[out.length - 1]
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end
      if (f.severity === 'error') last.severity = 'error'
      continue
    }
    out.push({ ...f })
  }
  return out
}
