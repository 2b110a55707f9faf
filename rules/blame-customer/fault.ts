/**
 * The buyer's fault: fault (你选错了 / 是您自己操作不当 / 这是人为损坏) with the verdicts, guesses and reports it reads, and sporadic
 * (三天打鱼两天晒网: on-and-off use as the reason).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { isAsked } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { before, graded, hypothetical, inSentence, laterInSentence, nearestSubject, negated, norm, pointed, reassured, subjectBefore, withSubject } from './context.js'
import { wordFrom, words, wordsWithin } from './words.js'
import { classWords } from '../../src/vocab/index.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { bareSelf } from './neglect.js'
import { ASSERT_HEADS, knowAskedBack, GUESS_HEADS, guessAnswersComplaint } from './cause.js'

const HUMAN = normalizePhrase('人为')
const DE = normalizePhrase('的')
const BUYER_SAID = words('buyerSaid')
const FAULT_NOUN = words('faultNoun')
/** Asked back after the buyer's words (您说是不是您弄坏的): the agent's own reproach, not a report. */
const ASKED_BACK = norm(['是不是', '是否', '不是', '难道'])
/** ap28: the buyer's own words reported back before the fault in its clause (您说买错了), not asked back after them. */
function buyerSaidIt(ctx: LintContext, f: Finding): boolean {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  for (const [, e] of wordsWithin(t, BUYER_SAID, cs, f.start)) if (!ASKED_BACK.some((w) => t.slice(e, f.start).includes(w))) return true
  return false
}
const DISPOSAL = norm(['将', '把'])
/** ap28: 将/把 + 您 V错 的 + a noun (将您买错的商品申请退回): the relative clause says which goods the step handles. */
function namesGoodsInStep(ctx: LintContext, f: Finding): boolean {
  const t = ctx.text
  if (t[f.end] !== DE || !isHanAt(t, f.end + 1) || wordFrom(t, FAULT_NOUN, f.end + 1) > 0) return false
  const head = t.slice(clauseStart(t, f.start), f.start)
  return DISPOSAL.some((w) => head.includes(w))
}
// …and a guess at the cause (一定是使用方式不对, 八成是操作有误: class guess.cause).
const JUDGED = [...norm(['这是', '这个是', '这属于', '这个属于', '就是', '都是', '系', '确系', '均系', '此为', '判定为', '鉴定为', '认定为', '确认为', '检测为', '核实为', '判断为']), ...GUESS_HEADS, ...ASSERT_HEADS]
/**
 * A bare copula (属于, 是, 为) judges this item only with nothing before it in the clause, a
 * demonstrative, or a finding in the sentence (经检测属于…, 非质量问题，是使用不当造成的).
 */
const COPULAS = norm(['属于', '是', '为'])
const BELONGS_HEADS = norm(['', '这', '这个', '这种', '这种情况', '这个情况', '一般', '这个一般', '这种情况一般', '基本', '基本上', '应该', '都'])
/** Nameless causes that judge how the item was handled (人为损坏, 使用不当): the case, not the customer, named. */
const VERDICTS = norm(['人为', '使用不当', '操作不当', '保管不当', '保存不当', '使用错误', '操作错误', '误操作', '操作失误'])
/** Any handling done wrong (class fault.handling) is a verdict too after a guess at the cause (一定是使用方式不对). */
const HANDLING = norm([...classWords('fault.handling', 'rules/blame-customer/fault.ts'), ...classWords('fault.handling.more', 'rules/blame-customer/fault.ts')])
/** Guess heads, and (blame45) inference heads read as guess heads before a handling fault (一看就是长期过充导致的: M2). */
const GUESS_OR_INFER_HEADS = [...GUESS_HEADS, ...norm(['一看就是', '一看就知道是', '明显是', '明显就是', '很明显是', '很明显就是', '明摆着是', '摆明了是'])]
const BA = normalizePhrase('吧')
/** The sentence after the clause ending at `end` closes with a guess in 吧 (…，摔的吧？). */
function guessAfter(t: string, end: number): boolean {
  const ce = clauseEnd(t, end)
  const se = sentenceEnd(t, end)
  if (ce >= se) return false
  let j = se - 1
  while (j > ce && !/\p{Script=Han}/u.test(t[j]!)) j--
  return t[j] === BA
}

