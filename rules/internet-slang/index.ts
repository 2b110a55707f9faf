/**
 * internet-slang: heavy internet slang. The lexicon (lexicon.yaml, validated in data.ts) finds the words; judge keeps a hit
 * in the place its entry's tags ask for (fits.ts, position.ts); scan adds Latin tokens the lexicon does not list (latin.ts,
 * found.ts); finalize weighs a reply's findings against the threshold, an echo of the customer's slang let through (weigh.ts).
 */
import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { latinData, lexicon, lexiconLatin } from './data.js'
import { blockedAcrossSpaces, gluedToCode } from './position.js'
import { constraintsOf, fits, hasUpper } from './fits.js'
import { ID, latinFound, PLAIN } from './found.js'
import { newHeld, weighed } from './weigh.js'

/**
 * Heavy slang, not any slang: every hit weighs something (lexicon `weight`), and a reply
 * is reported only when its weights add up to `threshold`. One echo of the customer's own
 * slang (the previous message of a transcript) weighs nothing.
 */
const Options = z.object({
  /** Total weight at which a reply's slang is reported (see the scale in lexicon.yaml). */
  threshold: z.number().positive().default(2),
  /** Let the agent echo a slang term the customer used in the previous message once. */
  echo: z.boolean().default(true),
  /** Report unknown pinyin-initial abbreviations (needs the English spell checker). */
  unknownAbbreviations: z.boolean().default(true),
  /** Latin tokens the shop uses that are never abbreviations (its brand, its codes). */
  allowLatin: z.array(z.string().min(1)).default([]),
})
type Options = z.infer<typeof Options>

export default defineRule<Options>({
  meta: {
    id: ID,
    category: 'tone',
    description: {
      zh: '大量网络用语（拼音缩写、网络梗、谐音字），按权重累计，轻微的一两处不报',
      en: 'Heavy internet slang (pinyin abbreviations, memes, homophone spellings), weighed so that one light word passes',
    },
    defaultSeverity: 'warning',
    fixable: true,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是网络用语（不是词表命中，请人工确认），部分顾客可能看不懂，建议用规范说法。',
        en: 'Statistical judgement: {actual} reads like internet slang (not a list match; check it) that some customers may not understand; use plain words.',
      },
    },
    options: Options,
  },
  lexicon,
  create(options, env) {
    const threshold = options.threshold
    const extraAllow = new Set(options.allowLatin.map(normalizePhrase))
    const spell = options.unknownAbbreviations ? env.spell : undefined
    const latin = { data: latinData, known: lexiconLatin, extraAllow, spell }
    const held = newHeld()

    return {
      judge(f: Finding, ctx: LintContext): Finding | null {
        const { text } = ctx
        if (gluedToCode(text, f.start, f.end)) return null
        if (blockedAcrossSpaces(text, f.start, f.end, f.entry.notBefore, f.entry.notAfter)) return null
        const c = constraintsOf(f.entry)
        if (!fits(c, text, f.start, f.end)) return null
        if (c.lower && hasUpper(ctx.original, f.start, f.end)) return null
        if (!f.entry.message && f.expected.length === 0) f.message = PLAIN
        return f
      },

      // The Latin-token scan skips all-digit tokens: a reply without a letter has nothing for it.
      scanWhen: /[a-z]/,
      scan: (ctx, entryFor) => latinFound(ctx, entryFor, latin, held),
      finalize: (findings, ctx) => weighed(findings, ctx, threshold, options.echo, held),
    }
  },
})
