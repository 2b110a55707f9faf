/// <reference types="chrome" />
/**
 * The toolbar popup: "enable on this site" for a console that is not in the default list.
 * It asks for that one origin (an optional host permission), registers the content script
 * there and runs it in the open tab; the checker then uses the generic adapter.
 */
import { loadSettings, saveSettings } from './settings.js'
import { adapterFor, scriptId } from './sites.js'

const where = document.getElementById('where')!
const toggle = document.getElementById('toggle') as HTMLButtonElement

async function main(): Promise<void> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true })
  const url = tab?.url ? new URL(tab.url) : undefined
  if (!tab?.id || !url || !/^https?:$/.test(url.protocol)) {
    where.textContent = '此页面不能使用 kefu-lint。'
    return
  }
  const settings = await loadSettings()
  const site = adapterFor(url.href, settings.sites)
  const own = settings.sites.enabled.includes(url.origin)
  if (site && !own) {
    where.textContent = `已在 ${site.name} 启用。`
    return
  }
  where.textContent = own ? `已在 ${url.origin} 启用（通用模式）。` : `kefu-lint 未在 ${url.origin} 启用。`
  toggle.hidden = false
  toggle.textContent = own ? '在此网站停用' : '在此网站启用'
  toggle.addEventListener('click', async () => {
    const origins = [`${url.origin}/*`]
    if (own) {
      await chrome.scripting.unregisterContentScripts({ ids: [scriptId(url.origin)] }).catch(() => undefined)
      await chrome.permissions.remove({ origins })
      await saveSettings({ sites: { ...settings.sites, enabled: settings.sites.enabled.filter((o) => o !== url.origin) } })
      where.textContent = '已停用；刷新页面后生效。'
      toggle.hidden = true
      return
    }
    if (!(await chrome.permissions.request({ origins }))) return
    await chrome.scripting.registerContentScripts([{ id: scriptId(url.origin), matches: origins, js: ['content.js'], runAt: 'document_idle' }])
    await saveSettings({ sites: { ...settings.sites, enabled: [...settings.sites.enabled, url.origin] } })
    await chrome.scripting.executeScript({ target: { tabId: tab.id! }, files: ['content.js'] })
    where.textContent = `已在 ${url.origin} 启用。`
    toggle.hidden = true
  })
}

void main()
