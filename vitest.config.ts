import { defineConfig } from 'vitest/config'
import { yamlToModule } from './scripts/yaml-loader.js'

export default defineConfig({
  plugins: [
    {
      name: 'kefu-lint-yaml',
      transform(code, id) {
        if (id.endsWith('.yaml')) return { code: yamlToModule(code, id), map: null }
      },
    },
  ],
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
})
