import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, firstCue, lastCue, type Span } from '../../src/context/cues.js'
import { lastByText } from '../../src/context/memo.js'
import { mergeOverlapping, refusedBefore, runEnd, runStart } from '../shared/cues.js'
import { amountEnd, itemEnd, spendThreshold } from './amount.js'
import { doneBefore, giftCountEnd } from './reward-reading.js'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/review-manipulation/lexicon.yaml')
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
const REFUSE_REACH = 6
/** 好评后把截图…: at most this many characters between the review and its screenshot in one clause. */
const SEQUENCE_GAP = 3
/** 把差评删掉, 修改一下评价: the change verb this close to the review word. */
const CHANGE_REACH = 6
/** 差评…您看能不能删掉: a change verb this far on, asked of the buyer (cue `changeAsk`). */
const CHANGE_TOPIC_REACH = 24
/** Compensation this far either side of a requested change pays for it. */
const CHANGE_PAY_REACH = 30
/** A change verb and the 的话 that makes it a condition (删的话, 删了的话, 删掉了的话). */
const IF_AFTER_VERB = 5
const REWARDS = ['reward', 'rewardShort']
/** 已经给您补发了: a word of completion this close before a refund or reshipment. */
const DONE_REACH = 6
/** Between the review and another condition: 好评加收藏, 好评+关注, 好评并收藏. */
const JOINED = new Set([...normalizePhrase('加+和并再➕')])
/** 五星好评的话: the conditional mark this close after the review word. */
const IF_REACH = 4
/** A reward addressed to the buyer (给你打九折, 送您) is the deal even past 下次. */
const PERSONAL_REACH = 3

/**
 * Whether nothing between review and reward breaks the deal (好评哦，满99送 / 好评不返现).
 * `concrete`: the reward is addressed to the buyer or has an amount, so 下次 does not unlink it.
 */
function linked(ctx: LintContext, from: number, to: number, concrete = false, specified = false): boolean {
  // 不 inside what the review must say (不要写“色差”) dictates the wording, it refuses nothing.
  // Nor in words that merely start with it (不错, 不少), nor in the wording dictated after
  // 写成/换成 in its clause (写成“没味道”).
  const inside = (s: number, e: number, name: string) => ctx.cues(name).some(([a, b]) => a <= s && e <= b)
  const dictated = (s: number) => lastCue(ctx, 'reviewSpec', clauseStart(ctx.text, s), s) !== undefined
  // The same holds for a refusal word inside the dictated wording (追评说一下没有异味，补您5块):
  // it is what the review must say, not the shop declining.
  // ex31: nor one inside a `notRefuse` phrase (其他不用动: the rest of the review left as it is).
  for (const [s, e] of cuesWithin(ctx, 'refuse', from, to)) if (!dictated(s) && !inQuotes(ctx.text, s) && !inside(s, e, 'notRefuse')) return false
  // cb24: a 不/没 inside the review text the agent dictates (追评写“没有异味”，返您5元) is quoted, not a refusal.
  for (const [s, e] of cuesWithin(ctx, 'refuseBetween', from, to)) if (!inside(s, e, 'reviewSpec') && !inside(s, e, 'notRefuse') && !dictated(s) && !inQuotes(ctx.text, s)) return false
  // 好评加收藏，送小礼品: joined to the review, 收藏 is more of the condition, not another promotion.
  // A specified review with a concrete reward (好评附三张图，下单帮您打八折) is one deal throughout.
  if (!(specified && concrete)) for (const [s] of cuesWithin(ctx, 'unlink', from, to)) if (!JOINED.has(ctx.text[s - 1] ?? '')) return false
  // 给个好评哦，下次来店里领优惠券 is an ad; 给个好评吧，下次来买给你打九折 is the price of it.
  if (!concrete && !specified && ctx.hasCue('later', from, to)) return false
  return !spendThreshold(ctx.text, from, to)
}

const OPEN_QUOTES = new Set(['“', '「', '『'])
const CLOSE_QUOTES = new Set(['”', '」', '』'])
/**
 * Whether `at` stands inside a quotation opened before it and not yet closed (追评写“…，没有异味”): the words of
 * the review the agent dictates, so a 没/不 there refuses nothing (cb24). Straight quotes toggle.
 */
