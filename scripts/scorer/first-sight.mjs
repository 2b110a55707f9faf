#!/usr/bin/env node
// Records what the rules found on each blind set at its first sight (the build that had never
// seen the set), as fixtures/eval/scorer/first-sight.jsonl: one line per reply,
// {"set","line","build","findings":[[ruleId, severity], …]}. The scorer is trained on these
// findings, not on today's (which were tuned on sets a–g), because its job is what the rules miss
// on an author they have not seen. Rebuilds each old commit under /tmp/scorer-hist/<commit>
// (git archive + tsup; minutes) unless it is there already.
//
//   node scripts/scorer/first-sight.mjs
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, loadPool, lintAll } from './data.mjs'

// Set → the commit its first-sight row in fixtures/eval/HISTORY.md was taken on.
export const FIRST_SIGHT = { a: '00416cf', b: 'eb4f7f1', c: 'bf6d48d', d: 'bf6d48d', e: '4491227', f: 'ff57d13', g: '4491227', h: 'e114c47', i: '9fedb22' }

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
const lines = []
for (const [set, commit] of Object.entries(FIRST_SIGHT)) {
  const items = pool.filter((it) => it.set === set)
  if (!items.length) continue
  const lib = await import(join(build(commit), 'dist/node.js'))
  lintAll(lib, items)
  items.forEach((it, i) => lines.push(JSON.stringify({ set, line: i + 1, build: commit, findings: it.findings.map((f) => [f.ruleId, f.severity]) })))
  console.error(`${set}: ${items.length} replies on ${commit}`)
}
writeFileSync(join(root, 'fixtures/eval/scorer/first-sight.jsonl'), lines.join('\n') + '\n')
