/**
 * The buyer's omission: neglect (你没看详情吗 / 您自己没有及时确认收货), seen (你没看到吗？), why not (whyNot: 签收前为什么不验货; whyGap: 为啥签收时候不拒收)
 * and customers in general blamed with an omission after (generalized: 一般都是客户没按步骤装).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion } from './text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin } from '../../src/context/cues.js'
import { CLAUSE_TAIL as SHARED_TAIL } from '../../src/vocab/chars.js'
import { after, answersComplaint, chars, before, graded, hypothetical, inSentence, pointed, reassured, trimmedClauseEnd, troubleReported, subjectBefore, withSubject } from './context.js'
import { guessDefendedAfter } from './consequence.js'
import { wordFrom, words } from './words.js'
import { badOutcomeAfter, cleftedAgent, framedRhetorical, wantedSpan } from './cause.js'

const SELF = normalizePhrase('自己')
/** 自己 right before `at` with no subject of its own (不是我们自己 has one). */
export const bareSelf = (ctx: LintContext, at: number) => ctx.text.startsWith(SELF, at - SELF.length)
const DE = normalizePhrase('的')
/** How far after 为啥 the negation may come (为啥签收时候不拒收). */
const WHY_GAP = 8
const NEGATION_CHARS = chars('不没')

/** bc27: the clause of `f` asks (a question mark, or 吗 / 么 / 嘛 closing it). */
function isAskedBack(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  if (isQuestion(t, f.start, f.end)) return true
  let e = clauseEnd(t, f.end)
  while (e > f.end && /[\s~]/.test(t[e - 1] ?? '')) e--
  return ASKED_PARTICLES.has(t[e - 1] ?? '')
}
const ASKED_PARTICLES = chars('吗么嘛')

const HAVE = normalizePhrase('有')
const NOT_ACT = words('notAct')

/**
 * 你没看详情吗 / 您自己没有及时确认收货. Asked, it is a rhetorical reproach (error) unless
 * help follows (您是不是没看到消息呀？我再发一遍); stated with 自己 it is an error; a bare
 * statement of fact (您没有及时付款) or a hedged one is a warning.
 */
export function neglect(f: Finding, ctx: LintContext): Finding | null {
  // 买之前没了解过吗。 / 拍之前没留意吗？: nobody named, but a past purchase frame asked rhetorically is the buyer's omission.
  if (subjectBefore(ctx, f.start) !== 'customer') {
    // bc27: 说明书写了，自己没看么 — a bare 自己 with nobody named, after the page or the label was pointed at and asked
    // back, stands for the buyer. Not with an offer after it, nor the agent's own (我自己没看过: 我 names the subject).
    if (bareSelf(ctx, f.start) && subjectBefore(ctx, f.start) === undefined && isAskedBack(ctx, f) && ctx.hasCue('document', 0, f.start) &&
      !ctx.hasCue('help', f.end, ctx.text.length) && !ctx.hasCue('offer', f.end, ctx.text.length)) return { ...f, start: f.start - SELF.length }
    // 仓库买之前没检查吗 has its own agent: only a clause with nobody acting in it.
    // …with an offer after it (买之前没了解过吗？我给您详细说一下) it asks in order to help.
    const offered = ctx.hasCue('help', f.end, ctx.text.length) || ctx.hasCue('offer', f.end, ctx.text.length)
    const framed = offered || ctx.hasCue('third', clauseStart(ctx.text, f.start), f.start) ? null : framedRhetorical(f, ctx)
    return framed ? { ...framed, start: wantedSpan(framed)[0], end: Math.max(f.end, wantedSpan(framed)[1]) } : null
  }
  if (hypothetical(ctx, f)) return null
  if (reassured(ctx, f)) return null
  const offer = inSentence(ctx, 'offer', f) || after(ctx, 'offer', f, 12)
  const question = isQuestion(ctx.text, f.start, f.end)
  if (question && offer) return null
  const firm = (question || pointed(ctx, f)) && !before(ctx, 'hedge', f) && !before(ctx, 'clarify', f) && !offer
  return withSubject(ctx, firm ? f : graded(f, 'warning'))
}

/**
 * 你没看到吗？ and 肯定是你没看到 (the customer clefted) reproach; 您没看到物流更新 (nothing to
 * see yet) and 为什么没看到 (asking) do not.
 */
export function seen(f: Finding, ctx: LintContext): Finding | null {
  if (!isQuestion(ctx.text, f.start, f.end) && !pointed(ctx, f) && !cleftedAgent(ctx, f.start)) return null
  if (before(ctx, 'why', f, 'clause')) return null
  return neglect(f, ctx)
}

