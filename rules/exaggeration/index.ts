import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { isPastedTitle } from '../../src/context/title.js'
import { parsed, type Judge } from './words.js'
import { best, intensifier, modelClaim, most, ownRange, rank, salesMost, scope, superlative, weiyi } from './superlative.js'
import { deposit, duration, efficacyWord, exam, instant, measure, promisedCourse, treat, zeroFigure } from './efficacy.js'
import { channel, contrast, licence } from './authority.js'
import { inQuotedName, memeInSlang, talkedAbout } from './not-claimed.js'
import { cite } from './law.js'
import { finalize } from './finalize.js'

/**
 * exaggeration: claims the advertising law bans (最好, 第一, 国家级, 专治…). The lexicon (lexicon.yaml) finds them; the
 * judge drops a claim word used but not claimed (not-claimed.ts), then runs the context check of each of the entry's
 * tags (JUDGES: superlatives and rankings in superlative.ts, efficacy and medical claims in efficacy.ts, claims of
 * standing in authority.ts), and cites the law (law.ts). finalize.ts reports a claim read twice once.
 */

/** The context check each tag names, run in the order of the entry's tags. */
const JUDGES: Record<string, Judge> = { licence, modelClaim, exam, deposit, contrast, best, scope, rank, weiyi, channel, intensifier, efficacyWord, most, instant, treat, ownRange, salesMost, measure, duration, superlative, promisedCourse, zeroFigure }

export default defineRule({
  meta: {
    id: 'exaggeration',
    category: 'claims',
    description: {
      zh: '夸大宣传与广告法极限词：最高级、排名、权威身份、功效与医疗用语（功效类为错误）',
      en: 'Exaggerated claims and words banned by advertising law: superlatives, rankings, authority, efficacy (efficacy is an error)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是无法证实的绝对化用语（不是词表命中，请人工确认），广告法禁止此类说法，建议改为可证实的描述。',
        en: 'Statistical judgement: {actual} reads like an absolute claim that cannot be proven (not a list match; check it); describe what can be shown.',
      },
    },
  },
  lexicon: parsed,
  create: () => ({
    judge(finding: Finding, ctx: LintContext): Finding | null {
      let f: Finding | null = finding
      // lead22: a listing's title pasted as the reply (…降噪神器蓝牙耳机…[商品快照]) names the goods; the agent claims nothing.
      if (inQuotedName(finding, ctx) || memeInSlang(finding, ctx) || talkedAbout(finding, ctx) || isPastedTitle(ctx.text)) return null
      // ap23: 吃了一般不会胖 — a hedge inside an efficacy construction's span makes the result an estimate.
      if (finding.entry.tags.includes('efficacy') && finding.entry.construction && ctx.hasCue('hedgeWithin', finding.start, finding.end)) return null
      for (const tag of finding.entry.tags) {
        const judge = JUDGES[tag]
        if (judge && f) f = judge(f, ctx)
      }
      if (!f) return null
      return cite(f, ctx)
    },
    finalize,
  }),
})
