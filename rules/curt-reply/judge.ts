/**
 * judge: whether a lexicon or pattern hit is a brush-off here, read kind by kind against the reply and the customer's turn.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { PARTICLES } from '../../src/vocab/chars.js'
import { isMention } from '../../src/context/mention.js'
import { refusedBefore } from '../shared/cues.js'
import { toldPressedOnBuyer } from '../shared/told.js'
import { possibleNoAnswers, echoesAsked, heardOut, heardStatement, reasonBefore, softly } from './heard.js'
import { asksOwnDoing, replyKind, turnKind, unseenTurn } from './previous-turn.js'
import { ADDRESSED, AROUND_WHOLE, NOTHING, TAIL_FILLERS, isWordChar, onlyFillers, aloneInReply, fillersToEnd } from './fillers.js'
import { triedInVain, ASKED, SEEN_ACK, COMPLAINT, WAITING_ASK, holds, ASKS_OUTCOME, answersQuestion, verdictAnswers, gruntIsCurt, answeredBefore, closingIsCurt, waitClosesStep, OPEN_ASK } from './asked.js'
import { deniedBefore, remindedFirst, WHEN, CALM, offersPath, choiceBefore, whetherBefore, buyerFaulted, offerEnd, NOT_SEEN, topicOnly, cueOutside, offersPathOutside, terseRest, openedBy, restated, endsReply, declinesOtherShop, voicedTail, helpGiven } from './clause.js'
import { shaped, trialPushed, toldByOther, menuPath } from './shape.js'
import { handedAfterCant, spaced, chained } from './held.js'
import { chainedWhole } from './chain.js'
import { buyerActed, otherGoodsBefore, numberBefore, quotedAfter } from './faulted.js'
import { SELF } from './patterns.js'

/**
 * cu36: 尺码您自己量一下自己选 — the job handed back and then the choice too (class job.handback.choice), nothing else
 * after it in the clause: the tail still closes its clause. One startsWith per class word at the hit's end.
 */
const CHOICE_ON = classWords('job.handback.choice', 'rules/curt-reply/judge.ts').map((w) => normalizePhrase(w))
/** cu35: the buyer asking whether it was taken in (明白了不, 看到了吗, 收到没): an ack answers it. */
const SEEN_ASKED = classWords('seen.asked', 'rules/curt-reply/judge.ts').map((w) => normalizePhrase(w))
/** curt40: 你说呢 / 您说呢, read as a retort only after a question or a complaint (turn kinds below). */
// The shared sentence-final particles (src/vocab/chars.ts), and 咧 / 勒 of curt-reply's own fillers (你说咧).
const TRAILING_PARTICLES = new RegExp(`[${[...PARTICLES.filter((p) => p.length === 1), '咧', '勒'].map(normalizePhrase).join('')}~～]+$`, 'u')
const unParticled = (w: string) => w.replace(TRAILING_PARTICLES, '')
const SAY_BARE = new Set(classWords('retort.say.you.bare', 'rules/curt-reply/judge.ts').map((w) => unParticled(normalizePhrase(w))))
/** The buyer asked a question of their own (…吗 / …？) or complained; 我想问你个问题 / 你好我问一下 only announce one (CSDS). */
const sayAsked = (previous: string) => /[吗么嘛?？][\s!！。~～]*$/.test(previous) || turnKind(previous) === 'complaint'
/** curt40: the talk closed with a farewell or "if nothing else" (就这样，拜拜; 没有的话先这样): to thanks or a farewell it closes as it should. */
const FAREWELL = new Set(classWords('talk.end.farewell', 'rules/curt-reply/judge.ts').concat(classWords('talk.end.ifnone', 'rules/curt-reply/judge.ts')).map((w) => normalizePhrase(w)))
/** An entry tagged `tail` refuses only closing its clause: something other than fillers follows it there (退款不可能超过实付金额). */
function tailOpen(text: string, f: Finding): boolean {
  return f.entry.tags.includes('tail') && !onlyFillers(text, f.end, clauseEnd(text, f.end), f.end, f.end, TAIL_FILLERS)
}

