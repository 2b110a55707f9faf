/**
 * judge: what clears a finding of off-platform, in order: a class entry shadowed by an older one, a mention, a refusal or a
 * warning around it (before, after, in its sentence), an official account followed in the app, then the readings of one
 * kind of finding (cleared.ts): the buyer's own account as a product field, a question how the buyer paid, the checkout's
 * own offline transfer, a code that is the product's own, another marketplace's goods or checkout, a review reward, a
 * group pull declined, cash without its discount, the green icon without a chat app.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, lastCue } from '../../src/context/cues.js'
import { refusedBefore } from '../shared/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { isMention } from '../../src/context/mention.js'
import { shadowedByOlder } from './fallback-entries.js'
import { askedHowPaid, cashGetsDiscount, fullSentenceEnd, placesFollowedAccount, pullDeclined, rewardedReview } from './cleared.js'
import { kindOf, LEXICON, PROHIBIT_REACH } from './entries.js'

/** How far after the phrase a warning still governs it: 私下转账对您也没有保障 puts nine characters between them. */
const PROHIBIT_AFTER_REACH = 12
/** The agent itself, as normalised text spells it. */
const SELF = normalizePhrase('我')
/** 让您 and what is asked of the buyer (叫您加一下对方的微信). */
const ASKED_REACH = 8

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
/** ot36: the words joining two things refused at once (或者, 或, 还是, 和, 以及, 、), and how long the first of them may be. */
const COORDINATOR = ['或者', '或是', '或', '以及', '和', '、', '跟'].map(normalizePhrase)
const CONJUNCT_REACH = 10
export function judge(f: Finding, ctx: LintContext): Finding | null {
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
  // ot36: the refusal scopes over a coordination (不能引导您加微信或者私下转账, 不要加微信、私下付款): the second conjunct is refused too.
  const co = COORDINATOR.find((w) => text.endsWith(w, f.start))
  if (co && !pretext && refusedBefore(ctx, f.start - co.length, 'prohibit', 'resume', PROHIBIT_REACH + CONJUNCT_REACH, { questionsAsk: true })) return null
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

/** A space or punctuation: what ends the pretext's clause (这边聊天不方便 您搜…). */
const BREAK = /[\s,，、;；:：~～!！]/

/** The payment list and 转帐给我, which stands apart for its notBefore (lexicon.yaml): money moved off the platform. */
const PAYMENT_KINDS = new Set(['payment', 'transferMe'])

/** 线下, as normalised text spells it: the offline half of a checkout's payment options. */
const OFFLINE = normalizePhrase('线下')
/** 您所关注的 and the account it describes, with at most this much between (您所关注的公众号). */
const FOLLOWS_REACH = 8

/** Kinds whose code or account may be the product's own (说明书, 防伪, 官方). */
const SCANNED = new Set(['qr', 'ownQr', 'ownQrNamed', 'publicAccount', 'publicAccountUse'])
/** Kinds that name another marketplace or app. */
const ELSEWHERE = new Set(['otherApp', 'otherShop', 'otherAccount', 'appChat'])
