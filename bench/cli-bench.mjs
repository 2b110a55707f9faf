#!/usr/bin/env node
/**
 * End-to-end benchmark of the kefu-lint CLI on generated JSON Lines transcripts (half customer
 * turns, half agent replies from the library benchmark's corpus), at 1M and 10M lines: the
 * 10M file is generated on the fly and deleted afterwards. Peak RSS must not grow with it.
 *
 * Every figure is printed beside a baseline measured in the same run on the same file:
 *   - read+parse baseline: stream the file line by line (readline) and JSON.parse each line;
 *   - CLI, rules off: the CLI's own reading, decoding, parsing, pairing and reporting;
 *   - CLI, all rules, --format json / jsonl / sarif / html (report to a file);
 *   - CLI --jobs 1 / 2 / auto (json);
 *   - the ceiling of --jobs 2 on this machine: two --jobs 1 CLIs at once on the file's two halves.
 * Peak RSS is measured in each child process (process.resourceUsage().maxRSS at exit).
 *
 *   npm run bench:cli                               # 1M lines (quick: ~2 min on an idle machine)
 *   npm run bench:cli -- --sizes 1m,10m             # 1M and 10M lines from one run
 *   node bench/cli-bench.mjs --sizes 200k           # any sizes (k/m suffixes; bare numbers work too)
 *
 * Sizes above 1M lines are generated into a temporary file for the run and deleted afterwards,
 * also when the run fails or is interrupted; the 1M file is kept for the next run.
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { QUESTIONS, prng, reply } from './corpus.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
// KEFU_LINT_BENCH_DIST: a copy of dist/ to measure while the working tree is rebuilt.
const dist = process.env.KEFU_LINT_BENCH_DIST ?? join(root, 'packages/cli/dist')
const cli = join(dist, 'cli.js')

/** `--sizes 1m,10m` (or bare numbers, the old way); 1M lines when none are given. */
function sizesOf(argv) {
  const at = argv.indexOf('--sizes')
  const words = at === -1 ? argv : argv[at + 1]?.split(',') ?? []
  const sizes = words.map((w) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(w.trim())
    if (!m) throw new Error(`--sizes: not a size: ${w} (say 200k, 1m, 10m)`)
    return Math.round(Number(m[1]) * { '': 1, k: 1e3, m: 1e6 }[m[2].toLowerCase()])
  })
  return sizes.length ? sizes : [1_000_000]
}
const SIZES = sizesOf(process.argv.slice(2))
/** Files generated for this run only, removed however the run ends. */
const temporary = new Set()
const removeTemporary = () => {
  for (const f of temporary) rmSync(f, { force: true })
  temporary.clear()
}
process.on('exit', removeTemporary)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))
// Generated transcripts are kept in `work` for the next run; what one run writes (report, preload,
// config) goes to its own folder, so two benches at once do not remove each other's report.
const work = join(tmpdir(), 'kefu-lint-cli-bench')
mkdirSync(work, { recursive: true })
const own = mkdtempSync(join(work, 'run-'))
process.on('exit', () => rmSync(own, { recursive: true, force: true }))


/** Deterministic transcript: sessions of 4–12 turns, customer first, interleaved like a busy shop. */
async function generate(file, lines) {
  if (existsSync(file) && existsSync(`${file}.lines`) && readFileSync(`${file}.lines`, 'utf8') === String(lines)) return
  const rand = prng(20240601)
  const out = createWriteStream(file)
  let buf = ''
  let session = 0
  let left = 0
  let agent = false
  const start = Date.parse('2024-06-01T08:00:00+08:00')
  for (let i = 0; i < lines; i++) {
    if (left === 0) {
      session++
      left = 4 + Math.floor(rand() * 9)
      agent = false
    }
    const time = new Date(start + i * 137).toISOString()
    const line = agent
      ? { session: `S${session}`, role: 'agent', name: `店铺:客服${1 + (session % 7)}`, time, text: reply(rand) }
      : { session: `S${session}`, role: 'customer', name: `t***${session % 100}`, time, text: QUESTIONS[Math.floor(rand() * QUESTIONS.length)] }
    buf += `${JSON.stringify(line)}\n`
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r))
      buf = ''
    }
    agent = !agent || rand() < 0.2
    left--
  }
  out.write(buf)
  await new Promise((r) => out.end(r))
  writeFileSync(`${file}.lines`, String(lines))
}

