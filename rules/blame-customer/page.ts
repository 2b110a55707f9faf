/**
 * Pointing at what was written: pageNote (吊牌上写了冷水手洗 / 详情页写了不退) and pageSaid (详情页写得很清楚) as a reproach, selfLook
 * (页面上都有，自己看), with what they read: a refusal next to the pointer, the buyer's choice before it, a pointer closing the
 * reply.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cueStartsWithin, cueTo, cuesWithin } from '../../src/context/cues.js'
import { CLAUSE_TAIL, answersComplaint, customerAt, before, graded, hypothetical, inSentence, laterInSentence, nearestSubject, negated, norm, trimmedClauseEnd } from './context.js'
import { hasWordWithin, wordFrom, words, wordsWithin } from './words.js'

const ADVICE_FIRST = words('adviceFirst')
const SHOP_TAKES_ON = words('shopTakesOn')
const LOOK_THROWN = words('lookThrown')
const OF_COURSE_OUTCOME = words('ofCourseOutcome')
/** blame42: what the shop has or does after 当然会 (当然会有, 当然会给您补发): no outcome of the buyer's act. */
const OF_COURSE_GOOD = words('ofCourseGood')
/**
 * 吊牌上写了冷水手洗 / 详情页写了不退: pointing at what was written is a reproach when it answers
 * a complaint, follows a guess about what the customer did (您是不是用热水洗的？) or closes a
 * refusal; answering a question (尺码表上写着…) or followed by help it informs.
 */
export function pageNote(found: Finding, ctx: LintContext): Finding | null {
  const f = pageNoteJudged(found, ctx)
  return f && withDocument(f, ctx)
}

/** 上 / 里 / 页 open the phrase as the document's locative: 说明书上写了, not 「上写了」 cut from its noun. */
const LOCATIVE = new Set([...normalizePhrase('上里页')])
function withDocument(f: Finding, ctx: LintContext): Finding {
  if (!LOCATIVE.has(ctx.text[f.start]!)) return f
  const doc = cuesWithin(ctx, 'document', Math.max(0, f.start - 6), f.start + 1).filter(([s, e]) => s < f.start && (e === f.start || e === f.start + 1))
  return doc.length ? { ...f, start: Math.min(...doc.map(([s]) => s)) } : f
}

