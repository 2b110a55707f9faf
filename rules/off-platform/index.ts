import { defineRule, type CompiledEntry, type Entry, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, firstCue, lastCue } from '../../src/context/cues.js'
import { mergeOverlapping, refusedBefore, runStart } from '../shared/cues.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { Automaton } from '../../src/match/automaton.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { findHandles, hasAccountRun, hasGluedChannel, hasSpelledDigits, isDigit, latinTails, maxLatinTail, spelledPhones } from './handle.js'
import { hasFoldedInside, hasSeparatorInside, indexHiddenWords, originalSpan, readAcross, squeeze, type HiddenWords, type SqueezedView } from './squeeze.js'
import { hasLookalike } from './lookalike.js'
import { isMention } from '../../src/context/mention.js'
import { isNegated } from '../../src/context/negation.js'
import { classWords } from '../../src/vocab/index.js'
import { dropShadowedFallbacks, overlapIndex, shadowedByOlder } from './fallback-entries.js'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/off-platform/lexicon.yaml')
const ID = 'off-platform'
const DEFAULT_SEVERITY = 'error'
/** How far before the phrase a warning word still governs it (请不要相信私下交易). */
const PROHIBIT_REACH = 6
/** After it: 私下转账对您也没有保障 puts nine characters between the phrase and its warning. */
const PROHIBIT_AFTER_REACH = 12
/** The agent itself, as normalised text spells it. */
const SELF = normalizePhrase('我')
/** 让您 and what is asked of the buyer (叫您加一下对方的微信). */
const ASKED_REACH = 8
/** 加 and the app it adds, with at most this much between (加一下我们售后的微信). */
const ADD_REACH = 10
/** 转到 and the account it sends to (转到我的支付宝账户). */
const TRANSFER_REACH = 6
/** 群 as normalised text spells it (the table may fold it), the last character of a group word. */
const GROUP = normalizePhrase('群').charCodeAt(0)
/** A contact number and where it is hidden (群号在首页图片里, 主页签名里的号码), in one clause. */
const HIDDEN_REACH = 10

/** The kind of an entry: its first tag, unique in the lexicon (see lexicon.yaml). */
const kindOf = (entry: Entry) => entry.tags[0]!

/**
 * rv33: whether some `warning` hit in the sentence is a warning, not the 不是我们的 of a fault disowned (不是我们的问题,
 * cue `notWarning`). Read only after a warning hit, on a finding: costs nothing on other replies.
 */
function warnsInSentence(ctx: LintContext, sStart: number, sEnd: number): boolean {
  const disowned = cuesWithin(ctx, 'notWarning', sStart, sEnd)
  if (disowned.length === 0) return true
  return cuesWithin(ctx, 'warning', sStart, sEnd).some(([s, e]) => !disowned.some(([ds, de]) => ds <= s && e <= de))
}

/**
 * A warning to the buyer (请勿私下转账, 平台不允许加微信, 让您加微信的都是骗子) or a refusal
 * is not diversion; an agent's own QR code is, the one on the package is not, and an official
 * account only where the product's manual or authenticity check lives.
 */
