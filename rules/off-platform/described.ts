/**
 * Contact details described rather than given: a contact number or code and where it is hidden (described: 群号在店铺首页图片里,
 * 戳我主页签名), and a number on the parcel the buyer is sent to ring (onParcel: 快递袋上贴的那个手写号码，打过来找小刘).
 */
import type { CompiledEntry, Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { firstCue, lastCue } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import type { Make } from './entries.js'

/** A contact number and where it is hidden (群号在首页图片里, 主页签名里的号码), in one clause. */
const HIDDEN_REACH = 10
/** The agent's own page and the contact found there, in one sentence. */
const OWN_PAGE_REACH = 20

/**
 * Contact details given by description instead of in the reply: a contact number or code and
 * where the buyer will find it (群号在店铺首页图片里, 看我主页签名里的号码), either order, one clause.
 */
export function described(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: Make): void {
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
export function onParcel(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: Make): void {
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
