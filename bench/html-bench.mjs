#!/usr/bin/env node
// Size and speed of the HTML QA report (`--format html`) on a large synthetic audit.
//
//   node bench/html-bench.mjs                      100k replies (~30k problems): render time,
//                                                  file size, and open time in headless chromium
//   node bench/html-bench.mjs --replies 20000      another size
//   node bench/html-bench.mjs --agents 300         a large team (per-agent table and chart grow)
//   node bench/html-bench.mjs --screenshot docs/report.png [--replies 1500] [--height 2400]
//                                                  a screenshot of the top of a realistic report
//                                                  (--height 0: the whole page)
//   node bench/html-bench.mjs --screenshot out.png --html report.html
//                                                  a screenshot of a report the CLI wrote
//
// The data is generated deterministically (seeded PRNG) from realistic agent replies with the
// problems the built-in rules report, so runs are comparable. The reporter is bundled from
// source with esbuild (a tsup dependency), so no build is needed.
import { build } from 'esbuild'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const screenshot = opt('--screenshot')
const existingHtml = opt('--html')
const replies = Number(opt('--replies', screenshot ? 1500 : 100_000))
// A large contact centre: --agents 300 (the per-agent table and chart grow with it).
const agentCount = Number(opt('--agents', 12))
const CHROMIUM = '/usr/bin/chromium'
const BROWSER_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

const work = mkdtempSync(join(tmpdir(), 'kefu-html-bench-'))

async function main() {
  let htmlText
  if (existingHtml) {
    htmlText = readFileSync(existingHtml, 'utf8')
  } else {
    const { html } = await loadReporter()
    const results = generate(replies)
    const messages = results.reduce((n, r) => n + r.messages.length, 0)
    const ctx = { cwd: root, version: '0.1.0-bench', config: { profile: 'marketplace', rules: {} }, color: false, quiet: false }
    html(results, ctx) // warm-up (JIT), not measured
    const times = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      htmlText = html(results, ctx)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    const bytes = Buffer.byteLength(htmlText)
    console.log(`input        ${replies.toLocaleString('en')} replies, ${messages.toLocaleString('en')} problems, ${results.length} files`)
    console.log(`render       median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}) over 5 runs`)
    console.log(`size         ${(bytes / 1024).toFixed(0)} KiB (${(gzipSync(htmlText).length / 1024).toFixed(0)} KiB gzipped)`)
  }
  const file = join(work, 'report.html')
  writeFileSync(file, htmlText)

  if (!existsSync(CHROMIUM)) {
    console.log(`browser      skipped: ${CHROMIUM} not found (run scripts/setup-browser.sh)`)
    return
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    if (screenshot) {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
      // The top of the page (totals, agents, rules, time) unless --height 0 asks for all of it.
      const height = Number(opt('--height', 2400))
      const full = await page.evaluate(() => document.documentElement.scrollHeight)
      await page.screenshot(
        height > 0 && height < full
          ? { path: resolve(screenshot), fullPage: true, clip: { x: 0, y: 0, width: 1100, height } }
          : { path: resolve(screenshot), fullPage: true },
      )
      console.log(`screenshot   ${screenshot} (${(statSync(screenshot).size / 1024).toFixed(0)} KiB)`)
    } else {
      const opens = []
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now()
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
        // One frame after load: layout and paint of the whole page have happened.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
        opens.push(performance.now() - t0)
      }
      opens.sort((a, b) => a - b)
      const nav = await page.evaluate(() => {
        const [n] = performance.getEntriesByType('navigation')
        return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd }
      })
      console.log(`open         median ${opens[1].toFixed(0)} ms from navigation to load + two frames painted ` +
        `(3 runs: ${opens.map((t) => t.toFixed(0)).join(', ')}); last run: DOMContentLoaded ${nav.dcl.toFixed(0)} ms, load ${nav.load.toFixed(0)} ms`)
    }
    if (errors.length) {
      console.log(`page errors  ${errors.length}: ${errors.slice(0, 3).join(' | ')}`)
      process.exitCode = 1
    }
  } finally {
    await browser.close()
  }
}

