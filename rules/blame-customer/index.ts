import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
// The count-of-telling construction is shared with curt-reply, which reports the same words as impatience.
import { findTold, TOLD_CHARS } from '../curt-reply/patterns.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { isAsked } from '../../src/context/text.js'
import { isNegated } from '../../src/context/negation.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import lexicon from './lexicon.yaml'
import { cueStartsWithin, cueTo, cuesWithin, lastCue } from '../../src/context/cues.js'
import { lowerBound } from '../../src/match/bisect.js'
import {
  CLAUSE_TAIL,
  after,
  answersComplaint,
  customerAt,
  chars,
  before,
  graded,
  hypothetical,
  inSentence,
  laterInSentence,
  nearestSubject,
  negated,
  norm,
  pointed,
  quoted,
  reassured,
  trimmedClauseEnd,
  subjectBefore,
  withSubject,
} from './context.js'
import { BAD_OUTCOME, CHOSE, hasWordWithin, wordFrom, words, wordsWithin } from './words.js'
import { classWords } from '../../src/vocab/index.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { SHAPE, SHAPE_WORDS, WIDE, askReproached, choiceThrown, faultOwned, frankTurn, guessCleared, pointerAsked, shouldFirst } from './shapes.js'
import { SHIRKED, ASSERT_HEADS, CAUSE_JUDGES, knowAskedBack, CONTEXT_BUILT, GUESS_BACKED, GUESS_HEADS, badOutcomeAfter, cleftedAgent, framedRhetorical, guessAnswersComplaint, presumed, wantedSpan } from './cause.js'

const parsed = parseLexicon(lexicon, 'rules/blame-customer/lexicon.yaml')

const YOURS_BEFORE = norm(['是', '属于', '怪', '是自己'])
/** 怪不得我们 also means "no wonder we…": only at the end of a clause is it a denial. */
const NO_WONDER = normalizePhrase('怪不得')

/**
 * Whether a span overlaps or touches one of `phrases` (您超过鉴赏期 + 才申请 is one accusation): by
 * start, with the furthest end reached so far, so a long reply with many findings stays O(n log n).
 */
function phraseOverlap(phrases: Finding[]): (f: { start: number; end: number }) => boolean {
  const sorted = [...phrases].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const p of sorted) reach.push(Math.max(p.end, reach[reach.length - 1] ?? -1))
  const starts = sorted.map((p) => p.start)
  return (f) => {
    // The phrases starting at or before f.end: those before the first start past it.
    const lo = lowerBound(starts, f.end + 1)
    return lo > 0 && reach[lo - 1]! >= f.start
  }
}

/** bl30: the tags of the scanner's constructions (shapes.ts). */
const SHAPED = new Set(['pointerAsked', 'choiceThrown', 'askReproached', 'shouldFirst', 'frankTurn', 'guessCleared'])

/** How far after 为啥 the negation may come (为啥签收时候不拒收). */
const WHY_GAP = 8
const NEGATION_CHARS = chars('不没')

/** What may stand right before 下次 / 以后 when it starts a lecture (您下次…, 所以以后…, 亲~下次…), not 签收以后. */
// bl20: …and after a turn or an addition (不过下次签收记得当面开箱, 但是以后…, 另外下次…, 而且以后…).
// bl35: …and after a bare 但 turning from an apology (抱歉让您失望了，但下次收货要先验再签; sets bd, bh, kind 4).
const LECTURE_HEAD = chars('您你亲们己以那就也请议烦哈哦呢啊呀吧嘛~,.!? 过是外且但')
/** How far after 下次 the thing to take care of may come (下次下单前记得看一下). */
const LECTURE_REACH = 10
const REMEMBER = new Set(norm(['记得']))

const WISH = words('wish')
const ADVICE_FIRST = words('adviceFirst')
const SHOP_TAKES_ON = words('shopTakesOn')
const LOOK_THROWN = words('lookThrown')
/** 您这让我们怎么查 / 那让我们怎么办: 这 / 那 points back at the buyer's act. */
const POINT_BACK = chars('这那')
/** 怎么联系您比较方便, 怎么做都行: a preference asked or granted, not a consequence. */
const PREFERENCE = words('preference')
const QUESTION_END = chars('吗嘛么呢?')
const WHO = normalizePhrase('谁')
/** 能不能: the ordinary "can you", not 能不坏吗. */
const CAN = normalizePhrase('能')
/** How far after 能不 the bad outcome and its 吗 may come (能不变形吗, 能不起球吗). */
const COULD_NOT_REACH = 5

/**
 * 运费谁出？ / 您这让我们怎么查？ / 您戴着洗澡能不坏吗？: the consequence of the buyer's own act thrown back
 * as a question only they can answer. Only with the buyer named before it in the reply, asked (not
 * 请问您想让我们怎么处理), and with nothing the shop takes on after it (运费谁出？我们出).
 */
function throwBack(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  let end = f.end
  if (f.entry.tags.includes('couldNot')) {
    if (t[f.end] === CAN) return null
    end = wordFrom(t, BAD_OUTCOME, f.end)
    if (end < 0) return null
    while (end < t.length && end < f.end + COULD_NOT_REACH && !QUESTION_END.has(t[end]!)) end++
    if (!QUESTION_END.has(t[end] ?? '')) return null
    if (t[end] !== '?') end++
  } else {
    // 让我们怎么退 asks by its 怎么 alone; 谁出 needs the question mark (运费谁出都行 is no question).
    if (!isQuestion(t, f.start, f.end) && t[f.start] === WHO) return null
    end = trimmedClauseEnd(ctx, f.end, 8)
  }
  const ss = sentenceStart(t, f.start)
  const who = cuesWithin(ctx, 'customer', 0, f.start).filter(([s]) => customerAt(ctx, s)).at(-1)
  if (!who && f.entry.tags.includes('couldNot')) return couldNotUnnamed(f, ctx, end)
  if (!who || hypothetical(ctx, f) || inSentence(ctx, 'apology', f) || before(ctx, 'clarify', f)) return null
  if (wordsWithin(t, WISH, who[1], f.start).length) return null
  const cs = clauseStart(t, f.start)
  // 您让我们怎么做我们就怎么做 / 您这边让我们怎么联系您比较方便: the buyer in the same clause is the one
  // asked; the act must come first (你自己把标签剪了，这让我们怎么退) or be pointed back at (您这让我们怎么查).
  const could = f.entry.tags.includes('couldNot')
  if (!could && who[0] >= cs && !POINT_BACK.has(t[f.start - 1] ?? '')) return null
  if (!could && wordFrom(t, PREFERENCE, end) >= 0) return null
  if (!could && wordsWithin(t, PREFERENCE, f.end, end).length) return null
  if (ctx.hasCue('help', end, t.length) || ctx.hasCue('us', end, t.length) || ctx.hasCue('offer', end, t.length)) return null
  // 您这让我们怎么查: from the buyer when they open the clause; 运费谁出: from what is to be paid.
  const start = who[0] >= cs ? who[0] : t[f.start] === WHO ? Math.max(cs, ss) : f.start
  return { ...f, start, end }
}

