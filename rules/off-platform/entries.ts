/**
 * The rule's parsed lexicon, its id and default severity, how far back a refusal reaches, what an entry's kind is, and the shape of `make`, which the scan
 * passes use to turn a span into a judged finding.
 */
import type { CompiledEntry, Entry, Finding } from '../../src/types.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import lexicon from './lexicon.yaml'

export const LEXICON = parseLexicon(lexicon, 'rules/off-platform/lexicon.yaml')
export const ID = 'off-platform'
export const DEFAULT_SEVERITY = 'error'
/** How far before the phrase a warning word still governs it (请不要相信私下交易): judge's refusals and a pull declined. */
export const PROHIBIT_REACH = 6

/** The kind of an entry: its first tag, unique in the lexicon (see lexicon.yaml). */
export const kindOf = (entry: Entry) => entry.tags[0]!

/** An entry and a span, judged (judge.ts) into a finding or null; scan() builds it, the scan passes call it. */
export type Make = (entry: CompiledEntry | undefined, start: number, end: number) => Finding | null
