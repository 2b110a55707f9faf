import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cueTo, cuesWithin } from '../../src/context/cues.js'
import { isAsked } from '../../src/context/text.js'
import {
  type Span,
  answersComplaint,
  apologised,
  before,
  chars,
  customerAt,
  graded,
  HABIT_CONDITION,
  hypothetical,
  inSentence,
  sorryInSentence,
  laterInSentence,
  nearestSubject,
  negated,
  norm,
  reassured,
  trimmedClauseEnd,
} from './context.js'
import { BAD_OUTCOME, CHOSE, hasWordWithin, wordFrom, wordTo, words, wordsWithin } from './words.js'
import { CLAUSE_TAIL as CLAUSE_TAIL_CHARS, isHanAt } from '../../src/vocab/chars.js'
import { classWords } from '../../src/vocab/index.js'
import { QUESTION_TAIL, toldPressedOnBuyer } from '../shared/told.js'

const NOT_CLEFT = words('notCleft')
const NOT_RESULT = words('notResult')
const NOT_ACT = words('notAct')
const FINE = words('fine')
const POINTED_GAP = words('pointedGap')
const RHETORICAL_GAP = words('rhetoricalGap')
const FORMAL_CAUSE = words('formalCause')
const NO_OUTCOME = words('noOutcome')
const CAI = normalizePhraseChar('才')
const PURPOSE = words('purpose')
const GENERIC = words('generic')
const WISTFUL = words('wistful')
const REGRET = words('regret')
const THIS_TROUBLE = words('thisTrouble')
const CAUSATIVE = words('causative')
const ON_BEHALF = words('onBehalf')
const REPORTED = words('reported')
const THEIRS = words('theirs')
const CAUSE_CLEFT = words('causeCleft')
const CHAT_CLOSED = words('chatClosed')

/**
 * Blame by cause and consequence: the customer is made the agent of the problem
 * (是您自己没在规定时间内申请，系统才关闭的; 您没领券，价格才不一样; 您要是早点说就不会发错了;
 * 您直接寄回来我们没法处理) rather than named with a fixed phrase. Each judge reads one
 * sentence around its anchor; the cues it needs are listed in lexicon.yaml.
 */
type Judge = (f: Finding, ctx: LintContext) => Finding | null

/**
 * The span a cause judge wants to report (是您自己没在规定时间内申请售后). The finding keeps
 * its anchor span until finalize, because the engine drops a hit inside a longer hit of the
 * same rule first, and a context-built span must never swallow a lexicon phrase.
 */
const wanted = new WeakMap<Finding, Span>()

function widened(f: Finding, start: number, end: number): Finding {
  const out = { ...f }
  wanted.set(out, [start, end])
  return out
}

/** The span a finding of a cause judge asks for (its own span otherwise). */
export const wantedSpan = (f: Finding): Span => wanted.get(f) ?? [f.start, f.end]

/** How far before 没 / 不 the customer may stand (您当时又没, 您下单时没, 您是不是睡觉洗澡都没). */
const AGENT_REACH = 10
const NEGATION = chars('没不未')
/** 还没 / 都没 / 也没: an adverb before the negation. */
const STILL_ETC = chars('还都也')
const HAVE = normalizePhraseChar('有')
const DE = normalizePhraseChar('的')
const SHI = normalizePhraseChar('是')
const PAST = normalizePhraseChar('过')
const TIME = norm(['的时候'])
const SELF = norm(['自己'])[0]!

function normalizePhraseChar(c: string): string {
  return [...chars(c)][0]!
}

/** 您的订单没…, 您拍的链接没有…: a 的 between makes a thing the subject (的时候 is a time). */
function ownsAThing(gap: string): boolean {
  const i = gap.indexOf(DE)
  return i >= 0 && !TIME.some((w) => gap.startsWith(w, i))
}

/** The customer as agent of the act at `at`: the nearest subject, close by, in the same clause. */
function agentBefore(ctx: LintContext, at: number, reach = AGENT_REACH, possessive = false): Span | undefined {
  const from = Math.max(clauseStart(ctx.text, at), at - reach)
  if (!ctx.hasCue('customer', from, at)) return undefined
  const { who, span } = nearestSubject(ctx, from, at)
  if (who !== 'customer' || !span) return undefined
  return !possessive && ownsAThing(ctx.text.slice(span[1], at)) ? undefined : span
}

/** A comma, the only clause break a subject is carried across. */
const COMMA = chars('，,、')
const DE_CHAR = norm(['的'])[0]!
/**
 * 您头皮本身就敏感，用之前也没做测试: a clause with nobody of its own before `at` takes the customer who opens
 * the clause before it, across one comma in the same sentence (bo15, ANALYSIS-U change 1). Only the customer as
 * the head of that clause (您 + a noun or verb, not 您的X: 您的快递到了，没取件… names a thing), and nobody
 * else named between.
 */
