/**
 * What clears any finding of absolute-promise before it is rated, read around the finding: the speech acts that state no
 * promise (a guarantee disowned, a guess at the cause, a failure explained, a counterfactual, a relayed report, a compliment,
 * a bare yes that leads into something else, an A-not-A question, a record read out, a hedge said first…) and the tags of
 * constructions that hold only in a given frame (a cure with a body condition, stock pitched, a means named, use first).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { classWords } from '../../src/vocab/index.js'
import { wordAlternation } from '../shared/regexp.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, firstCue } from '../../src/context/cues.js'

/**
 * promise41: the shop named as the one who solves (subject.shop / subject.agent: 我们, 我这边, 小妹…) and pledging it with its own word
 * (一定, 肯定, 保证, 绝对): the pledge word is read by the adverb entry as the shop's own action (info). Without one (您放心呢，咱们会帮您处理好的)
 * the result is foretold: the JDDC reviewer upholds it. Built over the normalised class words, as the text it reads is normalised.
 */
const SHOP_SOLVES = new RegExp(
  `(?:${[...classWords('subject.shop', 'rules/absolute-promise/clear.ts'), ...classWords('subject.agent', 'rules/absolute-promise/clear.ts')]
    .map(normalizePhrase).sort((a, b) => b.length - a.length).join('|')})[^,.。!?]{0,4}(?:${['一定', '肯定', '保证', '绝对'].map(normalizePhrase).join('|')})`,
  'u',
)

