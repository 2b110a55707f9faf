// What the statistical scorer costs: the same build with `scorer: false` and `scorer: true`, on
// the bench corpus (bench/corpus.mjs), rounds interleaved, CPU time (process.cpuUsage) per round;
// prints replies per CPU-second for each, their ratio (median of rounds) and the load average.
//   npm run build && node --expose-gc bench/scorer/cost.mjs [replies=20000] [rounds=7]
import { loadavg } from 'node:os'
import { makeCorpus } from '../corpus.mjs'
import { createLinter } from '../../dist/node.js'

const N = Number(process.argv[2] ?? 20000)
const ROUNDS = Number(process.argv[3] ?? 7)
const corpus = makeCorpus(N)
const off = createLinter({ scorer: false })
const on = createLinter({ scorer: true })
const gc = globalThis.gc ?? (() => {})
const cpu = (linter) => {
  gc()
  const t = process.cpuUsage()
  let n = 0
  for (const text of corpus) n += linter.lint(text).messages.length
  const u = process.cpuUsage(t)
  return { s: (u.user + u.system) / 1e6, n }
}
const load = [loadavg()[0]]
cpu(off); cpu(on) // warm up
const rows = []
for (let r = 0; r < ROUNDS; r++) {
  const a = r % 2 ? cpu(on) : cpu(off)
  const b = r % 2 ? cpu(off) : cpu(on)
  const [offR, onR] = r % 2 ? [b, a] : [a, b]
  rows.push({ off: N / offR.s, on: N / onR.s, ratio: offR.s / onR.s, findings: [offR.n, onR.n] })
}
load.push(loadavg()[0])
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
console.log(`replies ${N}, rounds ${ROUNDS}, load average ${load.map((l) => l.toFixed(2)).join(' → ')}`)
console.log(`scorer off: ${Math.round(med(rows.map((r) => r.off)))} replies/CPU-s; on: ${Math.round(med(rows.map((r) => r.on)))} replies/CPU-s; on/off throughput ${med(rows.map((r) => r.ratio)).toFixed(3)} (per round: ${rows.map((r) => r.ratio.toFixed(3)).join(' ')})`)
console.log(`findings off ${rows[0].findings[0]}, on ${rows[0].findings[1]}`)
