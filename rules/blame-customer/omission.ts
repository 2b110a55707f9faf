/**
 * An omission with the customer as its agent: omit (是您自己没在规定时间内申请…, 您当时又没备注), acting without checking first
 * (actedWithout: 没看清楚尺码表就拍了), an omission framed by the buyer's own moment with nobody named (zeroFramed), evenNot
 * (连说明书都不看) and heedless (长点心吧).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { type Span, answersComplaint, apologised, before, chars, graded, hypothetical, inSentence, laterInSentence, nearestSubject, negated, norm, reassured, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, hasWordWithin, wordFrom, wordTo, words, wordsWithin } from './words.js'
import { CLAUSE_TAIL as CLAUSE_TAIL_CHARS, isHanAt } from '../../src/vocab/chars.js'
import { ACT_MOMENT, CAUSE_CLEFT, DE_CHAR, HAVE, type Judge, NEGATION, NOT_ACT, POINTED_GAP, agentBefore, badOutcomeAfter, blamedResult, carriedAgent, causeEnd, cleftAt, helpAfter, normalizePhraseChar, othersNamed, presumed, widened } from './agent.js'
import { framedRhetorical, guessAnswersComplaint, guessDefended, presumedGuess } from './consequence.js'
import { clauseAsks, tagAsked } from './counterfactual.js'

const RHETORICAL_GAP = words('rhetoricalGap')
const FORMAL_CAUSE = words('formalCause')
const CHAT_CLOSED = words('chatClosed')
const PARDON_ASKED = words('pardonAsked')
const PROCEDURE_OUTCOME = words('procedureOutcome')
const FORMAL_NOT = chars('未')
const NOT_CHAR = normalizePhraseChar('不')

/**
 * 是您自己没在规定时间内申请 / 您当时又没备注 / 是您不会用 / 您没领券，价格才不一样.
 * The anchor is the negation; the customer must be its agent a few characters before.
 * Pointed forms (自己, 当时, 又, a cleft 是您…, a past frame 买的时候) blame on their own;
 * a plain 您没… only when the sentence makes it the cause of trouble.
 */
