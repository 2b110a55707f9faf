/**
 * The trouble as the consequence of the buyer's own act (consequence, also the tag refusal: 您自己插 220V 当然会烧,
 * 您直接寄回来我们没法处理), with the readings of a guess it shares (guessAnswersComplaint, guessDefended, framedRhetorical,
 * presumedGuess, unnamedCause).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { type Span, answersComplaint, before, chars, customerAt, graded, hypothetical, inSentence, sorryInSentence, laterInSentence, nearestSubject, negated, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, hasWordWithin, wordFrom, wordTo, words } from './words.js'
import { DE, GENERIC, type Judge, NEGATION, badOutcomeAfter, causeEnd, clausePresumed, cleftAt, explainsGoods, helpAfter, presumed, widened } from './agent.js'
import { NOT_NARRATED, RHETORICAL_REFUSAL, clauseAsks, narratedAct } from './counterfactual.js'
import { selfChosen } from './normal.js'

/**
 * The customer acting on their own, earlier in the sentence: 您自己插…, 您直接寄回来; with an
 * attributing result word (才, 当然, 难怪…) also their home or side: 您家里电压不稳才烧坏的.
 */
function ownActBefore(ctx: LintContext, at: number, attributed = false, ofCourse = false): Span | undefined {
  const t = ctx.text
  const from = sentenceStart(t, at)
  // With "of course" (当然 / 难怪 / 梗系) any act the buyer is the subject of, in the clause of the result word or
  // the one before it, is the cause (您用温水泡当然没味道, 您收到第二天就劈开，当然是生的): the list of handlings
  // below cannot hold every verb an author writes. Not their purchase, a report or a reassurance (notNarrated).
  const near = ofCourse ? clauseStart(t, Math.max(from, clauseStart(t, at) - 1)) : at
  let found: Span | undefined
  for (const c of cuesWithin(ctx, 'customer', from, at)) {
    if (!customerAt(ctx, c[0])) continue
    if (cuesWithin(ctx, 'ownAct', c[1], Math.min(at, c[1] + 4)).some(([s]) => s - c[1] <= 1)) found = c
    else if (attributed && (wordFrom(t, THEIR_SIDE, c[1]) > 0 || wordFrom(t, HANDLING, c[1]) > 0)) found = c
    else if (ofCourse && c[0] >= near && t[c[1]] !== DE && wordFrom(t, NOT_NARRATED, c[1]) < 0) found = c
  }
  // bl29: 您下单的时候自己选了超商取货，当然会比较慢: 自己 + a choice later in the buyer's clause.
  return found ?? (ofCourse ? selfChosen(ctx, near, at) : undefined)
}
/**
 * The result word at `f` says "of course" (cue `ofCourse`), not followed by a reassurance (当然不会坏, 当然没问题
 * are promises about the goods, absolute-promise's business, not a cause laid on the buyer).
 */
function ofCourseAt(ctx: LintContext, f: { start: number; end: number }): boolean {
  return ctx.hasCue('ofCourse', f.start, f.end) && !reassures(ctx.text, f.end)
}
const REASSURING = words('reassuring')
const MAY_WILL = normalizePhrase('可能会')
const NEVER = words('never')
/** 当然没问题 / 当然可以, or 当然不会 + a bad outcome (当然不会过敏); 当然不会抵扣 denies a benefit, a bad outcome itself. */
function reassures(t: string, at: number): boolean {
  if (wordFrom(t, REASSURING, at) >= 0) return true
  const e = wordFrom(t, NEVER, at)
  return e >= 0 && wordFrom(t, BAD_OUTCOME, e) >= 0
}
const THEIR_SIDE = words('theirSide')
const HANDLING = words('handling')

/**
 * A question guessing at the customer's doing, as the reply's last word on goods reported
 * broken or not working (坏了 → 您是不是没按说明书装？): it suggests the fault is theirs. With
 * help after, or about anything else (价格不一样 → 您是不是没领券呀), it only asks. A guess that the
 * customer erred (退款没到 → 是不是你看错账户了？) answers any complaint (`anyComplaint`).
 */
