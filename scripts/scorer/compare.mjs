#!/usr/bin/env node
// Per-rule pooled P/R of the built linter under several `scorer` configs, over groups of eval
// sets (sixth attempt, sc23): what a default change moves, set group by set group, with the
// replies each config adds (right / wrong) listed with --list.
//   node scripts/scorer/compare.mjs [--list] [--rule blame-customer]
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './data.mjs'

const argv = process.argv.slice(2)
const only = argv.includes('--rule') ? argv[argv.indexOf('--rule') + 1] : null
const { createLinter } = await import(pathToFileURL(join(root, 'dist/node.js')).href)
// `both` (sc24): competitor-disparagement and blame-customer, whatever the build's default is.
const CONFIGS = { off: false, competitor: ['competitor-disparagement'], both: ['competitor-disparagement', 'blame-customer'], default: undefined }
const dir = join(root, 'fixtures/eval')
const file = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
const pool = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f))
const GROUPS = {
  'dev pool (all fixtures/eval/*.jsonl)': pool,
  'AD, AE, AF': pool.filter((f) => /-a[def]\.jsonl$/.test(f)),
  AG: [join(dir, 'blind-2026-12-04-ag.jsonl')],
  AH: [join(dir, 'blind-2026-12-04-ah.jsonl')],
  // The nineteenth session's incoming sets (first sight for the blame weights, trained before them).
  AI: [join(dir, 'incoming/blind-2026-12-04-ai.jsonl')],
  AJ: [join(dir, 'incoming/blind-2026-12-04-aj.jsonl')],
}
const linters = new Map()
const linter = (name, profile = 'marketplace') => {
  const k = `${name}:${profile}`
  if (!linters.has(k)) linters.set(k, createLinter(CONFIGS[name] === undefined ? { profile } : { profile, scorer: CONFIGS[name] }))
  return linters.get(k)
}
for (const [g, files] of Object.entries(GROUPS)) {
  const st = {}
  const adds = []
  let clean = 0
  const cleanFlag = Object.fromEntries(Object.keys(CONFIGS).map((c) => [c, 0]))
  for (const f of files) for (const c of file(f)) {
    const labels = new Set(c.labels ?? [])
    if (!labels.size) clean++
    const base = new Set()
    for (const name of Object.keys(CONFIGS)) {
      const flagged = new Set(linter(name, c.profile).lint(c.text, c.previous !== undefined ? { previous: c.previous } : undefined).messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId))
      if (!labels.size && flagged.size) cleanFlag[name]++
      for (const id of new Set([...flagged, ...labels])) {
        if (only && id !== only) continue
        const s = (st[id] ??= {}), x = (s[name] ??= { tp: 0, fp: 0, pos: 0 })
        if (labels.has(id)) x.pos++
        if (flagged.has(id)) labels.has(id) ? x.tp++ : x.fp++
        if (name === 'off' && flagged.has(id)) base.add(id)
        if (name !== 'off' && flagged.has(id) && !base.has(id)) adds.push(`${name} ${labels.has(id) ? 'right' : 'WRONG'} ${id} ${f.replace(/^.*\//, '')}: ${c.text}`)
      }
    }
  }
  console.log(`\n## ${g}\n\n| rule | positives | ${Object.keys(CONFIGS).map((n) => `${n} P / R`).join(' | ')} |\n| --- | ---: |${' --- |'.repeat(Object.keys(CONFIGS).length)}`)
  const f3 = (a, b) => (b ? (a / b).toFixed(3) : '—')
  for (const id of Object.keys(st).sort()) {
    const s = st[id]
    const pos = s.off?.pos ?? 0
    console.log(`| ${id} | ${pos} | ${Object.keys(CONFIGS).map((n) => { const x = s[n] ?? { tp: 0, fp: 0 }; return `${f3(x.tp, x.tp + x.fp)} / ${f3(x.tp, pos)} (${x.tp}+${x.fp})` }).join(' | ')} |`)
  }
  console.log(`clean replies flagged: ${Object.entries(cleanFlag).map(([n, v]) => `${n} ${v}`).join(', ')} of ${clean}`)
  if (argv.includes('--list')) for (const a of adds) console.log(`  ${a}`)
}
