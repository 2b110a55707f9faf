#!/usr/bin/env node
/**
 * What --fix and --fix-dry-run cost next to linting the same file (the baseline, measured in the
 * same run): a generated 千牛 快捷短语 CSV of N rows (default 20,000), every row with a fixable
 * slang word (a house substitution rule, as a team would have) and most with other findings.
 * Each command runs as its own process, best of 3; --fix runs on a fresh copy each time.
 *
 *   npm run bench:fix            # 20,000 rows
 *   node bench/fix-bench.mjs 50000
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prng, reply } from './corpus.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const ROWS = Number(process.argv[2] ?? 20_000)
const work = join(tmpdir(), 'kefu-lint-fix-bench')
mkdirSync(work, { recursive: true })

writeFileSync(
  join(work, '.kefulintrc.yaml'),
  'custom:\n  - id: shop/slang\n    kind: substitution\n    swap: { 酱紫: 这样, 木有: 没有, 灰常: 非常 }\n    fixable: true\n    message: "{actual}是网络谐音，建议改为{expected}。"\n',
)
const rand = prng(20240602)
const SLANG = ['酱紫', '木有', '灰常']
let csv = '快捷短语编码,快捷短语,快捷短语分组\r\n'
for (let i = 0; i < ROWS; i++) {
  const text = `${SLANG[i % 3]}，${reply(rand)}`.replaceAll('"', '""')
  csv += `c${i},"${text}",分组${i % 17}\r\n`
}
const source = join(work, 'source.csv')
writeFileSync(source, csv)
const target = join(work, 'phrases.csv')

function time(args, fresh) {
  let best = Infinity
  let status
  for (let i = 0; i < 3; i++) {
    if (fresh) copyFileSync(source, target)
    const t = performance.now()
    const r = spawnSync(process.execPath, [cli, '--format', 'json', '--output', join(work, 'report.json'), ...args, 'phrases.csv'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] })
    best = Math.min(best, performance.now() - t)
    status = r.status
    if (r.status === 2) throw new Error(`${args.join(' ')}: exit 2\n${r.stderr}`)
  }
  return { ms: best, status }
}

const load = loadavg().map((x) => x.toFixed(2)).join(' ')
copyFileSync(source, target)
const lint = time([], false)
const fix = time(['--fix'], true)
const dry = time(['--fix-dry-run'], true)
const kb = (csv.length / 1024).toFixed(0)
console.log(`fix-bench: ${ROWS} rows (${kb} K characters), ${ROWS} fixable replies; load average ${load}; best of 3 processes`)
console.log(`  lint            ${lint.ms.toFixed(0).padStart(7)} ms   1.00×`)
console.log(`  --fix           ${fix.ms.toFixed(0).padStart(7)} ms   ${(fix.ms / lint.ms).toFixed(2)}× lint`)
console.log(`  --fix-dry-run   ${dry.ms.toFixed(0).padStart(7)} ms   ${(dry.ms / lint.ms).toFixed(2)}× lint`)