export function guessAnswersComplaint(ctx: LintContext, f: Finding, anyComplaint = false): boolean {
  if (ctx.previous === undefined || !(ctx.previousHasCue('damaged') || (anyComplaint && ctx.previousHasCue('grievance')))) return false
  return !laterInSentence(ctx, 'help', f.end) && !ctx.hasCue('offer', f.end, ctx.text.length) && !ctx.hasCue('help', f.end, ctx.text.length)
}

/** The goods or the shop defended after `f` (cue `defend`), with no help or offer after it. */
export function guessDefendedAfter(ctx: LintContext, f: { end: number }): boolean {
  const t = ctx.text
  return ctx.hasCue('defend', f.end, t.length) && !ctx.hasCue('help', f.end, t.length) && !ctx.hasCue('offer', f.end, t.length)
}

/**
 * A guess at what the customer did, with a trouble named (in the customer's message or the reply
 * before it) and the goods or the shop defended after it (耳机进水了 您是不是洗澡也戴着 这款不防水的哦;
 * 是不是您当时没在旁边看着？一般我们师傅都很专业的): the guess is the cause offered, not a question
 * that helps. Not with help or an offer after it.
 */
export function guessDefended(ctx: LintContext, f: { start: number; end: number }): boolean {
  if (!guessDefendedAfter(ctx, f)) return false
  const complained = ctx.previous !== undefined && (ctx.previousHasCue('grievance') || ctx.previousHasCue('trouble'))
  return complained || ctx.hasCue('trouble', 0, f.start) || troubleInDefence(ctx, f.end)
}

/**
 * bl30: 您是不是一次用太多了？正常用量不会搓泥的 / 您是不是放在车里晒了？正常不会化成这样 — the trouble is named only in the
 * defence itself (the goods "would not" do it in the right use): a defence cue after the guess whose own clause goes on to a
 * bad outcome or points back at the trouble (sets aw, ap, g).
 */
function troubleInDefence(ctx: LintContext, from: number): boolean {
  const t = ctx.text
  return cuesWithin(ctx, 'defend', from, t.length).some(([, e]) => {
    const ce = clauseEnd(t, e)
    return ctx.hasCue('trouble', e, ce) || ctx.hasCue('damaged', e, ce) || hasWordWithin(t, BAD_OUTCOME, e, ce)
  })
}

/**
 * 买之前不看清楚吗: nobody named, but a rhetorical question about an omission in a past
 * purchase frame is aimed at the buyer (not 我们发货前没检查吗, nor a clarifying 是不是).
 */
export function framedRhetorical(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  // bl35: …or the document put first as the thing not read (使用方法都不看的吗, 说明书也没看吗, 详情页你都没看吗?): the fronted object with 都 / 也
  // makes the question rhetorical (sets bg, bh, a).
  const frame = cuesWithin(ctx, 'pastFrame', clauseStart(t, f.start), f.start).at(-1) ?? documentFronted(ctx, f.start)
  if (!frame || !isQuestion(t, f.start, f.end) || presumed(t, f.end)) return null
  // 我们主图就写了，拍之前没留意吗？: the shop named in an earlier clause pointed at the page; the question's own
  // clause has nobody, so it is the buyer's omission (我们当时没问吗 keeps the shop as the subject).
  if (nearestSubject(ctx, clauseStart(t, f.start), f.start).who === 'shop' || before(ctx, 'clarify', f) || helpAfter(ctx, f.end) || hypothetical(ctx, f)) return null
  return widened(f, frame[0], causeEnd(ctx, f.end, 12))
}

const FRONTED_GAP = chars('都也连还你您妳')
const EVEN_ALSO = chars('都也连')
/** How many characters may stand between the document and the negation (都, 你都, 您也). */
const FRONTED_REACH = 3
/** bl35: a document cue right before the negation at `at`, with 都 / 也 (and the buyer) between: 说明书都不看, 详情页您也没看. */
function documentFronted(ctx: LintContext, at: number): Span | undefined {
  const t = ctx.text
  const doc = cuesWithin(ctx, 'document', Math.max(clauseStart(t, at), at - FRONTED_REACH - 8), at).filter(([, e]) => at - e <= FRONTED_REACH).at(-1)
  if (!doc || doc[1] === at) return undefined
  for (let i = doc[1]; i < at; i++) if (!FRONTED_GAP.has(t[i]!)) return undefined
  // 都 / 也 must be there: 说明书你没看吗 is framedRhetorical's other readings' (the buyer then is the agent).
  for (let i = doc[1]; i < at; i++) if (EVEN_ALSO.has(t[i]!)) return doc
  return undefined
}

