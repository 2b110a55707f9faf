#!/usr/bin/env node
// Robustness to word-segmented input: lints every reply as written and as a tokenizer ships it (Intl.Segmenter's
// Chinese words joined by spaces, the form of research corpora such as ECD or CSDS), and counts the rule findings
// (reply × rule, error and warning) the segmented form loses and gains. Not a test: a measure to watch.
//   node scripts/eval-segmented.mjs [files…]   (default: the dev pool, and the real corpora in .real/ when present)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// KEFU_LINT_DIST: another build's node.js to compare (e.g. a session-start copy).
const { createLinter } = await import(process.env.KEFU_LINT_DIST ?? new URL('../dist/node.js', import.meta.url).href)
const linter = createLinter()
const words = new Intl.Segmenter('zh', { granularity: 'word' })
const segment = (text) => [...words.segment(text)].map((s) => s.segment).filter((s) => s.trim()).join(' ')
const rulesOf = (text, previous) =>
  new Set(linter.lint(text, previous ? { previous } : undefined).messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId))

const args = process.argv.slice(2)
const pool = readdirSync('fixtures/eval').filter((f) => f.endsWith('.jsonl')).map((f) => join('fixtures/eval', f))
const real = existsSync('.real') ? readdirSync('.real').filter((f) => f.endsWith('.jsonl')).map((f) => join('.real', f)) : []
const groups = args.length ? args.map((f) => [f, [f]]) : [['dev pool', pool], ...real.map((f) => [f, [f]])]

console.log('| input | replies | findings as written | lost when segmented | gained | kept |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const [name, files] of groups) {
  let replies = 0, found = 0, lost = 0, gained = 0
  for (const file of files)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const r = JSON.parse(line)
      replies++
      const a = rulesOf(r.text, r.previous)
      const b = rulesOf(segment(r.text), r.previous && segment(r.previous))
      found += a.size
      for (const x of a) if (!b.has(x)) lost++
      for (const x of b) if (!a.has(x)) gained++
    }
  console.log(`| ${name} | ${replies} | ${found} | ${lost} | ${gained} | ${found ? ((100 * (found - lost)) / found).toFixed(1) : '100.0'}% |`)
}
