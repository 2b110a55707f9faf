import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { adapterFor, GENERIC, matchesPattern, SITES } from '../extension/src/sites.js'

/** Site adapters are data: every file in extension/sites is loaded, well-formed, and routes by URL. */
describe('extension site adapters', () => {
  it('loads every sites/*.json, each with valid selectors and match patterns', () => {
    const files = readdirSync(new URL('../extension/sites', import.meta.url)).filter((f) => f.endsWith('.json'))
    expect([...SITES, GENERIC].map((s) => `${s.id}.json`).sort()).toEqual(files.sort())
    for (const file of files) {
      const site = JSON.parse(readFileSync(new URL(`../extension/sites/${file}`, import.meta.url), 'utf8'))
      expect(Object.keys(site).sort()).toEqual(['enterSends', 'id', 'input', 'matches', 'name', 'previous', 'send'])
      for (const pattern of site.matches) expect(pattern).toMatch(/^https?:\/\/(?:\*\.)?[a-z0-9.-]+\/\*$/)
    }
  })

  it('matches Chrome match patterns: subdomains with *., any port without one, path globs', () => {
    expect(matchesPattern('https://*.qianniu.taobao.com/*', new URL('https://im.qianniu.taobao.com/chat?x=1'))).toBe(true)
    expect(matchesPattern('https://*.qianniu.taobao.com/*', new URL('https://qianniu.taobao.com/'))).toBe(true)
    expect(matchesPattern('https://*.qianniu.taobao.com/*', new URL('https://evilqianniu.taobao.com/'))).toBe(false)
    expect(matchesPattern('https://mms.pinduoduo.com/*', new URL('http://mms.pinduoduo.com/chat'))).toBe(false)
    expect(matchesPattern('http://127.0.0.1/*', new URL('http://127.0.0.1:5178/?input=editable'))).toBe(true)
    expect(matchesPattern('https://a.com/chat/*', new URL('https://a.com/orders'))).toBe(false)
  })

  it('picks the site adapter, honours switched-off sites, and uses the generic one on sites the agent enabled', () => {
    const none = { disabled: [], enabled: [] }
    expect(adapterFor('https://mms.pinduoduo.com/chat-merchant/index.html', none)?.id).toBe('pinduoduo')
    expect(adapterFor('https://seller.shopee.com.my/webchat', none)?.id).toBe('shopee')
    expect(adapterFor('https://mms.pinduoduo.com/', { disabled: ['pinduoduo'], enabled: [] })).toBeUndefined()
    expect(adapterFor('https://crm.example.com/inbox', none)).toBeUndefined()
    expect(adapterFor('https://crm.example.com/inbox', { disabled: [], enabled: ['https://crm.example.com'] })?.id).toBe('generic')
  })
})
