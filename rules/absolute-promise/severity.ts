/**
 * What a promise word covers (its sentence, and whether an outcome the shop does not control is in it or was asked about)
 * and the severity that follows: the shop's own doing, dispatch or policy makes it borderline (info); an uncontrolled
 * outcome makes it an error; anything else stays a warning.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { wordAlternation } from '../shared/regexp.js'
import { cuesWithin } from '../../src/context/cues.js'
import { bareAnswer } from './clear.js'

/** A promise word's sentence and whether it names (or the customer asked about) an outcome the shop does not control. */
export interface Scope {
  sStart: number
  sEnd: number
  uncontrolled: boolean
}

export function scopeOf(f: Finding, ctx: LintContext): Scope {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  const sEnd = sentenceEnd(text, f.end)
  // What the promise covers starts at its own clause: in 我们做不到最低价，但售后一定给您做好 the
  // 到 of an earlier clause is another statement. A bare 保证 answering 能保证明天到吗？
  // promises what the question asked about.
  // A pledge said as its own exclamation (您放一万个心！…从来没丢过) vouches for the next sentence as well.
  const pledged = f.entry.tags.includes('pledge') && sEnd < text.length && ctx.hasCue('uncontrolled', sEnd, sentenceEnd(text, sEnd + 1))
  const uncontrolled = outcomeSaid(ctx, clauseStart(text, f.start), sEnd) || ctx.previousHasCue('uncontrolled') || pledged
  return { sStart, sEnd, uncontrolled }
}

/**
 * ae37: an outcome the shop does not control in [from, to) — not the shop's own lateness followed by its remedy (承诺24小时内
 * 出货，超时会主动补偿: a dispatch deadline with its compensation policy), which names no courier's delay.
 */
function outcomeSaid(ctx: LintContext, from: number, to: number): boolean {
  if (!ctx.hasCue('uncontrolled', from, to)) return false
  if (!ctx.hasCue('lateOwn', from, to) || !ctx.hasCue('lateRemedy', from, to)) return true
  return cuesWithin(ctx, 'uncontrolled', from, to).some(([s, e]) => !(cuesWithin(ctx, 'lateOwn', s, e).length && ctx.hasCue('lateRemedy', e, Math.min(to, e + LATE_REMEDY_REACH))))
}
const LATE_REMEDY_REACH = 6

