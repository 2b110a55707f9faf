import { readFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'
import { yamlToModule } from './scripts/yaml-loader.js'
import { browserPlugin } from './scripts/browser-bundle.js'

const yamlPlugin = {
  name: 'kefu-lint-yaml',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' }>) => void }) {
    build.onLoad({ filter: /\.yaml$/ }, async ({ path }) => ({ contents: yamlToModule(await readFile(path, 'utf8'), path), loader: 'js' }))
  },
}

export default defineConfig([
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
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [yamlPlugin],
  },
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
