import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { CDPSession, Page } from 'playwright-core'

/**
 * What the browser tests of kefu-lint/dom share: Debian's chromium with the flags of
 * html-browser.test.ts, the mock console served by `scripts/demo-browser.mjs` on 127.0.0.1,
 * and pinyin typed through a real IME composition (CDP Input.imeSetComposition).
 */
export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0'
export const HAVE_CHROMIUM = existsSync(CHROMIUM)
/** Skip locally without chromium (with a warning); under CI a missing browser fails. */
export const SKIP_BROWSER = !HAVE_CHROMIUM && !CI
export function requireChromium(file: string): void {
  if (SKIP_BROWSER) console.warn(`${file}: SKIPPED — ${CHROMIUM} not found; run scripts/setup-browser.sh (under CI this test fails instead).`)
  else if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing under CI: run scripts/setup-browser.sh before the tests`)
}

/**
 * Debian's Firefox ESR (`apt-get install firefox-esr`, done by scripts/setup-browser.sh), driven by
 * puppeteer-core over WebDriver BiDi: playwright-core drives only its own patched Firefox builds.
 */
export const FIREFOX = '/usr/bin/firefox-esr'
export const HAVE_FIREFOX = existsSync(FIREFOX)
export const SKIP_FIREFOX = !HAVE_FIREFOX && !CI
export function requireFirefox(file: string): void {
  if (SKIP_FIREFOX) console.warn(`${file}: SKIPPED — ${FIREFOX} not found; run scripts/setup-browser.sh (under CI this test fails instead).`)
  else if (!HAVE_FIREFOX) throw new Error(`${FIREFOX} is missing under CI: run scripts/setup-browser.sh before the tests`)
}

/** The middle of the first underline over `words`, in client pixels (mirror span or highlight range). Runs in the page. */
export function underlinePoint(words: string): { x: number; y: number } | null {
  const box = document.getElementById('reply')!
  const spans = [...document.querySelectorAll('.kefu-lint-mirror span')].filter((s) => s.textContent === words)
  const ranges = box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? [] : [...((CSS.highlights?.get('kefu-lint-error') ?? []) as Iterable<Range>)].filter((r) => r.toString() === words)
  const target = spans[0] ?? ranges[0]
  if (!target) return null
  const r = target.getBoundingClientRect()
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
}

export interface DemoServer {
  origin: string
  close(): void
}

/** Spawns `node scripts/demo-browser.mjs --port 0` and waits for the address it prints. */
export function startDemoServer(): Promise<DemoServer> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/demo-browser.mjs', '--port', '0'], {
    cwd: new URL('../..', import.meta.url),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out)
      if (m) resolve({ origin: m[0], close: () => child.kill() })
    })
    child.stderr!.on('data', (d: Buffer) => (err += d))
    child.on('exit', (code) => reject(new Error(`demo server exited with ${code}: ${err}`)))
  })
}

/** Types `hanzi` the way a pinyin IME does: a growing composition, then the commit. */
export async function imeType(cdp: CDPSession, pinyin: string, hanzi: string, during?: () => Promise<void>): Promise<void> {
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i)
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
  }
  // Some IMEs show the candidate in the box before it is committed.
  await cdp.send('Input.imeSetComposition', { text: hanzi, selectionStart: hanzi.length, selectionEnd: hanzi.length })
  await during?.()
  await cdp.send('Input.insertText', { text: hanzi })
}

/**
 * The reply box's text and caret offset (contenteditable: through a DOM range). Runs in the
 * page: `page.evaluate(readBoxState)` with playwright-core or puppeteer-core.
 */
export function readBoxState(): { text: string; caret: number } {
  const box = document.getElementById('reply')!
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return { text: box.value, caret: box.selectionEnd ?? -1 }
  const sel = getSelection()!
  const r = document.createRange()
  r.setStart(box, 0)
  r.setEnd(sel.focusNode!, sel.focusOffset)
  return { text: box.textContent ?? '', caret: r.toString().length }
}

export function boxState(page: Page): Promise<{ text: string; caret: number }> {
  return page.evaluate(readBoxState)
}

/**
 * Underlines drawn for the box, as [start, end, severity, text]: Highlight API ranges or mirror
 * spans. Runs in the page: `page.evaluate(readUnderlines)`.
 */
export function readUnderlines(): [number, number, string, string][] {
  const box = document.getElementById('reply')!
  const out: [number, number, string, string][] = []
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    let at = 0
    const mirror = document.querySelector('.kefu-lint-mirror')
    for (const node of mirror ? [...mirror.childNodes] : []) {
      const text = node.textContent ?? ''
      if (node instanceof HTMLElement) out.push([at, at + text.length, node.dataset.kefuSeverity!, text])
      at += text.length
    }
    return out
  }
  for (const severity of ['error', 'warning', 'info']) {
    for (const range of (CSS.highlights.get(`kefu-lint-${severity}`) ?? []) as Iterable<Range>) {
      if (!box.contains(range.startContainer)) continue
      const before = document.createRange()
      before.setStart(box, 0)
      before.setEnd(range.startContainer, range.startOffset)
      const start = before.toString().length
      out.push([start, start + range.toString().length, severity, range.toString()])
    }
  }
  return out.sort((a, b) => a[0] - b[0])
}

export function underlines(page: Page): Promise<[number, number, string, string][]> {
  return page.evaluate(readUnderlines)
}