/** Whether the context clears the finding: no promise is made (checked before an implicit finding is softened). */
export function clearedByContext(f: Finding, ctx: LintContext): boolean {
  const { text } = ctx
  // promise41: the problem declared solved with the shop itself pledging to solve it (您放心，这单我们一定给您处理好: DA): the shop's own
  // commitment, as 一定帮您处理 is. A third party's solving (快递那边会处理好的) and the result foretold (我们会帮您处理好的) stay promises.
  if (f.entry.tags.includes('solved') && SHOP_SOLVES.test(text.slice(sentenceStart(text, f.start), f.end))) return true
  // 不能保证您家猫咪一定爱吃, 沒辦法保證明天下午前一定到: a guarantee disowned earlier in the clause
  // covers what the clause goes on to say, further back than the engine's negation test reads.
  if (ctx.hasCue('disavow', clauseStart(text, f.start), f.start)) return true
  // 一定是使用方式不对, 肯定是没拧紧: the adverb before 是 + a cause guesses at the cause (blame-customer's reading).
  if (f.entry.tags.includes('adverb') && guessedCause(ctx, f)) return true
  // ap36: the goods' fault denied as the lead-in to the buyer named as the cause in the next clause (不可能出问题，肯定是您…).
  if (blamePrelude(ctx, f)) return true
  // ap22: the certainty before a failure (停电了肯定不工作啊, 迟到了车肯定不能等): a bad consequence explained.
  if (f.entry.tags.includes('adverb') && failureAhead(ctx, f)) return true
  // ap22: a counterfactual earlier in the sentence (当初要是…，就不会…): the past that could have been, no promise.
  if (ctx.hasCue('counterfactual', sentenceStart(text, f.start), f.start)) return true
  // pv20: …or later in the same clause (完全不变黄我们不敢说, 當天準時送達無法百分之百保證): the outcome is named to be disowned.
  if (ctx.hasCue('disavow', f.end, clauseEnd(text, f.end))) return true
  // ap38: …or taken up as a topic in the next clause of its sentence and disowned there (几号一定到，这个我真不敢打包票).
  if (disavowedAsTopic(ctx, f)) return true
  // pv20: the outcome relayed from a third party who said it (供應商說下週三到貨, 厂家说…): the shop reports, not promises.
  // Said with a certainty word of the agent's own (快递说明天一定能到), the agent vouches for it after all.
  if (!f.entry.tags.includes('adverb') && ctx.hasCue('relayed', Math.max(clauseStart(text, f.start), f.start - RELAY_REACH), f.start)) return true
  // pv20: the next clause makes it an estimate (當天送達，實際時間依司機路況為準; 以实际到货为准).
  if (ctx.hasCue('actualBasis', f.end, sentenceEnd(text, f.end))) return true
  // pv20: 一定 before a compliment on how the buyer will look (這件妳穿一定超好看, 親穿起來一定超美): well-wishing, not a promise.
  if (f.entry.tags.includes('adverb') && ctx.hasCue('compliment', f.end, Math.min(clauseEnd(text, f.end), f.end + COMPLIMENT_REACH))) return true
  // A bare 可以 / 能 / 会 or an outcome's stem (穿得下啦) is a yes only as the whole reply (怀孕也可以用? — 可以);
  // followed by more (可以帮您催一下, 能开发票, 能到了吗) it starts another statement.
  // apw35: …or the modal followed by the question's own verb after the same modal (能送到北京吗？— 能送到的，放心): the echo is the yes.
  // ap35b: …or the bare yes closed by a reassurance alone (週五前收得到嗎？— 收得到，放心): the 放心 makes it the whole answer.
  if (f.entry.tags.includes('yes') && BARE_YES.has(text.slice(f.start, f.end)) && !BARE_REST.test(text.slice(f.end)) && !ECHO_TAIL.test(text.slice(f.end)) && !echoesQuestion(ctx, f)) return true
  // ap26: a bare reassurance counts only as the whole reply (放心的 to 我怕一掰就断); followed by more it leads into it.
  if (f.entry.tags.includes('bareReassure') && !BARE_REST.test(text.slice(f.end))) return true
  // ap28: a grunt is a yes only as the whole reply (嗯 to 就是周日到吗?); 嗯，我帮您查一下 leads into something else.
  if (f.entry.tags.includes('grunt') && !BARE_REST.test(text.slice(f.end))) return true
  // ap26: a denial followed by a test for the abnormal case (会渗水不会漏水。…如一条线流出来就不正常): normal told from abnormal.
  // mendB: read in its sentence and the one after (…不会漏水的。…如果水一直往下滴就不正常), not to the end of the reply.
  if (f.entry.tags.includes('implicit') && abnormalCheckAfter(text, f.end)) return true
  // ap26: a bare 肯定的 as the whole reply to a statement that names no outcome (过了一会就变成这样了 — 肯定的哦): agreement.
  if (f.entry.tags.includes('adverb') && AGREEING.some((w) => text.startsWith(w, f.start)) && bareAnswer(text, f) && BARE_REST.test(text.slice(clauseEnd(text, f.end))) && agreesWithStatement(ctx)) return true
  // ap27: a hedge said as its own clause right before (一般情况下，充电器不会发烫): it leaves room for this clause too.
  if (f.entry.tags.includes('implicit') && hedgeOpens(ctx, f)) return true
  // ap27: a record's label ending in a colon right before (订单Promise时效:5号送达的, 系统显示：明天送达): the value read out.
  if (f.entry.tags.includes('when') && reportLabelled(ctx, f)) return true
  // ap35: the date set as the buyer asked, said done earlier in the reply (麻烦帮我改过来 — 已经修改 耐心等待 12号送达): the buyer's own
  // booking, as 预约到 is (JDDC).
  if (f.entry.tags.includes('when') && ctx.hasCue('bookingDone', 0, f.start)) return true
  // ap35: the later date the buyer already named with 才 confirmed (12号才到? — 的确是12号到达的): a caution, not a promise (CSDS).
  if (f.entry.tags.includes('when') && LATER_ASKED.test(ctx.previous ?? '') && CONFIRMS.test(text.slice(0, f.start))) return true
  // ap35: the buyer's report of the shop's own slip, in the buyer's turn or quoted back (漏发？…我们都是称重发货的，不可能漏), denied: the shop's own packing disputed, not
  // an outcome promised (BN; blame-customer's to judge).
  if (f.entry.tags.includes('implicit') && (ctx.previousHasCue('slipReported') || ctx.hasCue('slipReported', 0, f.start)) && SLIP_TAIL.test(text.slice(f.start, f.end))) return true
  // ap28: the courier's next step with neither a date nor a speed in its sentence (稍后会为您派送, 会调度回来给您配送的): the process
  // described, not an outcome stated as certain with a time or a result (the lead's convention; CSDS).
  if (f.entry.tags.includes('run') && !ctx.hasCue('runDate', sentenceStart(text, f.start), sentenceEnd(text, f.end))) return true
  // ap31: a cure by a dose (吃三天就好, 度数就降了) only where the sentence names a body condition or a medicine before it.
  if (f.entry.tags.includes('cure') && !ctx.hasCue('cureContext', sentenceStart(text, f.start), f.end)) return true
  // ap31: a short 会 / 不会 counts with 放心 said right after it (会的，放心吧), or 放心 with the short answer right after (放心，不会的).
  // ap35b: …the asked verb may follow it, echoed from the question (安检不会给我扣下吧？— 放心，不会扣的; 会漏吗？— 不会漏的，放心).
  // mendA: …and only where the 会 / 不会 is the short answer standing alone, ending its clause (会的, 不会的哦, 会的会的): 放心，会尽快给您
  // 安排发货 / 放心，不会影响您的信用分 use 会 as the helping verb of a statement about the shop's doing, not a yes or no.
  if (f.entry.tags.includes('calmedAfter') && (!cueStartsWithin(ctx, 'reassureBare', f.end, CALMED_AFTER) || !endsClause(text, pastEcho(ctx, f.end)))) return true
  if (f.entry.tags.includes('calmedBefore') && !shortAnswerWithin(ctx, f.end, CALMED_BEFORE)) return true
  // ap32: an A-not-A alternative (磨不磨脚不太好说, 掉不掉色看洗法) names the outcome as an open question; it states nothing.
  if (f.entry.tags.includes('implicit') && aNotA(text, f.start)) return true
  // mendA30: the reported state pointed at (刚到的时候不可能烂成这样) judges what happened; with 再 / 以后 / 下次 in the clause
  // (不会再裂成这样了, 以后不会坏成这样) it promises the next one.
  if (f.entry.tags.includes('stateJudged') && ctx.hasCue('reportedState', f.end, sentenceEnd(text, f.end)) && !ctx.hasCue('nextTime', clauseStart(text, f.start), f.end)) return true
  // mendA30: stock pitched after its arrival date (芒果今天到货啦，这批是…) is the shop's stock, unless the buyer's order is
  // named before the date (您订的车厘子明天到货，超新鲜的): then the delivery date is promised.
  // Stock already in (您要的大红袍今天到货啦，这批是…: AY) is pitched whoever it was kept for.
  if (f.entry.tags.includes('stockPitch') && ctx.hasCue('stockTail', f.end, sentenceEnd(text, f.end)) && (!ctx.hasCue('buyerOrder', sentenceStart(text, f.start), f.start) || arrivedNow(ctx, f))) return true
  // promise42: 到货 after the stock said to have run out in the reply, or answering a question about stock (有现货吗？— 现在没有了，
  // 下周三到货): the shop's restock from its supplier, not the buyer's delivery — unless the buyer's order is named before it.
  if (f.entry.tags.includes('stockPitch') && restock(ctx, f)) return true
  // mendA30: 这样 right before 就能 names the means (代收，这样就能签收了), unless a date stands after it (这样您就能明天签收).
  if (f.entry.tags.includes('meansThen') && meansBefore(text, f.start) && !ctx.hasCue('receiptDate', f.start, f.end)) return true
  // mendA30: a body function sure to get better only with the goods used or named before it in the sentence, not after a
  // rest or a wait (休息好了奶水会好起来的, 等天气凉快了睡眠就会变好的), and not with the claim disowned anywhere in the sentence.
  if (f.entry.tags.includes('usedFirst') && !usedFirst(ctx, f)) return true
  // ap37: a plain future statement (放心，宝宝会喜欢的; 这个椅子不会晃的，放心) promises only with a reassurance near it (tag calmed);
  // a liking foretold (tag liking) also with the one who will like it named before it in its clause (她收到会喜欢的).
  if (f.entry.tags.includes('calmed') && !calmedNear(ctx, f)) return true
  // ap38: an elliptical "ours won't" (很多锅会掉涂层，我们这个不会) only after others and a fault of theirs, and standing alone.
  if (f.entry.tags.includes('ownImmune') && !ownImmune(ctx, f)) return true
  if (f.entry.tags.includes('liking') && !calmedNear(ctx, f) && !ctx.hasCue('recipient', clauseStart(text, f.start), f.start)) return true
  return false
}