// Each child reports its peak RSS on exit.
const preload = join(own, 'rss.cjs')
writeFileSync(
  preload,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nKEFU_MAX_RSS_KB=${u.maxRSS} KEFU_CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`) })\n",
)

function measure(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  const rss = Number(/KEFU_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024
  const cpu = Number(/KEFU_CPU_US=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr}`)
  return { seconds, cpu, rss, stdout: r.stdout }
}

/** measure() for processes that run at once: resolves when the child exits. */
function measureAsync(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', preload, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status) => {
      if (status !== 0 && status !== 1) return reject(new Error(`${args.join(' ')} exited ${status}\n${stderr}`))
      const rss = Number(/KEFU_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) * 1024
      const cpu = Number(/KEFU_CPU_US=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6
      resolve({ cpu, rss })
    })
  })
}

/**
 * What two threads can give on this machine when splitting costs nothing: two `--jobs 1` CLIs at
 * once, each on one half of the transcript (cut at the line break nearest the middle). Their wall
 * time is the ceiling of --jobs 2 here; on a VM whose two vCPUs share a core's caches (or with
 * V8's own GC threads already using the second core under --jobs 1) it is far from 2×.
 */
async function ceiling(file, size, report) {
  const fd = openSync(file, 'r')
  const probe = Buffer.alloc(1 << 16)
  const n = readSync(fd, probe, 0, probe.length, Math.floor(size / 2))
  closeSync(fd)
  const lf = probe.subarray(0, n).indexOf(0x0a)
  const cut = lf === -1 ? size : Math.floor(size / 2) + lf + 1
  const halves = [join(own, 'half-1.jsonl'), join(own, 'half-2.jsonl')]
  await pipeline(createReadStream(file, { start: 0, end: cut - 1 }), createWriteStream(halves[0]))
  await pipeline(createReadStream(file, { start: cut }), createWriteStream(halves[1]))
  try {
    const t0 = process.hrtime.bigint()
    const rs = await Promise.all(halves.map((h, i) => measureAsync([cli, '--jobs', '1', '--format', 'json', '--output', `${report}.${i}`, h])))
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9
    return { seconds, cpu: rs[0].cpu + rs[1].cpu, rss: rs[0].rss + rs[1].rss }
  } finally {
    for (const f of [...halves, `${report}.0`, `${report}.1`]) rmSync(f, { force: true })
  }
}

/** The baseline reader: what reading and parsing this file costs with no linting at all. */
const BASELINE = `
const { createReadStream } = require('node:fs')
const { createInterface } = require('node:readline')
let agent = 0, lines = 0
;(async () => {
  for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
    if (!line) continue
    lines++
    const o = JSON.parse(line)
    if (o.role === 'agent' && typeof o.text === 'string') agent++
  }
  process.stdout.write(JSON.stringify({ lines, agent }))
})()`

const mb = (b) => `${(b / 1048576).toFixed(0)} MB`
const rate = (n, s) => `${Math.round(n / s).toLocaleString('en-US')}/s`

/**
 * Findings in a json, jsonl or SARIF report, counted as the report streams by (a 10M-line json
 * report is over a gigabyte: more than one string can hold). Every finding, and nothing else,
 * starts with its ruleId key; inside a string a quote is escaped, so the marker cannot occur
 * in a reply's text.
 */
async function findingsIn(report, format) {
  const marker = { json: '{"ruleId":', jsonl: '{"type":"finding"', sarif: '"ruleId":' }[format]
  if (!marker) return undefined
  let n = 0
  let tail = ''
  for await (const chunk of createReadStream(report, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = tail + chunk
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) n++
    tail = text.slice(-(marker.length - 1))
  }
  return n
}