export const omit: Judge = (f, ctx) => {
  const t = ctx.text
  // bl35: the negation inside 有没有: a question about a fact or advice to check (您买之前可以看下有没有授权), no act left undone (set bg).
  // (会不会用 asked of the buyer after a complaint stays a reproach: set bd.)
  if (NEGATION.has(t[f.start]!) && t[f.start - 1] === HAVE && t[f.start + 1] === HAVE) return null
  const verb = t[f.end] === HAVE && f.end - f.start === 1 ? f.end + 1 : f.end
  if (NEGATION.has(t[f.start]!) && f.end - f.start === 1 && (wordFrom(t, NOT_ACT, verb) > 0 || CLAUSE_TAIL_CHARS.has(t[verb] ?? '.'))) return null
  // ap28: 没有 + a place or service near the buyer (您那边也没有驿站什么的吧?): what is not there, asked or stated, no act left undone.
  if (verb > f.end && hasWordWithin(t, FACILITY, verb, Math.min(clauseEnd(t, verb), verb + FACILITY_REACH))) return null
  const agent = agentBefore(ctx, f.start) ?? carriedAgent(ctx, f.start)
  if (!agent) return framedRhetorical(f, ctx) ?? presumedGuess(f, ctx) ?? actedWithout(f, ctx) ?? zeroFramed(f, ctx)
  if (hypothetical(ctx, f) || reassured(ctx, f) || negated(ctx, agent[0]) || (apologised(ctx, f) && !sorryThenCause(ctx, agent))) return null
  // bl32: the buyer sent to ask someone else whether that one left it undone (您自己问她有没有拿错吧): the omission asked about is the
  // other's; pushing the buyer away is curt-reply's (set bb).
  if (ctx.hasCue('sendAway', agent[0], f.start)) return null
  // …unless pointed (您下单时又没有勾选加急的选项呀: 又 still throws the omission at the buyer).
  if (modifiesNoun(t, f.end) && !hasWordWithin(t, POINTED_GAP, agent[1], f.start)) return null
  const cleft = cleftAt(ctx, agent[0])
  // 是因为你没有马上冰冰箱: the customer's omission clefted as the reason.
  const because = wordTo(t, CAUSE_CLEFT, agent[0]) >= 0
  const pointedOut = cleft || because || hasWordWithin(t, POINTED_GAP, agent[1], f.start)
  // 您买的时候不问清楚: a past frame makes it a reproach, a milder one (warning).
  const framed = ctx.hasCue('pastFrame', clauseStart(t, f.start), f.start)
  const sharp = pointedOut || framed
  // bl29: 您下单没备注，我们怎么知道要送贺卡？: the question is the denial thrown back in a later clause, the omission is stated.
  const deniedBack = ctx.hasCue('denial', clauseEnd(t, f.end), sentenceEnd(t, f.end)) && !before(ctx, 'clarify', f)
  // bl35: a later clause asking back (…当然打印不出来，说明书都不看吗？) leaves the omission's own clause stated, unless it is a tag.
  const laterAsks = clauseEnd(t, f.end) < sentenceEnd(t, f.end) && !clauseAsks(t, f.end) && !tagAsked(t, f.end)
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end) && !deniedBack && !laterAsks) {
    // 您是不是没领券呀？ asks; 您下单前不看详情吗？ / 您自己没看吗？ reproach, unless help follows.
    // blame43: …and 不 (not 没) at the buyer's own past moment (你下单的时候不看规格吗？, 您买的时候不问问吗？): "didn't you bother to" asks
    // back; 没 there may ask what happened (您下单的时候没选颜色吗？).
    const rhetorical = hasWordWithin(t, RHETORICAL_GAP, sentenceStart(t, agent[0]), f.start) || (t[f.start] === NOT_CHAR && ctx.hasCue('pastFrame', agent[1], f.start))
    if (helpAfter(ctx, f.end)) return null
    // 您是不是没按说明书装？ answering a complaint: the customer's omission offered as the cause.
    // …or followed by "of course it went bad" (您是不是没有放冰箱？芒果放室温两天当然会烂啊).
    const then = sentenceEnd(t, f.end) + 1
    const ofCourse = cuesWithin(ctx, 'strongConsequence', then, sentenceEnd(t, then)).some(([, e]) => badOutcomeAfter(ctx, e))
    if (!rhetorical || before(ctx, 'clarify', f)) return guessAnswersComplaint(ctx, f) || ofCourse || guessDefended(ctx, f) ? widened(graded(f, 'warning'), agent[0], causeEnd(ctx, f.end, 12)) : null
    return widened(f, agent[0], causeEnd(ctx, f.end, 12))
  }
  let severity = f.severity
  if (sharp) {
    if (!pointedOut || before(ctx, 'hedge', f, 'clause') || helpAfter(ctx, f.end)) severity = 'warning'
  } else {
    // 因您未在规定时间内确认，系统已自动关闭: the formal 因 / 由于 names the omission as the cause.
    // lead21: …but not the chat closed for silence (由于您长时间未响应，将关闭与您的对话): a session notice, no loss of the buyer's.
    const rest = sentenceEnd(t, f.end)
    const formal = procedural(ctx, f, agent) && !hasWordWithin(t, CHAT_CLOSED, f.end, rest)
    // bl22: help is read after the omitted act, not inside it (您没有马上冷藏才会坏的: 马上 is how it should have been done).
    if (!(formal || blamedResult(ctx, f.end, false)) || helpAfter(ctx, causeEnd(ctx, f.end, 12))) return actedWithout(f, ctx, agent)
    severity = 'warning'
  }
  const start = cleft ? agent[0] - 1 : agent[0]
  return widened(graded(f, severity), start, causeEnd(ctx, f.end, 12))
}

/**
 * bl37 (taxonomy polite-procedural-blame): 因为您没有及时确认收货，系统才自动关闭交易的，请您谅解 / 您未在规定时间内提交申请，所以系统自动
 * 默认收货了: the buyer's omission named as the cause of a loss in courteous register. A formal or causal connector right before
 * the buyer, or the formal 未 with a result word after it (所以 / 因此…); then a bad outcome, what the procedure did on its own or a
 * plea for pardon in the rest of the sentence.
 */
