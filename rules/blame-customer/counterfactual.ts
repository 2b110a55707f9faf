/**
 * Counterfactuals about the past (counterfactual: 您要是早点说，就不会发错了), with what other judges read from here: the act
 * narrated before (narratedAct), a clause asked or tagged (clauseAsks, tagAsked), and who speaks or acts first in a
 * clause (earlyCustomer, firstSubject, agentOrNobody, clauseSpeaker).
 */
import type { LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { type Span, chars, customerAt, graded, nearestSubject, norm, troubleReported, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, hasWordWithin, wordFrom, words, wordsWithin } from './words.js'
import { DE, SHI, type Judge, NEGATION, SETTLES_LATER, STILL_ETC, badOutcomeAfter, helpAfter, normalizePhraseChar, widened } from './agent.js'

const WISTFUL = words('wistful')
const REGRET = words('regret')
const THIS_TROUBLE = words('thisTrouble')

const ASK_END = chars('吗么嘛呢')
/** How long a clause after the one of `at` may be and still be a tag on it (对吧？, 是不是？, 是吗？). */
const TAG_REACH = 4
/** bl35: the clause after the one of `at` is the sentence's last and only a tag question on it (…，对吧？ / …，是不是？). */
export function tagAsked(t: string, at: number): boolean {
  const ce = clauseEnd(t, at)
  return sentenceEnd(t, at) - ce - 1 <= TAG_REACH
}
/** The clause of `at` asks by its own last word (…还要找我们吗，…), not only the sentence's. */
export function clauseAsks(t: string, at: number): boolean {
  let e = clauseEnd(t, at)
  if (t[e] === '?') return true
  while (e > at && /[\s~]/.test(t[e - 1] ?? '')) e--
  return ASK_END.has(t[e - 1] ?? '')
}

export const NOT_NARRATED = words('notNarrated')
export const RHETORICAL_REFUSAL = words('rhetoricalRefusal')
const FOUND = words('found')
const FRESH_START = words('freshStart')
/** blame40: verbs of filling in or picking (写, 填, 留, 选…): 您写的是网名 predicates the entry they made, not a thing they wanted (您要的是…). */
const ENTERED = chars('写填留选报输勾点')
/** blame40: a courier's failure to find or reach the buyer (快递员找不到人, 电话打不通). */
const REACH_FAILED = norm(['找不到', '联系不上', '联系不到', '打不通', '电话打不通', '一直打不通', '没人接', '送不上门'])
/** A settling (穿几天就软了, 过几天就好了: words settlesLater) in the clause after the one of `at`. */
function settlesNext(t: string, at: number): boolean {
  const ce = clauseEnd(t, at)
  return ce < t.length && hasWordWithin(t, SETTLES_LATER, ce, clauseEnd(t, ce + 1))
}

/**
 * The buyer as the subject of a plain act earlier in the sentence, with a trouble named after the act and
 * before `at` (您放在阳台晒了一个礼拜，生虫了…, 您填的UID少了一位数，钱充到别人号上去了…, 您洗了之后感冒…).
 * Not the buyer's thing (您的订单), their purchase or a report (您买的, 您反馈的), a discovery (您收到后发现坏了),
 * a reassurance (您放心), nor with the shop or a third party acting between the act and the trouble
 * (您寄回的时候快递摔坏了).
 */
export function narratedAct(ctx: LintContext, at: number, bad = false): Span | undefined {
  const t = ctx.text
  const from = sentenceStart(t, at)
  // bl34: called normal, the trouble may be any bad outcome (…，变味很正常, …，狗狗拉肚子很正常; sets u, fb).
  const outcomes = bad ? wordsWithin(t, BAD_OUTCOME, from, at) : []
  // Most refusals have no trouble named before them: one look for the sentence before any per-customer reading.
  if (!ctx.hasCue('trouble', from, at) && !ctx.hasCue('damaged', from, at) && !outcomes.length) return undefined
  let found: Span | undefined
  let settles: boolean | undefined
  for (const c of cuesWithin(ctx, 'customer', from, at)) {
    if (!customerAt(ctx, c[0]) || t[c[1]] === DE || wordFrom(t, NOT_NARRATED, c[1]) > 0) continue
    // 您要的演唱会票…现在看不到是正常的: 您 + a verb + 的 names a thing of theirs, not an act.
    // mend30: …also with a fresh start between (您刚收到的新鞋, 您新买的).
    const fresh = bad ? wordFrom(t, FRESH_START, c[1]) : -1
    const verb = fresh > 0 ? fresh : c[1]
    // blame40: …but 您 + a verb + 的是 predicates what they did (收件人您写的是网名，快递员找不到人很正常; 您填的是旧地址…).
    if (bad && ((t[verb + 1] === DE && !(t[verb + 2] === SHI && ENTERED.has(t[verb]!))) || (fresh > 0 && wordFrom(t, NOT_NARRATED, verb) > 0))) continue
    // 您还没付款，订单关闭是正常的: a step not yet taken is a state; only a pointed omission (pointedOmission) is laid on them.
    if (bad && (NEGATION.has(t[c[1]]!) || (STILL_ETC.has(t[c[1]]!) && NEGATION.has(t[c[1] + 1] ?? '')))) continue
    const trouble = [...cuesWithin(ctx, 'trouble', c[1] + 1, at), ...cuesWithin(ctx, 'damaged', c[1] + 1, at), ...outcomes.filter(([s]) => s > c[1])].sort((a, b) => a[0] - b[0])[0]
    if (!trouble) continue
    // blame40: the courier who then could not find or reach the buyer (您写的是网名，快递员找不到人) suffers the trouble, it does not act between.
    const reach = REACH_FAILED.some((w) => t.startsWith(w, trouble[0]))
    if (!reach && (ctx.hasCue('shop', c[1], trouble[0]) || ctx.hasCue('third', c[1], trouble[0]))) continue
    if (hasWordWithin(t, FOUND, c[1], trouble[0])) continue
    // mend30: 您刚换了新环境，猫咪拉肚子很正常，过几天就好了 — a fresh start and the trouble settling later reassure.
    // (The settling is looked for once, in the clause after the word's own.)
    if (fresh > 0 && (settles ??= settlesNext(t, at))) continue
    found = c
  }
  return found
}

/**
 * 您要是早点说，就不会发错了: a condition about the past with the customer as subject and an
 * avoided trouble as result. Not advice about next time (下次您提前说，我们就不会…), not
 * 您要是着急可以选顺丰 (no avoided trouble), not the shop's own regret (如果我们早点发货…).
 */
export const counterfactual: Judge = (f, ctx) => {
  const t = ctx.text
  const from = sentenceStart(t, f.start)
  // bl23: only a future mark up to the consequence makes it a plan (下次您提前说，我们就不会发错了); after it, 后面这些麻烦
  // is what followed, and a closing lecture (…就不会被挤掉了，下次记得…) is a second reproach, not a plan.
  if (ctx.hasCue('futureMark', from, f.start) || isQuestion(t, f.start, f.end)) return null
  // blame42: knowing or seeing it would have followed (…看一下评价区就知道了, 当时问一下就清楚了): hindsight on what the buyer should
  // have looked up — only with the buyer's own past moment before it (下单前, 买之前, 当时); then with no 要是 either.
  if (hasWordWithin(t, KNOWN_THEN, f.start, f.end)) return hindsight(f, ctx, from)
  // 你早点说没电梯就好了: with no 要是, the customer followed right by 早点 / 提前 is the condition.
  const cond = cuesWithin(ctx, 'ifPast', from, f.start).at(-1) ?? earlyCustomer(ctx, from, f.start)
  if (!cond) return null
  // The customer is the subject of the condition: 您要是… or 要是您… (如果我们早点发货 is the shop).
  // 您签收时要是… puts a time between the customer and 要是.
  const subject = firstSubject(ctx, Math.max(from, cond[0] - 8), clauseEnd(t, cond[1]))
  if (subject.who !== 'customer' || !subject.span) return null
  const past = cuesWithin(ctx, 'pastMark', subject.span[1], f.start)
  // lead37 (BT: 车厘子到了很多烂的 → 您要是第一时间去取件就不会坏了; 衣服太大了 → 您要是按我们推荐的尺码买就不会大了): in answer to the
  // buyer's complaint, "had you done X, it would not have Y-ed" needs no mark of the past — the complaint is the past, and the
  // avoided result closing on 了 is the trouble they reported. (Without a complaint, 您要是用这款就不会过敏了 is a sales claim.)
  const complaintAnswered = !past.length && AVOIDED.has(t.slice(f.start, f.end)) && troubleReported(ctx) && settledResult(ctx, f.end)
  if (!past.length && !complaintAnswered) return null
  // 就好了 / 不至于 / 就没事了 carry the avoided trouble in themselves; 就不会 / 也不会 need
  // it after them (发错, 这样, 坏…).
  const wistful = hasWordWithin(t, WISTFUL, f.start, f.end)
  // 您要是早点说就好了，我们马上帮您处理: a wish followed by help moves on; it does not blame.
  if (wistful && helpAfter(ctx, f.end)) return null
  if (!wistful && !hasWordWithin(t, REGRET, f.start, f.end)) {
    const end = Math.min(clauseEnd(t, f.end), f.end + 8)
    // bl29: a condition set at the time (当时 / 当初) whose result closes on 了 is past for sure: whatever it names was
    // avoidable (如果您当时有先确认型号，就不会买到不兼容的滤网了; 您当时要是选了送装一体，现在就不用自己找人装了; sets at, ad).
    // (如果您当时已经付款了，就不会再扣款了 supposes what may have happened: 已 in the condition keeps it open.)
    const settled = past.some(([s, e]) => FIRM_PAST.has(t.slice(s, e))) && !t.slice(cond[0], f.start).includes(ALREADY_CHAR) && settledResult(ctx, f.end)
    if (!settled && !complaintAnswered && !badOutcomeAfter(ctx, f.end) && !hasWordWithin(t, THIS_TROUBLE, f.end, end)) return null
  }
  const start = Math.min(subject.span[0], cond[0])
  const lastCue = past[0]?.[1] ?? cond[1]
  const end = Math.min(trimmedClauseEnd(ctx, lastCue, 10), f.start)
  return widened(graded(f, wistful ? 'warning' : f.severity), start, Math.max(end, lastCue))
}

const KNOWN_THEN = words('knownThen')
const HINDSIGHT_HEAD = words('hindsightHead')
/**
 * blame42: 其实您在下单前看一下评价区就知道了 / 您要是买之前问一下客服就清楚了 / 当时看一眼尺码表就明白了: the buyer, their own past
 * moment (cue pastFrame), then knowing or seeing it (words knownThen). The moment is past for sure
 * with a condition (要是…), a hindsight head (其实, 本来), a firm moment (当时, 当初) or in answer to a complaint; not advice (建议您下单前
 * 看一下就知道了), a plan (下次), asked, nor 您要是不放心，看一下报告就知道了 (no past moment: what to do now).
 */
function hindsight(f: Parameters<Judge>[0], ctx: LintContext, from: number): ReturnType<Judge> {
  const t = ctx.text
  const subject = firstSubject(ctx, from, f.start)
  if (subject.who !== 'customer' || !subject.span) return null
  const frame = cuesWithin(ctx, 'pastFrame', subject.span[1], f.start)[0]
  if (!frame) return null
  if (ctx.hasCue('adviceCue', from, f.start) || ctx.hasCue('polite', from, f.start) || helpAfter(ctx, f.end)) return null
  const cond = cuesWithin(ctx, 'ifPast', from, f.start).length > 0
  const firm = FIRM_PAST.has(t.slice(frame[0], frame[1])) || hasWordWithin(t, HINDSIGHT_HEAD, from, subject.span[0])
  if (!cond && !firm && !troubleReported(ctx)) return null
  return widened(graded(f, 'warning'), Math.min(subject.span[0], frame[0]), f.end)
}

const EARLY = new Set(norm(['早点', '早些', '提前', '早']))
/** The consequence forms that name an avoided trouble after them (not 就好了, 就不用, 现在只能). */
const AVOIDED = new Set(norm(['就不会', '也不会', '也就不会', '就不至于', '也不至于']))
const FIRM_PAST = new Set(norm(['当时', '当初']))
const LE_CHAR = normalizePhraseChar('了')
const ALREADY_CHAR = normalizePhraseChar('已')
/** The result's clause closes on 了 and neither help nor an offer follows: what was avoidable is told as done, not planned. */
function settledResult(ctx: LintContext, at: number): boolean {
  return closesWithLe(ctx.text, at) && !helpAfter(ctx, at) && !ctx.hasCue('offer', at, ctx.text.length)
}
/** The clause of `at` closes on 了 (…就不会买错了，): a settled result, not a plan. */
export function closesWithLe(t: string, at: number): boolean {
  let e = clauseEnd(t, at)
  while (e > at && /[\s~啊呀哦呢嘛的]/.test(t[e - 1] ?? '')) e--
  return t[e - 1] === LE_CHAR
}
/** 你早点说… / 您提前告诉…: the customer, then 早点 / 提前 right after, as the first subject in [from, to). */
function earlyCustomer(ctx: LintContext, from: number, to: number): Span | undefined {
  const { who, span } = firstSubject(ctx, from, to)
  if (who !== 'customer' || !span) return undefined
  const early = cuesWithin(ctx, 'pastMark', span[1], Math.min(to, span[1] + 3)).some(([s, e]) => s === span[1] && EARLY.has(ctx.text.slice(s, e)))
  return early ? span : undefined
}

/** The first subject marker in [from, to): the customer's or the shop's. */
function firstSubject(ctx: LintContext, from: number, to: number): { who: 'customer' | 'shop' | undefined; span?: Span } {
  const shop = cuesWithin(ctx, 'shop', from, to)[0]
  const customer = cuesWithin(ctx, 'customer', from, to).find(([s]) => customerAt(ctx, s))
  if (customer && (!shop || customer[0] < shop[0])) return { who: 'customer', span: customer }
  return shop ? { who: 'shop', span: shop } : { who: undefined }
}

/**
 * Who speaks before `at` in the sentence: the agent (我 / 我们 / 客服) or nobody named, and
 * not a third party (快递都说了…) nor the customer (您都说了不要了).
 */
export function agentOrNobody(ctx: LintContext, at: number): boolean {
  const from = sentenceStart(ctx.text, at)
  const { who, span } = nearestSubject(ctx, from, at)
  if (who === 'customer') return false
  const third = cuesWithin(ctx, 'third', from, at).at(-1)
  return !third || (span !== undefined && span[0] > third[0] && !cuesWithin(ctx, 'third', span[0], span[1]).length)
}

/** The agent or nobody tells in the clause of `at`: not the buyer (您跟我说过), nor a third party (快递员跟您说过). */
export function clauseSpeaker(ctx: LintContext, at: number): boolean {
  const cs = clauseStart(ctx.text, at)
  return nearestSubject(ctx, cs, at).who !== 'customer' && !ctx.hasCue('third', cs, at)
}
