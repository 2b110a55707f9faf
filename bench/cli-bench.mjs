#!/usr/bin/env node
/**
 * End-to-end benchmark of the kefu-lint CLI on a generated JSON Lines transcript
 * (≥ 1M lines; half customer turns, half agent replies from the library benchmark's corpus).
 *
 * Every figure is printed beside a baseline measured in the same run on the same file:
 *   - read+parse baseline: stream the file line by line and JSON.parse each line (no linting);
 *   - CLI, rules off: the CLI's own reading, decoding, parsing and conversation tracking;
 *   - CLI --jobs 1 and --jobs 2: the real thing (all built-in rules, JSON report to a file).
 * Peak RSS is measured in each child process (process.resourceUsage().maxRSS at exit).
 *
 *   npm run bench:cli                 # 1,000,000 lines
 *   node bench/cli-bench.mjs 2000000  # more
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prng, reply } from './corpus.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'packages/cli/dist/cli.js')
const LINES = Number(process.argv[2] ?? 1_000_000)
const work = join(tmpdir(), 'kefu-lint-cli-bench')
mkdirSync(work, { recursive: true })

const QUESTIONS = [
  '这个什么时候发货', '能保证明天到吗', '洗了会不会掉色啊', '尺码偏大还是偏小', '有赠品吗', '可以便宜点吗', '在吗',
  '快递到哪了', '我买的衣服起球了怎么办', '敏感肌能用吗', '能开发票吗', '为什么还没发货', '这个是正品吗', '好的谢谢',
]

/** Deterministic transcript: sessions of 4–12 turns, customer first, interleaved like a busy shop. */
async function generate(file, lines) {
  if (existsSync(`${file}.lines`) && readFileSync(`${file}.lines`, 'utf8') === String(lines)) return
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
const preload = join(work, 'rss.cjs')
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

async function main() {
  if (!existsSync(cli)) throw new Error('packages/cli/dist/cli.js is missing: run `npm run build` first')
  const file = join(work, `transcript-${LINES}.jsonl`)
  const t0 = Date.now()
  await generate(file, LINES)
  const size = statSync(file).size
  console.log(`kefu-lint CLI benchmark — ${LINES.toLocaleString('en-US')} lines, ${mb(size)} JSONL (generated in ${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  // Wall-clock speed-ups need idle cores: the load average says how idle they were.
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`)

  const { rules } = await import(join(root, 'dist/index.js')).then((m) => ({ rules: m.builtinRules.map((r) => r.meta.id) }))
  const offConfig = join(work, 'rules-off.json')
  writeFileSync(offConfig, JSON.stringify({ rules: Object.fromEntries(rules.map((id) => [id, 'off'])) }))
  const report = join(work, 'report.json')

  const base = measure(['-e', BASELINE, file])
  const { agent: replies } = JSON.parse(base.stdout)
  const off = measure([cli, '--jobs', '1', '--config', offConfig, '--format', 'json', '--output', report, file])
  const one = measure([cli, '--jobs', '1', '--format', 'json', '--output', report, file])
  const results = JSON.parse(readFileSync(report, 'utf8'))
  const findings = results[0].messages.length
  if (results[0].replies !== replies) throw new Error(`CLI linted ${results[0].replies} replies, the file has ${replies}`)
  const two = measure([cli, '--jobs', '2', '--format', 'json', '--output', report, file])
  const again = JSON.parse(readFileSync(report, 'utf8'))
  if (again[0].messages.length !== findings) throw new Error('--jobs 2 reported different findings than --jobs 1')

  const rows = [
    ['baseline: read + JSON.parse (no lint)', base],
    ['CLI, all rules off (read, decode, parse, context)', off],
    [`CLI --jobs 1 (${rules.length} rules, JSON report)`, one],
    [`CLI --jobs 2`, two],
  ]
  console.log('| run | wall time | CPU time (all threads) | lines/s | agent replies/s | peak RSS |')
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const [name, r] of rows) console.log(`| ${name} | ${r.seconds.toFixed(2)} s | ${r.cpu.toFixed(2)} s | ${rate(LINES, r.seconds)} | ${rate(replies, r.seconds)} | ${mb(r.rss)} |`)
  console.log()
  console.log(`agent replies linted: ${replies.toLocaleString('en-US')}; findings: ${findings.toLocaleString('en-US')}`)
  console.log(`end-to-end: ${rate(replies, one.seconds)} replies (--jobs 1) vs ${rate(replies, base.seconds)} for reading + parsing alone (${(base.seconds / one.seconds).toFixed(2)}×)`)
  console.log(
    `--jobs 2 speed-up over --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}× wall clock, at ${(two.cpu / one.cpu).toFixed(2)}× the CPU time; the main thread's reading is the floor (rules-off CLI: ${off.seconds.toFixed(2)} s)`,
  )
  console.log(`peak RSS: ${mb(off.rss)} streaming with no findings, ${mb(one.rss)} with ${findings.toLocaleString('en-US')} findings held for the report; baseline reader ${mb(base.rss)}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
