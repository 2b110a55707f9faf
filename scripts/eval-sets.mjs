#!/usr/bin/env node
// `npm run eval`: precision/recall per rule on every hand-labelled set in fixtures/eval/ (one
// column per set, each scored by scripts/eval.mjs --json), then the real-traffic block. A set's
// detailed errors: node scripts/eval.mjs --file fixtures/eval/<set>.jsonl --errors [--rule id].
// A measurement, not a test: it exits 0 unless a set is broken (eval.mjs refuses those, exit 2).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sets = readdirSync(join(root, 'fixtures/eval')).filter((f) => f.endsWith('.jsonl')).sort()
const results = []
for (const set of sets) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/eval.mjs'), '--file', join(root, 'fixtures/eval', set), '--json', ...process.argv.slice(2)], { encoding: 'utf8' })
  if (run.status !== 0) {
    process.stderr.write(run.stderr)
    process.exit(run.status ?? 2)
  }
  results.push(JSON.parse(run.stdout.trim().split('\n').pop()))
}
const name = (r) => r.corpus.replace(/^fixtures\/eval\//, '').replace(/\.jsonl$/, '')
const fmt = (n, d) => (d === 0 ? '—' : (n / d).toFixed(3))
const rules = Object.keys(results[0].stats)
console.log(`| rule | ${results.map(name).join(' | ')} |`)
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`)
for (const id of rules) {
  console.log(`| \`${id}\` | ${results.map((r) => { const s = r.stats[id]; return `${fmt(s.tp, s.tp + s.fp)} / ${fmt(s.tp, s.pos)}` }).join(' | ')} |`)
}
const micro = (r) => Object.values(r.stats).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, pos: a.pos + s.pos }), { tp: 0, fp: 0, pos: 0 })
console.log(`| **micro** | ${results.map((r) => { const m = micro(r); return `${fmt(m.tp, m.tp + m.fp)} / ${fmt(m.tp, m.pos)}` }).join(' | ')} |`)
console.log(`| clean flagged | ${results.map((r) => `${r.cleanFlagged}/${r.clean}`).join(' | ')} |`)
console.log('\nEach cell: precision / recall (error and warning count; info is advisory). Sets named blind-* were written by outside authors; their first-sight rows are in fixtures/eval/HISTORY.md.')
// Every real corpus; one that is not rebuilt says how to rebuild it.
const { CORPORA, scoreRealTraffic } = await import('./real/score.mjs')
for (const corpus of Object.keys(CORPORA)) {
  console.log(`\n## Real traffic (${corpus})\n`)
  await scoreRealTraffic(['--corpus', corpus])
}