function carriedAgent(ctx: LintContext, at: number): Span | undefined {
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
function previousSentenceStart(t: string, at: number): number {
  const s0 = sentenceStart(t, at)
  return s0 > 0 ? sentenceStart(t, s0 - 1) : s0
}

/** 是您没领券 / 就是您自己…: a cleft puts the customer in focus as the cause. */
function cleftAt(ctx: LintContext, customerStart: number): boolean {
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
const SETTLES_LATER = words('settlesLater')
/** After "of course": a mild degree (当然会有点硬) or, later in the sentence, a remedy or "normal" (穿几天就软了): the goods explained. */
function explainsGoods(t: string, at: number): boolean {
  const ce = clauseEnd(t, at)
  return hasWordWithin(t, MILD_RESULT, at, Math.min(ce, at + 6)) || hasWordWithin(t, SETTLES_LATER, ce, sentenceEnd(t, at))
}

/**
 * Whether the rest of the sentence after `from` makes the customer's act the reason for
 * trouble: a refusal or deflection (我们没法处理, 我们怎么知道, 不是我们多收了), or a result
 * word with a bad outcome. `strong` causes (pointed, clefted) accept any result word
 * (所以联系不上您); plain ones only those that attribute (才, 当然, 导致…).
 */
function blamedResult(ctx: LintContext, from: number, strong: boolean): boolean {
  const end = sentenceEnd(ctx.text, from)
  // 您没按说明分装，口感变差也是正常的: the trouble called normal after the customer's act.
  if (ctx.hasCue('denial', from, end) || ctx.hasCue('normalTrouble', from, end)) return true
  for (const [, e] of cuesWithin(ctx, strong ? 'consequence' : 'strongConsequence', from, end)) {
    if (badOutcomeAfter(ctx, e)) return true
  }
  return false
}

/** The end of the cause clause, before any result word in it (是你自己没发货 | 才耽误了). */
function causeEnd(ctx: LintContext, from: number, cap: number): number {
  const end = trimmedClauseEnd(ctx, from, cap)
  const result = cuesWithin(ctx, 'consequence', from + 1, end)[0] ?? cuesWithin(ctx, 'denial', from + 1, end)[0]
  return result ? trimmedClauseEnd(ctx, from, result[0] - from) : end
}

/** …没翻面吧，这面料…: 吧 closing the clause of `at` (not the sentence) presumes it as well. */
function clausePresumed(t: string, at: number): boolean {
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
const helpAfter = (ctx: LintContext, from: number) => {
  if (!laterInSentence(ctx, 'help', from)) return false
  const end = sentenceEnd(ctx.text, from)
  const refusals = cuesWithin(ctx, 'sorryRefusal', from, end)
  return !refusals.length || cuesWithin(ctx, 'help', from, end).some(([s]) => !refusals.some(([, e]) => e === s))
}

/**
 * 是您自己没在规定时间内申请 / 您当时又没备注 / 是您不会用 / 您没领券，价格才不一样.
 * The anchor is the negation; the customer must be its agent a few characters before.
 * Pointed forms (自己, 当时, 又, a cleft 是您…, a past frame 买的时候) blame on their own;
 * a plain 您没… only when the sentence makes it the cause of trouble.
 */
const omit: Judge = (f, ctx) => {
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
  if (hypothetical(ctx, f) || reassured(ctx, f) || negated(ctx, agent[0]) || apologised(ctx, f)) return null
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
    const rhetorical = hasWordWithin(t, RHETORICAL_GAP, sentenceStart(t, agent[0]), f.start)
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
    const formal = wordTo(t, FORMAL_CAUSE, agent[0]) >= 0 && hasWordWithin(t, BAD_OUTCOME, f.end, rest) && !hasWordWithin(t, CHAT_CLOSED, f.end, rest)
    // bl22: help is read after the omitted act, not inside it (您没有马上冷藏才会坏的: 马上 is how it should have been done).
    if (!(formal || blamedResult(ctx, f.end, false)) || helpAfter(ctx, causeEnd(ctx, f.end, 12))) return actedWithout(f, ctx, agent)
    severity = 'warning'
  }
  const start = cleft ? agent[0] - 1 : agent[0]
  return widened(graded(f, severity), start, causeEnd(ctx, f.end, 12))
}

/** How far after the negated verb its 的 may stand (没有吃完的食物). */
const RELATIVE_REACH = 6
const FAULT_NOUN = words('faultNoun')
const SELF_SERVICE = words('selfService')
const CHOOSE = words('choose')
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
const ACT_MOMENT = words('actMoment')
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

/** Someone else as the one who left it out: a courier, a platform, other buyers (很多买家没看清楚就拍了). */
const othersNamed = (ctx: LintContext, from: number, to: number) =>
  // 拿到快递没拆开看: the parcel received is the buyer's moment, not the courier acting.
  cuesWithin(ctx, 'thirdParty', from, to).some(([s]) => wordTo(ctx.text, ACT_MOMENT, s) < 0) || ctx.hasCue('others', from, to)

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
const evenNot: Judge = (f, ctx) => {
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
const heedless: Judge = (f, ctx) => {
  const t = ctx.text
  if (subjectBefore2(ctx, f.start) === 'shop' || hypothetical(ctx, f) || negated(ctx, f.start)) return null
  return graded(f, 'warning')
}
const subjectBefore2 = (ctx: LintContext, at: number) => nearestSubject(ctx, sentenceStart(ctx.text, at), at).who

/** 一定是 / 八成是 / 应该是 + a cause: a guess at the cause (class guess.cause), also read by absolute-promise as no promise. */
export const GUESS_HEADS = norm(classWords('guess.cause', 'rules/blame-customer/cause.ts'))
/** bc27: 确实是 / 主要是 / 是因为 + a cause: the cause asserted rather than guessed (class cause.asserted). */
export const ASSERT_HEADS = norm(classWords('cause.asserted', 'rules/blame-customer/cause.ts'))
const VERDICT_HEAD = [...norm(['这是', '这个是', '这属于', '这个属于', '就是', '都是', '属于', '是', '系', '主要是']), ...GUESS_HEADS]
const VERDICT_LEAD = norm(['', '这', '这个', '这种', '这种情况', '这个情况', '这种问题', '这个问题', '一般', '基本', '基本上', '都', '您', '你', '您这', '你这', '您这个', '你这个', '您这边', '您的', '你的', '是您', '是你'])
const GENERAL = norm(['会', '可能', '容易', '也会', '就会', '都会', '导致', '影响'])

/**
 * 储存方式的问题 (answering 牛肉好多冰渣) / 这种情况是保存方法不对 / 是您清洗方式有问题: the buyer's handling named as the
 * problem. Judged of this case (a copula or a hedge with only a demonstrative or the buyer before it) or the whole
 * answer to a complaint; with the buyer named, an error. Not the shop's or a third party's handling, a condition,
 * what such handling leads to in general, denied, or with help after.
 */
const handlingFault: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const who = nearestSubject(ctx, cs, f.start).who
  if (who === 'shop' || othersNamed(ctx, cs, f.start) || ctx.hasCue('third', cs, f.start)) return null
  if (hypothetical(ctx, f) || negated(ctx, f.start) || reassured(ctx, f) || apologised(ctx, f)) return null
  if (GENERAL.some((w) => t.startsWith(w, f.end))) return null
  const head = t.slice(cs, f.start).replace(/[\s~]/g, '')
  const copula = VERDICT_HEAD.filter((w) => head.endsWith(w)).sort((a, b) => b.length - a.length)[0]
  // …or the buyer alone before it (是您清洗方式有问题, 您的保存方法不对).
  const judged = (copula !== undefined && VERDICT_LEAD.includes(head.slice(0, head.length - copula.length))) || (who === 'customer' && VERDICT_LEAD.includes(head))
  // The whole answer to what the buyer said (a complaint or a why): the problem named is theirs.
  const whole = head === '' && trimmedClauseEnd(ctx, f.end, 4) <= f.end + 2 && ctx.previous !== undefined
  if (!(judged || whole)) return null
  if (helpAfter(ctx, f.end) || ctx.hasCue('offer', f.end, sentenceEnd(t, f.end))) return null
  const named = who === 'customer'
  return widened(graded(f, named ? 'error' : 'warning'), cs, f.end)
}

/**
 * 是您自己要拍的 / 是您自己把包装拆坏的 / 是您自己填的手机号少了一位，所以…: a cleft on 自己
 * is blame when it closes with 的 (it was you who did it) or leads to a bad outcome; a plain
 * cleft (是您填的地址不全，所以快递才退回) only in the second case. Not 是您自己用还是送人？,
 * 如果是您自己穿, 是您自己的订单, 这个是您要的颜色.
 */
const LE = '了'
const JIUSHI = norm(['就是'])[0]!

/** Whether the clause [from, to) ends in 了 before its particles and punctuation (…太多了吧). */
function closedByLe(t: string, from: number, to: number): boolean {
  let k = to
  while (k > from && (/[\s~]/.test(t[k - 1]!) || (CLAUSE_TAIL_CHARS.has(t[k - 1]!) && t[k - 1] !== LE))) k--
  return k > from && t[k - 1] === LE
}

const SELF_GAP = 8
function selfAfterGap(ctx: LintContext, from: number): boolean {
  const t = ctx.text
  const stop = Math.min(clauseEnd(t, from), from + SELF_GAP + SELF.length)
  const at = t.indexOf(SELF, from)
  if (at < 0 || at + SELF.length > stop) return false
  const gap = t.slice(from, at)
  if (gap.includes(DE_CHAR)) return false
  return !ctx.hasCue('shop', from, at) && !othersNamed(ctx, from, at) && !ctx.hasCue('third', from, at) && !ctx.hasCue('customer', from, at)
}

const FAULT_STATE = words('faultState')
const ASSERTING = words('asserting')
const ASSERTING_WEAK = words('assertingWeak')
const WAY_ON_AFTER = words('wayOnAfter')
const NOT_ENOUGH = norm(['不够'])[0]!
const cleft: Judge = (f, ctx) => {
  const t = ctx.text
  const next = t[f.end]
  if (next === undefined || next === DE || NEGATION.has(next)) return null
  // 是您 + 自己…: the longer phrase judges it.
  if (t.startsWith(SELF, f.end)) return null
  // lead22: 是您自己可以下载的: what the buyer can do themselves, explained.
  if (wordFrom(t, SELF_SERVICE, f.end) > 0) return null
  // ap28: 是您选择的 to a buyer who asked which option to take (退回方式选哪个？): the choice is theirs to make, no cause named.
  if (ctx.previous !== undefined && ctx.previousHasCue('askChoice') && wordFrom(t, CHOOSE, f.end) > 0) return null
  // 谁知道是不是您自己碰的: a guess that only looks like a question.
  const lead = ctx.hasCue('guessLead', clauseStart(t, f.start), f.start)
  // 拉链是你拉太用力了吧？ presumes the answer: it asserts.
  // 漏水是你家水管老化了，跟我们…有什么关系？: the question is a later clause's; the cleft's own clause asserts.
  const asked = isQuestion(t, f.start, f.end) && !presumed(t, f.end) && !(closedByLe(t, f.end, clauseEnd(t, f.end)) && clauseEnd(t, f.end) < sentenceEnd(t, f.end))
  if (!lead && (wordTo(t, NOT_CLEFT, f.start + 1) >= 0 || asked)) return null
  // After 谁知道 / 说不定 the 不 (是不是, 不定) is no negation.
  if (hypothetical(ctx, f) || (!lead && negated(ctx, f.start))) return null
  if (apologised(ctx, f) || inSentence(ctx, 'choice', f)) return null
  const hedged = lead || ctx.hasCue('hedge', clauseStart(t, f.start), f.start + 1)
  // 不是我们发错 是您下单选的就是…: the shop's fault denied first.
  const denied = ctx.hasCue('shopDenied', previousSentenceStart(t, f.start), f.start)
  // 应该是您拆箱的时候划到的 / 面霜过敏可能是您自己皮肤太敏感了: a guess that names the customer
  // as the cause of a trouble just named or complained of.
  // 翻新机开机慢是因为您装的软件太多了，手机本身没有问题: the goods defended after it make it the cause too.
  const troubled = ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start) || answersComplaint(ctx) || (hasWordWithin(t, CAUSE_CLEFT, f.start, f.end) && guessDefendedAfter(ctx, f))
  // 是您用的吗 / 是您穿 name who uses it; 大概是您用力过猛拉断的 guesses who broke it, and
  // 发黑是你戴着洗澡造成的 names who caused the trouble. …but 是您穿过的 names what was done to it.
  const purpose = wordFrom(t, PURPOSE, f.end)
  if (purpose > 0 && t[purpose] !== PAST && !hedged && !troubled) return null
  let raw = clauseEnd(t, f.end)
  while (raw > f.end && /[\s~]/.test(t[raw - 1]!)) raw--
  while (raw > f.end && CLAUSE_TAIL_CHARS.has(t[raw - 1]!)) raw--
  // 是您自己要拍的 is a cleft on its own; plain 是您要的颜色 only blames with a bad outcome.
  // 地址是您下单时自己填的: 自己 a short gap after 是您 (≤ 8 characters, no 的, no clause stop, nobody else between)
  // points as the contiguous 是您自己 does (bo15, ANALYSIS-U change 1).
  const self = hasWordWithin(t, POINTED_GAP, f.start, f.end) || selfAfterGap(ctx, f.end)
  // 多肉死了是你浇水太多了 / 是你自己想多了: a cleft closed by 了 states what the customer did as
  // settled, as 的 does.
  const closed = t[raw - 1] === DE || closedByLe(t, f.end, clauseEnd(t, f.end))
  const emphatic = t.slice(f.end, clauseEnd(t, f.end)).includes(JIUSHI)
  // 是您下单选的就是iPhone 13: the span stops before what was chosen.
  const jiushi = t.indexOf(JIUSHI, f.end)
  const end = denied && emphatic && !closed && jiushi > f.end ? jiushi : causeEnd(ctx, f.end, 14)
  // Certainty alone is no blame (肯定也是您挑选过的 compliments): only about a trouble.
  // 开裂是因为您把餐桌摆在暖气旁边: the reason of a trouble named is the customer's act, said outright.
  const becauseForm = hasWordWithin(t, CAUSE_CLEFT, f.start, f.end)
  // 是因为您选的是预售，所以晚几天发: a reason for what happens next, with no trouble named, explains.
  if (becauseForm && !troubled && !denied) return null
  const because = troubled && becauseForm
  // bl33: 那是您夹的位置不对 / 是您家水压太低带不起来 / 肯定是您放的时间不够: the cleft's own clause says what of the buyer's is
  // at fault (class `faultState`), as settled as 的 or 了 would (sets bd, bc, ad, ap).
  // 不够 heading a degree (是您换尿布不够勤) leaves the act to the misuse judge, whose span it is.
  const faulted = wordsWithin(t, FAULT_STATE, f.end, clauseEnd(t, f.end)).some(([a, b]) => t.slice(a, b) !== NOT_ENOUGH || !isHanAt(t, b))
  // mendA29: 那 / 就 only point back; advice or a way on after the cleft (那是您放的时间不够，建议多泡一会儿; …，升级后就能领券了)
  // explains the fact rather than laying it.
  const assertedBy = wordsWithin(t, ASSERTING, Math.max(clauseStart(t, f.start), f.start - 3), f.start)
  const weakOnly = assertedBy.every(([a, b]) => wordFrom(t, ASSERTING_WEAK, a) === b)
  const wayOn = () => { const se = sentenceEnd(t, f.end); return ctx.hasCue('adviceCue', f.end, se) || hasWordWithin(t, WAY_ON_AFTER, f.end, se) }
  const asserted = faulted && assertedBy.length > 0 && !(weakOnly && wayOn())
  const guessed = (hedged || troubled || denied || asserted) && (self || closed || because || (denied && emphatic) || faulted) && !helpAfter(ctx, f.end)
  // 颜色是您自己挑的，很好看哦: with no trouble in view, praise after the choice compliments it.
  if (!troubled && !denied && ctx.hasCue('praise', f.end, sentenceEnd(t, clauseEnd(t, f.end) + 1))) return null
  const closesWithDe = self && closed
  if (!closesWithDe && !guessed && !blamedResult(ctx, f.end, true)) return null
  const soft = hedged || presumed(t, f.end) || helpAfter(ctx, f.end)
  return widened(graded(f, soft ? 'warning' : f.severity), f.start, end)
}

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
function guessDefendedAfter(ctx: LintContext, f: { end: number }): boolean {
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
function presumedGuess(f: Finding, ctx: LintContext): Finding | null {
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
const consequence: Judge = (f, ctx) => {
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
  const own = ownActBefore(ctx, f.start, !refusal && ctx.hasCue('strongConsequence', f.start, f.end), !refusal && ofCourseAt(ctx, f))
  // 您放在阳台晒了一个礼拜，生虫了不能算质量问题吧: with no 自己 / 直接, a refusal still lays the trouble
  // narrated after the buyer's plain act at that act (a warning: insinuated, not said).
  const narrated = !own && refusal ? narratedAct(ctx, f.start) : undefined
  const cause = own ?? narrated
  if (!cause || negated(ctx, cause[0])) return null
  if (narrated && helpAfter(ctx, f.end)) return null
  if (narrated) return widened(graded(f, 'warning'), cause[0], causeEnd(ctx, cause[1], Math.min(14, Math.max(1, f.start - cause[1]))))
  const start = cleftAt(ctx, cause[0]) ? cause[0] - 1 : cause[0]
  // The span is the act (您自己用开水烫), up to the result word when it shares the clause.
  return widened(f, start, causeEnd(ctx, cause[1], Math.min(14, Math.max(1, f.start - cause[1]))))
}

const ASK_END = chars('吗么嘛呢')
/** How long a clause after the one of `at` may be and still be a tag on it (对吧？, 是不是？, 是吗？). */
const TAG_REACH = 4
/** bl35: the clause after the one of `at` is the sentence's last and only a tag question on it (…，对吧？ / …，是不是？). */
function tagAsked(t: string, at: number): boolean {
  const ce = clauseEnd(t, at)
  return sentenceEnd(t, at) - ce - 1 <= TAG_REACH
}
/** The clause of `at` asks by its own last word (…还要找我们吗，…), not only the sentence's. */
function clauseAsks(t: string, at: number): boolean {
  let e = clauseEnd(t, at)
  if (t[e] === '?') return true
  while (e > at && /[\s~]/.test(t[e - 1] ?? '')) e--
  return ASK_END.has(t[e - 1] ?? '')
}

const NOT_NARRATED = words('notNarrated')
const RHETORICAL_REFUSAL = words('rhetoricalRefusal')
const FOUND = words('found')
const FRESH_START = words('freshStart')
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
function narratedAct(ctx: LintContext, at: number, bad = false): Span | undefined {
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
    if (bad && (t[verb + 1] === DE || (fresh > 0 && wordFrom(t, NOT_NARRATED, verb) > 0))) continue
    // 您还没付款，订单关闭是正常的: a step not yet taken is a state; only a pointed omission (pointedOmission) is laid on them.
    if (bad && (NEGATION.has(t[c[1]]!) || (STILL_ETC.has(t[c[1]]!) && NEGATION.has(t[c[1] + 1] ?? '')))) continue
    const trouble = [...cuesWithin(ctx, 'trouble', c[1] + 1, at), ...cuesWithin(ctx, 'damaged', c[1] + 1, at), ...outcomes.filter(([s]) => s > c[1])].sort((a, b) => a[0] - b[0])[0]
    if (!trouble) continue
    if (ctx.hasCue('shop', c[1], trouble[0]) || ctx.hasCue('third', c[1], trouble[0]) || hasWordWithin(t, FOUND, c[1], trouble[0])) continue
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
const counterfactual: Judge = (f, ctx) => {
  const t = ctx.text
  const from = sentenceStart(t, f.start)
  // bl23: only a future mark up to the consequence makes it a plan (下次您提前说，我们就不会发错了); after it, 后面这些麻烦
  // is what followed, and a closing lecture (…就不会被挤掉了，下次记得…) is a second reproach, not a plan.
  if (ctx.hasCue('futureMark', from, f.start) || isQuestion(t, f.start, f.end)) return null
  // 你早点说没电梯就好了: with no 要是, the customer followed right by 早点 / 提前 is the condition.
  const cond = cuesWithin(ctx, 'ifPast', from, f.start).at(-1) ?? earlyCustomer(ctx, from, f.start)
  if (!cond) return null
  // The customer is the subject of the condition: 您要是… or 要是您… (如果我们早点发货 is the shop).
  // 您签收时要是… puts a time between the customer and 要是.
  const subject = firstSubject(ctx, Math.max(from, cond[0] - 8), clauseEnd(t, cond[1]))
  if (subject.who !== 'customer' || !subject.span) return null
  const past = cuesWithin(ctx, 'pastMark', subject.span[1], f.start)
  if (!past.length) return null
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
    const settled = past.some(([s, e]) => FIRM_PAST.has(t.slice(s, e))) && closesWithLe(t, f.end) && !t.slice(cond[0], f.start).includes(ALREADY_CHAR) && !helpAfter(ctx, f.end) && !ctx.hasCue('offer', f.end, t.length)
    if (!settled && !badOutcomeAfter(ctx, f.end) && !hasWordWithin(t, THIS_TROUBLE, f.end, end)) return null
  }
  const start = Math.min(subject.span[0], cond[0])
  const end = Math.min(trimmedClauseEnd(ctx, past[0]![1], 10), f.start)
  return widened(graded(f, wistful ? 'warning' : f.severity), start, Math.max(end, past[0]![1]))
}

const EARLY = new Set(norm(['早点', '早些', '提前', '早']))
const FIRM_PAST = new Set(norm(['当时', '当初']))
const LE_CHAR = normalizePhraseChar('了')
const ALREADY_CHAR = normalizePhraseChar('已')
/** The clause of `at` closes on 了 (…就不会买错了，): a settled result, not a plan. */
function closesWithLe(t: string, at: number): boolean {
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
function agentOrNobody(ctx: LintContext, at: number): boolean {
  const from = sentenceStart(ctx.text, at)
  const { who, span } = nearestSubject(ctx, from, at)
  if (who === 'customer') return false
  const third = cuesWithin(ctx, 'third', from, at).at(-1)
  return !third || (span !== undefined && span[0] > third[0] && !cuesWithin(ctx, 'third', span[0], span[1]).length)
}

/** The agent or nobody tells in the clause of `at`: not the buyer (您跟我说过), nor a third party (快递员跟您说过). */
function clauseSpeaker(ctx: LintContext, at: number): boolean {
  const cs = clauseStart(ctx.text, at)
  return nearestSubject(ctx, cs, at).who !== 'customer' && !ctx.hasCue('third', cs, at)
}

/**
 * bl29: 跟您说了要冷水手洗，您偏用热水 / 我就跟您说了不能开专票，您还是拍了: told, then the buyer named doing it anyway
 * (cue `defied` right after the buyer, in a later clause of the reply): the told-you-so lays the outcome on them
 * (sets au, v). The agent or nobody tells in its clause; not inside an apology, not with help after; 还是 only for a
 * done act (…还是拍了), not a permission or a wish (您还是可以退的, 您还是想要红色吗).
 */
const toldDefied: Judge = (f, ctx) => {
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
const toldYouDone: Judge = (f, ctx) => {
  if (!agentOrNobody(ctx, f.start) || inSentence(ctx, 'apology', f)) return null
  return f
}

/**
 * 都说了明天发 / 我上面已经回答过了: told-you-so with no one told is the agent's impatience (curt-reply's).
 * It blames when pressed on the buyer (rules/shared/told.ts, the one reading both rules share): asked
 * back (…您没看吗？), backing a refusal (前面说过了，定制款不退换), stressed by 得 (上面已经说得很明白了), or
 * with the buyer named as one who acts (都说了要等，您一直催也没用; not 请您往上看).
 */
const toldBare: Judge = (f, ctx) => (toldYouDone(f, ctx) && (toldPressedOnBuyer(ctx, f) || hasWordWithin(ctx.text, ASKED_AGAIN, f.end, ctx.text.length)) ? f : null)
/** bl30: the buyer's asking again held against them after it (都说了没货了还问; sets ax, ag, o): pressed on the buyer with nobody named. */
const ASKED_AGAIN = words('askedAgain')

const NOT_IS = norm(['不是'])[0]!
/** How far before 就跟您说了 the time it was said may stand (我不是一开始就跟您说了). */
const EARLIER_REACH = 8
/**
 * 我不是一开始就跟您说了…吗 / 我上一则消息就讲过…您有看吗 / 下单前客服就提醒过您: told earlier, with the time it
 * was said, by the agent or nobody named. Not the buyer's own words (您一开始就说了要红色), a third party's
 * (快递早上就说过), inside an apology, or with help after it (刚才就发给您了，您看下有没有收到).
 */
const toldEarlier: Judge = (f, ctx) => {
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
  if (helpAfter(ctx, f.end) || ctx.hasCue('offer', f.end, t.length) || ctx.hasCue('future', f.end, sentenceEnd(t, f.end))) return null
  // A reminder only reproaches when it is pressed (不是…吗, 您有看吗), answers a complaint or backs a refusal;
  // 上次就跟您说过有活动，今天开始了哦 and 我们一开始就说了支持七天无理由 inform.
  const pressed = t.slice(clauseStart(t, when[0]), when[0]).includes(NOT_IS) || t.includes('?') || QUESTION_TAIL.test(t)
  const complained = ctx.previous !== undefined && (ctx.previousHasCue('grievance') || ctx.previousHasCue('complaint'))
  if (!pressed && !complained && !ctx.hasCue('pageRefusal', f.end, t.length) && !ctx.hasCue('denial', f.end, t.length)) return null
  return widened(f, when[0], f.end)
}

/**
 * 师傅给您打了三个电话都没人接，…只能改天了: the buyer could not be reached, and the service is off for it.
 * Only with that consequence after it and nothing the shop does about it; not a condition or a question.
 */
const unreachable: Judge = (f, ctx) => {
  const t = ctx.text
  if (hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || apologised(ctx, f) || ctx.cues('apology').length) return null
  const stuck = ctx.hasCue('stuck', f.end, t.length) || ctx.hasCue('consequence', f.end, t.length)
  if (!stuck || ctx.hasCue('arranged', f.end, t.length) || ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
  return f
}

/**
 * 被别人代收了吧 (answering 显示签收了但我没收到): the parcel guessed taken on the buyer's side. Presumed or
 * hedged, answering a complaint, with no help; asked outright it only asks.
 */
const takenByOthers: Judge = (f, ctx) => {
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
const askAgain: Judge = (f, ctx) => {
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
const askedScroll: Judge = (f, ctx) => {
  const t = ctx.text
  if (!ctx.hasCue('scrollUp', f.end, t.length) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end) || hypothetical(ctx, f)) return null
  return askAgain(f, ctx)
}

/** 现在收到了又说不合适 / 您现在才说要改地址: complaining late is the customer's fault. */
const late: Judge = (f, ctx) => {
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

const DONE_FIRST = chars('了过完')
const BA_CHAR = normalizePhraseChar('把')
/**
 * bl35: the buyer named in the clause, then an act of theirs marked done (了 / 过 / 完) before the late word: 您签了字才说塌了,
 * 你拆完包装才来说少件 — any act done first frames the complaint as late, not only the listed ones (nowFrame: 收到了, 用了…; sets bg, d).
 */
function doneFirst(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  const cs = clauseStart(t, at)
  // The buyer as the one acting, not 您的 + a thing of theirs (您的电脑一年多了才来说: the time passed, set f).
  const who = cuesWithin(ctx, 'customer', cs, at).find(([s, e]) => customerAt(ctx, s) && t[e] !== DE)
  if (!who) return false
  // fxB: a 把-construction between (你把表带晒褪色了才来找我们) is the handling × result kind's finding already; the late word
  // after it is not reported a second time (test/kinds-s21-bl21: one finding, 你把表带晒褪色).
  if (t.slice(who[1], at).includes(BA_CHAR)) return false
  for (let i = who[1] + 1; i < at; i++) if (DONE_FIRST.has(t[i]!)) return true
  return false
}
const ASKED_MA = new RegExp(`^[^，。！？,.!?]{0,4}${normalizePhraseChar('吗')}`)
const YOURS_BEFORE = norm(['是', '属于', '怪'])

/**
 * 这是您家网络的问题 / 属于您自己使用的原因: 您 + a thing of theirs + 的问题. Not a guess with a
 * remedy (可能是您手机的问题，重启一下试试), not 关于您手机的问题, not 这不是您家网络的问题.
 */
const yoursOf: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const { who, span } = nearestSubject(ctx, Math.max(cs, f.start - 10), f.start)
  if (who !== 'customer' || !span || span[1] === f.start) return null
  const head = t.slice(Math.max(cs, span[0] - 3), span[0])
  if (!YOURS_BEFORE.some((w) => head.endsWith(w))) return null
  const next = t[f.end]
  if (next !== undefined && !CLAUSE_TAIL_CHARS.has(next)) return null
  if (negated(ctx, span[0]) || before(ctx, 'hedge', f, 'clause') || isQuestion(t, f.start, f.end)) return null
  if (helpAfter(ctx, f.end) || hasWordWithin(t, REPORTED, span[1], f.start)) return null
  return widened(f, span[0], f.end)
}

/** bl30: denial.ts's reading of a third party named before a denial, handed over at load (denial.ts imports this module). */
export const SHIRKED: { thirdPartyCause?: (ctx: LintContext, at: number) => boolean } = {}

/** 跟我们摄像头没关系 / 和我们店铺无关: the shop denies any link, with a word between. */
const notOursGap: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const us = cuesWithin(ctx, 'us', Math.max(cs, f.start - 10), f.start)
    .filter(([s]) => LINKED.has(t[s - 1] ?? ''))
    .at(-1)
  // 一看就是用衣服擦的，跟镜片质量没关系: with no 我们, a link to the goods denied after an act that anchors it (bo15).
  if (!us) return linkedNoUs(f, ctx)
  if (ctx.hasCue('customer', us[1], f.start) || before(ctx, 'conditional', f)) return null
  // bl30: a third party named as the cause or the one to go to just before (楼层费是物流收的，跟我们没关系，你自己跟师傅谈): the shirk
  // onto them is curt-reply's, whatever the buyer is told after it (sets aj, ar).
  if (SHIRKED.thirdPartyCause?.(ctx, us[0] - 1)) return null
  // …您应该知道吧，眼睛发炎跟我们镜片没关系: the buyer's act narrated, then the trouble, then the denial.
  if (!customerBlamed(ctx, sentenceStart(t, f.start), sentenceEnd(t, f.end)) && !narratedAct(ctx, us[0])) {
    // 验光没做准吧，跟我们镜片没关系: an act done wrong or inferred anchors the denial (bo15).
    const found = framedAct(f, ctx, us[0] - 1)
    return found ? widened(found, wantedSpan(found)[0], f.end) : null
  }
  return widened(f, us[0] - 1, f.end)
}

/**
 * bo15 (ANALYSIS-U change 3): a frame anchors blame on an act that is not listed. In the clauses of the sentence
 * before the frame (跟我们镜片没关系, 就是这个原因), the act that the frame makes the cause:
 * - inferred: a clause opened by an inference head (一看就是用衣服擦的, 明显是…);
 * - done wrong: 没 + a verb of one or two characters + a result of doing it right (没调对, 没做准, 没按回去, 没插紧);
 * - narrated with the customer opening the clause (您放车里一夏天; not 您的…, not 您放心 / 您收到的 — notNarrated).
 * Nobody else (the shop, a courier, the platform…) may be the subject of that clause.
 */
const INFER_HEAD = norm(['一看就是', '一看就知道是', '一看便知是', '明显是', '明显就是', '很明显是', '很明显就是', '明摆着是', '摆明了是', '肯定是', '绝对是'])
const DONE_WRONG = new RegExp(`${norm(['没'])[0]}(?:${norm(['有'])[0]})?[\\u4e00-\\u9fff]{1,2}?(?:${norm(['对', '准', '好', '紧', '牢', '到位', '回去', '进去', '干净', '匀', '平', '严'] ).join('|')})`, 'u')
const NOT_DONE_WRONG = norm(['没关系', '没问题', '没事', '没办法', '没法', '没有好', '没收到', '没看到', '没找到', '没想到', '没说好', '没商量好', '没谈好'])
function anchoringAct(ctx: LintContext, from: number, to: number): number {
  const t = ctx.text
  let cs = from
  while (cs < to) {
    const ce = Math.min(clauseEnd(t, cs), to)
    const anchored = clauseAct(ctx, cs, ce)
    if (anchored >= 0) return anchored
    cs = ce + 1
  }
  return -1
}
function clauseAct(ctx: LintContext, cs: number, ce: number): number {
  const t = ctx.text
  if (ce <= cs) return -1
  const clause = t.slice(cs, ce)
  if (ctx.hasCue('shop', cs, ce) || ctx.hasCue('us', cs, ce) || othersNamed(ctx, cs, ce) || ctx.hasCue('third', cs, ce)) return -1
  const head = clause.replace(/^[\s~，,]+/, '')
  const lead = cs + (clause.length - head.length)
  if (INFER_HEAD.some((w) => head.startsWith(w)) && head.length > 4) return lead
  const m = DONE_WRONG.exec(clause)
  if (m && !NOT_DONE_WRONG.some((w) => clause.startsWith(w, m.index))) return lead
  const first = cuesWithin(ctx, 'customer', cs, ce)[0]
  if (first && first[0] - lead <= 1 && customerAt(ctx, first[0]) && t[first[1]] !== DE && wordFrom(t, NOT_NARRATED, first[1]) < 0) {
    return nearestSubject(ctx, cs, ce).who === 'customer' ? first[0] : -1
  }
  return -1
}
/** The frame judged: an act anchors it earlier in the sentence; not asked, hypothetical, apologised or with help after. */
function framedAct(f: Finding, ctx: LintContext, frameStart: number): Finding | null {
  const t = ctx.text
  const from = sentenceStart(t, f.start)
  const at = anchoringAct(ctx, from, clauseStart(t, frameStart) > from ? clauseStart(t, frameStart) - 1 : from)
  if (at < 0) return null
  if (hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || apologised(ctx, f) || helpAfter(ctx, f.end) || ctx.hasCue('offer', f.end, sentenceEnd(t, f.end))) return null
  if (negated(ctx, frameStart)) return null
  return widened(f, at, f.end)
}
/** 进水就是这个原因 / 这就是原因: a causal frame after the act (entry `causeFrame`). */
const causeFrame: Judge = (f, ctx) => framedAct(f, ctx, f.start)

/**
 * 明显是比例没调对 / 一看就是没插紧: an inference head followed in its clause by an act done wrong with nobody else named
 * (entry `inferredFault`): a warning, the buyer is implied, not named.
 */
const inferredFault: Judge = (f, ctx) => {
  const t = ctx.text
  const ce = clauseEnd(t, f.end)
  const rest = t.slice(f.end, ce)
  const m = DONE_WRONG.exec(rest)
  if (!m || NOT_DONE_WRONG.some((w) => rest.startsWith(w, m.index))) return null
  const cs = clauseStart(t, f.start)
  if (ctx.hasCue('shop', cs, ce) || ctx.hasCue('us', cs, ce) || othersNamed(ctx, cs, ce) || ctx.hasCue('third', cs, ce)) return null
  if (hypothetical(ctx, f) || isQuestion(t, f.start, ce) || apologised(ctx, f) || helpAfter(ctx, f.end) || negated(ctx, f.start)) return null
  const who = nearestSubject(ctx, cs, f.start).who
  if (who === 'shop') return null
  return widened(graded(f, who === 'customer' ? 'error' : 'warning'), f.start, f.end + m.index + m[0].length)
}

/** How far before 有什么关系 its 跟 / 和 may stand (跟砖有什么关系, 和我们的面霜有什么关系). */
const LINK_REACH = 8
/**
 * 那是你找的师傅手艺不行，跟砖有什么关系: "what has it to do with" the goods, asked back after the buyer was
 * named as the cause (a cleft, 您自己…, 您家的…) or their act and the trouble narrated. Not with the buyer
 * inside the link (跟您有什么关系), in a condition, an apology, or with help after it.
 */
const whatLink: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const k = linkBefore(t, cs, f.start)
  if (k < 0 || ctx.hasCue('customer', k, f.start) || hypothetical(ctx, f) || apologised(ctx, f) || helpAfter(ctx, f.end)) return null
  if (!customerBlamed(ctx, sentenceStart(t, f.start), cs) && !narratedAct(ctx, k)) return null
  return widened(f, k, f.end)
}
const LINKED = chars('跟和与')
/** The nearest 跟/和/与 before `at`, within LINK_REACH and the clause that starts at `cs`; -1 if none. */
function linkBefore(t: string, cs: number, at: number): number {
  for (let i = at - 1; i >= Math.max(cs, at - LINK_REACH); i--) if (LINKED.has(t[i]!)) return i
  return -1
}
/** The goods or their quality as what is denied a link (跟镜片质量没关系, 和产品本身无关): 跟 within reach, nobody in it. */
function linkedNoUs(f: Finding, ctx: LintContext): Finding | null {
  const k = linkBefore(ctx.text, clauseStart(ctx.text, f.start), f.start)
  if (k < 0 || k === f.start - 1 || ctx.hasCue('customer', k, f.start) || ctx.hasCue('third', k, f.start) || ctx.hasCue('shop', k, f.start) || before(ctx, 'conditional', f)) return null
  const found = framedAct(f, ctx, k)
  return found ? widened(found, wantedSpan(found)[0], f.end) : null
}

/** The customer named as the cause somewhere in [from, to): 是您…, 您自己…, 您家的…, 您的…. */
function customerBlamed(ctx: LintContext, from: number, to: number): boolean {
  return cuesWithin(ctx, 'customer', from, to).some(
    ([s, e]) => customerAt(ctx, s) && (cleftAt(ctx, s) || wordFrom(ctx.text, THEIRS, e) > 0),
  )
}

/** 上一位买家都会用，您自己研究一下: other buyers manage, so the fault is this customer's. */
const SINGLED = norm(['就只有', '只有您', '只有你', '就您', '就你', '唯独'])
const OTHERS_SAID = norm(['都没', '没人', '没有人', '都是这么', '都这么', '都是这样', '都这样', '都会', '都能'])
const othersCan: Judge = (f, ctx) => {
  const t = ctx.text
  const from = Math.max(sentenceStart(t, f.start), f.start - 16)
  // bl20: …or the many sold or shipped (卖了几千件，就只有您说会缩水).
  const others = cuesWithin(ctx, 'others', from, f.start)[0] ?? cuesWithin(ctx, 'sold', from, f.start)[0]
  if (!others) return null
  // 那么多人买都没说过小，就您说小: the buyer singled out after the others were already held up is the same finding.
  if (SINGLED.some((w) => t.startsWith(w, f.start)) && OTHERS_SAID.some((w) => t.slice(others[1], f.start).includes(w))) return null
  const s0 = sentenceStart(t, f.start)
  const s1 = sentenceEnd(t, f.end)
  // bl20: the buyer addressed, or the others cited against a trouble the buyer reported or the reply named
  // (拖鞋有股胶味 → 同一批货发出去上百单，就您这单说味道大; 正常使用不會這樣的啦，別的客人買了都沒問題).
  const troubled = (ctx.previous !== undefined && (ctx.previousHasCue('grievance') || ctx.previousHasCue('damaged'))) || ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start) ||
    ctx.hasCue('damaged', previousSentenceStart(t, f.start), f.start)
  const addressed = troubled || cuesWithin(ctx, 'customer', s0, s1).some(([s]) => customerAt(ctx, s))
  // 之前的买家都没说过小，您放心拍: other buyers cited to reassure, not to single this one out.
  if (!addressed || ctx.hasCue('help', s0, s1) || ctx.hasCue('comfort', s0, s1) || inSentence(ctx, 'apology', f) || hypothetical(ctx, f)) return null
  return { ...f, start: others[0] }
}

/** 到您手上才坏的: the trouble placed after the goods reached the customer. */
const yourHands: Judge = (f, ctx) => {
  const t = ctx.text
  // Without 才 the outcome must follow unnegated: 寄到您家保证不会碎 promises.
  const end = Math.min(clauseEnd(t, f.end), f.end + 8)
  const bad = wordsWithin(t, BAD_OUTCOME, f.end, end)[0]
  if (t[f.end - 1] !== CAI && (!bad || hasWordWithin(t, NO_OUTCOME, f.end, bad[0] + 1))) return null
  if (!badOutcomeAfter(ctx, f.end) || hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || inSentence(ctx, 'apology', f)) return null
  return widened(f, f.start, trimmedClauseEnd(ctx, f.end, 6))
}

/**
 * 是你戴着洗澡游泳造成的 / 您是不是穿去涉水了？ (answering 开胶了): the customer's handling as
 * the cause of a trouble named or complained of. Guessed or hedged it is a warning; advice
 * (请勿暴晒) and hypotheticals are not blame.
 */
/**
 * bl32: …是您换粮太急了，换粮要过渡七天的您不知道吗 — "don't you know" asked back in a later clause (cue rhetoricalKnow) is a reproach of
 * its own; the act stated before it is no question (set bb; isAsked: a run-on clause before a question that is no tag about it).
 */
export function knowAskedBack(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  return ctx.hasCue('rhetoricalKnow', clauseEnd(t, f.end), sentenceEnd(t, f.end)) && !isAsked(t, f.start, f.end)
}

const misuse: Judge = (f, ctx) => {
  const t = ctx.text
  const { who, span } = nearestSubject(ctx, sentenceStart(t, f.start), f.start)
  // 这个我们没办法给您退: help named inside a refusal is no help.
  const helped = inSentence(ctx, 'help', f) && !refusedHelpOnly(ctx, sentenceStart(t, f.start), sentenceEnd(t, f.end))
  if (inSentence(ctx, 'adviceCue', f) || helped || negated(ctx, f.start) || reassured(ctx, f)) return null
  const complained = answersComplaint(ctx)
  // 这个开胶一般是穿着涉水导致的 (answering 开胶了), 叶子烂成这样是浇水太勤了吧: nobody named, but the
  // handling is made the cause of the trouble.
  if (who === undefined) {
    // 洗衣机洗的吧，手洗哪会这样: 吧 closing the act's own clause presumes it too.
    // bl29: …or a guessing head a few characters before it in its clause (一般是洗的时候水温太高了), not a general rule (…会缩水).
    const headed = GUESSED_CAUSE.some((w) => t.slice(Math.max(clauseStart(t, f.start), f.start - GUESS_REACH), f.start).includes(w)) && !hasWordWithin(t, GENERIC, f.end, clauseEnd(t, f.end))
    const focus = t[f.start - 1] === SHI || presumed(t, f.end) || clausePresumed(t, f.end) || headed
    const troubled = ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start)
    // 用第三方充电头把电池充坏了，这种情况我们是不保修的: the handling, its damage, then the goods defended.
    // In one clause (狗咬坏的不在售后范围) it states the policy; the defence must come after the act's clause.
    // The damage as an event (把电池充坏了), not a kind of case (属于人为损坏).
    const damaged = wordsWithin(t, BAD_OUTCOME, f.end, clauseEnd(t, f.end)).some(([, e]) => t[e] === LE) && guessDefendedAfter(ctx, { end: clauseEnd(t, f.end) })
    const defended = (complained || troubled) ? guessDefendedAfter(ctx, f) : damaged || clefedDone(ctx, f)
    if (!((complained && ctx.hasCue('strongConsequence', f.end, sentenceEnd(t, f.end))) || ((complained || troubled) && focus) || defended)) return null
    // 用热水洗的吧？我帮您申请换一件: the guess followed by help asks in order to help; 没办法给您退 offers nothing.
    if (offeredAfter(ctx, f.end, 'help') || offeredAfter(ctx, f.end)) return null
    // bl33: a question in a later clause leaves the act's own clause stated (镜片刮花一般都是拿衣角擦出来的，您是不是也这么擦过？;
    // 一般是拉扯太用力才会断的，请问您戴的时候有没有注意？: the guess after presses the stated cause on the buyer; sets bc, bd).
    const ownClauseAsks = clauseEnd(t, f.end) >= sentenceEnd(t, f.end) || clauseAsks(t, f.end)
    return ctx.hasCue('ifPast', sentenceStart(t, f.start), sentenceEnd(t, f.end)) || (isQuestion(t, f.start, f.end) && !presumed(t, f.end) && ownClauseAsks) ? null : graded(f, 'warning')
  }
  if (who !== 'customer' || !span || hypothetical(ctx, f)) return null
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end) && !knowAskedBack(ctx, f)) return guessAnswersComplaint(ctx, f, true) || guessDefended(ctx, f) ? widened(graded(f, 'warning'), span[0], f.end) : null
  // …造成的 / 才坏的, or the outcome right after the act (你自己机洗洗变形的), or the act holding its own bad
  // result, asserted as done (您摔裂了, 是您压变形的, 你晒褪色过: class customer.misuse.result + 了/的/过).
  const caused = ctx.hasCue('consequence', f.end, sentenceEnd(t, f.end)) || hasWordWithin(t, BAD_OUTCOME, f.end, Math.min(clauseEnd(t, f.end), f.end + 4)) ||
    resultDone(t, f)
  // 是您拿的时候太用力了 / 那肯定是您大火干烧了: the customer clefted as the one who did it; 是因为您放太久了 /
  // 您这台是因为用了别家的钉子: the handling given as the reason, before the customer or before the act.
  const reasonAt = wordTo(t, CAUSE_CLEFT, f.start)
  // (When the act opens the span, the look before it is the one already made for reasonAt.)
  const clefted = reasonAt >= 0 || cleftAt(ctx, span[0]) || (span[0] !== f.start && wordTo(t, CAUSE_CLEFT, span[0]) >= 0)
  // 您眼罩是放微波炉里热的吧？这个本来就不能那样用: a presumed guess, then the right way stated against it (cue defend).
  const defended = presumed(t, f.end) && guessDefendedAfter(ctx, f)
  if (!complained && !caused && !clefted && !defended && !ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start)) return null
  // 您是不是洗澡也戴着 (a chat guess without its question mark) guesses, like a hedge; help after it
  // (…我帮您申请换一个) makes it a question that helps.
  const guess = before(ctx, 'clarify', f, 'clause')
  if (guess && (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length))) return null
  const soft = before(ctx, 'hedge', f, 'clause') || guess || presumed(t, f.end)
  // The reason given after its own subject (您订书机卡钉是因为用了别家的钉子) is reported from 是因为.
  return widened(soft ? graded(f, 'warning') : f, reasonAt > span[1] ? reasonAt : span[0], f.end)
}