/** ap37: a reassurance (放心, 别担心, 安心) in the finding's sentence, the one before it or the one after it. */
/** How far after the topic word (这个, 这话) the disavowal may end: 这个我们真的不敢打包票 (ap38). */
const TOPIC_DISAVOW_REACH = 12
/** ap38: a topic word at the start of a later clause of the sentence, with a disavowal right after it (这个我真不敢打包票). */
function disavowedAsTopic(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const end = sentenceEnd(text, f.end)
  const next = clauseEnd(text, f.end)
  if (next >= end) return false
  const topic = firstCue(ctx, 'disavowTopic', next, Math.min(end, next + 5))
  if (!topic) return false
  return ctx.hasCue('disavow', topic[1], Math.min(end, topic[1] + TOPIC_DISAVOW_REACH))
}

/** How far back the others' goods and their fault may be named before an elliptical "ours won't" (ap38). */
const OWN_IMMUNE_REACH = 40
/** Only a particle, 这个问题 / 这种情况 or an address after the "won't" before its clause ends (ap38). */
const OWN_IMMUNE_TAIL = /(?:[的啦哦呢哈哒滴嘛啊呀吧噢喔嘅哟咯啰㗎喇\s~～]|亲|親|有?这个?(?:种|样的?|些)?(?:问题|情况|毛病|现象)|这样|呢个问题)*(?:$|[，,。.！!？?、；;…])/uy
/** ap38: the others (别家, 很多, 一般的) and a fault (会掉涂层, 有激素) named shortly before, and nothing but a particle after. */
function ownImmune(ctx: LintContext, f: Finding): boolean {
  const from = Math.max(0, f.start - OWN_IMMUNE_REACH)
  const others = firstCue(ctx, 'riskOthers', from, f.start)
  if (!others || !ctx.hasCue('riskFault', others[1], f.start)) return false
  OWN_IMMUNE_TAIL.lastIndex = f.end
  return OWN_IMMUNE_TAIL.test(ctx.text)
}

