/**
 * Told-you-so, asked again, and the buyer's own timing or reach: what the buyer was told and did not heed (toldDefied,
 * toldYouDone, toldBare, toldEarlier: 都跟您说了…, 早就告诉您了, 我不是一开始就跟您说了…吗), asked again (askAgain: 您怎么又问; askedScroll:
 * 问过了，往上翻), late (现在收到了又说不合适, 您现在才说要改地址), unreachable (师傅给您打了三个电话都没人接，…只能改天了) and takenByOthers (被别人代收了吧).
 */
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { type Span, before, customerAt, graded, hypothetical, inSentence, nearestSubject, norm, trimmedClauseEnd } from './context.js'
import { hasWordWithin, wordFrom, wordTo, words } from './words.js'
import { QUESTION_TAIL, toldPressedOnBuyer } from '../shared/told.js'
import { type Judge, clausePresumed, helpAfter, normalizePhraseChar, offeredAfter, presumed, widened } from './agent.js'
import { agentOrNobody, clauseSpeaker, closesWithLe } from './counterfactual.js'
import { ASKED_MA, doneFirst } from './link.js'

const CAUSATIVE = words('causative')
const ON_BEHALF = words('onBehalf')

/**
 * bl29: 跟您说了要冷水手洗，您偏用热水 / 我就跟您说了不能开专票，您还是拍了: told, then the buyer named doing it anyway
 * (cue `defied` right after the buyer, in a later clause of the reply): the told-you-so lays the outcome on them
 * (sets au, v). The agent or nobody tells in its clause; not inside an apology, not with help after; 还是 only for a
 * done act (…还是拍了), not a permission or a wish (您还是可以退的, 您还是想要红色吗).
 */
export const toldDefied: Judge = (f, ctx) => {
  const t = ctx.text
  if (!clauseSpeaker(ctx, f.start) || inSentence(ctx, 'apology', f) || before(ctx, 'apology', f) || hypothetical(ctx, f)) return null
  if (helpAfter(ctx, f.end) || ctx.hasCue('offer', f.end, t.length)) return null
  const ce = clauseEnd(t, f.end)
  // The defiance follows within TOLD_REACH: a walk over every later buyer cue per finding made a long reply quadratic.
  for (const [s, e] of cuesWithin(ctx, 'customer', ce, Math.min(t.length, ce + TOLD_REACH))) {
    if (!customerAt(ctx, s)) continue
    const d = cuesWithin(ctx, 'defied', e, e + 3).find(([ds]) => ds === e)
    if (!d || wordFrom(t, DEFIED_NOT, d[1]) > 0) continue
    const end = trimmedClauseEnd(ctx, d[1], 10)
    if (STILL.has(t.slice(d[0], d[1])) && !closesWithLe(t, d[1])) continue
    if (isQuestion(t, s, end)) continue
    return widened(f, f.start, end)
  }
  return null
}
const STILL = new Set(norm(['还是']))
/** How far after the told clause the buyer's defiance may stand (跟您说了要冷水手洗，您偏用热水). */
const TOLD_REACH = 80
const DEFIED_NOT = words('defiedNot')

/** 都跟您说了 / 早就告诉您了 / 我上面已经回答过了: told-you-so, stated rather than asked. */
export const toldYouDone: Judge = (f, ctx) => {
  if (!agentOrNobody(ctx, f.start) || inSentence(ctx, 'apology', f)) return null
  return f
}

/**
 * 都说了明天发 / 我上面已经回答过了: told-you-so with no one told is the agent's impatience (curt-reply's).
 * It blames when pressed on the buyer (rules/shared/told.ts, the one reading both rules share): asked
 * back (…您没看吗？), backing a refusal (前面说过了，定制款不退换), stressed by 得 (上面已经说得很明白了), or
 * with the buyer named as one who acts (都说了要等，您一直催也没用; not 请您往上看).
 */
export const toldBare: Judge = (f, ctx) => (toldYouDone(f, ctx) && (toldPressedOnBuyer(ctx, f) || hasWordWithin(ctx.text, ASKED_AGAIN, f.end, ctx.text.length)) ? f : null)
/** bl30: the buyer's asking again held against them after it (都说了没货了还问; sets ax, ag, o): pressed on the buyer with nobody named. */
const ASKED_AGAIN = words('askedAgain')

const NOT_IS = norm(['不是'])[0]!
/** blame40: a told-before sentence closed on the perfective with a reproachful particle (…了啊, …了呀, …了嘛). */
const REPROACH_TAIL = new RegExp(`${normalizePhraseChar('了')}[${normalizePhraseChar('啊')}${normalizePhraseChar('呀')}${normalizePhraseChar('嘛')}${normalizePhraseChar('啦')}](?:[.!~\\s。…,，]|$)`)
/** How far before 就跟您说了 the time it was said may stand (我不是一开始就跟您说了). */
const EARLIER_REACH = 8
/**
 * 我不是一开始就跟您说了…吗 / 我上一则消息就讲过…您有看吗 / 下单前客服就提醒过您: told earlier, with the time it
 * was said, by the agent or nobody named. Not the buyer's own words (您一开始就说了要红色), a third party's
 * (快递早上就说过), inside an apology, or with help after it (刚才就发给您了，您看下有没有收到).
 */