/**
 * bc27: 内胆是用钢丝球刷花的，这个不属于质量问题 / 是用酒精擦才掉色的，正常使用一般不会这样 — nobody named, the handling
 * clefted (是 right before it) as a done act (its clause closing on 的, or 才 + the result), then the goods defended in a
 * later clause. Not a method stated (清洁方式是用软布擦，不会掉色: no 的, no 才; a method word heads the clause).
 */
function clefedDone(ctx: LintContext, f: Finding): boolean {
  const t = ctx.text
  if (t[f.start - 1] !== SHI) return false
  const cs = clauseStart(t, f.start)
  const ce = clauseEnd(t, f.end)
  if (METHOD.some((w) => t.slice(cs, f.start).includes(w))) return false
  let e = ce
  while (e > f.end && /[\s~]/.test(t[e - 1] ?? '')) e--
  // 才 + a bad result (才掉色的), or the act's own result right before 的 (刷花的, 烫变形的); not 烫过才发货的 (the shop's process).
  const cai = t.indexOf(CAI, f.end)
  const viaCai = cai >= 0 && cai < ce && badOutcomeAfter(ctx, cai + 1)
  const seg = t.slice(f.end, e - 1)
  const resulted = t[e - 1] === DE_CHAR && seg.length > 0 && seg.length <= 3 && (RESULT_HEADS.has(seg[0]!) || hasWordWithin(t, BAD_OUTCOME, f.end, e))
  return (viaCai || resulted) && guessDefendedAfter(ctx, { end: ce })
}
/** A result complement's first character right after a handling verb (刷花, 擦坏, 烫变形, 泡裂). */
const RESULT_HEADS = chars('花坏破裂变烂糊焦化黄黑掉褪断碎伤')
const METHOD = norm(['方式', '方法', '办法', '步骤', '做法', '用法', '建议', '可以', '要'])

