#!/usr/bin/env node
// The second scorer experiment (twelfth session): additions only, real replies with reviewer
// labels in training, features pruned to those seen in several sources, rules at first sight.
//
//   node scripts/scorer/additions.mjs [--keep 500,1000,0] [--min-sources 3] [--real-weight 0.3]
//        [--epochs 8] [--only a,b] [--add-precision 0.9] [--real-check] [--json out.json]
//
// Per held-out blind set X (one author each, a–u; V is never loaded):
//  - training data: every other blind set, holdout, replies, lexicon specs (their own rule only),
//    real JDDC replies: reviewer verdicts (flags.jsonl) and miss-sample labels (misses*.jsonl) as
//    positives and negatives at weight 1, unlabelled real replies as negatives at --real-weight
//    (unless today's rules flag them for that rule: then unknown), minus X's near-duplicates;
//  - features: hashed char 1–3-grams of the normalised reply, 1–2-grams of the previous turn, a
//    length bucket, the rules' own findings (info included); n-grams kept only when seen in
//    ≥ --min-sources sources (blind sets, holdout, replies, specs, real) other than X; then the
//    --keep largest weights per rule;
//  - the rules' findings on each blind set are those of its first-sight build
//    (fixtures/eval/scorer/first-sight.jsonl), elsewhere today's;
//  - threshold per rule (additions only): lowest score ≥ 0.5 at which out-of-fold additions are
//    ≥ --add-precision right (≥ 3 right), out-of-fold over 4 groups of the other blind sets plus
//    two halves of the real replies (unlabelled real counted as negatives); none = no additions;
//  - score X: a rule's finding stays; an addition where the rule has none and score ≥ threshold.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES, root, loadLib, loadPool, loadSpecs, loadReal, lintAll } from './data.mjs'
import { featureNames, hashFeatures, trainLabelled, score, prune, chooseAddThreshold, BITS } from './model.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt }
const ADD_P = Number(opt('--add-precision', '0.9'))
const MIN_ADD = Number(opt('--min-add', '0.5'))
const REAL_W = Number(opt('--real-weight', '0.3'))
const REAL_LW = Number(opt('--real-label-weight', '1'))
const MIN_SRC = Number(opt('--min-sources', '3'))
const KEEPS = opt('--keep', '0').split(',').map(Number)
const EPOCHS = Number(opt('--epochs', '8'))
const DUP = Number(opt('--dup', '0.6'))
const noRealLabels = argv.includes('--no-real-labels')
const noReal = argv.includes('--no-real')

const lib = await loadLib()
const norm = (t) => lib.normalize(t).text
const ctx = { norm, useFindings: !argv.includes('--no-findings') }