function choiceHandedOn(text: string, end: number, cEnd: number): boolean {
  for (const w of CHOICE_ON) {
    if (text.startsWith(w, end) && onlyFillers(text, end + w.length, cEnd, end, end, TAIL_FILLERS)) return true
  }
  return false
}

/** cu37: the buyer's trouble or question still open (a complaint, a chaser, an open question, or not understood yet). */
const NOT_YET = ['不明白', '不懂', '没懂', '没明白', '没解决', '还是不行', '怎么办'].map(normalizePhrase)
function stillOpen(previous: string | undefined): boolean {
  if (previous === undefined) return false
  const kind = turnKind(previous)
  return kind === 'complaint' || kind === 'chaser' || kind === 'openAsk' || NOT_YET.some((w) => previous.includes(w))
}

/** A clause ending in a colon introduces its explanation (规定是这样的：定制类不退). */
const INTRODUCES = new Set([...':：'])
const IS_JIUSHI = normalizePhrase('就是')
/** 不用您自己想办法: a negator this close before the phrase rules it out. */
const NEGATE_REACH = 4
/** A job handed back with no message before it: only a reply this short (自己看流程，页面上都有) is the whole answer. */
const HAND_ALONE = 16
/**
 * A brush-off quoted or talked about (您说的“爱买不买”是哪位同事回的) is not said to the buyer.
 * Checked last, on what would be reported: most hits are dropped earlier for less.
 */
export function judge(found: Finding, ctx: LintContext): Finding | null {
  const f = judgeKind(found, ctx)
  return f && !isMention(ctx.text, f.start, f.end) ? f : null
}