/** Sets the finding's severity (in place) from what the promise word is about. */
export function rate(f: Finding, ctx: LintContext, { sStart, sEnd, uncontrolled }: Scope): void {
  const { text } = ctx
  if (!f.entry.tags.includes('policy')) {
    // What the promise is about is what follows it: a verb of the shop's own doing or
    // policy makes it borderline; an outcome anywhere in the sentence makes it an error.
    const ahead = Math.min(sEnd, f.end + 6)
    // A policy may take a few words to state (承诺所有销售的商品均为正品); a platform as the
    // speaker (京东承诺…) states its own policy.
    // A policy in a later clause (保證啱著，唔啱包退) does not excuse an outcome promised in the
    // promise's own clause: the fit is still promised, the return is only the fallback.
    const ownClauseEnd = clauseEnd(text, f.end)
    // …nor one about the goods on the body said in the promise's own clause (用了皮肤一定水噹噹，不满意包退: set K):
    // a bare promise word (我们保证，不满意包退) still takes its policy from the next clause.
    // promise42: …nor the fruit's sugar level vouched for in the promise's own clause (芒果甜度铁定18度以上，不甜包退: DC): nature sets it.
    const ownSays = ctx.hasCue('uncontrolled', f.end, ownClauseEnd) || (f.entry.tags.includes('adverb') && ctx.hasCue('bodyBefore', clauseStart(text, f.start), f.start)) || ctx.hasCue('tasteFigure', clauseStart(text, f.start), ownClauseEnd)
    const policyAhead = Math.min(ownSays ? ownClauseEnd : sEnd, f.end + 14)
    // 一定帮您跟仓库反馈, 一定帮您向快递公司反映: after 帮您 + the party turned to, the shop's verb
    // comes later than six characters; the rest of the clause is read then (a courier named as
    // that party is someone the shop asks, not an outcome; 一定给您按时送到 has no verb of its own).
    // ap33: …and after 保证的是 (我们能保证的是今天把工单派到网点: BC) the shop names what it does, a few words on.
    // promise42: …and past a time bound said right after the promise word (我们保证今天之内给您一个处理结果, 一定今天给您答复): the
    // shop's own reply by a time it sets itself, as 一定给您一个答复 is.
    const bound = boundAfter(text, f.end)
    const ownAhead0 = ctx.hasCue('forYou', f.end, f.end + 3) || text.startsWith('的是', f.end) ? Math.max(ahead, Math.min(ownClauseEnd, f.end + 14)) : ahead
    const ownAhead = bound ? Math.max(ownAhead0, Math.min(ownClauseEnd, f.end + bound + 8)) : ownAhead0
    // ap23: 保证 / 承诺 vouching back for the sentence before it (…都有小票，这一点我们可以承诺), with no outcome in that
    // sentence nor asked about: the shop vouches for its own goods or doing.
    const vouchesOwn = f.entry.tags.includes('verb') && ctx.hasCue('vouchAnaphor', clauseStart(text, f.start), f.start) && !ctx.hasCue('uncontrolled', sStart, sEnd) && !ctx.previousHasCue('uncontrolled')
    // ap37: a third party as the subject (快递员肯定会联系您, 厂家那边一定会给您换新的) does not do the shop's own action, and a
    // platform foretold (平台肯定会判您赢的) does not state its own policy.
    const byOther = thirdPartyActs(ctx, f)
    const platformSays = ctx.hasCue('platform', clauseStart(text, f.start), f.start) && !foretells(text, f)
    // ae37: …not a return said to be avoided (保证不会有退换的麻烦): the fit is promised, no policy stated.
    const policySays = ctx.hasCue('policy', f.end, policyAhead) && !(byOther && ctx.hasCue('courierService', f.end, policyAhead)) && !ctx.hasCue('returnAvoided', f.end, policyAhead)
    if (vouchesOwn || scopeLimited(text, f) || (!byOther && (ownActionAhead(ctx, f.end, ownAhead, bodied(ctx, f)) || platformSays)) || dispatchAhead(ctx, f, ahead, uncontrolled) || policySays) f.severity = 'info'
    // 肯定的 answering 今天能发货吗: the certainty is about what was asked, the shop's own dispatch.
    else if (bareAnswer(text, f) && (ctx.previousHasCue('ownAction') || DISPATCH.some((w) => ctx.previous?.includes(w))) && !ctx.previousHasCue('uncontrolled')) f.severity = 'info'
    // ap33: 保证的 / 能保证的 answering 保证是正品吗, 能保证是今年的新货吗: the shop vouches for its own goods (BC, AT).
    // mendD35: …and its own sending (能保证是顺丰发吗, 可以保证是全新未拆封的吗: ownGoodsAsked), as a bare yes to it is (implicit.ts).
    else if (f.entry.tags.includes('verb') && ownAnswer(text, f) && (ctx.previousHasCue('policy') || ctx.previousHasCue('ownGoodsAsked')) && !ctx.previousHasCue('uncontrolled') && !nextClauseHas(ctx, f, 'uncontrolled')) f.severity = 'info'
    // ap35: 绝对不会 / 肯定不是 answering 你们卖的不会是二手翻新吧: the shop vouches for what its own goods are, its policy (BO).
    else if (f.entry.tags.includes('adverb') && deniesOwnGoods(text, f) && ctx.previousHasCue('goodsIdentityAsked') && !ctx.previousHasCue('uncontrolled')) f.severity = 'info'
    // ap35: 有保证的 as a noun after after-sales named before it in its clause (需要申请售后的呢有保证的呢): the protection the platform
    // gives, not an outcome (CSDS), when no outcome is in the sentence.
    else if (f.entry.tags.includes('verb') && text[f.start - 1] === '有' && ctx.hasCue('protectionBefore', clauseStart(text, f.start), f.start) && !uncontrolled) f.severity = 'info'
    // ap23: …while vouching back for an outcome said before it (顺丰次日就到，这一点我们保证) is the promise of that outcome.
    else if (uncontrolled || (f.entry.tags.includes('verb') && ctx.hasCue('vouchAnaphor', clauseStart(text, f.start), f.start) && ctx.hasCue('uncontrolled', sStart, f.start))) f.severity = 'error'
  }
}

