import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { zipSync } from 'fflate'
import { defineConfig, type Options } from 'tsup'
import { browserPlugin } from '../scripts/browser-bundle.js'
import { SITES } from './src/sites.js'

/**
 * The Manifest V3 extension: content script, options page and popup bundled with the small
 * browser build of kefu-lint, the static pages copied beside them, the manifest written with
 * the default sites' match patterns, and the folder zipped as dist/kefu-lint-extension-<v>.zip.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}dist/extension`
const STATIC = ['options.html', 'options.css', 'popup.html']

function manifest(version: string): object {
  return {
    manifest_version: 3,
    name: 'kefu-lint — 客服用语检查',
    short_name: 'kefu-lint',
    version,
    description: '在客服工作台里边打边查回复用语：绝对化承诺、指责顾客、夸大宣传、站外引流……全部在本机完成。',
    // storage: settings; scripting + activeTab: "enable on this site" for the open tab only.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Asked per site, at the agent's click, never up front.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: [...new Set(SITES.flatMap((s) => s.matches))], js: ['content.js'], run_at: 'document_idle' }],
    options_ui: { page: 'options.html', open_in_tab: true },
    action: { default_title: 'kefu-lint', default_popup: 'popup.html' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    browser_specific_settings: { gecko: { id: 'kefu-lint@kefu-lint.github.io', strict_min_version: '128.0' } },
  }
}

function zipFolder(files: string[], version: string): string {
  const entries = Object.fromEntries(files.map((f) => [f, new Uint8Array(readFileSync(`${out}/${f}`))]))
  const zip = `${root}dist/kefu-lint-extension-${version}.zip`
  writeFileSync(zip, zipSync(entries, { level: 9 }))
  return zip
}

export const extensionConfig: Options = {
  entry: { content: 'extension/src/content.ts', options: 'extension/src/options.ts', popup: 'extension/src/popup.ts' },
  outDir: out,
  format: ['iife'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  noExternal: [/.*/],
  // tsup would name IIFE files *.global.js; the manifest names them plainly.
  outExtension: () => ({ js: '.js' }),
  esbuildPlugins: [browserPlugin],
  esbuildOptions(options) {
    options.charset = 'utf8'
  },
  async onSuccess() {
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
    mkdirSync(out, { recursive: true })
    for (const f of STATIC) copyFileSync(`${root}extension/${f}`, `${out}/${f}`)
    writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest(version), null, 2)}\n`)
    const zip = zipFolder(['manifest.json', 'content.js', 'options.js', 'popup.js', ...STATIC], version)
    console.log(`extension: ${out} (unpacked), ${zip}`)
  },
}

export default defineConfig(extensionConfig)