/**
 * 洗的时候没翻面吧 (answering 起球了): nobody named, but an omission presumed with 吧 as the whole
 * cause of the goods reported worn or broken; not with help after.
 */
export function presumedGuess(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  if (!(presumed(t, f.end) || clausePresumed(t, f.end)) || nearestSubject(ctx, cs, f.start).who !== undefined || hypothetical(ctx, f)) return null
  // 内裤起球？洗的时候没翻面吧，这面料正常洗是不会起球的: the trouble restated, the guess, the goods defended.
  if (!guessAnswersComplaint(ctx, f) && !guessDefended(ctx, f)) return null
  return widened(graded(f, 'warning'), cs, causeEnd(ctx, f.end, 12))
}

/**
 * 您用洗衣机洗了吧？…洗坏了我们没法退: a guess about what the customer did, asked just before
 * (是不是… / …吧？), then a refusal: the customer is made the cause without being told so.
 */
function refusalAfterGuess(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const s0 = sentenceStart(t, f.start)
  if (s0 === 0 || t[s0 - 1] !== '?') return null
  const from = sentenceStart(t, s0 - 1)
  const guess = ctx.hasCue('clarify', from, s0) || presumed(t, from)
  if (!guess || !cuesWithin(ctx, 'customer', from, s0).some(([s]) => customerAt(ctx, s))) return null
  if (helpAfter(ctx, f.end) || inSentence(ctx, 'apology', f) || hypothetical(ctx, f)) return null
  return f
}

/**
 * 放一周才吃当然会坏啊, answering 荔枝都坏了: nobody is named, but a complaint is answered with
 * "of course", the customer's handling as the obvious cause. Not a warning given before
 * anything went wrong (收到后尽快吃，放久了当然会坏, answering 能放多久), nor a third party's doing.
 */
function unnamedCause(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  // The verdicts and disowning phrases of the narrated kind (不算质量问题, 不在保修范围) need the buyer's act in their sentence.
  if (f.entry.tags.includes('refusal')) return f.entry.tags.includes('narrated') ? null : refusalAfterGuess(f, ctx)
  if (!ctx.hasCue('strongConsequence', f.start, f.end)) return null
  // 熟过了会导致嚼不烂: 会 / 容易 + 导致 explains what happens in general.
  if (wordTo(t, GENERIC, f.start) >= 0) return null
  // bl36: …and so does 可能会 earlier in the clause, nobody named (粘稠的食材可能会不加热导致烧不开的: real JDDCRec, not upheld).
  if (t.slice(clauseStart(t, f.start), f.start).includes(MAY_WILL)) return null
  // bl33: …or, with no complaint before, "of course" then the trouble disowned later in the reply (直接嚼当然硬，这不是质量问题;
  // 外锅没放水就按下去，当然会烧焦，这不在保修范围): the verdict says whose doing it was (sets bc, ad).
  // The act must be done its own way or left undone (直接, 没…就): 床垫刚拆开当然会有点硬，这不是质量问题 explains a new product.
  const act = sentenceStart(t, f.start)
  const ownWay = ctx.hasCue('ownAct', act, f.start) || [...t.slice(act, f.start)].some((c) => NEGATION.has(c))
  // mendA29: …not when the result is mild or settles by itself (新鞋直接穿当然会有点硬，这不是质量问题，穿几天就软了): that explains the goods.
  const disowned = ownWay && ofCourseAt(ctx, f) && ctx.hasCue('causeStated', f.end, t.length) && !explainsGoods(t, f.end)
  if (!(answersComplaint(ctx) || disowned) || !badOutcomeAfter(ctx, f.end, ownWay)) return null
  const from = sentenceStart(t, f.start)
  if (ctx.hasCue('shop', from, f.start) || ctx.hasCue('third', from, f.start)) return null
  if (hypothetical(ctx, f) || inSentence(ctx, 'adviceCue', f) || inSentence(ctx, 'apology', f) || isQuestion(t, f.start, f.end)) return null
  // 在门口放一天当然会臭，我们马上给您补发: with nobody named, help after it explains rather than lays the cause.
  if (helpAfter(ctx, f.end)) return null
  // The span is the act that caused it: 放一周才吃.
  // Insinuated rather than said: a warning.
  const cs = clauseStart(t, f.start)
  if (cs < f.start) return widened(graded(f, 'warning'), cs, f.start)
  // bl33: "of course" opening its clause, the trouble disowned after it: the act is the clause before, in the same sentence
  // (外锅没放水就按下去，当然会烧焦，这不在保修范围).
  if (!disowned || cs <= from) return null
  const ps = clauseStart(t, cs - 1)
  const pe = trimmedClauseEnd(ctx, ps, cs - 1 - ps)
  return pe > ps ? widened(graded(f, 'warning'), ps, pe) : null
}