function calmedNear(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  const sEnd = sentenceEnd(text, f.end)
  const from = sStart > 0 ? sentenceStart(text, sStart - 1) : 0
  const to = sEnd < text.length ? sentenceEnd(text, sEnd + 1) : text.length
  return ctx.hasCue('reassureSaid', from, to)
}

/** promise42: the restock words (class stock.restock) the span may end in (到货, Taiwan 到貨 is normalised). */
const RESTOCK_WORD = new RegExp(`(?:${wordAlternation(classWords('stock.restock', 'rules/absolute-promise/clear.ts'), normalizePhrase)})$`, 'u')
function restock(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  if (!RESTOCK_WORD.test(normalizePhrase(text.slice(f.start, f.end)))) return false
  if (ctx.hasCue('buyerOrder', sentenceStart(text, f.start), f.start)) return false
  return ctx.hasCue('stockGone', 0, f.start) || ctx.previousHasCue('stockAsked')
}

/** mendA30: stock in already: dated today or said as done (到货啦, 到货了). */
const DONE_AFTER = ['啦', '了'].map(normalizePhrase)
function arrivedNow(ctx: LintContext, f: Finding): boolean {
  return DONE_AFTER.some((w) => ctx.text.startsWith(w, f.end)) || ctx.hasCue('arrivedToday', clauseStart(ctx.text, f.start), f.end)
}

