/**
 * The buyer told what to take care of: lecture (下次下单前记得核对地址, 以后收货时注意当面检查), pastLecture ("be more careful when ordering"
 * after an emphatic pointer at a document), shouldHave (你买之前就应该问清楚), with what they read: drawsAway, ownsFault,
 * closesWithDe.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cueTo, cuesWithin } from '../../src/context/cues.js'
import { CLAUSE_TAIL, after, chars, before, graded, nearestSubject, norm, subjectBefore } from './context.js'

const DE = normalizePhrase('的')
/** What may stand right before 下次 / 以后 when it starts a lecture (您下次…, 所以以后…, 亲~下次…), not 签收以后. */
// bl20: …and after a turn or an addition (不过下次签收记得当面开箱, 但是以后…, 另外下次…, 而且以后…).
// bl35: …and after a bare 但 turning from an apology (抱歉让您失望了，但下次收货要先验再签; sets bd, bh, kind 4).
const LECTURE_HEAD = chars('您你亲们己以那就也请议烦哈哦呢啊呀吧嘛~,.!? 过是外且但')
/** How far after 下次 the thing to take care of may come (下次下单前记得看一下). */
const LECTURE_REACH = 10
const REMEMBER = new Set(norm(['记得']))

const COME = normalizePhrase('来')
/** Verbs whose object a courier is (收快递, 取快递, 签快递): it is then the parcel, not the one acting. */
// bl35: …and opened or checked (拆快递, 开快递, 验快递: 下次拆快递记得先拍视频; para bl35, sets bd, n).
const RECEIVED = new Set([...normalizePhrase('收取拿签寄接拆开验')])
/** 下次别在平台上拍了，直接微信找我: drawing the buyer away (lectureOffer); 别…再来找我们 pushes them off instead. */
function drawsAway(ctx: LintContext, f: Finding): boolean {
  const t = ctx.text
  return cuesWithin(ctx, 'lectureOffer', sentenceStart(t, f.start), sentenceEnd(t, f.end)).some(([s]) => t[s - 1] !== COME)
}

/**
 * 下次下单前记得核对地址 / 以后收货时注意当面检查: the customer told what to take care of next
 * time, which says they failed this time (a warning, also inside an apology). Not the shop's
 * own promise (我们下次注意, 下次我们会…), an invitation (下次再来, 以后有问题随时找我们), a
 * condition or a question.
 */
const MUST = normalizePhrase('一定')
const ALL = normalizePhrase('都')
const FOR_YOU = norm(['给你', '给您', '帮你', '帮您', '为你', '为您', '替你', '替您'])
export function lecture(f: Finding, ctx: LintContext, headless = false): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  if (!headless && f.start > cs && !LECTURE_HEAD.has(t[f.start - 1]!)) return null
  if (nearestSubject(ctx, cs, f.start).who === 'shop' || ctx.hasCue('instructed', cs, f.start)) return null
  const end = Math.min(clauseEnd(t, f.end), f.end + LECTURE_REACH)
  // bl23: 下次早点来 is an invitation in a pitch, but after a chance the buyer missed (没抢到, 名额满了 — in the reply or in
  // their message) it says they were too slow. Not with help or an offer after it (我给您留意着), not the shop's own plan.
  const late = cuesWithin(ctx, 'lateTip', f.end, end)[0]
  if (late && (ctx.hasCue('missedChance', 0, f.start) || (ctx.previous !== undefined && ctx.previousHasCue('missedChance')))) {
    const blocked = ctx.hasCue('shop', f.end, late[0]) || ctx.hasCue('conditional', cs, end) || isQuestion(t, f.start, f.end) || ownsFault(ctx)
    return blocked || ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length) ? null : { ...f, end: late[1] }
  }
  // 记得 announces the thing to take care of: 下次记得核对地址 reaches 核对 when it follows.
  const cares = cuesWithin(ctx, 'lectureCare', f.end, end)
  const care = cares.find(([s, e]) => !REMEMBER.has(ctx.text.slice(s, e))) ?? cares[0]
  if (!care) return null
  // 下次快递会注意 names the courier as the one to take care; 下回收快递记得先验货 has it as the thing received.
  const actor = cuesWithin(ctx, 'shop', f.end, care[0]).some(([s]) => !RECEIVED.has(t[s - 1] ?? ''))
  // 下次一定注意 promises; 下次您签收前一定当面拆开检查 (the buyer named before 一定) tells them to.
  // (可以 / 会 after the buyer still permit or predict: 下次您拿不准可以先问我们.) Nor the shop acting for the buyer (下次给你留个福袋).
  // bl29: 都 with the buyer named in the clause is their "every time" (建议您以后收快递都录一下视频), not the shop's promise.
  const promised = cuesWithin(ctx, 'lecturePromise', f.end, care[0]).some(([s, e]) =>
    t.startsWith(MUST, s) ? !ctx.hasCue('customer', f.end, s) : t.slice(s, e) === ALL ? !ctx.hasCue('customer', cs, s) : true)
  // bl37: a tip about offers blocks too, unless the buyer just complained the offer was missed (优惠券没抵扣 → 以后记得先领券).
  const promo = ctx.hasCue('lecturePromo', f.end, clauseEnd(t, f.end)) && !(ctx.previous !== undefined && ctx.previousHasCue('promoMissed'))
  if (actor || promo || ctx.hasCue('lectureBlock', f.end, clauseEnd(t, f.end)) || promised || ctx.hasCue('reassure', f.end, end) || FOR_YOU.some((w) => t.slice(f.end, care[0]).includes(w))) return null
  if (ctx.hasCue('conditional', cs, end) || drawsAway(ctx, f) || isQuestion(t, f.start, f.end) || ownsFault(ctx)) return null
  return { ...f, end: care[1] }
}

