import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS, imeType, requireChromium, SKIP_BROWSER, startDemoServer, underlines, type DemoServer } from './support/browser.js'

/**
 * The Manifest V3 extension as `npm run build` leaves it (dist/extension), loaded unpacked
 * into headless chromium (the new headless mode runs extensions): its content script attaches
 * to the mock console by the site adapter, and the options page refuses a custom rule whose
 * own specs fail, saves a valid config, and the open console follows it.
 */
requireChromium('dom-extension.test')

const EXTENSION = fileURLToPath(new URL('../dist/extension', import.meta.url))

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 nibbles as a–p. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32)
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')
}

describe.skipIf(SKIP_BROWSER)('browser extension (unpacked) on the mock console', () => {
  let server: DemoServer
  let context: BrowserContext
  let profile: string
  let page: Page
  const problems: string[] = []
  const foreign: string[] = []
  const id = unpackedId(EXTENSION)

  beforeAll(async () => {
    if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} is missing: run npm run build first`)
    server = await startDemoServer()
    profile = mkdtempSync(join(tmpdir(), 'kefu-ext-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1100, height: 700 },
    })
    context.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`))
    context.on('request', (r) => {
      // (Node's URL gives chrome-extension: addresses the origin "null".)
      if (!r.url().startsWith(`${server.origin}/`) && !r.url().startsWith(`chrome-extension://${id}/`)) foreign.push(r.url())
    })
    page = await context.newPage()
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    server?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  it('asks for no host permission beyond the default consoles, and nothing else than storage, scripting and activeTab', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'))
    expect(manifest.manifest_version).toBe(3)
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab'])
    expect(manifest.host_permissions).toBeUndefined()
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*'])
    expect(manifest.content_scripts[0].matches).toContain('https://mms.pinduoduo.com/*')
    expect(manifest.content_scripts[0].matches).toContain('http://127.0.0.1/*')
  })

  it('attaches to the console reply box by the site adapter (page checker switched off)', async () => {
    await page.goto(`${server.origin}/?checker=off`, { waitUntil: 'load' })
    const cdp = await context.newCDPSession(page)
    await page.locator('#reply').click()
    await imeType(cdp, 'zhekuanmianshuangkendingbuhuiguominde', '这款面霜肯定不会过敏的')
    await expect.poll(() => underlines(page), { timeout: 10_000 }).toEqual([[4, 6, 'error', '肯定']])
    // The page's own copy did not do it.
    expect(await page.evaluate(() => 'kefuLintAttachment' in window)).toBe(false)
    // The send guard comes from the adapter (#send).
    await page.locator('#send').click()
    await expect.poll(() => page.locator('.kefu-lint-dialog [role=alertdialog]').isVisible()).toBe(true)
    await page.keyboard.press('Escape')
  })

  it('options page: a custom rule whose specs fail is refused with its path; a valid config is saved and the console follows', async () => {
    const options = await context.newPage()
    await options.goto(`chrome-extension://${id}/options.html`, { waitUntil: 'load' })
    const custom = options.locator('#custom')
    await custom.fill(JSON.stringify([{ id: 'shop/no-bao', kind: 'existence', phrases: ['包邮'], specs: { flag: ['亲，全场包邮'], pass: ['这款包邮吗'] } }]))
    await options.locator('#save').click()
    const status = options.locator('#status')
    await expect.poll(() => status.innerText()).toBe('未保存：\nInvalid kefu-lint config:\nconfig.custom.0.specs.pass.0: rule shop/no-bao flags "这款包邮吗", which should pass')
    expect(await status.getAttribute('class')).toBe('error')
    // Switch absolute-promise off and save a valid custom rule.
    await custom.fill(JSON.stringify([{ id: 'shop/no-bao', kind: 'existence', phrases: ['包邮'], specs: { flag: ['亲，全场包邮'] } }]))
    await options.locator('select[data-rule="absolute-promise"]').selectOption('off')
    await options.locator('#save').click()
    await expect.poll(() => status.getAttribute('class')).toBe('ok')
    const stored = await options.evaluate(() => chrome.storage.local.get('config'))
    expect(stored.config).toMatchObject({ profile: 'marketplace', rules: { 'absolute-promise': 'off' }, custom: [{ id: 'shop/no-bao' }] })
    await options.close()
    // The open console re-checks with the new settings: 肯定 is no longer reported, 包邮 is.
    await page.locator('#reply').click()
    await page.keyboard.press('End')
    const cdp = await context.newCDPSession(page)
    await imeType(cdp, 'baoyou', '包邮')
    await expect.poll(() => underlines(page), { timeout: 10_000 }).toEqual([[11, 13, 'warning', '包邮']])
  })

  it('no console error, page error or request outside the console and the extension', () => {
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
  })
})