function judge(f: Finding, ctx: LintContext): Finding | null {
  // Lane op14's class entries (kinds ending in Op) give way to an older entry's phrase inside their span.
  if (kindOf(f.entry).endsWith('Op') && shadowedByOlder(ctx.text, f.start, f.end, LEXICON.entries, normalizePhrase)) return null
  const { text } = ctx
  // A label quoted from the platform's own pages (点击“添加至微信卡包”) is a mention, not an invitation.
  if (isMention(text, f.start, f.end)) return null
  // 这边聊天不方便 您搜一下…: the chat called inconvenient is the pretext, not a refusal.
  // A verb right after it (这边不方便加微信) makes it a refusal again: a break must stand between.
  const pretext = cuesWithin(ctx, 'pretext', Math.max(0, f.start - PROHIBIT_REACH - 10), f.start).some(([, e]) => BREAK.test(text.slice(e, f.start)))
  // lead30: 要不要/需不需要/用不用 + 加我微信 is an offer; its 不要/不需要/不用 refuses nothing (questionsAsk).
  if (!pretext && refusedBefore(ctx, f.start, 'prohibit', 'resume', PROHIBIT_REACH, { questionsAsk: true })) return null
  const afterEnd = Math.min(clauseEnd(text, f.end), f.end + PROHIBIT_AFTER_REACH)
  if (ctx.hasCue('prohibitAfter', f.end, afterEnd) || ctx.hasCue('disbelieve', f.end, afterEnd)) return null
  const sStart = sentenceStart(text, f.start)
  const sEnd = sentenceEnd(text, f.end)
  // 有人让您私下转账，莫信: asked of the buyer by someone, then disbelieved; not 加我微信，别信别人说的,
  // nor the agent's own invitation passed through the buyer (让您朋友加我微信，别信外面的).
  if (!text.slice(f.start, f.end).includes(SELF) && ctx.hasCue('disbelieve', f.end, sEnd) && lastCue(ctx, 'askedOfBuyer', Math.max(clauseStart(text, f.start), f.start - ASKED_REACH), f.start)) return null
  if (ctx.hasCue('warning', sStart, sEnd) && warnsInSentence(ctx, sStart, sEnd)) return null
  if (placesFollowedAccount(ctx, f)) return null
  const kind = kindOf(f.entry)
  // pv35: the buyer's own account filled in as a product's field (充值时填写您自己的快手号, 会充到您填写的QQ号上, 充值需要填QQ号; AB, AM,
  // AQ and the breadth check): the account the goods go to, not a contact. An account word (…号) only, after a fill verb in its clause.
  if ((text.endsWith(HAO, f.end) || text.startsWith(HAO, f.end)) && lastCue(ctx, 'fillField', clauseStart(text, f.start), f.start)) return null
  if (kind === 'publicAccount' && ctx.hasCue('buyerFollows', Math.max(clauseStart(text, f.start), f.start - FOLLOWS_REACH), f.end)) return null
  // lead23: …and by which code (亲是聚合支付的二维码收款吗?; real JD traffic, CSDS).
  if ((PAYMENT_KINDS.has(kind) || kind === 'qr') && askedHowPaid(ctx, f)) return null
  // lead22: 线上网银支付或者线下汇款, 公司线下转账的话需要分开下单: the checkout's own offline (company) transfer, named
  // among its payment options (real JD traffic, the third corpus).
  if (kind === 'payment' && text.startsWith(OFFLINE, f.start) && ctx.hasCue('checkoutOption', sStart, sEnd)) return null
  // The personal cue must lie outside the phrase: 付款码 holds 付款 but is not yet anyone's.
  if (kind === 'qr' && !ctx.hasCue('personal', sStart, f.start) && !ctx.hasCue('personal', f.end, sEnd)) return null
  // Outside the phrase: 视频号 holds 视频 (a tutorial video) but is an account.
  // lead23: a canned how-to runs on past the sentence window with commas only (关注下我们的公众号…点击放大镜…
  // 搜一搜…小程序，公众号，文章，朋友圈，可以查看对应的食谱, 7 replies of real JD traffic): what it is for may
  // come at its end, so the product's purpose is looked for up to the sentence's real end.
  if (SCANNED.has(kind) && (ctx.hasCue('productQr', sStart, f.start) || ctx.hasCue('productQr', f.end, fullSentenceEnd(text, f.end)))) return null
  // 你去拼多多买九块九的吧: somebody else's goods there, a brush-off rather than the shop's own store.
  if (ELSEWHERE.has(kind) && ctx.hasCue('othersGoods', f.end, clauseEnd(text, f.end))) return null
  // 在拼多多下单时选一下支付方式: the checkout of the marketplace the buyer is on.
  // pv35: …not a payment method the agent sends over from there (去微博搜店名，那边客服发您付款方式; BD).
  if (ELSEWHERE.has(kind) && ctx.cues('ownCheckout').some(([s, e]) => s >= sStart && e <= sEnd && !SENT_OVER.test(text.slice(Math.max(sStart, s - 3), s)))) return null
  if ((PAYMENT_KINDS.has(kind) || kind === 'privatePayCp22') && rewardedReview(ctx, f, sStart)) return null
  // 扫码查真伪就行，不用加群: a join refused right before it, however far back its code stands.
  if ((kind === 'groupPull' || kind === 'scanJoin') && pullDeclined(ctx, f, sStart, sEnd)) return null
  // 淘宝群扫码进群就能领券: a code for the marketplace's own group feature keeps the buyer on it.
  if ((kind === 'scanJoin' || kind === 'scanReward') && ctx.hasCue('inPlatformGroup', sStart, sEnd)) return null
  if (kind === 'cashDeal' && !cashGetsDiscount(ctx, f)) return null
  // mend30: the green icon is WeChat only with an app, a search or adding someone in its sentence (not a button in an app).
  if (kind === 'greenIcon' && !ctx.hasCue('iconChat', sStart, f.start) && !ctx.hasCue('iconChat', f.end, sEnd)) return null
  return f
}

const HAO = normalizePhrase('号')
/** pv35: right before a payment method, the agent sending it over (发您付款方式): not the checkout's own options. */
const SENT_OVER = new RegExp(['发您', '发你', '发给您', '发给你', '私发'].map(normalizePhrase).join('|'))
/** mend27: a negation at most this far before the discount word, in its clause (没有额外优惠, 不减免). */
const NO_DISCOUNT_REACH = 4
/** 比 as normalised text spells it: 比网上便宜 compares with the platform rather than turning to it. */
const THAN = normalizePhrase('比')

/**
 * mend27: whether the discount the cashDeal construction found belongs to the cash: in the cash word's clause or the next,
 * no turn or platform between them (付现金或者刷卡都可以，线上下单更优惠; 付现金，不过线上…有优惠券), and not negated
 * (没有额外优惠, 不减免运费).
 */