function pageNoteJudged(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const s0 = sentenceStart(t, f.start)
  // 如果页面有提示不退…: a condition states the policy.
  if (inSentence(ctx, 'help', f) || isQuestion(t, f.start, f.end) || hypothetical(ctx, f)) return null
  // bl35: a way out given after the pointer in a later sentence (…下单页有提示。您拆封前可以先…，不合适原包装寄回就行): it informs (set bh).
  if (sentenceEnd(t, f.end) < t.length && ctx.hasCue('reassure', sentenceEnd(t, f.end), t.length)) return null
  // …or the shop taking on what it owes after it (…下单页有提示；如果是质量问题，我们一定负责到底: set fb, convention).
  if (hasWordWithin(t, SHOP_TAKES_ON, f.end, t.length)) return null
  if (cueStartsWithin(ctx, 'pageRefusal', f.end, f.end + 2)) return f
  // 这个都写在包装上了，开封不退 / 过七天是不支持的哦，页面都有介绍的: the pointer backing a refusal in the clause
  // next to it; 您拍的是单机版…页面上标了的: the buyer's own choice named before the pointer (twelfth session, sets l, m, r).
  if (refusalNextTo(ctx, f) || choiceBefore(ctx, f.start)) return f
  // 说明书第三页就有写 answering 开不了机: any complaint, also of goods not working.
  if (answersComplaint(ctx) || (ctx.previous !== undefined && ctx.previousHasCue('grievance'))) return f
  // blame42: 芒果放冰箱当然会黑，卡片上写了不要冷藏 / 难怪会缩水，吊牌上标了不能机洗: the outcome called inevitable (words ofCourseOutcome)
  // before the pointer in the sentence: the trouble is put down to what the buyer did against what was written. Not the shop's
  // own clause (我们当然会负责，页面上写了).
  const ofCourse = wordsWithin(t, OF_COURSE_OUTCOME, s0, f.start).at(-1)
  if (ofCourse && wordFrom(t, OF_COURSE_GOOD, ofCourse[1]) < 0 && nearestSubject(ctx, clauseStart(t, ofCourse[0]), ofCourse[0]).who !== 'shop' && !ctx.hasCue('offer', s0, t.length)) return f
  // 标签上明确写了不可机洗，您放进洗衣机那当然会变形: the buyer's act and its trouble after the pointer.
  const rest = sentenceEnd(t, f.end)
  if (cuesWithin(ctx, 'customer', f.end, rest).some(([s]) => customerAt(ctx, s)) && cuesWithin(ctx, 'strongConsequence', f.end, rest).length) return f
  // 说明书第二页就写了。: an emphatic pointer (就 / 明确 / 清楚) as the reply's last word, not answering a question.
  if (EMPHATIC.some((w) => t.slice(f.start, f.end).includes(w)) && closesReply(t, f.end) && !(ctx.previous !== undefined && !ctx.previousHasCue('grievance'))) return f
  // bl37: 说明书第一页就写了不能干烧 / 详情页最上面就有写: a locator between the document and an emphatic verb points the buyer to the
  // very spot they missed; not with help, advice, an offer or the page sent again after it.
  // (Not with the buyer named after it in the sentence (详情页第一张图就标了尺寸，您自己没注意): that clause is the reproach, reported
  // on its own; the pointer adds no second report, s37.)
  if (locatorEmphatic(ctx, f) && !laterHelp(ctx, f.end) && (ctx.previous === undefined || previousComplains(ctx)) &&
    !cuesWithin(ctx, 'customer', f.end, rest).some(([s]) => customerAt(ctx, s))) return f
  // …and 就 right after the document (商品标题就写了是单只装的) answering a complaint or a why (怎么只有一只).
  if (t.slice(f.start, f.end).includes(JIU) && ctx.previous !== undefined && previousComplains(ctx) && !laterHelp(ctx, f.end)) return f
  // A guess about the customer's act asked in the sentence before: 您是不是…？吊牌上写了…
  const from = Math.max(0, s0 - 30)
  const asked = s0 > 0 && t[s0 - 1] === '?' && ctx.hasCue('clarify', from, s0) && cuesWithin(ctx, 'customer', from, s0).length > 0
  return asked ? f : null
}

/** 上 / 里 / 上面 / 里面 alone after the document are its locative (说明书上清清楚楚写着), no locator of a spot. */
/** …nor part of the emphasis itself (说明书上清清楚楚写着: 上清 is no locator). */
const EMPHASIS_CHARS = new RegExp(`[${normalizePhrase('清楚明确白纸黑字')}]`)
const LOCATIVE_ONLY = new RegExp(`^[${normalizePhrase('上里中内面边')}]{1,2}$`)
/**
 * bl37: the span holds a document, then 1–5 characters that are no document (第一页, 最上面), then the emphatic verb (就写了, 明确标了):
 * 说明书第一页就写了 / 主图第一张就标了.
 */
