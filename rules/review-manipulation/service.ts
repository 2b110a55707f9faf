/**
 * rl37b (taxonomy aftersales-conditioned-on-review): after-sales the buyer is owed — a refund, a reshipment, an exchange, a
 * repair, compensation (cue `service`) — made the price of a good review. The refund is no reward by itself (好评后3天内退款到账,
 * 破损的直接给您退款), so the two must be tied: the review first and the service after it by a word of sequence with the shop
 * as the one who grants it (给个好评我就给您退款, 好评后我们给您安排换货), or by 才 / 先…再 (给好评才能退款, 先好评再退款); or the
 * service first and the good review its condition (退款可以给您办，但是需要您先给个好评; 补偿的前提是您给一个好评). And a bad
 * review given, service withdrawn (给差评的话退款就不给您处理了): the same deal by threat.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, firstCue, lastCue } from '../../src/context/cues.js'
import { doneBefore } from './reward-reading.js'
import { CLAUSE_TAIL } from '../../src/vocab/chars.js'

/** The service this far after the review word (好评之后，我们这边马上给您安排补发). */
const AFTER_REACH = 22
/** The service this far before the review word (退款可以给您办，但是需要您先给个好评). */
const BEFORE_REACH = 26
/** The shop granting the service (cue `serviceAgent`) this close before it (我们给您办理退款). */
const AGENT_REACH = 6
/** The condition word (cue `serviceCondition`) this close before the review word, in its clause (需要您先给个好评). */
const CONDITION_REACH = 8
/** 先 this close before the review word (先给个好评, 您先五星好评). */
const FIRST_REACH = 5
/** 给/打/评了 this close before a bad review: it is given, not deleted (给差评的话…). */
const GIVEN_REACH = 3

const FIRST = normalizePhrase('先')
const AFTER = normalizePhrase('后')
const SCORE = new RegExp(`^(?:[5${normalizePhrase('五')}]${normalizePhrase('分')}|${normalizePhrase('满分')})$`)
const LATER = normalizePhrase('后续')
const GIVEN = new RegExp(`[${normalizePhrase('给打评留写')}]`)
const GIVEN_AFTER = new RegExp(`^[${normalizePhrase('给打评留写')}]${normalizePhrase('了')}`)

/**
 * A good review asked, not one thanked for or already there (感谢您的好评, 您的好评我们收到了): a `goodReview` word in the
 * review's clause, no `serviceThanked` word around it.
 */
function goodReviewAsked(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const cs = clauseStart(text, f.start)
  const ce = clauseEnd(text, f.end)
  if (!ctx.hasCue('goodReview', f.start, ce)) return false
  return !ctx.hasCue('serviceThanked', cs, ce)
}

/** 满意的话给个好评: the review left to the buyer's satisfaction, an invitation (cue `serviceSoft` in the review's clause). */
function softAsk(ctx: LintContext, f: Finding): boolean {
  return ctx.hasCue('serviceSoft', clauseStart(ctx.text, f.start), clauseEnd(ctx.text, f.end))
}

/**
 * The service [at, end) is granted by the shop to the buyer: the shop right before it (给您退款, 我们安排补发, 帮您换) or right
 * after it in its clause (售后我们马上处理, 退款我这边给您办), not reported done there (退款我们已经处理了).
 */
function granted(ctx: LintContext, at: number, end: number): boolean {
  const { text } = ctx
  if (ctx.hasCue('serviceAgent', Math.max(clauseStart(text, at), at - AGENT_REACH), at)) return true
  const to = Math.min(clauseEnd(text, end), end + AGENT_REACH)
  return ctx.hasCue('serviceAgent', end, to) && !ctx.hasCue('done', end, to)
}

/** End of the shop granting the service right after it (退款 + 我们马上给您办), or `end`. */
function agentAfterEnd(ctx: LintContext, end: number): number {
  let out = end
  for (const [, b] of cuesWithin(ctx, 'serviceAgent', end, Math.min(clauseEnd(ctx.text, end), end + AGENT_REACH))) out = Math.max(out, b)
  return out
}

/** Between two points: the service said to come either way, a fault's standing warranty, or a refusal (无关, 有问题, 不需要). */
function untied(ctx: LintContext, from: number, to: number): boolean {
  return ctx.hasCue('serviceFree', from, to) || ctx.hasCue('standingTerm', from, to) || ctx.hasCue('refuse', from, to)
}

/**
 * End or start of the service a good review pays for, as a span to report [start, end], or undefined.
 * `sStart`/`sEnd`: the review word's sentence.
 */
