/**
 * kefu-lint — the browser-safe library entry. Nothing reachable from here imports a Node
 * built-in; the English dictionary for Latin-token checks is injected (`spell`), or loaded
 * for you by `kefu-lint/node`.
 */
import { builtinRules } from '../rules/index.js'
import { createLinter as createCore, type Linter } from './linter.js'
import type { ConfigInput } from './config/schema.js'
import type { RuleDefinition } from './types.js'
import { checkPlugins, withPlugins } from './plugins.js'
import { makePreset } from './unified/preset.js'
import type { CompileCache } from './compile-cache.js'

export interface CreateOptions {
  /** Extra rules (plugins) beside the built-in ones. */
  plugins?: readonly RuleDefinition[]
  /**
   * Where the compiled lexicon tables are kept between linters (and processes): read instead of
   * rebuilt when the build and config match, written otherwise. Not used with plugins (their
   * code is not part of the key). kefu-lint/node has a file-backed one, `fileCompileCache()`.
   */
  compileCache?: CompileCache
}

/** Compiles the configuration and every enabled rule once; `lint` is then synchronous. */
export function createLinter(config?: ConfigInput, options?: CreateOptions): Linter {
  if (!options?.plugins?.length) return createCore(config, builtinRules, options?.compileCache)
  // Checked first (a plugin reusing a built-in id or of the wrong shape is a ConfigError), then
  // fenced: what a plugin throws while linting is reported as its problem, never thrown.
  const plugins = checkPlugins(options.plugins, builtinRules)
  return withPlugins(plugins, (fenced) => createCore(config, [...builtinRules, ...fenced]))
}

/** unified plugin: `unified().use(retextChinese).use(kefuLint, config)`. */
export const kefuLint = makePreset<ConfigInput>((config) => createLinter(config))

export { builtinRules }
export { retextChinese, parseChinese } from './unified/parser.js'
export { reportToFile } from './unified/preset.js'
export { ConfigError, ConfigSchema } from './config/schema.js'
export type { ConfigInput, ResolvedConfig } from './config/schema.js'
export { LexiconSchema, parseLexicon } from './lexicon/schema.js'
export { applyFixes } from './fix.js'
export { normalize, normalizePhrase } from './normalize/normalize.js'
export { defineRule } from './types.js'
export type { CompileCache } from './compile-cache.js'
export { checkPlugins } from './plugins.js'
export { DEFAULT_DOCS_URL } from './docs-url.js'
export { UnknownCueError } from './compile.js'
export type { Linter } from './linter.js'
export type * from './types.js'