/**
 * promise42: a time bound the shop sets for its own reply right after the promise word (今天之内, 今天下班前, 24小时内, 明天上午):
 * its length, or 0.
 */
const BOUND_AFTER = new RegExp(`^(?:会|都会|将|就)?(?:在|于)?(?:(?:${wordAlternation(classWords('time.when', 'rules/absolute-promise/severity.ts'), normalizePhrase)})(?:上午|中午|下午|晚上|早上|傍晚|下班)?(?:[0-9一二三四五六七八九十两]+点(?:半)?)?|[0-9一二三四五六七八九十两半几]+个?(?:小时|钟头|工作日|天|日))(?:之内|以内|内|之前|以前|前)?(?:会|就|都)?`, 'u')
function boundAfter(text: string, at: number): number {
  return BOUND_AFTER.exec(text.slice(at, at + 16))?.[0].length ?? 0
}

/**
 * 马上 / 立即 say how soon; they are the shop's own doing before its verb (一定马上给您安排) but not before
 * an outcome (一定马上见效, 长辈用了一定马上上手), which stays a promise about what the shop does not control.
 */
const SOON = new Set(['马上', '立即', '这就', '这边马上'].map(normalizePhrase))
/** efficacy45: a verb of use, then 完 / 了 / 上 (敷完, 吃了, 涂上), or 一 + the verb (一擦), right before 马上. */
const USED_BEFORE = /(?:[敷涂抹擦喷吃喝用贴洗泡戴穿服冲][完了上下]|一[敷涂抹擦喷吃喝用贴洗泡戴穿])$/u
/** 补上 / 补齐 / 补回: making good on the shop's side, unless what is made good is stock that ran out (没有货了，明天肯定补上). */
const RESTOCKABLE = new Set(['补上', '补齐', '补回'].map(normalizePhrase))
/**
 * ap36: the promise limited to what the shop can do, said right before it (能解决的一定给您解决, 能处理的肯定帮您处理, 力所能及的一定帮):
 * an effort bounded by the shop's own reach, not a resolution promised (BP; the JDDC reviewer upholds the unbounded 一定为您解决好).
 * efficacy45: …and 补救 (我们能补救的一定补救: DH, after a bad review).
 */
const SCOPE_LIMITED = /(?:(?:能|可以|能够)(?:解决|处理|帮忙|帮|办|做|补偿|赔偿|弥补|补救|满足|安排|赔|补|退|换|协调|争取)(?:到)?|力所能及|做得到|办得到)的(?:问题|地方|部分|事)?[，,]?(?:我们|我|这边|小妹)?(?:都)?$/u
function scopeLimited(text: string, f: Finding): boolean {
  return SCOPE_LIMITED.test(text.slice(clauseStart(text, f.start), f.start))
}

/** ap36: 回复 / 回覆 after a body function is its recovery (吃了視力保證回復, Traditional 回復 = 恢复), not the shop's reply. */
const RECOVERY = new Set(['回复', '回覆'].map(normalizePhrase))
function bodied(ctx: LintContext, f: Finding): boolean {
  return ctx.hasCue('bodyBefore', clauseStart(ctx.text, f.start), f.start)
}
function ownActionAhead(ctx: LintContext, from: number, to: number, body = false): boolean {
  if (!ctx.hasCue('ownAction', from, to)) return false
  for (const [s, e] of cuesWithin(ctx, 'ownAction', from, to)) {
    const word = ctx.text.slice(s, e)
    if (body && RECOVERY.has(word)) continue
    // ap37: the shop's verb inside a word of a third party's decision (申请成功, 审核通过): the decision, not the shop's step.
    if (insideOutcome(ctx, s, e)) continue
    // lead22: a restock waits on the supplier, not on the shop (the CLI fix fixture's 没有货了，明天肯定补上).
    if (RESTOCKABLE.has(word) && ctx.hasCue('stockOut', 0, s)) continue
    if (!SOON.has(word)) return true
    // efficacy45: 马上 right after the buyer's use (敷完马上, 吃了马上, 一擦马上) times the result, not the shop's act (保證敷完馬上亮一個色號: M4).
    if (USED_BEFORE.test(ctx.text.slice(Math.max(0, s - 3), s))) continue
    if (!ctx.hasCue('uncontrolled', e, Math.min(to, e + 4)) && !ctx.hasCue('effectAhead', e, Math.min(to, e + 4))) return true
  }
  return false
}

