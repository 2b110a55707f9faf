import { availableParallelism } from 'node:os'
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
    // Vitest's default (one worker fewer than the cores) gives one worker on a 2-core CI machine,
    // which then sits idle while the CLI and browser tests wait on their child processes: two
    // workers there took the clean-clone suite from ~13.5 to ~9.5 minutes (every test passed).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
