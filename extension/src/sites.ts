import doudian from '../sites/doudian.json' with { type: 'json' }
import generic from '../sites/generic.json' with { type: 'json' }
import jdDongdong from '../sites/jd-dongdong.json' with { type: 'json' }
import mockConsole from '../sites/mock-console.json' with { type: 'json' }
import pinduoduo from '../sites/pinduoduo.json' with { type: 'json' }
import qianniu from '../sites/qianniu.json' with { type: 'json' }
import shopee from '../sites/shopee.json' with { type: 'json' }

/**
 * A site adapter is data (sites/<id>.json): where the reply box is, the send button, and the
 * customer's last message. Selectors are lists tried as one `querySelectorAll`.
 */
export interface SiteAdapter {
  id: string
  name: string
  /** Chrome match patterns; the content script runs there by default. */
  matches: string[]
  input: string
  send: string | null
  previous: string | null
  enterSends: boolean
}

export const SITES: readonly SiteAdapter[] = [qianniu, doudian, jdDongdong, pinduoduo, shopee, mockConsole]
/** Used on sites the agent enabled themselves. */
export const GENERIC: SiteAdapter = generic

/** Whether `url` matches a Chrome match pattern (scheme://host/path; a pattern without port matches any port). */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern)
  if (!m) return false
  const [, scheme, host, path] = m as unknown as [string, string, string, string]
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2)
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false
    } else if (url.hostname !== host) return false
  }
  const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
  return re.test(url.pathname + url.search)
}

export interface SiteSettings {
  /** Ids of default sites the agent switched off. */
  disabled: string[]
  /** Origins (https://example.com) the agent enabled with "enable on this site". */
  enabled: string[]
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { disabled: [], enabled: [] }

export function adapterFor(href: string, settings: SiteSettings): SiteAdapter | undefined {
  const url = new URL(href)
  const site = SITES.find((s) => s.matches.some((p) => matchesPattern(p, url)))
  if (site && !settings.disabled.includes(site.id)) return site
  if (settings.enabled.includes(url.origin)) return GENERIC
  return undefined
}

/** Id of the content script registered for an origin the agent enabled. */
export const scriptId = (origin: string) => `site:${origin}`
