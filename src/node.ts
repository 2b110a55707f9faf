/**
 * kefu-lint for Node: the same API, with the English dictionary (dictionary-en via nspell)
 * loaded from disk once per process, so Latin tokens are told apart from pinyin slang.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import NSpell from 'nspell'
import { createLinter as createBrowserLinter, type CreateOptions } from './index.js'
import type { ConfigInput } from './config/schema.js'
import type { Linter } from './linter.js'
import type { SpellChecker } from './types.js'

let spell: SpellChecker | undefined

/**
 * The nspell checker over dictionary-en. Building it costs ~0.1 s, so it is built on the
 * first word actually asked about (many runs never meet an unknown Latin token) and cached.
 */
export function loadEnglishSpell(): SpellChecker {
  if (!spell) {
    let checker: ReturnType<typeof NSpell> | undefined
    const load = () => {
      const require = createRequire(import.meta.url)
      // dictionary-en only exports an async ESM module; its data files sit beside it.
      const dir = dirname(require.resolve('dictionary-en'))
      return NSpell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) })
    }
    spell = { correct: (word: string) => (checker ??= load()).correct(word) }
  }
  return spell
}

export function createLinter(config?: ConfigInput, options?: CreateOptions): Linter {
  return createBrowserLinter({ ...config, spell: config?.spell ?? loadEnglishSpell() }, options)
}

export { defaultCompileCacheDir, fileCompileCache, type FileCompileCacheOptions } from './compile-cache-file.js'
export * from './index.js'
