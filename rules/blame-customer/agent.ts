/**
 * What the cause judges share: the span a judge wants (widened, wantedSpan), the customer as the agent of an act
 * (agentBefore, carriedAgent, cleftedAgent, cleftAt), what follows the act (badOutcomeAfter, blamedResult, causeEnd), a
 * guess presumed with 吧 (presumed), others named as the ones acting (othersNamed), and help or an offer after it
 * (helpAfter, offeredAfter).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { type Span, chars, customerAt, laterInSentence, nearestSubject, norm, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, hasWordWithin, wordFrom, wordTo, words, wordsWithin } from './words.js'
import { isHanAt } from '../../src/vocab/chars.js'

export const NOT_CLEFT = words('notCleft')
const NOT_RESULT = words('notResult')
export const NOT_ACT = words('notAct')
const FINE = words('fine')
export const POINTED_GAP = words('pointedGap')
export const CAI = normalizePhraseChar('才')
export const GENERIC = words('generic')
export const CAUSE_CLEFT = words('causeCleft')

export type Judge = (f: Finding, ctx: LintContext) => Finding | null

/**
 * The span a cause judge wants to report (是您自己没在规定时间内申请售后). The finding keeps
 * its anchor span until finalize, because the engine drops a hit inside a longer hit of the
 * same rule first, and a context-built span must never swallow a lexicon phrase.
 */
const wanted = new WeakMap<Finding, Span>()

export function widened(f: Finding, start: number, end: number): Finding {
  const out = { ...f }
  wanted.set(out, [start, end])
  return out
}

/** The span a finding of a cause judge asks for (its own span otherwise). */
export const wantedSpan = (f: Finding): Span => wanted.get(f) ?? [f.start, f.end]

/** How far before 没 / 不 the customer may stand (您当时又没, 您下单时没, 您是不是睡觉洗澡都没). */
export const AGENT_REACH = 10
export const NEGATION = chars('没不未')
/** 还没 / 都没 / 也没: an adverb before the negation. */
export const STILL_ETC = chars('还都也')
export const HAVE = normalizePhraseChar('有')
export const DE = normalizePhraseChar('的')
export const SHI = normalizePhraseChar('是')
export const PAST = normalizePhraseChar('过')
const TIME = norm(['的时候'])
export const SELF = norm(['自己'])[0]!

export function normalizePhraseChar(c: string): string {
  return [...chars(c)][0]!
}

/** 您的订单没…, 您拍的链接没有…: a 的 between makes a thing the subject (的时候 is a time). */
function ownsAThing(gap: string): boolean {
  const i = gap.indexOf(DE)
  return i >= 0 && !TIME.some((w) => gap.startsWith(w, i))
}

/** The customer as agent of the act at `at`: the nearest subject, close by, in the same clause. */
export function agentBefore(ctx: LintContext, at: number, reach = AGENT_REACH, possessive = false): Span | undefined {
  const from = Math.max(clauseStart(ctx.text, at), at - reach)
  if (!ctx.hasCue('customer', from, at)) return undefined
  const { who, span } = nearestSubject(ctx, from, at)
  if (who !== 'customer' || !span) return undefined
  return !possessive && ownsAThing(ctx.text.slice(span[1], at)) ? undefined : span
}

/** A comma, the only clause break a subject is carried across. */
const COMMA = chars('，,、')
export const DE_CHAR = norm(['的'])[0]!
/**
 * 您头皮本身就敏感，用之前也没做测试: a clause with nobody of its own before `at` takes the customer who opens
 * the clause before it, across one comma in the same sentence (bo15, ANALYSIS-U change 1). Only the customer as
 * the head of that clause (您 + a noun or verb, not 您的X: 您的快递到了，没取件… names a thing), and nobody
 * else named between.
 */
export function carriedAgent(ctx: LintContext, at: number): Span | undefined {
  const t = ctx.text
  const cs = clauseStart(t, at)
  let k = cs - 1
  while (k >= 0 && /\s/.test(t[k]!)) k--
  if (k <= 0 || !COMMA.has(t[k]!) || sentenceStart(t, at) > k) return undefined
  if (nearestSubject(ctx, cs, at).who !== undefined || othersNamed(ctx, cs, at) || ctx.hasCue('third', cs, at)) return undefined
  const ps = clauseStart(t, k)
  const first = cuesWithin(ctx, 'customer', ps, k)[0]
  if (!first || first[0] - ps > 1 || !customerAt(ctx, first[0]) || t[first[1]] === DE_CHAR) return undefined
  const { who } = nearestSubject(ctx, ps, k)
  if (who !== 'customer' || othersNamed(ctx, ps, k) || ctx.hasCue('third', ps, k)) return undefined
  return first
}

