#!/usr/bin/env node
/**
 * How well this machine runs the lint on two cores at once, without the CLI: the library lints
 * the benchmark corpus in one process, then in two processes at the same time (each the same
 * work), with V8's default garbage collector (which already puts its helper threads on the
 * other cores) and with `--single-threaded-gc`. Wall times of the pair against one process say
 * what any split of the work (--jobs, --shard) can gain here at best: a VM whose vCPUs share a
 * core's caches, or a workload bound by memory, gives far less than 2×.
 *
 *   npm run build && node bench/scaling.mjs [replies=20000] [rounds=5]
 *
 * KEFU_LINT_BENCH_DIST: a copy of dist/ to measure instead of the working tree's.
 */
import { spawn } from 'node:child_process'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.KEFU_LINT_BENCH_DIST ?? join(root, 'dist')
const [replies = '20000', rounds = '5'] = process.argv.slice(2)

// One child: build the linter, warm it up, then lint the corpus `rounds` times; prints ms and CPU µs.
const CHILD = `
const { makeCorpus } = await import(${JSON.stringify(pathToFileURL(join(root, 'bench/corpus.mjs')).href)})
const { createLinter } = await import(${JSON.stringify(pathToFileURL(join(dist, 'node.js')).href)})
const corpus = makeCorpus(${Number(replies)})
const linter = createLinter({})
for (let i = 0; i < 2000; i++) linter.lint(corpus[i])
const cpu0 = process.cpuUsage()
const t0 = performance.now()
let n = 0
for (let r = 0; r < ${Number(rounds)}; r++) for (const text of corpus) n += linter.lint(text).messages.length
const cpu = process.cpuUsage(cpu0)
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, n }))
`

function child(flags) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...flags, '--input-type=module', '-e', CHILD], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    p.stdout.setEncoding('utf8').on('data', (d) => (out += d))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited ${code}`))))
  })
}

console.log(`lint scaling on this machine — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}; ${replies} replies × ${rounds} per process; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`)
console.log('| garbage collector | one process: wall (CPU) | two at once: slower wall (CPU each) | throughput of two / one |')
console.log('|---|---:|---:|---:|')
for (const [name, flags] of [['V8 default (helper threads)', []], ['--single-threaded-gc', ['--single-threaded-gc']]]) {
  const one = await child(flags)
  const two = await Promise.all([child(flags), child(flags)])
  const slow = Math.max(two[0].ms, two[1].ms)
  if (two.some((t) => t.n !== one.n)) throw new Error('the two processes found different findings')
  console.log(`| ${name} | ${(one.ms / 1000).toFixed(2)} s (${(one.cpuMs / 1000).toFixed(2)} s) | ${(slow / 1000).toFixed(2)} s (${two.map((t) => (t.cpuMs / 1000).toFixed(2)).join(', ')} s) | ${((2 * one.ms) / slow).toFixed(2)}× |`)
}
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
