#!/usr/bin/env node
// Leave-one-author-out experiment for the statistical scorer (issue 8, item 5).
//
//   node scripts/scorer/loao.mjs [--add-precision 0.9] [--veto-precision 0.8] [--no-real] [--no-specs]
//                                [--no-classes] [--no-findings] [--only a,b] [--json out.json]
//
// For each blind set X (one author each): train per-rule logistic regressions on everything else
// (other blind sets, holdout, replies, lexicon specs, real replies as clean negatives) minus the
// near-duplicates of X's replies, choose each rule's thresholds on out-of-fold scores of the other
// blind sets (inner leave-one-author-out), then score X with rules alone and rules + scorer.
// A measurement, not a test.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { RULES, root, loadLib, loadPool, loadSpecs, loadReal, lintAll } from './data.mjs'
import { featureNames, hashFeatures, trainLR, score, prune } from './model.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt }
const ADD_P = Number(opt('--add-precision', '0.9'))
const VETO_P = Number(opt('--veto-precision', '0.8'))
const MIN_ADD = Number(opt('--min-add', '0.5'))
const REAL_W = Number(opt('--real-weight', '0.3'))
const useReal = !argv.includes('--no-real')
const useSpecs = !argv.includes('--no-specs')
const useClasses = !argv.includes('--no-classes')
const useFindings = !argv.includes('--no-findings')
const noVeto = argv.includes('--no-veto')
const noAdd = argv.includes('--no-add')
const DUP = Number(opt('--dup', '0.6'))
const KEEP = Number(opt('--keep', '0')) // 0: no pruning

const lib = await loadLib()
const norm = (t) => lib.normalize(t).text
let classes
if (useClasses) {
  const doc = YAML.parse(readFileSync(join(root, 'src/vocab/classes.yaml'), 'utf8'))
  const list = Object.entries(doc.classes).map(([k, v]) => [k, (v.words ?? []).filter((w) => typeof w === 'string').map(norm)])
  classes = (t) => list.filter(([, ws]) => ws.some((w) => w && t.includes(w))).map(([k]) => k)
}
const ctx = { norm, classes, useFindings }

const pool = loadPool()
const specs = useSpecs ? loadSpecs() : []
const real = useReal ? loadReal() : []
const all = [...pool, ...specs, ...real]
// --hist: each fold X is scored with the rules as they were at X's first sight (the build that
// had never seen X, under /tmp/scorer-hist/<commit>/dist), and the scorer is trained on that
// build's findings too; without it every fold uses the current build (rules already tuned on a–g).
const HIST = { a: '00416cf', b: 'eb4f7f1', c: 'bf6d48d', d: 'bf6d48d', e: '4491227', g: '4491227', f: 'ff57d13' }
const useHist = argv.includes('--hist')
const builds = new Map()
// --first-sight: every blind set's replies carry the findings of the build that had not seen them
// (its first-sight build), everything else the current build's: the scorer learns what rules miss
// on an author they have not seen, which is its job on new text. One assignment for all folds.
const firstSight = argv.includes('--first-sight')
if (firstSight) {
  lintAll(lib, all)
  const bySet = new Map()
  for (const it of all) if (HIST[it.set]) { if (!bySet.has(HIST[it.set])) bySet.set(HIST[it.set], []); bySet.get(HIST[it.set]).push(it) }
  for (const [key, items] of bySet) lintAll(await import(`/tmp/scorer-hist/${key}/dist/node.js`), items)
  for (const it of all) it.x = hashFeatures(featureNames(it, ctx))
  builds.set('current', all.map((it) => ({ findings: it.findings, flagged: it.flagged, x: it.x })))
}
async function useBuild(set) {
  const key = useHist && HIST[set] ? HIST[set] : 'current'
  if (!builds.has(key)) {
    const l = key === 'current' ? lib : await import(`/tmp/scorer-hist/${key}/dist/node.js`)
    lintAll(l, all)
    builds.set(key, all.map((it) => ({ findings: it.findings, flagged: it.flagged, x: hashFeatures(featureNames(it, ctx)) })))
  }
  builds.get(key).forEach((b, i) => Object.assign(all[i], b))
}
const blindSets = [...new Set(pool.map((p) => p.set))].filter((s) => /^[a-z]$/.test(s)).sort()
const only = opt('--only', null)?.split(',')

