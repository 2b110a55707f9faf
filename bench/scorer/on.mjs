// The built library with the statistical scorer switched on, for a side-by-side bench:
//   KEFU_LINT_ENTRY=bench/scorer/on.mjs KEFU_LINT_BASELINE=dist/node.js node --expose-gc bench/bench.mjs
export * from '../../dist/node.js'
import { createLinter as create } from '../../dist/node.js'
export function createLinter(config = {}, options) {
  return create({ scorer: true, ...config }, options)
}
