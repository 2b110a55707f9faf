/**
 * `npm run bench`: kefu-lint against a plain keyword scan on the same lexicon terms.
 *
 * One run prints: linter creation time (cold, with the English dictionary; warm), replies/s
 * and per-reply latency (p50/p99) of `linter.lint` and of the keyword scan, their ratio, the
 * cost on a 10k vs 100k-character input (realistic and hit-dense), and the cost of 2,000
 * extra configured phrases. Results also go to bench/results.json.
 *
 * Run with --expose-gc so each phase starts from a collected heap. KEFU_LINT_ENTRY may point
 * at another build of `kefu-lint/node` (default ../dist/node.js).
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { pathToFileURL } from 'node:url'
import { makeCorpus, makeDenseDocument, makeDocument, prng } from './corpus.mjs'

const REPLIES = 100_000
const ROUNDS = 5
const LATENCY_SAMPLE = 30_000

const gc = globalThis.gc ?? (() => {})
const now = () => process.hrtime.bigint()
const ms = (ns) => Number(ns) / 1e6

const entry = process.env.KEFU_LINT_ENTRY ? pathToFileURL(process.env.KEFU_LINT_ENTRY).href : '../dist/node.js'

// ── creation ────────────────────────────────────────────────────────────────────────────
let t = now()
const kefu = await import(entry)
const importMs = ms(now() - t)
t = now()
const linter = kefu.createLinter()
const coldMs = ms(now() - t)
const warmMs = median(Array.from({ length: 5 }, () => {
  const s = now()
  kefu.createLinter()
  return ms(now() - s)
}))

// ── corpus and baseline ─────────────────────────────────────────────────────────────────
t = now()
const corpus = makeCorpus(REPLIES)
const corpusMs = ms(now() - t)
const chars = corpus.reduce((n, s) => n + s.length, 0)

const phrases = [...new Set(kefu.builtinRules.flatMap((r) => r.lexicon.entries.flatMap((e) => e.phrases)))]
// Longest first, so the alternation prefers 绝对会 over 绝对 as a keyword tool would.
phrases.sort((a, b) => b.length - a.length)
const keywordRe = new RegExp(phrases.map(escapeRegExp).join('|'), 'g')
const keywordScan = (text) => {
  let n = 0
  for (const _ of text.matchAll(keywordRe)) n++
  return n
}
const lintCount = (text) => linter.lint(text).messages.length

// ── throughput ──────────────────────────────────────────────────────────────────────────
const engine = throughput(lintCount)
const keyword = throughput(keywordScan)
const engineLatency = latency(lintCount)
const keywordLatency = latency(keywordScan)

// ── linearity ───────────────────────────────────────────────────────────────────────────
const doc10k = makeDocument(10_000)
const doc100k = makeDocument(100_000)
const dense10k = makeDenseDocument(10_000)
const dense100k = makeDenseDocument(100_000)
const linear = {
  realistic: { ms10k: timeOne(doc10k), ms100k: timeOne(doc100k) },
  dense: { ms10k: timeOne(dense10k), ms100k: timeOne(dense100k) },
}
for (const v of Object.values(linear)) v.ratio = v.ms100k / v.ms10k

// ── 2,000 custom phrases ────────────────────────────────────────────────────────────────
const custom = customPhrases(2000)
t = now()
const customLinter = kefu.createLinter({ rules: { 'absolute-promise': { flag: custom } } })
const customCreateMs = ms(now() - t)
const withCustom = throughput((text) => customLinter.lint(text).messages.length)

// ── report ──────────────────────────────────────────────────────────────────────────────
const results = {
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
  corpus: { replies: REPLIES, characters: chars, medianLength: median(corpus.map((s) => s.length)), generateMs: round(corpusMs) },
  lexicon: { rules: kefu.builtinRules.length, phrases: phrases.length },
  creation: { importMs: round(importMs), coldMs: round(coldMs), warmMs: round(warmMs), with2000PhrasesMs: round(customCreateMs) },
  lint: { ...engine, ...engineLatency },
  keywordScan: { ...keyword, ...keywordLatency },
  ratio: round(engine.repliesPerSecond / keyword.repliesPerSecond, 3),
  with2000Phrases: { ...withCustom, slowdown: round(engine.repliesPerSecond / withCustom.repliesPerSecond, 3) },
  linear: roundAll(linear),
  targets: {
    ratioAtLeastOneThird: engine.repliesPerSecond >= keyword.repliesPerSecond / 3,
    atLeast100kRepliesPerSecond: engine.repliesPerSecond >= 100_000,
    p99AtMost50us: engineLatency.p99us <= 50,
    linear: linear.realistic.ratio < 15 && linear.dense.ratio < 15,
  },
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
printTable(results)

// ── helpers ─────────────────────────────────────────────────────────────────────────────
function throughput(fn) {
  let sink = 0
  // Warm-up: let the JIT see the whole corpus once.
  for (const s of corpus) sink += fn(s)
  const rounds = []
  for (let r = 0; r < ROUNDS; r++) {
    gc()
    const s = now()
    for (let i = 0; i < corpus.length; i++) sink += fn(corpus[i])
    rounds.push(ms(now() - s))
  }
  const best = median(rounds)
  return {
    repliesPerSecond: Math.round((corpus.length / best) * 1000),
    charsPerSecond: Math.round((chars / best) * 1000),
    roundMs: round(best),
    findingsPerRound: sink / (ROUNDS + 1),
  }
}

/** Per-call latency over a random sample, with the cost of reading the clock removed. */
function latency(fn) {
  const rand = prng(99)
  const sample = Array.from({ length: LATENCY_SAMPLE }, () => corpus[Math.floor(rand() * corpus.length)])
  const overhead = timerOverhead()
  const times = new Float64Array(sample.length)
  gc()
  for (let i = 0; i < sample.length; i++) {
    const s = now()
    fn(sample[i])
    times[i] = Math.max(0, Number(now() - s) - overhead)
  }
  times.sort()
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] / 1000
  return { p50us: round(q(0.5), 2), p99us: round(q(0.99), 2), p999us: round(q(0.999), 2), maxUs: round(times[times.length - 1] / 1000, 1), timerOverheadNs: overhead }
}