const pool = loadPool()
const specs = loadSpecs()
const real = noReal ? [] : loadReal()
// Real labels: id → Map(rule → 0/1); `full` = a miss-sample line (every rule judged).
const realLab = new Map()
const full = new Set()
if (!noRealLabels) {
  const rd = (f) => readFileSync(join(root, 'fixtures/eval/real', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  for (const f of ['misses.jsonl', 'misses-2.jsonl', 'misses-3.jsonl', 'misses-4.jsonl', 'misses-5.jsonl']) {
    for (const r of rd(f)) { full.add(r.id); const m = realLab.get(r.id) ?? new Map(); for (const rule of RULES) if (!m.has(rule)) m.set(rule, r.rules.includes(rule) ? 1 : 0); realLab.set(r.id, m) }
  }
  for (const r of rd('flags.jsonl')) { const m = realLab.get(r.id) ?? new Map(); m.set(r.rule, r.verdict === 'upheld' ? 1 : 0); realLab.set(r.id, m) }
}
const all = [...pool, ...specs, ...real]
lintAll(lib, all)
// First-sight findings for the blind sets.
const fs = new Map()
for (const l of readFileSync(join(root, 'fixtures/eval/scorer/first-sight.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l); fs.set(`${r.set}:${r.line}`, r.findings)
}
const lineNo = new Map()
let fsCount = 0
for (const it of pool) {
  const n = (lineNo.get(it.set) ?? 0) + 1; lineNo.set(it.set, n)
  const f = fs.get(`${it.set}:${n}`)
  if (f) { fsCount++; it.findings = f.map(([ruleId, severity]) => ({ ruleId, severity })); it.flagged = new Set(f.filter(([, s]) => s !== 'info').map(([r]) => r)) }
}
const blindSets = [...new Set(pool.map((p) => p.set))].filter((s) => /^[a-z]$/.test(s) && [...fs.keys()].some((k) => k.startsWith(`${s}:`))).sort()
console.error(`items ${all.length}; first-sight findings on ${fsCount} replies of ${blindSets.join('')}; real labelled ${realLab.size}`)

// Sources: each blind set, holdout, replies, specs, real.
const srcNames = [...new Set(all.map((it) => it.set))].sort()
const srcBit = new Map(srcNames.map((s, i) => [s, i]))
const srcMask = new Uint32Array(1 << BITS)
const isNgram = (n) => n[0] === 'c' || n[0] === 'p'
const alwaysKeep = new Uint8Array(1 << BITS)
for (const it of all) {
  const names = featureNames(it, ctx)
  it.x = hashFeatures(names)
  const mask = (1 << BITS) - 1
  const b = 1 << srcBit.get(it.set)
  for (const n of names) { const h = fnv(n) & mask; srcMask[h] |= b; if (!isNgram(n)) alwaysKeep[h] = 1 }
}
function fnv(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0 } return h >>> 0 }
const popc = (v) => { v = v - ((v >>> 1) & 0x55555555); v = (v & 0x33333333) + ((v >>> 2) & 0x33333333); return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24 }
function allowedWithout(X) {
  const a = new Uint8Array(1 << BITS)
  const drop = X ? ~(1 << srcBit.get(X)) : ~0
  for (let h = 0; h < a.length; h++) a[h] = alwaysKeep[h] || popc(srcMask[h] & drop) >= MIN_SRC ? 1 : 0
  return a
}
const filt = (x, allowed) => x.filter((h) => allowed[h])

// label and weight of an item for a rule; null = unknown
function lw(it, rule) {
  if (it.set === 'specs') return it.known === rule ? [it.labels.has(rule) ? 1 : 0, 1] : null
  if (it.set === 'real') {
    const m = realLab.get(it.id)
    if (m?.has(rule)) return [m.get(rule), REAL_LW]
    if (full.has(it.id)) return [0, REAL_LW]
    if (it.flagged.has(rule)) return null
    return [0, REAL_W]
  }
  return [it.labels.has(rule) ? 1 : 0, 1]
}
function train(items, rule, xOf) {
  return trainLabelled(items, (it) => lw(it, rule), xOf, EPOCHS)
}
// Prune and refit: the K largest weights of the full model, then a model trained on those
// features alone (magnitude pruning of an L2 model without refitting loses the gain: SCORER.md).
function refit(items, rule, xOf, m, K) {
  if (!K) return m
  const keep = new Uint8Array(1 << BITS)
  for (const j of prune(m, K).buckets) keep[j] = 1
  const m2 = train(items, rule, (it) => xOf(it).filter((h) => keep[h]))
  return prune(m2, K)
}
const chooseThreshold = (oof) => chooseAddThreshold(oof, ADD_P, MIN_ADD)
const realHalf = (it) => (fnv(it.id.split(':')[0]) & 1)
const groupOf = (it, inner) => {
  if (it.set === 'real') return `real${realHalf(it)}`
  const k = inner.indexOf(it.set)
  return k >= 0 ? `g${k % 4}` : null
}

// Near-duplicates of a held-out set (character trigram Jaccard ≥ DUP), as loao.mjs.
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
    for (const [j, c] of shared) { if (all[j].set === set) continue; if (c / (it.g.size + all[j].g.size - c) >= DUP) out.add(j) }
  })
  return out
}

/** Out-of-fold scores over groups of `trainPool`, one model per group and rule, every keep size. */
function thresholds(trainPool, inner, rule, xOf) {
  const groups = [...new Set(trainPool.map((it) => groupOf(it, inner)).filter(Boolean))].sort()
  const oof = Object.fromEntries(KEEPS.map((k) => [k, []]))
  for (const g of groups) {
    const tp = trainPool.filter((it) => groupOf(it, inner) !== g)
    const m = train(tp, rule, xOf)
    for (const k of KEEPS) {
      const mk = refit(tp, rule, xOf, m, k)
      for (const it of trainPool) {
        if (groupOf(it, inner) !== g) continue
        const l = lw(it, rule); if (!l) continue
        oof[k].push({ s: score(mk, xOf(it)), y: l[0], flag: it.flagged.has(rule), real: it.set === 'real' })
      }
    }
  }
  return Object.fromEntries(KEEPS.map((k) => [k, chooseThreshold(oof[k])]))
}