/**
 * 天热能不胀吗。 / 纸放歪了能不卡吗？ answering the very trouble the buyer reported: "how could it not", with
 * nobody named, still puts the trouble down to how the goods were handled (a warning). Not when the clause
 * names the shop or a third party as the one acting (这么摔能不坏吗，快递太过分了), with an apology, or with
 * help after it; without a complaint before it, it may only ask.
 */
function couldNotUnnamed(f: Finding, ctx: LintContext, end: number): Finding | null {
  const t = ctx.text
  if (ctx.previous === undefined || !(ctx.previousHasCue('grievance') || ctx.previousHasCue('damaged'))) return null
  const cs = clauseStart(t, f.start)
  if (ctx.hasCue('shop', cs, f.start) || ctx.hasCue('third', cs, f.start) || ctx.hasCue('us', cs, f.start) || hypothetical(ctx, f)) return null
  if (ctx.cues('apology').length || ctx.hasCue('help', end, t.length) || ctx.hasCue('us', end, t.length) || ctx.hasCue('offer', end, t.length)) return null
  return { ...f, start: cs, end, severity: 'warning' }
}

const COME = normalizePhrase('来')
/** Verbs whose object a courier is (收快递, 取快递, 签快递): it is then the parcel, not the one acting. */
// bl35: …and opened or checked (拆快递, 开快递, 验快递: 下次拆快递记得先拍视频; para bl35, sets bd, n).
const RECEIVED = new Set([...normalizePhrase('收取拿签寄接拆开验')])
/** Before a consent verb: the buyer's consent pointed at (您是同意了…的, 您当时也说可以…的). */
// (已经 is left out: 您已经签收了的 may only report the status asked about.)
const CONSENT_MARK = norm(['是', '当时', '当初', '自己', '也', '都', '亲自'])
/** What may follow the closing 的 of a consent thrown back (…的哦, …的呀). */
const CONSENT_TAIL = new Set([...normalizePhrase('的哦呀啊呢哈喔唷啦嘛了~')])
/**
 * 下单时您是同意了不退换的 / 您当时也说可以接受色差的 / 您自己确认过收货地址的: the buyer's own consent
 * thrown back, pointed (是 / 当时 / 自己 / 也) and closed with 的. Not asked (您是同意了吗？), not in an
 * apology or a condition, not the shop's consent (我们当时也同意了…), not with help after.
 */
function consent(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const head = t.slice(Math.max(cs, f.start - 4), f.start)
  if (!CONSENT_MARK.some((w) => head.includes(w))) return null
  const { who, span } = nearestSubject(ctx, cs, f.start)
  if (who !== 'customer' || !span || !customerAt(ctx, span[0])) return null
  const ce = clauseEnd(t, f.end)
  let j = ce
  while (j > f.end && CONSENT_TAIL.has(t[j - 1]!) && t[j - 1] !== DE) j--
  if (t[j - 1] !== DE) return null
  if (isQuestion(t, f.start, ce) || hypothetical(ctx, f) || inSentence(ctx, 'apology', f) || negated(ctx, f.start)) return null
  if (ctx.hasCue('help', ce, t.length) || ctx.hasCue('offer', ce, t.length)) return null
  return { ...f, start: span[0], end: j }
}
/** 问第五遍了: a count found from 问 has no one named before it (你问几遍了 starts at 你). */
const ASK_CHAR = normalizePhrase('问')
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
function lecture(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  if (f.start > cs && !LECTURE_HEAD.has(t[f.start - 1]!)) return null
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
  if (actor || ctx.hasCue('lectureBlock', f.end, clauseEnd(t, f.end)) || promised || ctx.hasCue('reassure', f.end, end) || FOR_YOU.some((w) => t.slice(f.end, care[0]).includes(w))) return null
  if (ctx.hasCue('conditional', cs, end) || drawsAway(ctx, f) || isQuestion(t, f.start, f.end) || ownsFault(ctx)) return null
  return { ...f, end: care[1] }
}

const NOT = normalizePhrase('不')
/** 这次的破损是我们包装没做好 / 是我们的问题: the shop owning the fault somewhere in the reply (not 不是我们的问题). */
function ownsFault(ctx: LintContext): boolean {
  const t = ctx.text
  return ctx.cues('us').some(([s, e]) => t[s - 1] === IS && t[s - 2] !== NOT && ctx.hasCue('ownFault', e, clauseEnd(t, e)))
}

/**
 * 吊牌上写了冷水手洗 / 详情页写了不退: pointing at what was written is a reproach when it answers
 * a complaint, follows a guess about what the customer did (您是不是用热水洗的？) or closes a
 * refusal; answering a question (尺码表上写着…) or followed by help it informs.
 */