/** The buyer's handling with its bad result (class customer.misuse.result, bl21), followed by 了 / 的 / 过: done, not a step to take. */
const HANDLING_RESULT = new Set(norm(classWords('customer.misuse.result', 'rules/blame-customer/cause.ts')))
const DONE_MARK = new Set([...'了的过'].map(normalizePhraseChar))
function resultDone(t: string, f: { start: number; end: number }): boolean {
  return DONE_MARK.has(t[f.end] ?? '') && HANDLING_RESULT.has(t.slice(f.start, f.end))
}

/**
 * 您肯定没装对 / 应该是您盖子没拧紧: done, but not done right. Read as an omission first (a question
 * answered with help only asks); stated with the customer as agent it is a warning.
 */
const misdone: Judge = (f, ctx) => {
  const read = omit(f, ctx)
  if (read) return read
  const t = ctx.text
  // 您的密封圈没装好: what was not done right is the customer's thing, so the customer did it.
  const agent = agentBefore(ctx, f.start, AGENT_REACH, true)
  if (!agent) return guessedUndone(f, ctx)
  if (hypothetical(ctx, f) || reassured(ctx, f) || helpAfter(ctx, f.end) || negated(ctx, agent[0])) return null
  // 是不是您的密封圈没装好？ answering 杯子漏水, or followed by 一般不会漏的: a guess offered as the cause.
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end)) {
    return guessAnswersComplaint(ctx, f, true) || guessDefended(ctx, f) ? widened(graded(f, 'warning'), agent[0], f.end) : null
  }
  // 不好意思哈…应该是您盖子没拧紧: a cleft names the customer even inside an apology.
  const cleft = cleftAt(ctx, agent[0])
  if (apologised(ctx, f) && !cleft) return null
  return widened(graded(f, 'warning'), cleft ? agent[0] - 1 : agent[0], f.end)
}