function locatorEmphatic(ctx: LintContext, f: Finding): boolean {
  const t = ctx.text
  const span = t.slice(f.start, f.end)
  const at = Math.min(...EMPHATIC.map((w) => span.indexOf(w)).filter((i) => i > 0))
  if (!Number.isFinite(at)) return false
  const verb = f.start + at
  return cuesWithin(ctx, 'document', f.start, verb).some(([, e]) => e < verb && verb - e <= 5 && !ctx.hasCue('document', e, verb) && !LOCATIVE_ONLY.test(t.slice(e, verb)) && !EMPHASIS_CHARS.test(t.slice(e, verb)))
}
/** bl37: the customer's message complains, or asks why (怎么只有一只, 为什么不包邮): not a plain question where something is. */
const previousComplains = (ctx: LintContext) => ctx.previousHasCue('grievance') || ctx.previousHasCue('whyComplaint')
const JIU = normalizePhrase('就')
/** bl37: help, advice, an offer, reassurance or the page sent again anywhere after `at`. */
function laterHelp(ctx: LintContext, at: number): boolean {
  const end = ctx.text.length
  return ctx.hasCue('help', at, end) || ctx.hasCue('offer', at, end) || ctx.hasCue('adviceCue', at, end) || ctx.hasCue('resend', at, end) || ctx.hasCue('reassure', at, end)
}

/** A refusal by the page (不退, 不支持…) in the clause of `f` after it, or in the clause just before or after. */
function refusalNextTo(ctx: LintContext, f: Finding): boolean {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const ce = clauseEnd(t, f.end)
  const from = cs > 0 ? clauseStart(t, cs - 1) : cs
  const to = ce < t.length ? clauseEnd(t, ce + 1) : ce
  return ctx.hasCue('pageRefusal', from, cs) || ctx.hasCue('pageRefusal', f.end, to)
}

/** 您拍的是… / 你自己选的…: the buyer's choice named earlier in the reply, not their purchase in general (您买的这款). */
const CHOICE = words('choice')
function choiceBefore(ctx: LintContext, at: number): boolean {
  if (ctx.previous !== undefined && !ctx.previousHasCue('grievance')) return false
  return cuesWithin(ctx, 'customer', 0, at).some(([s, e]) => customerAt(ctx, s) && (wordFrom(ctx.text, CHOICE, e) >= 0 || wordFrom(ctx.text, CHOICE, e + 2) >= 0))
}

const EMPHATIC = norm(['就', '明确', '清楚', '白纸黑字', '明明'])
/** bl29: what makes a page pointer stressed rather than a plain "it is marked there" (写得很清楚, 明明写了, 早就写了). */
const STRESSED = norm(['清楚', '明白', '明显', '明明', '早就', 'clear', '早已', '已经', '一早'])
/** Nothing but a clause tail, punctuation or spaces after `at`. */
function closesReply(t: string, at: number): boolean {
  for (let i = at; i < t.length; i++) if (!CLAUSE_TAIL.has(t[i]!) && !/[\s,.!?~;:]/.test(t[i]!)) return false
  return true
}

const ME = normalizePhrase('我')
/** bl32: the buyer's duty (要 / 得 + an act) closing the sentence as a lecture with 的呀 / 的啊 / 的哦 / 的喔 / 的嘛. */
const DUTY_LECTURE = new RegExp(`[${normalizePhrase('要得')}][^，。！？,.!?]{1,12}${normalizePhrase('的')}[${normalizePhrase('呀啊哦喔嘛')}][。！!~～]?$`)

/**
 * 详情页写得很清楚: a reproach (warning); asked rhetorically (不是写得很清楚吗) it is an
 * error. The shop criticising itself or promising better is fine.
 */