// Near-duplicates: character trigram Jaccard ≥ DUP with any reply of the held-out set.
const grams = (t) => { const s = new Set(); const n = norm(t); for (let i = 0; i + 3 <= n.length; i++) s.add(n.slice(i, i + 3)); if (n.length < 3) s.add(n); return s }
for (const it of all) it.g = grams(it.text)
const index = new Map()
all.forEach((it, i) => { for (const g of it.g) { if (!index.has(g)) index.set(g, []); index.get(g).push(i) } })
function nearDups(set) {
  const out = new Set()
  all.forEach((it, i) => {
    if (it.set !== set) return
    const shared = new Map()
    for (const g of it.g) { const l = index.get(g); if (l.length > 400) continue; for (const j of l) shared.set(j, (shared.get(j) ?? 0) + 1) }
    for (const [j, c] of shared) { if (all[j].set === set) continue; const jac = c / (it.g.size + all[j].g.size - c); if (jac >= DUP) out.add(j) }
  })
  return out
}

const labelOf = (it, rule) => (it.known && it.known !== rule ? null : it.labels.has(rule) ? 1 : 0)
function train(items, rule) {
  const xs = [], ys = [], ws = []
  for (const it of items) {
    const y = labelOf(it, rule)
    if (y === null) continue
    xs.push(it.x); ys.push(y); ws.push(it.set === 'real' ? REAL_W : 1)
  }
  const m = trainLR(xs, ys, ws)
  return KEEP ? prune(m, KEEP) : m
}

// Threshold for additions: the lowest t ≥ MIN_ADD at which replies the rules leave unflagged and
// the model scores ≥ t are positives at rate ≥ ADD_P (out-of-fold). Veto: the highest t at which
// rule flags scoring < t are negatives at rate ≥ VETO_P. null = no threshold meets the bar.
function chooseThresholds(oof) {
  const add = oof.filter((o) => !o.flag).sort((a, b) => b.s - a.s)
  let tAdd = null, tp = 0, n = 0
  for (const o of add) { n++; tp += o.y; if (o.s < MIN_ADD) break; if (tp / n >= ADD_P && tp >= 3) tAdd = o.s }
  const veto = oof.filter((o) => o.flag).sort((a, b) => a.s - b.s)
  let tVeto = null, neg = 0; n = 0
  for (const o of veto) { n++; neg += 1 - o.y; if (o.s > 0.5) break; if (neg / n >= VETO_P && neg >= 3) tVeto = o.s + 1e-12 }
  return { tAdd, tVeto }
}

/** Thresholds from out-of-fold scores: each author in `sets` scored by a model trained on the rest of `pool`. */
function thresholdsOver(pool, sets, rule) {
  const oof = []
  for (const Y of sets) {
    const m = train(pool.filter((it) => it.set !== Y), rule)
    for (const it of pool) if (it.set === Y) oof.push({ s: score(m, it.x), y: labelOf(it, rule), flag: it.flagged.has(rule) })
  }
  return chooseThresholds(oof)
}

const decide = (flag, s, th) => (flag ? !(th.tVeto !== null && !noVeto && s < th.tVeto) : th.tAdd !== null && !noAdd && s >= th.tAdd)

const rows = []
const added = []
for (const X of blindSets) {
  if (argv.includes("--real-check") || (only && !only.includes(X))) continue
  const dups = nearDups(X)
  await useBuild(X)
  const trainPool = all.filter((it, i) => it.set !== X && !dups.has(i))
  const inner = blindSets.filter((s) => s !== X)
  const res = { set: X, dropped: dups.size, rules: {} }
  for (const rule of RULES) {
    const th = thresholdsOver(trainPool, inner, rule)
    const m = train(trainPool, rule)
    const st = { pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0, th }
    for (const it of all) {
      if (it.set !== X) continue
      const y = it.labels.has(rule), f = it.flagged.has(rule), s = score(m, it.x), d = decide(f, s, th)
      st.pos += y; st.tpR += y && f; st.fpR += !y && f; st.tpS += y && d; st.fpS += !y && d
      if (d !== f) added.push({ set: X, rule, kind: d ? 'add' : 'veto', correct: d === y, s: +s.toFixed(3), text: it.text, previous: it.previous })
    }
    res.rules[rule] = st
  }
  rows.push(res)
  console.error(`${X}: done (${dups.size} near-duplicates dropped)`)
}