/** 多半是 / 应该是 right before what was not done right: the cause guessed; bc27: or asserted (确实是 / 是因为 + 没密封好). */
const GUESSED_CAUSE = [...GUESS_HEADS, ...ASSERT_HEADS]
const GUESS_REACH = 10

/**
 * 侧漏多半是腰贴没贴好 / 应该是座椅卡扣没扣紧 (answering 座椅一直晃): nobody named, but a trouble named or
 * complained of is put down to something done wrong, which only the buyer did. Not the shop's or a third
 * party's doing (多半是仓库没封好), a condition, or with help after it (…我发个视频教您调).
 */
function guessedUndone(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const head = t.slice(Math.max(cs, f.start - GUESS_REACH), f.start)
  const lead = GUESSED_CAUSE.map((w) => head.lastIndexOf(w)).reduce((a, b) => Math.max(a, b), -1)
  if (lead < 0) return null
  const start = f.start - head.length + lead
  if (ctx.hasCue('shop', cs, f.start) || ctx.hasCue('third', cs, f.start) || hypothetical(ctx, f) || negated(ctx, f.start)) return null
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end)) return null
  const troubled = ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start) || (ctx.previous !== undefined && ctx.previousHasCue('grievance'))
  if (!troubled || helpAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end)) return null
  return widened(graded(f, 'warning'), start, f.end)
}

