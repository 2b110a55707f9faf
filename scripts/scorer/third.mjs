#!/usr/bin/env node
// The third scorer experiment (sixteenth session, lane sc16): the second attempt's additions-only
// design (scripts/scorer/additions.mjs; fixtures/eval/SCORER.md) with
//  1. every CJK string literal of test/ and every lexicon spec `pass` line as a training negative
//     for each rule today's rules do not flag it for (the suite is the spec of what must not be
//     flagged); test literals also form two out-of-fold groups, so an addition on one counts as
//     a wrong addition when a threshold is chosen;
//  2. the gates shared with the rules (src/scorer/gates.ts, bundled by gates.mjs): no addition
//     where the clause whose n-grams weigh most is asked, negated, advice, a mention, or where
//     its sentence has the shop owning a fault. Thresholds are chosen with the gates on; each
//     held-out candidate records which gates hold, so table3.mjs can show each gate's cost.
//
//   node scripts/scorer/third.mjs [--keep 2000] [--only a,b] [--json out.json] [--epochs 6]
//        [--no-test-negatives] [--real-check] [--final --out weights.json]
// V is never loaded (data.mjs).
import { writeFileSync } from 'node:fs'
import { RULES, loadLib, loadPool, loadSpecs, loadReal, loadTestStrings, lintAll } from './data.mjs'
import { score } from './model.mjs'
import { loadGates } from './gates.mjs'
import { experimentOptions, realLabels, applyFirstSight, makeExperiment, finalOrRealCheck } from './experiment.mjs'

const argv = process.argv.slice(2)
const o = experimentOptions(argv)
const { opt, K, TEST_NEG, GATED } = o

const lib = await loadLib()
const G = await loadGates()
const norm = (t) => lib.normalize(t).text

const pool = loadPool()
const specs = loadSpecs()
const tests = TEST_NEG ? loadTestStrings() : []
const real = loadReal()
const { realLab, full } = realLabels(RULES)
const all = [...pool, ...specs, ...tests, ...real]
lintAll(lib, all)
const fsRows = applyFirstSight(pool)
const blindSets = [...new Set(pool.map((p) => p.set))].filter((s) => /^[a-z]$/.test(s) && [...fsRows.keys()].some((k) => k.startsWith(`${s}:`))).sort()
console.error(`items ${all.length} (test literals ${tests.length}); blind ${blindSets.join('')}`)

const x = makeExperiment({ all, norm, G, o, realLab, full })
const { allowedWithout, train, refit, explain, nearDups, thresholds, xOfFor } = x

if (!(await finalOrRealCheck({ x, argv, o, RULES, all, real, sets: blindSets, realLab, full, trainedOn: 'scripts/scorer/third.mjs' }))) {
  const only = opt('--only', null)?.split(',')
  const res = []
  for (const X of blindSets) {
    if (only && !only.includes(X)) continue
    const t0 = Date.now()
    const dups = nearDups([X])
    const allowed = allowedWithout([X])
    const xOf = xOfFor(allowed)
    const trainPool = all.filter((it, i) => it.set !== X && !dups.has(i))
    const inner = blindSets.filter((s) => s !== X)
    const row = { set: X, rules: {} }
    for (const rule of RULES) {
      const [th, thG] = thresholds(trainPool, inner, rule, xOf, allowed)
      const mk = refit(trainPool, rule, xOf, train(trainPool, rule, xOf))
      const st = { pos: 0, tpR: 0, fpR: 0, th, thG, cand: [] }
      for (const it of all) {
        if (it.set !== X) continue
        const y = it.labels.has(rule), f = it.flagged.has(rule)
        st.pos += y; st.tpR += y && f; st.fpR += !y && f
        if (f || th === null) continue
        const s = score(mk, xOf(it))
        if (s < th) continue
        // A candidate addition: y, whether it clears the real-guarded threshold, the gates on it.
        const ex = explain(mk, it, allowed)
        st.cand.push([y ? 1 : 0, thG !== null && s >= thG ? 1 : 0, ex.bits, +s.toFixed(3), it.text, it.t.slice(ex.cs, ex.ce)])
      }
      row.rules[rule] = st
    }
    res.push(row)
    console.error(`${X}: ${dups.size} near-dups, ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    if (opt('--json', null)) writeFileSync(opt('--json', null), JSON.stringify({ keep: K, testNegatives: TEST_NEG, gated: GATED, res }, null, 0))
  }
}
