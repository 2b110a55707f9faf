#!/usr/bin/env node
// Trains the statistical scorer's weights from the dev pool (the experiment of
// fixtures/eval/SCORER.md; the scorer is not part of the library).
//
//   npm run build && node scripts/scorer/train.mjs [--out <file>]   default .real/scorer-weights.json
//   node scripts/scorer/train.mjs --check [--out <file>]            retrain and compare with the file
//
// The file format is the one the library integration validated at load (commit d7a0c20 on
// branch scorer, src/scorer/index.ts): bucket ids as gaps, weights as integers at `scale`.
//
// Data: every labelled set in fixtures/eval/ (blind sets with the findings the rules made at
// their first sight, fixtures/eval/scorer/first-sight.jsonl; the rest with today's findings),
// the lexicon specs (positives/negatives of their own rule), and the real replies of .real/
// (node scripts/real/rebuild.mjs) as clean negatives at weight 0.3. Per rule: thresholds from
// leave-one-author-out scores over the blind sets (the lowest score ≥ 0.5 at which additions are
// ≥ 90% right, the highest below 0.5 at which vetoes are ≥ 80% right), then one model on all the
// data, its largest weights kept. Deterministic: same data, same bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES, root, loadLib, loadPool, loadSpecs, loadReal, lintAll } from './data.mjs'
import { featureNames, hashFeatures, trainLR, score, prune, BITS } from './model.mjs'

export const OPTIONS = { addPrecision: 0.9, vetoPrecision: 0.8, minAdd: 0.5, realWeight: 0.3, keep: 500, scale: 1000 }
const SEVERITY = 'warning'

const labelOf = (it, rule) => (it.known && it.known !== rule ? null : it.labels.has(rule) ? 1 : 0)

function fit(items, rule, o) {
  const xs = [], ys = [], ws = []
  for (const it of items) {
    const y = labelOf(it, rule)
    if (y === null) continue
    xs.push(it.x); ys.push(y); ws.push(it.set === 'real' ? o.realWeight : 1)
  }
  return prune(trainLR(xs, ys, ws), o.keep, o.scale)
}

/** Thresholds from out-of-fold scores (see loao.mjs, which measures this choice). */
export function chooseThresholds(oof, o = OPTIONS) {
  const add = oof.filter((r) => !r.flag).sort((a, b) => b.s - a.s || a.k - b.k)
  let tAdd = null, tp = 0, n = 0
  for (const r of add) { n++; tp += r.y; if (r.s < o.minAdd) break; if (tp / n >= o.addPrecision && tp >= 3) tAdd = r.s }
  const veto = oof.filter((r) => r.flag).sort((a, b) => a.s - b.s || a.k - b.k)
  let tVeto = null, neg = 0; n = 0
  for (const r of veto) { n++; neg += 1 - r.y; if (r.s > 0.5) break; if (neg / n >= o.vetoPrecision && neg >= 3) tVeto = r.s + 1e-9 }
  const round = (t) => (t === null ? null : Math.round(t * 1e6) / 1e6)
  return { add: round(tAdd), veto: round(tVeto) }
}

/**
 * The weights file for `items` ({set, labels:Set, known, x:Int32Array, flagged:Set}); `sets`
 * are the author sets the thresholds are cross-validated over.
 */
export function buildWeights(items, sets, o = OPTIONS, rules = RULES, trainedOn = '') {
  const out = { format: 1, bits: BITS, scale: o.scale, trainedOn, rules: {} }
  for (const rule of rules) {
    const oof = []
    for (const Y of sets) {
      const m = fit(items.filter((it) => it.set !== Y), rule, o)
      items.forEach((it, k) => { if (it.set === Y) { const y = labelOf(it, rule); if (y !== null) oof.push({ s: score(m, it.x), y, flag: it.flagged.has(rule), k }) } })
    }
    const th = chooseThresholds(oof, o)
    if (th.add === null && th.veto === null) continue
    const m = fit(items, rule, o)
    out.rules[rule] = { bias: m.b, add: th.add, veto: th.veto, severity: SEVERITY, gaps: m.buckets.map((b, i) => (i ? b - m.buckets[i - 1] : b)), weights: m.weights }
  }
  return out
}

/** The dev pool as training items (features: model.mjs, without word classes). */
export async function loadTrainingItems(lib) {
  const ctx = { norm: (t) => lib.normalize(t).text }
  const pool = loadPool(), specs = loadSpecs(), real = loadReal()
  const all = lintAll(lib, [...pool, ...specs, ...real])
  const fsPath = join(root, 'fixtures/eval/scorer/first-sight.jsonl')
  const first = new Map(readFileSync(fsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [`${r.set}:${r.line}`, r.findings]))
  const line = new Map()
  for (const it of all) {
    const k = (line.get(it.set) ?? 0) + 1
    line.set(it.set, k)
    const f = first.get(`${it.set}:${k}`)
    if (/^[a-z]$/.test(it.set) && !f) throw new Error(`train: ${it.set}:${k} has no first-sight findings; run node scripts/scorer/first-sight.mjs`)
    if (f) {
      it.findings = f.map(([ruleId, severity]) => ({ ruleId, severity }))
      it.flagged = new Set(f.filter(([, s]) => s !== 'info').map(([r]) => r))
    }
    it.x = hashFeatures(featureNames(it, ctx))
  }
  return { all, sets: [...line.keys()].filter((s) => /^[a-z]$/.test(s)).sort(), realCount: real.length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = await loadLib()
  const { all, sets, realCount } = await loadTrainingItems(lib)
  if (!realCount) console.error('train: .real/jddc.jsonl is missing (node scripts/real/rebuild.mjs); training without real negatives')
  const trainedOn = `fixtures/eval (${all.filter((i) => i.set !== 'real' && i.set !== 'specs').length} labelled replies, blind sets ${sets.join('')}), ${all.filter((i) => i.set === 'specs').length} lexicon spec lines, ${realCount} real replies as negatives`
  const weights = buildWeights(all, sets, OPTIONS, RULES, trainedOn)
  const text = JSON.stringify(weights) + '\n'
  const outArg = process.argv.indexOf('--out')
  const path = outArg >= 0 ? process.argv[outArg + 1] : join(root, '.real/scorer-weights.json')
  if (process.argv.includes('--check')) {
    const same = existsSync(path) && readFileSync(path, 'utf8') === text
    console.log(same ? `train: ${path} is what this data trains` : `train: ${path} differs from what this data trains`)
    process.exitCode = same ? 0 : 1
  } else {
    writeFileSync(path, text)
    for (const [id, m] of Object.entries(weights.rules)) console.log(`${id}: add ${m.add ?? '—'} veto ${m.veto ?? '—'} ${m.weights.length} weights`)
    console.log(`wrote ${path} (${text.length} bytes)`)
  }
}