function cashGetsDiscount(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const phrase = f.entry.normalized.filter((p) => text.startsWith(p, f.start)).sort((a, b) => b.length - a.length)[0]
  const name = f.entry.constructionCues?.next
  if (phrase === undefined || name === undefined) return true
  const cashEnd = f.start + phrase.length
  const word = cuesWithin(ctx, name, cashEnd, f.end).filter(([, e]) => e === f.end).sort((a, b) => a[0] - b[0])[0]
  if (!word) return true
  const first = clauseEnd(text, cashEnd)
  if (first < word[0] && clauseEnd(text, first + 1) < word[0]) return false
  // …but the platform as what the cash beats (付现金，比网上便宜) is the cash's discount.
  if (cuesWithin(ctx, 'cashTurn', cashEnd, word[0]).some(([s]) => !text.endsWith(THAN, s))) return false
  const negations = cuesWithin(ctx, 'cashNoDiscount', Math.max(clauseStart(text, word[0]), cashEnd), word[0])
  return !negations.some(([, e]) => word[0] - e <= NO_DISCOUNT_REACH)
}

/**
 * The chat called inconvenient (这边聊天不方便…) is reported only when nothing else in its sentence
 * is: there the invitation itself is the finding, and the pretext adds nothing to it.
 */
function finalize(all: Finding[], ctx: LintContext): Finding[] {
  const findings = dropShadowedFallbacks(all, (f) => kindOf(f.entry))
  // mend31 (speed): the other findings indexed once, not compared pair by pair.
  const others = findings.some((f) => kindOf(f.entry) === 'chatPretext') ? overlapIndex(findings.filter((g) => kindOf(g.entry) !== 'chatPretext')) : undefined
  const kept = findings.filter((f) => {
    if (kindOf(f.entry) !== 'chatPretext') return true
    const s0 = sentenceStart(ctx.text, f.start)
    const s1 = sentenceEnd(ctx.text, f.end)
    return !others!(s0, s1)
  })
  return mergeOverlapping(kept)
}

/**
 * 群里人太多了，不拉您进去了 / 淘宝群里…我拉您进去: the pull declined right before it (the span starts
 * at the group word, so the engine's negation check does not see it), or the marketplace's own group.
 */
function pullDeclined(ctx: LintContext, f: Finding, sStart: number, sEnd: number): boolean {
  if (ctx.hasCue('inPlatformGroup', sStart, sEnd)) return true
  const phrase = f.entry.normalized.filter((p) => ctx.text.startsWith(p, f.end - p.length)).sort((a, b) => b.length - a.length)[0]
  if (phrase === undefined) return false
  const at = f.end - phrase.length
  return isNegated(ctx.text, at) || refusedBefore(ctx, at, 'prohibit', 'resume', PROHIBIT_REACH)
}

/** A space or punctuation: what ends the pretext's clause (这边聊天不方便 您搜…). */
const BREAK = /[\s,，、;；:：~～!！]/

/** The payment list and 转帐给我, which stands apart for its notBefore (lexicon.yaml): money moved off the platform. */
const PAYMENT_KINDS = new Set(['payment', 'transferMe'])

/** 线下, as normalised text spells it: the offline half of a checkout's payment options. */
const OFFLINE = normalizePhrase('线下')
/** 您所关注的 and the account it describes, with at most this much between (您所关注的公众号). */
const FOLLOWS_REACH = 8
/** The locative 微信上 / qq上 (the app named as a place). */
const ON_APP_CHAR = normalizePhrase('上')

/**
 * 在微信上关注一下我们的公众号: the app named as the place where the buyer follows or searches an
 * official account. The account's own entry (kind publicAccount) reports that, with its exemptions
 * (a manual or a cookbook lives there); the place adds nothing.
 */
function placesFollowedAccount(ctx: LintContext, f: Finding): boolean {
  const kind = kindOf(f.entry)
  if (kind !== 'account' && kind !== 'invite') return false
  // 微信上 (account) or 微信上搜 (invite): the app as a place, then the seeking verb, before or after the hit's end.
  const on = ctx.text.indexOf(ON_APP_CHAR, f.start)
  if (on < 0 || on >= f.end) return false
  const account = firstCue(ctx, 'officialAccount', f.end, clauseEnd(ctx.text, f.end))
  return account !== undefined && ctx.hasCue('seek', on, account[0])
}

/** The first sentence end (。！？!? or a line break) after `at`, however far: the text's end without one. */
const FULL_STOP = /[。！？!?\n]/g
function fullSentenceEnd(text: string, at: number): number {
  FULL_STOP.lastIndex = at
  const m = FULL_STOP.exec(text)
  return m ? m.index : text.length
}

