import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseStart, isQuestion, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { lastCue, mergeOverlapping, runStart } from '../shared/cues.js'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/competitor-disparagement/lexicon.yaml')
/** The seller named at most this far before the predicate is its subject (别的店卖的基本上都是翻新的). */
const SUBJECT_REACH = 14
/** A hedge this far before the seller still governs the sentence (不能说别家是假货). */
const HEDGE_BEFORE = 6

/**
 * A disparaging predicate counts only with another seller as its subject, earlier in the same
 * sentence, with nothing between them that turns it back on the shop itself (别家说我们是假的)
 * or withholds judgement (别家是不是假货我们不清楚). Questions are not assertions.
 */
function judge(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const from = Math.max(sentenceStart(text, f.start), f.start - SUBJECT_REACH - 6)
  const subject = lastCue(ctx, 'other', from, f.start)
  if (!subject || f.start - subject[1] > SUBJECT_REACH) return null
  if (ctx.hasCue('self', subject[1], f.start)) return null
  const hedgeFrom = Math.max(clauseStart(text, subject[0]), subject[0] - HEDGE_BEFORE)
  if (ctx.hasCue('hedge', hedgeFrom, f.start)) return null
  // 别家是不是假货我们不清楚: the hedge may also follow in the same clause.
  if (ctx.hasCue('hedge', f.end, Math.min(text.length, f.end + HEDGE_BEFORE))) return null
  if (isQuestion(text, f.start, f.end)) return null
  // 外面 + 那些便宜的: touching seller words are one subject.
  return { ...f, start: runStart(ctx, 'other', subject[0], SUBJECT_REACH) }
}

export default defineRule({
  meta: {
    id: 'competitor-disparagement',
    category: 'compliance',
    description: {
      zh: '贬低其他商家（别家都是假货、他们家是高仿、别的店是翻新的、其他家质量很差…）',
      en: 'Disparaging other sellers (they sell fakes, knock-offs, refurbished or poor-quality goods)',
    },
    defaultSeverity: 'warning',
    fixable: false,
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize: mergeOverlapping }),
})