function judgeKind(found: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const f = shaped(found, ctx)
  if (!f) return null
  const kind = f.entry.tags[0]
  // 都跟您说了要先申请售后: a lecture (blame-customer's); 说了好几遍了，没货: a brush-off.
  if (f.entry.tags.includes('nag') && ctx.hasCue('instruct', f.end, text.length)) return null
  // 您问了好几次了，是我没说清楚: the agent takes the repetition on itself, no impatience.
  if (f.entry.tags.includes('nag') && ctx.cues('selfBlame').length) return null
  if (f.entry.tags.includes('nag') && toldByOther(text, f.start)) return null
  // mendA29: 不就知道了 throws the answer back only after a trial pushed onto the buyer (您自己尝尝…, 拍了…).
  if (f.entry.tags.includes('tryBack') && !trialPushed(text, f.start)) return null
  // 我已经说过了，您刚才没看吗？: a told-you-so pressed on the buyer is blame-customer's reproach
  // (one reading for both rules, rules/shared/told.ts).
  if (f.entry.tags.includes('toldBare') && toldPressedOnBuyer(ctx, f)) return null
  // 素颜戴也巨好看 真的会谢: the meme after praise of the goods is delight.
  // 仓库发错了，真的会谢，我马上给您换: the meme at the shop's own slip, with the agent acting on it,
  // is slang (internet-slang's), not sarcasm at the buyer (sets R, S).
  if (f.entry.tags.includes('sarcasm') && (ctx.hasCue('praise', 0, f.start) || ctx.hasCue('help', 0, text.length))) return null
  // 没有就没有了，我帮您登记到货提醒: the short repetition followed by help is a shrug, not a refusal.
  if (f.entry.tags.includes('repeat') && !text.slice(f.start, f.end).includes(IS_JIUSHI) && offersPath(ctx, f)) return null
  // 自己整呗 / 自己去快递柜找: a job handed back answers the buyer's request, complaint or question; with no
  // message before it, only a short reply is that answer. Help or a way offered anywhere makes it a step.
  if (f.entry.tags.includes('handBack')) {
    // cu33: 自己在订单里申请。 — a help word inside the handed-back clause is the buyer's own errand (申请, 反馈), no help
    // given (sets BC; AK: 价保您自己去页面申请); help outside it (…，我帮您审核) still clears it.
    if (cueOutside(ctx, 'help', f.start, f.end) || offersPathOutside(ctx, f.start, f.end)) return null
    // cr27: 您下单选的是230mm的…自己量一下吧: after the buyer's own choice named as the cause it is blame (blame-customer's).
    if (ctx.cues('buyerChoice').some(([, e]) => e <= f.start)) return null
    // cu37: 那是你自己突然换饲料 — 自己 inside the buyer named as the cause (cue buyerCause: 是你自己) tells the buyer's own doing, blame-customer's.
    if (ctx.cues('buyerCause').some(([s, e]) => s >= f.start && e <= f.end && text.startsWith(SELF, e - SELF.length))) return null
    const p = ctx.previous
    // cu35: 师傅没去我们也没办法，你自己再打个电话问问 — the shop's own can't said first (class act.denial): the job handed back after it
    // is the brush-off, whatever its length or the turn (set BG).
    const cantFirst = deniedBefore(text, f.start)
    // cu35: 照了还是粘手 → 你自己再多照几遍: a try reported as failed is a complaint (triedInVain; sets BG, BH).
    const complained = p !== undefined && (holds(p, COMPLAINT) || triedInVain(p))
    const turnReads = p === undefined ? text.length <= HAND_ALONE : complained || holds(p, ASKED.request) || holds(p, ASKED.asked) || holds(p, OPEN_ASK)
    if (!turnReads && !cantFirst) return null
    // Kept only by the can't before it: beside a finding of that can't (跟我们没关系，您自己去问) it is the same brush-off (held.ts).
    if (!turnReads) handedAfterCant.add(f)
    // cu31: 自己拧一下就好了 is all it takes only to a complaint; to 难装吗 it answers (自己装一下就行).
    if (f.entry.tags.includes('fixSelf') && p !== undefined && !complained) return null
  }
  // 您想怎么样呢？退款还是换货都可以的 / 您想怎样都行，退款还是补发您选: "what would you like" with the choices or an offer after it
  // in its sentence or the next one asks the buyer's wish (cue `offered`), it does not challenge them.
  if (f.entry.tags.includes('wantAsked') && ctx.hasCue('offered', f.end, offerEnd(text, f.end))) return null
  // cu37: 您听不懂吗？那我换个说法 — the agent explaining again after it checks its own words (cue reExplain), no retort.
  if (f.entry.tags.includes('doubted') && ctx.hasCue('reExplain', f.end, text.length)) return null
  // curt45: 赔偿不可能 refuses only closing its clause (退款不可能超过实付金额 states a limit).
  if (kind === 'rude' && tailOpen(text, f)) return null
  if (kind === 'rude') return f
  // cu31: 别家的我们没用过，不好评价，我们这款的参数都在详情页 / 別家的商品我們不太清楚，沒辦法幫您比較: judging another shop's goods
  // declined (sets R, AY); the can't or the page pointer after it takes no side, it shirks nothing.
  if ((kind === 'refuse' || kind === 'cannot' || kind === 'alone' || f.entry.tags.includes('page')) && declinesOtherShop(ctx, f.end)) return null
  // 哦，… / 这个正常的 to a complaint: cold only when nothing in the reply apologises or helps, and
  // a 'normal' verdict only when it neither explains why (因为是纯棉的) nor says what settles it
  // (晾两天就散了).
  if (kind === 'coldOpen' || kind === 'normalise') {
    if (ctx.hasCue('help', 0, text.length) || ctx.cues('apology').length || offersPath(ctx, f)) return null
    // 你当时选的最便宜的快递，慢是正常的: the buyer named as the cause, blame-customer's.
    if (kind === 'normalise' && buyerFaulted(ctx)) return null
    // 您确定是收到就坏的吗？出货时是好的: the buyer doubted with a question (blame-customer's reading), not waved off.
    if (kind === 'normalise' && text.includes('?')) return null
    // 会掉毛吗 → 会的 …属于正常的: the buyer asked whether it happens; the verdict is the answer.
    if (kind === 'normalise' && ctx.previous !== undefined && ASKS_OUTCOME.test(ctx.previous)) return null
    // cr26: 进水了 没有问题吗 → 没事的 / 用不了多久吧 → 不影响的: the buyer's last words ask yes or no whether it is all
    // right; the verdict is the answer (lead's convention, session 26). 怎么回事 → 正常的 answers nothing.
    if (kind === 'normalise' && verdictAnswers(ctx, f)) return null
    // 哦哦 / 嗯嗯好的: the grunt must stand alone (a whole-reply grunt is `grunt`'s).
    if (kind === 'normalise') return ctx.cues('reason').length || ctx.hasCue('remedy', f.end, text.length) ? null : f
    // The phrase ends in its punctuation (哦，): the finding is the grunt alone.
    return f.start === 0 || !isWordChar(text.charCodeAt(f.start - 1)) ? { ...f, end: f.end - 1 } : null
  }
  // 在的 要啥: openers before it (the construction's replyStart) and nothing after it.
  if (kind === 'greetBack') return fillersToEnd(text, f.end) ? f : null
  if (kind === 'whole') {
    // cu32: 这瓷砖会不会有色差我也说不准: "whether it happens, I can't tell either" is the whole reply too (sets AA, BA).
    // cu36: 这个谁知道，到时候再说 / 看说明书，上面都写了: a reply of brush-off clauses only (chain.ts) is the whole reply too.
    if (!aloneInReply(text, f.start, f.end, AROUND_WHOLE) && !(whetherBefore(text, 0, f.start) && fillersToEnd(text, f.end, AROUND_WHOLE))) {
      if (!chainedWhole(text, f.start, f.end)) return null
      chained.add(f)
    }
    // curt40: 您说呢 without its particle is 您说 (go ahead: 我想问下 → 您说呢, ASAP and CSDS); a retort only to a question or a complaint.
    if (SAY_BARE.has(unParticled(normalizePhrase(text.slice(f.start, f.end)))) && !(ctx.previous !== undefined && sayAsked(ctx.previous))) return null
    // curt40: 好的谢谢，拜拜 → 就这样，拜拜: a farewell to thanks or a farewell is the chat closed, not the buyer sent off.
    if (ctx.previous !== undefined && FAREWELL.has(normalizePhrase(text.slice(f.start, f.end))) && turnKind(ctx.previous) === 'thanks') return null
    // cr26: 看到了 / 这个哦 after an image, a link or a menu pick acknowledges what was shown (lead's convention).
    if (ctx.previous !== undefined && unseenTurn(ctx.previous) && SEEN_ACK.includes(text.slice(f.start, f.end))) return null
    // cu35 (CSDS): 明白了不? → 知道了呢 / 看到了吗 → 看到了: the buyer asked whether it was taken in (class seen.asked); this is the yes.
    if (ctx.previous !== undefined && SEEN_ACK.includes(text.slice(f.start, f.end)) && holds(ctx.previous, SEEN_ASKED)) return null
    // cr28: 这是赠品 → 哦哦 / 看到了: taking in a statement that asks nothing (lead's convention).
    if (ctx.previous !== undefined && SEEN_ACK.includes(text.slice(f.start, f.end)) && heardStatement(ctx.previous)) return null
    // cr26: 进水了 没有问题吗 → 正常的: a status verdict to a yes/no question about it is the answer.
    if (f.entry.tags.includes('status') && verdictAnswers(ctx, f)) return null
    // cu29: 已经帮您联系站点加急了 → 请您耐心等待一下呢: the wait closes the agent's step in the turn (as settledBefore reads it).
    if (f.entry.tags.includes('status') && ctx.agentBefore !== undefined && replyKind(ctx.text)?.kind === 'wait' && waitClosesStep(ctx)) return null
    if (f.entry.tags.includes('no') && answersQuestion(ctx, f)) return null
    // cr28: 能看到发票信息了吗 → 看不到哈: V不C echoing the can-question asked is its answer; a reason given earlier in the turn
    // (agentBefore) explains a bare no after it.
    if (ctx.previous !== undefined && echoesAsked(text.slice(f.start, f.end), ctx.previous)) return null
    if (f.entry.tags.includes('no') && reasonBefore(ctx)) return null
    if (f.entry.tags.includes('grunt') && !gruntIsCurt(ctx)) return null
    // lead22: after an answer the agent sent in the same turn (the answer, then this closer), nothing is ignored.
    if (f.entry.tags.includes('closing') && (answeredBefore(ctx) || !closingIsCurt(ctx.previous) || heardOut('closing', ctx))) return null
    // 行行行 / 知道了知道了: impatient alone, to a complaint or to a question it does not answer; agreeing to a plan it is not.
    if (f.entry.tags.includes('ack') && !gruntIsCurt(ctx) && !holds(ctx.previous!, WAITING_ASK)) return null
    return f
  }
  // 没有 / 不会 are curt only stark: 没有哦 and 不会的亲 already soften a plain answer. To a factual
  // yes/no question (会不会被海关扣 → 不会) even the stark no is the answer.
  if (kind === 'bare') return (aloneInReply(text, f.start, f.end, NOTHING) || restated(ctx, f)) && !answersQuestion(ctx, f) ? f : null
  if (refusedBefore(ctx, f.start, 'negate', 'resume', NEGATE_REACH)) return null
  // cu36: 您放常温放化了，这个不能怪我们 — "not our fault" after the buyer's own doing is told: blame, blame-customer's (faulted.ts).
  // blame42: …or the buyer's act told right after it (这个不能怪我们哈，快递员打您电话您一直不接): the same blame, put the other way round.
  if (f.entry.tags.includes('faultRefused') && buyerActed(ctx, f.start, f.end)) return null
  // cu36: 隔壁那个主播卖的那款您自己看配料表就知道了 — another seller's goods to look at, not the buyer's question pushed back.
  // …or followed by what was written quoted (你自己看看订单，我写的是周三发货，不是周三到): a correction, blame-customer's reading.
  if (f.entry.tags.includes('lookSelf') && (otherGoodsBefore(text, f.start) || quotedAfter(text, f.end))) return null
  // 有事直接打给他 / (快递员电话多少 →) 您直接打给他吧: a contact handed over for when it is needed or on request.
  if (f.entry.tags.includes('handover') && (ctx.hasCue('ifNeeded', clauseStart(text, f.start), f.start) || holds(ctx.previous ?? '', ASKED.offPlatformAsk))) return null
  // cu36 (BQ, BR): the number itself handed over before it (快递员电话1370806…，您直接打给他; 鉴定师的私人电话是…，您直接打给他问): the
  // contact given is privacy-leak's or off-platform's matter; a push beside it (…我们这边也管不了, 你自己看吧) is reported by its own phrase.
  if (f.entry.tags.includes('handover') && numberBefore(text, f.start)) return null
  // 您可以联系师傅 to a complaint: only the agent acting too (我也帮您催一下) makes it service.
  if (kind === 'pointer' || kind === 'dismiss') {
    if (ctx.hasCue('help', 0, text.length)) return null
    // cr26: 没有问题吗 → 没事的 / 用不了多久吧 → 不影响的: the buyer asked yes or no whether it matters; this answers it.
    if (kind === 'dismiss' && verdictAnswers(ctx, f)) return null
    // cb25: a flat denial (不可能，… / 没有的事) retorts only as a clause of its own (不可能有毛病 states a claim about the
    // goods), and when the buyer is then named as the cause it is blame-customer's (不可能啊，肯定是您哪一步漏掉了).
    if (tailOpen(text, f)) return null
    return f.entry.tags.includes('disown') && buyerFaulted(ctx) ? null : f
  }
  // 退款我们已经退了，没到是银行的事，你问银行: a way mentioned before the pointer is no way offered; only
  // the agent acting, or an offer after it, makes it service.
  // cu29: 会给您换货的呢 → 售后联系您您和他说一下呢: after the agent's own answer earlier in the turn (agentBefore) the party named is
  // the next step of that answer, not the whole reply (third and fourth real corpora).
  // cu36 (BP): a help word followed by a can't (我们这边也没有办法，您去找厂家吧) helps nothing (helpGiven).
  if (f.entry.tags.includes('party')) return helpGiven(ctx) || ctx.hasCue('path', f.end, text.length) || answeredBefore(ctx) ? null : f
  // 请您自行联系物流公司核实: the 核实 in the clause is the buyer's errand, not the agent's offer.
  // 保修期的事情我不清楚 / 退款这块我不清楚: a path word in the topic before a bare 不清楚 is what
  // the buyer asked about, not a way offered.
  const pathFrom = kind === 'alone' ? clauseStart(text, f.start) : f.start
  if (f.entry.tags.includes('errand') ? offersPathOutside(ctx, f.start, clauseEnd(text, f.end)) : offersPathOutside(ctx, pathFrom, f.end)) return null
  // 抱歉，目前只能等审核了 / 抱歉，最近有点忙: a status or a courtesy, not a brush-off. 我很忙
  // alone is the whole-reply entry's (很忙).
  if (f.entry.tags.includes('busy') && (ctx.cues('apology').length || aloneInReply(text, f.start, f.end))) return null
  if (f.entry.tags.includes('wait') && ctx.cues('apology').length) return { ...f, severity: 'info' }
  // 师傅明天上午十点前上门，您在家等着就行 / 您就安心等着吧: a time given or the buyer calmed makes waiting the plan.
  // cu35: 说了48小时内发，等着就行 — opened by the agent's reminder (remindedFirst), the time is thrown back and the wait impatient (set BG).
  if (f.entry.tags.includes('waitTold') && (WHEN.some((w) => text.includes(w)) || CALM.some((w) => text.slice(Math.max(0, f.start - 3), f.start).includes(w))) && !remindedFirst(text, f.start)) return null
  // 跟我们没关系，是您自己没去取件 / 您肯定没装对，说明书上有: blame, which blame-customer reports.
  // 订单地址是您自己填的…现在改不了了哦: a can't after the buyer is blamed is the blame's consequence (the dev
  // pool labels it blame only 23 times to 19 blame + curt), so blame-customer reports it.
  if ((f.entry.tags.includes('disown') || f.entry.tags.includes('page') || kind === 'cannot') && buyerFaulted(ctx)) return null
  // (cu32 handed 怪谁 after the buyer's own doing to blame-customer alone, as eight sets label it; reverted at the merge:
  // test/rules-a-kinds.test.ts holds 你非要拍，化了能怪谁 as curt as well — both rules flag it, the labels split.)
  const cStart = clauseStart(text, f.start)
  const cEnd = clauseEnd(text, f.end)
  // cu29: 手机上是看不到的 / 您那边是看不到的: what the buyer's own side shows, explained; not the agent's can't-see.
  if (kind === 'cannot' && NOT_SEEN.includes(text.slice(f.start, f.end)) && ctx.hasCue('buyerSide', cStart, f.start)) return null
  // 我们只管卖 ends its clause; 我们只负责卖正品 says what is sold.
  if (f.entry.tags.includes('tail') && !onlyFillers(text, f.end, cEnd, f.end, f.end, TAIL_FILLERS) && !choiceHandedOn(text, f.end, cEnd)) return null
  // 详情页写了，48小时内: the pointer followed by what it points at; curt only last, or sent back
  // to look again (页面有写的哦，您再看看).
  if (f.entry.tags.includes('page') && !endsReply(text, f) && !ctx.hasCue('lookAgain', f.end, text.length)) return null
  if (kind === 'permission') {
    if (onlyFillers(text, cStart, cEnd, f.start, f.end, ADDRESSED)) return f
    // 吃不吃随你 / 退不退随您便: the buyer's choice put back as A不A, nothing else in the clause.
    return choiceBefore(text, cStart, f.start) && onlyFillers(text, f.end, cEnd, f.end, f.end, ADDRESSED) ? { ...f, start: cStart } : null
  }
  if (kind === 'final') {
    // 退不了，就这样: a refusal closed with "that's that"; 好的，就这样 closes nothing.
    // cu37: …or the buyer's trouble or question still open (还没解决呢 → 好了好了就这样吧): the talk shut down (taxonomy conduct).
    const closes = onlyFillers(text, cStart, cEnd, f.start, f.end) && endsReply(text, f) && (ctx.hasCue('refusal', 0, cStart) || stillOpen(ctx.previous))
    return closes ? f : null
  }
  if (kind === 'alone' || kind === 'cannot') {
    // A clause cut by a typed space is alone only when the rest of the reply is terse and suggests
    // nothing (不知道 问快递); past the space may be the reason or the advice (要看银行效率 这个小妹真没办法,
    // 这个具体不清楚的 建议关注一下).
    const spaceCut = (text.charCodeAt(cEnd) === 0x20 || (cStart > 0 && text.charCodeAt(cStart - 1) === 0x20)) && !terseRest(text, cStart, cEnd)
    const alone = (!spaceCut && onlyFillers(text, cStart, cEnd, f.start, f.end)) || (kind === 'alone' && topicOnly(ctx, cStart, cEnd, f))
    // 没办法 生鲜就这样 / 不知道 等通知: alone up to a space, opening the reply, with only a few words after.
    const upToSpace = !alone && kind === 'alone' && openedBy(ctx, f)
    // 乡下送不了没办法 / 这个我们真不清楚: dictated or typed without punctuation, the formula closes the reply.
    const voiced = !alone && !upToSpace && voicedTail(ctx, f)
    if (!(alone || upToSpace || voiced) || INTRODUCES.has(text[cEnd] ?? '')) return null
    if (upToSpace) spaced.add(f)
    // cu36 (CSDS): 这个时间也是国家规定的 → 咱们这边真的没有办法的: the can't completes the reason given earlier in the turn.
    if (f.entry.tags.includes('cant') && reasonBefore(ctx) && !ctx.hasCue('shrug', 0, f.start)) return null
    // 没办法，您自己点错了规格: the buyer blamed, which blame-customer reports.
    if (kind === 'alone' && ctx.cues('buyerCause').length) return null
  }
  // cr27: 我自己可以取消吗 → 取消不了呢: what the buyer may do, answered (lead's convention on yes/no questions).
  if ((kind === 'refuse' || kind === 'cannot') && ctx.previous !== undefined && asksOwnDoing(ctx.previous)) return null
  // cr28: 能看到发票信息了吗 → 这边看不到哈: a soft no to a question about what is possible (lead's convention).
  if ((kind === 'refuse' || kind === 'cannot') && ctx.previous !== undefined && possibleNoAnswers(ctx.previous) && softly(text)) return null
  // 还未出库，这边没法帮您联系站点: a refusal with its reason; 反正已经发了，拦不了 shrugs it off.
  if ((kind === 'refuse' || kind === 'cannot') && ctx.cues('reason').length && !ctx.hasCue('shrug', 0, f.start)) return null
  // cu37: 电脑点击我的-客户服务-发票，这边无法帮您截图: the way told step by step (menuPath) before the can't is the answer.
  if ((kind === 'refuse' || kind === 'cannot') && menuPath(text)) return null
  // cr28: 下午就发货了呢 → 现在改不了了呢: the reason was the agent's earlier message in this turn (agentBefore).
  if ((kind === 'refuse' || kind === 'cannot') && reasonBefore(ctx) && !ctx.hasCue('shrug', 0, f.start)) return null
  // 抱歉，这个我也不清楚 / 抱歉，无法为您处理: still no way forward, but not rude.
  if ((kind === 'alone' || kind === 'refuse' || kind === 'cannot') && ctx.cues('apology').length) return { ...f, severity: 'info' }
  return f
}