/** Kinds whose code or account may be the product's own (说明书, 防伪, 官方). */
const SCANNED = new Set(['qr', 'ownQr', 'publicAccount', 'publicAccountUse'])
/** Kinds that name another marketplace or app. */
const ELSEWHERE = new Set(['otherApp', 'otherShop', 'otherAccount', 'appChat'])

/**
 * 好评的话我私下补偿您10块: a bare 私下 reward for a review is review-manipulation's finding; with
 * a channel in the clause (私下微信转您) the money is off the platform all the same.
 */
function rewardedReview(ctx: LintContext, f: Finding, sStart: number): boolean {
  const { text } = ctx
  // cp22: any word of the agent paying out of pocket (私人补您, 私底下给您), as 私下 is.
  if (!PRIVATELY.some((w) => text.startsWith(w, f.start))) return false
  // rv32: …or in the question right before, which the reward answers (差评能帮忙改成好评吗？改好后我私下给您返15块; BA, as
  // review-manipulation reads the offer after an ask).
  const from = sStart > 0 && ASKED.has(text[sStart - 1]!) ? sentenceStart(text, sStart - 1) : sStart
  if (!ctx.hasCue('reviewReward', from, f.start)) return false
  return !ctx.hasCue('namedChannel', clauseStart(text, f.start), clauseEnd(text, f.end))
}
/** The question mark that ends the sentence before (normalised text spells ？ as ?). */
const ASKED = new Set([normalizePhrase('？'), '?'])
const PRIVATELY = [...new Set(['私下', ...classWords('offplat.private', 'rules/off-platform')])].map(normalizePhrase)

/**
 * 您是用支付宝转账的吗？: asking how the buyer paid is no invitation — a question, the buyer
 * (@subject.customer) as subject, and no one of the shop (@subject.shop: 我, 我们…) in the clause
 * to receive anything. Read only on payment hits, so the words stay out of the cue automaton.
 */
function askedHowPaid(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  if (!isQuestion(text, f.start, f.end)) return false
  const before = text.slice(clauseStart(text, f.start), f.start)
  const clause = text.slice(clauseStart(text, f.start), clauseEnd(text, f.end))
  return CUSTOMER.some((w) => before.includes(w)) && !SHOP.some((w) => clause.includes(w))
}
const CUSTOMER = classWords('subject.customer', 'rules/off-platform').map(normalizePhrase)
const SHOP = classWords('subject.shop', 'rules/off-platform').map(normalizePhrase)

/**
 * The same phrases, matched over a view of the reply with separators squeezed out, so that
 * 微-信, 加 v and Q Q find what 微信, 加v and QQ find. Built once per linter.
 */
function separatorTolerant(entries: readonly Entry[], channels: readonly string[]) {
  const automaton = new Automaton()
  // What a pattern stands for, as flat rows (entry index × 2, + 1 for an exception) grouped by
  // pattern id, rather than an object and an array per phrase kept for the linter's life.
  const rowIds: number[] = []
  const rowCodes: number[] = []
  const phrases: string[] = []
  const put = (phrase: string, entry: number, exception: boolean) => {
    const n = normalizePhrase(phrase)
    if (n.length < 2) return
    rowIds.push(automaton.add(n))
    rowCodes.push(entry * 2 + (exception ? 1 : 0))
    if (!exception) phrases.push(n)
  }
  let maxException = 0
  entries.forEach((entry, e) => {
    // A phrase that needs a word before or after it (公众号 after 搜, 私信 after 闲鱼) is no
    // problem alone: the squeezed view does not read constructions, so it leaves them out.
    if (entry.construction?.next || entry.construction?.before) return
    for (const p of entry.phrases) put(p, e, false)
    for (const x of entry.exceptions) {
      put(x, e, true)
      maxException = Math.max(maxException, normalizePhrase(x).length)
    }
  })
  // The channels too: the account after one is read on the squeezed view (v x 12345678).
  const words: HiddenWords = indexHiddenWords(phrases, channels.filter((w) => w.length >= 2))
  automaton.build()
  // Rows by pattern, in the order they were put (a stable counting sort).
  const rowStart = new Uint32Array(automaton.size + 1)
  for (const id of rowIds) rowStart[id + 1]!++
  for (let i = 0; i < automaton.size; i++) rowStart[i + 1]! += rowStart[i]!
  const rows = new Uint32Array(rowIds.length)
  const fill = rowStart.slice(0, automaton.size)
  rowIds.forEach((id, i) => (rows[fill[id]!++] = rowCodes[i]!))

  const hits = (view: SqueezedView) => {
    const found: { entry: Entry; start: number; end: number }[] = []
    // Exceptions by start: one that contains a hit starts at most maxException before its end.
    const exceptionsAt = new Map<number, { entry: Entry; end: number }[]>()
    automaton.scan(view.codes, false, (id, start, end) => {
      for (let r = rowStart[id]!; r < rowStart[id + 1]!; r++) {
        const entry = entries[rows[r]! >> 1]!
        if ((rows[r]! & 1) === 0) found.push({ entry, start, end })
        else if (exceptionsAt.has(start)) exceptionsAt.get(start)!.push({ entry, end })
        else exceptionsAt.set(start, [{ entry, end }])
      }
    })
    const excepted = (h: { entry: Entry; start: number; end: number }) => {
      for (let s = h.start; s >= Math.max(0, h.end - maxException); s--) {
        if (exceptionsAt.get(s)?.some((x) => x.entry === h.entry && x.end >= h.end)) return true
      }
      return false
    }
    return found.filter(
      (h) =>
        !excepted(h) &&
        !h.entry.notBefore.some((w) => view.text.endsWith(normalizePhrase(w), h.start)) &&
        !h.entry.notAfter.some((w) => view.text.startsWith(normalizePhrase(w), h.end)),
    )
  }
  return { words, hits }
}

