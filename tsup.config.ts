import { readFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'
import { yamlToModule } from './scripts/yaml-loader.js'

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
])
