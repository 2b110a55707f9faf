/**
 * The buyer belittled: insult, onlyShows (只能说明您脚比较特殊), deserved (这不是自找的吗) and rhetorical, the lexicon's rhetorical
 * questions as they are.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { PARTICLES } from '../../src/vocab/chars.js'
import { clauseEnd, clauseStart, isQuestion, sentenceStart } from './text.js'
import { answersComplaint, hypothetical, nearestSubject, negated, subjectBefore, trimmedClauseEnd, troubleReported, withSubject } from './context.js'
import { cuesWithin } from '../../src/context/cues.js'
import { DE, previousSentenceStart } from './agent.js'
import { hasWordWithin, words } from './words.js'

const FAULT_WORDS = words('faultWords')

/** 只能说明您脚比较特殊; a fault word after it (…用法有问题) is the fault entry's finding. */
export function onlyShows(f: Finding, ctx: LintContext): Finding | null {
  if (hasWordWithin(ctx.text, FAULT_WORDS, f.end, clauseEnd(ctx.text, f.end))) return null
  return insult(f, ctx)
}

export function insult(f: Finding, ctx: LintContext): Finding | null {
  return subjectBefore(ctx, f.start) === 'shop' ? null : withSubject(ctx, f)
}

/**
 * 这不是自找的吗 / 这鱼死得不冤: the buyer said to have deserved the trouble. Not the shop owning it
 * (这次是我们自找的), nor denied as a statement (这不是您自找的，是我们没包好).
 */
export function deserved(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  if (nearestSubject(ctx, clauseStart(t, f.start), f.start).who === 'shop' || subjectBefore(ctx, f.start) === 'shop' && !ctx.hasCue('customer', sentenceStart(t, f.start), f.start)) return null
  if (hypothetical(ctx, f) || (negated(ctx, f.start) && !isQuestion(t, f.start, f.end))) return null
  return f
}

export function rhetorical(f: Finding): Finding | null {
  return f
}

const HELP_OFFERED = words('helpOffered')
/**
 * bl37: a belittling retort (这有什么难的, 认真看一下就不会错了) or what the buyer said before asked back (前面不是说好了要黑色吗): not when
 * the reply goes on, in any later sentence, to help (我一步步教您, 我帮您核对一下订单) or apologises.
 */
export function unlessHelped(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  if (hasWordWithin(t, HELP_OFFERED, f.end, t.length) || ctx.hasCue('apology', 0, t.length)) return null
  return f
}

/**
 * lane44: the buyer asked whether they cannot even read it (你是不是不会看物流哦, 您是看不懂说明书吗; class reproach.cannot.read):
 * unlessHelped, and not with any help or offer after it (您是不是看不懂英文说明？我发中文版给您 asks to help).
 */
export function unlessAided(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  if (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
  return unlessHelped(f, ctx)
}

/**
 * blame40: the buyer's expectation belittled after a low price is set out (这个价位您不能要求那么多, 几十块钱的鞋子您还指望穿几年吗,
 * 一分钱一分货，别奢望太多). Without the price before it the words ask or refuse something else (您还指望我们今天发货吗). Not the shop's
 * own expectation (这个价位我们也不能要求工厂…), not conditioned (如果这个价位您要求太高的话…).
 */
export function priceHeld(f: Finding, ctx: LintContext): Finding | null {
  const price = cuesWithin(ctx, 'cheapPrice', previousSentenceStart(ctx.text, f.start), f.start)[0]
  if (!price || hypothetical(ctx, f) || nearestSubject(ctx, price[1], f.start).who === 'shop') return null
  return { ...f, start: price[0] }
}

/**
 * blame40: the trouble called what a low price buys (这个价位的衣服本来就是这样, 特价海鲜个头小一点很正常的): the thing or the trouble stands
 * between the price and the verdict (the price itself called normal, 这个价格很正常, is no trouble), held after 的 or answering a complaint.
 */
const NORMAL = normalizePhrase('正常')
// Only 的 and the shared sentence-final particles (src/vocab/chars.ts) after the verdict.
const CLOSING = new RegExp(`^[${normalizePhrase(['的', ...PARTICLES.filter((p) => p.length === 1)].join(''))}~!.?\\s]*$`)
export function priceNormal(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const prices = cuesWithin(ctx, 'cheapPrice', sentenceStart(t, f.start), f.start)
  const last = prices.at(-1)
  // The nearest price, read whole (几十块钱 holds 十块钱).
  const price = last && prices.filter(([, e]) => e > last[0]).reduce((a, b) => (b[0] < a[0] ? b : a), last)
  if (!price || f.start - price[1] < 2) return null
  // …正常 as a verdict closes its clause (…有点胶味很正常的); 是正常的纯棉 describes the goods.
  if (t.slice(f.start, f.end).includes(NORMAL) && !CLOSING.test(t.slice(f.end, clauseEnd(t, f.end)))) return null
  const gap = t.slice(price[1], f.start)
  if (!gap.includes(DE) && !answersComplaint(ctx) && !troubleReported(ctx)) return null
  if (hypothetical(ctx, f) || nearestSubject(ctx, price[1], f.start).who === 'shop') return null
  return { ...f, start: price[0] }
}

/**
 * blame40: the buyer said to act on purpose or for gain (您是不是故意拍错想省运费, 你存心来找茬的吧): the accusation reaches over the act
 * it names in its clause, so the act's own finding (拍错, 找茬) is the same report.
 */
export function intent(f: Finding, ctx: LintContext): Finding | null {
  const found = insult(f, ctx)
  return found && { ...found, end: Math.max(found.end, trimmedClauseEnd(ctx, found.end, 12)) }
}