/**
 * Adds to `out` a verb cue (`verbName`) and, at most `reach` characters after it in the same
 * clause, the account it goes to (`targetName`), not a payment method (微信支付). With
 * `refundAware`, the platform's own refund (退款会转到您的支付宝) is not a transfer.
 */
function across(
  out: Finding[],
  ctx: LintContext,
  verbName: string,
  targetName: string,
  reach: number,
  refundAware: boolean,
  entry: CompiledEntry | undefined,
  make: (entry: CompiledEntry | undefined, start: number, end: number) => Finding | null,
  notVerb?: string,
): void {
  for (const [start, end] of ctx.cues(targetName)) {
    if (ctx.hasCue('payWords', end, end + 2)) continue
    // A bare v followed by 领/字/会员 is a shape or a grade (加大V领款); 微信领5元 is still WeChat.
    if (end - start === 1 && ctx.hasCue('notApp', end, end + 2)) continue
    const clause = clauseStart(ctx.text, start)
    const verb = lastCue(ctx, verbName, Math.max(clause, start - reach), start)
    if (!verb || (refundAware && ctx.hasCue('refund', clause, verb[0]))) continue
    // 加急, 增加, 加入: 加 inside another word adds no one.
    if (notVerb && ctx.hasCue(notVerb, Math.max(0, verb[0] - 1), verb[1] + 1)) continue
    // 加入店铺会员群, 在淘宝APP里就能加入: the marketplace's own group feature keeps it on the platform.
    if (ctx.text.charCodeAt(end - 1) === GROUP && ctx.hasCue('inPlatformGroup', sentenceStart(ctx.text, start), sentenceEnd(ctx.text, end))) continue
    // 付到 + 到我: overlapping verbs are one (定金付到我的支付宝).
    const f = make(entry, runStart(ctx, verbName, verb[0], reach), end)
    if (f) out.push(f)
  }
}

/**
 * Contact details given by description instead of in the reply: a contact number or code and
 * where the buyer will find it (群号在店铺首页图片里, 看我主页签名里的号码), either order, one clause.
 */
function described(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: (entry: CompiledEntry | undefined, start: number, end: number) => Finding | null): void {
  for (const [start, end] of ctx.cues('contactNoun')) {
    // 说明书背面那个码, 贺卡背面的二维码是养护教程: a code on a card or a manual may be the product's own
    // (manual, authenticity, video), as the qr entries read it too. A code named by its channel
    // (企业微信二维码在店铺首页) is a contact whatever the sentence says about the shop.
    if (ctx.text.charCodeAt(end - 1) === CODE && ctx.hasCue('productQr', sentenceStart(ctx.text, start), sentenceEnd(ctx.text, end)) && !ctx.hasCue('channel', clauseStart(ctx.text, start), end)) continue
    // 图片上那串数字 may be a model or batch number: by its look alone it is a contact only when the
    // buyer is told to add, call or find someone with it (…那串数字，加上就能找到我).
    if (BY_LOOK.some((w) => ctx.text.startsWith(w, start)) && !reachedBy(ctx, start, end)) continue
    const from = Math.max(clauseStart(ctx.text, start), start - HIDDEN_REACH - 8)
    const to = Math.min(clauseEnd(ctx.text, end), end + HIDDEN_REACH + 8)
    const before = lastCue(ctx, 'hiddenAt', from, start)
    const hidden = before && start - before[1] <= HIDDEN_REACH ? before : firstCue(ctx, 'hiddenAt', end, to)
    if (!hidden || hidden[0] - end > HIDDEN_REACH) continue
    const f = make(entry, Math.min(start, hidden[0]), Math.max(end, hidden[1]))
    if (f) out.push(f)
  }
  // 戳我主页签名，那里有我的联系方式: the agent's own page, the number later in the sentence.
  for (const [start, end] of ctx.cues('ownPage')) {
    const noun = firstCue(ctx, 'contactNoun', end, Math.min(sentenceEnd(ctx.text, end), end + OWN_PAGE_REACH + 8))
    if (!noun || noun[0] - end > OWN_PAGE_REACH) continue
    // Found in one clause above already (看我头像旁边那个号码).
    if (out.some((o) => o.start < noun[1] && start < o.end)) continue
    const f = make(entry, start, noun[1])
    if (f) out.push(f)
  }
}
/** 码 as normalised text spells it: the last character of a code (二维码, 那个码). */
const CODE = normalizePhrase('码').charCodeAt(0)
/** Contact nouns that name a thing by its look (那串数字, 那组数字, 那个码), not as a contact. */
const BY_LOOK = ['那串', '那组', '那个码', '那张码'].map(normalizePhrase)
/** Someone is added, called or found in the sentence (加店主, 打给, 找我). */
function reachedBy(ctx: LintContext, start: number, end: number): boolean {
  const s0 = sentenceStart(ctx.text, start)
  const s1 = sentenceEnd(ctx.text, end)
  return ctx.cues('add').some(([s, e]) => s >= s0 && e <= s1 && !ctx.hasCue('notAdd', Math.max(0, s - 1), e + 1)) || ctx.hasCue('parcelCall', s0, s1)
}

