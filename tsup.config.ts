import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import type { PluginBuild } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import { browserPlugin } from './scripts/browser-bundle.js'
import { precompiledYamlModule } from './scripts/precompile-build.js'
import { pruneUnreached } from './scripts/prune-build.js'

/**
 * YAML files as modules. The Node builds ship the built-in data compiled (every rule's lexicon
 * validated and expanded, the word classes and variation data validated; see
 * src/lexicon/precompiled.ts): loading the library no longer redoes that work in every process
 * and --jobs worker. Other YAML files are plain data.
 */
const yamlPlugin = {
  name: 'kefu-lint-yaml',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' }>) => void }) {
    build.onLoad({ filter: /\.yaml$/ }, async ({ path }) => ({ contents: await precompiledYamlModule(path, await readFile(path, 'utf8')), loader: 'js' }))
  },
}

/** `kefu-lint:rule-docs`: every rules/<id>/README.md by id, so `--explain` works from the CLI bundle alone. */
const ruleDocsPlugin = {
  name: 'kefu-lint-rule-docs',
  setup(build: PluginBuild) {
    build.onResolve({ filter: /^kefu-lint:rule-docs$/ }, () => ({ path: 'rule-docs', namespace: 'kefu-lint' }))
    build.onLoad({ filter: /^rule-docs$/, namespace: 'kefu-lint' }, async () => {
      const ids = (await readdir('rules', { withFileTypes: true })).filter((d) => d.isDirectory() && existsSync(`rules/${d.name}/README.md`)).map((d) => d.name)
      const docs = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await readFile(`rules/${id}/README.md`, 'utf8')])))
      return { contents: `export default ${JSON.stringify(docs)}`, loader: 'js' as const, watchFiles: ids.map((id) => `rules/${id}/README.md`) }
    })
  },
}

/**
 * Node builds keep Chinese as UTF-8 in the bundle instead of \uXXXX escapes. V8 keeps every
 * module's source text for the life of the process (lazy compilation), and one non-ASCII
 * character anywhere (a regex literal or a comment, which esbuild never escapes) makes the
 * whole 4.6M-character chunk a two-byte string: 9.2 MB held in every isolate (main thread and
 * each --jobs worker). UTF-8 source is ~1.8M characters (3.6 MB as two-byte): the escapes were
 * 6 characters each. Module parsing is shorter by the same ratio.
 */
const utf8Source = (options: { charset?: 'ascii' | 'utf8' }): void => {
  options.charset = 'utf8'
}

/**
 * The build's id, stamped into the library and CLI bundles (__KEFU_LINT_BUILD_ID__): a hash of
 * everything a compiled linter's tables are made from (the sources, the rules and their
 * lexicons, the word data, the build scripts that precompile them, the locked dependencies).
 * The compile cache (src/compile-cache.ts) keys its files by it, so tables of another build are
 * never read. Computed when this config loads: a `tsup --watch` session keeps its first id, so
 * run it with KEFU_LINT_COMPILE_CACHE=0.
 */
const buildId = (() => {
  const hash = createHash('sha256')
  const add = (path: string) => {
    for (const d of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = `${path}/${d.name}`
      if (d.isDirectory()) add(p)
      else if (d.isFile()) hash.update(`${p}\0`).update(readFileSync(p)).update('\0')
    }
  }
  for (const dir of ['src', 'rules', 'scripts']) add(dir)
  for (const file of ['package.json', 'package-lock.json', 'tsup.config.ts']) if (existsSync(file)) hash.update(`${file}\0`).update(readFileSync(file))
  return hash.digest('hex').slice(0, 24)
})()
const define = { __KEFU_LINT_BUILD_ID__: JSON.stringify(buildId) }

const cliPackage = JSON.parse(readFileSync('packages/cli/package.json', 'utf8')) as { dependencies: Record<string, string> }

const cliBuild: Options = {
  // The command line is its own package (packages/cli, `kefu-lint-cli`), so a library install
  // never pulls in what only the CLI needs. Its sources stay in src/cli; the bundle inlines the
  // library and leaves every dependency the CLI package declares external. A CLI-only
  // dependency is one line in packages/cli/package.json and nothing here.
  entry: { cli: 'src/cli/main.ts' },
  outDir: 'packages/cli/dist',
  external: Object.keys(cliPackage.dependencies),
  format: ['esm'],
  sourcemap: true,
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  esbuildPlugins: [yamlPlugin, ruleDocsPlugin],
  esbuildOptions: utf8Source,
  define,
  // The lazily imported command modules are hashed files: drop earlier builds' (scripts/prune-build.ts).
  async onSuccess() {
    pruneUnreached('packages/cli/dist', ['cli.js'])
  },
}

// KEFU_LINT_BUILD=cli builds the command line alone (a second, no declaration build): what
// `npm run demo` needs on a fresh tree.
export default defineConfig(process.env.KEFU_LINT_BUILD === 'cli' ? [cliBuild] : [
  {
    // The library: ESM + CJS + types. `index` must stay free of Node built-ins (a browser
    // bundle test builds it with platform 'browser').
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    shims: true,
    target: 'node20',
    esbuildPlugins: [yamlPlugin],
    esbuildOptions: utf8Source,
    define,
    // Shared chunks are hashed files: drop earlier builds' (scripts/prune-build.ts). The browser
    // build writes into dist/ beside this one; its entries count as roots too.
    async onSuccess() {
      pruneUnreached('dist', ['index.js', 'index.cjs', 'node.js', 'node.cjs', 'dom.js', 'dom.global.js'])
    },
  },
  cliBuild,
  {
    // kefu-lint/dom: one self-contained browser file (ESM for bundlers, IIFE `KefuLint` for a
    // <script> tag, the demo page and the extension), with zod/mini in place of zod.
    entry: { dom: 'src/dom/index.ts' },
    format: ['esm', 'iife'],
    globalName: 'KefuLint',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    minify: true,
    noExternal: [/.*/],
    esbuildPlugins: [browserPlugin],
    esbuildOptions(options) {
      // Chinese word lists stay UTF-8 (3 bytes a character) instead of \uXXXX escapes (6).
      options.charset = 'utf8'
    },
  },
])
