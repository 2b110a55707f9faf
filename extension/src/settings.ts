import type { ConfigInput } from '../../src/dom/index.js'
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './sites.js'

/** What the extension keeps in chrome.storage.local: the `.kefulintrc.json` content and the sites. */
export interface Stored {
  config: ConfigInput
  sites: SiteSettings
}

export async function loadSettings(): Promise<Stored> {
  const got = (await chrome.storage.local.get(['config', 'sites'])) as Partial<Stored>
  return { config: got.config ?? {}, sites: { ...DEFAULT_SITE_SETTINGS, ...got.sites } }
}

export function saveSettings(value: Partial<Stored>): Promise<void> {
  return chrome.storage.local.set(value)
}