const COMMIT = normalizePhrase('一定')
/**
 * Words of dispatch, read in code over the few characters after a finding rather than as cues:
 * 发 alone is in most replies, and a cue is indexed for every reply that holds it.
 */
// ae37: …and 交货 of a bulk order (我们保证二十天交货).
const DISPATCH = ['发出', '发货', '寄出', '发走', '出库', '寄走', '打包', '发快递', '寄快递', '出货', '交货'].map(normalizePhrase)
/** ap35: the promise verb that states the shop's own sending when nothing uncontrolled is in the sentence (see dispatchAhead). */
// ae37: …and 承诺 (我们承诺24小时内出货): the shop commits its own sending, as with 保证.
const SURE_OWN = ['保证', '承诺'].map(normalizePhrase)
const ME = normalizePhrase('我')
const FA = normalizePhrase('发')
/** After a bare 发: the end of its clause, or 给/了/a particle (今天一定发 单号…, 一定发给您). */
const AFTER_BARE_FA = new Set([...'给了哈哦呢啦的呀', ...' ,.!?~;'])
/** Before it: the promise word, a time (今天发, 当天发, 马上发) or the buyer it goes to (给您发) — not 头发. */
const BEFORE_BARE_FA = new Set([...'天午上晚早就先再快您你'])

/**
 * Dispatch committed (明天一定发出, 今天一定发): the shop's own doing. 一定 before the shop's own verb
 * says what it will make sure to do; 肯定 (明天肯定给您发货) asserts a fact, as a promise does. Not
 * after a modal (一定能发货 predicts it), not after the verb 保证 (我保证今天发货) unless it names what
 * is shipped (保证发出的牛奶).
 */
/**
 * ap35: the length of a time frame (在48小时内, 今天之内, 明天上午) or a place in the queue (第一批, 优先) starting at `at`, with
 * the buyer it is for (给您), 0 when none. Read only after a certainty word that may commit the shop's own dispatch.
 */
// ae37: …a month before the day (一定会在11月3号之前发出).
const TIME_FRAME = /(?:在|于)?(?:今天|明天|后天|今晚|当天|本周|这周|周[一二三四五六日末]|早上|上午|中午|下午|晚上|[0-9一二两三四五六七八九十几半]{1,3}个?(?:小时|天|日|工作日|点半?|号|月)){0,3}(?:之内|以内|内|之前|以前|前)?(?:第一批|头一批|优先)?(?:给您|给你|帮您|为您)?/uy
function timeFrameAt(text: string, at: number): number {
  TIME_FRAME.lastIndex = at
  const m = TIME_FRAME.exec(text)
  return m ? m[0].length : 0
}

function dispatchAhead(ctx: LintContext, f: Finding, to: number, uncontrolled: boolean): boolean {
  const { text } = ctx
  const verb = f.entry.tags.includes('verb')
  // ap35: 保证 before the shop's own sending with no outcome the shop does not control in the sentence nor asked about (明天上午
  // 保证给您寄出: para; 我们保证48小时内发货 in the pool): the shop's own action all the same. (肯定 still asserts the fact: the
  // pinned tests keep 明天肯定给您发货 a promise.)
  // Not the agent's own pledge (支付宝转我就行，我保证今天发货: the core corpus): 我 right before 保证 puts the speaker's word on it.
  const plain = !uncontrolled && SURE_OWN.some((w) => text.startsWith(w, f.start) && f.end - f.start === w.length) && text[f.start - 1] !== ME
  if (!verb && !plain && !text.startsWith(COMMIT, f.start)) return false
  if (/^(能|可以|会)/.test(text.slice(f.end, f.end + 2))) return false
  // ap35: a time frame or a place in the queue between (一定在48小时内给您发出, 明天上午一定第一批发: BG, BH): the dispatch
  // may stand right after it, read to a few characters past it in the clause.
  const lead = f.end + timeFrameAt(text, f.end)
  const end = lead > f.end ? Math.min(clauseEnd(text, f.end), Math.max(to, lead + 4)) : to
  for (let s = f.end; s < end; s++) {
    const word = DISPATCH.find((w) => text.startsWith(w, s))
    const e = s + (word ?? FA).length
    if (!word && !(text.startsWith(FA, s) && (s === f.end || s === lead || BEFORE_BARE_FA.has(text[s - 1] ?? '')) && (e >= text.length || AFTER_BARE_FA.has(text[e]!)))) continue
    if (verb && !plain && text[e] !== '的' && text.slice(e, e + 2) !== '去的') continue
    return true
  }
  return false
}