/** mendA30: 这样 (您/你/的话) right before the phrase: the step just said as the means. */
const MEANS = ['这样的话', '这样您', '这样你', '这样'].map(normalizePhrase)
function meansBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at)
  return MEANS.some((w) => before.endsWith(w))
}

/** mendA30: 等…了 before the effect in its clause (等天气凉快了): a wait, the body settling by itself. */
const WAIT_FIRST = new RegExp(`${normalizePhrase('等')}[^,.!?;:~\\s]{0,12}${normalizePhrase('了')}`, 'u')
function usedFirst(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  if (!ctx.hasCue('productUsed', sStart, f.start)) return false
  if (ctx.hasCue('disavow', sStart, sentenceEnd(text, f.end))) return false
  const cs = clauseStart(text, f.start)
  return !ctx.hasCue('settleFirst', cs, f.start) && !WAIT_FIRST.test(text.slice(cs, f.start))
}

/** 一定是 / 肯定是 (class guess.cause) at the adverb, and a fault of handling later in its clause: a guess at the cause. */
const GUESS_HEADS = classWords('guess.cause', 'rules/absolute-promise/clear.ts').map(normalizePhrase)
function guessedCause(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const head = GUESS_HEADS.find((w) => text.startsWith(w, f.start))
  if (head === undefined) return false
  if (OMITTED_STEP.test(text.slice(f.start + head.length, clauseEnd(text, f.end)))) return true
  return ctx.hasCue('guessedCause', f.end, clauseEnd(text, f.end))
}

/**
 * promise42: 一定是 / 肯定是 + 没(有) + a verb of the buyer's handling with its result complement (没等够, 没按对, 没泡开, 没看清楚, 没
 * 晾透, 没敷够: any verb, one or two characters, before the complement) or a step left out (没注意, 没按说明): the cause of a past trouble inferred, blame-customer's to judge. Not 没问题 / 没事 /
 * 没坏 / 没有色差 (no verb before a complement): 肯定是没问题的 is the promise.
 */
const OMITTED_STEP = (() => {
  const w = (name: string) => wordAlternation(classWords(name, 'rules/absolute-promise/clear.ts'), normalizePhrase)
  // The buyer named or not (您自己当时没…), a past moment, 没(有), then a verb of one or two characters with its result
  // (class result.complement: 没等够, 没按对) or a step left out (class step.omitted: 没注意, 没按说明).
  return new RegExp(`^(?:${w('subject.customer')})?(?:家里人|宝宝)?(?:自己)?(?:当时|之前|刚才|那天)?(?:没有|没)(?:[\\u4e00-\\u9fff]{1,2}?(?:${w('result.complement')})|${w('step.omitted')})`, 'u')
})()

/** ap32: the span opens on an A-not-A (磨不磨脚) or its 不 stands between the same character (磨[不磨脚]). */
function aNotA(text: string, at: number): boolean {
  const neg = (i: number) => text[i] === '不' || text[i] === '没'
  if (neg(at + 1) && text[at] === text[at + 2]) return true
  return neg(at) && at > 0 && text[at - 1] === text[at + 1]
}

/** A failure right after the certainty (肯定不出粮), not denied in between (肯定不会没效果 promises the effect). */
function failureAhead(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const at = firstCue(ctx, 'failure', f.end, Math.min(clauseEnd(text, f.end), f.end + FAILURE_REACH + 4))
  return at !== undefined && at[0] - f.end <= FAILURE_REACH && !DENIED.test(text.slice(f.end, at[0]))
}