/** 肯定是你没看到: the customer, clefted, is the agent of the act at `at`. */
export function cleftedAgent(ctx: LintContext, at: number): boolean {
  const agent = agentBefore(ctx, at)
  return agent !== undefined && cleftAt(ctx, agent[0])
}

/** The start of the sentence before the one holding `at` (包放了半年发霉？那是您家太潮了). */
export function previousSentenceStart(t: string, at: number): number {
  const s0 = sentenceStart(t, at)
  return s0 > 0 ? sentenceStart(t, s0 - 1) : s0
}

/** 是您没领券 / 就是您自己…: a cleft puts the customer in focus as the cause. */
export function cleftAt(ctx: LintContext, customerStart: number): boolean {
  return ctx.text[customerStart - 1] === SHI && wordTo(ctx.text, NOT_CLEFT, customerStart) < 0
}

/**
 * A bad outcome right after a result word: 才关闭, 当然会烧, 所以联系不上 (not 才能退款). `afterAct`: the act was done its own
 * way, so hardness (直接嚼当然硬) counts too.
 */
export function badOutcomeAfter(ctx: LintContext, at: number, afterAct = false): boolean {
  const t = ctx.text
  if (wordFrom(t, NOT_RESULT, at) > 0) return false
  const end = Math.min(clauseEnd(ctx.text, at), at + 8)
  const fine = wordsWithin(t, FINE, at, end + 4)
  // 当然没问题 / 当然也不会坏: a bad word inside a fine one does not count.
  const bad = ([s]: readonly [number, number]) => !fine.some(([a, b]) => a <= s && s < b)
  return wordsWithin(t, BAD_OUTCOME, at, end).some(bad) || (afterAct && wordsWithin(t, HARD_AFTER_ACT, at, end).some(bad)) || cannotReach(t, at, end)
}
const BU_CHAR = normalizePhraseChar('不')
const COMPLEMENT = words('potentialComplement')
const NOT_VERB_BEFORE_BU = words('notVerbBeforeBu')
/**
 * bl35: any verb + 不 + a result or direction complement (打印不出来, 抽不上来, 夹不住, 扣不牢, 调不准): the act could not reach its
 * result — a bad outcome whatever the verb, so the list `badOutcome` need not hold every V不C an author writes (sets bg, bc).
 * Not after a modal or an adverb (当然不出来 has no verb; 会不出…, 也不上…), and not a fine state (`fine`: 不会有问题).
 */
function cannotReach(t: string, at: number, end: number): boolean {
  // A walk over the window, not indexOf: a reply with no 不 after `at` would be searched to its end for every finding.
  for (let i = at + 1; i < end; i++) {
    if (t[i] !== BU_CHAR || !isHanAt(t, i - 1) || wordTo(t, NOT_VERB_BEFORE_BU, i) >= 0) continue
    if (wordFrom(t, COMPLEMENT, i + 1) > 0) return true
  }
  return false
}
const HARD_AFTER_ACT = words('hardAfterAct')
const MILD_RESULT = words('mildResult')
export const SETTLES_LATER = words('settlesLater')
/** After "of course": a mild degree (当然会有点硬) or, later in the sentence, a remedy or "normal" (穿几天就软了): the goods explained. */
export function explainsGoods(t: string, at: number): boolean {
  const ce = clauseEnd(t, at)
  return hasWordWithin(t, MILD_RESULT, at, Math.min(ce, at + 6)) || hasWordWithin(t, SETTLES_LATER, ce, sentenceEnd(t, at))
}

/**
 * Whether the rest of the sentence after `from` makes the customer's act the reason for
 * trouble: a refusal or deflection (我们没法处理, 我们怎么知道, 不是我们多收了), or a result
 * word with a bad outcome. `strong` causes (pointed, clefted) accept any result word
 * (所以联系不上您); plain ones only those that attribute (才, 当然, 导致…).
 */
export function blamedResult(ctx: LintContext, from: number, strong: boolean): boolean {
  const end = sentenceEnd(ctx.text, from)
  // 您没按说明分装，口感变差也是正常的: the trouble called normal after the customer's act.
  if (ctx.hasCue('denial', from, end) || ctx.hasCue('normalTrouble', from, end)) return true
  for (const [, e] of cuesWithin(ctx, strong ? 'consequence' : 'strongConsequence', from, end)) {
    if (badOutcomeAfter(ctx, e)) return true
  }
  return false
}