function procedural(ctx: LintContext, f: Finding, agent: Span): boolean {
  const t = ctx.text
  const rest = sentenceEnd(t, f.end)
  const connected = wordTo(t, FORMAL_CAUSE, agent[0]) >= 0 || (FORMAL_NOT.has(t[f.start]!) && ctx.hasCue('consequence', f.end, rest))
  if (!connected) return false
  return hasWordWithin(t, BAD_OUTCOME, f.end, rest) || hasWordWithin(t, PROCEDURE_OUTCOME, f.end, rest) || hasWordWithin(t, PARDON_ASKED, f.end, rest)
}

/**
 * bl37: 抱歉哈，由于您没有在活动期间下单，所以不能享受赠品: the apology opens the reply and the formal cause (由于 / 因为您…) follows it;
 * every apology of the sentence stands before the connector, so it owns nothing the cause says.
 */
function sorryThenCause(ctx: LintContext, agent: Span): boolean {
  const t = ctx.text
  const lead = wordTo(t, FORMAL_CAUSE, agent[0])
  if (lead < 0) return false
  return !cuesWithin(ctx, 'apology', lead, sentenceEnd(t, agent[1])).length
}

/** How far after the negated verb its 的 may stand (没有吃完的食物). */
const RELATIVE_REACH = 6
const FAULT_NOUN = words('faultNoun')
const FACILITY = words('facility')
/** How far after 没有 the place may be named (没有快鸟驿站: a brand before the kind of place). */
const FACILITY_REACH = 6
const ASKING_DE = new Set(norm(['吗', '么', '嘛']))
/**
 * 是您没有吃完的食物: the negated act, closed by 的 and a noun, modifies that noun. It says which thing, not what
 * the customer failed to do; 的原因 / 的问题 / 的话 keep the act as it was (words.yaml faultNoun).
 */
function modifiesNoun(t: string, from: number): boolean {
  const end = Math.min(clauseEnd(t, from), from + RELATIVE_REACH)
  const de = t.indexOf(DE_CHAR, from)
  // 不看的吗 / 不看的么: the 的 closes a question, no noun follows.
  if (de < 0 || de >= end || !isHanAt(t, de + 1) || CLAUSE_TAIL_CHARS.has(t[de + 1]!) || ASKING_DE.has(t[de + 1]!)) return false
  return wordFrom(t, FAULT_NOUN, de + 1) < 0
}

const CHECK_MANNER = words('checkManner')
const CHECK = words('check')
const COMMIT_LEAD = words('commitLead')
const COMMIT = words('commit')
const LATE_SAID = words('lateSaid')
const ACT_MOMENT_END = words('actMomentEnd')
const OMISSION_START = chars('没不未唔冇')
const THEN = chars('就便')
const BA_OBJ = normalizePhraseChar('把')
const DIRECT = norm(['直接'])[0]!
/** How far the object of the check may run before 就 (没看清楚尺码表就拍了). */
const CHECK_OBJECT_REACH = 8

/** End of the check left out right after the negation at `at` (没仔细看清楚, 不先量一下), or -1. */
function checkOmitted(t: string, at: number): number {
  let i = at + 1
  if (wordFrom(t, NOT_ACT, i) > 0) return -1
  for (let k = 0; k < 2; k++) {
    const e = wordFrom(t, CHECK_MANNER, i)
    if (e < 0) break
    i = e
  }
  if (wordFrom(t, NOT_ACT, i) > 0) return -1
  return wordFrom(t, CHECK, i)
}

/** The end of a commit right at `at`: (直接 / 急着…) (把 + its object) + 拍 / 下单 / 剪了…, or -1. */
function commitAt(t: string, at: number, end: number): number {
  let i = at
  for (let k = 0; k < 2; k++) {
    const e = wordFrom(t, COMMIT_LEAD, i)
    if (e < 0) break
    i = e
  }
  let e = wordFrom(t, COMMIT, i)
  if (e < 0 && t[i] === BA_OBJ) {
    for (let j = i + 2; j <= Math.min(end, i + 6) && e < 0; j++) e = wordFrom(t, COMMIT, j)
  }
  return e > 0 && e <= end ? e : -1
}

