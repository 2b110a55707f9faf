/**
 * Where the reward that pays for a review stands: after it in its sentence (rewardAfter: 好评返3元, a favour granted later),
 * before it as a condition or a price already handed over (rewardBefore: 返现需要好评, 我直接转你20，给个好评就行), in the answer
 * to a question asking for it (offerAfterAsk: 能不能追评一句？我这边退您十块), or the screenshot that claims it (ticketAfter).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, firstCue, lastCue, type Span } from '../../src/context/cues.js'
import { runEnd } from '../shared/cues.js'
import { amountEnd, itemEnd } from './amount.js'
import { doneBefore, giftCountEnd } from './reward-reading.js'
import { linked } from './linked.js'

/** A reward this far after the review word still pays for it (五星好评，联系客服领取5元红包). */
const REWARD_REACH = 12
/**
 * A named reward (返现, 红包) may stand further on in the same sentence, past what the review
 * must say (评价的时候带上"物流快"三个字，返现三元).
 */
const STRONG_REACH = 20
/** …and further still after a review whose wording the agent dictates (别写…，换成…，返个红包). */
const SPECIFIED_REACH = 36
/** Short reward words (返, 送, 元) only count right after the review word (好评返3元). */
const SHORT_REACH = 3
/** A reward before the review needs a condition word between, within this reach (返现需要好评). */
const CONDITION_REACH = 10
/** 好评后把截图…: at most this many characters between the review and its screenshot in one clause. */
const SEQUENCE_GAP = 3
const REWARDS = ['reward', 'rewardShort']
/** 五星好评的话: the conditional mark this close after the review word. */
const IF_REACH = 4
/** A reward addressed to the buyer (给你打九折, 送您) is the deal even past 下次. */
const PERSONAL_REACH = 3

/** s44: how much longer than the reach an account typed between review and reward may make the text. */
const HANDLE_ALLOWANCE = 24
/** Runs of three or more handle characters (wx_fengmi88, lily.baby, 13812345678) in [from, to). */
function handleRuns(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let i = from
  while (i < to) {
    if (!HANDLE_CHAR.test(text[i]!)) { i++; continue }
    let j = i
    while (j < to && HANDLE_CHAR.test(text[j]!)) j++
    // A handle mixes letters with digits or _ (wx_fengmi88, szhealth99); a bare number counts only as an account named just before it
    // (加我微信 13812345678): a hotline (400-820-8820) or a price is read as ever.
    const run = text.slice(i, j)
    if (j - i >= 3 && ((/[a-z]/i.test(run) && /[0-9_]/.test(run)) || (/^[0-9]{5,}$/.test(run) && CHANNEL_BEFORE.test(text.slice(Math.max(0, i - 8), i))))) out.push([i, j])
    i = j
  }
  return out
}
const HANDLE_CHAR = /[a-z0-9_.@-]/i
const CHANNEL_BEFORE = /(微信|薇信|vx|wx|qq|扣扣|line|whatsapp|加我|号)[\s:：是]*$/i

/** Whether the reward at `at` is addressed to the buyer (给您, 送你, 再给你). */
function personal(ctx: LintContext, at: number): boolean {
  return ctx.hasCue('personal', Math.max(0, at - PERSONAL_REACH), at + 2)
}

/**
 * End of the reward that pays for the review ending at `from`, if any: a reward word within
 * REWARD_REACH in the sentence (a named one within STRONG_REACH); a short one (返, 送, 元)
 * right after it in its clause, or anywhere in reach when an amount follows (联系客服返5元);
 * a verb that only pays with an amount (退5块钱, 打九折).
 */
