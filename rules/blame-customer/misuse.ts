/**
 * The buyer's handling as the cause: misuse (是你戴着洗澡游泳造成的 / 您是不是穿去涉水了？), misdone and guessedUndone (您肯定没装对 / 应该是您盖子没拧紧),
 * shopWasFine (我们发出去的时候好好的, with GUESS_BACKED when it stands on a guess), and knowAskedBack (…您不知道吗 asked back in a
 * later clause).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { isAsked } from '../../src/context/text.js'
import { answersComplaint, apologised, before, chars, graded, hypothetical, inSentence, nearestSubject, negated, norm, reassured } from './context.js'
import { BAD_OUTCOME, hasWordWithin, wordTo, wordsWithin } from './words.js'
import { classWords } from '../../src/vocab/index.js'
import { AGENT_REACH, CAI, CAUSE_CLEFT, DE_CHAR, GENERIC, type Judge, LE, SHI, agentBefore, badOutcomeAfter, clausePresumed, cleftAt, helpAfter, normalizePhraseChar, offeredAfter, presumed, previousSentenceStart, refusedHelpOnly, widened } from './agent.js'
import { omit } from './omission.js'
import { ASSERT_HEADS, GUESS_HEADS } from './cleft.js'
import { guessAnswersComplaint, guessDefended, guessDefendedAfter } from './consequence.js'
import { clauseAsks } from './counterfactual.js'
import { guessOnBuyer } from './normal.js'

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

/**
 * blame41: a guess at the buyer's act pressed as the cause: the trouble linked to a cause by 才 earlier in the reply (一般都是干烧才会糊底，
 * 您是不是开大火空烧了？), or 所以才 + the trouble right after the question (any trouble: 所以才 asserts the link) (您是不是没撕保护膜就装了？所以才有气泡). Not with help or an offer after.
 */
export function guessLinked(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  if (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length) || offeredAfter(ctx, f.end) || helpAfter(ctx, f.end)) return false
  const ss = sentenceStart(t, f.start)
  for (let i = t.indexOf(CAI); i >= 0 && i < ss; i = t.indexOf(CAI, i + 1)) if (badOutcomeAfter(ctx, i + 1) || ctx.hasCue('trouble', i + 1, clauseEnd(t, i + 1))) return true
  const next = sentenceEnd(t, f.end)
  const so = t.indexOf(SO_CAI, next)
  // 所以才 itself asserts the link: whatever follows it is the trouble the act is made the cause of.
  return so >= 0 && so - next <= 2 && clauseEnd(t, so + SO_CAI.length) > so + SO_CAI.length + 1
}
const SO_CAI = norm(['所以才'])[0]!

/** bl36: the marks of an enumeration around an act (（摔落、进水）): before it an opening bracket or 、, after it 、. */
const LISTED = new Set([...'（(、'].map(normalizePhraseChar))
const LISTED_AFTER = new Set([...'、'].map(normalizePhraseChar))
export const misuse: Judge = (f, ctx) => {
  const t = ctx.text
  const { who, span } = nearestSubject(ctx, sentenceStart(t, f.start), f.start)
  // 这个我们没办法给您退: help named inside a refusal is no help.
  const helped = inSentence(ctx, 'help', f) && !refusedHelpOnly(ctx, sentenceStart(t, f.start), sentenceEnd(t, f.end))
  if (inSentence(ctx, 'adviceCue', f) || helped || negated(ctx, f.start) || reassured(ctx, f)) return null
  const complained = answersComplaint(ctx)
  // 这个开胶一般是穿着涉水导致的 (answering 开胶了), 叶子烂成这样是浇水太勤了吧: nobody named, but the
  // handling is made the cause of the trouble.
  if (who === undefined) {
    // bl36: one of a list of kinds (人为损坏（摔落、进水）不在保修范围): a kind of case the policy names, not an act of this buyer's.
    if (LISTED.has(t[f.start - 1] ?? '') || LISTED_AFTER.has(t[f.end] ?? '')) return null
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
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end) && !knowAskedBack(ctx, f)) return guessAnswersComplaint(ctx, f, true) || guessDefended(ctx, f) || guessLinked(ctx, f) ? widened(graded(f, 'warning'), span[0], f.end) : null
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
export const misdone: Judge = (f, ctx) => {
  const read = omit(f, ctx)
  if (read) return read
  const t = ctx.text
  // 您的密封圈没装好: what was not done right is the customer's thing, so the customer did it.
  const agent = agentBefore(ctx, f.start, AGENT_REACH, true)
  if (!agent) return guessedUndone(f, ctx)
  if (hypothetical(ctx, f) || reassured(ctx, f) || helpAfter(ctx, f.end) || negated(ctx, agent[0])) return null
  // 是不是您的密封圈没装好？ answering 杯子漏水, or followed by 一般不会漏的: a guess offered as the cause.
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end)) {
    return guessAnswersComplaint(ctx, f, true) || guessDefended(ctx, f) || guessLinked(ctx, f) ? widened(graded(f, 'warning'), agent[0], f.end) : null
  }
  // 不好意思哈…应该是您盖子没拧紧: a cleft names the customer even inside an apology.
  const cleft = cleftAt(ctx, agent[0])
  if (apologised(ctx, f) && !cleft) return null
  return widened(graded(f, 'warning'), cleft ? agent[0] - 1 : agent[0], f.end)
}

