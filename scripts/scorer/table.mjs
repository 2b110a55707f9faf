#!/usr/bin/env node
// Joins loao.mjs --json outputs (e.g. folds run as separate processes) into one table:
//   node scripts/scorer/table.mjs /tmp/a.json /tmp/b.json …   (a later file's fold replaces an earlier one's)
import { readFileSync } from 'node:fs'
import { RULES } from './data.mjs'
const rows = new Map()
for (const f of process.argv.slice(2)) for (const r of JSON.parse(readFileSync(f, 'utf8')).rows) rows.set(r.set, r)
const f3 = (n, d) => (d ? (n / d).toFixed(3) : '—')
const cell = (s) => `${f3(s.tpR, s.tpR + s.fpR)} / ${f3(s.tpR, s.pos)} | ${f3(s.tpS, s.tpS + s.fpS)} / ${f3(s.tpS, s.pos)}`
const add = (a, s) => { for (const k of ['pos', 'tpR', 'fpR', 'tpS', 'fpS']) a[k] += s[k]; return a }
const zero = () => ({ pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0 })
console.log('| held-out set | positives | rules alone P / R | rules + scorer P / R |')
console.log('| --- | ---: | --- | --- |')
const tot = Object.fromEntries(RULES.map((r) => [r, zero()]))
const all = zero()
for (const [set, r] of [...rows].sort()) {
  const m = zero()
  for (const rule of RULES) { add(m, r.rules[rule]); add(tot[rule], r.rules[rule]) }
  add(all, m)
  console.log(`| ${set} | ${m.pos} | ${cell(m)} |`)
}
console.log(`| **all folds, micro** | ${all.pos} | ${cell(all)} |`)
console.log('\n| rule (all folds) | positives | rules alone P / R | rules + scorer P / R |')
console.log('| --- | ---: | --- | --- |')
for (const rule of RULES) console.log(`| ${rule} | ${tot[rule].pos} | ${cell(tot[rule])} |`)
