import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinRules } from '../rules/index.js'
import { FIREFOX, readBoxState, readUnderlines, requireFirefox, SKIP_FIREFOX, startDemoServer, underlinePoint, type DemoServer } from './support/browser.js'

/**
 * kefu-lint/dom and the extension in Debian's Firefox ESR, headless, driven by puppeteer-core
 * over WebDriver BiDi, on the mock console: a <textarea>, a one-line <input> and a
 * contenteditable box (the CSS Custom Highlight API, which Firefox has since 140). The agent
 * types with real key events — one per character, as WebDriver has no IME, so composition is
 * covered by the chromium tests only — sees the underlines, opens the popover by mouse and
 * keyboard, applies a suggestion and meets the send guard; the extension, installed as a
 * temporary add-on (its manifest's browser_specific_settings.gecko id), attaches by the adapter,
 * and its options page (moz-extension://) refuses a custom rule whose specs fail, saves a valid
 * config, and the open console follows it.
 */
requireFirefox('dom-firefox.test')

const EXTENSION = fileURLToPath(new URL('../dist/extension', import.meta.url))
const GECKO_ID = (JSON.parse(readFileSync(new URL('../dist/extension/manifest.json', import.meta.url), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
  .browser_specific_settings.gecko.id
/**
 * The extension's moz-extension:// host. Firefox draws a random one per profile unless this
 * preference names it, and the options page is addressed by it.
 */
const EXTENSION_UUID = '6b1f2a53-0c1e-4f5e-9a8b-5d3c2e1f0a9b'
const PROMISE_MESSAGE = '「肯定」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「一般」、「正常情况下」，例如「这款面霜一般不会过敏的」。'

/** Polls a function in the page until it returns `expected` (deep equality), then returns it. */
async function until<T>(page: Page, read: () => Promise<T>, expected: T, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout
  let got = await read()
  while (JSON.stringify(got) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50))
    got = await read()
  }
  return got
}

const popoverOpen = (page: Page) => page.evaluate(() => !!document.querySelector<HTMLElement>('.kefu-lint-pop:not([hidden])'))
const dialogOpen = (page: Page) => page.evaluate(() => !!document.querySelector('.kefu-lint-dialog [role=alertdialog]'))
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '')

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control')
  await page.keyboard.press('z')
  await page.keyboard.up('Control')
}