export function pageSaid(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const near = t.slice(Math.max(clauseStart(t, f.start), f.start - 3), f.start)
  const rhetorical = near.endsWith(normalizePhrase('不是')) || isQuestion(t, f.start, f.end)
  if (!rhetorical && ctx.hasCue('selfCritical', f.start - 3, f.start)) return null
  // 我都写了 (the agent noted it down); 吊牌和详情页都有标注，手洗冷水就可以: the pointer followed by
  // the answer or advice in its sentence informs.
  // bl32: …unless the rest is the buyer's duty closed as a lecture (详情页写得清清楚楚冷冻发货，收到要马上放冰箱的呀: 马上 is no help there;
  // set bb; n's 一般签收前都会看一下的喔 is the same lecture, but 一般 conditions it in pageNote: left).
  const lectured = DUTY_LECTURE.test(t.slice(f.end, sentenceEnd(t, f.end) + 1))
  if (!rhetorical && (cueTo(ctx, 'shop', f.start) >= 0 || (!lectured && (laterInSentence(ctx, 'help', f.end) || laterInSentence(ctx, 'adviceCue', f.end))))) return null
  // 都标注了，看不清我再单独发一张给您: pointing at the page while offering to send it again helps.
  if (!rhetorical && ctx.hasCue('resend', f.end, sentenceEnd(t, f.end))) return null
  // bl37: …or the shop taking on what it owes after it (…详情页和下单页都有提示，如果是质量问题我们照常处理: set ab), as pageNote reads it.
  if (!rhetorical && hasWordWithin(t, SHOP_TAKES_ON, f.end, t.length)) return null
  // bl35: advice before the fact in the clauses before it (您购买前可以先看一下生产日期，页面上都有标注), answering no complaint: it informs
  // (kind "advice before the fact", sets bg, para bl35).
  if (!rhetorical && !answersComplaint(ctx) && !(ctx.previous !== undefined && ctx.previousHasCue('grievance')) && hasWordWithin(t, ADVICE_FIRST, sentenceStart(t, f.start), f.start)) return null
  if (before(ctx, 'future', f, 'clause')) return null
  // bl29: 面料成分是100%棉，吊牌和洗标上都有标注 — the answer given first, then a plain pointer (no 清楚 / 明明) closing the
  // reply names where it is written, with no complaint before it and no refusal next to it (sets c, aj, am, au).
  if (!rhetorical && !STRESSED.some((w) => t.slice(f.start, f.end).includes(w)) && clauseStart(t, f.start) > 0 && closesReply(t, clauseEnd(t, f.end)) &&
    !answersComplaint(ctx) && !(ctx.previous !== undefined && ctx.previousHasCue('grievance')) && !refusalNextTo(ctx, f) && !choiceBefore(ctx, f.start) &&
    !cuesWithin(ctx, 'customer', 0, t.length).some(([cs]) => customerAt(ctx, cs))) return null
  return rhetorical ? graded(f, 'error') : f
}

/** 页面上都有，自己看: sent to read the page alone, closing the clause; 您可以自己查一下 offers a way. */
export function selfLook(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  if (t[f.start - 1] === ME || ctx.hasCue('us', cs, f.start) || before(ctx, 'polite', f, 'clause') || ctx.hasCue('offer', cs, f.start)) return null
  if (hypothetical(ctx, f) || negated(ctx, f.start)) return null
  // bl29: 您自己看下物流呀，不是早就派送到驿站了吗 / 您自己看物流不就知道了: told to look, then the answer thrown back as
  // obvious (sets at, an). Not with help or an offer after it.
  const end = sentenceEnd(t, sentenceEnd(t, f.end) + 1)
  if (hasWordWithin(t, LOOK_THROWN, f.end, end) && !ctx.hasCue('help', f.end, t.length) && !ctx.hasCue('offer', f.end, t.length)) return { ...f, end: trimmedClauseEnd(ctx, f.end, 8) }
  if (trimmedClauseEnd(ctx, f.end, 8) > f.end) return null
  // bl36: 商品頁自己看 / 说明书自己看吧 answering a question — the page named only as where to look, in the clause of 自己看 with nothing
  // said of it (都有, 写了): the work pushed back (curt-reply's), no failure to read laid on the buyer. 页面上都有，自己看 still says so.
  return cuesWithin(ctx, 'document', 0, f.start).some(([, e]) => e <= cs || SAID_OF_PAGE.test(t.slice(e, f.start))) ? f : null
}
const SAID_OF_PAGE = new RegExp(['都', '有', '写', '标', '注明', '说明'].map(normalizePhrase).join('|'))
