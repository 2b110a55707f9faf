/**
 * The buyer's own things laid as the cause: their consent thrown back (consent: 下单时您是同意了不退换的), their body (ownBody:
 * 应该是宝宝自己皮肤的问题), their device or surroundings (ownThing: 您手机有问题吧), their choice (ownChoice: 您当时自己选的尺码呀), and
 * ownerBefore, the buyer named as the owner.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin } from '../../src/context/cues.js'
import { answersComplaint, customerAt, before, graded, hypothetical, inSentence, nearestSubject, negated, norm, reassured, subjectBefore, troubleReported } from './context.js'
import { guessAnswersComplaint, presumed } from './cause.js'

const DE = normalizePhrase('的')
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
export function consent(f: Finding, ctx: LintContext): Finding | null {
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

/** 应该是宝宝自己皮肤的问题 / 你家狗自己肠胃不好吧: their own body as the cause (asked or hedged, a warning). */
export function ownBody(f: Finding, ctx: LintContext): Finding | null {
  if (hypothetical(ctx, f) || reassured(ctx, f) || nearestSubject(ctx, clauseStart(ctx.text, f.start), f.start).who === 'shop') return null
  const soft = isQuestion(ctx.text, f.start, f.end) || before(ctx, 'hedge', f, 'clause') || presumed(ctx.text, f.end)
  // bl30: the owner named before (你宝宝 / 你家宝宝体质…) starts the span, as for the buyer's other things; a word that opens
  // with the buyer themself (您自己体质, 您本身肤质) starts it at 自己 / 本身, as the lexicon's specs have it.
  const owner = REFLEXIVE.some((w) => ctx.text.startsWith(w, f.start)) ? undefined : ownerBefore(ctx, f.start)
  const g = owner ? { ...f, start: owner[0] } : f
  return soft ? graded(g, 'warning') : g
}

/**
 * 您手机有问题吧 / 你家WiFi信号差吧: the customer's own device or surroundings (named right after them)
 * made the cause, presumed, answering a complaint, or with a denial after; asked, only as the
 * last word on a complaint. Help after it, a condition or a negation clear it.
 */
export function ownThing(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const owner = ownerBefore(ctx, f.start)
  if (!owner || hypothetical(ctx, f) || reassured(ctx, f) || negated(ctx, owner[0])) return null
  if (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
  const asked = isQuestion(t, f.start, f.end) && !presumed(t, f.end)
  if (asked) return guessAnswersComplaint(ctx, f, true) ? { ...f, start: owner[0], severity: 'warning' } : null
  // rl35 (BO 没有色差，您显示器的问题): …or with the goods cleared before it in its sentence.
  const denied = ctx.hasCue('denial', f.end, t.length) || ctx.hasCue('denial', sentenceStart(t, f.start), f.start)
  if (!presumed(t, f.end) && !answersComplaint(ctx) && !(ctx.previous !== undefined && ctx.previousHasCue('grievance')) && !denied) return null
  return { ...f, start: owner[0], severity: 'warning' }
}

/** 您当时自己选的尺码呀, answering 太小了: the customer's own choice thrown back at a complaint. */
export function ownChoice(f: Finding, ctx: LintContext): Finding | null {
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
}

const SHI_CHAR = normalizePhrase('是')
const BECAUSE = norm(['因为', '由于'])
/**
 * s38: 是您付款太晚了 / 您到店太晚了，我们九点就不接新单了 / 您换粮太急了吧 (answering 狗狗拉稀): the buyer's act with an excess degree
 * and no 得 between (the 得 form is misuse's), put as the reason a trouble came — clefted (是您…), presumed (…吧), with a
 * consequence after it in its sentence (所以 / 才 / 导致), or answering a complaint (then also presumed, …吧). Not asked (unless the guess answers a
 * complaint), hypothetical, negated, advised, or with help or an offer after it. Clefted or with its consequence it is stated;
 * otherwise a warning.
 */
export function excessAct(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  // The construction's `before` word (the buyer) opens the span. 是因为您放太满了: the because-cleft (misuse's, with 是因为 in its
  // span) reports it.
  if (!customerAt(ctx, f.start) || BECAUSE.some((w) => t.endsWith(w, f.start))) return null
  if (hypothetical(ctx, f) || reassured(ctx, f) || negated(ctx, f.start) || inSentence(ctx, 'adviceCue', f)) return null
  if (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length)) return null
  if (isQuestion(t, f.start, f.end) && !presumed(t, f.end)) return guessAnswersComplaint(ctx, f, true) ? { ...f, severity: 'warning' } : null
  const clefted = t[f.start - 1] === SHI_CHAR
  // The consequence before the shop speaks of itself (您来太早了吧，我们十点才开门: that 才 is the shop's hours).
  const se = sentenceEnd(t, f.end)
  const shopAt = cuesWithin(ctx, 'shop', f.end, se)[0]?.[0] ?? se
  const caused = ctx.hasCue('consequence', f.end, shopAt)
  if (clefted || caused) return clefted ? { ...f, start: f.start - 1 } : f
  // 您来太早了吧 with no trouble before it presumes nothing against the buyer.
  return troubleReported(ctx) ? { ...f, severity: 'warning' } : null
}
