#!/usr/bin/env node
/**
 * Side-by-side CPU and memory of CLI variants on one transcript: V8 heap flags (young-generation
 * size, single-threaded GC, …) and --jobs settings, run alternately (round 1 of every variant,
 * then round 2 …) so that each variant sees the same mix of load from other processes. Wall time
 * means little on a shared machine; this prints CPU time (user + system, all threads, from the
 * child's process.resourceUsage at exit), CPU per thread kind (sampled from /proc/<pid>/task
 * every 100 ms: the main thread, the lint worker, V8's platform threads that run background GC
 * and compile jobs, the rest), peak RSS and the load average when each run began.
 * Every variant's report must be byte-identical to the first's (md5 compared).
 *
 *   node bench/cli-gc-bench.mjs [--file transcript.jsonl] [--rounds 3] [--variants a,b,…] [--list]
 *
 * Without --file, a 200k-line transcript: the first 200,000 lines of cli-bench.mjs's 1M-line file
 * (`head -n 200000 $TMPDIR/kefu-lint-cli-bench/transcript-1000000.jsonl > …/transcript-200000.jsonl`).
 * Linux only (the per-thread figures read /proc). Per thread kind: V8 runs its optimising
 * compiler (TurboFan) on the platform threads too, so "V8 helpers" is compile jobs as well as GC
 * (`--no-concurrent-recompilation` moves the compiling onto the JavaScript threads: compare
 * the variants j1 and j1-norecomp); "other" is the libuv pool and any further V8 threads.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.KEFU_LINT_BENCH_DIST ?? join(root, 'packages/cli/dist')
const cli = join(dist, 'cli.js')
const argv = process.argv.slice(2)
const opt = (name, dflt) => {
  const at = argv.indexOf(name)
  return at === -1 ? dflt : argv[at + 1]
}
const work = join(tmpdir(), `kefu-lint-gc-bench-${process.pid}`)
mkdirSync(work, { recursive: true })
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))
const file = opt('--file', join(tmpdir(), 'kefu-lint-cli-bench', 'transcript-200000.jsonl'))
const rounds = Number(opt('--rounds', '3'))
const format = opt('--format', 'json')

/**
 * name → how the CLI is started: node flags before the script (V8 flags are per process: they
 * hold for the worker threads too), environment, CLI arguments.
 */
