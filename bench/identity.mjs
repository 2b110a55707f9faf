#!/usr/bin/env node
/**
 * Output identity for speed work: every message of `linter.lint` (rule id, span, severity,
 * message, suggestions, fix…) on
 *   - the dev pool fixtures/eval/*.jsonl (with each case's `previous`),
 *   - the library bench corpus (bench/corpus.mjs, 100k replies),
 *   - the 10k/100k-character documents of the bench's linearity check (realistic and dense),
 *   - the agent replies of the CLI bench's transcript (bench/cli-bench.mjs's generator, each
 *     reply linted with the customer's turn it answers, as the CLI does),
 * written one line per input to a file. A change meant to be faster must leave it identical.
 *
 *   node bench/identity.mjs dump /tmp/before.txt          # with dist/node.js (or KEFU_LINT_ENTRY)
 *   node bench/identity.mjs check /tmp/before.txt         # dumps again and compares
 *   node bench/identity.mjs dump out.txt --lines 200000   # a shorter transcript (default 1,000,000 lines)
 *   node bench/identity.mjs check out.txt --exclude blind-2026-12-03-l.jsonl   # leave a held-out set unopened
 *   node bench/identity.mjs dump out.txt --real           # also the real replies of .real/jddc.jsonl
 *   node bench/identity.mjs dump out.txt --scorer         # with the statistical scorer on
 *   node bench/identity.mjs dump out.txt --incoming       # also fixtures/eval/incoming/*.jsonl (opened dev sets)
 *
 * The dump is large (hundreds of MB for the full transcript): keep it out of the repository.
 */
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { makeCorpus, makeDenseDocument, makeDocument, transcriptReplies } from './corpus.mjs'

const [mode, file, ...rest] = process.argv.slice(2)
if ((mode !== 'dump' && mode !== 'check') || !file) {
  console.error('usage: node bench/identity.mjs dump|check <file> [--lines N]')
  process.exit(2)
}
const linesAt = rest.indexOf('--lines')
const LINES = linesAt >= 0 ? Number(rest[linesAt + 1]) : 1_000_000
// A set held out for the round (read only by its validation script) is never opened here: a DIFF
// line would print its texts. `--exclude name.jsonl` (repeatable) leaves such a file out.
const excluded = new Set(rest.flatMap((a, i) => (a === '--exclude' ? [rest[i + 1]] : [])))

const entry = process.env.KEFU_LINT_ENTRY ? pathToFileURL(process.env.KEFU_LINT_ENTRY).href : '../dist/node.js'
const { createLinter } = await import(entry)
// --scorer: with the statistical scorer on, so its additions are compared too.
const linter = createLinter(rest.includes('--scorer') ? { scorer: true } : undefined)

/** Every input as [label, text, previous]; the same order on every run. */
function* inputs() {
  const dir = new URL('../fixtures/eval/', import.meta.url)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl') && !excluded.has(n)).sort()) {
    const lines = readFileSync(new URL(name, dir), 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue
      const c = JSON.parse(lines[i])
      yield [`${name}:${i + 1}`, c.text, c.previous]
    }
  }
  // --incoming: the outside authors' sets opened as dev material (fixtures/eval/incoming/).
  if (rest.includes('--incoming')) {
    const sub = new URL('incoming/', dir)
    for (const name of readdirSync(sub).filter((n) => n.endsWith('.jsonl') && !excluded.has(n)).sort()) {
      const lines = readFileSync(new URL(name, sub), 'utf8').split('\n')
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim()) continue
        const c = JSON.parse(lines[i])
        yield [`incoming/${name}:${i + 1}`, c.text, c.previous]
      }
    }
  }
  const corpus = makeCorpus(100_000)
  for (let i = 0; i < corpus.length; i++) yield [`corpus:${i}`, corpus[i]]
  yield ['doc:10k', makeDocument(10_000)]
  yield ['doc:100k', makeDocument(100_000)]
  yield ['dense:10k', makeDenseDocument(10_000)]
  yield ['dense:100k', makeDenseDocument(100_000)]
  yield* transcript(LINES)
  // --real: the real JDDC replies too (.real/jddc.jsonl, research text kept out of the repository).
  if (rest.includes('--real')) {
    const lines = readFileSync(new URL('../.real/jddc.jsonl', import.meta.url), 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue
      const r = JSON.parse(lines[i])
      yield [`real:${i + 1}`, r.text, r.previous]
    }
  }
}

/** The CLI bench's agent replies, each with the customer's turn before it. */
function* transcript(lines) {
  for (const [line, text, previous] of transcriptReplies(lines)) yield [`transcript:${line}`, text, previous]
}

const lineOf = ([label, text, previous]) =>
  `${label}\t${JSON.stringify(linter.lint(text, previous === undefined ? undefined : { previous }).messages)}`

const t0 = process.hrtime.bigint()
let count = 0
if (mode === 'dump') {
  const out = createWriteStream(file)
  for (const input of inputs()) {
    if (!out.write(lineOf(input) + '\n')) await new Promise((r) => out.once('drain', r))
    count++
  }
  await new Promise((r) => out.end(r))
  console.log(`${count} inputs written to ${file} in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`)
} else {
  const expected = createInterface({ input: createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator]()
  let differ = 0
  for (const input of inputs()) {
    const want = (await expected.next()).value
    const got = lineOf(input)
    count++
    if (got !== want) {
      if (++differ <= 10) console.log(`DIFF ${input[0]}\n  text: ${JSON.stringify(input[1]).slice(0, 300)}\n  want: ${want?.slice(0, 600)}\n  got:  ${got.slice(0, 600)}`)
    }
  }
  if (!(await expected.next()).done) differ++
  console.log(`${count} inputs, ${differ} differ (${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s)`)
  process.exit(differ ? 1 : 0)
}
