#!/usr/bin/env node
/**
 * What the statistical scorer costs: scorer on (`createLinter({ scorer: true })`) against off
 * (`createLinter()`) in one process, CPU time, rounds interleaved (on, off, off, on, …), median
 * per-reply µs and the on/off ratio; with KEFU_LINT_BASELINE also the baseline build's on/off in
 * the same rounds, so two scorer passes are compared under the same load.
 *
 *   [KEFU_LINT_BASELINE=/tmp/base/dist/node.js] node --expose-gc bench/scorer-ab.mjs [--replies 60000] [--rounds 9] [--transcript] [--only <rule,rule>]
 *
 * `--only` turns the scorer on for those rules only (config `scorer: [..]`) instead of all it covers.
 */
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { makeCorpus, transcriptCorpus } from './corpus.mjs'

const args = process.argv.slice(2)
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d)
const REPLIES = opt('--replies', 60_000)
const ROUNDS = opt('--rounds', 9)
const useTranscript = args.includes('--transcript')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined
const entry = process.env.KEFU_LINT_ENTRY ? pathToFileURL(process.env.KEFU_LINT_ENTRY).href : '../dist/node.js'
const builds = { this: await import(entry) }
if (process.env.KEFU_LINT_BASELINE) builds.base = await import(pathToFileURL(process.env.KEFU_LINT_BASELINE).href)
const corpus = useTranscript ? transcriptCorpus(REPLIES) : makeCorpus(REPLIES).map((t) => [t, undefined])
const gc = globalThis.gc ?? (() => {})
const linters = Object.entries(builds).flatMap(([name, lib]) => [
  [`${name} on`, lib.createLinter({ scorer: only ?? true })],
  [`${name} off`, lib.createLinter({ scorer: false })],
])
const run = (linter) => {
  gc()
  const c0 = process.cpuUsage()
  let n = 0
  for (const [text, previous] of corpus) n += linter.lint(text, previous === undefined ? undefined : { previous }).messages.length
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / corpus.length
}
const load0 = loadavg()[0]
for (const [, l] of linters) run(l)
const times = Object.fromEntries(linters.map(([k]) => [k, []]))
const ratios = Object.fromEntries(Object.keys(builds).map((k) => [k, []]))
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...linters].reverse() : linters
  const t = {}
  for (const [k, l] of order) times[k].push((t[k] = run(l)))
  for (const b of Object.keys(builds)) ratios[b].push(t[`${b} on`] / t[`${b} off`])
}
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1]
console.log(`${corpus.length} ${useTranscript ? 'transcript' : 'bench corpus'} replies, ${ROUNDS} rounds, load ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`)
for (const b of Object.keys(builds)) {
  const on = median(times[`${b} on`])
  const off = median(times[`${b} off`])
  console.log(`${b.padEnd(5)} on ${on.toFixed(3)} µs  off ${off.toFixed(3)} µs  on/off median of rounds ${median(ratios[b]).toFixed(3)}  (of medians ${(on / off).toFixed(3)})`)
}
