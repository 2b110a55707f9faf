#!/usr/bin/env node
// What the additions-only scorer would cost per reply, measured on a prototype of its run-time
// pass (no library change): incremental FNV-1a over normalised char codes (1–3-grams of ^text$,
// 1–2-grams of the previous turn), a direct Int32Array(2^bits) bucket → row table, a stamp array
// for "once per reply", and the per-rule sums in a Float64Array: no allocation per reply.
// Same process, CPU time, interleaved rounds (lint alone / lint + pass), median ratio.
//
//   node --expose-gc scripts/scorer/cost.mjs [--replies 20000] [--rounds 7] [--weights 2000]
import { loadavg } from 'node:os'
import { makeCorpus } from '../../bench/corpus.mjs'
import { loadLib } from './data.mjs'

const args = process.argv.slice(2)
const opt = (n, d) => (args.includes(n) ? Number(args[args.indexOf(n) + 1]) : d)
const REPLIES = opt('--replies', 20000), ROUNDS = opt('--rounds', 7), KEEP = opt('--weights', 2000)
const BITS = 18, RULES = 9
const lib = await loadLib()
const linter = lib.createLinter({})
const corpus = makeCorpus(REPLIES)
const gc = globalThis.gc ?? (() => {})

// A table of the size a model with KEEP weights per rule would have (random buckets, fixed seed).
let seed = 7
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
const rowOf = new Int32Array(1 << BITS).fill(-1)
let rows = 0
for (let i = 0; i < KEEP * RULES; i++) { const b = Math.floor(rand() * (1 << BITS)); if (rowOf[b] < 0) rowOf[b] = rows++ }
const table = new Float32Array(rows * RULES).map(() => rand() - 0.5)
const seen = new Int32Array(rows)
const z = new Float64Array(RULES)
let stamp = 0
// The engine's normalisation table (Traditional → Simplified, width, case), read once: in the
// library the pass would read the codes the linter has already normalised.
const NORM = new Uint16Array(65536)
for (let c = 0; c < 65536; c++) NORM[c] = c >= 0xd800 && c < 0xe000 ? c : lib.normalize(String.fromCharCode(c)).codes[0] ?? c
const mask = (1 << BITS) - 1
const OFF = 0x811c9dc5, PR = 0x01000193
const C0 = Math.imul(OFF ^ 99, PR) >>> 0, P0 = Math.imul(OFF ^ 112, PR) >>> 0
function visit(h) {
  const r = rowOf[h & mask]
  if (r < 0 || seen[r] === stamp) return
  seen[r] = stamp
  for (let k = 0, o = r * RULES; k < RULES; k++) z[k] += table[o + k]
}
function pass(text, previous) {
  stamp++
  z.fill(0)
  const n = text.length
  for (let i = -1; i <= n; i++) {
    let h = C0
    for (let m = 0; m < 3 && i + m <= n; m++) {
      const j = i + m
      h = Math.imul(h ^ (j < 0 ? 94 : j === n ? 36 : NORM[text.charCodeAt(j)]), PR) >>> 0
      visit(h)
    }
  }
  if (previous) {
    for (let i = 0; i < previous.length; i++) {
      let h = P0
      for (let m = 0; m < 2 && i + m < previous.length; m++) { h = Math.imul(h ^ NORM[previous.charCodeAt(i + m)], PR) >>> 0; visit(h) }
    }
  }
  let s = 0
  for (let k = 0; k < RULES; k++) s += z[k] > 0 ? 1 : 0
  return s
}
const item = (c) => (typeof c === 'string' ? [c, undefined] : [c.text, c.previous ?? c.options?.previous])
const items = corpus.map(item)
function run(withPass) {
  gc()
  const t = process.cpuUsage()
  let sink = 0
  for (const [text, previous] of items) {
    sink += linter.lint(text, previous !== undefined ? { previous } : undefined).messages.length
    if (withPass) sink += pass(text, previous)
  }
  const u = process.cpuUsage(t)
  return [(u.user + u.system) / items.length, sink]
}
run(false); run(true)
const ratios = []
const l0 = loadavg()[0]
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [true, false] : [false, true]
  const res = {}
  for (const w of order) res[w] = run(w)[0]
  ratios.push(res[true] / res[false])
  console.log(`round ${r}: lint ${res[false].toFixed(1)} µs, lint + scorer pass ${res[true].toFixed(1)} µs, ratio ${(res[true] / res[false]).toFixed(3)}`)
}
ratios.sort((a, b) => a - b)
console.log(`${items.length} replies, ${ROUNDS} rounds, load ${l0.toFixed(1)} → ${loadavg()[0].toFixed(1)}, table ${rows} rows × ${RULES} rules: median cost ${((ratios[ROUNDS >> 1] - 1) * 100).toFixed(1)}%`)
