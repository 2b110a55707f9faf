#!/usr/bin/env node
/**
 * Same-process CPU A/B of two builds on the bench corpus: all rules, and (with --per-rule) one
 * rule enabled at a time. CPU time (process.cpuUsage) rather than wall time, because the machine
 * is shared: a burst of load elsewhere slows the wall clock of both builds but not their CPU
 * seconds as much. Rounds interleave the builds (A, B, B, A, …) and the median round counts.
 *
 *   KEFU_LINT_BASELINE=/tmp/base/dist/node.js node --expose-gc bench/ab.mjs [--per-rule] [--replies N] [--rounds N] [--transcript]
 *
 * --transcript: instead of the bench corpus, the first N agent replies of the CLI bench's
 * transcript, each linted with the customer's turn before it (as the CLI does; the same inputs
 * as bench/identity.mjs's transcript part). The CLI's lint cost is this one, not the corpus's.
 *
 * --long: only the long replies (200–2,000 characters) of a corpus of N replies (about 1%): what
 * the p99 of `npm run bench` is made of.
 *
 * Prints per configuration: CPU µs per reply of this build and of the baseline, and their ratio
 * (this / baseline: below 1 is faster), with the 1-minute load average at start and end.
 */
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { makeCorpus, transcriptCorpus } from './corpus.mjs'

const args = process.argv.slice(2)
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d)
const REPLIES = opt('--replies', 60_000)
const ROUNDS = opt('--rounds', 7)
const perRule = args.includes('--per-rule')
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined

const entry = process.env.KEFU_LINT_ENTRY ? pathToFileURL(process.env.KEFU_LINT_ENTRY).href : '../dist/node.js'
if (!process.env.KEFU_LINT_BASELINE) throw new Error('KEFU_LINT_BASELINE must point at the baseline build (dist/node.js)')
const a = await import(entry)
const b = await import(pathToFileURL(process.env.KEFU_LINT_BASELINE).href)
const gc = globalThis.gc ?? (() => {})
const useTranscript = args.includes('--transcript')
/** Inputs as [text, previous]. */
const corpus = useTranscript
  ? transcriptCorpus(REPLIES)
  : makeCorpus(REPLIES)
      .filter((t) => !args.includes('--long') || t.length > 200)
      .map((t) => [t, undefined])

const ids = a.builtinRules.map((r) => r.meta.id)
/** The configurations: all rules, then each rule alone (the others off). */
const configs = [['all', undefined]]
if (perRule) for (const id of ids) configs.push([id, { rules: Object.fromEntries(ids.map((x) => [x, x === id ? 'error' : 'off'])) }])
const chosen = only ? configs.filter(([name]) => name === only) : configs

const load0 = loadavg()[0]
console.log(`${corpus.length} ${useTranscript ? 'transcript ' : args.includes('--long') ? 'long ' : ''}replies, ${ROUNDS} rounds, load ${load0.toFixed(2)}`)
console.log('config'.padEnd(22) + 'this µs'.padStart(9) + 'base µs'.padStart(9) + 'ratio'.padStart(8))
for (const [name, config] of chosen) {
  const la = a.createLinter(config)
  const lb = b.createLinter(config)
  const run = (linter) => {
    gc()
    const c0 = process.cpuUsage()
    let n = 0
    for (const [text, previous] of corpus) n += linter.lint(text, previous === undefined ? undefined : { previous }).messages.length
    const c = process.cpuUsage(c0)
    return { us: (c.user + c.system) / corpus.length, n }
  }
  // Warm-up: both builds see the corpus once before anything counts.
  run(la)
  run(lb)
  const ta = []
  const tb = []
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      ta.push(run(la).us)
      tb.push(run(lb).us)
    } else {
      tb.push(run(lb).us)
      ta.push(run(la).us)
    }
  }
  const ma = median(ta)
  const mb = median(tb)
  console.log(name.padEnd(22) + ma.toFixed(3).padStart(9) + mb.toFixed(3).padStart(9) + (ma / mb).toFixed(3).padStart(8))
}
console.log(`load ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`)

function median(xs) {
  const s = [...xs].sort((x, y) => x - y)
  return s[s.length >> 1]
}