describe.skipIf(SKIP_FIREFOX)('kefu-lint/dom and the extension in Firefox ESR (headless, WebDriver BiDi)', () => {
  let server: DemoServer
  let browser: Browser
  const problems: string[] = []
  const foreign: string[] = []

  beforeAll(async () => {
    if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} is missing: run npm run build first`)
    server = await startDemoServer()
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // WebDriver BiDi refuses to navigate to a privileged address (moz-extension://, the
      // options page) unless the browser was started with this flag.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  async function open(query: string): Promise<Page> {
    const page = await browser.newPage()
    await page.setViewport({ width: 1100, height: 700 })
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`${query} console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`${query} page error: ${(e as Error).message}`))
    page.on('request', (r) => {
      // Firefox reports a data: font of its own for each page (none of the console's files has one); data: is no network.
      if (!r.url().startsWith(`${server.origin}/`) && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = [])
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    await page.goto(`${server.origin}/?${query}`, { waitUntil: 'load' })
    return page
  }

  for (const input of ['textarea', 'input', 'editable'] as const) {
    describe(input === 'editable' ? 'contenteditable' : `<${input}>`, () => {
      let page: Page

      beforeAll(async () => {
        page = await open(`input=${input}`)
        await page.waitForFunction(() => 'kefuLintAttachment' in window)
      }, 60_000)

      afterAll(async () => {
        await page?.close()
      })

      it('typing underlines each finding at its span', async () => {
        expect(await page.evaluate(() => document.getElementById('reply')!.tagName)).toBe({ textarea: 'TEXTAREA', input: 'INPUT', editable: 'DIV' }[input])
        await page.click('#reply')
        await page.keyboard.type('亲，这款面霜肯定不会过敏的，明天保证送到')
        expect(await page.evaluate(readBoxState)).toEqual({ text: '亲，这款面霜肯定不会过敏的，明天保证送到', caret: 20 })
        expect(await until(page, () => page.evaluate(readUnderlines), [[6, 8, 'error', '肯定'], [16, 18, 'error', '保证']])).toEqual([
          [6, 8, 'error', '肯定'],
          [16, 18, 'error', '保证'],
        ])
        if (input === 'editable') expect(await page.evaluate(() => CSS.highlights.get('kefu-lint-error')?.size)).toBe(2)
      })

      it('hovering an underline opens the popover with the reason and the suggestions', async () => {
        const point = await page.evaluate(underlinePoint, '肯定')
        expect(point).not.toBeNull()
        await page.mouse.move(point!.x, point!.y)
        expect(await until(page, () => popoverOpen(page), true)).toBe(true)
        expect(await page.evaluate(() => document.querySelector('.kefu-lint-pop .kefu-lint-rule')?.textContent)).toBe('错误 · absolute-promise')
        expect(await page.evaluate(() => {
          const pop = document.querySelector('.kefu-lint-pop')!
          return [document.getElementById(pop.getAttribute('aria-describedby')!)?.textContent, [...pop.querySelectorAll('button')].map((b) => b.textContent)]
        })).toEqual([PROMISE_MESSAGE, ['改为「一般」', '改为「正常情况下」', '此处忽略']])
        await page.mouse.move(5, 400)
        expect(await until(page, () => popoverOpen(page), false)).toBe(false)
      })

      it('Alt+Enter focuses the first suggestion, Enter applies it with the caret kept, Ctrl+Z undoes it', async () => {
        await page.focus('#reply')
        await page.keyboard.press('End')
        await page.keyboard.down('Alt')
        await page.keyboard.press('Enter')
        await page.keyboard.up('Alt')
        expect(await until(page, () => focused(page), '改为「一般」')).toBe('改为「一般」')
        await page.keyboard.press('Enter')
        expect(await page.evaluate(readBoxState)).toEqual({ text: '亲，这款面霜一般不会过敏的，明天保证送到', caret: 20 })
        expect(await focused(page)).toBe('reply')
        expect(await until(page, () => page.evaluate(readUnderlines), [[16, 18, 'error', '保证']])).toEqual([[16, 18, 'error', '保证']])
        await undo(page)
        expect((await until(page, () => page.evaluate(readBoxState).then((s) => s.text), '亲，这款面霜肯定不会过敏的，明天保证送到'))).toBe('亲，这款面霜肯定不会过敏的，明天保证送到')
      })

      it('send guard: Enter asks while an error is present, Esc goes back; the button asks and "send anyway" sends', async () => {
        const sent = () => page.evaluate(() => [...document.querySelectorAll('#messages .msg.agent .text')].map((p) => p.textContent))
        const before = await sent()
        await page.focus('#reply')
        await page.keyboard.press('Enter')
        expect(await until(page, () => dialogOpen(page), true)).toBe(true)
        expect(await page.evaluate(() => document.querySelector('.kefu-lint-dialog [role=alertdialog] p')?.textContent)).toBe('这条回复还有 2 个严重问题，确定要发送吗？')
        expect(await focused(page)).toBe('返回修改')
        await page.keyboard.press('Escape')
        expect(await dialogOpen(page)).toBe(false)
        expect(await sent()).toEqual(before)
        await page.click('#send')
        expect(await until(page, () => dialogOpen(page), true)).toBe(true)
        await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.kefu-lint-dialog button')].find((b) => b.textContent === '仍然发送')!.click())
        expect(await sent()).toEqual([...before, '亲，这款面霜肯定不会过敏的，明天保证送到'])
        expect((await page.evaluate(readBoxState)).text).toBe('')
      })

      it('no CSP violation', async () => {
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
      })
    })
  }

  it('the extension (temporary add-on, gecko id from the manifest) attaches by the adapter with the page checker off', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'))
    expect(await browser.installExtension(EXTENSION)).toBe(manifest.browser_specific_settings.gecko.id)
    const page = await open('checker=off')
    await page.click('#reply')
    await page.keyboard.type('这款面霜肯定不会过敏的')
    expect(await until(page, () => page.evaluate(readUnderlines), [[4, 6, 'error', '肯定']])).toEqual([[4, 6, 'error', '肯定']])
    expect(await page.evaluate(() => 'kefuLintAttachment' in window)).toBe(false)
    await page.click('#send')
    expect(await until(page, () => dialogOpen(page), true)).toBe(true)
    await page.close()
  })

  it('options page (moz-extension://): a custom rule whose specs fail is refused with its path; a valid config is saved and the open console follows', async () => {
    const page = await open('checker=off')
    await page.click('#reply')
    await page.keyboard.type('这款面霜肯定不会过敏的，全场')
    expect(await until(page, () => page.evaluate(readUnderlines), [[4, 6, 'error', '肯定']])).toEqual([[4, 6, 'error', '肯定']])

    const options = await browser.newPage()
    options.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`options console ${m.type()}: ${m.text()}`)
    })
    options.on('pageerror', (e) => problems.push(`options page error: ${(e as Error).message}`))
    options.on('request', (r) => {
      if (!r.url().startsWith(`moz-extension://${EXTENSION_UUID}/`)) foreign.push(r.url())
    })
    // page.goto waits for a navigation event that Firefox does not send when the tab moves
    // into the extension's process; the BiDi navigate command itself waits for the load.
    await (options.mainFrame() as Frame & { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } }).browsingContext.navigate(
      `moz-extension://${EXTENSION_UUID}/options.html`,
      'complete',
    )
    // The form fills in once the stored settings are read: one level per built-in rule.
    const form = [`moz-extension://${EXTENSION_UUID}/options.html`, builtinRules.length]
    expect(await until(options, () => options.evaluate(() => [location.href, document.querySelectorAll('select[data-rule]').length]), form)).toEqual(form)
    const setCustom = (custom: unknown) =>
      options.evaluate((json) => {
        document.querySelector<HTMLTextAreaElement>('#custom')!.value = json
      }, JSON.stringify(custom))
    const status = () => options.evaluate(() => [document.getElementById('status')!.className, document.getElementById('status')!.textContent])
    await setCustom([{ id: 'shop/no-bao', kind: 'existence', phrases: ['包邮'], specs: { flag: ['亲，全场包邮'], pass: ['这款包邮吗'] } }])
    await options.click('#save')
    const refused = ['error', '未保存：\nInvalid kefu-lint config:\nconfig.custom.0.specs.pass.0: rule shop/no-bao flags "这款包邮吗", which should pass']
    expect(await until(options, status, refused)).toEqual(refused)
    // Switch absolute-promise off and save a valid custom rule.
    await setCustom([{ id: 'shop/no-bao', kind: 'existence', phrases: ['包邮'], specs: { flag: ['亲，全场包邮'] } }])
    await options.select('select[data-rule="absolute-promise"]', 'off')
    await options.click('#save')
    expect((await until(options, status, ['ok', '已保存。已打开的工作台页面会立即使用新设置。']))[0]).toBe('ok')
    const stored = (await options.evaluate(() => chrome.storage.local.get('config'))) as { config: unknown }
    expect(stored.config).toMatchObject({ profile: 'marketplace', rules: { 'absolute-promise': 'off' }, custom: [{ id: 'shop/no-bao' }] })
    await options.close()

    // The open console re-checks with the new settings: 肯定 is no longer reported, 包邮 is.
    await page.bringToFront()
    await page.focus('#reply')
    await page.keyboard.press('End')
    await page.keyboard.type('包邮')
    expect(await until(page, () => page.evaluate(readUnderlines), [[14, 16, 'warning', '包邮']])).toEqual([[14, 16, 'warning', '包邮']])
    await page.close()
  })

  it('no console error, page error or request outside the console', () => {
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
  })
})
