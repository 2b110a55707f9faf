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
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Test files share their worker's module graph instead of importing src/ again each: loading
    // the library (every rule's lexicon validated and expanded, ~2 s of CPU a file) was most of
    // the suite's time. No test mocks modules or leaves global state behind.
    isolate: false,
  },
})
