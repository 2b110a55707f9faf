import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseStart, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { lastCue } from '../../src/context/cues.js'
import { runStart } from '../shared/cues.js'
import { lastSeller } from './seller.js'
import { selfNamed, subjectBefore, subjectOf, subjectStart, SUBJECT_REACH } from './subject.js'
import { selfBetween } from './self-between.js'
import { hedgedAfter, hedgedBefore, hedgedNear } from './hedge.js'
import { asked } from './asked.js'
import { notAsserted } from './not-asserted.js'
import { unlike, withDefect, withLack, withNoun } from './predicate.js'
import { beatsWholeMarket, othersAllBeaten } from './whole.js'
import { ADDED_CLAUSE, finalize } from './finalize.js'
import lexicon from './lexicon.yaml'

/**
 * competitor-disparagement: another seller run down. The lexicon (lexicon.yaml) finds the predicates (是假货, 翻新的,
 * 质量很差…); the judge below keeps one only as an assertion about another seller. In order: the predicate's full span
 * (predicate.ts), not asserted (not-asserted.ts), the constructions that carry their rival (吊打…: whole.ts; 不像…),
 * the subject (subject.ts, finding sellers with seller.ts and hidden.ts), the shop between (self-between.ts), a hedge
 * (hedge.ts), a question (asked.ts). finalize.ts drops a predicate that only adds to one before it.
 */

const LEXICON = parseLexicon(lexicon, 'rules/competitor-disparagement/lexicon.yaml')

/**
 * A disparaging predicate counts only with another seller as its subject, earlier in the same
 * sentence, with nothing between them that turns it back on the shop itself (别家说我们是假的)
 * or withholds judgement (别家是不是假货我们不清楚). Questions are not assertions.
 */
function judge(finding: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const tags = finding.entry.tags
  const f = tags.includes('often') ? withDefect(finding, ctx) : tags.includes('fakeNoun') ? withNoun(finding, ctx) : tags.includes('lacksEven') ? withLack(finding, ctx) : finding
  if (!f) return null
  // op14: reported words, a quotation or a warning (您说别家是假货…, “别家都是假的”, 谨防假冒) assert nothing.
  if (notAsserted(text, finding.start, finding.end)) return null
  // 吊打某果: the rival is the construction's own object, after the verb.
  // ex20: 吊打一众大牌, 秒杀一切大牌, 碾压同行: a whole market beaten is exaggeration's absolute comparison, no rival run down.
  // A kind of rival run down by its name (秒杀一切杂牌) is still one; 吊打所有大牌 is read both ways by the pool's
  // authors (H and O label it, FE/S/Q label 一众/一切/进口大牌 a claim only) and stays.
  if (tags.includes('beat')) return beatsWholeMarket(f, ctx) ? null : f
  if (tags.includes('unlike')) return unlike(ctx, f)
  // 比某鹤好很多: the rival stands between 比 and the margin, inside the span (比上一代好很多 has none).
  if (tags.includes('beatBy')) return lastSeller(ctx, f.start, f.end) || lastCue(ctx, 'brand', f.start, f.end) ? f : null
  // bc27: 是出了名的 / 是常事 runs a rival down only after a defect in its clause (漏墨是出了名的; not 做工好是出了名的).
  if (tags.includes('notorious') && !ctx.hasCue('defect', clauseStart(text, f.start), f.start)) return null
  const subject = subjectOf(ctx, f)
  // cp22: 别的都比不了 / 其他都比不上: everything else beaten, no seller named, is exaggeration's absolute comparison
  // (as 吊打一众大牌 is above), not a rival run down.
  if (subject && othersAllBeaten(f, ctx, subject)) return null
  // 我们是台湾实体店面，所有二手精品都附鉴定书: the shop describing itself, no other seller.
  if (subject && selfNamed(ctx, subject)) return null
  if (!subject || f.start - subject[1] > SUBJECT_REACH) {
    const earlier = subjectBefore(ctx, f)
    if (!earlier || selfBetween(ctx, earlier[1], f.start) || hedgedBefore(ctx, f) || asked(ctx, f)) return null
    // 您在别家买的是正品吗？我们才是原厂授权: only the shop is the real thing sets it against a seller of
    // its own sentence; one asked about before is not run down by it.
    if (tags.includes('contrast') && earlier[0] < sentenceStart(text, f.start)) return null
    // The topic of the same sentence opens the finding (某家卖的奶粉…，蛋白质含量低得可怜); a seller
    // of the sentence before stays out of it.
    return earlier[0] >= sentenceStart(text, f.start) ? { ...f, start: runStart(ctx, 'other', earlier[0], SUBJECT_REACH) } : f
  }
  // 别人家的质量很差，用两天就坏: how often things fail, in a later clause, only adds to what was
  // said; it stands alone when nothing was said before it (九块九的数据线，用不了两天就接触不良).
  // So does a dare after the claim (那个牌子出过事故，您还敢用？): the dare only presses it home.
  if ((tags.includes('often') || tags.includes('dare')) && subject[1] < clauseStart(text, f.start)) {
    if (selfBetween(ctx, subject[1], f.start) || asked(ctx, f)) return null
    const later = { ...f }
    ADDED_CLAUSE.add(later)
    return later
  }
  if (selfBetween(ctx, subject[1], f.start)) return null
  if (hedgedNear(ctx, f, subject)) return null
  // 别家是不是假货我们不清楚: the hedge may also follow, in the same clause (not 是水货，没有保修).
  if (hedgedAfter(ctx, f)) return null
  if (asked(ctx, f)) return null
  return { ...f, start: subjectStart(ctx, subject) }
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
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是在贬低其他商家（不是词表命中，请人工确认）；只介绍本店商品的优势和保障即可。',
        en: "Statistical judgement: {actual} reads like disparaging another seller (not a list match; check it); describe your own product's strengths instead.",
      },
    },
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize }),
})