function timerOverhead() {
  const d = new Float64Array(20_000)
  for (let i = 0; i < d.length; i++) {
    const s = now()
    d[i] = Number(now() - s)
  }
  d.sort()
  return d[d.length >> 1]
}

/** Best of a few runs of one big input (ms); a single run when one already takes long. */
function timeOne(text) {
  gc()
  let s = now()
  linter.lint(text)
  const first = ms(now() - s)
  if (first > 500) return first
  const runs = []
  for (let r = 0; r < 5; r++) {
    gc()
    s = now()
    linter.lint(text)
    runs.push(ms(now() - s))
  }
  return Math.min(...runs)
}

/** Phrases a QA team might add: two or three CJK characters plus a word, all distinct. */
function customPhrases(n) {
  const rand = prng(5)
  const words = ['包到', '必到', '准时', '不退', '不换', '秒发', '稳了', '放心买', '没毛病', '闭眼买']
  const out = new Set()
  while (out.size < n) {
    let s = ''
    for (let i = 0, len = 2 + Math.floor(rand() * 2); i < len; i++) s += String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000))
    out.add(s + words[Math.floor(rand() * words.length)])
  }
  return [...out]
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1]
}

function round(x, digits = 1) {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

function roundAll(o) {
  return JSON.parse(JSON.stringify(o, (_, v) => (typeof v === 'number' ? round(v, 2) : v)))
}

function printTable(r) {
  const n = (x) => x.toLocaleString('en-US')
  const row = (cells) => '│ ' + cells.map((c, i) => String(c)[i ? 'padStart' : 'padEnd'](i ? 13 : 24)).join(' │ ') + ' │'
  const line = '─'.repeat(24 + 13 * 3 + 11)
  console.log(`kefu-lint bench — ${r.machine.cpu}, Node ${r.machine.node}`)
  console.log(`corpus: ${n(r.corpus.replies)} replies, ${n(r.corpus.characters)} chars (median ${r.corpus.medianLength}); lexicon: ${r.lexicon.rules} rules, ${r.lexicon.phrases} phrases`)
  console.log(line)
  console.log(row(['', 'kefu-lint', 'keyword scan', 'ratio']))
  console.log(line)
  console.log(row(['replies/s', n(r.lint.repliesPerSecond), n(r.keywordScan.repliesPerSecond), r.ratio.toFixed(2)]))
  console.log(row(['chars/s', n(r.lint.charsPerSecond), n(r.keywordScan.charsPerSecond), '']))
  console.log(row(['latency p50 (µs)', r.lint.p50us, r.keywordScan.p50us, '']))
  console.log(row(['latency p99 (µs)', r.lint.p99us, r.keywordScan.p99us, '']))
  console.log(row(['latency p99.9 (µs)', r.lint.p999us, r.keywordScan.p999us, '']))
  console.log(line)
  console.log(row(['create, cold (ms)', r.creation.coldMs, `import ${r.creation.importMs}`, '']))
  console.log(row(['create, warm (ms)', r.creation.warmMs, '', '']))
  console.log(row(['+2,000 phrases create', r.creation.with2000PhrasesMs, '', '']))
  console.log(row(['+2,000 phrases replies/s', n(r.with2000Phrases.repliesPerSecond), '', `×${r.with2000Phrases.slowdown} slower`]))
  console.log(row(['10k chars, realistic ms', r.linear.realistic.ms10k, '', '']))
  console.log(row(['100k chars, realistic ms', r.linear.realistic.ms100k, '', `×${r.linear.realistic.ratio}`]))
  console.log(row(['10k chars, dense hits ms', r.linear.dense.ms10k, '', '']))
  console.log(row(['100k chars, dense hits ms', r.linear.dense.ms100k, '', `×${r.linear.dense.ratio}`]))
  console.log(line)
  const ok = (b) => (b ? 'met' : 'MISSED')
  console.log(`targets: ≥⅓ of keyword scan ${ok(r.targets.ratioAtLeastOneThird)}; ≥100k replies/s ${ok(r.targets.atLeast100kRepliesPerSecond)}; p99 ≤ 50 µs ${ok(r.targets.p99AtMost50us)}; linear (100k/10k < 15) ${ok(r.targets.linear)}`)
  console.log('written: bench/results.json')
}
