#!/usr/bin/env node
// What the browser build of kefu-lint/dom (core + dom entry, minified ESM as dist/dom.js) is
// made of, in gzip -9 bytes. gzip is not additive, so each part is measured by building the
// bundle again without it (stubbed out) and taking the difference; "rules' code, linter,
// config" is what is left. Run by `npm run bench:browser`, or alone: node bench/browser-size.mjs
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** scripts/browser-bundle.ts (TypeScript, read by tsup) compiled in memory and imported. */
async function loadBrowserPlugin() {
  const file = resolve(root, 'scripts/browser-bundle.ts')
  // Under node_modules so that its packages (yaml) resolve; it finds the repository from its own address.
  const outfile = resolve(root, 'node_modules/.cache/kefu-lint/browser-bundle.mjs')
  await build({
    entryPoints: [file], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile, logLevel: 'silent',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(file).href) },
  })
  return (await import(pathToFileURL(outfile).href)).browserPlugin
}

const stub = (name, filter, contents, namespace) => ({
  name: `stub-${name}`,
  setup(b) {
    b.onLoad({ filter, ...(namespace ? { namespace } : {}) }, () => ({ contents, loader: 'js' }))
  },
})

export async function sizeParts() {
  const browserPlugin = await loadBrowserPlugin()
  const gzipOf = async (entry, stubs = []) => {
    const r = await build({
      absWorkingDir: root, stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'browser',
      target: 'es2022', minify: true, charset: 'utf8', write: false, logLevel: 'silent', plugins: [...stubs, browserPlugin],
    })
    return gzipSync(r.outputFiles[0].contents, { level: 9 }).length
  }
  const DOM = "export * from './src/dom/index.ts'"
  const CORE = "export { createLinter } from './src/linter.ts'\nexport { builtinRules } from './rules/index.ts'"
  const whole = await gzipOf(DOM)
  const data = whole - (await gzipOf(DOM, [stub('data', /.*/, 'export default new Proxy({}, { get: () => ({}) })', 'kefu-lint')]))
  const t2s = whole - (await gzipOf(DOM, [stub('t2s', /[\\/]normalize[\\/]t2s-data\.ts$/, 'export const T2S_FROM = "", T2S_TO = ""')]))
  const zod = whole - (await gzipOf(DOM, [stub('zod', /[\\/]dom[\\/]zod-classic\.ts$/, 'export const z = {}; export default z')]))
  const dom = whole - (await gzipOf(CORE))
  return [
    { part: 'built-in rule data (YAML → packed JSON)', gzip: data },
    { part: 'Traditional→Simplified table (pruned)', gzip: t2s },
    { part: 'zod (zod/mini + English locale + chaining shim)', gzip: zod },
    { part: 'kefu-lint/dom entry (underlines, popover, send guard)', gzip: dom },
    { part: "rules' code, linter, config, custom rules (the rest)", gzip: whole - data - t2s - zod - dom },
    { part: 'whole: core + dom entry', gzip: whole },
  ]
}

export function printSizeParts(parts) {
  console.log('\n| part of dist/dom.js | gzip -9 (bundle without it, difference) |\n|---|---:|')
  for (const p of parts) console.log(`| ${p.part} | ${p.gzip.toLocaleString('en')} |`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) printSizeParts(await sizeParts())
