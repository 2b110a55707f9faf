#!/usr/bin/env node
// Records what the rules found on each blind set at its first sight (the build that had never
// seen the set), as fixtures/eval/scorer/first-sight.jsonl: one line per reply,
// {"set","line","build","findings":[[ruleId, severity], …]}. The scorer is trained on these
// findings, not on today's (which were tuned on sets a–g), because its job is what the rules miss
// on an author they have not seen. Rebuilds each old commit under /tmp/scorer-hist/<commit>
// (git archive + tsup; minutes) unless it is there already.
//
//   node scripts/scorer/first-sight.mjs [--add]
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, loadPool, lintAll } from './data.mjs'

// Set → the commit its first-sight row in fixtures/eval/HISTORY.md was taken on.
// j–u (fifteenth session): the build each set was first scored on before anyone read it (HISTORY.md:
// J 9e177f8, K a1b651a, L a24a689, M and N 1488b42, O sealed c3a4fe6, P a813021, Q and R sealed
// 9d53913, S and T sealed 8c8546c, U ca1d86d). V is never read.
export const FIRST_SIGHT = { a: '00416cf', b: 'eb4f7f1', c: 'bf6d48d', d: 'bf6d48d', e: '4491227', f: 'ff57d13', g: '4491227', h: 'e114c47', i: '9fedb22',
  j: '9e177f8', k: 'a1b651a', l: 'a24a689', m: '1488b42', n: '1488b42', o: 'c3a4fe6', p: 'a813021', q: '9d53913', r: '9d53913', s: '8c8546c', t: '8c8546c', u: 'ca1d86d' }

function build(commit) {
  const dir = `/tmp/scorer-hist/${commit}`
  if (existsSync(join(dir, 'dist/node.js'))) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execSync(`git -C ${root} archive ${commit} | tar -x -C ${dir}`)
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  execSync('npx tsup', { cwd: dir, stdio: 'ignore' })
  return dir
}

const pool = loadPool()
const out = join(root, 'fixtures/eval/scorer/first-sight.jsonl')
// --add: keep the sets already recorded (their old builds need not be rebuilt), record the rest.
const kept = process.argv.includes('--add') && existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean) : []
const have = new Set(kept.map((l) => JSON.parse(l).set))
const lines = [...kept]
for (const [set, commit] of Object.entries(FIRST_SIGHT)) {
  const items = pool.filter((it) => it.set === set)
  if (!items.length || have.has(set)) continue
  const lib = await import(join(build(commit), 'dist/node.js'))
  lintAll(lib, items)
  items.forEach((it, i) => lines.push(JSON.stringify({ set, line: i + 1, build: commit, findings: it.findings.map((f) => [f.ruleId, f.severity]) })))
  console.error(`${set}: ${items.length} replies on ${commit}`)
}
writeFileSync(out, lines.join('\n') + '\n')