function pageNote(found: Finding, ctx: LintContext): Finding | null {
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
  // 标签上明确写了不可机洗，您放进洗衣机那当然会变形: the buyer's act and its trouble after the pointer.
  const rest = sentenceEnd(t, f.end)
  if (cuesWithin(ctx, 'customer', f.end, rest).some(([s]) => customerAt(ctx, s)) && cuesWithin(ctx, 'strongConsequence', f.end, rest).length) return f
  // 说明书第二页就写了。: an emphatic pointer (就 / 明确 / 清楚) as the reply's last word, not answering a question.
  if (EMPHATIC.some((w) => t.slice(f.start, f.end).includes(w)) && closesReply(t, f.end) && !(ctx.previous !== undefined && !ctx.previousHasCue('grievance'))) return f
  // A guess about the customer's act asked in the sentence before: 您是不是…？吊牌上写了…
  const from = Math.max(0, s0 - 30)
  const asked = s0 > 0 && t[s0 - 1] === '?' && ctx.hasCue('clarify', from, s0) && cuesWithin(ctx, 'customer', from, s0).length > 0
  return asked ? f : null
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
const STRESSED = norm(['清楚', '明白', '明显', '明明', '早就', 'clear'])
/** A clause closed by 吗 / 嘛 (normalised text: the particle, then only spaces or ~). */
const ASKED_CLAUSE = new RegExp(`[${normalizePhrase('吗嘛')}][\\s~]*$`)
/** Nothing but a clause tail, punctuation or spaces after `at`. */
function closesReply(t: string, at: number): boolean {
  for (let i = at; i < t.length; i++) if (!CLAUSE_TAIL.has(t[i]!) && !/[\s,.!?~;:]/.test(t[i]!)) return false
  return true
}

const SELF = normalizePhrase('自己')
/** 自己 right before `at` with no subject of its own (不是我们自己 has one). */
const bareSelf = (ctx: LintContext, at: number) => ctx.text.startsWith(SELF, at - SELF.length)
/** bc27: the clause of `f` asks (a question mark, or 吗 / 么 / 嘛 closing it). */
function isAskedBack(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  if (isQuestion(t, f.start, f.end)) return true
  let e = clauseEnd(t, f.end)
  while (e > f.end && /[\s~]/.test(t[e - 1] ?? '')) e--
  return ASKED_PARTICLES.has(t[e - 1] ?? '')
}
const ASKED_PARTICLES = chars('吗么嘛')

const HUMAN = normalizePhrase('人为')
const HAVE = normalizePhrase('有')
const FAULT_WORDS = words('faultWords')
const NOT_ACT = words('notAct')
const ME = normalizePhrase('我')
/** 就该 / 早该 carry their own 就 / 早. */
const FIRM_HEAD = chars('就早')
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
/** The clause after `at` ends in 的 (before its particles): 应该先问清楚再拍的. */
function closesWithDe(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  let end = clauseEnd(t, at)
  while (end > at && CLAUSE_TAIL.has(t[end - 1]!) && t[end - 1] !== DE) end--
  return end > at && t[end - 1] === DE
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
const HANDLING = norm(classWords('fault.handling', 'rules/blame-customer/index.ts'))
const DEMANDING = norm(['好吗', '好不好', '行吗'])

const OWN_IT = ['抱歉给您带来不便了，我们这边帮您处理']

/** How far before a device word its owner may stand (您家里的网络, 你那边的信号). */
const OWNER_REACH = 5
const OWNER_GAP = new Set([...normalizePhrase('家里的那边这边儿')])
/** Only 家 / 里 / 的 / 那边 / 这边 between the customer and their device (您家WiFi, 您那边的网络). */
const ownerGap = (t: string, from: number, to: number) => [...t.slice(from, to)].every((c) => OWNER_GAP.has(c))
/** The buyer themself opening a word of theirs (自己皮肤, 本身肤质). */
const REFLEXIVE = norm(['自己', '自身', '本身'])
/** The customer named as the owner of the thing starting at `at`: right before it (你宝宝) or across 家 / 的… (你家宝宝, 您那边的网络). */
const ownerBefore = (ctx: LintContext, at: number) =>
  cuesWithin(ctx, 'customer', Math.max(0, at - OWNER_REACH), at).filter(([s, e]) => customerAt(ctx, s) && ownerGap(ctx.text, e, at)).at(-1)

/** How far before a denial a third party named as the cause may stand (快递没来揽件 这个真不怪我们). */
const THIRD_CAUSE_REACH = 24
const IS = normalizePhrase('是')

/**
 * A third party as the subject or focus of a clause shortly before `at` (是快递没来揽件, 快递丢件了),
 * with no customer named after it: the denial that follows shifts the trouble onto them, not onto
 * the customer. 选的是普通快递 names the courier as an object, so it does not count.
 */
export function thirdPartyCause(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  // The longest name ending last (安装师傅, not its 师傅): 是 / a clause start / the buyer sent to them
  // (您问品牌方吧，跟我们店没关系 / 那你找安装师傅去，跟我们没关系; sets aw, p) stand before all of it.
  const party = lastCue(ctx, 'thirdParty', Math.max(0, at - THIRD_CAUSE_REACH), at)
  if (!party) return false
  if (t[party[0] - 1] !== IS && party[0] !== clauseStart(t, party[0]) && !SENT_TO.has(t[party[0] - 1] ?? '')) return false
  // bl34: 您选的是超商取货，…这部分不能怪我们 / 选的就是顺丰: a third party after the buyer's pick is what they chose, not the
  // cause the shop points at (sets be, v).
  if (t[party[0] - 1] === IS && pickedBefore(t, party[0] - 1)) return false
  return !cuesWithin(ctx, 'customer', party[1], at).length
}
const JIU = normalizePhrase('就')
/** A pick (选的, 拍的, 选择的…) ends right before `at`, or before a 就 right before it (选的就是). */
function pickedBefore(t: string, at: number): boolean {
  const end = t[at - 1] === JIU ? at - 1 : at
  return wordsWithin(t, CHOSE, Math.max(0, end - 4), end).some(([, e]) => e === end)
}
SHIRKED.thirdPartyCause = thirdPartyCause
/** bl30: right before a third party, the buyer sent to them (找 / 问 / 联系 / 跟 + 品牌方, 师傅, 银行). */
const SENT_TO = new Set([...normalizePhrase('找问系跟')])

type Judge = (f: Finding, ctx: LintContext) => Finding | null

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

/**
 * 尺码表详情页第三屏就有，您下单的时候可以多留意一下呢: "be more careful when ordering", after an emphatic pointer
 * at a document in the reply: the buyer told they missed what was there. With a past frame right before it,
 * the shop not its subject, no help offered.
 */
/** Where it was written, emphasised (详情页第三屏就有, 主图上都有): read only between a document and a lecture. */
const PAGE_POINTER = norm(['就有', '都有', '就写了', '都写了', '明明有', '明明写了', '早就写了', '就标了', '都标了'])
function pastLecture(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const frame = cuesWithin(ctx, 'pastFrame', cs, f.start).at(-1)
  if (!frame || f.start - frame[1] > 4 || nearestSubject(ctx, cs, f.start).who === 'shop') return null
  const doc = cuesWithin(ctx, 'document', 0, frame[0])[0]
  if (!doc || !PAGE_POINTER.some((w) => t.slice(doc[1], frame[0]).includes(w)) || ctx.hasCue('help', f.end, t.length) || isQuestion(t, f.start, f.end)) return null
  return { ...f, start: frame[0] }
}

/** bl32: the buyer's duty (要 / 得 + an act) closing the sentence as a lecture with 的呀 / 的啊 / 的哦 / 的喔 / 的嘛. */
const DUTY_LECTURE = new RegExp(`[${normalizePhrase('要得')}][^，。！？,.!?]{1,12}${normalizePhrase('的')}[${normalizePhrase('呀啊哦喔嘛')}][。！!~～]?$`)

const JUDGES: Record<string, Judge> = {
  pastLecture,
  consent,
  /** 你选错了 / 是您自己操作不当: only when the customer is the one who did it. */
  fault(f, ctx) {
    // 这是人为损坏 / 属于人为原因: this case judged the buyer's doing, nobody named (a warning);
    // 人为损坏不在保修范围 states the policy.
    const guessedAt = (at: number) => GUESS_HEADS.some((w) => ctx.text.startsWith(w, at - w.length))
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
  },
  /**
   * 你没看详情吗 / 您自己没有及时确认收货. Asked, it is a rhetorical reproach (error) unless
   * help follows (您是不是没看到消息呀？我再发一遍); stated with 自己 it is an error; a bare
   * statement of fact (您没有及时付款) or a hedged one is a warning.
   */
  neglect(f, ctx) {
    // 买之前没了解过吗。 / 拍之前没留意吗？: nobody named, but a past purchase frame asked rhetorically is the buyer's omission.
    if (subjectBefore(ctx, f.start) !== 'customer') {
      // bc27: 说明书写了，自己没看么 — a bare 自己 with nobody named, after the page or the label was pointed at and asked
      // back, stands for the buyer. Not with an offer after it, nor the agent's own (我自己没看过: 我 names the subject).
      if (bareSelf(ctx, f.start) && subjectBefore(ctx, f.start) === undefined && isAskedBack(ctx, f) && ctx.hasCue('document', 0, f.start) &&
        !ctx.hasCue('help', f.end, ctx.text.length) && !ctx.hasCue('offer', f.end, ctx.text.length)) return { ...f, start: f.start - SELF.length }
      // 仓库买之前没检查吗 has its own agent: only a clause with nobody acting in it.
      // …with an offer after it (买之前没了解过吗？我给您详细说一下) it asks in order to help.
      const offered = ctx.hasCue('help', f.end, ctx.text.length) || ctx.hasCue('offer', f.end, ctx.text.length)
      const framed = offered || ctx.hasCue('third', clauseStart(ctx.text, f.start), f.start) ? null : framedRhetorical(f, ctx)
      return framed ? { ...framed, start: wantedSpan(framed)[0], end: Math.max(f.end, wantedSpan(framed)[1]) } : null
    }
    if (hypothetical(ctx, f)) return null
    if (reassured(ctx, f)) return null
    const offer = inSentence(ctx, 'offer', f) || after(ctx, 'offer', f, 12)
    const question = isQuestion(ctx.text, f.start, f.end)
    if (question && offer) return null
    const firm = (question || pointed(ctx, f)) && !before(ctx, 'hedge', f) && !before(ctx, 'clarify', f) && !offer
    return withSubject(ctx, firm ? f : graded(f, 'warning'))
  },
  /**
   * 你没看到吗？ and 肯定是你没看到 (the customer clefted) reproach; 您没看到物流更新 (nothing to
   * see yet) and 为什么没看到 (asking) do not.
   */
  seen(f, ctx) {
    if (!isQuestion(ctx.text, f.start, f.end) && !pointed(ctx, f) && !cleftedAgent(ctx, f.start)) return null
    if (before(ctx, 'why', f, 'clause')) return null
    return JUDGES.neglect!(f, ctx)
  },
  /**
   * bl20: the buyer's report doubted — 您確定不是自己劃到的嗎, 您确定是我们少发了吗, 你确定是收到就坏的吗, 您確定有按照說明書操作嗎
   * (确定 + what caused the trouble, asked back with the buyer named), 我们很难相信, 这磨损不像是刚收到的样子 (answering a
   * trouble). Not a confirmation of what the buyer wants (您确定要退吗, 您确定地址是这个吗), nor with help after it.
   */
  doubted(f, ctx) {
    const t = ctx.text
    const cs = clauseStart(t, f.start)
    const s1 = sentenceEnd(t, f.end)
    if (laterInSentence(ctx, 'help', f.end) || ctx.hasCue('offer', f.end, s1) || hypothetical(ctx, f)) return null
    if (f.entry.tags.includes('asked')) {
      if (nearestSubject(ctx, cs, f.start).who !== 'customer' || !isQuestion(t, f.start, f.end)) return null
      return { ...f, start: cuesWithin(ctx, 'customer', cs, f.start).at(-1)?.[0] ?? f.start }
    }
    // Any report of the buyer's (not a question of theirs) is what is not believed.
    const reported = ctx.previous !== undefined && !/[吗嗎?？]\s*$/.test(ctx.previous)
    const troubled = reported || ctx.hasCue('trouble', sentenceStart(t, f.start), f.start)
    return troubled && !isQuestion(t, f.start, f.end) ? f : null
  },
  /** 这是你的问题 (is 是 + the end of the clause), not 关于您的问题 / 您的问题我记下了. */
  yours(f, ctx) {
    const t = ctx.text
    const head = t.slice(Math.max(clauseStart(t, f.start), f.start - 4), f.start).trimEnd()
    if (!YOURS_BEFORE.some((w) => head.endsWith(w))) return null
    if (isNegated(t, f.start)) return null
    const next = t[f.end]
    if (next !== undefined && !CLAUSE_TAIL.has(next)) return null
    return f
  },
  notOurs(f, ctx) {
    // 如果不是我们的问题… / 不是我们的问题的话…: a condition, not a denial.
    if (ctx.hasCue('conditional', clauseStart(ctx.text, f.start), clauseEnd(ctx.text, f.end))) return null
    if (ctx.text.startsWith(NO_WONDER, f.start) && !CLAUSE_TAIL.has(ctx.text[f.end] ?? '。')) return null
    // 仓库说是快递没来揽件 这个真不怪我们: a third party just named as the cause takes it, curt-reply's.
    if (thirdPartyCause(ctx, f.start)) return null
    // 快递的事您问快递，跟我们没关系 / 快递又不是我开的: shirking onto a third party is curt, not blame.
    // 又不是我送快递: the third party named right after is the shirk too.
    if (before(ctx, 'thirdTopic', f) || inSentence(ctx, 'sendAway', f) || before(ctx, 'thirdParty', f, 'clause') || ctx.hasCue('thirdParty', f.end, clauseEnd(ctx.text, f.end))) return null
    return f
  },
  /** 你买之前就应该问清楚: an obligation about a past purchase, with the customer as subject. */
  shouldHave(f, ctx) {
    // 您应该先问清楚再拍的: a closing 的 after a care to take (先问, 早点, 仔细…) puts the
    // obligation in the past, like a past frame; 应该的 / 应该做的 is "you're welcome".
    const careAfter = after(ctx, 'pastMark', f, 0) || after(ctx, 'omission', f, 0)
    if (!before(ctx, 'pastFrame', f) && !(careAfter && closesWithDe(ctx, f.end))) return null
    // 亲，买之前就应该问清楚: with 就 / 早 the past reproach needs no subject; it is aimed at the buyer.
    const who = subjectBefore(ctx, f.start)
    // 买之前应该先问清楚的: a past frame and a closing 的 after the care put it in the past for nobody but the buyer
    // (twelfth session, sets n, k); 下单前应该核对地址哦 advises.
    const firmed = cueTo(ctx, 'pastFirm', f.start) >= 0 || FIRM_HEAD.has(ctx.text[f.start]!) || (careAfter && closesWithDe(ctx, f.end) && before(ctx, 'pastFrame', f) && !ctx.hasCue('help', f.end, ctx.text.length) && !ctx.hasCue('offer', f.end, ctx.text.length))
    if (who !== 'customer' && (who === 'shop' || !firmed)) return null
    if (after(ctx, 'epistemic', f, 0) && !after(ctx, 'ready', f, 0)) return null
    // The span is the reproach itself: 就应该问清楚.
    const t = ctx.text
    const firm = cueTo(ctx, 'pastFirm', f.start)
    const start = firm < 0 ? f.start : firm
    let end = clauseEnd(t, f.end)
    while (end > f.end && CLAUSE_TAIL.has(t[end - 1]!)) end--
    const span = { ...f, start, end: Math.min(end, f.end + 8) }
    return start < f.start || before(ctx, 'pastFirm', f, 'clause') ? span : graded(span, 'warning')
  },
  /**
   * 签收前为什么不验货 / 怎么不早说; not 为什么不满意 (a real question), 为什么没看到物流
   * (nothing to see yet) nor 怎么不看看这款 (a suggestion).
   */
  whyNot(f, ctx) {
    if (after(ctx, 'suggestion', f, 0) || after(ctx, 'perceive', f, 0)) return null
    let end = -1
    for (const [s, e] of cuesWithin(ctx, 'omission', f.end, f.end + 12)) if (s <= f.end + 2 && e > end) end = e
    // 您买的时候为什么不等活动再买呢: in a past purchase frame any act not done is the reproach.
    // Not 为什么没有优惠券 (a thing missing, 有 after the negation).
    if (end < 0 && ctx.text[f.end] !== HAVE && ctx.hasCue('pastFrame', clauseStart(ctx.text, f.start), f.start)) end = trimmedClauseEnd(ctx, f.end, 6)
    if (end < 0) return null
    return subjectBefore(ctx, f.start) === 'shop' ? null : { ...f, end }
  },
  /**
   * 为啥签收时候不拒收: why + a gap + 不/没 + an omission, in the clause. Not the shop's own
   * (我们为什么没发), nor 为什么没收到 (nothing to perceive yet).
   */
  whyGap(f, ctx) {
    const t = ctx.text
    const end = Math.min(clauseEnd(t, f.end), f.end + WHY_GAP)
    for (let i = f.end + 1; i < end; i++) {
      if (!NEGATION_CHARS.has(t[i]!)) continue
      if (ctx.hasCue('shop', clauseStart(t, f.start), i) || after(ctx, 'perceive', { end: i + 1 }, 0)) return null
      const omission = cuesWithin(ctx, 'omission', i + 1, Math.min(end + 4, i + 5)).find(([s]) => s === i + 1)
      return omission ? { ...f, end: omission[1] } : null
    }
    return null
  },
  /** 一般都是客户没按步骤装: customers in general blamed, with an omission or a fault after. */
  generalized(f, ctx) {
    const t = ctx.text
    const end = Math.min(clauseEnd(t, f.end), f.end + 12)
    // The construction's next word may hold the negation itself (一般都是使用不当).
    for (let i = f.start; i < end; i++) {
      // 一般是签收后没问题再确认: a state after the negation (问题, 事), not an act left undone.
      if (NEGATION_CHARS.has(t[i]!) && !cuesWithin(ctx, 'perceive', i + 1, i + 4).length && wordFrom(t, NOT_ACT, i + 1) < 0) return { ...f, end: trimmedClauseEnd(ctx, i, 10) }
    }
    // ap28: …or the damage said to be caused by the handling (一般都是买家自己刷机刷坏的: AM, AS).
    const caused = cuesWithin(ctx, 'causedDamage', f.end, end).at(0)
    if (caused) return { ...f, end: caused[1] - (t[caused[1] - 1] === DE ? 1 : 0) }
    // 一般是洗的时候水温太高才缩的 (answering 缩水了): the handling with 才 and the trouble after it.
    if (answersComplaint(ctx) || (ctx.previous !== undefined && ctx.previousHasCue('grievance'))) {
      const result = cuesWithin(ctx, 'strongConsequence', f.end, end).find(([, e]) => badOutcomeAfter(ctx, e))
      if (result) return { ...f, end: trimmedClauseEnd(ctx, result[1], 6) }
    }
    return null
  },
  /** 我不是说过了吗: rhetorical when asked, or when it ends in 了/过 (不是告诉你了). */
  toldYou(f, ctx) {
    // 不是发了吗？我帮您查一下: asked in order to help. (askedOnly: 我们不是发了假货 is a plain denial.)
    // bl31: help is looked for after the asked clause, so what was sent "to you" inside it (不是已经发过链接给您了吗？) is no offer
    // (sets u, fb).
    const ce = clauseEnd(ctx.text, f.end)
    const helpAfter = ctx.hasCue('help', ce, ctx.text.length) || ctx.hasCue('offer', ce, ctx.text.length)
    if (isQuestion(ctx.text, f.start, f.end)) return f.entry.tags.includes('askedOnly') && helpAfter ? null : f
    // 我上面不是已经发了尺码表吗，您再往上翻翻: 吗 closing the clause asks, with no question mark.
    if (f.entry.tags.includes('askedOnly')) return ASKED_CLAUSE.test(ctx.text.slice(f.end, ce)) && !helpAfter ? f : null
    const tail = ctx.text.slice(f.end - 1, f.end + 2)
    return /[了过]/.test(tail) ? f : null
  },
  /**
   * 跟您说三遍了 / 你问几遍了 (findTold); not inside an apology (不好意思，跟您说了三遍还没说清楚). The scan
   * leaves an ordinal count of asking with nobody named (今天问第五遍了) to curt-reply: the pool labels
   * it blame in one set (h) and impatience only in another (i), so it is no reproach we can read.
   */
  toldCount(f, ctx) {
    return inSentence(ctx, 'apology', f) || before(ctx, 'apology', f) ? null : f
  },
  throwBack,
  /** 我说了多少遍了; but 抱歉让您说了好几遍 is the agent apologising. */
  repeat(f, ctx) {
    if (before(ctx, 'apology', f) || subjectBefore(ctx, f.start) === 'customer') return null
    return f
  },
  /** 你听不懂吗 / 您怎么还不明白; not 怕您看不明白 (care) nor 我还不明白 (the agent). */
  understand(f, ctx) {
    const who = subjectBefore(ctx, f.start)
    if (who === 'shop' || hypothetical(ctx, f) || inSentence(ctx, 'offer', f)) return null
    if (who === 'customer' || isQuestion(ctx.text, f.start, f.end)) return withSubject(ctx, f)
    return null
  },
  /** 三天打鱼两天晒网 / 想起来才吃: on-and-off use as the reason, not advice against it (建议…不要…). */
  sporadic(f, ctx) {
    if (inSentence(ctx, 'adviceCue', f) || negated(ctx, f.start) || hypothetical(ctx, f) || subjectBefore(ctx, f.start) === 'shop') return null
    return graded(f, 'warning')
  },
  /** 您是不是拿别的机器来退 / 你调包了吧: the buyer (the subject) suspected of fraud, asked or said. */
  accuse(f, ctx) {
    if (subjectBefore(ctx, f.start) !== 'customer' || hypothetical(ctx, f) || negated(ctx, f.start)) return null
    return withSubject(ctx, f)
  },
  /** 只能说明您脚比较特殊; a fault word after it (…用法有问题) is the fault entry's finding. */
  onlyShows(f, ctx) {
    if (hasWordWithin(ctx.text, FAULT_WORDS, f.end, clauseEnd(ctx.text, f.end))) return null
    return JUDGES.insult!(f, ctx)
  },
  insult(f, ctx) {
    return subjectBefore(ctx, f.start) === 'shop' ? null : withSubject(ctx, f)
  },
  /**
   * 这不是自找的吗 / 这鱼死得不冤: the buyer said to have deserved the trouble. Not the shop owning it
   * (这次是我们自找的), nor denied as a statement (这不是您自找的，是我们没包好).
   */
  deserved(f, ctx) {
    const t = ctx.text
    if (nearestSubject(ctx, clauseStart(t, f.start), f.start).who === 'shop' || subjectBefore(ctx, f.start) === 'shop' && !ctx.hasCue('customer', sentenceStart(t, f.start), f.start)) return null
    if (hypothetical(ctx, f) || (negated(ctx, f.start) && !isQuestion(t, f.start, f.end))) return null
    return f
  },
  rhetorical(f) {
    return f
  },
  /** 你看清楚 as an order; 请您看清楚… and 让您看清楚 are requests and offers. */
  lookClearly(f, ctx) {
    // 您再仔细看看好吗: 好吗 after an order to look is impatience, whatever softens it.
    if (DEMANDING.some((w) => ctx.text.startsWith(w, f.end - w.length))) return subjectBefore(ctx, f.start) === 'shop' ? null : f
    if (before(ctx, 'polite', f, 'clause') || subjectBefore(ctx, f.start) === 'shop') return null
    const direct = subjectBefore(ctx, f.start) === 'customer' || ctx.text[f.start] === normalizePhrase('你') || ctx.text[f.start] === normalizePhrase('您')
    return direct || isQuestion(ctx.text, f.start, f.end) || f.end === clauseEnd(ctx.text, f.end) ? f : graded(f, 'warning')
  },
  /**
   * 详情页写得很清楚: a reproach (warning); asked rhetorically (不是写得很清楚吗) it is an
   * error. The shop criticising itself or promising better is fine.
   */
  pageSaid(f, ctx) {
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
  },
  lecture,
  pageNote,
  /** 应该是宝宝自己皮肤的问题 / 你家狗自己肠胃不好吧: their own body as the cause (asked or hedged, a warning). */
  ownBody(f, ctx) {
    if (hypothetical(ctx, f) || reassured(ctx, f) || nearestSubject(ctx, clauseStart(ctx.text, f.start), f.start).who === 'shop') return null
    const soft = isQuestion(ctx.text, f.start, f.end) || before(ctx, 'hedge', f, 'clause') || presumed(ctx.text, f.end)
    // bl30: the owner named before (你宝宝 / 你家宝宝体质…) starts the span, as for the buyer's other things; a word that opens
    // with the buyer themself (您自己体质, 您本身肤质) starts it at 自己 / 本身, as the lexicon's specs have it.
    const owner = REFLEXIVE.some((w) => ctx.text.startsWith(w, f.start)) ? undefined : ownerBefore(ctx, f.start)
    const g = owner ? { ...f, start: owner[0] } : f
    return soft ? graded(g, 'warning') : g
  },
  /**
   * 您手机有问题吧 / 你家WiFi信号差吧: the customer's own device or surroundings (named right after them)
   * made the cause, presumed, answering a complaint, or with a denial after; asked, only as the
   * last word on a complaint. Help after it, a condition or a negation clear it.
   */
  ownThing(f, ctx) {
    const t = ctx.text
    const owner = ownerBefore(ctx, f.start)
    if (!owner || hypothetical(ctx, f) || reassured(ctx, f) || negated(ctx, owner[0])) return null
    if (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
    const asked = isQuestion(t, f.start, f.end) && !presumed(t, f.end)
    if (asked) return guessAnswersComplaint(ctx, f, true) ? { ...f, start: owner[0], severity: 'warning' } : null
    const denied = ctx.hasCue('denial', f.end, t.length)
    if (!presumed(t, f.end) && !answersComplaint(ctx) && !(ctx.previous !== undefined && ctx.previousHasCue('grievance')) && !denied) return null
    return { ...f, start: owner[0], severity: 'warning' }
  },
  /** 您当时自己选的尺码呀, answering 太小了: the customer's own choice thrown back at a complaint. */
  ownChoice(f, ctx) {
    const t = ctx.text
    if (nearestSubject(ctx, sentenceStart(t, f.start), f.start).who === 'shop' || subjectBefore(ctx, f.start) !== 'customer') return null
    // bl32: …or, with no complaint before it, the pick or entry itself said to lack or miss (您自己选的款式跟车对不上, 您自己填的地址少了
    // 门牌号, 您自己拍的照片根本看不出问题: sets ba, ak), in the clause after it.
    // (Clefted, 是您自己填的手机号少了一位, the fault judge reports the whole cleft.)
    const subject = nearestSubject(ctx, sentenceStart(t, f.start), f.start).span
    const faulted = ctx.hasCue('choiceFault', f.end, clauseEnd(t, f.end)) && !(subject && t[subject[0] - 1] === normalizePhrase('是'))
    if ((!faulted && (ctx.previous === undefined || !ctx.previousHasCue('grievance'))) || hypothetical(ctx, f)) return null
    // …慢是正常的 after it: the 'normal' judge reports the whole.
    if (ctx.hasCue('normalTrouble', f.end, sentenceEnd(t, f.end))) return null
    if ((isQuestion(t, f.start, f.end) && !presumed(t, f.end)) || ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
    return graded(f, 'warning')
  },
  /** 页面上都有，自己看: sent to read the page alone, closing the clause; 您可以自己查一下 offers a way. */
  selfLook(f, ctx) {
    const t = ctx.text
    const cs = clauseStart(t, f.start)
    if (t[f.start - 1] === ME || ctx.hasCue('us', cs, f.start) || before(ctx, 'polite', f, 'clause') || ctx.hasCue('offer', cs, f.start)) return null
    if (hypothetical(ctx, f) || negated(ctx, f.start)) return null
    // bl29: 您自己看下物流呀，不是早就派送到驿站了吗 / 您自己看物流不就知道了: told to look, then the answer thrown back as
    // obvious (sets at, an). Not with help or an offer after it.
    const end = sentenceEnd(t, sentenceEnd(t, f.end) + 1)
    if (hasWordWithin(t, LOOK_THROWN, f.end, end) && !ctx.hasCue('help', f.end, t.length) && !ctx.hasCue('offer', f.end, t.length)) return { ...f, end: trimmedClauseEnd(ctx, f.end, 8) }
    if (trimmedClauseEnd(ctx, f.end, 8) > f.end) return null
    return ctx.hasCue('document', 0, f.start) ? f : null
  },
  /** 我已经说得很清楚了; not 您说得很清楚 (a compliment). */
  saidClearly(f, ctx) {
    const who = subjectBefore(ctx, f.start)
    if (who === 'customer') return null
    return who === 'shop' || ctx.hasCue('already', Math.max(0, f.start - 4), f.start) ? f : null
  },
}

export default defineRule({
  meta: {
    id: 'blame-customer',
    category: 'tone',
    description: {
      zh: '指责顾客：质问、反问、把责任推给顾客（“你自己没看…吗”“谁让你…”“我不是说过了吗”），包括“您”字的客气说法',
      en: 'Blaming the customer: accusations, rhetorical questions and shifting the fault onto the buyer, polite forms included',
    },
    // A QA reviewer treats blaming the buyer as a service red line (服务禁语): it turns a
    // problem into a complaint. Context checks drop the hypothetical and self-critical
    // readings, so what remains is reported as an error; hedged forms are warnings.
    defaultSeverity: 'error',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是在指责顾客（不是词表命中，请人工确认）；先说店铺能做什么。',
        en: 'Statistical judgement: {actual} reads like blaming the customer (not a list match; check it); start with what the shop can do.',
      },
    },
  },
  lexicon: parsed,
  create: () => ({
    /** Counts of telling (跟您说三遍了) have no fixed phrase: curt-reply's finder reads them around 次 / 遍. */
    // bl30: …and the constructions of shapes.ts (a document said so, a choice at ordering…) their own words.
    scanWhen: (text: string) => TOLD_CHARS.test(text) || SHAPE_WORDS.test(text),
    scan(ctx: LintContext, entryFor: (tag: string) => CompiledEntry | undefined): Finding[] {
      const out: Finding[] = []
      // Only the constructions whose words the reply holds (the gate opens for 次 / 遍 alone as well).
      const shapes = SHAPE_WORDS.which(ctx.text)
      const asked = shapes & SHAPE.pointerAsked ? entryFor('pointerAsked') : undefined
      if (asked) out.push(...pointerAsked(ctx, asked))
      const chosen = shapes & SHAPE.choiceThrown ? entryFor('choiceThrown') : undefined
      if (chosen) out.push(...choiceThrown(ctx, chosen))
      const needless = shapes & SHAPE.askReproached ? entryFor('askReproached') : undefined
      if (needless) out.push(...askReproached(ctx, needless))
      const should = shapes & SHAPE.shouldFirst ? entryFor('shouldFirst') : undefined
      if (should) out.push(...shouldFirst(ctx, should))
      const frank = shapes & SHAPE.frankTurn ? entryFor('frankTurn') : undefined
      if (frank) out.push(...frankTurn(ctx, frank))
      const cleared = shapes & SHAPE.guessCleared ? entryFor('guessCleared') : undefined
      if (cleared) out.push(...guessCleared(ctx, cleared))
      const entry = entryFor('toldCount')
      if (!entry || !TOLD_CHARS.test(ctx.text)) return out
      for (const hit of findTold(ctx.text)) {
        // A count of asking is reported from 问 (您问了好几遍 → 问了好几遍), the span the askAgain phrases
        // give, so the two agree; one found from 问 itself has nobody named (今天问第五遍了).
        const ask = ctx.text.indexOf(ASK_CHAR, hit.start)
        const asked = ask >= 0 && ask < hit.end
        if (asked && ask === hit.start) continue
        const f = { ruleId: 'blame-customer', entry, start: asked ? ask : hit.start, end: hit.end, severity: entry.severity ?? 'error', expected: entry.expected }
        if (quoted(ctx, f.start)) continue
        const judged = JUDGES.toldCount!(f, ctx)
        if (judged) out.push(judged)
      }
      return out
    },
    judge(f: Finding, ctx: LintContext): Finding | null {
      if (quoted(ctx, f.start)) return null
      for (const tag of f.entry.tags) {
        const judge = JUDGES[tag] ?? CAUSE_JUDGES[tag]
        if (judge) return judge(f, ctx)
      }
      // Phrases added by config: owning the problem is always a fitting answer.
      return f.expected.length ? f : { ...f, expected: OWN_IT }
    },
    /**
     * One accusation, one report: 是你自己没看清楚 hits 没看 and 没看清; keep the widest. A
     * span read from context (您当时又没备注…) gives way to a lexicon phrase it overlaps or touches, whose
     * span is the one the reviewer knows.
     */
    finalize(findings: Finding[], ctx: LintContext): Finding[] {
      // bl30: the shop owning the trouble in so many words (这个是我们物流没安排好，不是您的问题 / 是我们的疏忽) lays nothing on the buyer
      // (sets aw, af, ae).
      if (faultOwned(ctx)) return []
      // bl30: the scanner's constructions (shapes.ts) only when nothing else in the reply was found: one reproach, one report.
      if (findings.some((f) => !SHAPED.has(f.entry.tags[0] ?? ''))) findings = findings.filter((f) => !SHAPED.has(f.entry.tags[0] ?? ''))
      else return findings.slice(0, 1).map((f) => { const [start, end] = WIDE.get(f) ?? [f.start, f.end]; return { ...f, start, end } })
      const built = (f: Finding) => f.entry.tags.some((t) => CONTEXT_BUILT.has(t))
      // One finding (most replies that have any): nothing to overlap or merge.
      if (findings.length === 1) {
        const f = findings[0]!
        if (!built(f)) return [{ ...f }]
        const [start, end] = wantedSpan(f)
        return [{ ...f, start, end }]
      }
      // bl20: what ties a guess to the trouble (…？这样肯定会漏, …，正常穿是不会开胶的) is reported only when the guess itself was not:
      // one finding for the one reproach.
      const firstStart = Math.min(...findings.map((f) => f.start))
      findings = findings.filter((f) => !(f.entry.tags.includes('tiedAfterGuess') && f.start > firstStart && findings.some((g) => g !== f && !g.entry.tags.includes('othersAfterGuess') && g.end <= f.start)))
      // bl29: "it left us fine" standing on a guess about the buyer (书是您孩子撕的吧，我们发货前都检查过的) is reported only when the
      // guess itself was not.
      // (…and any "it left us fine" after another reproach: 肯定是操作有误，机器出厂都测过的 is one.)
      findings = findings.filter((f) => !(GUESS_BACKED.has(f) && findings.some((g) => g !== f && !GUESS_BACKED.has(g))) &&
        !(f.entry.tags.includes('shopWasFine') && findings.some((g) => g !== f && !g.entry.tags.includes('shopWasFine') && g.end <= f.start)))
      // bc27: 现在说 after the buyer's act (nowSaid) only presses home a reproach already found before it: one report.
      findings = findings.filter((f) => !(f.entry.tags.includes('nowSaid') && findings.some((g) => g !== f && g.end <= f.start)))
      // bl22: the cause frame (…造成的, causeMadeBy) is reported only when no other reading of the act found it (是你自己操作不当导致的
      // is the misuse judge's 是你自己操作不当).
      findings = findings.filter((f) => !(f.entry.tags.includes('causeMadeBy') && findings.some((g) => {
        if (g === f) return false
        const [s, e] = wantedSpan(g)
        return s < f.end && f.start < e
      })))
      if (findings.length === 1) return [{ ...findings[0]!, ...(built(findings[0]!) ? (([start, end]) => ({ start, end }))(wantedSpan(findings[0]!)) : {}) }]
      const overlapsPhrase = phraseOverlap(findings.filter((f) => !built(f)))
      const widened = findings.map((f) => {
        if (!built(f)) return f
        const [start, end] = wantedSpan(f)
        return overlapsPhrase({ start, end }) ? undefined : { ...f, start, end }
      })
      const sorted = widened.filter((f): f is Finding => f !== undefined).sort((a, b) => a.start - b.start || b.end - a.end)
      const out: Finding[] = []
      for (const f of sorted) {
        const last = out[out.length - 1]
        if (last && f.start < last.end) {
          if (f.end > last.end) last.end = f.end
          if (f.severity === 'error') last.severity = 'error'
          continue
        }
        out.push({ ...f })
      }
      return out
    },
  }),
})
