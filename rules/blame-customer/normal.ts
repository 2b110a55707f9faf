/**
 * The trouble called normal after the buyer's choice (normalized: 你当时选的是最便宜的快递，慢是正常的), praise turned ironic (irony:
 * 您真有耐心，才下单两个小时就来催), the right use would not fail after a guess (othersAfterGuess), the cost left to the buyer
 * (bearIt), the buyer inside a cause frame (causeMadeBy: 是您拖着走楼梯造成的) and a guess filling the cause just named
 * (guessAfterCause), with the guess readings they share (guessOnBuyer, guessAt, selfChosen).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { type Span, apologised, before, chars, customerAt, graded, HABIT_CONDITION, hypothetical, inSentence, negated, norm, reassured, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, CHOSE, hasWordWithin, wordFrom, wordTo, words, wordsWithin } from './words.js'
import { CLAUSE_TAIL as CLAUSE_TAIL_CHARS } from '../../src/vocab/chars.js'
import { CAI, DE, HAVE, type Judge, LE, NOT_ACT, POINTED_GAP, SELF, clausePresumed, cleftAt, helpAfter, offeredAfter, presumed, previousSentenceStart, widened } from './agent.js'
import { NOT_NARRATED, narratedAct } from './counterfactual.js'

/**
 * bl29: the buyer, then 自己 + a choosing verb in the same clause (您自己选的平邮, 您下单的时候自己选了超商取货): the
 * choice pointed at them. Returns the buyer's span. Read before "of course" or the trouble called normal (sets at, v, ae).
 */
export function selfChosen(ctx: LintContext, from: number, to: number): Span | undefined {
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
export function guessOnBuyer(ctx: LintContext, f: { start: number; end: number }): boolean {
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
export const normalized: Judge = (f, ctx) => {
  const t = ctx.text
  // 被退回来不是很正常吗？ asks nothing: rhetorical, it needs no complaint before it.
  const rhetorical = isQuestion(t, f.start, f.end)
  const cs = clauseStart(t, f.start)
  if (!hasWordWithin(t, BAD_OUTCOME, cs, f.start) && !ctx.hasCue('trouble', cs, f.start)) return null
  // 您的包裹放在超商七天了都没去拿 被退回来是正常的: the customer's pointed omission just before
  // makes the trouble their doing, with or without a complaint.
  // 您放常温放了一下午，化了也正常呀: the buyer's plain act narrated and its trouble, then called normal.
  // bl36: 那些网红店的猫砂都是工业废料做的，您猫咪用了不出问题才怪 — rival goods named before: the trouble is theirs, not the buyer's doing.
  if (ctx.hasCue('rivalGoods', 0, cs)) return null
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
export const irony: Judge = (f, ctx) => {
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

export const othersAfterGuess: Judge = (f, ctx) => {
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
export const bearIt: Judge = (f, ctx) => {
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
export const causeMadeBy: Judge = (f, ctx) => {
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
export const guessAfterCause: Judge = (f, ctx) => {
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
