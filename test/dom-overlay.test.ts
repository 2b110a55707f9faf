import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { boxState, CHROMIUM, CHROMIUM_ARGS, imeType, requireChromium, SKIP_BROWSER, startDemoServer, type DemoServer } from './support/browser.js'

/**
 * The overlay fallback of kefu-lint/dom, for browsers without the CSS Custom Highlight API
 * (Firefox before 140, older Safari): the API is removed from chromium before any script of
 * the mock console runs, so a contenteditable box gets thin boxes drawn under the findings'
 * characters. Each box must sit under exactly its characters and follow them when the text
 * changes or the window is resized.
 */
requireChromium('dom-overlay.test')

describe.skipIf(SKIP_BROWSER)('kefu-lint/dom without the CSS Custom Highlight API (overlay boxes)', () => {
  let server: DemoServer
  let browser: Browser
  let page: Page
  let cdp: CDPSession
  const problems: string[] = []

  beforeAll(async () => {
    server = await startDemoServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    page = await browser.newPage({ viewport: { width: 1100, height: 700 } })
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    await page.addInitScript(() => {
      delete (CSS as unknown as { highlights?: unknown }).highlights
      delete (window as unknown as { Highlight?: unknown }).Highlight
    })
    await page.goto(`${server.origin}/?input=editable`, { waitUntil: 'load' })
    await page.waitForFunction(() => 'kefuLintAttachment' in window)
    cdp = await page.context().newCDPSession(page)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  /**
   * Each drawn box ([severity, left, top, width], page pixels rounded) next to the rectangle of
   * the characters [start, end) of the box's text, measured with a DOM range on the text.
   */
  async function boxesAndCharacters(spans: [number, number][]) {
    return page.evaluate((spans) => {
      const box = document.getElementById('reply')!
      const rectOf = (start: number, end: number) => {
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT)
        const range = document.createRange()
        let at = 0
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent!.length
          if (start >= at && start <= at + len) range.setStart(node, start - at)
          if (end >= at && end <= at + len) {
            range.setEnd(node, end - at)
            break
          }
          at += len
        }
        const r = range.getBoundingClientRect()
        return [Math.round(r.left + scrollX), Math.round(r.bottom + scrollY), Math.round(r.width)]
      }
      const drawn = [...document.querySelectorAll<HTMLElement>('.kefu-lint-box')].map((b) => {
        const r = b.getBoundingClientRect()
        return [b.dataset.kefuSeverity, Math.round(r.left + scrollX), Math.round(r.top + scrollY), Math.round(r.width), getComputedStyle(b).borderBottomColor]
      })
      return { drawn, characters: spans.map(([s, e]) => rectOf(s, e)), highlightApi: 'highlights' in CSS }
    }, spans)
  }

  it('draws one box under each finding, exactly under its characters', async () => {
    await page.locator('#reply').click()
    await imeType(cdp, 'qinzhekuanmianshuang', '亲，这款面霜')
    await imeType(cdp, 'kending', '肯定')
    await imeType(cdp, 'buhuiguominde', '不会过敏的，明天')
    await imeType(cdp, 'baozhengsongdao', '保证送到')
    expect((await boxState(page)).text).toBe('亲，这款面霜肯定不会过敏的，明天保证送到')
    await expect.poll(() => page.locator('.kefu-lint-box').count()).toBe(2)
    const { drawn, characters, highlightApi } = await boxesAndCharacters([[6, 8], [16, 18]])
    expect(highlightApi).toBe(false)
    expect(drawn.map((d) => [d[0], d[4]])).toEqual([['error', 'rgb(217, 48, 37)'], ['error', 'rgb(217, 48, 37)']])
    // left, top (the characters' bottom edge) and width of 肯定 and 保证.
    expect(drawn.map((d) => d.slice(1, 4))).toEqual(characters)
  })

  it('the popover opens on hover over the words, and applying a suggestion moves the later box with its words', async () => {
    const [left, bottom] = (await boxesAndCharacters([[6, 8]])).characters[0]!
    await page.mouse.move(left! + 8, bottom! - 8)
    const pop = page.locator('.kefu-lint-pop')
    await expect.poll(() => pop.isVisible()).toBe(true)
    expect(await pop.locator('button').allInnerTexts()).toEqual(['改为「一般」', '改为「正常情况下」', '此处忽略'])
    await pop.locator('button', { hasText: '改为「正常情况下」' }).click()
    expect(await boxState(page)).toEqual({ text: '亲，这款面霜正常情况下不会过敏的，明天保证送到', caret: 23 })
    await expect.poll(() => page.locator('.kefu-lint-box').count()).toBe(1)
    const { drawn, characters } = await boxesAndCharacters([[19, 21]])
    expect(drawn.map((d) => d.slice(1, 4))).toEqual(characters)
  })

  it('follows the words when the window is resized and the reply box moves', async () => {
    const before = (await boxesAndCharacters([[19, 21]])).characters[0]!
    // Narrow enough that the sessions column stacks or the reply wraps: 保证 moves on the page.
    await page.setViewportSize({ width: 420, height: 700 })
    await expect.poll(async () => (await boxesAndCharacters([[19, 21]])).characters[0]).not.toEqual(before)
    await expect.poll(async () => {
      const { drawn, characters } = await boxesAndCharacters([[19, 21]])
      return JSON.stringify(drawn.map((d) => d.slice(1, 4))) === JSON.stringify(characters)
    }).toBe(true)
  })

  it('no console error or page error', () => {
    expect(problems).toEqual([])
  })
})