/** ap37: whether [s, e) lies inside a longer `uncontrolled` cue (申请 of 申请成功). */
const OUTCOME_REACH = 6
function insideOutcome(ctx: LintContext, s: number, e: number): boolean {
  return cuesWithin(ctx, 'uncontrolled', Math.max(0, s - OUTCOME_REACH), e + OUTCOME_REACH).some(([us, ue]) => us <= s && ue >= e && ue - us > e - s)
}

/**
 * ap37: a third party (快递员, 厂家那边, 银行, 运费险) is the subject before the promise word in its clause, with no shop subject
 * (我们, 这边, 小妹) after it and the shop not acting for the buyer right after the word (快递那边一定帮您催 is the shop's).
 */
const FOR_BUYER = /^(会|能)?(帮|替)(您|你|亲)/u
function thirdPartyActs(ctx: LintContext, f: Finding): boolean {
  const cStart = clauseStart(ctx.text, f.start)
  const parties = cuesWithin(ctx, 'thirdParty', cStart, f.start)
  if (!parties.length) return false
  const last = parties[parties.length - 1]![1]
  return !ctx.hasCue('shopSubject', last, f.start) && !FOR_BUYER.test(ctx.text.slice(f.end, f.end + 4))
}

/** ap37: the promise word foretells (肯定会, 一定能 + verb): a prediction, not a party stating its policy. */
function foretells(text: string, f: Finding): boolean {
  if (!f.entry.tags.includes('adverb')) return false
  // promise40: …or the platform's verdict right after the adverb, with no modal (平台肯定判给您, 平台一定支持您, 客服介入肯定通过: para-40
  // third-party-outcome): the ruling is foretold, not the platform's policy stated.
  if (VERDICT.test(text.slice(f.end, f.end + 3))) return true
  return /[会能]$/u.test(text.slice(f.start, f.end) + (/^[会能]/u.test(text[f.end] ?? '') ? text[f.end] : ''))
}
const VERDICT = /^(?:判|支持您|支持你|站您|站你|通过|批准|批下|同意您|同意你)/u

/** ap33: a cue in the clause right after the finding's own (保证的，明天就能到 still promises the arrival). */
function nextClauseHas(ctx: LintContext, f: Finding, cue: string): boolean {
  const end = clauseEnd(ctx.text, f.end)
  return end < ctx.text.length && ctx.hasCue(cue, end, clauseEnd(ctx.text, end + 1))
}

/** ap33: the word as the whole first clause of the reply, a modal before it allowed (保证的亲, 能保证的, 我们可以保证). */
/** ap35: the adverb opens the reply and only a denial follows it in its clause (绝对不会, 肯定不是的, 绝对没有哦). */
function deniesOwnGoods(text: string, f: Finding): boolean {
  return clauseStart(text, f.start) === 0 && /^(亲|亲亲)?[，, ]*$/u.test(text.slice(0, f.start)) && /^(不会|不是|没有|不可能)(是|的)?[呀啊哦哈呢啦滴的]*$/u.test(text.slice(f.end, clauseEnd(text, f.end)))
}

function ownAnswer(text: string, f: Finding): boolean {
  const start = clauseStart(text, f.start)
  return start === 0 && /^(我们|我|这边)?(能|可以|敢)?$/.test(text.slice(start, f.start)) && /^的?(亲|亲亲)?[呀啊哦哈呢啦滴]*$/.test(text.slice(f.end, clauseEnd(text, f.end)))
}