/** 你选错了 / 是您自己操作不当: only when the customer is the one who did it. */
export function fault(f: Finding, ctx: LintContext): Finding | null {
  // 这是人为损坏 / 属于人为原因: this case judged the buyer's doing, nobody named (a warning);
  // 人为损坏不在保修范围 states the policy.
  const guessedAt = (at: number) => GUESS_OR_INFER_HEADS.some((w) => ctx.text.startsWith(w, at - w.length))
  const nameless = ctx.text.startsWith(HUMAN, f.start) || VERDICTS.some((w) => ctx.text.startsWith(w, f.start)) ||
    (guessedAt(f.start) && HANDLING.some((w) => ctx.text.startsWith(w, f.start)))
  if (nameless && nearestSubject(ctx, clauseStart(ctx.text, f.start), f.start).who === undefined) {
    const head = ctx.text.slice(clauseStart(ctx.text, f.start), f.start)
    const copula = COPULAS.find((w) => head.endsWith(w))
    const belongs = copula !== undefined && (BELONGS_HEADS.includes(head.slice(0, -copula.length)) || ctx.hasCue('verdict', sentenceStart(ctx.text, f.start), f.start))
    // bl20: 一定是使用方式不对 / 八成是操作有误 — a guess at the cause (class guess.cause) names the buyer's handling;
    // reported from the guess, and not with help after it (可能是操作不当，我教您重新设置一下).
    const guess = belongs ? undefined : GUESS_HEADS.filter((w) => head.endsWith(w)).sort((a, b) => b.length - a.length)[0]
    const judged = belongs || JUDGED.some((w) => head.endsWith(w))
    if (judged && !hypothetical(ctx, f) && !negated(ctx, f.start)) {
      if (!guess) return graded(f, 'warning')
      if (laterInSentence(ctx, 'help', f.end) || ctx.hasCue('offer', f.end, sentenceEnd(ctx.text, f.end))) return null
      return { ...graded(f, 'warning'), start: f.start - guess.length }
    }
    // A verdict other than 人为 still takes the path of a named customer below.
    if (ctx.text.startsWith(HUMAN, f.start)) return null
  }
  // The customer in the same clause: in 怪不得您没收到，原来是地址写错了 nobody is named for 写错.
  // A bare 自己 right before (…，自己选错了) stands for the sentence's subject.
  const who = nearestSubject(ctx, clauseStart(ctx.text, f.start), f.start).who ?? (bareSelf(ctx, f.start) ? subjectBefore(ctx, f.start) : undefined)
  if (who !== 'customer' || hypothetical(ctx, f)) return null
  if (negated(ctx, f.start)) return null
  if (reassured(ctx, f)) return null
  // ap28: the buyer's own words reported back (预约时您说买错货物了), or the wrong buy naming the goods a step is done with
  // (再将您买错的商品申请退回): an account of what was said, or which goods; no verdict of the agent's (CSDS).
  if (buyerSaidIt(ctx, f) || namesGoodsInStep(ctx, f)) return null
  // 您是不是拍错了颜色呀？ / 麻烦您确认一下是否填错了 ask; 是不是你自己选错了？ still accuses.
  // cb24: a statement run on before a guess closed by 吧 (是人为损坏的，摔的吧？) is stated: the guess asks, not the verdict.
  // bl32: …nor a statement run on before a later question clause that is no tag about it (…是您换粮太急了，换粮要过渡七天的您不知道吗:
  // the question is a reproach of its own, set bb).
  const asking = before(ctx, 'clarify', f) || (isQuestion(ctx.text, f.start, f.end) && !(guessAfter(ctx.text, f.end) && !isAsked(ctx.text, f.start, f.end)) && !knowAskedBack(ctx, f))
  if (asking && !pointed(ctx, f)) return guessAnswersComplaint(ctx, f, true) ? withSubject(ctx, graded(f, 'warning')) : null
  const soft = before(ctx, 'hedge', f) || inSentence(ctx, 'offer', f)
  return withSubject(ctx, soft ? graded(f, 'warning') : f)
}

/** 三天打鱼两天晒网 / 想起来才吃: on-and-off use as the reason, not advice against it (建议…不要…). */
export function sporadic(f: Finding, ctx: LintContext): Finding | null {
  if (inSentence(ctx, 'adviceCue', f) || negated(ctx, f.start) || hypothetical(ctx, f) || subjectBefore(ctx, f.start) === 'shop') return null
  return graded(f, 'warning')
}