/**
 * 没看清楚就拍了 / 头围不量就下单 / 不试穿就把吊牌剪了 / 说明书没看直接装: a check left out, then the buyer
 * committed anyway (就 / 便 / 直接 + a commit). The customer need not be named: Chinese drops the subject,
 * and the act of buying, signing or using is the buyer's own. Not with the shop or a third party as the
 * subject (我们没检查就发出去了), not as a condition (不满意就退, 没问题就可以拍), a hypothetical or warning
 * (不看就拍的话容易选错), reassured (不量就拍也没关系) or inside an apology.
 */
function actedWithout(f: Finding, ctx: LintContext, agent?: Span): Finding | null {
  const t = ctx.text
  if (!OMISSION_START.has(t[f.start] ?? '')) return null
  const ce = checkOmitted(t, f.start)
  if (ce < 0) return null
  const cs = clauseStart(t, f.start)
  const end = clauseEnd(t, f.start)
  let done = -1
  for (let i = ce; i < Math.min(end, ce + CHECK_OBJECT_REACH) && done < 0; i++) {
    if (THEN.has(t[i]!)) done = commitAt(t, i + 1, end)
    else if (t.startsWith(DIRECT, i)) done = commitAt(t, i, end)
  }
  if (done < 0) return null
  if (!agent) {
    if (actorBefore(ctx, cs, f.start) !== undefined || othersNamed(ctx, cs, f.start)) return null
  }
  if (hypothetical(ctx, f) || reassured(ctx, f) || apologised(ctx, f) || negated(ctx, f.start) || inSentence(ctx, 'adviceCue', f)) return null
  if (isQuestion(t, f.start, done) && before(ctx, 'clarify', f) && !presumed(t, done)) {
    if (!(answersComplaint(ctx) || guessDefended(ctx, f))) return null
    return widened(graded(f, 'warning'), agent?.[0] ?? cs, done)
  }
  if (!agent && (helpAfter(ctx, done) || ctx.hasCue('offer', done, sentenceEnd(t, done)))) return null
  return widened(graded(f, agent ? 'error' : 'warning'), agent?.[0] ?? Math.max(cs, f.start - 6), done)
}

/** The nearest subject in [from, to), but not a parcel the buyer received (拿到快递, 收到物流的包裹): that is their moment. */
function actorBefore(ctx: LintContext, from: number, to: number): 'customer' | 'shop' | undefined {
  const { who, span } = nearestSubject(ctx, from, to)
  if (who === 'shop' && span && wordTo(ctx.text, ACT_MOMENT, span[0]) >= 0) return actorBefore(ctx, span[1], to)
  return who
}

/** 签收时 / 收到货 / 下单的时候 in [from, to): the buyer's own moment frames the clause. */
function actMomentWithin(t: string, from: number, to: number): boolean {
  return wordsWithin(t, ACT_MOMENT, from, to).some(([, e]) => e === to || wordFrom(t, ACT_MOMENT_END, e) > 0)
}

/**
 * 签收时未当面验货，因此运输破损无法判定 / 收到货不拆开看，三天以后才说有问题 / 下单的时候没看发货时间，所以才…:
 * nobody named, the clause framed by the buyer's own moment (签收, 收到, 下单, 入住…), a check left out,
 * and the sentence making it the cause (a result word with a bad outcome, a refusal) or the complaint late.
 * A warning: the buyer is implied, not named. Not with anyone else as the subject, help after, or a
 * hypothetical or warning (签收时没验货的话很难判定).
 */
function zeroFramed(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  if (!OMISSION_START.has(t[f.start] ?? '')) return null
  const ce = checkOmitted(t, f.start)
  if (ce < 0) return null
  const cs = clauseStart(t, f.start)
  if (actorBefore(ctx, sentenceStart(t, f.start), f.start) !== undefined || othersNamed(ctx, cs, f.start)) return null
  const framed = actMomentWithin(t, cs, f.start) || ctx.hasCue('pastFrame', cs, f.start)
  if (!framed) return null
  const se = sentenceEnd(t, f.start)
  const ce2 = clauseEnd(t, f.start)
  const late = hasWordWithin(t, LATE_SAID, ce, se)
  const caused = blamedResult(ctx, ce2, true)
  const answered = answersComplaint(ctx) && !isQuestion(t, f.start, ce)
  if (!(late || caused || answered)) return null
  if (hypothetical(ctx, f) || reassured(ctx, f) || apologised(ctx, f) || negated(ctx, f.start) || inSentence(ctx, 'adviceCue', f)) return null
  if (isQuestion(t, f.start, ce) && before(ctx, 'clarify', f)) return null
  if (ctx.hasCue('offer', f.end, se) || laterInSentence(ctx, 'arranged', f.end)) return null
  return widened(graded(f, 'warning'), cs, causeEnd(ctx, f.end, 12))
}

