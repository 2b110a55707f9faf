import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { html } from '../src/cli/reporters/html.js'
import { summarize } from '../src/cli/reporters/html/summary.js'
import type { CliMessage, FileResult } from '../src/cli/types.js'

/**
 * Opens the HTML report in Debian's chromium (installed by scripts/setup-browser.sh) driven by
 * playwright-core, and checks what a person would see: charts and tables drawn, sorting on
 * click, and not one script error, CSP violation or network request.
 */

const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0'
const HAVE_CHROMIUM = existsSync(CHROMIUM)

if (!HAVE_CHROMIUM && !CI) {
  console.warn(`html-browser.test: SKIPPED — ${CHROMIUM} not found; run scripts/setup-browser.sh (under CI this test fails instead).`)
}

// ---------------------------------------------------------------------------------------------
// A day and a half of chats: six agents of varied care, replies that try to break out of the page.

const AGENTS: Array<[name: string, replies: number, everyNth: number]> = [
  ['小美', 40, 4], ['阿杰', 25, 2], ['售后-丽丽', 30, 10], ['王强', 12, 3], ['Lily', 18, 6], ['团团', 20, 20],
]
const TEMPLATES: Array<[text: string, actual: string, ruleId: string, severity: CliMessage['severity']]> = [
  ['亲，明天肯定给您送到哦', '肯定', 'absolute-promise', 'error'],
  ['这款面霜真的yyds', 'yyds', 'internet-slang', 'warning'],
  ['我们是全网最低价<script>window.__pwned=1</script>', '全网最低价', 'exaggeration', 'error'],
  ['详情页写得很清楚<img src="http://127.0.0.1:9/x.png" onerror="window.__pwned=2">', '详情页写得很清楚', 'blame-customer', 'error'],
  ['宝子们冲鸭', '宝子们', 'internet-slang', 'info'],
]

function transcript(): FileResult {
  const messages: CliMessage[] = []
  const agents: Record<string, number> = {}
  let index = 0
  for (const [name, replies, everyNth] of AGENTS) {
    agents[name] = replies
    for (let i = 0; i < replies; i++, index++) {
      if (i % everyNth !== 0) continue
      const [text, actual, ruleId, severity] = TEMPLATES[index % TEMPLATES.length]!
      const start = text.indexOf(actual)
      const minutes = 9 * 60 + index * 11
      const time = `2024-03-0${1 + Math.floor(minutes / 1440)} ${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`
      messages.push({
        ruleId, severity, message: `${ruleId}: ${actual}`, start, end: start + actual.length,
        line: 2 * index + 2, column: 30 + start, endLine: 2 * index + 2, endColumn: 30 + start + actual.length,
        actual, expected: ['一般'], url: `https://github.com/kefu-lint/kefu-lint/blob/main/rules/${ruleId}/README.md`,
        record: { index, speaker: name, role: 'agent', time, text, previous: '在吗？<b>急</b>' },
      })
    }
  }
  return { file: 'chats/2024-03-01.jsonl', messages, replies: index, errors: [], agents }
}

// ---------------------------------------------------------------------------------------------

describe.skipIf(!HAVE_CHROMIUM && !CI)('html report in headless chromium', () => {
  const results = [transcript()]
  const summary = summarize(results)
  let dir: string
  let url: string
  let browser: Browser
  let page: Page
  const problems: string[] = []
  const requests: string[] = []

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing under CI: run scripts/setup-browser.sh before the tests`)
    dir = mkdtempSync(join(tmpdir(), 'kefu-html-'))
    const file = join(dir, 'report.html')
    writeFileSync(file, html(results, { cwd: dir, version: '0.1.0', config: { profile: 'marketplace' }, color: false, quiet: false }))
    url = pathToFileURL(file).href
    // launch() gives every run a fresh temporary profile (user-data-dir) of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url())
    })
    await page.goto(url, { waitUntil: 'load' })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('draws the agent chart: one bar row per agent with problems, every segment visible', async () => {
    const chart = page.locator('#agents ~ svg.chart').first()
    await expect.poll(() => chart.locator('g.bar-row').count()).toBe(summary.groups.filter((g) => g.problems > 0).length)
    const rects = await chart.locator('rect').evaluateAll((els) =>
      els.map((e) => {
        const box = (e as SVGRectElement).getBBox()
        return { width: box.width, height: box.height }
      }),
    )
    const segments = summary.groups.reduce((n, g) => n + g.byRule.size, 0)
    expect(rects).toHaveLength(segments)
    for (const r of rects) {
      expect(r.width).toBeGreaterThan(0)
      expect(r.height).toBe(16)
    }
    const box = await chart.boundingBox()
    expect(box!.width).toBeGreaterThan(600)
  })

  it('draws the time chart per hour with columns coloured by severity', async () => {
    expect(summary.timeline!.unit).toBe('hour')
    const cols = page.locator('#time ~ svg.chart g.col')
    expect(await cols.count()).toBe(summary.timeline!.buckets.length)
    const fills = await page.locator('#time ~ svg.chart g.col rect').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))].sort())
    expect(fills).toEqual(['#0969da', '#bf8700', '#cf222e'])
  })

  it('renders the tables and the highlighted replies', async () => {
    expect(await page.locator('table.groups tbody tr').count()).toBe(AGENTS.length)
    expect(await page.locator('table.rules tbody tr').count()).toBe(4)
    const marks = page.locator('li.reply mark')
    expect(await marks.count()).toBeGreaterThan(0)
    const mark = await marks.first().boundingBox()
    expect(mark!.width).toBeGreaterThan(10) // CJK glyphs drawn, not collapsed
  })

  it('shows replies that carry markup as text: nothing injected runs or loads', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('li.reply img, li.reply script').count()).toBe(0)
    const texts = await page.locator('li.reply p.text').allTextContents()
    expect(texts.some((t) => t.includes('<script>window.__pwned=1</script>'))).toBe(true)
    expect(await page.locator('blockquote.prev').first().textContent()).toBe('顾客 Customer在吗？<b>急</b>')
  })

  it('sorts the agent table on click: numbers descending first, then ascending; text ascending first', async () => {
    const column = async (i: number) => page.locator('table.groups tbody tr').evaluateAll((rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.textContent), i)
    const replies = page.locator('table.groups thead th').nth(1)
    expect(await replies.textContent()).toContain('回复 Replies')

    await replies.locator('button').click()
    expect(await replies.getAttribute('aria-sort')).toBe('descending')
    const desc = AGENTS.map(([, n]) => n).sort((a, b) => b - a).map(String)
    expect(await column(1)).toEqual(desc)

    await replies.locator('button').click()
    expect(await replies.getAttribute('aria-sort')).toBe('ascending')
    expect(await column(1)).toEqual([...desc].reverse())

    const name = page.locator('table.groups thead th').nth(0)
    await name.locator('button').click()
    expect(await name.getAttribute('aria-sort')).toBe('ascending')
    expect(await replies.getAttribute('aria-sort')).toBeNull()
    const names = await column(0)
    expect([...names].sort()).toEqual(AGENTS.map(([n]) => n).sort())
    const ordered = await page.evaluate((ns) => ns.every((n, i) => i === 0 || ns[i - 1]!.localeCompare(n!, 'zh') <= 0), names)
    expect(ordered).toBe(true)
  })

  it('makes no network request and logs no error (script, CSP or otherwise)', () => {
    expect(requests).toEqual([])
    expect(problems).toEqual([])
  })
})