export function rewardAfter(ctx: LintContext, from: number, sentenceEnd: number, changed = false): number | undefined {
  const { text } = ctx
  // 好评满30字, 附三张照片, 加追评: a review specified like this is the condition of a deal; so is
  // a requested change (把中评删了，下次来买包邮).
  const specified = changed || ctx.hasCue('reviewSpec', clauseStart(text, from), clauseEnd(text, from))
  // 给个五星好评的话，下单还送…: the review put as the condition of what follows; a new order or
  // 下次 after it is when the reward comes, not another promotion.
  const conditional = ctx.hasCue('ifReview', from, Math.min(clauseEnd(text, from), from + IF_REACH))
  // What the review must say (别写“色差”，换成“很满意”) takes room: the reward may stand further on.
  const reach = specified ? SPECIFIED_REACH : STRONG_REACH
  // s44 (redline, BZ 五星好评，评完截图加我微信 wx_fengmi88，给您发个6.66的红包): an account or handle typed between review and reward
  // (a run of Latin letters, digits, _ . - @) is one word to the reader, however long; it costs the reach one character.
  const handles = handleRuns(text, from, Math.min(sentenceEnd, from + reach + 4 + HANDLE_ALLOWANCE))
  const slack = (at: number) => handles.reduce((n, [a, b]) => (b <= at ? n + b - a - 1 : n), 0)
  const limit = Math.min(sentenceEnd, from + reach + 4 + slack(from + reach + 4 + HANDLE_ALLOWANCE))
  const cEnd = clauseEnd(text, from)
  let best: Span | undefined
  const consider = (c: Span, reach: number, paid: (c: Span) => boolean, favour = false) => {
    if (c[0] < from || c[1] > limit || c[0] - from - slack(c[0]) > reach || !paid(c)) return
    // op14: a reward already handed over (已经给您加急处理了) is no offer.
    if (doneBefore(text, c[0])) return
    // The nearest reward, and the longest word there (返现 rather than 返).
    if (best && (c[0] > best[0] || (c[0] === best[0] && c[1] <= best[1]))) return
    const toBuyer = personal(ctx, c[0])
    // (op14: or a gift named before its count, 送饮料一杯.)
    const amount = amountEnd(text, runEnd(ctx, REWARDS, c[1], limit)) > c[1] || giftCountEnd(text, c[1], clauseEnd(text, c[1])) > c[1]
    // Money paid to the buyer (给您减5块) is the review's price even past a new order between; so is
    // a reward addressed to the buyer (下单返你一张券) or one the review is the condition of.
    // pv35: a favour granted later (下次…免费升级) is concrete: 下次 is when the review's price comes, not another promotion.
    if (linked(ctx, from, c[0], toBuyer || amount || conditional || favour, specified || toBuyer || conditional || favour)) best = c
  }
  const named = () => true
  const shortPaid = (c: Span) => (c[1] <= cEnd && c[0] - from <= SHORT_REACH) || amountEnd(text, c[1]) > c[1] || giftCountEnd(text, c[1], clauseEnd(text, c[1])) > c[1]
  const withAmount = (c: Span) => amountEnd(text, c[1]) > c[1]
  for (const c of cuesWithin(ctx, 'reward', from, limit)) consider(c, reach, named)
  if (!changed) for (const c of cuesWithin(ctx, 'reshipReward', from, limit)) consider(c, reach, named)
  for (const c of cuesWithin(ctx, 'rewardShort', from, limit)) consider(c, REWARD_REACH, shortPaid)
  // An amount makes a verb a reward as surely as a named one (给好评附三张照片的话，下次帮您打九折).
  // After dictated wording the verb may stand as far as a named reward (评价里带上照片和“推荐”两个字，下一单给您直接减十块).
  for (const c of cuesWithin(ctx, 'rewardVerb', from, limit)) consider(c, specified ? reach : STRONG_REACH, withAmount)
  // pv35: a concession granted later (下次换电池半价, 下次给你发货快点): a reward only with a `later` word between the review and it.
  // In the review's clause or the next one (给个好评，欢迎下次光临，下次免费包邮活动… is an ad after a welcome), and not after a review
  // already given and thanked for (好评收到啦，下次来免费帮您检测).
  const favourEnd = clauseEnd(text, Math.min(text.length - 1, cEnd + 1))
  if (!THANKED.test(text.slice(Math.max(clauseStart(text, from), from - 4), Math.min(cEnd, from + 4))))
    // mend31: …nor a free repair or exchange for a fault (cue `standingTerm` between: 以后有质量问题都可以免费换新), the warranty every
    // buyer has; a priority for the reviewer (以后售后优先给您安排) stays a favour.
    for (const c of cuesWithin(ctx, 'laterFavour', from, Math.min(limit, favourEnd)))
      // fxO: 留个言 / 留一个言 (下次给您留个言提醒上新, rv33) is a message left, news open to every follower, not something kept back.
      if (ctx.hasCue('later', from, c[0]) && !(FREE.test(text.slice(c[0], c[1])) && ctx.hasCue('standingTerm', from, c[0])) && !LEFT_WORD.test(text.slice(c[1], c[1] + 1))) consider(c, reach, named, true)
  if (!best) return undefined
  // 返您 + 现金, 小礼 + 礼品: touching reward words are one reward; then its amount, and what
  // the amount is paid as (返 + 2元 + 红包).
  const end = runEnd(ctx, REWARDS, amountEnd(text, runEnd(ctx, REWARDS, best[1], sentenceEnd)), sentenceEnd)
  const item = itemEnd(text, end, Math.min(sentenceEnd, clauseEnd(text, end)))
  return item > end ? item : giftCountEnd(text, end, Math.min(sentenceEnd, clauseEnd(text, end)))
}