const only = opt('--only', null)?.split(',')
const res = Object.fromEntries(KEEPS.map((k) => [k, []]))
const added = []
if (argv.includes('--final')) {
  // The model that would ship: trained on everything, guarded thresholds from out-of-fold groups;
  // writes the weights file (gaps + integer weights, as the d7a0c20 format) and lists every
  // addition on CJK string literals of test/ (a must-not-flag test that would start failing).
  const { gzipSync } = await import('node:zlib')
  const { readdirSync } = await import('node:fs')
  const K = KEEPS[0]
  const allowed = allowedWithout(null)
  const xc = new Map(); const xOf = (it) => { let v = xc.get(it); if (!v) { v = filt(it.x, allowed); xc.set(it, v) } return v }
  const rules = {}
  const models = {}
  for (const rule of RULES) {
    const [t0, tg] = thresholds(all, blindSets, rule, xOf)[K]
    const m = refit(all, rule, xOf, train(all, rule, xOf), K)
    const p = m.buckets ? m : prune(m, 1 << BITS)
    models[rule] = { m, th: tg }
    console.error(`${rule}: threshold ${t0?.toFixed(3) ?? '—'}, real-guarded ${tg?.toFixed(3) ?? '—'}`)
    rules[rule] = { bias: p.b, add: tg === null ? null : +tg.toFixed(4), gaps: p.buckets.map((b, i) => (i ? b - p.buckets[i - 1] : b)), weights: p.weights }
  }
  const json = JSON.stringify({ format: 2, bits: BITS, scale: 1000, trainedOn: 'scripts/scorer/additions.mjs --final', rules })
  const outPath = opt('--out', '/tmp/scorer-weights.json')
  writeFileSync(outPath, json)
  console.log(`weights ${outPath}: ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} gzip -9; rules with a threshold: ${RULES.filter((r) => rules[r].add !== null).join(', ')}`)
  // test strings
  const strs = new Set()
  for (const f of readdirSync(join(root, 'test')).filter((f) => f.endsWith('.ts'))) {
    const src = readFileSync(join(root, 'test', f), 'utf8')
    for (const m of src.matchAll(/'([^'\\\n]*[\u4e00-\u9fff][^'\\\n]*)'|"([^"\\\n]*[\u4e00-\u9fff][^"\\\n]*)"|`([^`\\\n$]*[\u4e00-\u9fff][^`\\\n$]*)`/g)) strs.add(m[1] ?? m[2] ?? m[3])
  }
  const items = [...strs].map((text) => ({ set: 'test', text, labels: new Set() }))
  lintAll(lib, items)
  let n = 0
  for (const it of items) {
    const x = filt(hashFeatures(featureNames(it, ctx)), allowed)
    for (const rule of RULES) {
      const { m, th } = models[rule]
      if (th === null || it.flagged.has(rule)) continue
      const s = score(m, x)
      if (s >= th) { n++; console.log(JSON.stringify({ test: true, rule, s: +s.toFixed(3), text: it.text })) }
    }
  }
  console.log(`test strings ${items.length}: ${n} additions`)
  // in-sample real additions (the shipped model on the replies it was trained on)
  let r = 0
  for (const it of real) for (const rule of RULES) {
    const { m, th } = models[rule]
    if (th === null || it.flagged.has(rule)) continue
    const s = score(m, xOf(it))
    if (s >= th) { r++; console.log(JSON.stringify({ real: true, id: it.id, rule, s: +s.toFixed(3), label: realLab.get(it.id)?.get(rule) ?? (full.has(it.id) ? 0 : null), text: it.text, previous: it.previous })) }
  }
  console.log(`real replies ${real.length}: ${r} additions (in-sample)`)
} else if (!argv.includes('--real-check')) {
  for (const X of blindSets) {
    if (only && !only.includes(X)) continue
    const t0 = Date.now()
    const dups = nearDups(X)
    const allowed = allowedWithout(X)
    const xc = new Map(); const xOf = (it) => { let v = xc.get(it); if (!v) { v = filt(it.x, allowed); xc.set(it, v) } return v }
    const trainPool = all.filter((it, i) => it.set !== X && !dups.has(i))
    const inner = blindSets.filter((s) => s !== X)
    const row = Object.fromEntries(KEEPS.map((k) => [k, { set: X, rules: {} }]))
    for (const rule of RULES) {
      const th = thresholds(trainPool, inner, rule, xOf)
      const m = train(trainPool, rule, xOf)
      for (const k of KEEPS) {
        const mk = refit(trainPool, rule, xOf, m, k)
        const st = { pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0, tpG: 0, fpG: 0, th: th[k][0], thG: th[k][1] }
        for (const it of all) {
          if (it.set !== X) continue
          const y = it.labels.has(rule), f = it.flagged.has(rule)
          const s = score(mk, xOf(it))
          const d = f || (th[k][0] !== null && s >= th[k][0])
          const dg = f || (th[k][1] !== null && s >= th[k][1])
          st.pos += y; st.tpR += y && f; st.fpR += !y && f; st.tpS += y && d; st.fpS += !y && d; st.tpG += y && dg; st.fpG += !y && dg
          if (d && !f) added.push({ set: X, rule, keep: k, guarded: dg, correct: y, s: +s.toFixed(3), text: it.text, previous: it.previous })
        }
        row[k].rules[rule] = st
      }
    }
    for (const k of KEEPS) res[k].push(row[k])
    console.error(`${X}: ${dups.size} near-dups, ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    // Each fold as it finishes (a long run can be read, or merged by table2.mjs, before it ends).
    if (opt('--json', null)) writeFileSync(opt('--json', null), JSON.stringify({ res, added }, null, 1))
  }
  const f3 = (n, d) => (d ? (n / d).toFixed(3) : '—')
  for (const k of KEEPS) {
    console.log(`\n### keep ${k || 'all'} per rule, min sources ${MIN_SRC}\n`)
    console.log('| set | pos | rules P / R | rules+scorer P / R | rules+scorer, real-guarded P / R |\n| --- | ---: | --- | --- | --- |')
    const Z = () => ({ pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0, tpG: 0, fpG: 0 })
    const tot = Object.fromEntries(RULES.map((r) => [r, Z()]))
    const g = Z()
    const line = (name, m) => `| ${name} | ${m.pos} | ${f3(m.tpR, m.tpR + m.fpR)} / ${f3(m.tpR, m.pos)} | ${f3(m.tpS, m.tpS + m.fpS)} / ${f3(m.tpS, m.pos)} | ${f3(m.tpG, m.tpG + m.fpG)} / ${f3(m.tpG, m.pos)} |`
    for (const r of res[k]) {
      const m = Z()
      for (const rule of RULES) for (const q of Object.keys(m)) { m[q] += r.rules[rule][q]; tot[rule][q] += r.rules[rule][q]; g[q] += r.rules[rule][q] }
      console.log(line(r.set, m))
    }
    console.log(line('**all, micro**', g))
    console.log('\n| rule | pos | rules P / R | rules+scorer P / R | real-guarded P / R |\n| --- | ---: | --- | --- | --- |')
    for (const rule of RULES) console.log(line(rule, tot[rule]))
    console.log(`\nadditions ${g.tpS - g.tpR + g.fpS - g.fpR} (${g.tpS - g.tpR} right); real-guarded ${g.tpG - g.tpR + g.fpG - g.fpR} (${g.tpG - g.tpR} right)`)
  }
  const out = opt('--json', null)
  if (out) writeFileSync(out, JSON.stringify({ res, added }, null, 1))
} else {
  // Real check, cross-fitted by session halves: each half of the real replies is scored by a model
  // trained on every labelled set and the other half; thresholds from groups over everything.
  const K = KEEPS[0]
  const allowed = allowedWithout(null)
  const xc = new Map(); const xOf = (it) => { let v = xc.get(it); if (!v) { v = filt(it.x, allowed); xc.set(it, v) } return v }
  const out = []
  for (const rule of RULES) {
    const [t0, tg] = thresholds(all, blindSets, rule, xOf)[K]
    const th = argv.includes('--unguarded') ? t0 : tg
    console.error(`${rule}: threshold ${t0?.toFixed(3) ?? '—'}, real-guarded ${tg?.toFixed(3) ?? '—'}`)
    if (th === null) continue
    for (const h of [0, 1]) {
      const tp = all.filter((it) => it.set !== 'real' || realHalf(it) !== h)
      const m = refit(tp, rule, xOf, train(tp, rule, xOf), K)
      for (const it of real) {
        if (realHalf(it) !== h || it.flagged.has(rule)) continue
        const s = score(m, xOf(it))
        if (s >= th) out.push({ id: it.id, rule, s: +s.toFixed(3), label: realLab.get(it.id)?.get(rule) ?? (full.has(it.id) ? 0 : null), text: it.text, previous: it.previous })
      }
    }
  }
  console.log(`real additions ${out.length}: labelled right ${out.filter((o) => o.label === 1).length}, labelled wrong ${out.filter((o) => o.label === 0).length}, unlabelled ${out.filter((o) => o.label === null).length}`)
  for (const o of out) console.log(JSON.stringify(o))
}