export function serviceForReview(ctx: LintContext, f: Finding, sStart: number, sEnd: number): readonly [number, number] | undefined {
  const { text } = ctx
  if (!goodReviewAsked(ctx, f)) return undefined
  // A bare score (5分, 五分, 满分) is a review only given (打5分, 给个满分): 先用清水泡5分钟 is a time.
  if (SCORE.test(text.slice(f.start, f.end)) && !GIVEN.test(text.slice(Math.max(0, f.start - 3), f.start))) return undefined
  if (ctx.hasCue('serviceFree', sStart, sEnd)) return undefined
  // Review first: 给个好评我就给您退款 / 给好评才能退款 / 先好评再退款 / 好评后我们给您安排换货.
  // 先 or 只要 right before the review (先给个好评, 只要您给个好评): the review is what comes first, as the condition.
  const first =
    text.lastIndexOf(FIRST, f.start) >= Math.max(clauseStart(text, f.start), f.start - FIRST_REACH) ||
    ctx.hasCue('serviceOnlyIf', Math.max(clauseStart(text, f.start), f.start - FIRST_REACH - 3), f.start)
  for (const [s, e0] of cuesWithin(ctx, 'service', f.end, Math.min(sEnd, f.end + AFTER_REACH + 4))) {
    // The longest service word starting there (退款 over 退).
    let e = e0
    for (const [a, b] of cuesWithin(ctx, 'service', s, Math.min(sEnd, s + 8))) if (a === s) e = Math.max(e, b)
    if (s - f.end > AFTER_REACH || doneBefore(text, s) || ctx.hasCue('done', Math.max(f.end, s - AGENT_REACH), s)) continue
    // A fault's warranty or the platform's process between them, or around the shop granting it (售后有问题找我): no deal.
    if (untied(ctx, f.end, s) || untied(ctx, e, Math.min(sEnd, e + AGENT_REACH))) break
    const strict = ctx.hasCue('serviceStrictTie', f.end, s) || (first && ctx.hasCue('serviceThen', f.end, s))
    // A word of sequence alone does not tie them: the review merely asked beside a service (给个好评，售后随时为您服务) is an
    // invitation, so the shop must grant the service right there, after the review outright asked (not 满意的话…).
    // 好评后，我们给您补寄: 后 right after the review word; 先好评，售后我们马上处理: 先 before it, the service granted next.
    const sequence = ctx.hasCue('serviceTie', f.end, s) || (text.startsWith(AFTER, f.end) && !text.startsWith(LATER, f.end)) || first
    const tied = sequence && granted(ctx, s, e) && !softAsk(ctx, f)
    if (strict || tied) return [f.start, agentAfterEnd(ctx, e)]
  }
  // Service first, the good review its condition: 退款可以给您办，但是需要您先给个好评 / 要退款的话先给个好评.
  const cs = clauseStart(text, f.start)
  // …or the review named as all it takes (补发没问题，给个好评就行: cue \`priceOnly\` right after it).
  const only = firstCue(ctx, 'priceOnly', f.end, Math.min(clauseEnd(text, f.end), f.end + 4))
  const cond = lastCue(ctx, 'serviceCondition', Math.max(cs, f.start - CONDITION_REACH - 4), f.start) ?? (only ? ([cs, cs] as const) : undefined)
  if (!cond || f.start - cond[1] > CONDITION_REACH || softAsk(ctx, f)) return undefined
  // The service in the sentence, or in the one before when this one opens with 但是 / 不过 (退款可以办。不过得先给个好评).
  const from = ctx.hasCue('serviceBut', cs, cond[0]) ? sentenceStart(text, Math.max(0, sStart - 1)) : sStart
  const svc = lastCue(ctx, 'service', Math.max(from, f.start - BEFORE_REACH - 4), cond[0])
  if (!svc || f.start - svc[1] > BEFORE_REACH || doneBefore(text, svc[0]) || ctx.hasCue('done', Math.max(0, svc[0] - AGENT_REACH), svc[1] + AGENT_REACH)) return undefined
  if (untied(ctx, svc[1], cond[0])) return undefined
  return [svc[0], goodEnd(ctx, f)]
}

/** End of the good-review word in the review's clause (评价给个五星 ends at 五星). */
function goodEnd(ctx: LintContext, f: Finding): number {
  const g = firstCue(ctx, 'goodReview', f.start, clauseEnd(ctx.text, f.end))
  return g ? Math.max(f.end, g[1]) : f.end
}

/**
 * 给差评的话退款就不给您处理了, 评了差评就没法给您换了: a bad review given (给/打/评 right before it, not one to delete),
 * then the service withheld (cue `threat`) in its sentence: the buyer's review bought with the service owed.
 */
export function threatForBadReview(ctx: LintContext, f: Finding, sEnd: number): readonly [number, number] | undefined {
  const { text } = ctx
  if (!ctx.hasCue('badReview', f.start, f.end)) return undefined
  const before = text.slice(Math.max(clauseStart(text, f.start), f.start - GIVEN_REACH), f.start)
  // …or given after it (差评给了的话, 差评打了).
  if (!GIVEN.test(before) && !GIVEN_AFTER.test(text.slice(f.end, f.end + 2))) return undefined
  const t = firstCue(ctx, 'threat', f.end, Math.min(sEnd, f.end + AFTER_REACH + 4))
  if (!t || t[0] - f.end > AFTER_REACH || ctx.hasCue('refuse', Math.max(0, f.start - 6), f.start)) return undefined
  // The span runs to the end of the withheld service's clause, its final particles left out (…售后就不给你处理).
  let end = Math.max(t[1], clauseEnd(text, t[1]))
  while (end > t[1] && (CLAUSE_TAIL.has(text[end - 1]!) || TAIL_MORE.test(text[end - 1]!))) end--
  return [f.start, end]
}
/** Beyond the shared clause tail (particles, 了, punctuation): 的 and spaces end the withheld service's clause too. */
const TAIL_MORE = new RegExp(`[${normalizePhrase('的')}\\s～~]`)
