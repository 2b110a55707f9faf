/**
 * Load test of `kefu-lint serve` on loopback (npm run bench:serve).
 *
 * The server runs in its own process (one thread: one core); autocannon drives it from this
 * process. The ceiling is the library linting the same replies in-process on one core, measured
 * in the same run, before and after the HTTP runs. Every figure is bounded in time:
 *   --seconds N        each autocannon run (default 5)
 *   --soak-seconds N   batch load at the highest connection count while memory is sampled (default 60)
 *   --batch N          replies per batch request (default 100)
 * Prints a table and writes bench/serve-results.json.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import autocannon from 'autocannon'
import { createLinter } from '../dist/node.js'
import { makeCorpus } from './corpus.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const SECONDS = arg('seconds', 5)
const SOAK_SECONDS = arg('soak-seconds', 60)
const BATCH = arg('batch', 100)
const CONNECTIONS = [1, 10, 50]
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d

const corpus = makeCorpus(10_000)

const cpuSeconds = (usage) => (usage.user + usage.system) / 1e6

/** The ceiling: replies per wall-clock second and per CPU second, in-process on one thread. */
function libraryThroughput(seconds) {
  const linter = createLinter()
  // Warm-up as long as the server's: the JIT settles over a few seconds, not one pass.
  const warm = performance.now() + 4000
  for (let n = 0; performance.now() < warm; n++) linter.lint(corpus[n % corpus.length])
  let n = 0
  let sink = 0
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const end = t0 + seconds * 1000
  while (performance.now() < end) {
    for (let i = 0; i < 500; i++) sink += linter.lint(corpus[n++ % corpus.length]).messages.length
  }
  if (sink < 0) console.log(sink)
  return { perSecond: n / ((performance.now() - t0) / 1000), perCpuSecond: n / cpuSeconds(process.cpuUsage(cpu0)) }
}

function startServer() {
  const proc = spawn(process.execPath, ['packages/cli/dist/cli.js', 'serve', '--port', '0', '--max-batch', String(BATCH), '--body-limit', String(8 * 1024 * 1024)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    proc.stdout.setEncoding('utf8').on('data', (d) => {
      out += d
      const m = /listening on (http:\/\/[^\s]+)/.exec(out)
      if (m) resolve({ proc, url: m[1] })
    })
    proc.on('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
}

/** Rotating bodies, so the server sees the whole corpus rather than one cached string. */
function bodies(kind) {
  if (kind === 'floor') return ['']
  if (kind === 'single') return corpus.map((text) => JSON.stringify({ text }))
  const out = []
  for (let i = 0; i < corpus.length; i += BATCH) out.push(JSON.stringify({ replies: corpus.slice(i, i + BATCH).map((text) => ({ text })) }))
  return out
}

/** CPU seconds the server process has used, from its own /metrics. */
async function serverCpu(url) {
  const text = await (await fetch(`${url}/metrics`)).text()
  return Number(/^kefu_lint_process_cpu_seconds_total (\S+)$/m.exec(text)[1])
}

async function load(url, kind, connections, seconds) {
  const list = bodies(kind)
  let i = 0
  const cpuBefore = await serverCpu(url)
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      kind === 'floor'
        ? { method: 'GET', path: '/healthz' }
        : {
            method: 'POST',
            path: kind === 'single' ? '/v1/lint' : '/v1/lint/batch',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: list[i++ % list.length] }),
          },
    ],
  })
  const perRequest = kind === 'batch' ? BATCH : 1
  const ok = result['2xx']
  const cpu = (await serverCpu(url)) - cpuBefore
  return {
    serverCpuSeconds: round(cpu, 2),
    repliesPerCpuSecond: round((ok * perRequest) / cpu),
    kind,
    connections,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    repliesPerSecond: round((ok * perRequest) / (result.duration || seconds)),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
  }
}

async function memoryOf(url) {
  const text = await (await fetch(`${url}/metrics`)).text()
  const value = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1])
  return { rssMB: round(value('kefu_lint_process_resident_memory_bytes') / 2 ** 20, 1), heapUsedMB: round(value('kefu_lint_nodejs_heap_size_used_bytes') / 2 ** 20, 1) }
}

async function soak(url, seconds) {
  if (seconds <= 0) return undefined
  const samples = []
  const t0 = Date.now()
  const sampler = setInterval(async () => samples.push({ s: round((Date.now() - t0) / 1000), ...(await memoryOf(url)) }), 5000)
  const run = await load(url, 'batch', CONNECTIONS.at(-1), seconds)
  clearInterval(sampler)
  samples.push({ s: round((Date.now() - t0) / 1000), ...(await memoryOf(url)) })
  return { seconds, connections: CONNECTIONS.at(-1), repliesPerSecond: run.repliesPerSecond, errors: run.errors, non2xx: run.non2xx, samples }
}

