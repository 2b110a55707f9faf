import type { Finding, LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { CLAUSE_TAIL } from '../../src/vocab/chars.js'
import lexicon from './lexicon.yaml'

/**
 * What the check modules share: the parsed lexicon, the Judge type (one context check, keyed by an entry's tag in
 * index.ts), and the helpers for word lists and clause ends.
 */

export const parsed = parseLexicon(lexicon, 'rules/exaggeration/lexicon.yaml')

/** Word lists below are compared with normalised text, so they are normalised the same way. */
export const norm = (words: readonly string[]) => words.map(normalizePhrase)
export const set = (chars: string) => new Set(normalizePhrase(chars))

/** Where a claim can end: the shared clause tail (particles, 了, punctuation). */
export const isEnd = (c: string | undefined) => c === undefined || CLAUSE_TAIL.has(c)

export type Judge = (f: Finding, ctx: LintContext) => Finding | null