/** fxO: what follows 留个 when it is a message left (留个言), not a favour kept back. */
const LEFT_WORD = new RegExp(['言', '话'].map(normalizePhrase).join('|'))
/** mend31: the favours a warranty also grants (free of charge). */
const FREE = new RegExp(['免费', '免单', '不收钱'].map(normalizePhrase).join('|'))
/** pv35: a review given and thanked for (感谢好评, 好评收到啦): a favour after it is no price. */
const THANKED = new RegExp(['感谢', '谢谢', '收到', '已经给', '给了'].map(normalizePhrase).join('|'))

/** 想要返现的话给个好评, 红包需要五星好评: a reward made conditional on the review. */
export function rewardBefore(ctx: LintContext, f: Finding, sentenceStart: number): number | undefined {
  const c = lastCue(ctx, 'reward', Math.max(sentenceStart, f.start - CONDITION_REACH - 4), f.start)
  if (c && f.start - c[1] <= CONDITION_REACH && ctx.hasCue('condition', c[1], f.start) && linked(ctx, c[1], f.start)) return c[0]
  return priceBefore(ctx, f, sentenceStart)
}

/** 给个好评就行: the cue `priceOnly` this close after the review word, in its clause. */
const PRICE_ONLY_GAP = 2
const LE = normalizePhrase('了')
/** 麻烦评价给个五星: the cue `askReview` at most this far before the review word (评价给个 between). */
const ASK_REACH = 6
/**
 * ex31: money handed to the buyer first, then the review named as all that is asked for it (我直接转你20，记得给个五星好评就行;
 * 直接转你，再多转2块，给个好评就行; sets AV and AZ): a reward addressed to the buyer (cue `personal`) within STRONG_REACH before,
 * not one already made (已经给您…), with nothing between that unlinks the two.
 */
function priceBefore(ctx: LintContext, f: Finding, sentenceStart: number): number | undefined {
  const { text } = ctx
  // rv32: …or asked for right before the review word in its clause (给您补偿8元，麻烦评价给个五星哈; cue `askReview`).
  // mend28: …a good review (cue \`goodReview\` from the review word to its clause's end): 麻烦您确认收货后评价一下 asks for a review, not for praise.
  const asked = () =>
    ctx.hasCue('askReview', Math.max(clauseStart(text, f.start), f.start - ASK_REACH - 3), f.start) && ctx.hasCue('goodReview', f.start, clauseEnd(text, f.end))
  const priceOnly = ctx.hasCue('priceOnly', f.end, Math.min(clauseEnd(text, f.end), f.end + PRICE_ONLY_GAP + 3))
  if (!priceOnly && !asked()) return undefined
  const p = lastCue(ctx, 'reward', Math.max(sentenceStart, f.start - STRONG_REACH - 4), f.start)
  if (!p || f.start - p[1] > STRONG_REACH || !personal(ctx, p[0]) || doneBefore(text, p[0])) return undefined
  // …a gift already packed (幫妳多塞了一包茶包，收到記得給好評喔; set g) is told, then a review asked as any shop asks: no price.
  if (!priceOnly && text[p[1]] === LE) return undefined
  return linked(ctx, p[1], f.start, true) ? p[0] : undefined
}

