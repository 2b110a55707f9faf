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

/** The nspell checker over dictionary-en, built on first use (~0.2 s) and cached. */
export function loadEnglishSpell(): SpellChecker {
  if (!spell) {
    const require = createRequire(import.meta.url)
    // dictionary-en only exports an async ESM module; its data files sit beside it.
    const dir = dirname(require.resolve('dictionary-en'))
    const checker = NSpell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) })
    spell = { correct: (word: string) => checker.correct(word) }
  }
  return spell
}

export function createLinter(config?: ConfigInput, options?: CreateOptions): Linter {
  return createBrowserLinter({ ...config, spell: config?.spell ?? loadEnglishSpell() }, options)
}

export * from './index.js'
