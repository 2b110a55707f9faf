/**
 * The cause put on the buyer by a cleft or a verdict: cleft (平邮是您自己要选的, 是您填的地址不全，所以快递才退回) and handlingFault (the
 * buyer's handling judged the cause), with the heads of a guessed or asserted cause (GUESS_HEADS, ASSERT_HEADS) other
 * files read.
 */
import type { LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { answersComplaint, apologised, chars, graded, hypothetical, inSentence, nearestSubject, negated, norm, reassured, trimmedClauseEnd } from './context.js'
import { hasWordWithin, wordFrom, wordTo, words, wordsWithin } from './words.js'
import { CLAUSE_TAIL as CLAUSE_TAIL_CHARS, isHanAt } from '../../src/vocab/chars.js'
import { classWords } from '../../src/vocab/index.js'
import { CAUSE_CLEFT, CHOOSE, DE, DE_CHAR, type Judge, LE, NEGATION, NOT_CLEFT, PAST, POINTED_GAP, SELF, SELF_SERVICE, blamedResult, causeEnd, helpAfter, normalizePhraseChar, othersNamed, presumed, previousSentenceStart, widened } from './agent.js'
import { guessDefendedAfter } from './consequence.js'

const PURPOSE = words('purpose')

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
export const handlingFault: Judge = (f, ctx) => {
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
const DOU = normalizePhraseChar('都')
/** bl36: others (cue `others`: 别人, 其他买家, 别的猫…) then 都 a few characters on, in the cleft's sentence or the next: they manage fine. */
function othersFineAfter(ctx: LintContext, from: number): boolean {
  const t = ctx.text
  const to = sentenceEnd(t, Math.min(t.length, sentenceEnd(t, from) + 1))
  return cuesWithin(ctx, 'others', clauseEnd(t, from), to).some(([, e]) => { const d = t.indexOf(DOU, e); return d >= 0 && d - e <= 3 && d < clauseEnd(t, e) })
}
const ASSERTING = words('asserting')
const ASSERTING_WEAK = words('assertingWeak')
const WAY_ON_AFTER = words('wayOnAfter')
const NOT_ENOUGH = norm(['不够'])[0]!
export const cleft: Judge = (f, ctx) => cleftRead(f, ctx, false)
/**
 * lane44: the buyer named before the guess (您应该是没冲洗就直接喝了, 你估计是装反了, 您可能是用热水洗了): the same cleft as
 * 应该是您…, the hedge inside the phrase (class guess.cause.subject). An omission (没 / 未) is its act too.
 */
export const cleftSubjectFirst: Judge = (f, ctx) => cleftRead(f, ctx, true)
const OMITTED = chars('没未')
function cleftRead(f: Parameters<Judge>[0], ctx: LintContext, first: boolean): ReturnType<Judge> {
  const t = ctx.text
  const next = t[f.end]
  if (next === undefined || next === DE || (NEGATION.has(next) && !(first && OMITTED.has(next)))) return null
  // 是您 + 自己…: the longer phrase judges it.
  if (!first && t.startsWith(SELF, f.end)) return null
  // lead22: 是您自己可以下载的: what the buyer can do themselves, explained.
  if (wordFrom(t, SELF_SERVICE, f.end) > 0) return null
  // ap28: 是您选择的 to a buyer who asked which option to take (退回方式选哪个？): the choice is theirs to make, no cause named.
  if (ctx.previous !== undefined && ctx.previousHasCue('askChoice') && wordFrom(t, CHOOSE, f.end) > 0) return null
  // 谁知道是不是您自己碰的: a guess that only looks like a question.
  const lead = ctx.hasCue('guessLead', clauseStart(t, f.start), f.start)
  // 拉链是你拉太用力了吧？ presumes the answer: it asserts.
  // 漏水是你家水管老化了，跟我们…有什么关系？: the question is a later clause's; the cleft's own clause asserts.
  const asked = isQuestion(t, f.start, f.end) && !presumed(t, f.end) && !(closedByLe(t, f.end, clauseEnd(t, f.end)) && clauseEnd(t, f.end) < sentenceEnd(t, f.end))
  if (!lead && ((!first && wordTo(t, NOT_CLEFT, f.start + 1) >= 0) || asked)) return null
  // After 谁知道 / 说不定 the 不 (是不是, 不定) is no negation.
  if (hypothetical(ctx, f) || (!lead && negated(ctx, f.start))) return null
  if (apologised(ctx, f) || inSentence(ctx, 'choice', f)) return null
  const hedged = first || lead || ctx.hasCue('hedge', clauseStart(t, f.start), f.start + 1)
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
  // bl36: 这个是您家猫自己挑食，别的猫都爱吃的 — other buyers (or their pets) held up as fine after the cleft: the trouble is this buyer's.
  const singled = othersFineAfter(ctx, f.end)
  // lane44: with the buyer first, a hedge alone is no cause (您应该是已经收到了 informs): a trouble in view, a fault state, or an
  // omission settled by 了 / 的 (您应该是没冲洗就直接喝了).
  const grounds = first ? troubled || denied || asserted || singled || faulted || (OMITTED.has(next) && closed) : hedged || troubled || denied || asserted || singled
  // blame45: a guess head with a trouble in view and the goods defended after it (四件套洗成这样，肯定是您用了烘干机，我们的面料是不会缩的):
  // the act need not close on 了 / 的 (DH, M4).
  // 肯定是 / 一定是 are no hedge, but heading the cleft they guess at the cause too (class guess.cause, ending on the phrase's 是).
  const guessHead = hedged || GUESS_HEADS.some((w) => f.start + 1 - w.length >= 0 && t.startsWith(w, f.start + 1 - w.length))
  const defended = !first && guessHead && troubled && guessDefendedAfter(ctx, { end: clauseEnd(t, f.end) })
  const guessed = grounds && (self || closed || because || (denied && emphatic) || faulted || defended) && !helpAfter(ctx, f.end)
  // 颜色是您自己挑的，很好看哦: with no trouble in view, praise after the choice compliments it.
  if (!troubled && !denied && ctx.hasCue('praise', f.end, sentenceEnd(t, clauseEnd(t, f.end) + 1))) return null
  const closesWithDe = self && closed
  if (!closesWithDe && !guessed && !blamedResult(ctx, f.end, true)) return null
  const soft = hedged || presumed(t, f.end) || helpAfter(ctx, f.end)
  return widened(graded(f, soft ? 'warning' : f.severity), f.start, end)
}

/** bl36: states of quantity that a reason names without fault (因为您买的太多了，所以分两个包裹发). */
const AMOUNT = new Set(norm(['太多', '太少', '过多', '过少', '不够']))
/**
 * bl36: 因为您上次上传的照片太模糊了，我们也看不清 / 由于你家信号太差了…: the bare reason (no 是 cleft) is the buyer's act or thing in
 * a fault state (class words `faultState`), said as settled (了 / 的): the trouble laid on them. Not a quantity (因为您买的太多了，所以
 * 分开发), a condition, negated, apologised, with the shop or a third party between, or with help after it.
 */
export const becauseFault: Judge = (f, ctx) => {
  const t = ctx.text
  // 是因为您 / 就是因为您 are the cleft's own phrases (entry cleft): one reading of them.
  if (wordTo(t, CAUSE_CLEFT, f.end - 1) >= 0) return null
  const ce = clauseEnd(t, f.end)
  const state = wordsWithin(t, FAULT_STATE, f.end, ce).find(([a, b]) => !AMOUNT.has(t.slice(a, b)))
  if (!state || !(closedByLe(t, f.end, ce) || t[ce - 1] === DE)) return null
  if (ctx.hasCue('shop', f.end, state[0]) || ctx.hasCue('third', f.end, state[0]) || othersNamed(ctx, f.end, state[0])) return null
  if (hypothetical(ctx, f) || negated(ctx, f.start) || apologised(ctx, f) || helpAfter(ctx, f.end)) return null
  return widened(graded(f, 'warning'), f.start, state[1])
}