/** Particles and set endings that may stand around a hedge said as a clause of its own (一般情况下呢，正常来说，). */
const HEDGE_CLAUSE_REST = /^(?:的话|来说|来讲|而言|情况下|的情况下)?[\s的呢哦啊呀哈亲~～]*$/u
const HEDGE_CLAUSE_LEAD = /^[\s亲呢哦]*$/u
/**
 * ap27: the clause right before the finding's, in its sentence, is a hedge and nothing else (一般情况下，…; 正常来说，…): the room
 * it leaves covers the statement that follows (AQ: 一般情况下，充电器不会发烫).
 */
function hedgeOpens(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const cs = clauseStart(text, f.start)
  if (cs <= sentenceStart(text, f.start) || cs < 1) return false
  const ps = clauseStart(text, cs - 1)
  for (const [s, e] of cuesWithin(ctx, 'hedgeOpener', ps, cs - 1)) {
    if (e <= cs - 1 && HEDGE_CLAUSE_LEAD.test(text.slice(ps, s)) && HEDGE_CLAUSE_REST.test(text.slice(e, cs - 1))) return true
  }
  return false
}

/**
 * ap27: the clause before the finding's ends in a colon and names a record (Promise时效:, 系统显示：, 物流信息：): what follows the
 * colon is the record's value, read out, not the agent's promise.
 */
function reportLabelled(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const cs = clauseStart(text, f.start)
  if (cs < 1) return false
  if (/[:：]/u.test(text[cs - 1] ?? '')) return ctx.hasCue('reportLabel', clauseStart(text, cs - 1), cs - 1)
  // ap29: …or a clause of its own that only says where the date is read (看信息，明天下午给您送达; 查询是… is the ASAP form).
  if (!/[,，]/u.test(text[cs - 1] ?? '')) return false
  const ps = clauseStart(text, cs - 1)
  // ap36: only what follows a typed space counts (不好意思让您久等了🙏 已经帮您查到物流，明天会到).
  // …and a particle closing the look-up is dropped (这边帮您查到物流了，明天会到).
  const clause = (text.slice(ps, cs - 1).trim().split(/\s+/u).pop() ?? '').replace(/[了哈哦啦呢哟]+$/u, '')
  return REPORT_READ.some((w) => clause === w || clause.endsWith(w) && clause.length - w.length <= OPENER_REACH && OPENER_CHARS.test(clause.slice(0, clause.length - w.length)))
}
const REPORT_READ = [...classWords('report.read.clause', 'rules/absolute-promise/clear.ts')]
/** A greeting or a particle may open the clause (亲，看信息 / 嗯看信息); ap36: …or the agent and 已经 / 帮您 before the look-up (已经帮您查到物流). */
const OPENER_REACH = 9
const OPENER_CHARS = /^(?:[亲嗯哦噢好的您]{0,2})(?:我|我们|我这边|这边|小妹)?(?:已经|刚刚|刚)?(?:帮您|给您|为您|帮你|给你)?$/u

const CHECK_ABNORMAL = classWords('check.abnormal', 'rules/absolute-promise/clear.ts').map(normalizePhrase)

/** A self-test for the abnormal case (如果…就不正常) after `from`, in its sentence or the next one. */
function abnormalCheckAfter(text: string, from: number): boolean {
  const end = sentenceEnd(text, from)
  const last = end < text.length ? sentenceEnd(text, end + 1) : end
  const span = text.slice(from, last)
  return CHECK_ABNORMAL.some((w) => span.includes(w))
}

/** Yes words that answer only as the whole reply, and what may follow them then (particles, 亲, stops). */
const BARE_YES = new Set(['可以', '能', '会', '穿得下', '合适', '合身', '好用', '管用', '有用', '收得到', '收的到', '送得到', '送的到', '到得了'].map(normalizePhrase))
export const BARE_REST = /^[\s的呀啊哦喔噢哟唷咯啰哈呢啦滴哒嘛亲～~!！。.…]*$/