/**
 * 签收前为什么不验货 / 怎么不早说; not 为什么不满意 (a real question), 为什么没看到物流
 * (nothing to see yet) nor 怎么不看看这款 (a suggestion).
 */
export function whyNot(f: Finding, ctx: LintContext): Finding | null {
  if (after(ctx, 'suggestion', f, 0) || after(ctx, 'perceive', f, 0)) return null
  let end = -1
  for (const [s, e] of cuesWithin(ctx, 'omission', f.end, f.end + 12)) if (s <= f.end + 2 && e > end) end = e
  // 您买的时候为什么不等活动再买呢: in a past purchase frame any act not done is the reproach.
  // Not 为什么没有优惠券 (a thing missing, 有 after the negation).
  if (end < 0 && ctx.text[f.end] !== HAVE && ctx.hasCue('pastFrame', clauseStart(ctx.text, f.start), f.start)) end = trimmedClauseEnd(ctx, f.end, 6)
  if (end < 0) return null
  return subjectBefore(ctx, f.start) === 'shop' ? null : { ...f, end }
}

/**
 * 为啥签收时候不拒收: why + a gap + 不/没 + an omission, in the clause. Not the shop's own
 * (我们为什么没发), nor 为什么没收到 (nothing to perceive yet).
 */
export function whyGap(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const end = Math.min(clauseEnd(t, f.end), f.end + WHY_GAP)
  for (let i = f.end + 1; i < end; i++) {
    if (!NEGATION_CHARS.has(t[i]!)) continue
    if (ctx.hasCue('shop', clauseStart(t, f.start), i) || after(ctx, 'perceive', { end: i + 1 }, 0)) return null
    const omission = cuesWithin(ctx, 'omission', i + 1, Math.min(end + 4, i + 5)).find(([s]) => s === i + 1)
    return omission ? { ...f, end: omission[1] } : null
  }
  return null
}

/** The clause [from, to) closes on 的 before its particles (…摔过的，…): the shared clause tail, whitespace and ~ passed over. */
function closedByDe(t: string, from: number, to: number): boolean {
  let k = to
  while (k > from && (SHARED_TAIL.has(t[k - 1]!) || /[\s~]/.test(t[k - 1]!))) k--
  return k > from + 1 && t[k - 1] === DE
}

/** 一般都是客户没按步骤装: customers in general blamed, with an omission or a fault after. */
export function generalized(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const end = Math.min(clauseEnd(t, f.end), f.end + 12)
  // The construction's next word may hold the negation itself (一般都是使用不当).
  for (let i = f.start; i < end; i++) {
    // 一般是签收后没问题再确认: a state after the negation (问题, 事), not an act left undone.
    if (NEGATION_CHARS.has(t[i]!) && !cuesWithin(ctx, 'perceive', i + 1, i + 4).length && wordFrom(t, NOT_ACT, i + 1) < 0) return { ...f, end: trimmedClauseEnd(ctx, i, 10) }
  }
  // ap28: …or the damage said to be caused by the handling (一般都是买家自己刷机刷坏的: AM, AS).
  const caused = cuesWithin(ctx, 'causedDamage', f.end, end).at(0)
  if (caused) return { ...f, end: caused[1] - (t[caused[1] - 1] === DE ? 1 : 0) }
  // blame42: 这种情况一般都是买家自己摔过的 (answering 有裂痕) / 大多是顾客自己拆过的: buyers in general, 自己, then an act closed by 的 — a
  // cleft on who did it, laid on this buyer by answering their trouble or with the goods defended after it (我们出厂都是检测过的).
  const self = t.indexOf(SELF, f.end)
  if (self >= 0 && self - f.end <= 3 && self + SELF.length < end && closedByDe(t, self + SELF.length, end) && (troubleReported(ctx) || guessDefendedAfter(ctx, { end }))) return { ...f, end: trimmedClauseEnd(ctx, self + SELF.length, 10) }
  // 一般是洗的时候水温太高才缩的 (answering 缩水了): the handling with 才 and the trouble after it.
  if (answersComplaint(ctx) || (ctx.previous !== undefined && ctx.previousHasCue('grievance'))) {
    const result = cuesWithin(ctx, 'strongConsequence', f.end, end).find(([, e]) => badOutcomeAfter(ctx, e))
    if (result) return { ...f, end: trimmedClauseEnd(ctx, result[1], 6) }
  }
  return null
}