async function benchSize(lines, rules, offConfig) {
  const file = join(work, `transcript-${lines}.jsonl`)
  if (lines > 1_000_000) for (const f of [file, `${file}.lines`]) temporary.add(f)
  const t0 = Date.now()
  await generate(file, lines)
  const size = statSync(file).size
  console.log(`\n## ${lines.toLocaleString('en-US')} lines, ${mb(size)} JSONL (generated in ${((Date.now() - t0) / 1000).toFixed(1)} s); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`)
  const report = join(own, 'report.out')
  const base = measure(['-e', BASELINE, file])
  const { agent: replies } = JSON.parse(base.stdout)
  const rows = [['baseline: readline + JSON.parse (no lint)', base]]
  const run = async (name, args, format) => {
    const r = measure([cli, ...args, '--format', format, '--output', report, file])
    r.findings = await findingsIn(report, format)
    rows.push([name, r])
    return r
  }
  await run('CLI, all rules off, --jobs 1, json', ['--jobs', '1', '--config', offConfig], 'json')
  const one = await run(`CLI, ${rules.length} rules, --jobs 1, json`, ['--jobs', '1'], 'json')
  for (const format of ['jsonl', 'sarif', 'html']) {
    const r = await run(`CLI, ${rules.length} rules, --jobs 1, ${format}`, ['--jobs', '1'], format)
    if (r.findings !== undefined && r.findings !== one.findings) throw new Error(`${format}: ${r.findings} findings, json had ${one.findings}`)
  }
  const two = await run(`CLI, ${rules.length} rules, --jobs 2, json`, ['--jobs', '2'], 'json')
  const auto = await run(`CLI, ${rules.length} rules, --jobs auto, json`, ['--jobs', 'auto'], 'json')
  for (const r of [two, auto]) if (r.findings !== one.findings) throw new Error(`--jobs changed the findings: ${r.findings} vs ${one.findings}`)
  const pair = await ceiling(file, size, report)
  rows.push([`ceiling: two CLIs, --jobs 1, on the two halves at once (RSS summed)`, pair])

  // On a shared machine wall time depends on the other processes; CPU time much less so.
  console.log('| run | wall time | CPU time (all threads) | agent replies/s | × baseline (wall) | × baseline (CPU) | peak RSS |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const [name, r] of rows) {
    console.log(`| ${name} | ${r.seconds.toFixed(2)} s | ${r.cpu.toFixed(2)} s | ${rate(replies, r.seconds)} | ${(base.seconds / r.seconds).toFixed(2)}× | ${(base.cpu / r.cpu).toFixed(2)}× | ${mb(r.rss)} |`)
  }
  console.log()
  console.log(`agent replies: ${replies.toLocaleString('en-US')}; findings: ${one.findings.toLocaleString('en-US')}`)
  // As run.ts decides auto: one thread per core (at most 8) from 16 MB of input.
  const autoThreads = size >= 16 * 1048576 && availableParallelism() >= 3 ? Math.min(availableParallelism(), 8) : 1
  console.log(`--jobs 2 (one worker + the main thread) over --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}× wall clock (${(two.cpu / one.cpu).toFixed(2)}× the CPU time); --jobs auto (${autoThreads} thread${autoThreads > 1 ? 's' : ''} here): ${(one.seconds / auto.seconds).toFixed(2)}×`)
  console.log(`two --jobs 1 CLIs on the halves at once over one on the whole file (what two threads can give here, with no cost of splitting): ${(one.seconds / pair.seconds).toFixed(2)}× wall clock (${(pair.cpu / one.cpu).toFixed(2)}× the CPU time)${one.seconds / pair.seconds > 1.05 ? `; --jobs 2 gets ${(((one.seconds / two.seconds - 1) / (one.seconds / pair.seconds - 1)) * 100).toFixed(0)}% of that gain` : ''}`)
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  return { lines, rows }
}

async function main() {
  if (!existsSync(cli)) throw new Error('packages/cli/dist/cli.js is missing: run `npm run build` first')
  console.log(`kefu-lint CLI benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}`)
  // Wall-clock speed-ups need idle cores: the load average says how idle they were.
  const { rules } = await import(join(root, 'dist/index.js')).then((m) => ({ rules: m.builtinRules.map((r) => r.meta.id) }))
  const offConfig = join(own, 'rules-off.json')
  writeFileSync(offConfig, JSON.stringify({ rules: Object.fromEntries(rules.map((id) => [id, 'off'])) }))
  const done = []
  for (const lines of SIZES) {
    try {
      done.push(await benchSize(lines, rules, offConfig))
    } finally {
      // Large transcripts are made for the run only.
      removeTemporary()
      rmSync(join(own, 'report.out'), { force: true })
    }
  }
  if (done.length > 1) {
    console.log('\npeak RSS by size (flat is the goal):')
    for (let i = 0; i < done[0].rows.length; i++) {
      console.log(`- ${done[0].rows[i][0]}: ${done.map((d) => `${mb(d.rows[i][1].rss)} at ${(d.lines / 1e6).toFixed(0)}M`).join(', ')}`)
    }
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