/** apw35: the modals a bare yes may echo the question with, and a reassurance that may close the echo (，放心哈). */
const ECHO_MODALS = new Set(['能', '会', '可以'].map(normalizePhrase))
/** fxA: guarantee verbs that are findings of their own when echoed after the modal. */
const GUARANTEE_ECHO = /^(?:保证|保證|确保|確保|担保|擔保)/u
const ECHO_TAIL = /^[的呀啊哦喔哟咯哈呢啦滴哒亲～~]*(?:[，, ]+(?:您|你|亲)?放心[的吧呀啊哦喔哈呢啦滴哒亲～~]*)?[\s!！。.…～~]*$/u
/**
 * apw35: after 能 / 会 / 可以 at the reply's start, up to four characters that the question has right after the same modal
 * (周五之前能送到北京吗？— 能送到的): the asked predicate echoed, then only particles or a reassurance.
 */
function echoesQuestion(ctx: LintContext, f: Finding): boolean {
  const { text, previous } = ctx
  const modal = text.slice(f.start, f.end)
  if (!previous || !ECHO_MODALS.has(modal)) return false
  for (let n = Math.min(4, text.length - f.end); n >= 1; n--) {
    const verb = text.slice(f.end, f.end + n)
    if (!/^\p{Script=Han}+$/u.test(verb) || !previous.includes(modal + verb)) continue
    // fxA: the echoed verb a guarantee word (能保证的 to 能保证是新米吗): the 保证 is reported and rated on its own
    // (test/kinds-s33-ap33, kinds-s33-mend-B pin one finding, 保证), so the modal before it is no second yes.
    if (GUARANTEE_ECHO.test(verb)) return false
    return ECHO_TAIL.test(text.slice(f.end + n))
  }
  return false
}

/** What makes the customer's turn ask (吗/么/?, a tag question, A-not-A, a question word). */
const PREVIOUS_ASKS = /[?？吗嗎嘛么麼]|[吧呢][\s~～。.!！]*$|是不是|会不会|能不能|有没有|可不可以|是否|请问|对吧|是吧|(.)[不没]\1/u
/**
 * ap26: the customer's turn states something (过了一会就变成这样了) rather than asking, and names no outcome the shop does not
 * control: a bare 肯定的 after it agrees. A statement of an outcome (那明天就能到) agreed to is still a promise.
 */
/** The certainty words that also agree (肯定的 = sure): a bare 一定 after 好的谢谢 still reads as the start of a promise. */
const AGREEING = ['肯定', '当然'].map(normalizePhrase)
function agreesWithStatement(ctx: LintContext): boolean {
  const previous = ctx.previous
  return previous !== undefined && previous.trim() !== '' && !PREVIOUS_ASKS.test(previous) && !ctx.previousHasCue('uncontrolled')
}

/** 肯定的！/ 当然: the adverb alone in its clause, answering the customer. */
export function bareAnswer(text: string, f: Finding): boolean {
  return f.start === clauseStart(text, f.start) && /^的?[呀啊哦哈呢啦滴]*$/.test(text.slice(f.end, clauseEnd(text, f.end)))
}

/**
 * ap36: a denial of the goods' own fault (不可能出问题, 肯定没问题, 不会有问题) whose next clause opens with the buyer as the cause
 * (肯定是您…, 应该是您拆的时候…, 是您家电压…): the denial serves the blame (the pool's replies of that shape carry no promise label).
 */
