#!/usr/bin/env node
/**
 * Per-reply latency of this build against one or more baseline builds, interleaved per reply
 * in one process, and what the tail is made of.
 *
 *   KEFU_LINT_BASELINE=/tmp/base/dist/node.js[,/other/dist/node.js] node --expose-gc bench/tail.mjs [--sample N] [--passes N] [--transcript] [--show N]
 *
 * The sample is bench.mjs's (20,000 replies drawn with prng(99) from the 100,000-reply corpus), or
 * with --transcript the first N CLI replies with their previous turn. Every reply is linted by every
 * build in each pass, the order of the builds rotating per reply, and (as bench.mjs does) its
 * fastest pass is kept, so a reply hit by a GC or descheduled in one pass is not charged for it.
 * --long: only the corpus's long replies (200–2,000 characters, 1%): what the p99 is made of.
 * Prints p50 / p90 / p99 / p99.9 per build, with --raw also the per-pass (not min) quantiles, and
 * for this build the replies at or above its p99: their lengths, and the shortest ones.
 */
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { makeCorpus, prng, transcriptCorpus } from './corpus.mjs'
import { timerOverhead } from './timer.mjs'

const args = process.argv.slice(2)
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d)
const SAMPLE = opt('--sample', 20_000)
const PASSES = opt('--passes', 5)
const SHOW = opt('--show', 0)
const gc = globalThis.gc ?? (() => {})
const now = () => process.hrtime.bigint()

const entry = process.env.KEFU_LINT_ENTRY ? pathToFileURL(process.env.KEFU_LINT_ENTRY).href : '../dist/node.js'
if (!process.env.KEFU_LINT_BASELINE) throw new Error('KEFU_LINT_BASELINE must point at the baseline build(s) (dist/node.js, comma-separated)')
const paths = [entry, ...process.env.KEFU_LINT_BASELINE.split(',').map((p) => pathToFileURL(p).href)]
const names = ['this', ...process.env.KEFU_LINT_BASELINE.split(',').map((p) => p.replace(/\/dist\/node\.js$/, '').split('/').pop())]
const linters = []
for (const p of paths) linters.push((await import(p)).createLinter())

let sample
if (args.includes('--transcript')) sample = transcriptCorpus(SAMPLE)
else {
  const corpus = makeCorpus(100_000)
  const rand = prng(99)
  if (args.includes('--long')) sample = corpus.filter((t) => t.length > 200).slice(0, SAMPLE).map((t) => [t, undefined])
  else sample = Array.from({ length: SAMPLE }, () => [corpus[Math.floor(rand() * corpus.length)], undefined])
}
const opts = sample.map(([, previous]) => (previous === undefined ? undefined : { previous }))

const overhead = timerOverhead()

const k = linters.length
const best = linters.map(() => new Float64Array(sample.length).fill(Infinity))
const all = linters.map(() => new Float64Array(sample.length * PASSES))
let sink = 0
// Warm-up pass, not counted.
for (const l of linters) for (let i = 0; i < sample.length; i++) sink += l.lint(sample[i][0], opts[i]).messages.length
const load0 = loadavg()[0]
for (let pass = 0; pass < PASSES; pass++) {
  gc()
  for (let i = 0; i < sample.length; i++) {
    for (let j = 0; j < k; j++) {
      const b = (i + pass + j) % k
      const s = now()
      sink += linters[b].lint(sample[i][0], opts[i]).messages.length
      const d = Math.max(0, Number(now() - s) - overhead)
      all[b][pass * sample.length + i] = d
      if (d < best[b][i]) best[b][i] = d
    }
  }
}
const load1 = loadavg()[0]
const q = (xs, p) => (xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] / 1000).toFixed(2)
console.log(`${sample.length} ${args.includes('--transcript') ? 'transcript ' : ''}replies × ${PASSES} passes, builds ${names.join(' / ')}, load ${load0.toFixed(2)} → ${load1.toFixed(2)} (sink ${sink})`)
console.log('build'.padEnd(14) + ['p50', 'p90', 'p99', 'p99.9', 'mean'].map((s) => s.padStart(9)).join('') + '   (µs, fastest pass per reply)')
for (let b = 0; b < k; b++) {
  const t = Float64Array.from(best[b]).sort()
  const mean = t.reduce((a, x) => a + x, 0) / t.length / 1000
  console.log(names[b].padEnd(14) + [q(t, 0.5), q(t, 0.9), q(t, 0.99), q(t, 0.999), mean.toFixed(2)].map((s) => s.padStart(9)).join(''))
}
if (args.includes('--raw')) {
  console.log('every pass:')
  for (let b = 0; b < k; b++) {
    const t = Float64Array.from(all[b]).sort()
    console.log(names[b].padEnd(14) + [q(t, 0.5), q(t, 0.9), q(t, 0.99), q(t, 0.999)].map((s) => s.padStart(9)).join(''))
  }
}
// What this build's tail (≥ its p99) is made of.
const order = Array.from(sample.keys()).sort((x, y) => best[0][y] - best[0][x])
const tail = order.slice(0, Math.ceil(sample.length / 100))
const lens = tail.map((i) => sample[i][0].length).sort((a, b) => a - b)
const bucket = (n) => (n <= 80 ? '≤80' : n <= 200 ? '81–200' : n <= 1000 ? '201–1000' : '>1000')
const counts = {}
for (const n of lens) counts[bucket(n)] = (counts[bucket(n)] ?? 0) + 1
console.log(`this build's slowest 1% (${tail.length}): lengths ${JSON.stringify(counts)}, min ${lens[0]}, median ${lens[lens.length >> 1]}`)
for (const i of tail.slice(0, SHOW)) console.log(`${(best[0][i] / 1000).toFixed(1)} µs  ${names.slice(1).map((_, b) => (best[b + 1][i] / 1000).toFixed(1)).join(' / ')}  len ${sample[i][0].length}  ${JSON.stringify(sample[i][0].slice(0, 60))}`)
// The short replies (≤ 80 characters) among them: what is slow without being long.
const shortTail = tail.filter((i) => sample[i][0].length <= 80)
if (SHOW) console.log(`short replies in the slowest 1%: ${shortTail.length}`)
for (const i of shortTail.slice(0, SHOW)) console.log(`${(best[0][i] / 1000).toFixed(1)} µs  ${names.slice(1).map((_, b) => (best[b + 1][i] / 1000).toFixed(1)).join(' / ')}  len ${sample[i][0].length}  ${JSON.stringify(sample[i][0])}`)
