/// <reference types="chrome" />
/**
 * The options page: edits the same `.kefulintrc.json` the CLI reads. Nothing is saved until a
 * linter compiles from it — so a bad value, or a custom rule whose own `specs` fail, is shown
 * with its path (config.custom.0.specs.flag.1: …) and the old settings stay in force.
 */
import { createLinter, type ConfigInput } from '../../src/dom/index.js'
import { builtinRules } from '../../rules/index.js'
import { loadSettings, saveSettings, type Stored } from './settings.js'
import { SITES, scriptId } from './sites.js'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const LEVELS = ['', 'off', 'info', 'warning', 'error'] as const
let stored: Stored

function status(text: string, ok: boolean): void {
  const el = $('status')
  el.textContent = text
  el.className = ok ? 'ok' : 'error'
}

function ruleLevel(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'severity' in value) return String((value as { severity: unknown }).severity ?? '')
  return ''
}

function render(config: ConfigInput): void {
  $<HTMLSelectElement>('profile').value = config.profile ?? 'marketplace'
  $<HTMLSelectElement>('locale').value = config.locale ?? 'zh'
  const rules = $('rules')
  rules.replaceChildren(
    ...builtinRules.map((rule) => {
      const tr = document.createElement('tr')
      const name = document.createElement('td')
      name.textContent = `${rule.meta.id} — ${rule.meta.description.zh}`
      const cell = document.createElement('td')
      const select = document.createElement('select')
      select.dataset.rule = rule.meta.id
      select.setAttribute('aria-label', rule.meta.id)
      for (const level of LEVELS) {
        const o = document.createElement('option')
        o.value = level
        o.textContent = level || `默认（${rule.meta.defaultSeverity}）`
        select.append(o)
      }
      select.value = ruleLevel(config.rules?.[rule.meta.id])
      cell.append(select)
      tr.append(name, cell)
      return tr
    }),
  )
  $<HTMLTextAreaElement>('allow').value = (config.allow ?? []).join('\n')
  $<HTMLTextAreaElement>('custom').value = JSON.stringify(config.custom ?? [], null, 2)
}

function renderSites(): void {
  $('sites').replaceChildren(
    ...SITES.map((site) => {
      const li = document.createElement('li')
      const label = document.createElement('label')
      const box = document.createElement('input')
      box.type = 'checkbox'
      box.dataset.site = site.id
      box.checked = !stored.sites.disabled.includes(site.id)
      label.append(box, ` ${site.name}`)
      li.append(label)
      return li
    }),
  )
  $('enabled').replaceChildren(
    ...stored.sites.enabled.map((origin) => {
      const li = document.createElement('li')
      const remove = document.createElement('button')
      remove.type = 'button'
      remove.textContent = '停用'
      remove.addEventListener('click', async () => {
        await chrome.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false)
        await chrome.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined)
        stored.sites.enabled = stored.sites.enabled.filter((o) => o !== origin)
        await saveSettings({ sites: stored.sites })
        renderSites()
      })
      li.append(`${origin} `, remove)
      return li
    }),
  )
}


/** The form as a config, keeping keys the form does not show (rule options, docsUrl…). */
function readForm(): ConfigInput {
  const config: ConfigInput = { ...stored.config }
  config.profile = $<HTMLSelectElement>('profile').value as ConfigInput['profile']
  config.locale = $<HTMLSelectElement>('locale').value as ConfigInput['locale']
  const rules: Record<string, unknown> = { ...(config.rules ?? {}) }
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-rule]')) {
    const id = select.dataset.rule!
    const current = rules[id]
    const options = current && typeof current === 'object' ? { ...(current as object) } : undefined
    if (options) {
      if (select.value) (options as Record<string, unknown>).severity = select.value
      else delete (options as Record<string, unknown>).severity
      rules[id] = options
    } else if (select.value) rules[id] = select.value
    else delete rules[id]
  }
  config.rules = rules as ConfigInput['rules']
  config.allow = $<HTMLTextAreaElement>('allow').value.split('\n').map((s) => s.trim()).filter(Boolean)
  const custom = $<HTMLTextAreaElement>('custom').value.trim()
  try {
    config.custom = custom ? JSON.parse(custom) : []
  } catch (error) {
    throw new Error(`config.custom: not valid JSON — ${(error as Error).message}`)
  }
  return config
}

/** Compiling a linter validates everything and runs the custom rules' specs. */
function check(config: ConfigInput): string | undefined {
  try {
    createLinter(config)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

async function save(): Promise<void> {
  let config: ConfigInput
  try {
    config = readForm()
  } catch (error) {
    return status((error as Error).message, false)
  }
  const problem = check(config)
  if (problem) return status(`未保存：\n${problem}`, false)
  const disabled = [...document.querySelectorAll<HTMLInputElement>('input[data-site]')].filter((b) => !b.checked).map((b) => b.dataset.site!)
  stored = { config, sites: { ...stored.sites, disabled } }
  await saveSettings(stored)
  status('已保存。已打开的工作台页面会立即使用新设置。', true)
}

function exportConfig(): void {
  const blob = new Blob([`${JSON.stringify(stored.config, null, 2)}\n`], { type: 'application/json' })
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = '.kefulintrc.json'
  a.click()
  setTimeout(() => URL.revokeObjectURL(a.href), 1000)
}

async function importConfig(file: File): Promise<void> {
  let config: ConfigInput
  try {
    config = JSON.parse(await file.text()) as ConfigInput
  } catch (error) {
    return status(`${file.name}: 不是有效的 JSON — ${(error as Error).message}`, false)
  }
  const problem = check(config)
  if (problem) return status(`${file.name} 未导入：\n${problem}`, false)
  stored.config = config
  render(config)
  status(`已载入 ${file.name}，检查无误；点击“保存”生效。`, true)
}

async function main(): Promise<void> {
  stored = await loadSettings()
  render(stored.config)
  renderSites()
  $('save').addEventListener('click', () => void save())
  $('export').addEventListener('click', exportConfig)
  $<HTMLInputElement>('import').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0]
    if (file) void importConfig(file)
  })
}

void main()