export const toldEarlier: Judge = (f, ctx) => {
  const t = ctx.text
  const from = Math.max(clauseStart(t, f.start), f.start - EARLIER_REACH)
  // Entries tagged anyTime name no time: the reminder itself is where the span starts.
  const anyTime = f.entry.tags.includes('anyTime')
  const when = cuesWithin(ctx, 'earlier', from, f.start).at(0) ?? (anyTime ? ([f.start, f.start] as Span) : undefined)
  // 跟您说过 holds the buyer as the one told: whoever told is named in its own clause (这是您家墙面不平，量尺时就跟您说过).
  const speaker = anyTime ? clauseSpeaker(ctx, f.start) : agentOrNobody(ctx, f.start)
  if (!when || !speaker || inSentence(ctx, 'apology', f) || before(ctx, 'apology', f)) return null
  // 客服 between the time and 就 is the shop's own agent (下单前客服就提醒过您).
  if (cuesWithin(ctx, 'third', when[1], f.start).length) return null
  // blame40: a reproachful 了啊 closing the sentence makes a 会 inside what was told its content (…会有使用痕迹了啊), not a promise to do better.
  const reproached = REPROACH_TAIL.test(t.slice(f.end, sentenceEnd(t, f.end) + 1))
  if (helpAfter(ctx, f.end) || ctx.hasCue('offer', f.end, t.length) || (!reproached && ctx.hasCue('future', f.end, sentenceEnd(t, f.end)))) return null
  // A reminder only reproaches when it is pressed (不是…吗, 您有看吗), answers a complaint or backs a refusal;
  // 上次就跟您说过有活动，今天开始了哦 and 我们一开始就说了支持七天无理由 inform.
  // blame40: …or closed on a reproachful 了啊 / 了呀 / 了嘛 (我一开始就讲过二手包会有使用痕迹了啊), or the buyer sent up the chat to find it
  // (之前聊天记录里我有提醒您…，您翻翻看).
  const pressed = t.slice(clauseStart(t, when[0]), when[0]).includes(NOT_IS) || t.includes('?') || QUESTION_TAIL.test(t) ||
    reproached || ctx.hasCue('scrollUp', f.end, t.length)
  const complained = ctx.previous !== undefined && (ctx.previousHasCue('grievance') || ctx.previousHasCue('complaint'))
  if (!pressed && !complained && !ctx.hasCue('pageRefusal', f.end, t.length) && !ctx.hasCue('denial', f.end, t.length)) return null
  return widened(f, when[0], f.end)
}

/**
 * 师傅给您打了三个电话都没人接，…只能改天了: the buyer could not be reached, and the service is off for it.
 * Only with that consequence after it and nothing the shop does about it; not a condition or a question.
 */
export const unreachable: Judge = (f, ctx) => {
  const t = ctx.text
  if (hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || ctx.cues('apology').length) return null
  const stuck = ctx.hasCue('stuck', f.end, t.length) || ctx.hasCue('consequence', f.end, t.length)
  if (!stuck || ctx.hasCue('arranged', f.end, t.length) || ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
  return f
}

/**
 * bl37: 约好的时间您不在家，师傅白跑一趟 / 您一直没去拿啊 (answering 包裹怎么被退回了): the buyer away or the parcel never fetched, with the
 * failure after it (stuck: 只好改天, 白跑, 退回) or complained of by the buyer. Not a condition, a question, an apology, the shop
 * arranging it again or help, nor the trouble called normal after it (…退回是正常的: the `normal` judge's).
 */
const YOU = new Set([normalizePhraseChar('您'), normalizePhraseChar('你'), normalizePhraseChar('妳')])
export const away: Judge = (f, ctx) => {
  const t = ctx.text
  if (hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || ctx.cues('apology').length) return null
  // Not the courier's or the shop's failure to fetch (快递员没去取件那是快递员的事): the buyer or nobody before it in its clause.
  // (您不在家 names the buyer itself: 师傅到的时候你不在家.)
  const cs = clauseStart(t, f.start)
  const who = nearestSubject(ctx, cs, f.start).who
  if (!YOU.has(t[f.start]!) && ((who && who !== 'customer') || ctx.hasCue('third', cs, f.start))) return null
  const failed = ctx.hasCue('stuck', f.end, t.length) || (ctx.previous !== undefined && ctx.previousHasCue('grievance'))
  if (!failed || ctx.hasCue('normalTrouble', f.end, t.length) || ctx.hasCue('arranged', f.end, t.length)) return null
  return ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length) ? null : graded(f, 'warning')
}