function inQuotes(text: string, at: number): boolean {
  // Read once per reply (lastByText), not once per call: a walk from the start per reward made a long reply quadratic.
  return quoteMapOf(text)[at] === 1
}
/** For every offset, 1 when a quotation opened before it is not yet closed there. */
const quoteMapOf = lastByText(quoteMap)
function quoteMap(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1)
  let depth = 0
  let straight = false
  for (let i = 0; i < text.length; i++) {
    out[i] = depth > 0 || straight ? 1 : 0
    const c = text[i]!
    if (OPEN_QUOTES.has(c)) depth++
    else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1)
    else if (c === '"') straight = !straight
  }
  out[text.length] = depth > 0 || straight ? 1 : 0
  return out
}

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
function rewardAfter(ctx: LintContext, from: number, sentenceEnd: number, changed = false): number | undefined {
  const { text } = ctx
  // 好评满30字, 附三张照片, 加追评: a review specified like this is the condition of a deal; so is
  // a requested change (把中评删了，下次来买包邮).
  const specified = changed || ctx.hasCue('reviewSpec', clauseStart(text, from), clauseEnd(text, from))
  // 给个五星好评的话，下单还送…: the review put as the condition of what follows; a new order or
  // 下次 after it is when the reward comes, not another promotion.
  const conditional = ctx.hasCue('ifReview', from, Math.min(clauseEnd(text, from), from + IF_REACH))
  // What the review must say (别写“色差”，换成“很满意”) takes room: the reward may stand further on.
  const reach = specified ? SPECIFIED_REACH : STRONG_REACH
  const limit = Math.min(sentenceEnd, from + reach + 4)
  const cEnd = clauseEnd(text, from)
  let best: Span | undefined
  const consider = (c: Span, reach: number, paid: (c: Span) => boolean, favour = false) => {
    if (c[0] < from || c[1] > limit || c[0] - from > reach || !paid(c)) return
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
function rewardBefore(ctx: LintContext, f: Finding, sentenceStart: number): number | undefined {
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
function ticketAfter(ctx: LintContext, f: Finding, sStart: number, sEnd: number): number | undefined {
  const c = firstCue(ctx, 'ticket', f.end, Math.min(sEnd, f.end + REWARD_REACH + 4))
  // In the review word's own clause it is the screenshot entry's (好评截图发我, 五星评价截图给客服);
  // a space typed for a comma sets it apart all the same (好評加五星 截圖傳給我們).
  // So does a word of sequence right between them (晒图好评后把截图发给客服, 评价完截个图发我): the
  // screenshot is taken of the finished review; with more between (评价完有问题的话截图发我) it is of a problem.
  const apart = !!c && (c[0] >= clauseEnd(ctx.text, f.end) || /\s/.test(ctx.text.slice(f.end, c[0])) || (c[0] - f.end <= SEQUENCE_GAP && ctx.hasCue('afterReview', f.end, c[0])))
  if (!c || !apart || c[0] - f.end > REWARD_REACH || ctx.hasCue('trouble', sStart, sEnd) || !linked(ctx, f.end, c[0])) return undefined
  return c[1]
}

/** 系统会 / 会被 and the change verb it governs (评价系统会在3天内自动删除). */
const SYSTEM_REACH = 10

/**
 * 把差评删掉/改成好评/撤销差评 with compensation either side (我们退您20元, 给您发个红包):
 * paying for a changed review. Without compensation it is a request, not a deal.
 */
function changeDeal(ctx: LintContext, f: Finding): Finding | null {
  const { text } = ctx
  if (ctx.hasCue('changeFree', sentenceStart(text, f.start), sentenceEnd(text, f.end))) return null
  // The sentence, not the clause: 您给了差评，能帮忙修改下吗.
  // ex30: the review named in the buyer's turn only (我给了差评 → 删了我就给您退款): the verb found is the review's change itself.
  const echo = f.entry.tags.includes('changeEcho')
  // …asked of the buyer: the verb opens its clause, after at most an address or a condition (删了我就…, 亲别呀，删掉的话…,
  // 您把它删了…); a rule explained (全额退款会删除的, 评价会被删除) asks nothing.
  if (echo && !onlyOpeners(text.slice(clauseStart(text, f.start), f.start))) return null
  const verb: Span | undefined = echo
    ? [f.start, f.end]
    : (lastCue(ctx, 'change', Math.max(sentenceStart(text, f.start), f.start - CHANGE_REACH - 4), f.start) ??
      firstCue(ctx, 'change', f.end, Math.min(sentenceEnd(text, f.end), f.end + CHANGE_TOPIC_REACH + 4)))
  if (!verb || Math.max(verb[0] - f.end, f.start - verb[1]) > CHANGE_TOPIC_REACH) return null
  // op14: the change reported as made (投诉已撤销, 差评已经删了) is not asked for.
  if (doneBefore(text, verb[0])) return null
  // lead22: the platform's process described (全额退款是会删除评价的, 评价系统会自动删除): nobody is asked to change it.
  if (ctx.hasCue('systemDoes', Math.max(clauseStart(text, verb[0]), verb[0] - SYSTEM_REACH), verb[0]) && !ctx.hasCue('changeAsk', clauseStart(text, verb[0]), verb[0])) return null
  // Further than CHANGE_REACH, the review is the topic and the verb must be asked of the buyer: by a word
  // of asking before it in its clause, or as the condition of what follows (lead29: 您的差评…，删了的话这单给您全额退款).
  // ex31: …or by opening its clause, after at most an address or 现在 (…您给差评之前就该先找我们的，现在删了我给您补5块; 中评是因为… 删了我们送您个配件;
  // sets AI and L): the verb told to the buyer as the first half of the deal (the reward is still required below).
  const asked = ctx.hasCue('changeAsk', clauseStart(text, verb[0]), verb[0]) || ctx.hasCue('ifReview', verb[1], Math.min(clauseEnd(text, verb[1]), verb[1] + IF_AFTER_VERB)) ||
    (verb[0] > f.end && onlyOpeners(text.slice(clauseStart(text, verb[0]), verb[0])) && !text.slice(verb[1], clauseEnd(text, verb[1])).includes(ALSO) && !leftOpen(ctx, verb[0]))
  if (Math.max(verb[0] - f.end, f.start - verb[1]) > CHANGE_REACH && (verb[0] < f.end || !asked)) return null
  // 修改 + 改一下: touching change words are one verb.
  const start = Math.min(f.start, runStart(ctx, 'change', verb[0], CHANGE_REACH))
  const end = Math.max(f.end, verb[1])
  // 不会要求您删除差评: 要求 is part of the refusal here, not a condition that lifts it.
  if (refusedBefore(ctx, start, 'refuse', 'changeResume', REFUSE_REACH, { questionsAsk: true })) return null
  const after = rewardAfter(ctx, end, Math.min(text.length, end + CHANGE_PAY_REACH), true)
  if (after !== undefined) return { ...f, start, end: after }
  // 删除差评，我们可以全额退款: for a changed review, a refund is the price too.
  const refund = firstCue(ctx, 'changePay', end, Math.min(text.length, end + CHANGE_PAY_REACH))
  // …not one already made (…不满意也没关系，我们已经给您退款了).
  // cb24: the change left to the buyer in the next sentence (差评能改吗？改不改都行，补发照常) unties the refund too.
  if (refund && !ctx.hasCue('refuse', end, refund[0]) && !ctx.hasCue('done', end, refund[0]) && !ctx.hasCue('changeFree', end, refund[0])) return { ...f, start, end: refund[1] }
  // 差评你不删，售后我就没法给你过: service held back until the review changes.
  // cb24: the change asked as a question, the money offered to the buyer in the next sentence (差评能撤吗？给您补个红包).
  const across = offerAfterAsk(ctx, { ...f, end }, sentenceStart(text, start), sentenceEnd(text, end))
  if (across !== undefined) return ctx.hasCue('changeFree', sentenceEnd(text, end), across) ? null : { ...f, start, end: across }
  const threat = firstCue(ctx, 'threat', end, Math.min(sentenceEnd(text, end), end + CHANGE_PAY_REACH))
  if (threat) return { ...f, start, end: threat[1] }
  const before = paidBefore(ctx, Math.max(0, start - CHANGE_PAY_REACH), start)
  if (before !== undefined && !ctx.hasCue('refuse', before, start)) return { ...f, start: before, end }
  // 补发给您，您把差评改一下就行: the reshipment or refund offered first, the change asked after it,
  // unless it was already made (已经给您补发了).
  const offered = lastCue(ctx, 'changePay', Math.max(sentenceStart(text, start), start - CHANGE_PAY_REACH), start)
  // rv34: …unless begged all the same in the change's clause (已经赔了您30，那个一星要不然就改了吧): then it is the price too.
  if (offered && !ctx.hasCue('refuse', offered[1], start) && (!ctx.hasCue('done', Math.max(0, offered[0] - DONE_REACH), offered[0]) || (ctx.hasCue('changePlea', clauseStart(text, start), end) && !ctx.hasCue('changeFree', start, sentenceEnd(text, end))))) return { ...f, start: offered[0], end }
  return null
}

/** 删了我们也会给您补发: 也 after the verb makes what follows come either way (ex31's clause-opening verb). */
const ALSO = normalizePhrase('也')
/**
 * mend27: the change left open in the verb's clause or the next one (现在删了或者不删，我们都一样给您补发; 删不删都照常):
 * the verb opening its clause is then no half of a deal.
 */
function leftOpen(ctx: LintContext, at: number): boolean {
  const { text } = ctx
  const end = clauseEnd(text, at)
  return ctx.hasCue('changeFree', at, end < text.length ? clauseEnd(text, end + 1) : end)
}
/** ex30: what may stand before the change verb of a review named only in the buyer's turn: an address, a condition, 把 + it. */
const ECHO_OPENERS = ['亲', '亲亲', '您', '你', '只要', '如果', '要是', '您要是', '你要是', '您把', '你把', '把', '您把它', '你把它', '把它', '您先', '你先', '麻烦', '麻烦您', '帮忙', '您帮忙',
  // ex31: now, as the deal is put (现在删了我给您补5块).
  '现在', '那现在', '现在您', '现在你'].map(normalizePhrase)
/**
 * Whether `prefix` is nothing but ECHO_OPENERS in a row (and spaces): a walk over the positions reachable from the start,
 * linear in the prefix. (A regex of the overlapping words under `*` backtracked exponentially when it failed.)
 */
function onlyOpeners(prefix: string): boolean {
  const p = prefix.trim()
  const reached = new Uint8Array(p.length + 1)
  reached[0] = 1
  for (let i = 0; i < p.length; i++) {
    if (!reached[i]) continue
    for (const w of ECHO_OPENERS) if (p.startsWith(w, i)) reached[i + w.length] = 1
  }
  return reached[p.length] === 1
}

/** Start of the last reward in [from, to) that pays: a named one, or a short word or verb with an amount (给您退20元). */
function paidBefore(ctx: LintContext, from: number, to: number): number | undefined {
  let best: number | undefined
  const take = (c: Span) => {
    if (best === undefined || c[0] > best) best = c[0]
  }
  for (const c of cuesWithin(ctx, 'reward', from, to)) take(c)
  for (const name of ['rewardShort', 'rewardVerb']) for (const c of cuesWithin(ctx, name, from, to)) if (amountEnd(ctx.text, c[1]) > c[1]) take(c)
  return best
}

/**
 * 能不能追评一句“问题已解决”？我这边退您十块: the review asked for in a question, the reward
 * offered to the buyer in the next sentence, which answers it. Only a reward addressed to the
 * buyer (cue `personal`) counts across the question mark.
 */
function offerAfterAsk(ctx: LintContext, f: Finding, sStart: number, sEnd: number): number | undefined {
  const { text } = ctx
  // bo15 (ANALYSIS-U change 1): the ask may follow the review word in its question (评价方便调一下吗？), and the answer
  // may pick the review up by an anaphoric V完 / V好 instead of addressing the buyer (改好了返二十元).
  if (text[sEnd] !== QUESTION || !ctx.hasCue('changeAsk', sStart, sEnd)) return undefined
  const next = sentenceEnd(text, sEnd + 1)
  if (!ctx.hasCue('personal', sEnd + 1, next) && !ANAPHORIC_DONE.test(text.slice(sEnd + 1, Math.min(next, sEnd + 8)))) return undefined
  const end = rewardAfter(ctx, f.end, next)
  return end !== undefined && end > sEnd ? end : undefined
}
const QUESTION = normalizePhrase('？')
/** 调完 / 改好了 / 弄完之后 opening the answer: the asked act picked up as done. */
const ANAPHORIC_DONE = new RegExp(`^[\\s~]*[\\u4e00-\\u9fff]{1,2}?[${normalizePhrase('完好')}](?:${normalizePhrase('了')})?`, 'u')

/** How far before a platform currency a reward addressed to the buyer makes it the shop's own (额外返您30元京豆). */
const CURRENCY_REACH = 8
/**
 * The deal called off or the reward the platform's own (cue `void`) — unless the only such word is a platform
 * currency the shop hands to the buyer itself (cb24: 好评后返您30元京豆 is the shop's reward; 评价完平台会送京豆 is not).
 */
function voided(ctx: LintContext, sStart: number, sEnd: number): boolean {
  for (const [s, e] of cuesWithin(ctx, 'void', sStart, sEnd)) {
    const from = Math.max(sStart, s - CURRENCY_REACH)
    if (ctx.hasCue('currency', s, e) && ctx.hasCue('personal', from, s) && !ctx.hasCue('platform', sStart, s)) continue
    return true
  }
  return false
}

function judge(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  const sEnd = sentenceEnd(text, f.end)
  if (voided(ctx, sStart, sEnd)) return null
  if (f.entry.tags.includes('change')) return changeDeal(ctx, f)
  // The previous turn told the review done (construction.previous): a reward in this reply pays for it.
  // A refund in the sentence is the order's own money (退款已经转到您支付宝了), not the review's price. The finding runs to
  // the end of its clause, so two hits of one offer (说好的十块…转您) are one finding.
  if (f.entry.tags.includes('paidForDone')) {
    if (refusedBefore(ctx, f.start, 'refuse', 'condition', REFUSE_REACH, { questionsAsk: true }) || ctx.hasCue('changePay', sStart, f.start)) return null
    return { ...f, end: Math.max(f.end, clauseEnd(text, f.end)) }
  }
  if (refusedBefore(ctx, f.start, 'refuse', 'condition', REFUSE_REACH, { questionsAsk: true })) return null
  // 给您看下其他客户的好评截图: reviews shown to the buyer, not a screenshot asked of them.
  if (f.entry.tags.includes('screenshot')) return ctx.hasCue('showing', clauseStart(text, f.start), f.start) ? null : f
  const end = rewardAfter(ctx, f.end, sEnd)
  if (end !== undefined) return { ...f, end }
  const start = rewardBefore(ctx, f, sStart)
  if (start !== undefined) return { ...f, start }
  const offer = offerAfterAsk(ctx, f, sStart, sEnd)
  if (offer !== undefined) return { ...f, end: offer }
  const ticket = ticketAfter(ctx, f, sStart, sEnd)
  if (ticket !== undefined) return { ...f, end: ticket }
  // A review asked for without a reward is fine (满意的话给个好评哦).
  return null
}

export default defineRule({
  meta: {
    id: 'review-manipulation',
    category: 'compliance',
    description: {
      zh: '以奖励换好评：好评返现、五星好评返N元、晒单返现、追评返红包、好评截图发我、删差评/改好评给补偿…（单纯邀请评价不算）',
      en: 'Rewards for reviews: cash back, red packets, gifts or discounts for a good review, review screenshots, compensation for deleting or changing a bad one (a plain request for a review is fine)',
    },
    defaultSeverity: 'error',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是以奖励换好评或操纵评价（不是词表命中，请人工确认）；可以邀请评价，但不能附带任何奖励。',
        en: 'Statistical judgement: {actual} reads like a reward for a review or steering reviews (not a list match; check it); invite a review without any reward.',
      },
    },
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize: mergeOverlapping }),
})