/** 好评后截图给客服, 晒图好评，截图发我: the claim ticket, unless something failed (评价失败的话截图发我). */
export function ticketAfter(ctx: LintContext, f: Finding, sStart: number, sEnd: number): number | undefined {
  const c = firstCue(ctx, 'ticket', f.end, Math.min(sEnd, f.end + REWARD_REACH + 4))
  // In the review word's own clause it is the screenshot entry's (好评截图发我, 五星评价截图给客服);
  // a space typed for a comma sets it apart all the same (好評加五星 截圖傳給我們).
  // So does a word of sequence right between them (晒图好评后把截图发给客服, 评价完截个图发我): the
  // screenshot is taken of the finished review; with more between (评价完有问题的话截图发我) it is of a problem.
  const apart = !!c && (c[0] >= clauseEnd(ctx.text, f.end) || /\s/.test(ctx.text.slice(f.end, c[0])) || (c[0] - f.end <= SEQUENCE_GAP && ctx.hasCue('afterReview', f.end, c[0])))
  if (!c || !apart || c[0] - f.end > REWARD_REACH || ctx.hasCue('trouble', sStart, sEnd) || !linked(ctx, f.end, c[0])) return undefined
  return c[1]
}

/**
 * 能不能追评一句“问题已解决”？我这边退您十块: the review asked for in a question, the reward
 * offered to the buyer in the next sentence, which answers it. Only a reward addressed to the
 * buyer (cue `personal`) counts across the question mark.
 */
export function offerAfterAsk(ctx: LintContext, f: Finding, sStart: number, sEnd: number): number | undefined {
  const { text } = ctx
  // bo15 (ANALYSIS-U change 1): the ask may follow the review word in its question (评价方便调一下吗？), and the answer
  // may pick the review up by an anaphoric V完 / V好 instead of addressing the buyer (改好了返二十元).
  const next = sentenceEnd(text, sEnd + 1)
  // rl35 (BN 给个五星呗～给了我就送你…): the next sentence picks the review up as given (给了 / 评了 / 写完) and pays for it.
  if (RESUMED.test(text.slice(sEnd + 1, Math.min(next, sEnd + 8)))) {
    const end = rewardAfter(ctx, f.end, next)
    if (end !== undefined && end > sEnd) return end
  }
  if (text[sEnd] !== QUESTION || !ctx.hasCue('changeAsk', sStart, sEnd)) return undefined
  if (!ctx.hasCue('personal', sEnd + 1, next) && !ANAPHORIC_DONE.test(text.slice(sEnd + 1, Math.min(next, sEnd + 8)))) return undefined
  const end = rewardAfter(ctx, f.end, next)
  return end !== undefined && end > sEnd ? end : undefined
}
const QUESTION = normalizePhrase('？')
/** 给了我就… / 评完之后… / 晒了图就…: the review asked before picked up as given, opening the next sentence. */
const RESUMED = new RegExp(`^[\\s~～]*(?:${['亲', '您', '你', '妳', '只要', '等'].map(normalizePhrase).join('|')})?(?:[${normalizePhrase('给评写打晒改删发')}](?:${normalizePhrase('了|完')})|${normalizePhrase('评价完|评价了|好评了|五星了')})`, 'u')
/** 调完 / 改好了 / 弄完之后 opening the answer: the asked act picked up as done. */
const ANAPHORIC_DONE = new RegExp(`^[\\s~]*[\\u4e00-\\u9fff]{1,2}?[${normalizePhrase('完好')}](?:${normalizePhrase('了')})?`, 'u')