/**
 * A number on the parcel the buyer is sent to ring for someone of the shop (快递袋上贴的那个手写号码，
 * 打过来找小刘; 號碼在包裹的出貨單上): the place either side of the number in its sentence, a call
 * or a person of the shop in the sentence, and no courier or official line (快递员, 客服热线).
 */
function onParcel(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: (entry: CompiledEntry | undefined, start: number, end: number) => Finding | null): void {
  for (const [start, end] of ctx.cues('parcelNumber')) {
    const s0 = sentenceStart(ctx.text, start)
    const s1 = sentenceEnd(ctx.text, end)
    const before = lastCue(ctx, 'parcelPlace', Math.max(s0, start - HIDDEN_REACH - 8), start)
    const place = before && start - before[1] <= HIDDEN_REACH ? before : firstCue(ctx, 'parcelPlace', end, Math.min(s1, end + HIDDEN_REACH + 8))
    if (!place || place[0] - end > HIDDEN_REACH) continue
    if (!ctx.hasCue('parcelCall', s0, s1) || ctx.hasCue('parcelOfficial', s0, s1)) continue
    const from = Math.min(start, place[0])
    const to = Math.max(end, place[1])
    if (out.some((o) => o.start < to && from < o.end)) continue
    const f = make(entry, from, to)
    if (f) out.push(f)
  }
}

/** The verbs of calling right before a number (打 138…, 拨打0592…, 致电…). */
// rc19: the number pointed at (您打这个 13900112233，我是店长): 这个 / 这个号码 between the verb and the figure.
// s31: Taiwan's 這支 (打這支電話) as 这个.
const DIAL = ['拨打这个号码', '打这个号码', '拨这个号码', '打这个电话', '打这支电话', '拨这支电话', '打这个手机', '打这支手机', '打这个号', '拨这个号', '拨打这个', '打这个', '打这支', '拨这个', '拨打', '致电', '打', '拨', 'call'].map(normalizePhrase)
/** 打 138-0013-8000 找我: the answering agent at most this far after the number. */
const CALL_REACH = 20
/** A phone or landline has at least this many digits (a quantity or a price has fewer). */
const MIN_DIAL_DIGITS = 7

/** The end of the number written from `i` (digits, with single spaces or dashes between them) and how many digits it holds. */
function digitRun(t: string, i: number): [end: number, digits: number] {
  let j = i
  let digits = 0
  for (; j < t.length; j++) {
    const c = t.charCodeAt(j)
    if (isDigit(c)) digits++
    else if (!((c === 0x20 || c === 0x2d) && isDigit(t.charCodeAt(j + 1)))) break
  }
  return [j, digits]
}

/**
 * 有事直接打 138-0013-8000 找我: a number after a verb of calling (its digits ASCII or written as words:
 * 打一三九…找我, 拨幺叁捌…, as set Q and three other authors dial), written with spaces or dashes
 * or none, and the agent named as who answers (cue `callTarget`) further on in the sentence. Visits
 * each digit run once; only replies holding a run of five or more (hasAccountRun) get here.
 */
function dialled(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: (e: CompiledEntry | undefined, s: number, t: number) => Finding | null): void {
  const t = ctx.text
  for (let i = 0; i < t.length; i++) {
    if (!isDigit(t.charCodeAt(i))) continue
    const [j, digits] = digitRun(t, i)
    const at = numberLead(t, i)
    const verb = digits >= MIN_DIAL_DIGITS ? DIAL.find((v) => t.startsWith(v, at - v.length)) : undefined
    // s31: who answers named between the verb and the number (打这个电话跟老板谈：0988…): the call is to them.
    const before = digits >= MIN_DIAL_DIGITS && !verb ? targetBefore(ctx, at) : undefined
    if (before && !ctx.hasCue('callOther', clauseStart(t, before), before) && !out.some((o) => o.start < j && before < o.end)) {
      const f = make(entry, before, j)
      if (f) out.push(f)
    } else if (verb) {
      const start = at - verb.length
      const target = firstCue(ctx, 'callTarget', j, Math.min(sentenceEnd(t, j), j + CALL_REACH))
      if (target && !ctx.hasCue('callOther', clauseStart(t, start), start) && !out.some((o) => o.start < target[1] && start < o.end)) {
        const f = make(entry, start, target[1])
        if (f) out.push(f)
      }
    }
    i = j
  }
}