const NOT = normalizePhrase('不')
const IS = normalizePhrase('是')
/** 这次的破损是我们包装没做好 / 是我们的问题: the shop owning the fault somewhere in the reply (not 不是我们的问题). */
function ownsFault(ctx: LintContext): boolean {
  const t = ctx.text
  return ctx.cues('us').some(([s, e]) => t[s - 1] === IS && t[s - 2] !== NOT && ctx.hasCue('ownFault', e, clauseEnd(t, e)))
}

/** 就该 / 早该 carry their own 就 / 早. */
const FIRM_HEAD = chars('就早')
/** The clause after `at` ends in 的 (before its particles): 应该先问清楚再拍的. */
function closesWithDe(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  let end = clauseEnd(t, at)
  while (end > at && CLAUSE_TAIL.has(t[end - 1]!) && t[end - 1] !== DE) end--
  return end > at && t[end - 1] === DE
}
/**
 * 尺码表详情页第三屏就有，您下单的时候可以多留意一下呢: "be more careful when ordering", after an emphatic pointer
 * at a document in the reply: the buyer told they missed what was there. With a past frame right before it,
 * the shop not its subject, no help offered.
 */
/** Where it was written, emphasised (详情页第三屏就有, 主图上都有): read only between a document and a lecture. */
const PAGE_POINTER = norm(['就有', '都有', '就写了', '都写了', '明明有', '明明写了', '早就写了', '就标了', '都标了'])
export function pastLecture(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const frame = cuesWithin(ctx, 'pastFrame', cs, f.start).at(-1)
  if (!frame || f.start - frame[1] > 4 || nearestSubject(ctx, cs, f.start).who === 'shop') return null
  const doc = cuesWithin(ctx, 'document', 0, frame[0])[0]
  if (!doc || !PAGE_POINTER.some((w) => t.slice(doc[1], frame[0]).includes(w)) || ctx.hasCue('help', f.end, t.length) || isQuestion(t, f.start, f.end)) return null
  return { ...f, start: frame[0] }
}

/** 你买之前就应该问清楚: an obligation about a past purchase, with the customer as subject. */
const JIU = normalizePhrase('就')
/** bl36: 拆开就该… / 收到就应该…: the buyer's moment of receiving or opening, then 就 right before the modal (就该 holds it). */
function onReceipt(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  const jiu = t[at] === JIU ? at : t[at - 1] === JIU ? at - 1 : -1
  return jiu > 0 && cuesWithin(ctx, 'receiptMoment', clauseStart(t, jiu), jiu).some(([, e]) => e === jiu)
}
export function shouldHave(f: Finding, ctx: LintContext): Finding | null {
  // 您应该先问清楚再拍的: a closing 的 after a care to take (先问, 早点, 仔细…) puts the
  // obligation in the past, like a past frame; 应该的 / 应该做的 is "you're welcome".
  const careAfter = after(ctx, 'pastMark', f, 0) || after(ctx, 'omission', f, 0)
  const framed = before(ctx, 'pastFrame', f) || (careAfter && closesWithDe(ctx, f.end))
  if (!framed && !onReceipt(ctx, f.start)) return null
  // 亲，买之前就应该问清楚: with 就 / 早 the past reproach needs no subject; it is aimed at the buyer.
  const who = subjectBefore(ctx, f.start)
  // 买之前应该先问清楚的: a past frame and a closing 的 after the care put it in the past for nobody but the buyer
  // (twelfth session, sets n, k); 下单前应该核对地址哦 advises.
  const firmed = cueTo(ctx, 'pastFirm', f.start) >= 0 || FIRM_HEAD.has(ctx.text[f.start]!) || (careAfter && closesWithDe(ctx, f.end) && before(ctx, 'pastFrame', f) && !ctx.hasCue('help', f.end, ctx.text.length) && !ctx.hasCue('offer', f.end, ctx.text.length))
  if (who !== 'customer' && (who === 'shop' || !firmed || !framed)) return null
  if (after(ctx, 'epistemic', f, 0) && !after(ctx, 'ready', f, 0)) return null
  // The span is the reproach itself: 就应该问清楚.
  const t = ctx.text
  const firm = cueTo(ctx, 'pastFirm', f.start)
  const start = firm < 0 ? f.start : firm
  let end = clauseEnd(t, f.end)
  while (end > f.end && CLAUSE_TAIL.has(t[end - 1]!)) end--
  const span = { ...f, start, end: Math.min(end, f.end + 8) }
  return start < f.start || before(ctx, 'pastFirm', f, 'clause') ? span : graded(span, 'warning')
}

/**
 * bl37: 这个得您自己注意 / 您自己要看好地址哦: the buyer told to mind it themselves with no time word, read as a lecture only
 * answering their complaint (para-cb); 您自己要注意安全 with nothing complained of is care.
 */
export function selfLecture(f: Finding, ctx: LintContext): Finding | null {
  if (ctx.previous === undefined || !ctx.previousHasCue('grievance')) return null
  return lecture(f, ctx, true)
}