/**
 * 您自己插 220V 当然会烧 / 您直接寄回来我们没法处理: a result word with a bad outcome, or a
 * refusal, caused by what the customer did on their own. Not a warning about what may
 * happen (您自己拆机会导致无法保修, 如果您自己拆开…).
 */
export const consequence: Judge = (f, ctx) => {
  const t = ctx.text
  const refusal = f.entry.tags.includes('refusal')
  if (!ctx.hasCue('customer', sentenceStart(t, f.start), f.start)) return unnamedCause(f, ctx)
  if (!refusal) {
    if (wordTo(t, GENERIC, f.start) >= 0 || !badOutcomeAfter(ctx, f.end)) return null
    // 您用了当然不会过敏: "of course" before a reassurance promises; it lays nothing on the buyer.
    if (ctx.hasCue('ofCourse', f.start, f.end) && reassures(t, f.end)) return null
  }
  // 颜色变了还要找我们，这不是自找的吗: a question in a later clause leaves the refusal's own clause stated.
  // 找我们干嘛 / 怎么能怪我们 ask only rhetorically: the refusal is the question itself.
  // bl35: …and so for "of course" (您夹一分钟当然不准，使用方法都不看的吗？: the later clause asks back, the consequence is stated; sets bg, bc),
  // a tag after it included (…当然扣不牢，明白了吗？).
  const asked = isQuestion(t, f.start, f.end) && !(refusal && hasWordWithin(t, RHETORICAL_REFUSAL, f.start, f.end)) && !(clauseEnd(t, f.end) < sentenceEnd(t, f.end) && !clauseAsks(t, f.end))
  if (hypothetical(ctx, f) || inSentence(ctx, 'adviceCue', f) || sorryInSentence(ctx, f) || asked) return null
  // lane44: a causing verb (导致 / 造成 / 以致, cue `causing`) after any act the buyer is the subject of reads as "of course" does
  // (您之前洗的时候用了热水，导致缩水): the act is named as the cause of the trouble.
  const causing = !refusal && ctx.hasCue('causing', f.start, f.end) && wordTo(t, GENERIC, f.start) < 0
  const own = ownActBefore(ctx, f.start, !refusal && ctx.hasCue('strongConsequence', f.start, f.end), !refusal && (ofCourseAt(ctx, f) || causing))
  // 您放在阳台晒了一个礼拜，生虫了不能算质量问题吧: with no 自己 / 直接, a refusal still lays the trouble
  // narrated after the buyer's plain act at that act (a warning: insinuated, not said).
  const narrated = !own && refusal ? narratedAct(ctx, f.start) : undefined
  const cause = own ?? narrated
  if (!cause || negated(ctx, cause[0])) return null
  // bl36: 那你自己去问快递啊，签收了我们也没办法 — the buyer's "own act" is being sent to someone else, before a refusal: pushing the
  // work back is curt-reply's, no cause is laid on them.
  if (refusal && ctx.hasCue('sendAway', cause[1], clauseEnd(t, cause[1]))) return null
  if (narrated && helpAfter(ctx, f.end)) return null
  if (narrated) return widened(graded(f, 'warning'), cause[0], causeEnd(ctx, cause[1], Math.min(14, Math.max(1, f.start - cause[1]))))
  const start = cleftAt(ctx, cause[0]) ? cause[0] - 1 : cause[0]
  // The span is the act (您自己用开水烫), up to the result word when it shares the clause.
  return widened(f, start, causeEnd(ctx, cause[1], Math.min(14, Math.max(1, f.start - cause[1]))))
}
