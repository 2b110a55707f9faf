#!/usr/bin/env node
// Joins the --json outputs of scripts/scorer/additions.mjs runs (folds split over processes)
// into the tables of fixtures/eval/SCORER.md: per set and per rule, rules alone at first sight vs
// rules + scorer additions (threshold from blind + real out-of-fold) and real-guarded.
//
//   node scripts/scorer/table2.mjs out-a.json out-b.json … [--keep 2000] [--adds]
import { readFileSync } from 'node:fs'

const argv = process.argv.slice(2)
const files = argv.filter((a) => a.endsWith('.json'))
const keepArg = argv.includes('--keep') ? argv[argv.indexOf('--keep') + 1] : null
const rows = {}
const added = []
for (const f of files) {
  const j = JSON.parse(readFileSync(f, 'utf8'))
  for (const [k, rs] of Object.entries(j.res)) (rows[k] ??= []).push(...rs)
  added.push(...j.added)
}
const f3 = (n, d) => (d ? (n / d).toFixed(3) : '—')
const Z = () => ({ pos: 0, tpR: 0, fpR: 0, tpS: 0, fpS: 0, tpG: 0, fpG: 0, th: 0, thG: 0 })
const line = (name, m) => `| ${name} | ${m.pos} | ${f3(m.tpR, m.tpR + m.fpR)} / ${f3(m.tpR, m.pos)} | ${f3(m.tpS, m.tpS + m.fpS)} / ${f3(m.tpS, m.pos)} | ${f3(m.tpG, m.tpG + m.fpG)} / ${f3(m.tpG, m.pos)} |`
for (const [k, rs] of Object.entries(rows)) {
  if (keepArg && k !== keepArg) continue
  rs.sort((a, b) => a.set.localeCompare(b.set))
  const rules = Object.keys(rs[0].rules)
  console.log(`\n### ${k === '0' ? 'unpruned' : `${k} weights per rule`} (${rs.length} folds: ${rs.map((r) => r.set).join('')})\n`)
  console.log('| held-out set | positives | rules alone P / R | + scorer P / R | + scorer, real-guarded P / R |\n| --- | ---: | --- | --- | --- |')
  const tot = Object.fromEntries(rules.map((r) => [r, Z()]))
  const g = Z()
  for (const r of rs) {
    const m = Z()
    for (const rule of rules) {
      const s = r.rules[rule]
      for (const q of ['pos', 'tpR', 'fpR', 'tpS', 'fpS', 'tpG', 'fpG']) { m[q] += s[q]; tot[rule][q] += s[q]; g[q] += s[q] }
      tot[rule].th += s.th !== null; tot[rule].thG += s.thG !== null
    }
    console.log(line(r.set, m))
  }
  console.log(line('**all folds, micro**', g))
  console.log('\n| rule (all folds) | positives | rules alone P / R | + scorer P / R | + scorer, real-guarded P / R | folds with a threshold (guarded) |\n| --- | ---: | --- | --- | --- | ---: |')
  for (const rule of rules) console.log(`${line(rule, tot[rule])} ${tot[rule].th} (${tot[rule].thG}) |`)
  console.log(`\nadditions ${g.tpS - g.tpR + g.fpS - g.fpR} (${g.tpS - g.tpR} right); real-guarded ${g.tpG - g.tpR + g.fpG - g.fpR} (${g.tpG - g.tpR} right)`)
}
if (argv.includes('--adds')) for (const a of added) if (!keepArg || String(a.keep) === keepArg) console.log(JSON.stringify(a))