/** Where the number's lead-in ends: before one space, or a colon and a space (打 138…, 打这个电话：0988…). */
function numberLead(t: string, i: number): number {
  let at = i
  if (t[at - 1] === ' ') at--
  if (t[at - 1] === ':' || t[at - 1] === '：') at--
  if (t[at - 1] === ' ') at--
  return at
}
/** The start of a verb of calling that stands right before a `callTarget` ending at `at` (打这个电话跟老板谈：…), or undefined. */
function targetBefore(ctx: LintContext, at: number): number | undefined {
  const t = ctx.text
  const target = cuesWithin(ctx, 'callTarget', Math.max(0, at - 8), at).find(([, e]) => e === at)
  if (!target) return undefined
  const verb = DIAL.find((v) => v.length > 1 && t.startsWith(v, target[0] - v.length))
  return verb ? target[0] - verb.length : undefined
}

/** 主管的私人手机是 177…: the owner at most this far before the line, and the number at most this far after it. */
const OWNER_REACH = 10
const NUMBER_GAP = 3
/** Between the owner and the line: the buyer's (您的手机号) is no line of the shop's handed over. */
const BUYER_BETWEEN = /[您你妳]/
const BUYER_OWNED = /[您你妳](?:们)?(?:的)?$/

/**
 * lead30: a line of one of the shop's own people with its number (我们主管的私人手机是17700001234, 老板微信就是他手机号137…):
 * cue `staffLine` after a `staffOwner` in its sentence, nothing of the buyer between, no `callOther` before it in its
 * clause (快递小哥的私人手机 is privacy-leak's), and a run of at least MIN_DIAL_DIGITS digits within NUMBER_GAP after it.
 * Not when the clause is negated or the sentence asks.
 */
function staffLines(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: (e: CompiledEntry | undefined, s: number, t: number) => Finding | null): void {
  const t = ctx.text
  for (const [s, e] of ctx.cues('staffLine')) {
    const owner = lastCue(ctx, 'staffOwner', Math.max(sentenceStart(t, s), s - OWNER_REACH), s)
    // 您同事, 你们老板: the buyer's own people (您 or 你 right before, 的 between or not).
    if (!owner || BUYER_OWNED.test(t.slice(Math.max(0, owner[0] - 3), owner[0])) || BUYER_BETWEEN.test(t.slice(owner[1], s)) || ctx.hasCue('callOther', clauseStart(t, owner[0]), s)) continue
    let i = e
    while (i < e + NUMBER_GAP && i < t.length && !isDigit(t.charCodeAt(i))) i++
    const [j, digits] = digitRun(t, i)
    if (digits < MIN_DIAL_DIGITS || isQuestion(t, owner[0], j) || isNegated(t, owner[0]) || isNegated(t, s)) continue
    if (out.some((o) => o.start < j && owner[0] < o.end)) continue
    const f = make(entry, owner[0], j)
    if (f) out.push(f)
  }
}

/** Whether the reply names a channel (微信, QQ, vx…), glued to an account (qq123456) or not. */
function namesChannel(ctx: LintContext, tails: ReturnType<typeof latinTails>): boolean {
  return ctx.cues('channel').length > 0 || hasGluedChannel(ctx.text, tails)
}

/** The agent's own page and the contact found there, in one sentence. */
const OWN_PAGE_REACH = 20