const VARIANTS = {
  'j1': { args: ['--jobs', '1'] },
  'j2': { args: ['--jobs', '2'] },
  'j3': { args: ['--jobs', '3'] },
  // --jobs with child processes instead of worker threads (KEFU_LINT_PROCESSES, pool.ts).
  'j2-procs': { env: { KEFU_LINT_PROCESSES: '1' }, args: ['--jobs', '2'] },
  'j3-procs': { env: { KEFU_LINT_PROCESSES: '1' }, args: ['--jobs', '3'] },
  // N workers and a main process that only orders and writes (KEFU_LINT_MAIN_LINTS=0).
  'j2-nomain': { env: { KEFU_LINT_MAIN_LINTS: '0' }, args: ['--jobs', '2'] },
  'j2-procs-nomain': { env: { KEFU_LINT_PROCESSES: '1', KEFU_LINT_MAIN_LINTS: '0' }, args: ['--jobs', '2'] },
  // Two `--jobs 1` processes at once, one on each half of the file (split at the middle line):
  // what two engines cost with no ranges, no handshakes and no findings crossing a process.
  // Its two reports differ from the others' by construction (not compared).
  'j1-halves': { halves: true, args: ['--jobs', '1'] },
  // The same two processes one after the other: two engines' start and warm-up, no contention.
  'j1-halves-seq': { halves: 'sequential', args: ['--jobs', '1'] },
  'j1-semi1': { node: ['--max-semi-space-size=1'], args: ['--jobs', '1'] },
  'j2-semi1': { node: ['--max-semi-space-size=1'], args: ['--jobs', '2'] },
  'j1-semi2': { node: ['--max-semi-space-size=2'], args: ['--jobs', '1'] },
  'j2-semi2': { node: ['--max-semi-space-size=2'], args: ['--jobs', '2'] },
  'j1-semi8': { node: ['--max-semi-space-size=8'], args: ['--jobs', '1'] },
  'j2-semi8': { node: ['--max-semi-space-size=8'], args: ['--jobs', '2'] },
  'j1-semi16': { node: ['--max-semi-space-size=16'], args: ['--jobs', '1'] },
  'j2-semi16': { node: ['--max-semi-space-size=16'], args: ['--jobs', '2'] },
  'j1-semi32': { node: ['--max-semi-space-size=32'], args: ['--jobs', '1'] },
  'j2-semi32': { node: ['--max-semi-space-size=32'], args: ['--jobs', '2'] },
  'j1-minsemi16': { node: ['--min-semi-space-size=16'], args: ['--jobs', '1'] },
  'j2-minsemi16': { node: ['--min-semi-space-size=16'], args: ['--jobs', '2'] },
  'j1-stgc': { node: ['--single-threaded-gc'], args: ['--jobs', '1'] },
  'j2-stgc': { node: ['--single-threaded-gc'], args: ['--jobs', '2'] },
  'j1-noconc': { node: ['--no-concurrent-marking'], args: ['--jobs', '1'] },
  'j2-noconc': { node: ['--no-concurrent-marking'], args: ['--jobs', '2'] },
  'j1-noparsc': { node: ['--no-parallel-scavenge'], args: ['--jobs', '1'] },
  'j2-noparsc': { node: ['--no-parallel-scavenge'], args: ['--jobs', '2'] },
  'j1-pool1': { node: ['--v8-pool-size=1'], args: ['--jobs', '1'] },
  'j2-pool1': { node: ['--v8-pool-size=1'], args: ['--jobs', '2'] },
  'j2-range1m': { env: { KEFU_LINT_RANGE_BYTES: String(1 << 20) }, args: ['--jobs', '2'] },
  'j2-range512k': { env: { KEFU_LINT_RANGE_BYTES: String(1 << 19) }, args: ['--jobs', '2'] },
  'j2-range256k': { env: { KEFU_LINT_RANGE_BYTES: String(1 << 18) }, args: ['--jobs', '2'] },
  // The CLI sets V8's heap growing factor to 1.5 for lint runs (src/cli/heap.ts); these leave V8 its own.
  'j1-v8grow': { env: { KEFU_LINT_HEAP_GROWING_PERCENT: '0' }, args: ['--jobs', '1'] },
  'j2-v8grow': { env: { KEFU_LINT_HEAP_GROWING_PERCENT: '0' }, args: ['--jobs', '2'] },
  'j1-norecomp': { node: ['--no-concurrent-recompilation'], args: ['--jobs', '1'] },
  'j2-norecomp': { node: ['--no-concurrent-recompilation'], args: ['--jobs', '2'] },
}
// KEFU_LINT_BENCH_BASE=<dist folder>: an earlier build (e.g. a worktree of the commit before a
// change) as variants base-j1 and base-j2, to run alternately with this build's j1 and j2.
const base = process.env.KEFU_LINT_BENCH_BASE
if (base) {
  VARIANTS['base-j1'] = { cli: join(base, 'cli.js'), args: ['--jobs', '1'] }
  VARIANTS['base-j2'] = { cli: join(base, 'cli.js'), args: ['--jobs', '2'] }
  VARIANTS['base-j3'] = { cli: join(base, 'cli.js'), args: ['--jobs', '3'] }
}
if (argv.includes('--list')) {
  for (const [name, v] of Object.entries(VARIANTS)) console.log(`${name}: node ${(v.node ?? []).join(' ')} cli.js ${v.args.join(' ')} ${Object.entries(v.env ?? {}).map(([k, x]) => `${k}=${x}`).join(' ')}`)
  process.exit(0)
}
const names = opt('--variants', 'j1,j2').split(',')
for (const n of names) if (!VARIANTS[n]) throw new Error(`unknown variant ${n} (--list)`)
if (!existsSync(file)) throw new Error(`${file} is missing: node bench/cli-bench.mjs --sizes 200k makes it`)

