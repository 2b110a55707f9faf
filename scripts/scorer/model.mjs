// Feature extraction and logistic regression for the scorer experiment. Plain JS, deterministic
// (FNV-1a hashing, seeded shuffle, fixed epochs), so the same data gives the same weights.

export const BITS = 18

export function fnv1a(s) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

const lenBucket = (n) => (n <= 2 ? n : n <= 4 ? 4 : n <= 8 ? 8 : n <= 16 ? 16 : n <= 32 ? 32 : 64)

/**
 * Feature names of an item: character 1–3-grams of the normalised reply (with ^/$ at the ends),
 * 1–2-grams of the customer's previous turn, a length bucket, the word classes present, and the
 * rules' own findings (rule × severity, all severities: info candidates included).
 */
export function featureNames(item, ctx) {
  const out = new Set()
  const t = ctx.norm(item.text)
  const s = `^${t}$`
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.add(`c${s.slice(i, i + n)}`)
  out.add(`len${lenBucket(t.length)}`)
  if (item.previous !== undefined) {
    const p = ctx.norm(item.previous)
    out.add('prev')
    for (let n = 1; n <= 2; n++) for (let i = 0; i + n <= p.length; i++) out.add(`p${p.slice(i, i + n)}`)
    if (ctx.classes) for (const k of ctx.classes(p)) out.add(`pk${k}`)
  }
  if (ctx.classes) for (const k of ctx.classes(t)) out.add(`k${k}`)
  if (ctx.useFindings !== false) {
    for (const f of item.findings ?? []) {
      out.add(`r${f.ruleId}:${f.severity}`)
      out.add(`r${f.ruleId}`)
    }
  }
  return out
}

export function hashFeatures(names, bits = BITS) {
  const mask = (1 << bits) - 1
  const idx = new Set()
  for (const n of names) idx.add(fnv1a(n) & mask)
  return Int32Array.from([...idx].sort((a, b) => a - b))
}

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** L2-regularised logistic regression, AdaGrad, fixed seed and epochs. xs: Int32Array[]; ys: 0/1; ws: sample weights. */
/** trainLR over the items `labelOf` knows: it gives [label, weight], or null to leave the item out. */
export function trainLabelled(items, labelOf, xOf, epochs) {
  const xs = [], ys = [], ws = []
  for (const it of items) { const l = labelOf(it); if (!l) continue; xs.push(xOf(it)); ys.push(l[0]); ws.push(l[1]) }
  return trainLR(xs, ys, ws, { epochs })
}

export function trainLR(xs, ys, ws, { bits = BITS, epochs = 12, lr = 0.3, l2 = 1e-5, seed = 7 } = {}) {
  const dim = 1 << bits
  const w = new Float64Array(dim)
  const g2 = new Float64Array(dim).fill(1e-8)
  let b = 0, gb = 1e-8
  const order = xs.map((_, i) => i)
  const rand = mulberry32(seed)
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]] }
    for (const i of order) {
      const x = xs[i]
      let z = b
      for (let k = 0; k < x.length; k++) z += w[x[k]]
      const p = 1 / (1 + Math.exp(-z))
      const g = (p - ys[i]) * ws[i]
      for (let k = 0; k < x.length; k++) {
        const j = x[k]
        const gj = g + l2 * w[j]
        g2[j] += gj * gj
        w[j] -= (lr * gj) / Math.sqrt(g2[j])
      }
      gb += g * g
      b -= (lr * g) / Math.sqrt(gb)
    }
  }
  return { w, b }
}

export function score(model, x) {
  let z = model.b
  for (let k = 0; k < x.length; k++) z += model.w[x[k]]
  return 1 / (1 + Math.exp(-z))
}

/**
 * Keeps the `keep` largest weights by magnitude (ties broken by bucket id, so the result is
 * deterministic) and rounds them to integers at `scale`: what the weights file stores.
 */
export function prune(model, keep, scale = 1000) {
  const idx = []
  for (let j = 0; j < model.w.length; j++) if (Math.round(model.w[j] * scale) !== 0) idx.push(j)
  idx.sort((a, b) => Math.abs(model.w[b]) - Math.abs(model.w[a]) || a - b)
  const kept = idx.slice(0, keep).sort((a, b) => a - b)
  const w = new Float64Array(model.w.length)
  for (const j of kept) w[j] = Math.round(model.w[j] * scale) / scale
  return { w, b: Math.round(model.b * scale) / scale, buckets: kept, weights: kept.map((j) => Math.round(model.w[j] * scale)) }
}

/**
 * Additions-only threshold (scripts/scorer/additions.mjs) from out-of-fold scores
 * `{ s, y, flag, real }`: the lowest score ≥ minAdd at which the replies the rule left unflagged
 * and the model scores at least that high are ≥ addP right (≥ 3 right), or null. Then the real
 * guard: the same additions on real replies alone must also be ≥ addP right, else the threshold
 * rises above the highest-scoring real reply where the bar breaks (null above 1).
 * Returns [threshold, real-guarded threshold].
 */
export function chooseAddThreshold(oof, addP = 0.9, minAdd = 0.5) {
  const add = oof.filter((o) => !o.flag).sort((a, b) => b.s - a.s)
  let t = null, tp = 0, n = 0
  for (const o of add) { if (o.s < minAdd) break; n++; tp += o.y; if (tp / n >= addP && tp >= 3) t = o.s }
  if (t === null) return [null, null]
  const r = add.filter((o) => o.real && o.s >= t)
  let g = t, rtp = 0, rn = 0
  for (const o of r) { rn++; rtp += o.y; if (rtp / rn < addP) g = o.s + 1e-9 }
  return [t, g > 1 ? null : g]
}
