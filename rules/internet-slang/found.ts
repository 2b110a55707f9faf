/**
 * The scan's findings: Latin tokens the lexicon does not list (latin.ts) as findings of their entry, a longer run of a
 * listed form with its fix, an unknown pinyin-initial abbreviation with its own message and weight (held in `Held`,
 * weigh.ts); and the rule's messages for hits without a standard word to offer.
 */
import type { CompiledEntry, Finding, LintContext, Localized } from '../../src/types.js'
import { scanLatin, type LatinScanOptions } from './latin.js'
import type { Held } from './weigh.js'

export const ID = 'internet-slang'

/** Messages for hits without a standard word to offer, and for unknown abbreviations. */
export const PLAIN: Localized = {
  zh: '{actual}是网络用语，部分顾客可能看不懂，建议换成规范的说法。',
  en: '{actual} is internet slang that some customers may not understand; use plain wording instead.',
}
const UNKNOWN: Localized = {
  zh: '{actual}像是拼音首字母缩写，部分顾客可能看不懂，建议写出完整的说法。',
  en: '{actual} looks like a pinyin-initial abbreviation that some customers may not understand; write the words out.',
}

/** The Latin-token scan's hits as findings; an unknown abbreviation's weight and kind go into `held`. */
export function latinFound(ctx: LintContext, entryFor: (tag: string) => CompiledEntry | undefined, o: LatinScanOptions, held: Held): Finding[] {
  const hits = scanLatin(ctx.text, ctx.original, o)
  const out: Finding[] = []
  for (const hit of hits) {
    const entry = entryFor(hit.tag ?? 'abbr')
    if (!entry) continue
    const f: Finding = {
      ruleId: ID,
      entry,
      start: hit.start,
      end: hit.end,
      severity: entry.severity ?? 'warning',
      expected: hit.tag ? entry.expected : [],
    }
    if (hit.tag) {
      if (entry.fix && entry.expected.length) f.fix = { start: hit.start, end: hit.end, text: entry.expected[0]! }
      if (!entry.message && f.expected.length === 0) f.message = PLAIN
    } else {
      f.message = UNKNOWN
      held.weightOf.set(f, hit.weight!)
      held.unknown.add(f)
    }
    out.push(f)
  }
  return out
}
