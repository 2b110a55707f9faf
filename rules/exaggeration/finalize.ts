import type { Finding } from '../../src/types.js'

/** The rule's finalize: a claim read twice, or widened over another, is reported once. */

/** Judges and constructions may widen spans (销量第一 and 销量第一名 become one): report each claim once. */
export function finalize(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings
  const rank = (f: Finding) => (f.severity === 'error' ? 2 : f.severity === 'warning' ? 1 : 0)
  // By start, the widest and most severe first; a sweep then drops whatever lies inside.
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || rank(b) - rank(a))
  // Two constructions may read one claim from different anchors (皮肤白一个度 / 白一个度,
  // 医院推荐 / 医院指定用): a finding that overlaps one already kept is the same claim.
  let reach = -1
  return sorted.filter((f) => {
    if (f.start < reach) return false
    reach = f.end
    return true
  })
}