// --real-check: the shipped configuration (trained on every labelled set) applied to real traffic,
// cross-fitted: real replies are split in two halves by id; each half is scored by a model that
// saw only the other half as negatives. Every reply the scorer newly flags is listed for review.
if (argv.includes('--real-check')) {
  await useBuild('h')
  const half = (it) => (parseInt(it.id.split(':').pop(), 10) % 2)
  const labelled = all.filter((it) => it.set !== 'real')
  const realNew = []
  for (const rule of RULES) {
    const th = thresholdsOver(all, blindSets, rule)
    for (const h of [0, 1]) {
      const m = train([...labelled, ...real.filter((it) => half(it) !== h)], rule)
      for (const it of real) {
        if (half(it) !== h) continue
        const f = it.flagged.has(rule), s = score(m, it.x), d = decide(f, s, th)
        if (d !== f) realNew.push({ id: it.id, rule, kind: d ? 'add' : 'veto', s: +s.toFixed(3), text: it.text, previous: it.previous })
      }
    }
    console.error(`real-check ${rule}: t_add ${th.tAdd?.toFixed(3) ?? '—'} t_veto ${th.tVeto?.toFixed(3) ?? '—'}`)
  }
  const flaggedBefore = real.filter((it) => it.flagged.size).length
  const addIds = new Set(realNew.filter((r) => r.kind === 'add').map((r) => r.id))
  const newlyFlagged = [...addIds].filter((id) => !real.find((it) => it.id === id).flagged.size).length
  console.log(`real replies: ${real.length}; flagged by rules ${flaggedBefore}; scorer adds ${realNew.filter((r) => r.kind === 'add').length} flags on ${addIds.size} replies (${newlyFlagged} previously unflagged), vetoes ${realNew.filter((r) => r.kind === 'veto').length}`)
  for (const r of realNew) console.log(JSON.stringify(r))
  process.exit(0)
}

const f3 = (n, d) => (d ? (n / d).toFixed(3) : '—')
console.log(`| set | rule | pos | rules P / R | rules+scorer P / R | t_add | t_veto |`)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
const tot = Object.fromEntries(RULES.map((r) => [r, { pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0 }]))
for (const r of rows) {
  let m = { pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0 }
  for (const rule of RULES) {
    const s = r.rules[rule]
    for (const k of Object.keys(m)) { m[k] += s[k]; tot[rule][k] += s[k] }
    if (argv.includes('--per-rule')) console.log(`| ${r.set} | ${rule} | ${s.pos} | ${f3(s.tpR, s.tpR + s.fpR)} / ${f3(s.tpR, s.pos)} | ${f3(s.tpS, s.tpS + s.fpS)} / ${f3(s.tpS, s.pos)} | ${s.th.tAdd?.toFixed(3) ?? '—'} | ${s.th.tVeto?.toFixed(3) ?? '—'} |`)
  }
  console.log(`| ${r.set} | **micro** | ${m.pos} | ${f3(m.tpR, m.tpR + m.fpR)} / ${f3(m.tpR, m.pos)} | ${f3(m.tpS, m.tpS + m.fpS)} / ${f3(m.tpS, m.pos)} | | |`)
}
let g = { pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0 }
for (const rule of RULES) {
  const s = tot[rule]
  for (const k of Object.keys(g)) g[k] += s[k]
  console.log(`| all | ${rule} | ${s.pos} | ${f3(s.tpR, s.tpR + s.fpR)} / ${f3(s.tpR, s.pos)} | ${f3(s.tpS, s.tpS + s.fpS)} / ${f3(s.tpS, s.pos)} | | |`)
}
console.log(`| all | **micro** | ${g.pos} | ${f3(g.tpR, g.tpR + g.fpR)} / ${f3(g.tpR, g.pos)} | ${f3(g.tpS, g.tpS + g.fpS)} / ${f3(g.tpS, g.pos)} | | |`)
const ca = added.filter((a) => a.kind === 'add'), cv = added.filter((a) => a.kind === 'veto')
console.log(`\nadditions ${ca.length} (${ca.filter((a) => a.correct).length} right), vetoes ${cv.length} (${cv.filter((a) => a.correct).length} right)`)
const out = opt('--json', null)
if (out) writeFileSync(out, JSON.stringify({ rows, added }, null, 1))
