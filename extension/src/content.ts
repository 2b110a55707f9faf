/// <reference types="chrome" />
/**
 * The content script: on an enabled site, finds the reply box through the site's adapter and
 * attaches kefu-lint/dom to it. Everything is local; the page never sees the checker's code
 * (content scripts run in an isolated world) and nothing is sent anywhere.
 */
import { attach, createLinter, type Attachment, type Linter } from '../../src/dom/index.js'
import { adapterFor, type SiteAdapter } from './sites.js'
import { loadSettings } from './settings.js'

const attached = new Map<Element, Attachment>()
let adapter: SiteAdapter | undefined
let linter: Linter | undefined

function makeLinter(config: unknown): Linter {
  try {
    return createLinter(config as never)
  } catch (error) {
    // A config the options page would have refused (edited by hand): check with the defaults.
    console.warn(`kefu-lint: stored settings ignored — ${(error as Error).message}`)
    return createLinter()
  }
}

function attachTo(el: Element): void {
  if (!adapter || !linter || attached.has(el)) return
  const previous = adapter.previous
  attached.set(
    el,
    attach(el, {
      linter,
      previous: previous ? () => lastText(previous) : undefined,
      sendGuard: adapter.send || adapter.enterSends ? { button: adapter.send ?? undefined, enter: adapter.enterSends } : false,
    }),
  )
}

function lastText(selector: string): string | undefined {
  const all = document.querySelectorAll(selector)
  return all.length ? all[all.length - 1]!.textContent?.trim() || undefined : undefined
}

function isReplyBox(el: Element | null): el is HTMLElement {
  return !!el && !!adapter && el.matches(adapter.input) && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || (el as HTMLElement).isContentEditable)
}

function scan(): void {
  if (!adapter) return
  for (const el of document.querySelectorAll(adapter.input)) if (isReplyBox(el) && (el as HTMLElement).offsetParent !== null) attachTo(el)
}

function reset(): void {
  for (const a of attached.values()) a.detach()
  attached.clear()
}

async function start(): Promise<void> {
  const settings = await loadSettings()
  reset()
  adapter = adapterFor(location.href, settings.sites)
  if (!adapter) return
  linter = makeLinter(settings.config)
  scan()
}

function install(): void {
  // Chat consoles are single-page apps: reply boxes come and go.
    document.addEventListener('focusin', (e) => {
    const el = (e.target as Element | null)?.closest?.(adapter?.input ?? ':not(*)') ?? null
    if (isReplyBox(el)) attachTo(el)
  })
  new MutationObserver(() => {
    for (const [el, a] of attached) {
      if (!el.isConnected) {
        a.detach()
        attached.delete(el)
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true })
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') void start()
  })
  void start()
}

// "Enable on this site" may inject the script into a page that already runs it.
const FLAG = '__kefuLintContent'
const scope = globalThis as Record<string, unknown>
if (!scope[FLAG]) {
  scope[FLAG] = true
  install()
}