/** 没办法给您退 / 不能为您换: 给您 / 为您 right after a refusal offers nothing. */
const REFUSED_REACH = 3
/** Whether every help cue in [from, to) is the object of a refusal just before it (我们没办法给您退). */
function refusedHelpOnly(ctx: LintContext, from: number, to: number): boolean {
  const refusals = cuesWithin(ctx, 'denial', from, to)
  return cuesWithin(ctx, 'help', from, to).every(([s]) => refusals.some(([, e]) => e <= s && s - e <= REFUSED_REACH))
}

/** An offer (or help) after `from` that is not the object of a refusal just before it (这个我们没办法给您退). */
function offeredAfter(ctx: LintContext, from: number, cue: 'offer' | 'help' = 'offer'): boolean {
  const refusals = cuesWithin(ctx, 'denial', from, ctx.text.length)
  return cuesWithin(ctx, cue, from, ctx.text.length).some(([s]) => !refusals.some(([, e]) => e <= s && s - e <= REFUSED_REACH))
}

/** The customer's message asks whether trouble will come (会不会坏, 会坏吗) rather than reports it. */
const ASKED = new RegExp(`${norm(['会不会'])[0]}|${norm(['会'])[0]}[^,.!?;]{0,8}[${norm(['吗么嘛'])[0]}]`)

