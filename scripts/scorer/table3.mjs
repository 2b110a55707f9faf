#!/usr/bin/env node
// Tables of the third attempt from third.mjs --json runs: per held-out set and per rule, micro
// P / R of rules alone, + scorer (all gates; real-guarded), and each gate's cost: the additions
// and their precision with that gate off (the others on) and with no gate at all.
//   node scripts/scorer/table3.mjs out-*.json [--md]
import { readFileSync } from 'node:fs'

const GATES = ['question', 'negation', 'advice', 'mention', 'fault', 'same']
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'))
// A fold run by two processes counts once.
const seen = new Set()
const rows = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).res).filter((r) => !seen.has(r.set) && seen.add(r.set)).sort((a, b) => a.set.localeCompare(b.set))
// --regate: the gates on each candidate judged again with today's src/scorer/gates.ts (the span
// found by its text in the normalised reply; negation read from the span's start).
if (process.argv.includes('--regate')) {
  const { loadGates } = await import('./gates.mjs')
  const { loadLib } = await import('./data.mjs')
  const G = await loadGates()
  const lib = await loadLib()
  for (const r of rows) for (const st of Object.values(r.rules)) for (const c of st.cand) {
    const t = lib.normalize(c[4]).text
    const cs = Math.max(0, t.indexOf(c[5]))
    G.startReply(t); G.startMentions(t)
    c[2] = G.gateBits(t, cs, Math.max(cs + c[5].length, cs + 1), cs)
  }
}
const f3 = (n, d) => (d ? (n / d).toFixed(3) : '—')
// An addition under gate mask `on` (bits of gates that block), guarded or not.
const counts = (st, on, guarded) => {
  let tp = 0, fp = 0
  for (const [y, g, bits] of st.cand) { if (guarded && !g) continue; if (bits & on) continue; if (y) tp++; else fp++ }
  return [tp, fp]
}
// Every gate blocks (six gates since act.same; an earlier ALL = 31 left `same` out of the tables).
const ALL = (1 << GATES.length) - 1
const Z = () => ({ pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0, tpG: 0, fpG: 0 })
const add = (m, st) => {
  const [a, b] = counts(st, ALL, false), [c, d] = counts(st, ALL, true)
  m.pos += st.pos; m.tpR += st.tpR; m.fpR += st.fpR; m.tpS += st.tpR + a; m.fpS += st.fpR + b; m.tpG += st.tpR + c; m.fpG += st.fpR + d
}
const line = (name, m) => `| ${name} | ${m.pos} | ${f3(m.tpR, m.tpR + m.fpR)} / ${f3(m.tpR, m.pos)} | ${f3(m.tpS, m.tpS + m.fpS)} / ${f3(m.tpS, m.pos)} | ${f3(m.tpG, m.tpG + m.fpG)} / ${f3(m.tpG, m.pos)} |`
const rules = Object.keys(rows[0].rules)
console.log(`${rows.length} folds: ${rows.map((r) => r.set).join('')}\n`)
console.log('| held-out set | positives | rules alone P / R | + scorer P / R | + scorer, real-guarded P / R |\n| --- | ---: | --- | --- | --- |')
const g = Z(); const per = Object.fromEntries(rules.map((r) => [r, Z()]))
for (const r of rows) { const m = Z(); for (const rule of rules) { add(m, r.rules[rule]); add(g, r.rules[rule]); add(per[rule], r.rules[rule]) } console.log(line(r.set, m)) }
console.log(line('**all folds, micro**', g))
console.log('\n| rule (all folds) | positives | rules alone P / R | + scorer P / R | + scorer, real-guarded P / R | folds with a threshold (guarded) | guarded additions right / wrong |\n| --- | ---: | --- | --- | --- | ---: | --- |')
for (const rule of rules) {
  const th = rows.filter((r) => r.rules[rule].th !== null).length, tg = rows.filter((r) => r.rules[rule].thG !== null).length
  const m = per[rule]
  console.log(`${line(rule, m)} ${th} (${tg}) | +${m.tpG - m.tpR} / +${m.fpG - m.fpR} |`)
}
// Gate costs (real-guarded thresholds, chosen with every gate on).
const tot = (on, guarded) => { let tp = 0, fp = 0; for (const r of rows) for (const rule of rules) { const [a, b] = counts(r.rules[rule], on, guarded); tp += a; fp += b } return [tp, fp] }
const pos = g.pos, tpR = g.tpR, fpR = g.fpR
const cell = (on) => { const [tp, fp] = tot(on, true); return `${tp + fp} (${tp} right) | ${f3(tpR + tp, tpR + tp + fp + fpR)} / ${f3(tpR + tp, pos)}` }
console.log('\n| gates (real-guarded thresholds) | additions | micro P / R |\n| --- | --- | --- |')
console.log(`| all ${GATES.length} | ${cell(ALL)} |`)
GATES.forEach((name, i) => console.log(`| all but ${name} | ${cell(ALL & ~(1 << i))} |`))
console.log(`| none | ${cell(0)} |`)
if (process.argv.includes('--wrong')) for (const r of rows) for (const rule of rules) for (const c of r.rules[rule].cand) if (!c[0] && c[1] && !c[2]) console.log(`wrong ${r.set} ${rule} ${c[3]} ${c[4]} [${c[5]}]`)
