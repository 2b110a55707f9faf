#!/usr/bin/env node
// kefu-lint/dom in headless chromium on the mock console (demo/browser): the time from the
// agent's last keystroke to the underline being drawn, on replies of 20, 200 and 2,000
// characters, in a <textarea>, a one-line <input> and a contenteditable box; and the size of the browser build and
// of each of its parts (bench/browser-size.mjs).
//
//   node bench/browser-bench.mjs                    (after `npm run build`; `npm run bench:browser` does both)
//   node bench/browser-bench.mjs --samples 60
//   node bench/browser-bench.mjs --screenshot docs/dom-checker.png
//
// The last keystroke is an IME commit (CDP Input.insertText) that completes 肯定 at the end of
// the reply. Its `beforeinput` timestamp is the start; the end is the first animation frame
// after the checker reported the new finding (the frame that paints the underline). The
// baseline is the same page with the checker switched off (?checker=off): keystroke to the
// next frame, measured the same way in the same run.
import { spawn } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { printSizeParts, sizeParts } from './browser-size.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const SAMPLES = Number(opt('--samples', 40))
const WARMUP = 5
const screenshot = opt('--screenshot')
const CHROMIUM = '/usr/bin/chromium'
const BROWSER_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

// Clean service sentences (no finding), repeated to length; the reply then ends in 放心，明天肯 + 定.
const CLEAN = [
  '亲，您好，这边已经帮您查询到订单信息了。',
  '包裹目前在运输途中，请您耐心等待一下哦。',
  '如果收到后有任何问题，随时联系我们处理。',
  '这款面霜质地比较清爽，适合日常使用的呢。',
]
function reply(length) {
  const tail = '。放心，明天肯'
  let text = ''
  for (let i = 0; text.length < length - tail.length - 1; i++) text += CLEAN[i % CLEAN.length]
  return (text.slice(0, length - tail.length - 1) + tail)
}

function startServer() {
  const child = spawn(process.execPath, [`${root}/scripts/demo-browser.mjs`, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolveServer, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out)
      if (m) resolveServer({ origin: m[0], close: () => child.kill() })
    })
    child.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)))
  })
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Sets the reply to `text` (all but the last character), then commits 定 and times it. */
async function measure(page, cdp, text, checker) {
  const times = []
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await page.evaluate(
      ({ text, checker }) => {
        const box = document.getElementById('reply')
        if ((box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)) box.value = text
        else box.textContent = text
        box.dispatchEvent(new Event('input', { bubbles: true }))
        box.focus()
        const sel = getSelection()
        if ((box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)) box.setSelectionRange(text.length, text.length)
        else sel.collapse(box.firstChild, text.length)
        window.__done = new Promise((done, fail) => {
          setTimeout(() => fail(new Error(`no finding 肯定 reported for: ${text}定`)), 5000)
          let start = 0
          box.addEventListener('beforeinput', (e) => (start = e.timeStamp), { once: true })
          const frame = () => requestAnimationFrame(() => done(performance.now() - start))
          if (!checker) box.addEventListener('input', frame, { once: true })
          else {
            const onResults = (e) => {
              if (!e.detail.messages.some((m) => m.actual === '肯定')) return
              box.removeEventListener('kefu-lint', onResults)
              frame()
            }
            box.addEventListener('kefu-lint', onResults)
          }
        })
      },
      { text, checker },
    )
    await cdp.send('Input.insertText', { text: '定' })
    const ms = await page.evaluate(() => window.__done)
    if (i >= WARMUP) times.push(ms)
  }
  times.sort((a, b) => a - b)
  return { p50: pct(times, 50), p95: pct(times, 95) }
}

/** The checker's own synchronous work per keystroke (read the box, lint, draw the one underline), without the event loop. */
async function work(page, text) {
  return page.evaluate(
    ({ text, n }) => {
      const box = document.getElementById('reply')
      if ((box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)) box.value = text
      else box.textContent = text
      const times = []
      for (let i = 0; i < n; i++) {
        const t = performance.now()
        window.kefuLintAttachment.check()
        times.push(performance.now() - t)
      }
      times.sort((a, b) => a - b)
      return { p50: times[Math.floor(n / 2)], p95: times[Math.floor(n * 0.95)] }
    },
    { text, n: SAMPLES },
  )
}

function sizes() {
  const file = (f) => {
    const code = readFileSync(`${root}/dist/${f}`)
    return { file: `dist/${f}`, raw: statSync(`${root}/dist/${f}`).size, gzip: gzipSync(code, { level: 9 }).length }
  }
  return [file('dom.js'), file('dom.global.js'), file('extension/content.js'), file('extension/options.js')]
}

const server = await startServer()
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS })
try {
  if (screenshot) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 620 }, deviceScaleFactor: 1 })
    await page.goto(`${server.origin}/?input=textarea`, { waitUntil: 'load' })
    const cdp = await page.context().newCDPSession(page)
    await page.locator('#reply').click()
    await cdp.send('Input.insertText', { text: '亲，这款面霜肯定不会过敏的，明天保证送到，yyds！' })
    await page.keyboard.press('End')
    await page.waitForTimeout(100)
    const r = await page.evaluate(() => {
      const b = document.querySelector('.kefu-lint-mirror span').getBoundingClientRect()
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 }
    })
    await page.mouse.move(r.x, r.y)
    await page.locator('.kefu-lint-pop').waitFor({ state: 'visible' })
    await page.screenshot({ path: resolve(root, screenshot) })
    console.log(`screenshot: ${screenshot}`)
  } else {
    const rows = []
    for (const input of ['textarea', 'input', 'editable']) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 700 } })
      page.on('crash', () => console.error(`page crashed (${input})`))
      page.on('pageerror', (e) => console.error(`page error (${input}): ${e.message}`))
      const cdp = await page.context().newCDPSession(page)
      for (const checker of [false, true]) {
        await page.goto(`${server.origin}/?input=${input}${checker ? '' : '&checker=off'}`, { waitUntil: 'load' })
        for (const length of [20, 200, 2000]) {
          const { p50, p95 } = await measure(page, cdp, reply(length), checker)
          const own = checker ? await work(page, `${reply(length)}定`) : undefined
          rows.push({ input, checker, length, p50, p95, own })
          process.stderr.write(`  ${input} ${checker ? "checker" : "baseline"} ${length}: p50 ${p50.toFixed(1)} p95 ${p95.toFixed(1)} ms\n`)
        }
      }
      await page.close()
    }
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
    console.log(`kefu-lint/dom keystroke → underline in headless chromium (${SAMPLES} samples each, load average ${load})\n`)
    console.log('| box | reply | baseline p50 / p95 (no checker) | with checker p50 / p95 | p95 ratio | checker work p50 / p95 |')
    console.log('|---|---:|---:|---:|---:|---:|')
    for (const r of rows.filter((x) => x.checker)) {
      const base = rows.find((x) => !x.checker && x.input === r.input && x.length === r.length)
      const f = (n) => n.toFixed(1)
      console.log(`| ${r.input} | ${r.length} chars | ${f(base.p50)} / ${f(base.p95)} ms | ${f(r.p50)} / ${f(r.p95)} ms | ${(r.p95 / base.p95).toFixed(2)}× | ${f(r.own.p50)} / ${f(r.own.p95)} ms |`)
    }
  }
  console.log('\n| file | bytes | gzip -9 |\n|---|---:|---:|')
  for (const s of sizes()) console.log(`| ${s.file} | ${s.raw.toLocaleString('en')} | ${s.gzip.toLocaleString('en')} |`)
  printSizeParts(await sizeParts())
} finally {
  await browser.close()
  server.close()
}
