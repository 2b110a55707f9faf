import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import lexicon from './lexicon.yaml'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { COMMITMENT_GATE, commitments, soften } from './commitment.js'
import { clearedByContext } from './clear.js'
import { clearedWord } from './clear-word.js'
import { previewOf } from './edit.js'
import { finalizeFindings } from './finalize.js'
import { softenImplicit } from './implicit.js'
import { rate, scopeOf } from './severity.js'
import { suggestWord } from './suggest.js'

/**
 * absolute-promise: a promise about an outcome the shop does not control. The lexicon (lexicon.yaml) finds promise words
 * (保证, 肯定, 一定…) and constructions without one (implicit: 不会掉色的, 摔不坏, 刷三天就能白); commitment.yaml a time-bound
 * commitment by shape. The judge reads each finding in order: cleared by its context (clear.ts); a construction softened
 * (implicit.ts); a promise word's scope and what clears it (severity.ts, clear-word.ts), then rated and rewritten
 * (severity.ts, suggest.ts, with edits in edit.ts). finalize.ts makes the examples of one reply agree.
 */
export default defineRule({
  meta: {
    id: 'absolute-promise',
    category: 'promise',
    description: {
      zh: '绝对化承诺（肯定/保证/绝对/一定/百分百…），尤其是物流、效果、尺码等店铺无法掌控的结果',
      en: 'Absolute promises (肯定/保证/绝对/一定/百分百…), above all about outcomes the shop does not control',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是在对店铺无法掌控的结果打包票（不是词表命中，请人工确认）；可改为留有余地的说法。',
        en: 'Statistical judgement: {actual} reads like a promise about an outcome the shop cannot control (not a list match; check it); leave room instead.',
      },
    },
  },
  lexicon: parseLexicon(lexicon, 'rules/absolute-promise/lexicon.yaml'),
  create: () => ({
    // A time-bound commitment another department must keep (专员会在24小时内联系您): commitment.yaml, by shape.
    scan(ctx: LintContext, entryFor): Finding[] {
      const entry = entryFor('commitment')
      if (!entry) return []
      return commitments(ctx.text).map((c) => {
        const softened = soften(ctx.original.slice(c.start, c.end), c.boundAt)
        const f: Finding = { ruleId: 'absolute-promise', entry, start: c.start, end: c.end, severity: entry.severity ?? 'warning', expected: [softened] }
        f.data = { preview: previewOf(ctx, [{ start: c.start, end: c.end, text: softened }]) }
        return f
      })
    },
    scanWhen: COMMITMENT_GATE,
    judge(f: Finding, ctx: LintContext): Finding | null {
      if (clearedByContext(f, ctx)) return null
      if (f.entry.tags.includes('implicit')) return softenImplicit(f, ctx)
      const scope = scopeOf(f, ctx)
      if (clearedWord(f, ctx, scope)) return null
      rate(f, ctx, scope)
      return suggestWord(f, ctx, scope)
    },
    finalize: finalizeFindings,
  }),
})