async function loadReporter() {
  const out = join(work, 'html-reporter.mjs')
  await build({
    entryPoints: [join(root, 'src/cli/reporters/html.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  })
  return import(pathToFileURL(out).href)
}

// ---------------------------------------------------------------------------------------------
// Synthetic transcripts: agents answering customers over a week, one JSONL file per day.

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DOCS = 'https://github.com/kefu-lint/kefu-lint/blob/main/rules/'

// [phrase, ruleId, severity, expected[], message]
const P = {
  kending: ['肯定', 'absolute-promise', 'error', ['一般', '应该'], '“肯定”承诺了店铺无法控制的结果（物流），建议：明天一般能到'],
  juedui: ['绝对', 'absolute-promise', 'error', ['一般', '正常情况下'], '“绝对”承诺了无法保证的效果，建议：这款一般不会掉色的'],
  baozheng: ['保证', 'absolute-promise', 'warning', ['尽量', '争取'], '“保证”是绝对化承诺，建议留有余地'],
  yiding: ['一定', 'absolute-promise', 'info', ['尽量'], '店铺自己的动作，可以说“尽量帮您反馈”'],
  baifenbai: ['百分百', 'absolute-promise', 'warning', ['正品'], '“百分百”是绝对化用语，可直接删去'],
  yyds: ['yyds', 'internet-slang', 'warning', ['非常好', '很受欢迎'], '网络用语“yyds”，顾客可能看不懂'],
  juejuezi: ['绝绝子', 'internet-slang', 'warning', ['非常好'], '网络用语“绝绝子”'],
  baozi: ['宝子们', 'internet-slang', 'info', ['亲'], '“宝子们”过于随意'],
  jiangzi: ['酱紫', 'internet-slang', 'info', ['这样子'], '谐音写法“酱紫”'],
  quanwang: ['全网最低价', 'exaggeration', 'error', ['优惠价', '活动价'], '广告法极限词“全网最低价”'],
  diyi: ['销量第一', 'exaggeration', 'error', ['销量很好'], '无法证明的“第一”'],
  genzhi: ['根治', 'exaggeration', 'error', ['改善'], '功效宣称“根治”（医疗用语）'],
  dingji: ['顶级', 'exaggeration', 'warning', ['优质'], '极限词“顶级”'],
  meikan: ['详情页写得很清楚', 'blame-customer', 'error', ['可能是我们没有及时提醒您，这里为您说明一下'], '把责任推给顾客：先承认店铺没提醒到'],
  zijicuo: ['是你自己选错了', 'blame-customer', 'error', ['可能是我们没有提醒到位，我们帮您换一下'], '指责顾客'],
  shuoguo: ['我不是说过了吗', 'blame-customer', 'warning', ['我再为您说明一下'], '反问语气，像在质问顾客'],
}

// [customer turn, reply with {key} placeholders]
const PROBLEM_TEMPLATES = [
  ['明天能到吗？急用', '亲，今天下午发货，明天{kending}给您送到哦'],
  ['这个洗了会掉色吗', '这款{juedui}不会掉色的，放心购买~'],
  ['是正品吗', '亲，我们家{baifenbai}正品，假一赔十'],
  ['这个面霜好用吗', '{baozi}这款面霜真的{yyds}，用了都说{juejuezi}'],
  ['为什么比别家贵', '我们是{quanwang}了亲，而且{diyi}哦'],
  ['我这个痘痘能好吗', '坚持用一个疗程可以{genzhi}的，{baozheng}有效'],
  ['尺码怎么选', '{meikan}，你按尺码表选就行'],
  ['收到衣服太小了', '{zijicuo}，我们这边不支持换货哦'],
  ['发什么快递？', '{shuoguo}发中通，{jiangzi}的话明天就到了'],
  ['能帮我催一下吗', '好的亲，{yiding}帮您反馈给仓库，{kending}今天发出'],
  ['质量怎么样', '{dingji}面料，穿着很舒服的，{baozheng}不起球'],
  ['有优惠吗 <script>alert(1)</script>', '亲，现在是{quanwang}哦 </style><b>不要错过</b>'],
]
const CLEAN = [
  ['在吗', '在的亲，请问有什么可以帮您？'],
  ['什么时候发货', '亲，付款后48小时内发货，一般3天左右到'],
  ['能便宜点吗', '亲，现在已经是活动价了，下单还可以领一张5元优惠券哦'],
  ['怎么退货', '您在订单页面点“申请售后”，选择退货退款就可以了'],
  ['这个会过敏吗', '每个人肤质不同，建议先在耳后小面积试用哦'],
  ['好的谢谢', '不客气亲，有问题随时找我们~'],
]
const AGENTS = ['小美', '阿杰', '售后-丽丽', '客服晓晓', '王强', '若曦', '大白', '小鹿', 'Lily', '秋秋', '夜班-阿明', '团团']
// Some agents write more carefully than others.
const CARE = [0.26, 0.22, 0.11, 0.19, 0.3, 0.08, 0.21, 0.15, 0.09, 0.25, 0.34, 0.04]

function fill(template) {
  const used = []
  let text = ''
  let last = 0
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(last, m.index)
    const [phrase, ruleId, severity, expected, message] = P[m[1]]
    used.push({ start: text.length, end: text.length + phrase.length, phrase, ruleId, severity, expected, message })
    text += phrase
    last = m.index + m[0].length
  }
  return { text: text + template.slice(last), used }
}

function generate(total) {
  const rand = mulberry32(20240301)
  const days = 7
  const perDay = Math.ceil(total / days)
  const results = []
  let made = 0
  for (let d = 0; d < days && made < total; d++) {
    const file = `transcripts/2024-03-0${d + 1}.jsonl`
    const messages = []
    const agents = {}
    let n = 0
    for (; n < perDay && made < total; n++, made++) {
      const a = Math.floor(rand() * agentCount)
      const speaker = a < AGENTS.length ? AGENTS[a] : `客服${String(a).padStart(3, '0')}`
      agents[speaker] = (agents[speaker] ?? 0) + 1
      const problem = rand() < CARE[a % CARE.length]
      const [previous, template] = problem
        ? PROBLEM_TEMPLATES[Math.floor(rand() * PROBLEM_TEMPLATES.length)]
        : CLEAN[Math.floor(rand() * CLEAN.length)]
      if (!problem) continue
      const filled = fill(template)
      // Half are typed by hand around an order: distinct texts, so the worst list is full.
      const text = rand() < 0.5 ? `${filled.text}（订单尾号${String(made % 10000).padStart(4, '0')}）` : filled.text
      const used = filled.used
      // Business hours, busier in the evening.
      const hour = 9 + Math.floor(Math.sqrt(rand()) * 14)
      const minute = Math.floor(rand() * 60)
      const time = `2024-03-0${d + 1}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`
      const line = 2 * n + 2 // customer turn, then the agent's
      const record = { index: n, speaker, role: 'agent', time, session: `s${d}-${Math.floor(n / 6)}`, text, previous }
      const col0 = 60 + speaker.length // where "text" starts on the JSONL line
      for (const u of used) {
        messages.push({
          ruleId: u.ruleId,
          severity: u.severity,
          message: u.message,
          start: u.start,
          end: u.end,
          line,
          column: col0 + u.start + 1,
          endLine: line,
          endColumn: col0 + u.end + 1,
          actual: u.phrase,
          expected: u.expected,
          url: `${DOCS}${u.ruleId}/README.md`,
          record,
        })
      }
    }
    results.push({ file, messages, replies: n, errors: [], agents })
  }
  return results
}

try {
  await main()
} finally {
  rmSync(work, { recursive: true, force: true })
}