const EVEN = chars('连')
const NEGATION_END = chars('不没')
const ASKED_TAIL = chars('吗嘛么呢')
const LEAD_REPROACH = norm(['难道', '谁让', '谁叫'])

/** The clause of `at` asks: a question mark, or 吗 / 嘛 / 呢 (after 的) closing it (…都不看说明书的吗，…). */
function clauseAsked(t: string, at: number): boolean {
  if (isQuestion(t, at, at + 1)) return true
  let e = clauseEnd(t, at)
  while (e > at && /[\s~]/.test(t[e - 1] ?? '')) e--
  return ASKED_TAIL.has(t[e - 1] ?? '')
}

/**
 * 用之前都不看说明书的吗 / 怎么连尺码表都不看 / 难道没看详情吗 / 谁让下单不看清楚: a check left out, asked back —
 * with 都 / 也 in the buyer's moment or after 怎么 / 为什么, with 连 … 都, or led by 难道 / 谁让. The buyer is
 * meant whether named or not. Not the shop or a third party (我们仓库怎么都不检查一下), a clarifying
 * 是不是, help after (都没看到吗？我再发一遍), or a hypothetical.
 */
export const evenNot: Judge = (f, ctx) => {
  const t = ctx.text
  let neg = f.end - 1
  while (neg >= f.start && !NEGATION_END.has(t[neg]!)) neg--
  // 谁让下单不看清楚: after 谁让 / 难道 alone, the negation may come a few characters later in the clause.
  if (neg < f.start && LEAD_REPROACH.some((w) => t.startsWith(w, f.start))) {
    const stop = Math.min(clauseEnd(t, f.end), f.end + 8)
    for (let i = f.end; i < stop && neg < f.start; i++) if (NEGATION_END.has(t[i]!) && checkOmitted(t, i) > 0) neg = i
  }
  if (neg < f.start) return null
  const ce = checkOmitted(t, neg)
  if (ce < 0) return null
  const cs = clauseStart(t, f.start)
  const ss = sentenceStart(t, f.start)
  if (nearestSubject(ctx, ss, f.start).who === 'shop' || othersNamed(ctx, cs, f.start)) return null
  const lead = LEAD_REPROACH.some((w) => t.startsWith(w, f.start))
  const why = ctx.hasCue('why', cs, f.start)
  const even = [...t.slice(cs, f.start)].some((c) => EVEN.has(c))
  const framed = actMomentWithin(t, cs, f.start) || ctx.hasCue('pastFrame', cs, f.start)
  const asked = clauseAsked(t, ce)
  if (!(lead || (why && !asked) || (why && asked && framed) || even || (asked && framed))) return null
  if (before(ctx, 'clarify', f) || hypothetical(ctx, f) || apologised(ctx, f)) return null
  if (helpAfter(ctx, ce) || ctx.hasCue('offer', ce, t.length) || ctx.hasCue('resend', ce, t.length)) return null
  return widened(f, lead ? f.start : Math.max(cs, even ? cs : f.start - 4), trimmedClauseEnd(ctx, ce, 8))
}

/** 长点心吧 / 以后长点记性: told to mind themselves. Not the shop about itself (我们以后长点心). */
export const heedless: Judge = (f, ctx) => {
  const t = ctx.text
  if (subjectBefore2(ctx, f.start) === 'shop' || hypothetical(ctx, f) || negated(ctx, f.start)) return null
  return graded(f, 'warning')
}
const subjectBefore2 = (ctx: LintContext, at: number) => nearestSubject(ctx, sentenceStart(ctx.text, at), at).who
