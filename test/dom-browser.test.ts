import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { boxState, CHROMIUM, CHROMIUM_ARGS, imeType, requireChromium, SKIP_BROWSER, startDemoServer, underlines, type DemoServer } from './support/browser.js'

/**
 * kefu-lint/dom on the mock chat console (demo/browser, served by scripts/demo-browser.mjs)
 * in Debian's headless chromium: the agent types with real key events and a pinyin IME,
 * sees underlines, opens the popover by mouse and keyboard, applies a suggestion, and meets
 * the send guard — in a <textarea>, a one-line <input> and a contenteditable box, under the page's strict CSP,
 * with no console error and no request beyond the page's own files.
 */
requireChromium('dom-browser.test')

// 肯定 (a promise about an outcome: error) and 保证 after 明天 (the customer asked 明天能送到吗？).
const PROMISE_MESSAGE = '「肯定」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「一般」、「正常情况下」，例如「这款面霜一般不会过敏的」。'

describe.skipIf(SKIP_BROWSER)('kefu-lint/dom on the mock console', () => {
  let server: DemoServer
  let browser: Browser
  const problems: string[] = []
  const foreign: string[] = []

  beforeAll(async () => {
    server = await startDemoServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  async function open(input: 'textarea' | 'input' | 'editable'): Promise<{ page: Page; cdp: CDPSession; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } })
    const requests: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${input} console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`${input} page error: ${e.message}`))
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.origin !== server.origin) foreign.push(r.url())
      requests.push(url.pathname)
    })
    // A blocked eval, inline style or load would show here even where chromium logs nothing.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = [])
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    await page.goto(`${server.origin}/?input=${input}`, { waitUntil: 'load' })
    await page.waitForFunction(() => 'kefuLintAttachment' in window)
    return { page, cdp: await page.context().newCDPSession(page), requests }
  }

  /** 亲，这款面霜肯定不会过敏的，明天保证送到 — typed as an agent would: punctuation keys and pinyin. */
  async function typeReply(page: Page, cdp: CDPSession, during?: () => Promise<void>): Promise<void> {
    await page.locator('#reply').click()
    await imeType(cdp, 'qin', '亲')
    await page.keyboard.press('Shift+Comma') // a Chinese IME turns this key into ，
    await page.keyboard.press('Backspace')
    await page.keyboard.insertText('，')
    await imeType(cdp, 'zhekuanmianshuang', '这款面霜')
    await imeType(cdp, 'kending', '肯定', during)
    await imeType(cdp, 'buhuiguominde', '不会过敏的，明天')
    await imeType(cdp, 'baozhengsongdao', '保证送到')
  }

  for (const input of ['textarea', 'input', 'editable'] as const) {
    describe(input === 'editable' ? 'contenteditable' : `<${input}>`, () => {
      let page: Page
      let cdp: CDPSession
      let requests: string[]

      beforeAll(async () => {
        ;({ page, cdp, requests } = await open(input))
      }, 30_000)

      afterAll(async () => {
        await page?.close()
      })

      it('lints nothing while pinyin is composed, then underlines each finding at its span', async () => {
        expect(await page.evaluate(() => document.getElementById('reply')!.tagName)).toBe({ textarea: 'TEXTAREA', input: 'INPUT', editable: 'DIV' }[input])
        let duringComposition: Awaited<ReturnType<typeof underlines>> | undefined
        let eventsDuring = -1
        let textDuring = ''
        await typeReply(page, cdp, async () => {
          // 肯定 is in the box, uncommitted: no check may run and no underline may appear.
          await page.evaluate(() => {
            ;(window as unknown as { events: number }).events = 0
            document.getElementById('reply')!.addEventListener('kefu-lint', () => (window as unknown as { events: number }).events++)
          })
          await page.waitForTimeout(50)
          duringComposition = await underlines(page)
          textDuring = (await boxState(page)).text
          eventsDuring = await page.evaluate(() => (window as unknown as { events: number }).events)
        })
        expect(textDuring).toBe('亲，这款面霜肯定')
        expect(duringComposition).toEqual([])
        expect(eventsDuring).toBe(0)
        expect(await boxState(page)).toEqual({ text: '亲，这款面霜肯定不会过敏的，明天保证送到', caret: 20 })
        await expect.poll(() => underlines(page)).toEqual([
          [6, 8, 'error', '肯定'],
          [16, 18, 'error', '保证'],
        ])
        const findings = await page.evaluate(() =>
          (window as unknown as { kefuLintAttachment: { messages: { ruleId: string; start: number; end: number; expected: string[] }[] } }).kefuLintAttachment.messages.map((m) => [m.ruleId, m.start, m.end, m.expected]),
        )
        expect(findings).toEqual([
          ['absolute-promise', 6, 8, ['一般', '正常情况下']],
          ['absolute-promise', 16, 18, ['争取', '尽量']],
        ])
      })

      it.skipIf(input === 'editable')("the mirror's underlines lie over their characters in the field (measured with the field's own font)", async () => {
        const placed = await page.evaluate(() => {
          const el = document.getElementById('reply') as HTMLTextAreaElement | HTMLInputElement
          const cs = getComputedStyle(el)
          const ctx = document.createElement('canvas').getContext('2d')!
          ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`
          const box = el.getBoundingClientRect()
          // The reply is one line in both fields: x of a character offset = text start + the width before it.
          const x = (offset: number) => box.left + el.clientLeft + parseFloat(cs.paddingLeft) - el.scrollLeft + ctx.measureText(el.value.slice(0, offset)).width
          const spans = [...document.querySelectorAll('.kefu-lint-mirror span')].map((s) => s.getBoundingClientRect())
          return {
            spans: spans.map((r) => [Math.round(r.left), Math.round(r.right)]),
            chars: [[6, 8], [16, 18]].map(([a, b]) => [Math.round(x(a!)), Math.round(x(b!))]),
            inside: spans.every((r) => r.top >= box.top && r.bottom <= box.bottom),
          }
        })
        expect(placed.spans).toHaveLength(2)
        for (const [i, [left, right]] of placed.spans.entries()) {
          expect(Math.abs(left! - placed.chars[i]![0]!)).toBeLessThanOrEqual(1)
          expect(Math.abs(right! - placed.chars[i]![1]!)).toBeLessThanOrEqual(1)
        }
        expect(placed.inside).toBe(true)
      })

      it('opens the popover on hover with the reason, the suggestions and "ignore here"', async () => {
        // Hover the middle of the first underline.
        const rect = await page.evaluate(() => {
          const el = document.getElementById('reply')!
          if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
            const r = document.querySelector('.kefu-lint-mirror span')!.getBoundingClientRect()
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
          }
          const range = [...(CSS.highlights.get('kefu-lint-error') as unknown as Iterable<Range>)].find((r) => r.toString() === '肯定')!
          const r = range.getBoundingClientRect()
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
        })
        await page.mouse.move(rect.x, rect.y)
        const pop = page.locator('.kefu-lint-pop')
        await expect.poll(() => pop.isVisible()).toBe(true)
        expect(await pop.getAttribute('role')).toBe('dialog')
        expect(await pop.locator('.kefu-lint-rule').innerText()).toBe('错误 · absolute-promise')
        expect(await pop.locator(`#${await pop.getAttribute('aria-describedby')}`).innerText()).toBe(PROMISE_MESSAGE)
        expect(await pop.locator('button').allInnerTexts()).toEqual(['改为「一般」', '改为「正常情况下」', '此处忽略'])
        // Moving away closes it.
        await page.mouse.move(5, 400)
        await expect.poll(() => pop.isVisible()).toBe(false)
      })

      it('from the keyboard: Alt+Enter focuses the suggestions, Esc returns to the box with the caret kept', async () => {
        await page.locator('#reply').focus()
        // Caret inside 保证 (offset 17).
        await page.keyboard.press('End')
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
        expect((await boxState(page)).caret).toBe(17)
        await page.keyboard.press('Alt+Enter')
        const pop = page.locator('.kefu-lint-pop')
        await expect.poll(() => pop.isVisible()).toBe(true)
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('改为「争取」')
        await page.keyboard.press('ArrowRight')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('改为「尽量」')
        await page.keyboard.press('Escape')
        expect(await pop.isVisible()).toBe(false)
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply')
        expect((await boxState(page)).caret).toBe(17)
      })

      it('applying a suggestion with Enter edits the words, keeps the caret, and Ctrl+Z undoes it', async () => {
        // Caret at the end of the reply; open the first finding's popover and pick 一般.
        await page.keyboard.press('End')
        await page.keyboard.press('Alt+Enter')
        // The caret is on no finding: the first one opens.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('改为「一般」')
        await page.keyboard.press('Enter')
        expect(await boxState(page)).toEqual({ text: '亲，这款面霜一般不会过敏的，明天保证送到', caret: 20 })
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply')
        await expect.poll(() => underlines(page)).toEqual([[16, 18, 'error', '保证']])
        await page.keyboard.press('Control+z')
        await expect.poll(() => boxState(page).then((s) => s.text)).toBe('亲，这款面霜肯定不会过敏的，明天保证送到')
        await expect.poll(() => underlines(page)).toEqual([
          [6, 8, 'error', '肯定'],
          [16, 18, 'error', '保证'],
        ])
      })

      it('a click on a suggestion applies it; "ignore here" hides that finding', async () => {
        await page.keyboard.press('End')
        await page.keyboard.press('Alt+Enter')
        await page.locator('.kefu-lint-pop button', { hasText: '改为「正常情况下」' }).click()
        expect(await boxState(page)).toEqual({ text: '亲，这款面霜正常情况下不会过敏的，明天保证送到', caret: 23 })
        await expect.poll(() => underlines(page)).toEqual([[19, 21, 'error', '保证']])
        await page.keyboard.press('Alt+Enter')
        await page.locator('.kefu-lint-pop button', { hasText: '此处忽略' }).click()
        await expect.poll(() => underlines(page)).toEqual([])
        expect((await boxState(page)).text).toBe('亲，这款面霜正常情况下不会过敏的，明天保证送到')
      })

      it('send guard: Enter and the send button ask while an error is present; "send anyway" sends', async () => {
        const sent = () => page.locator('#messages .msg.agent .text').allInnerTexts()
        const before = await sent()
        // A fresh reply with an error (the ignore above was for 保证 only).
        await page.evaluate(() => {
          const el = document.getElementById('reply')!
          if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.value = ''
          else el.textContent = ''
          el.dispatchEvent(new Event('input', { bubbles: true }))
        })
        await page.locator('#reply').focus()
        await imeType(cdp, 'kendingbuhuitui', '肯定不会退色')
        await page.keyboard.press('Enter')
        const dialog = page.locator('.kefu-lint-dialog [role=alertdialog]')
        await expect.poll(() => dialog.isVisible()).toBe(true)
        expect(await dialog.locator('p').innerText()).toBe('这条回复还有 1 个严重问题，确定要发送吗？')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('返回修改')
        await page.keyboard.press('Escape')
        expect(await dialog.count()).toBe(0)
        expect(await sent()).toEqual(before)
        expect((await boxState(page)).text).toBe('肯定不会退色')
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply')
        // The send button asks too; this time the agent sends anyway.
        await page.locator('#send').click()
        await expect.poll(() => dialog.isVisible()).toBe(true)
        await dialog.locator('button', { hasText: '仍然发送' }).click()
        expect(await sent()).toEqual([...before, '肯定不会退色'])
        expect((await boxState(page)).text).toBe('')
        // A reply without errors goes out on Enter without a question.
        await imeType(cdp, 'haode', '好的')
        await page.keyboard.press('Enter')
        expect(await sent()).toEqual([...before, '肯定不会退色', '好的'])
        expect(await dialog.count()).toBe(0)
      })

      it("passes the customer's last message as previous: 一定 answering 明天能送到吗？ is an error, after 好的谢谢 a warning", async () => {
        await page.locator('#reply').focus()
        await imeType(cdp, 'qinyiding', '亲，一定')
        await expect.poll(() => underlines(page)).toEqual([[2, 4, 'error', '一定']])
        await page.evaluate(() => {
          const li = document.createElement('li')
          li.className = 'msg customer'
          const p = document.createElement('p')
          p.className = 'text'
          p.textContent = '好的谢谢'
          li.append(p)
          document.getElementById('messages')!.append(li)
          ;(window as unknown as { kefuLintAttachment: { check(): unknown } }).kefuLintAttachment.check()
        })
        expect(await underlines(page)).toEqual([[2, 4, 'warning', '一定']])
      })

      it('loaded only the page and its own files, with no CSP violation', async () => {
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
        expect(foreign).toEqual([])
        expect([...new Set(requests)].sort()).toEqual(['/', '/checker.js', '/console.css', '/console.js', '/favicon.svg', '/kefu-lint-dom.js'].sort())
      })
    })
  }

  it('no console error, CSP report or page error on either page', () => {
    expect(problems).toEqual([])
  })
})
