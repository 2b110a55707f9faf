#!/usr/bin/env node
/**
 * Where the CLI's CPU time goes, stage by stage: runs the built CLI once under `--cpu-prof` on a
 * JSON Lines transcript and sorts every sample by the function it was taken in (the bundle's
 * `// src/…` section comments say which source module a line of the bundle came from):
 *
 *   start → read → decode → split → parse → pair → lint → record → serialise → write, and GC
 *
 * Also prints a bare `readline` + `JSON.parse` of the same file (the baseline of cli-bench.mjs)
 * measured in the same run, so the stages can be read against it.
 *
 *   npm run build && node bench/cli-profile.mjs [transcript.jsonl] [-- extra CLI arguments]
 *
 * Without a file, the 1M-line transcript of cli-bench.mjs is used (generate it with
 * `node bench/cli-bench.mjs 1000000` first).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = process.env.KEFU_LINT_BENCH_DIST ?? join(root, 'packages/cli/dist')
const dash = process.argv.indexOf('--')
const args = dash === -1 ? process.argv.slice(2) : process.argv.slice(2, dash)
const extra = dash === -1 ? ['--format', 'json'] : process.argv.slice(dash + 1)
const file = args[0] ?? join(tmpdir(), 'kefu-lint-cli-bench', 'transcript-1000000.jsonl')

/** Source module of each line of a bundle, from tsup's `// src/x.ts` section comments. */
function sectionsOf(path) {
  const lines = readFileSync(path, 'utf8').split('\n')
  const out = []
  let current = '(bundle)'
  for (const line of lines) {
    const m = /^\/\/ ((?:src|rules)\/\S+|node_modules\/\S+)$/.exec(line)
    if (m) current = m[1]
    out.push(current)
  }
  return out
}

const STAGES = ['start', 'read', 'decode', 'split', 'parse', 'pair', 'lint', 'record', 'serialise', 'write', 'gc', 'other']

/** The stage a sample belongs to, from its function and the module (or Node internal) it is in. */
function stageOf(fn, module, url) {
  if (fn === '(garbage collector)') return 'gc'
  if (fn === '(program)' || fn === '(idle)' || fn === '(root)') return 'other'
  if (module) {
    if (module === 'src/cli/decode.ts') return fn === 'concat' || fn === 'push' ? 'read' : 'split'
    if (module.startsWith('src/cli/inputs/jsonl.ts')) return fn === 'stringValueSpan' || fn === 'locateValue' || fn === 'locate' ? 'record' : 'parse'
    if (module === 'src/cli/agent.ts' || module === 'src/cli/ranges.ts') return 'pair'
    if (module === 'src/cli/lint.ts') return fn === 'findingsOf' || fn === 'byPosition' || fn === 'locate' ? 'record' : 'pair'
    if (module === 'src/cli/positions.ts') return 'record'
    if (module.startsWith('src/cli/reporters/') || module === 'src/cli/redact.ts') return 'serialise'
    if (module.startsWith('src/cli/report/')) return fn === 'spill' || fn === 'drainTo' || fn === 'flush' || fn === 'put' ? 'write' : 'serialise'
    if (module === 'src/cli/config.ts' || module === 'src/compile.ts' || module.startsWith('src/config/') || module.startsWith('src/lexicon/') || module.startsWith('src/custom/')) return 'start'
    if (module.startsWith('src/cli/')) return 'other'
    return 'lint'
  }
  // Node internals and native functions (no bundle module).
  if (fn === 'decode' || fn === 'decodeUTF8') return 'decode'
  if (/^(read|readFileUtf8|openFileHandle|fstat|close|onStreamRead|FastBuffer|allocUnsafe|createPool|slice)$/.test(fn) || /internal\/(fs\/streams|streams\/|fs\/read)/.test(url)) return 'read'
  if (/^(writeSync|writeString|writeBuffer|fsync|fsyncSync|rename|unlink|writeUtf8String)$/.test(fn)) return 'write'
  if (/stringify/i.test(fn)) return 'serialise'
  if (/^(parse)$/.test(fn)) return 'parse'
  if (/internal\/modules|loader|get_format|esm|realm|lexer|node:path|node:url|url:|zod|commander|iconv/.test(url) || /compile/i.test(fn)) return 'start'
  if (fn === 'runMicrotasks' || fn === 'processTicksAndRejections' || /async|generator/.test(fn)) return 'read'
  return 'other'
}