const preload = join(work, 'usage.cjs')
writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nKEFU_MAX_RSS_KB=${u.maxRSS} KEFU_CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`) })\n")
const TICK = 100 // clock ticks per second of /proc's stat (USER_HZ, 100 on Linux)

/** The process ids of `pid` and all its descendants (--jobs' child processes). */
function tree(pid) {
  const out = [pid]
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim()
        if (kids) out.push(...kids.split(' ').map(Number))
      }
    } catch {}
  }
  return out
}

/** Resident memory of a process now (kB), 0 once it is gone. */
function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** utime + stime (ticks) of each thread of `pid`, by thread id. */
function threadTicks(pid, into) {
  let tids
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    return
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      into.set(Number(tid), Number(f[11]) + Number(f[12]))
    } catch {}
  }
}

async function md5(path) {
  const h = createHash('md5')
  for await (const c of createReadStream(path)) h.update(c)
  return h.digest('hex')
}

let halves
function halvesOf() {
  if (halves) return halves
  const lines = readFileSync(file, 'utf8').split(/(?<=\n)/)
  const mid = lines.length >> 1
  halves = [join(work, 'half-a.jsonl'), join(work, 'half-b.jsonl')]
  writeFileSync(halves[0], lines.slice(0, mid).join(''))
  writeFileSync(halves[1], lines.slice(mid).join(''))
  return halves
}

async function once(name) {
  const v = VARIANTS[name]
  // Split before the clock starts (the first time only).
  if (v.halves) halvesOf()
  const load = loadavg()[0]
  const began = process.hrtime.bigint()
  const wall = () => Number(process.hrtime.bigint() - began) / 1e9
  if (!v.halves) return { ...(await single(name, file, join(work, `${name}.out`))), load, wall: wall() }
  const [fa, fb] = halvesOf()
  const [a, b] =
    v.halves === 'sequential'
      ? [await single(name, fa, join(work, `${name}-0.out`)), await single(name, fb, join(work, `${name}-1.out`))]
      : await Promise.all([fa, fb].map((f, i) => single(name, f, join(work, `${name}-${i}.out`))))
  // Sequential: the peak is the larger one's, not the sum.
  const rssOf = (k) => (v.halves === 'sequential' ? Math.max(a[k], b[k]) : a[k] + b[k])
  const sum = (k) => a[k] + b[k]
  return { cpu: sum('cpu'), rss: rssOf('rss'), tree: rssOf('tree'), procs: sum('procs'), main: sum('main'), worker: sum('worker'), helpers: sum('helpers'), rest: sum('rest'), load, wall: wall(), sum: 'halves' }
}

function single(name, input, report) {
  const v = VARIANTS[name]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(v.node ?? []), '--require', preload, v.cli ?? cli, ...v.args, '--format', format, '--output', report, input], { env: { ...process.env, ...v.env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    const ticks = new Map()
    const first = []
    // Child processes (--jobs with processes): their main threads count as "worker", their
    // other threads as "V8 helpers"; the sum of every process's RSS at each sample, its peak.
    const kids = new Map()
    let treeRss = 0
    const timer = setInterval(() => {
      threadTicks(child.pid, ticks)
      let rss = 0
      for (const pid of tree(child.pid)) {
        rss += rssKb(pid)
        if (pid === child.pid) continue
        if (!kids.has(pid)) kids.set(pid, new Map())
        threadTicks(pid, kids.get(pid))
      }
      treeRss = Math.max(treeRss, rss)
      // V8's platform threads (background GC, compile jobs) start with the process, right after
      // the main thread: the first tids seen besides the main thread's.
      if (!first.length && ticks.size > 4) first.push(...[...ticks.keys()].filter((t) => t !== child.pid).sort((a, b) => a - b).slice(0, 4))
    }, 100)
    child.on('close', async (code) => {
      clearInterval(timer)
      if (code !== 0 && code !== 1) return reject(new Error(`${name} exited ${code}\n${stderr}`))
      // Every process (the CLI and its --jobs children, which inherit the preload) prints its
      // own usage at exit: CPU is their sum, and so is "peak RSS" (each process's own peak,
      // summed: an upper bound of the peak together; `tree` is the sampled peak of the sum).
      const usage = [...stderr.matchAll(/KEFU_MAX_RSS_KB=(\d+) KEFU_CPU_US=(\d+)/g)]
      const cpu = usage.reduce((s, m) => s + Number(m[2]), 0) / 1e6
      const rss = usage.reduce((s, m) => s + Number(m[1]), 0) / 1024
      const main = (ticks.get(child.pid) ?? 0) / TICK
      let helpers = first.reduce((s, t) => s + (ticks.get(t) ?? 0), 0) / TICK
      const others = [...ticks].filter(([t]) => t !== child.pid && !first.includes(t)).map(([, n]) => n / TICK).sort((a, b) => b - a)
      let worker = v.args.includes('1') || kids.size ? 0 : others.shift() ?? 0
      const rest = others.reduce((s, n) => s + n, 0)
      for (const [pid, t] of kids) {
        for (const [tid, n] of t) {
          if (tid === pid) worker += n / TICK
          else helpers += n / TICK
        }
      }
      resolve({ cpu, rss, tree: treeRss / 1024, procs: usage.length, main, worker, helpers, rest, sum: await md5(report) })
      rmSync(report, { force: true })
    })
  })
}

const results = Object.fromEntries(names.map((n) => [n, []]))
console.log(`${file}, --format ${format}, ${rounds} rounds of ${names.join(', ')}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
for (let r = 0; r < rounds; r++) {
  for (const n of names) {
    const x = await once(n)
    results[n].push(x)
    const reference = results[names.find((m) => !VARIANTS[m].halves) ?? names[0]][0]?.sum
    console.log(`round ${r + 1} ${n}: ${x.sum === reference || x.sum === 'halves' ? '' : `REPORT DIFFERS (md5 ${x.sum}) `}${x.wall.toFixed(2)} s wall, ${x.cpu.toFixed(2)} s CPU in ${x.procs} process(es) (main ${x.main.toFixed(2)} / worker ${x.worker.toFixed(2)} / V8 helpers ${x.helpers.toFixed(2)} / other ${x.rest.toFixed(2)}), ${x.rss.toFixed(0)} MB (sampled ${x.tree.toFixed(0)}), load ${x.load.toFixed(2)}`)
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const h = s.length >> 1
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2
}
const sums = new Set(Object.values(results).flat().map((x) => x.sum).filter((x) => x !== 'halves'))
console.log(`\nreports identical: ${sums.size === 1 ? 'yes' : `NO (${sums.size} different)`}`)
console.log('| variant | wall, median | CPU, median (runs) | main / worker / V8 helpers / other (median) | peak RSS summed over processes, median (max) | sampled peak of the sum, median | load at start |')
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const n of names) {
  const xs = results[n]
  const m = (k) => median(xs.map((x) => x[k])).toFixed(2)
  console.log(`| ${n} | ${m('wall')} s | ${m('cpu')} s (${xs.map((x) => x.cpu.toFixed(2)).join(', ')}) | ${m('main')} / ${m('worker')} / ${m('helpers')} / ${m('rest')} | ${median(xs.map((x) => x.rss)).toFixed(0)} MB (${Math.max(...xs.map((x) => x.rss)).toFixed(0)}) | ${median(xs.map((x) => x.tree)).toFixed(0)} MB | ${xs.map((x) => x.load.toFixed(1)).join(', ')} |`)
}
console.log(`load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
if (sums.size !== 1) process.exitCode = 1