/**
 * 被别人代收了吧 (answering 显示签收了但我没收到): the parcel guessed taken on the buyer's side. Presumed or
 * hedged, answering a complaint, with no help; asked outright it only asks.
 */
export const takenByOthers: Judge = (f, ctx) => {
  const t = ctx.text
  // bl29: taken "without telling you" (是不是您家人拿了没告诉您？), or the buyer sent to ask their household
  // (您问问家里人是不是拿走了): the guess is laid on the buyer even as a question (sets r, aq, au).
  const laid = ctx.hasCue('unbeknown', f.end, clauseEnd(t, f.end)) || ctx.hasCue('askHousehold', 0, t.length)
  if (hypothetical(ctx, f) || (isQuestion(t, f.start, f.end) && !presumed(t, f.end) && !laid)) return null
  // …with the complaint in the buyer's message, or the parcel shown signed for in the reply itself (物流显示已经签收了).
  if (!(ctx.previous !== undefined && ctx.previousHasCue('grievance')) && !ctx.hasCue('signedShown', 0, f.start)) return null
  if (!(presumed(t, f.end) || clausePresumed(t, f.end) || before(ctx, 'hedge', f, 'clause') || laid)) return null
  if (ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end) || ctx.hasCue('help', 0, f.start)) return null
  return graded(f, 'warning')
}

/** 您怎么又问 / 这都第几次问了; not 抱歉让您问了好几遍, 我问了好几次快递 nor 帮您问了两遍快递. */
export const askAgain: Judge = (f, ctx) => {
  if (inSentence(ctx, 'apology', f) || wordTo(ctx.text, CAUSATIVE, f.start) >= 0 || wordTo(ctx.text, ON_BEHALF, f.start) >= 0) return null
  const { who } = nearestSubject(ctx, sentenceStart(ctx.text, f.start), f.start)
  if (who === 'shop') return null
  // 要问几遍: the span starts at 问, as the count read by findTold (entry toldCount) does, so the two merge to one.
  return ctx.text[f.start] === MUST ? { ...f, start: f.start + 1 } : f
}
const MUST = normalizePhraseChar('要')

/**
 * bl32: 问过了，往上翻 / 这个问题问过了，自己往上翻聊天记录 — the question held to have been asked already, and the buyer sent up the
 * chat for the answer (sets r, bb). Not without the scroll-up pointer after it (我问过了仓库), nor with help after it; the rest as askAgain.
 */
export const askedScroll: Judge = (f, ctx) => {
  const t = ctx.text
  if (!ctx.hasCue('scrollUp', f.end, t.length) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end) || hypothetical(ctx, f)) return null
  return askAgain(f, ctx)
}

/**
 * bl38 (kinds B, convention C2): told or answered already, and the buyer sent up the chat for it (说过了，往上翻; 我上面回答过了，看上面的消息).
 * The agent is the one who told, so unlike askedScroll the shop as subject is the point; not in an apology, not with help after.
 */
export const toldScroll: Judge = (f, ctx) => {
  const t = ctx.text
  if (!ctx.hasCue('scrollUp', f.end, t.length) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end) || hypothetical(ctx, f)) return null
  // 您说过了的，我记下了: the buyer is the one who told.
  if (nearestSubject(ctx, sentenceStart(t, f.start), f.start).who === 'customer') return null
  return inSentence(ctx, 'apology', f) ? null : f
}

/** 现在收到了又说不合适 / 您现在才说要改地址: complaining late is the customer's fault. */
export const late: Judge = (f, ctx) => {
  const t = ctx.text
  // 过了七天才申请的话…: a condition on the buyer states the policy, it scolds nobody.
  if (inSentence(ctx, 'apology', f) || hypothetical(ctx, f)) return null
  const from = sentenceStart(t, f.start)
  const { who } = nearestSubject(ctx, from, f.start)
  if (who === 'shop') return null
  const framed = f.entry.tags.includes('framed') || ctx.hasCue('nowFrame', from, f.start) || doneFirst(ctx, f.start)
  // bc27: …，现在说不合适 sets the claim now against what the buyer did before (a clause before it in the sentence,
  // or a sentence before); opening the reply (现在说一下…) or with an offer after it (…我帮您换) it scolds nobody.
  if (f.entry.tags.includes('nowSaid') && (clauseStart(t, f.start) <= from && from === 0 || offeredAfter(ctx, f.end) || ctx.hasCue('help', f.end, sentenceEnd(t, f.end)))) return null
  // bl32: the claim asked plainly with 吗 (收到了还走无理由吗？) asks what the buyer wants; thrown back bare (这还能算无理由？) or with
  // 不合适吧 it scolds.
  if (f.entry.tags.includes('stillClaimed') && ASKED_MA.test(t.slice(f.end, clauseEnd(t, f.end)))) return null
  // 签收了才说有磕碰？ asks nothing: a late complaint questioned in its frame is still held against them.
  if (isQuestion(t, f.start, f.end) && !(framed && !before(ctx, 'clarify', f))) return null
  return framed ? f : null
}