/** 多半是 / 应该是 right before what was not done right: the cause guessed; bc27: or asserted (确实是 / 是因为 + 没密封好). */
const GUESSED_CAUSE = [...GUESS_HEADS, ...ASSERT_HEADS]
const GUESS_REACH = 10
/** bl36: the usual-cause heads that hold the conditional cue 一般 (cue `conditional`) as part of the head. */
const USUAL_HEAD = norm(['一般是', '一般都是'])
const USUAL = new Set(norm(['一般']))

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
  // blame41: no guessing head, but 才 + a bad result in its clause (是水箱盖没拧紧才漏的, 卸妆没卸干净才会长闭口的): the link
  // asserts the step not done right as the cause; the trouble must be named or complained of all the same.
  if (lead < 0) return causeLinked(f, ctx, cs)
  const start = f.start - head.length + lead
  // bl36: 一般都是 / 通常是 head the guess themselves (漏水一般都是生料带没缠好): their 一般 sets no condition on it.
  const usual = USUAL_HEAD.some((w) => head.includes(w)) ? USUAL : undefined
  // …but with the shop's fault denied after it (…，不是我们产品的问题) the denial is the one report.
  if (usual && ctx.hasCue('shopDenied', f.end, t.length)) return null
  // …nor with advice after it (…一般是墨囊没插紧引起的，坐飞机前建议把墨水排空): the usual cause explained to prevent it.
  if (usual && ctx.hasCue('adviceCue', f.end, t.length)) return null
  if (ctx.hasCue('shop', cs, f.start) || ctx.hasCue('third', cs, f.start) || hypothetical(ctx, f, usual) || negated(ctx, f.start)) return null
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end)) return null
  const troubled = ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start) || (ctx.previous !== undefined && ctx.previousHasCue('grievance'))
  if (!troubled || helpAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end)) return null
  return widened(graded(f, 'warning'), start, f.end)
}

/**
 * blame41: 是水箱盖没拧紧才漏的 / 卸妆没卸干净才会长闭口的，不是我们粉底的问题 — nobody named, the step not done right linked by 才 to the
 * trouble in its own clause, answering a trouble named or complained of (or with the shop's goods defended after). Not the shop's or a third
 * party's doing, a condition, a question, or with help or advice after it (…没拧紧才会漏，您拧紧试试).
 */
function causeLinked(f: Finding, ctx: LintContext, cs: number): Finding | null {
  const t = ctx.text
  const ce = clauseEnd(t, f.end)
  const cai = t.indexOf(CAI, f.end)
  if (cai < 0 || cai >= ce || cai - f.end > 6 || !badOutcomeAfter(ctx, cai + 1)) return null
  if (ctx.hasCue('shop', cs, f.start) || ctx.hasCue('third', cs, f.start) || hypothetical(ctx, f) || negated(ctx, f.start)) return null
  if (isQuestion(t, f.start, f.end) || ctx.hasCue('adviceCue', f.end, t.length) || helpAfter(ctx, f.end) || ctx.hasCue('help', f.end, t.length) || offeredAfter(ctx, f.end)) return null
  const troubled = ctx.hasCue('trouble', previousSentenceStart(t, f.start), f.start) || (ctx.previous !== undefined && ctx.previousHasCue('grievance')) ||
    ctx.hasCue('shopDenied', ce, t.length) || guessDefendedAfter(ctx, { end: ce })
  return troubled ? widened(graded(f, 'warning'), t[f.start - 1] === SHI ? f.start - 1 : f.start, f.end) : null
}

/** The customer's message asks whether trouble will come (会不会坏, 会坏吗) rather than reports it. */
const ASKED = new RegExp(`${norm(['会不会'])[0]}|${norm(['会'])[0]}[^,.!?;]{0,8}[${norm(['吗么嘛'])[0]}]`)

/**
 * 我们发出去的时候好好的 / 出厂都点过数的, answering a complaint (or after trouble named): the goods
 * were fine with us, so the customer is left as the cause. Not with help or an apology in the
 * reply (…可能是路上压坏了，马上给您补发).
 */
export const shopWasFine: Judge = (f, ctx) => {
  const t = ctx.text
  // 灯不亮 reports trouble without a complaint word; 这个会不会坏 asks about one.
  const reported = ctx.previous !== undefined && !ASKED.test(ctx.previous) && (answersComplaint(ctx) || ctx.previousHasCue('trouble') || ctx.previousHasCue('damaged'))
  const complained = reported || ctx.hasCue('trouble', 0, f.start)
  // bl37: the buyer sent to the courier beside it (碎了你找快递 我这边发出去是好的): a third party named as the cause, curt-reply's.
  if (ctx.hasCue('sendAway', 0, t.length)) return null
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