// A problem denied as such (没问题, 不可能出问题), not a named outcome said not to come (保证不会碎，碎了肯定是您摔的 still promises:
// the pool labels those a promise and blame both).
const FAULT_DENIED = /没问题|没有问题|没毛病|没有毛病|不可能(?:出|有)?(?:问题|毛病)|不会(?:出|有)(?:问题|毛病)|不存在(?:问题|质量问题)/u
const CAUSE_REACH = 6
function blamePrelude(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const ce = clauseEnd(text, f.end)
  if (ce >= text.length - 1 || !/[,，;；]/u.test(text[ce] ?? '')) return false
  if (!FAULT_DENIED.test(text.slice(clauseStart(text, f.start), ce))) return false
  const ns = ce + 1
  return cuesWithin(ctx, 'buyerCause', ns, Math.min(clauseEnd(text, ns), ns + CAUSE_REACH + 3)).some(([s]) => s - ns <= CAUSE_REACH)
}

/** 供应商说 right before the outcome, a few characters at most between. */
const RELAY_REACH = 6
/** 一定超好看: the compliment right after the adverb (a degree word or 会 between). */
const COMPLIMENT_REACH = 4
/** How far after the certainty a failure may stand (肯定[会]不出粮, 大巴肯定[是]不能等): a few characters. */
const FAILURE_REACH = 4

/** A negator between a cue and the finding (Cantonese 唔/冇 too: 保證唔會縮水), which cuts their link. */
export const DENIED = /[不没无零唔冇]/

const CALMED_AFTER = 5
/** ap35: the buyer's turn puts the arrival later than hoped (12号才到?, 要周五才能送到吗). */
const LATER_ASKED = /才(?:能|会|可以)?(?:到|送到|送达|收到|到货|发)/u
/** ap35: only a confirmation before the date (的确是, 确实是, 是的，, 对的，). */
const CONFIRMS = /^(?:亲|亲亲)?[，, ]*(?:的确|确实|是的|对的|对|嗯|是)[，, ]*(?:是|会|在)?(?:您的订单是|订单是)?$/u
/** ap35: the finding ends in the one-character slip (不可能漏, 不会少). */
const SLIP_TAIL = /[漏少缺错]$/u
const CALMED_BEFORE = 2
/** Only a sentence-final particle, a repeat of the short answer or an address (亲) between `at` and the end of its clause. */
const SHORT_ANSWER_TAIL = /(?:[会會不唔的啦哦呢哈哒滴嘛啊呀吧噢喔嘅哟咯啰\s~～]|亲|親)*(?:$|[，,。.！!？?、；;…]|放心)/uy
function endsClause(text: string, at: number): boolean {
  SHORT_ANSWER_TAIL.lastIndex = at
  return SHORT_ANSWER_TAIL.test(text)
}
/** A short answer (会的, 不会的) starting at most `reach` characters after `from` and standing alone as its clause. */
function shortAnswerWithin(ctx: LintContext, from: number, reach: number): boolean {
  const at = firstCue(ctx, 'answerModal', from, sentenceEnd(ctx.text, from))
  return at !== undefined && at[0] - from <= reach && endsClause(ctx.text, pastEcho(ctx, at[1]))
}
/** Characters that close a short answer and are no echoed verb. */
const NOT_ECHO = /[的啦哦呢哈哒滴嘛啊呀吧噢喔嘅哟咯啰亲親]/u
/**
 * ap35b: past the question's own verb echoed right after the short answer (安检不会给我扣下吧？— 不会扣的): up to three Han characters
 * the customer's turn holds as written. 不会影响您的信用分 echoes 影响 and goes on to a statement, which endsClause then refuses.
 */
function pastEcho(ctx: LintContext, at: number): number {
  const { text, previous } = ctx
  if (!previous) return at
  for (let n = Math.min(3, text.length - at); n >= 1; n--) {
    const verb = text.slice(at, at + n)
    if (/^\p{Script=Han}+$/u.test(verb) && !NOT_ECHO.test(verb[0]!) && previous.includes(verb)) return at + n
  }
  return at
}
/** A cue of `name` starting at most `reach` characters after `from`, in the same sentence. */
function cueStartsWithin(ctx: LintContext, name: string, from: number, reach: number): boolean {
  const at = firstCue(ctx, name, from, sentenceEnd(ctx.text, from))
  return at !== undefined && at[0] - from <= reach
}