/**
 * 我们发出去的时候好好的 / 出厂都点过数的, answering a complaint (or after trouble named): the goods
 * were fine with us, so the customer is left as the cause. Not with help or an apology in the
 * reply (…可能是路上压坏了，马上给您补发).
 */
const shopWasFine: Judge = (f, ctx) => {
  const t = ctx.text
  // 灯不亮 reports trouble without a complaint word; 这个会不会坏 asks about one.
  const reported = ctx.previous !== undefined && !ASKED.test(ctx.previous) && (answersComplaint(ctx) || ctx.previousHasCue('trouble') || ctx.previousHasCue('damaged'))
  const complained = reported || ctx.hasCue('trouble', 0, f.start)
  const guessed = !complained && guessOnBuyer(ctx, f) && !ctx.cues('comfort').length
  // 怎么可能 holds the hedge word 可能 itself.
  const hedged = cuesWithin(ctx, 'hedge', 0, t.length).some(([s, e]) => e <= f.start || s >= f.end)
  if (!(complained || guessed) || ctx.hasCue('help', 0, t.length) || ctx.cues('apology').length || hedged) return null
  if (hypothetical(ctx, f) || isQuestion(t, f.start, f.end)) return null
  if (!guessed) return f
  // The guess backs this finding: when the guess is reported itself, one report (blame-customer's finalize).
  const g = { ...f }
  GUESS_BACKED.add(g)
  return g
}
/** bl29: shopWasFine findings that stand on a guess about the buyer elsewhere in the reply (dropped beside another finding). */
export const GUESS_BACKED = new WeakSet<Finding>()

/**
 * bl29: the buyer, then 自己 + a choosing verb in the same clause (您自己选的平邮, 您下单的时候自己选了超商取货): the
 * choice pointed at them. Returns the buyer's span. Read before "of course" or the trouble called normal (sets at, v, ae).
 */
function selfChosen(ctx: LintContext, from: number, to: number): Span | undefined {
  const t = ctx.text
  return cuesWithin(ctx, 'customer', from, to).find(([s, e]) => {
    if (!customerAt(ctx, s)) return false
    const ce = Math.min(to, clauseEnd(t, e))
    for (let i = t.indexOf(SELF, e); i >= 0 && i < ce; i = t.indexOf(SELF, i + 1)) if (wordFrom(t, CHOSE, i + SELF.length) > 0) return true
    return false
  })
}

/**
 * bl29: the buyer guessed or asserted as the doer somewhere else in the reply (书是您孩子撕的吧, 您收快递的时候拿刀划的吧？,
 * 您是不是拆包装的时候太用力了？, 肯定是您放的时间不够): beside "it left us fine" the trouble is theirs even when their
 * message is not given (sets av, ap, ad). The buyer in a clause that presumes with 吧, asks with 是不是 / 有没有, or clefts
 * them (是您…); not inside `f`.
 */
function guessOnBuyer(ctx: LintContext, f: { start: number; end: number }): boolean {
  // The guesses are read once per reply (the cue list is new on every lint), not once per finding: on a long reply
  // of many findings that walk over every buyer cue was quadratic.
  const all = ctx.cues('customer')
  if (all !== guessesRead) {
    guessesRead = all
    guesses = all.filter(([s, e]) => guessAt(ctx, s, e))
  }
  return guesses.some(([s, e]) => !(s < f.end && e > f.start))
}
let guessesRead: readonly Span[] | undefined
let guesses: readonly Span[] = []
function guessAt(ctx: LintContext, s: number, e: number): boolean {
  const t = ctx.text
  if (!customerAt(ctx, s)) return false
  const cs = clauseStart(t, s)
  if (clausePresumed(t, e)) return true
  if (ctx.hasCue('clarify', cs, clauseEnd(t, e)) && isQuestion(t, s, e)) return true
  return cleftAt(ctx, s) && !isQuestion(t, s, e)
}

/**
 * 你当时选的是最便宜的快递，慢是正常的, answering a complaint: the trouble called normal after
 * the customer's own choice or doing is named. Not with help after (…，我帮您催一下), nor when
 * nobody complained (您选的是预售款，十五天内发货是正常的 informs).
 */
const normalized: Judge = (f, ctx) => {
  const t = ctx.text
  // 被退回来不是很正常吗？ asks nothing: rhetorical, it needs no complaint before it.
  const rhetorical = isQuestion(t, f.start, f.end)
  const cs = clauseStart(t, f.start)
  if (!hasWordWithin(t, BAD_OUTCOME, cs, f.start) && !ctx.hasCue('trouble', cs, f.start)) return null
  // 您的包裹放在超商七天了都没去拿 被退回来是正常的: the customer's pointed omission just before
  // makes the trouble their doing, with or without a complaint.
  // 您放常温放了一下午，化了也正常呀: the buyer's plain act narrated and its trouble, then called normal.
  const omitted = pointedOmission(ctx, previousSentenceStart(t, f.start), cs) ?? narratedAct(ctx, f.start, true)
  const from = sentenceStart(t, f.start)
  // bl29: 您自己选的平邮，慢一点是正常的: the choice pointed with 自己 needs no complaint before it.
  // (Not with the choice praised: 您自己选的颜色很好看.)
  const chosen = inSentence(ctx, 'praise', f) ? undefined : selfChosen(ctx, from, cs)
  if (!rhetorical && !omitted && !chosen && (ctx.previous === undefined || !ctx.previousHasCue('grievance'))) return null
  const own = omitted ?? chosen ?? cuesWithin(ctx, 'customer', from, cs).find(
    ([s, e]) => customerAt(ctx, s) && (ctx.hasCue('pastFrame', e, Math.min(cs, e + 4)) || ctx.hasCue('ownAct', e, Math.min(cs, e + 4)) || wordsWithin(t, CHOSE, e, Math.min(cs, e + 5)).length > 0),
  )
  // bl34: 经常 narrates a habit (您经常边充边用，鼓包也正常), which is no condition here; any other conditional cue still is.
  const conditioned = hypothetical(ctx, f, omitted ? HABIT_CONDITION : undefined)
  if (!own || helpAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length) || apologised(ctx, f) || conditioned) return null
  return widened(f, own[0], f.end)
}

/** How far after the customer a pointed omission may come (您的包裹放在超商七天了都没去拿). */
const OMISSION_REACH = 16

/**
 * The customer, then a pointed 没 / 未 + an act (都没去拿, 又没备注, 一直没确认) in [from, to): their
 * omission stated. Not 没有问题 / 没收到 (a state, list notAct).
 */
function pointedOmission(ctx: LintContext, from: number, to: number): Span | undefined {
  const t = ctx.text
  for (const c of cuesWithin(ctx, 'customer', from, to)) {
    if (!customerAt(ctx, c[0])) continue
    const end = Math.min(to, clauseEnd(t, c[1]), c[1] + OMISSION_REACH)
    for (let i = c[1]; i < end; i++) {
      if (!OMISSION_NEGATION.has(t[i]!)) continue
      // 您选的预售，我们也没… / 快递也没送: someone else's omission (您的快递在驿站放着 names a thing).
      if (ctx.hasCue('shop', Math.max(c[1], i - 3), i) || ctx.hasCue('third', Math.max(c[1], i - 3), i)) break
      const verb = t[i + 1] === HAVE ? i + 2 : i + 1
      if (wordFrom(t, NOT_ACT, verb) > 0 || CLAUSE_TAIL_CHARS.has(t[verb] ?? '.')) continue
      if (hasWordWithin(t, POINTED_GAP, c[1], i)) return c
    }
  }
  return undefined
}
const OMISSION_NEGATION = chars('没未')

/** How far after the praise the 才 that turns it may stand (您可真细心，收货一个月才发现…). */
const IRONY_REACH = 20
/**
 * 您可真细心，收货一个月才发现少了个零件 / 哇您真有耐心，才下单两个小时就来催: praise of the buyer turned
 * ironic by a deed done late or early (才) right after it. Sincere praise has no such 才, or comes with
 * an apology or help (您真细心，才发现我们少发了一个，马上给您补).
 */
const irony: Judge = (f, ctx) => {
  const t = ctx.text
  const c = cuesWithin(ctx, 'customer', Math.max(0, f.start - 3), f.start).at(-1)
  if (!c || !customerAt(ctx, c[0])) return null
  const cai = t.indexOf(CAI, f.end)
  if (cai < 0 || cai - f.end > IRONY_REACH) return null
  if (ctx.cues('apology').length || helpAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end)) return null
  return widened(f, c[0], f.end)
}

/**
 * 用别的充电器烧了电池只能您自己负责 / 你没去拿被退回，运费要你自己出: the cost or the fault handed to the buyer
 * after their act or the trouble it brought was narrated (in this sentence or the one before). Alone
 * (退货运费您自己出，规定就这样) it states the policy (curt at most); not as a condition (人为损坏的话需要您自己承担),
 * a question, inside an apology, or with help after it.
 */
/**
 * 您插到底了吗？很多人都是没插好就说坏了 / 您是不是袖带绑反了？…照着绑就不会错 (answering goods reported broken or
 * not working): a question about what the buyer did, then others who manage or the right use stated as the
 * sentence after it — the guess is offered as the cause, not asked to help. Not after a question about their
 * purchase or what they received (您收到了吗？), not with help after, not as a condition.
 */
