/**
 * throwBack: the consequence of the buyer's own act thrown back as a question only they can answer (运费谁出？ / 您这让我们怎么查？ /
 * 您戴着洗澡能不坏吗？), and couldNotUnnamed, the same "how could it not" with nobody named answering the trouble the buyer
 * reported.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseStart, isQuestion, sentenceStart } from './text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin } from '../../src/context/cues.js'
import { customerAt, chars, before, hypothetical, inSentence, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, wordFrom, words, wordsWithin } from './words.js'

const WISH = words('wish')
/** 您这让我们怎么查 / 那让我们怎么办: 这 / 那 points back at the buyer's act. */
const POINT_BACK = chars('这那')
/** 怎么联系您比较方便, 怎么做都行: a preference asked or granted, not a consequence. */
const PREFERENCE = words('preference')
const QUESTION_END = chars('吗嘛么呢?')
const WHO = normalizePhrase('谁')
/** 能不能: the ordinary "can you", not 能不坏吗. */
const CAN = normalizePhrase('能')
/** How far after 能不 the bad outcome and its 吗 may come (能不变形吗, 能不起球吗). */
const COULD_NOT_REACH = 5

/**
 * 运费谁出？ / 您这让我们怎么查？ / 您戴着洗澡能不坏吗？: the consequence of the buyer's own act thrown back
 * as a question only they can answer. Only with the buyer named before it in the reply, asked (not
 * 请问您想让我们怎么处理), and with nothing the shop takes on after it (运费谁出？我们出).
 */
export function throwBack(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  let end = f.end
  if (f.entry.tags.includes('couldNot')) {
    if (t[f.end] === CAN) return null
    end = wordFrom(t, BAD_OUTCOME, f.end)
    if (end < 0) return null
    while (end < t.length && end < f.end + COULD_NOT_REACH && !QUESTION_END.has(t[end]!)) end++
    if (!QUESTION_END.has(t[end] ?? '')) return null
    if (t[end] !== '?') end++
  } else {
    // 让我们怎么退 asks by its 怎么 alone; 谁出 needs the question mark (运费谁出都行 is no question).
    if (!isQuestion(t, f.start, f.end) && t[f.start] === WHO) return null
    end = trimmedClauseEnd(ctx, f.end, 8)
  }
  const ss = sentenceStart(t, f.start)
  const who = cuesWithin(ctx, 'customer', 0, f.start).filter(([s]) => customerAt(ctx, s)).at(-1)
  if (!who && f.entry.tags.includes('couldNot')) return couldNotUnnamed(f, ctx, end)
  if (!who || hypothetical(ctx, f) || inSentence(ctx, 'apology', f) || before(ctx, 'clarify', f)) return null
  if (wordsWithin(t, WISH, who[1], f.start).length) return null
  const cs = clauseStart(t, f.start)
  // 您让我们怎么做我们就怎么做 / 您这边让我们怎么联系您比较方便: the buyer in the same clause is the one
  // asked; the act must come first (你自己把标签剪了，这让我们怎么退) or be pointed back at (您这让我们怎么查).
  const could = f.entry.tags.includes('couldNot')
  if (!could && who[0] >= cs && !POINT_BACK.has(t[f.start - 1] ?? '')) return null
  if (!could && wordFrom(t, PREFERENCE, end) >= 0) return null
  if (!could && wordsWithin(t, PREFERENCE, f.end, end).length) return null
  if (ctx.hasCue('help', end, t.length) || ctx.hasCue('us', end, t.length) || ctx.hasCue('offer', end, t.length)) return null
  // 您这让我们怎么查: from the buyer when they open the clause; 运费谁出: from what is to be paid.
  const start = who[0] >= cs ? who[0] : t[f.start] === WHO ? Math.max(cs, ss) : f.start
  return { ...f, start, end }
}

/**
 * 天热能不胀吗。 / 纸放歪了能不卡吗？ answering the very trouble the buyer reported: "how could it not", with
 * nobody named, still puts the trouble down to how the goods were handled (a warning). Not when the clause
 * names the shop or a third party as the one acting (这么摔能不坏吗，快递太过分了), with an apology, or with
 * help after it; without a complaint before it, it may only ask.
 */
function couldNotUnnamed(f: Finding, ctx: LintContext, end: number): Finding | null {
  const t = ctx.text
  if (ctx.previous === undefined || !(ctx.previousHasCue('grievance') || ctx.previousHasCue('damaged'))) return null
  const cs = clauseStart(t, f.start)
  if (ctx.hasCue('shop', cs, f.start) || ctx.hasCue('third', cs, f.start) || ctx.hasCue('us', cs, f.start) || hypothetical(ctx, f)) return null
  if (ctx.cues('apology').length || ctx.hasCue('help', end, t.length) || ctx.hasCue('us', end, t.length) || ctx.hasCue('offer', end, t.length)) return null
  return { ...f, start: cs, end, severity: 'warning' }
}
