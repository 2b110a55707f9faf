#!/usr/bin/env node
/**
 * What one --jobs lint worker costs before any input: starts the CLI's worker with the init the
 * CLI gives it, waits for its `ready` (config resolved, linter built), and reads the CPU of every
 * thread but this script's own (/proc/self/task: the worker and V8's helper threads) and the
 * process RSS growth until then. The worker gets the built-in data validated in this process, as
 * the CLI's main thread hands it over (src/lexicon/validated.ts). With KEFU_LINT_BENCH_BASE=<dist
 * folder of an earlier build>, that build's worker is started alternately with this one's (it
 * gets what it got then: no validated data). Linux only (/proc).
 *
 *   node --expose-gc bench/cli-worker-start.mjs [rounds]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.KEFU_LINT_BENCH_DIST ?? join(root, 'packages/cli/dist')
const rounds = Number(process.argv[2] ?? 6)
if (!global.gc) throw new Error('run with node --expose-gc')

// What the CLI's main thread does (src/cli/main.ts): load the bundle while recording validation.
const command = /import\("\.\/(command-[\w-]+\.js)"\)/.exec(readFileSync(join(dist, 'cli.js'), 'utf8'))?.[1]
const KEY = Symbol.for('kefu-lint.validated-builtins')
const validated = new Map()
if (command) {
  globalThis[KEY] = { mode: 'record', results: validated }
  await import(pathToFileURL(join(dist, command)).href)
  delete globalThis[KEY]
}
const builds = [['this build', join(dist, 'cli.js'), validated.size ? validated : undefined]]
if (process.env.KEFU_LINT_BENCH_BASE) builds.unshift(['base', join(process.env.KEFU_LINT_BENCH_BASE, 'cli.js'), undefined])

const ticks = () => {
  const m = new Map()
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const s = readFileSync(`/proc/self/task/${t}/stat`, 'utf8')
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
      m.set(t, (Number(f[11]) + Number(f[12])) * 10)
    } catch {}
  }
  return m
}
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024
const results = Object.fromEntries(builds.map(([name]) => [name, []]))
for (let r = 0; r < rounds; r++) {
  for (const [name, cli, data] of builds) {
    global.gc()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const before = ticks()
    const rss0 = rss()
    const load = loadavg()[0]
    const init = { kefuLintWorker: true, ...(data ? { validated: data } : {}), configFile: undefined, configLookup: false, overrides: {}, cwd: process.cwd(), settings: { reader: {}, agent: [], quiet: false } }
    const worker = new Worker(pathToFileURL(cli), { workerData: init })
    let peak = 0
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 5)
    await new Promise((resolve, reject) => {
      worker.on('message', (m) => m.type === 'ready' && resolve())
      worker.on('error', reject)
    })
    clearInterval(sampler)
    peak = Math.max(peak, rss())
    let cpu = 0
    for (const [t, v] of ticks()) if (t !== String(process.pid)) cpu += v - (before.get(t) ?? 0)
    results[name].push({ cpu, rss: peak - rss0, load })
    await worker.terminate()
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const h = s.length >> 1
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2
}
for (const [name] of builds) {
  const xs = results[name]
  console.log(`${name}: worker start CPU median ${median(xs.map((x) => x.cpu))} ms (${xs.map((x) => x.cpu).join(', ')}), RSS growth to ready median ${median(xs.map((x) => x.rss)).toFixed(0)} MB (${xs.map((x) => x.rss.toFixed(0)).join(', ')}), load ${xs.map((x) => x.load.toFixed(1)).join(', ')}`)
}
