/**
 * The trouble laid on the buyer's side, or the shop's link to it denied: yoursOf (这是您家网络的问题), notOursGap (跟我们摄像头没关系),
 * causeFrame (进水就是这个原因) and inferredFault (一看就是没插紧) reading the act before them, whatLink (…跟砖有什么关系), othersCan
 * (上一位买家都会用，您自己研究一下) and yourHands (到您手上才坏的); SHIRKED, denial.ts's reading of a third party, handed over at load.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { YOURS_BEFORE, apologised, before, chars, customerAt, graded, hypothetical, inSentence, nearestSubject, negated, norm, trimmedClauseEnd } from './context.js'
import { BAD_OUTCOME, hasWordWithin, wordFrom, words, wordsWithin } from './words.js'
import { CLAUSE_TAIL as CLAUSE_TAIL_CHARS } from '../../src/vocab/chars.js'
import { CAI, DE, type Judge, badOutcomeAfter, cleftAt, helpAfter, normalizePhraseChar, othersNamed, previousSentenceStart, wantedSpan, widened } from './agent.js'
import { NOT_NARRATED, narratedAct } from './counterfactual.js'

const NO_OUTCOME = words('noOutcome')
const REPORTED = words('reported')
const THEIRS = words('theirs')

const DONE_FIRST = chars('了过完')
const BA_CHAR = normalizePhraseChar('把')
/**
 * bl35: the buyer named in the clause, then an act of theirs marked done (了 / 过 / 完) before the late word: 您签了字才说塌了,
 * 你拆完包装才来说少件 — any act done first frames the complaint as late, not only the listed ones (nowFrame: 收到了, 用了…; sets bg, d).
 */
export function doneFirst(ctx: LintContext, at: number): boolean {
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
export const ASKED_MA = new RegExp(`^[^，。！？,.!?]{0,4}${normalizePhraseChar('吗')}`)

/**
 * 这是您家网络的问题 / 属于您自己使用的原因: 您 + a thing of theirs + 的问题. Not a guess with a
 * remedy (可能是您手机的问题，重启一下试试), not 关于您手机的问题, not 这不是您家网络的问题.
 */
export const yoursOf: Judge = (f, ctx) => {
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
export const notOursGap: Judge = (f, ctx) => {
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
export const causeFrame: Judge = (f, ctx) => framedAct(f, ctx, f.start)

/**
 * 明显是比例没调对 / 一看就是没插紧: an inference head followed in its clause by an act done wrong with nobody else named
 * (entry `inferredFault`): a warning, the buyer is implied, not named.
 */
export const inferredFault: Judge = (f, ctx) => {
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
export const whatLink: Judge = (f, ctx) => {
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
  // bl36: 锁不识别是你手指太干了，跟锁没关系 / 是您家猫挑食，和猫粮无关: the buyer clefted or their own thing named in a clause before,
  // then the goods denied a link — as notOursGap reads it with 我们 (not asked, hypothetical, apologised or with help after).
  const t = ctx.text
  const blamed = blamedAt(ctx, sentenceStart(t, f.start), clauseStart(t, k))
  if (blamed >= 0 && !hypothetical(ctx, f) && !isQuestion(t, f.start, f.end) && !apologised(ctx, f) && !helpAfter(ctx, f.end) && !ctx.hasCue('offer', f.end, sentenceEnd(t, f.end))) {
    const g = widened(f, blamed, f.end)
    DELINKED.add(g)
    return g
  }
  const found = framedAct(f, ctx, k)
  return found ? widened(found, wantedSpan(found)[0], f.end) : null
}

/** bl36: linkedNoUs findings that stand on the buyer clefted before the denial: reported only when no other reading found the cleft. */
export const DELINKED = new WeakSet<Finding>()
/** bl36: where the customer is named as the cause in [from, to) (customerBlamed), -1 if nowhere; a cleft's 是 opens the span. */
function blamedAt(ctx: LintContext, from: number, to: number): number {
  const c = cuesWithin(ctx, 'customer', from, to).find(([s, e]) => customerAt(ctx, s) && (cleftAt(ctx, s) || wordFrom(ctx.text, THEIRS, e) > 0))
  return c ? (cleftAt(ctx, c[0]) ? c[0] - 1 : c[0]) : -1
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
export const othersCan: Judge = (f, ctx) => {
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
  // (A trouble named only after the phrase, with no complaint before it, stays reassurance: 我们卖了上万单都没人说过敏 answers a
  // pre-sale worry. Lane blame39 read it as addressed; test/blame-customer.test.ts holds the older reading, so it was taken back.)
  // blame40: …but the trouble pointed back at after the phrase (其他宝妈都没反映过这个问题, 别人都没遇到过这种情况) answers the buyer's report.
  const addressed = troubled || ctx.hasCue('troubleAnaphor', f.end, s1) || cuesWithin(ctx, 'customer', s0, s1).some(([s]) => customerAt(ctx, s))
  // 之前的买家都没说过小，您放心拍: other buyers cited to reassure, not to single this one out.
  if (!addressed || ctx.hasCue('help', s0, s1) || ctx.hasCue('comfort', s0, s1) || inSentence(ctx, 'apology', f) || hypothetical(ctx, f)) return null
  return { ...f, start: others[0] }
}

/** 到您手上才坏的: the trouble placed after the goods reached the customer. */
export const yourHands: Judge = (f, ctx) => {
  const t = ctx.text
  // Without 才 the outcome must follow unnegated: 寄到您家保证不会碎 promises.
  const end = Math.min(clauseEnd(t, f.end), f.end + 8)
  const bad = wordsWithin(t, BAD_OUTCOME, f.end, end)[0]
  if (t[f.end - 1] !== CAI && (!bad || hasWordWithin(t, NO_OUTCOME, f.end, bad[0] + 1))) return null
  if (!badOutcomeAfter(ctx, f.end) || hypothetical(ctx, f) || isQuestion(t, f.start, f.end) || inSentence(ctx, 'apology', f)) return null
  return widened(f, f.start, trimmedClauseEnd(ctx, f.end, 6))
}