function profileStages(profilePath) {
  const p = JSON.parse(readFileSync(profilePath, 'utf8'))
  const sections = new Map()
  const moduleOf = (url, line) => {
    if (!url.startsWith('file://') || !url.includes(dist.split('/').pop())) return undefined
    const path = fileURLToPath(url)
    if (!path.startsWith(dist)) return undefined
    if (!sections.has(path)) sections.set(path, sectionsOf(path))
    return sections.get(path)[line] ?? '(bundle)'
  }
  const self = new Map()
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0))
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0]))
  const top = new Map()
  let total = 0
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0
    if (!us) continue
    const { functionName, url, lineNumber } = n.callFrame
    const fn = functionName || '(anonymous)'
    if (fn === '(idle)') continue
    const module = moduleOf(url, lineNumber)
    const stage = stageOf(fn, module, url)
    stages[stage] += us
    total += us
    const key = `${stage.padEnd(9)} ${fn} (${module ?? url.replace(/^.*\//, '')})`
    top.set(key, (top.get(key) ?? 0) + us)
  }
  return { stages, total, top: [...top].sort((a, b) => b[1] - a[1]).slice(0, 25) }
}

const cpuOf = (stderr) => Number(/KEFU_CPU_US=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6
const rssOf = (stderr) => Number(/KEFU_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024
const tmp = mkdtempSync(join(tmpdir(), 'kefu-lint-profile-'))
const preload = join(tmp, 'usage.cjs')
await import('node:fs').then((fs) =>
  fs.writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nKEFU_MAX_RSS_KB=${u.maxRSS} KEFU_CPU_US=${u.userCPUTime + u.systemCPUTime}\\n`) })\n"),
)
try {
  const baseline = `const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(process.argv[1]), crlfDelay: Infinity })
;(async () => { let n = 0; for await (const line of rl) if (line && JSON.parse(line).role === 'agent') n++; process.stdout.write(String(n)) })()`
  const base = spawnSync(process.execPath, ['--require', preload, '-e', baseline, file], { encoding: 'utf8' })
  const replies = Number(base.stdout)
  const profDir = join(tmp, 'prof')
  const run = spawnSync(process.execPath, ['--require', preload, '--cpu-prof', `--cpu-prof-dir=${profDir}`, join(dist, 'cli.js'), '--jobs', '1', ...extra, '--output', join(tmp, 'report'), file], { encoding: 'utf8' })
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${run.status}\n${run.stderr}`)
  // With --jobs N each worker thread writes a profile of its own: the stages are summed over
  // every thread (sample time of each thread, main thread first), and each thread's total shown.
  const profs = readdirSync(profDir).sort()
  const threads = profs.map((prof) => profileStages(join(profDir, prof)))
  const stages = Object.fromEntries(STAGES.map((s) => [s, threads.reduce((n, t) => n + t.stages[s], 0)]))
  const total = threads.reduce((n, t) => n + t.total, 0)
  const merged = new Map()
  for (const t of threads) for (const [k, us] of t.top) merged.set(k, (merged.get(k) ?? 0) + us)
  const top = [...merged].sort((a, b) => b[1] - a[1]).slice(0, 25)
  if (threads.length > 1) console.log(`threads (sampled busy time): ${threads.map((t, i) => `${i ? `worker ${i}` : 'main'} ${(t.total / 1e6).toFixed(2)} s [${STAGES.filter((s) => t.stages[s] > 0.05 * t.total).map((s) => `${s} ${((100 * t.stages[s]) / t.total).toFixed(0)}%`).join(', ')}]`).join('; ')}\n`)
  const cpu = cpuOf(run.stderr)
  console.log(`${file}: ${replies.toLocaleString('en-US')} agent replies; CLI ${extra.join(' ')}: ${cpu.toFixed(2)} s CPU (all threads), ${rssOf(run.stderr).toFixed(0)} MB peak RSS; baseline readline + JSON.parse: ${cpuOf(base.stderr).toFixed(2)} s CPU → ${(cpu / cpuOf(base.stderr)).toFixed(1)}×\n`)
  // A sample's time delta is wall time: on a loaded machine it includes time the thread waited
  // for a core. Shares are read off the samples; CPU per stage is that share of the measured
  // CPU time (GC helper threads and the file reads of libuv's pool included, under gc and read).
  console.log('| stage | ≈ CPU (share × CPU time) | share of samples |')
  console.log('|---|---:|---:|')
  for (const s of STAGES) console.log(`| ${s} | ${((cpu * stages[s]) / total).toFixed(2)} s | ${((100 * stages[s]) / total).toFixed(1)}% |`)
  console.log(`| total | ${cpu.toFixed(2)} s | (${(total / 1e6).toFixed(1)} s sampled) |\n`)
  console.log('heaviest functions (share of self-time samples):')
  for (const [k, us] of top) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