const loadBefore = loadavg()
const libraryBefore = libraryThroughput(5)
const { proc, url } = await startServer()
const runs = []
try {
  // A wrong answer measured fast is worth nothing: check one batch in full first.
  const check = await fetch(`${url}/v1/lint/batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies('batch')[0] })
  const checked = await check.json()
  const reference = createLinter()
  const expected = corpus.slice(0, BATCH).map((text) => reference.lint(text))
  if (JSON.stringify(checked.results) !== JSON.stringify(expected)) throw new Error('the server does not answer a batch as the library does')
  // Warm the server's JIT before measuring.
  await load(url, 'batch', 10, 2)
  await load(url, 'single', 10, 2)
  // The HTTP stack's own floor on this machine right now: GET /healthz does no linting.
  const floor = await load(url, 'floor', 10, SECONDS)
  console.error(`GET /healthz c=10: ${floor.repliesPerSecond} requests/s, p50 ${floor.p50ms} ms, p99 ${floor.p99ms} ms`)
  runs.push(floor)
  for (const kind of ['single', 'batch']) {
    for (const connections of CONNECTIONS) {
      const r = await load(url, kind, connections, SECONDS)
      runs.push(r)
      console.error(`${kind} c=${connections}: ${r.repliesPerSecond} replies/s (${r.repliesPerCpuSecond} per server CPU-second), p50 ${r.p50ms} ms, p99 ${r.p99ms} ms`)
    }
  }
  var soakResult = await soak(url, SOAK_SECONDS)
} finally {
  proc.kill('SIGTERM')
}
const libraryAfter = libraryThroughput(5)
const library = (libraryBefore.perSecond + libraryAfter.perSecond) / 2
const libraryCpu = (libraryBefore.perCpuSecond + libraryAfter.perCpuSecond) / 2
// On a shared machine wall-clock rates follow the neighbours' load; work per CPU-second of the
// one server thread against the library's per CPU-second is the comparison that holds still.
const bestBatch = Math.max(...runs.filter((r) => r.kind === 'batch').map((r) => r.repliesPerCpuSecond))
const single10 = runs.find((r) => r.kind === 'single' && r.connections === 10)

const results = {
  date: new Date().toISOString(),
  node: process.version,
  loadavgBefore: loadBefore.map((x) => round(x, 2)),
  loadavgAfter: loadavg().map((x) => round(x, 2)),
  batchSize: BATCH,
  secondsPerRun: SECONDS,
  library: {
    repliesPerSecond: round(library),
    repliesPerCpuSecond: round(libraryCpu),
    before: { perSecond: round(libraryBefore.perSecond), perCpuSecond: round(libraryBefore.perCpuSecond) },
    after: { perSecond: round(libraryAfter.perSecond), perCpuSecond: round(libraryAfter.perCpuSecond) },
  },
  runs,
  goals: {
    batchOverLibraryPerCpuSecond: round(bestBatch / libraryCpu, 2),
    batchGoalMet: bestBatch / libraryCpu >= 0.5,
    singleP99At10ms: single10.p99ms,
    singleP99GoalMet: single10.p99ms <= 5,
  },
  soak: soakResult,
}
writeFileSync(new URL('./serve-results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')

console.log(`\nload average before ${results.loadavgBefore.join(' ')}, after ${results.loadavgAfter.join(' ')}`)
console.log(`library (one thread, in-process): ${round(library)} replies/s, ${round(libraryCpu)} per CPU-second`)
console.log(`  (before the HTTP runs ${round(libraryBefore.perSecond)} / ${round(libraryBefore.perCpuSecond)}, after ${round(libraryAfter.perSecond)} / ${round(libraryAfter.perCpuSecond)})\n`)
console.log('| endpoint | connections | replies/s | per server CPU-s | % of library per CPU-s | p50 ms | p99 ms | non-2xx |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const r of runs) {
  const name = { floor: 'GET /healthz (no linting: the HTTP floor)', single: 'POST /v1/lint', batch: `POST /v1/lint/batch (${BATCH})` }[r.kind]
  console.log(`| ${name} | ${r.connections} | ${r.repliesPerSecond} | ${r.repliesPerCpuSecond} | ${round((100 * r.repliesPerCpuSecond) / libraryCpu)}% | ${r.p50ms} | ${r.p99ms} | ${r.non2xx + r.errors} |`)
}
console.log(`\ngoals: batch ≥ 50% of the library per CPU-second: ${results.goals.batchGoalMet ? 'met' : 'not met'} (${results.goals.batchOverLibraryPerCpuSecond}); single p99 ≤ 5 ms at 10 connections: ${results.goals.singleP99GoalMet ? 'met' : 'not met'} (${single10.p99ms} ms)`)
if (soakResult) {
  const s = soakResult.samples
  console.log(`\nsoak: ${soakResult.seconds} s batch at ${soakResult.connections} connections, ${soakResult.repliesPerSecond} replies/s; RSS MB ${s.map((x) => x.rssMB).join(' → ')}; heap used MB ${s.map((x) => x.heapUsedMB).join(' → ')}`)
}