/** The end of the cause clause, before any result word in it (是你自己没发货 | 才耽误了). */
export function causeEnd(ctx: LintContext, from: number, cap: number): number {
  const end = trimmedClauseEnd(ctx, from, cap)
  const result = cuesWithin(ctx, 'consequence', from + 1, end)[0] ?? cuesWithin(ctx, 'denial', from + 1, end)[0]
  return result ? trimmedClauseEnd(ctx, from, result[0] - from) : end
}

/** …没翻面吧，这面料…: 吧 closing the clause of `at` (not the sentence) presumes it as well. */
export function clausePresumed(t: string, at: number): boolean {
  let e = clauseEnd(t, at)
  while (e > at && /[\s~]/.test(t[e - 1] ?? '')) e--
  return t[e - 1] === BA
}

/** 您这是没仔细读规则吧？: 吧 presumes the answer, so the sentence asserts more than it asks. */
export function presumed(t: string, at: number): boolean {
  let e = sentenceEnd(t, at)
  while (e > at && /[?\s~]/.test(t[e - 1] ?? '')) e--
  return t[e - 1] === BA
}
const BA = normalizePhraseChar('吧')

/** Help or a request after `from` in the sentence: then a plain fact explains, it does not blame. */
/** Help after `from` in its sentence; bl36: not help refused right before it (非常抱歉无法补发: the refusal touching it). */
export const helpAfter = (ctx: LintContext, from: number) => {
  if (!laterInSentence(ctx, 'help', from)) return false
  const end = sentenceEnd(ctx.text, from)
  const refusals = cuesWithin(ctx, 'sorryRefusal', from, end)
  // bl37: 请您谅解 / 请您理解 closing a formal cause pleads for pardon; its 请您 offers nothing.
  const helps = cuesWithin(ctx, 'help', from, end).filter(([s]) => wordFrom(ctx.text, PARDON_ASKED, s) < 0)
  // …and help named inside a refusal a few characters on (没办法给您补发: 补发 is what is refused) is no help either.
  return helps.some(([s]) => !refusals.some(([, e]) => s >= e && s - e <= REFUSED_HELP_REACH && !/[，。！？,.!?;；\s]/.test(ctx.text.slice(e, s))))
}
const PARDON_ASKED = words('pardonAsked')
/** How far after a refusal (没办法 | 给您补发) the help it refuses may stand. */
const REFUSED_HELP_REACH = 4
export const SELF_SERVICE = words('selfService')
export const CHOOSE = words('choose')
export const ACT_MOMENT = words('actMoment')

/** Someone else as the one who left it out: a courier, a platform, other buyers (很多买家没看清楚就拍了). */
export const othersNamed = (ctx: LintContext, from: number, to: number) =>
  // 拿到快递没拆开看: the parcel received is the buyer's moment, not the courier acting.
  cuesWithin(ctx, 'thirdParty', from, to).some(([s]) => wordTo(ctx.text, ACT_MOMENT, s) < 0) || ctx.hasCue('others', from, to)

/**
 * 是您自己要拍的 / 是您自己把包装拆坏的 / 是您自己填的手机号少了一位，所以…: a cleft on 自己
 * is blame when it closes with 的 (it was you who did it) or leads to a bad outcome; a plain
 * cleft (是您填的地址不全，所以快递才退回) only in the second case. Not 是您自己用还是送人？,
 * 如果是您自己穿, 是您自己的订单, 这个是您要的颜色.
 */
export const LE = '了'

/** 没办法给您退 / 不能为您换: 给您 / 为您 right after a refusal offers nothing. */
const REFUSED_REACH = 3
/** Whether every help cue in [from, to) is the object of a refusal just before it (我们没办法给您退). */
export function refusedHelpOnly(ctx: LintContext, from: number, to: number): boolean {
  const refusals = cuesWithin(ctx, 'denial', from, to)
  return cuesWithin(ctx, 'help', from, to).every(([s]) => refusals.some(([, e]) => e <= s && s - e <= REFUSED_REACH))
}

/** An offer (or help) after `from` that is not the object of a refusal just before it (这个我们没办法给您退). */
export function offeredAfter(ctx: LintContext, from: number, cue: 'offer' | 'help' = 'offer'): boolean {
  const refusals = cuesWithin(ctx, 'denial', from, ctx.text.length)
  return cuesWithin(ctx, cue, from, ctx.text.length).some(([s]) => !refusals.some(([, e]) => e <= s && s - e <= REFUSED_REACH))
}