export default defineRule({
  meta: {
    id: ID,
    category: 'compliance',
    description: {
      zh: '引导买家到平台外联系或交易（加微信/QQ、私下转账、收款码、个人二维码），包括 微-信、加 v、ｖｘ 等变体写法',
      en: 'Steering the buyer off the platform (WeChat/QQ, private transfers, payment QR codes), including disguised spellings',
    },
    defaultSeverity: DEFAULT_SEVERITY,
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是引导买家到平台外联系或交易（不是词表命中，请人工确认）；请让买家在平台聊天里沟通。',
        en: 'Statistical judgement: {actual} reads like moving the buyer off the platform (not a list match; check it); keep the conversation in the platform chat.',
      },
    },
  },
  lexicon: LEXICON,
  create() {
    const channels = (LEXICON.cues.channel ?? []).map(normalizePhrase).sort((a, b) => b.length - a.length)
    const tolerant = separatorTolerant(LEXICON.entries, channels)
    const maxGlued = maxLatinTail(channels)
    const tails = latinTails(channels)
    // scanWhen and scan read the same reply one after the other: the second call reuses the first.
    let lastText: string | undefined
    let lastLevel: 0 | 1 | 2 = 0
    const separatorLevel = (text: string): 0 | 1 | 2 => {
      if (text !== lastText) {
        lastLevel = readAcross(text, tolerant.words)
        lastText = text
      }
      return lastLevel
    }
    const kinds = LEXICON.entries.map(kindOf)
    if (new Set(kinds).size !== kinds.length) throw new Error(`${ID}: entry kinds (first tags) must be unique: ${kinds.join(', ')}`)

    return {
      judge,
      scan(ctx, entryFor) {
        const make = (entry: CompiledEntry | undefined, start: number, end: number): Finding | null =>
          entry ? judge({ ruleId: ID, entry, start, end, severity: entry.severity ?? DEFAULT_SEVERITY, expected: entry.expected }, ctx) : null
        const out: Finding[] = []
        // The squeezed view only where a word reads across a separator run, or where a channel is
        // named and a run might hide its account (微信 138-0013-8000); not for Type-C or 前 台 alone.
        const spelled = separatorLevel(ctx.text)
        const view = spelled === 2 || (spelled === 1 && namesChannel(ctx, tails)) || hasLookalike(ctx.text) ? squeeze(ctx.text) : undefined
        if (view) {
          for (const h of tolerant.hits(view)) {
            const [start, end] = originalSpan(view, h.start, h.end)
            // Hits without a separator or look-alike inside are the automaton's; reporting them here would double them.
            if (!hasSeparatorInside(ctx.text, start, end) && !hasFoldedInside(view, h.start, h.end)) continue
            const f = make(entryFor(kindOf(h.entry)), start, end)
            if (f) out.push(f)
          }
        }
        // 加 … 微信 (加一下我们售后的微信) and 转到 … 支付宝 (转到我的支付宝账户), in one clause.
        across(out, ctx, 'add', 'app', ADD_REACH, false, entryFor('invite'), make)
        across(out, ctx, 'transfer', 'wallet', TRANSFER_REACH, true, entryFor('payment'), make)
        // 加售后小姐姐, 添加店长: on the platform nobody is added, so adding a person is contact elsewhere.
        across(out, ctx, 'add', 'staff', ADD_REACH, false, entryFor('invite'), make, 'notAdd')
        // 私訊我們的賴, 搜尋我們的LINE: reaching the shop's account elsewhere by message or search.
        across(out, ctx, 'seek', 'seekApp', ADD_REACH, false, entryFor('invite'), make)
        // 进我们的粉丝群, 入售后群: joining the shop's own group is adding it by another verb.
        across(out, ctx, 'join', 'shopGroup', ADD_REACH, false, entryFor('invite'), make)
        described(out, ctx, entryFor('account'), make)
        onParcel(out, ctx, entryFor('account'), make)
        // dialled() reports only up to a callTarget cue: without one it has nothing to find.
        if (ctx.cues('callTarget').length > 0 && hasAccountRun(ctx.text)) dialled(out, ctx, entryFor('callDigits'), make)
        if (hasAccountRun(ctx.text)) staffLines(out, ctx, entryFor('staffLine'), make)
        // lead29: a phone number spelled in number words is handed over to be dialled off the record.
        if (hasSpelledDigits(ctx.text)) {
          for (const [start, end] of spelledPhones(ctx.text)) {
            // A number asked about (…是空号吗？) or said not to be called is not handed over.
            if (out.some((o) => o.start < end && start < o.end) || ctx.hasCue('spelledOther', sentenceStart(ctx.text, start), start)) continue
            if (isQuestion(ctx.text, start, end) || isNegated(ctx.text, start)) continue
            const f = make(entryFor('spelledNumber'), start, end)
            if (f) out.push(f)
          }
        }
        const handleText = view ? view.text : ctx.text
        for (const h of findHandles(handleText, channels, maxGlued)) {
          const [start, end] = view ? originalSpan(view, h.start, h.end) : [h.start, h.end]
          const f = make(entryFor('account'), start, end)
          if (f) out.push(f)
        }
        return out
      },
      // What the scan reads, as cheap tests: a squeezed or folded spelling, a run that may be an
      // account, or the cues across() and described() start from. Any new path in scan() needs its
      // condition here too (test/scan-gates.test.ts compares gated and ungated output).
      // An account is read only after a channel: a named one is a `channel` cue, one glued to its
      // account (qq12345678, 加v138…) is no cue (a Latin word must end a token), so its own test;
      // a number dialled only up to a `callTarget` cue.
      scanWhen: (text: string) => separatorLevel(text) === 2 || hasLookalike(text) || (hasAccountRun(text) && hasGluedChannel(text, tails)) || hasSpelledDigits(text),
      scanWhenCues: ['app', 'wallet', 'staff', 'shopGroup', 'contactNoun', 'ownPage', 'parcelNumber', 'seekApp', 'channel', 'callTarget', 'staffLine'],
      finalize,
    }
  },
})
