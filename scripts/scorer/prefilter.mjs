// The scorer's pre-filter derivation (weights.json `triggers`, `pairs`, `starts`, `ends`, `light`,
// `lightMin` per rule), shared by scripts/scorer/triggers.mjs (the shipped filter) and
// scripts/scorer/sixth.mjs (the same derivation per fold, to check it out of fold).
//
// One rule, given its n-gram weights (`weightOf(gram)`, gram a string over ^text$) and the
// normalised texts that reach its threshold without the rule flagging them (`over`):
// - m: the smallest, over `over`, of a text's heaviest n-gram holding a real character;
// - one tier (heavy = 1): every n-gram of weight ≥ m is a pusher; each gives its rarest adjacent
//   pair, or its one character — anchored (`starts` / `ends`) when the n-gram is ^X or X$;
// - two tiers (heavy = h > 1): only n-grams ≥ h·m are pushers; an `over` text holding none of them
//   must pass by the light sum instead: the summed 1-gram weights of the distinct characters whose
//   1-gram weighs ≥ light·m (`light`), at least `lightMin` (the smallest such sum over those texts).
// Either way every `over` text passes (exact where derived); the two tiers let fewer others through.

/** Character n-grams (1–3) of ^t$. */
export function grams(t) {
  const s = `^${t}$`
  const out = new Set()
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n))
  return out
}
/** The real characters of an n-gram (without its ^ / $ anchors). */
export const realChars = (g) => [...g].filter((c, i) => !((c === '^' && i === 0) || (c === '$' && i === g.length - 1)))

/** Counts of characters and adjacent pairs over normalised texts (rarest pair / character first). */
export function counts(texts) {
  const chars = new Map()
  const pairs = new Map()
  for (const t of texts) {
    for (const c of t) chars.set(c, (chars.get(c) ?? 0) + 1)
    for (let k = 0; k + 1 < t.length; k++) pairs.set(t.slice(k, k + 2), (pairs.get(t.slice(k, k + 2)) ?? 0) + 1)
  }
  return { chars, pairs }
}

/** The heaviest n-gram weight of `t` that holds a real character (−Infinity for none). */
export function topWeight(t, weightOf) {
  let top = -Infinity
  for (const g of grams(t)) {
    if (!realChars(g).length) continue
    const w = weightOf(g)
    if (w !== undefined && w > top) top = w
  }
  return top
}

/**
 * The pre-filter of one rule. `vocab`: every n-gram of the texts it is derived on; `count`:
 * counts(texts); `heavy` ≥ 1 and `light` < heavy: the tiers as factors of m (above).
 */
export function derivePrefilter({ weightOf, vocab, over, count, heavy = 1, light = 0, anchor = true }) {
  const m = Math.min(...over.map((t) => topWeight(t, weightOf)))
  const pf = { m, single: new Set(), pairs: new Set(), starts: new Set(), ends: new Set(), light: new Map(), lightMin: null }
  if (!over.length) return pf
  const floor = m * heavy
  for (const g of vocab) {
    const cs = realChars(g)
    if (!cs.length) continue
    const w = weightOf(g)
    if (w === undefined || w < floor) continue
    const core = cs.join('')
    if (core.length < 2) {
      ;(anchor && g.length > 1 ? (g[0] === '^' ? pf.starts : pf.ends) : pf.single).add(core)
      continue
    }
    const ps = [...Array(core.length - 1).keys()].map((k) => core.slice(k, k + 2))
    pf.pairs.add(ps.reduce((a, p) => ((count.pairs.get(p) ?? 0) < (count.pairs.get(a) ?? 0) ? p : a)))
  }
  // A character that triggers anywhere needs no anchored entry.
  for (const c of pf.single) {
    pf.starts.delete(c)
    pf.ends.delete(c)
  }
  if (heavy > 1) {
    for (const g of vocab) {
      if (g.length !== 1 || g === '^' || g === '$') continue
      const w = weightOf(g)
      // A heavy character passes anyway (the texts left to the light tier hold none).
      if (w !== undefined && w >= m * light && w > 0 && !pf.single.has(g)) pf.light.set(g, w)
    }
    const rest = over.filter((t) => !heavyPasses(pf, t))
    pf.lightMin = rest.length ? Math.min(...rest.map((t) => lightSum(pf, t))) : null
    // No text needed the light tier: it stays off (lightMin null lets nothing through by it).
  }
  return pf
}

const heavyPasses = (pf, t) =>
  t.length > 0 &&
  (pf.starts.has(t[0]) || pf.ends.has(t[t.length - 1]) || [...t].some((c) => pf.single.has(c)) || [...Array(Math.max(0, t.length - 1)).keys()].some((k) => pf.pairs.has(t.slice(k, k + 2))))

/** The summed weights of the distinct light characters of `t`. */
export function lightSum(pf, t) {
  let s = 0
  for (const c of new Set(t)) s += pf.light.get(c) ?? 0
  return s
}

/** Whether the pre-filter lets the normalised reply `t` through (what Scorer.wants does). */
export function passes(pf, t) {
  return heavyPasses(pf, t) || (pf.lightMin !== null && t.length > 0 && lightSum(pf, t) >= pf.lightMin)
}