/** 您再试一下 / 重新插一下: the guess handed over with a retry is help. */
const RETRY = words('retry')
/** bl20: the phrases of othersAfterGuess that stand on their own when they answer a trouble (正常使用是不会这样的). */
const NORMAL_USE = norm(['正常用', '正常使用', '正常戴', '正常穿', '正常洗', '正常装', '正常安装', '正常操作', '正常吃', '正常坐', '正常充电', '正常情况下', '正常唔会', '一看就是', '明显是人为'])
const RHETORIC = norm(['怎么会', '哪会'])
const ANAPHOR = norm(['这样', '这么', '那样', '这种', '成这', '出现这', '咁'])
const ASKED_WILL = /会.{0,12}[吗?]|会不会|能不能|可不可以/

/**
 * bl20: 正常使用不會這樣的啦 / 正常戴是不会断的 / 这种划痕一看就是人为的, with no guess before: the right use said not to fail,
 * answering a trouble (the buyer's complaint, the trouble named before it in the reply, or 这样 / 这么 pointing back at it):
 * the buyer is left as the cause. Not answering a question about what will happen (会坏吗？— 正常使用不会的), with 放心, a
 * condition, help, a retry or an offer after it.
 */
function normalUseAlone(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  if (!NORMAL_USE.some((w) => t.startsWith(w, f.start))) return null
  const rhetoric = RHETORIC.some((w) => t.slice(f.start, f.end).endsWith(w))
  if (!rhetoric && isQuestion(t, f.start, f.end)) return null
  if (ctx.previous !== undefined && ASKED_WILL.test(ctx.previous) && !ctx.previousHasCue('grievance')) return null
  const s0 = sentenceStart(t, f.start)
  const s1 = sentenceEnd(t, f.end)
  if (ctx.hasCue('comfort', s0, s1) || ctx.hasCue('reassure', s0, s1) || ctx.hasCue('ifPast', s0, s1) || hasWordWithin(t, RETRY, f.end, t.length)) return null
  if (helpAfter(ctx, f.end) || offeredAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
  const pointsBack = ANAPHOR.some((w) => t.startsWith(w, f.end)) || rhetoric
  const complained = ctx.previous !== undefined && (ctx.previousHasCue('grievance') || ctx.previousHasCue('damaged') || ctx.previousHasCue('trouble'))
  const named = ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start) || ctx.hasCue('damaged', previousSentenceStart(t, f.start), f.start)
  return pointsBack || complained || named ? graded(f, 'warning') : null
}

const othersAfterGuess: Judge = (f, ctx) => {
  const t = ctx.text
  const s0 = sentenceStart(t, f.start)
  if (s0 === 0 || t[s0 - 1] !== '?') return normalUseAlone(f, ctx)
  const from = sentenceStart(t, s0 - 1)
  const guess = cuesWithin(ctx, 'customer', from, s0).some(([s, e]) => customerAt(ctx, s) && t[e] !== DE && wordFrom(t, NOT_NARRATED, e) < 0)
  if (!guess) return normalUseAlone(f, ctx)
  // (Not hypothetical(): its conditional cue holds 很多 / 大部分, the very quantifiers of "others manage".)
  if (!guess || ctx.hasCue('ifPast', s0, sentenceEnd(t, f.end)) || hasWordWithin(t, RETRY, f.end, t.length) || helpAfter(ctx, f.end) || offeredAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length)) return null
  // bl20: …or the trouble named in the sentence that ties the guess to it (这种划痕一看就是人为的, 这样肯定会结块的).
  const troubled = (ctx.previous !== undefined && (ctx.previousHasCue('damaged') || ctx.previousHasCue('trouble'))) || ctx.hasCue('trouble', 0, sentenceEnd(t, f.end)) || ctx.hasCue('damaged', 0, sentenceEnd(t, f.end))
  return troubled ? graded(f, 'warning') : null
}

const NO_NEED = words('noNeed')
const bearIt: Judge = (f, ctx) => {
  const t = ctx.text
  if (hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || inSentence(ctx, 'apology', f) || helpAfter(ctx, f.end) || offeredAfter(ctx, f.end)) return null
  // 不用您自己出 / 也没关系，我们出: the cost taken off the buyer.
  if (negated(ctx, f.start) || reassured(ctx, f) || wordTo(t, NO_NEED, f.start) >= 0) return null
  const from = previousSentenceStart(t, f.start)
  // The trouble as an event (烧了, 过期了), not a kind of case (人为损坏需要您自己承担).
  const happened = [...cuesWithin(ctx, 'trouble', from, f.start), ...cuesWithin(ctx, 'damaged', from, f.start)].some(([s, e]) => t[e - 1] === LE || t[e] === LE)
  const acted = cuesWithin(ctx, 'customer', from, f.start).some(([s, e]) => e <= f.start && customerAt(ctx, s) && t[e] !== DE && wordFrom(t, NOT_NARRATED, e) < 0)
  return happened || acted ? f : null
}

/** After the buyer, a thing of theirs or a pointer (您的…, 您这个情况, 您那边): then a thing is the topic, not the buyer acting. */
const TOPIC_AFTER = chars('的这那')
/**
 * bl22: 是您拖着走楼梯造成的 / 系您私自改装所致 (class cause.made.by; the construction puts the buyer before it): the buyer as the
 * subject of an act inside the cause frame, whatever the act. Not the buyer as a topic (您说的问题是快递造成的, 您这个情况是静电引起的),
 * nor with a third party or the shop acting between them (您的包裹是快递压坏造成的).
 */
const causeMadeBy: Judge = (f, ctx) => {
  const t = ctx.text
  const c = cuesWithin(ctx, 'customer', f.start, f.start + 4).find(([s]) => s === f.start)
  if (!c || !customerAt(ctx, c[0]) || TOPIC_AFTER.has(t[c[1]] ?? '') || wordFrom(t, NOT_NARRATED, c[1]) > 0) return null
  if (ctx.hasCue('third', c[1], f.end) || ctx.hasCue('thirdParty', c[1], f.end) || ctx.hasCue('shop', c[1], f.end)) return null
  if (hypothetical(ctx, f) || inSentence(ctx, 'apology', f) || helpAfter(ctx, f.end)) return null
  // 可能是您摔了造成的: hedged, a warning.
  return before(ctx, 'hedge', f, 'clause') ? graded(f, 'warning') : f
}

/**
 * bl22: 脱胶多半是泡水造成的，您是不是穿去淋雨了？ / 这种一般是人为进水导致的，您是不是戴着洗澡了？ / (激活码被用了) 您自己是不是拿
 * 小号激活了？: a guess that the buyer did it, asked right after the agent named a cause or a verdict (cue causeStated, in this
 * sentence or the one before), or pointed with 自己 at a trouble the buyer reported. The act itself may be any verb phrase: the
 * guess fills the cause just named. A warning (it asks). Not with help or an offer after it, a condition, an apology, nor a
 * cause the shop owns (是我们仓库造成的，您是不是还没收到？ — the shop acting before it).
 */
const guessAfterCause: Judge = (f, ctx) => {
  const t = ctx.text
  if (!isQuestion(t, f.start, f.end) && !presumed(t, f.end)) return null
  const from = previousSentenceStart(t, f.start)
  const cause = cuesWithin(ctx, 'causeStated', from, f.start).at(-1)
  const selfPointed = hasWordWithin(t, POINTED_SELF, f.start, f.end) && ctx.previous !== undefined && (ctx.previousHasCue('grievance') || ctx.previousHasCue('damaged'))
  if (!cause && !selfPointed) return null
  // 如果是人为造成的，您是不是要自费修？: a cause only supposed states the policy.
  if (cause && (ctx.hasCue('shop', from, cause[0]) || ctx.hasCue('us', from, cause[0]) || ctx.hasCue('ifPast', clauseStart(t, cause[0]), cause[0]))) return null
  // (A condition read in the guess's own clause and after: 这种一般都是人为进水导致的 generalises the cause, not the guess.)
  if (ctx.hasCue('conditional', clauseStart(t, f.start), sentenceEnd(t, f.end)) || ctx.cues('apology').length || offeredAfter(ctx, f.end, 'help') || offeredAfter(ctx, f.end) || hasWordWithin(t, RETRY, f.end, t.length)) return null
  return widened(graded(f, 'warning'), f.start, trimmedClauseEnd(ctx, f.end, 16))
}
const POINTED_SELF = words('pointedSelf')

export const CAUSE_JUDGES: Record<string, Judge> = {
  guessAfterCause,
  causeMadeBy,
  evenNot,
  causeFrame,
  inferredFault,
  handlingFault,
  heedless,
  bearIt,
  othersAfterGuess,
  irony,
  misdone,
  shopWasFine,
  misuse,
  normalized,
  yourHands,
  omit,
  cleft,
  consequence,
  refusal: consequence,
  counterfactual,
  toldYouDone,
  toldDefied,
  toldBare,
  toldEarlier,
  unreachable,
  takenByOthers,
  askAgain,
  askedScroll,
  late,
  yoursOf,
  notOursGap,
  whatLink,
  othersCan,
}

/** Tags of the judges above whose spans are built from context, not from the phrase itself. */
export const CONTEXT_BUILT = new Set(['toldDefied', 'guessAfterCause', 'evenNot', 'causeFrame', 'inferredFault', 'handlingFault', 'irony', 'toldEarlier', 'misdone', 'misuse', 'normalized', 'yourHands', 'omit', 'cleft', 'consequence', 'refusal', 'counterfactual', 'yoursOf', 'notOursGap', 'whatLink',
  // blame-customer's scan: a count of telling (跟您说三遍了) gives way to a lexicon phrase it overlaps (您问了好几遍).
  'toldCount'])
