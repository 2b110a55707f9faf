#!/usr/bin/env node
// Per-reply latency of the built linter with the scorer on (default) and off (scorer: false), on
// the bench corpus (a build with the `scorer` switch: branch sc16 at 6fd6cc2 and after), rounds interleaved (on, off, off, on, …): p50 / p99 / mean in µs per reply
// and their ratio. Wall time per call (process.hrtime.bigint), so run it on a quiet machine.
//   node --expose-gc scripts/scorer/latency.mjs [--replies 20000] [--rounds 6]
import { makeCorpus } from '../../bench/corpus.mjs'
import { loadLib } from './data.mjs'

const args = process.argv.slice(2)
const opt = (n, d) => (args.includes(n) ? Number(args[args.indexOf(n) + 1]) : d)
const corpus = makeCorpus(opt('--replies', 20000))
const ROUNDS = opt('--rounds', 6)
const lib = await loadLib()
const linters = { on: lib.createLinter(), off: lib.createLinter({ scorer: false }) }
const times = { on: [], off: [] }
const gc = globalThis.gc ?? (() => {})
for (let r = 0; r < ROUNDS; r++) {
  for (const k of r % 2 ? ['off', 'on'] : ['on', 'off']) {
    gc()
    const l = linters[k]
    for (const t of corpus) { const t0 = process.hrtime.bigint(); l.lint(t); times[k].push(Number(process.hrtime.bigint() - t0) / 1000) }
  }
}
const q = (a, p) => a[Math.min(a.length - 1, Math.floor(p * a.length))]
const stat = (a) => { const s = [...a].sort((x, y) => x - y); return { p50: q(s, 0.5), p99: q(s, 0.99), mean: s.reduce((x, y) => x + y, 0) / s.length } }
const on = stat(times.on), off = stat(times.off)
console.log(`${corpus.length} replies × ${ROUNDS} rounds`)
for (const k of ['p50', 'p99', 'mean']) console.log(`${k.padEnd(5)} on ${on[k].toFixed(2)} µs  off ${off[k].toFixed(2)} µs  ratio ${(on[k] / off[k]).toFixed(3)}`)
