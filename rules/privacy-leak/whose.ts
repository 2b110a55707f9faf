import type { LintContext } from '../../src/types.js'
import { clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { lastCue } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { wordAlternation } from '../shared/regexp.js'
import type { NumberHit } from './numbers.js'

/**
 * Whose a number or an address is, and what it is: the label nearest before it (nearestLabel: 订单号, 电话, 护照号),
 * a number that is no phone (notAPhone), the shop's own address (shopsOwn), the buyer's delivery card read back
 * (readBack) or the buyer's address typed out for them to confirm (confirmedWithBuyer), someone else referred to
 * before it (othersBefore), a whole mobile typed in digits (FULL_MOBILE, plainDigits), a Hong Kong or Macau region
 * (HK_REGION).
 */

/** A label this close before a number names it (订单号：13812345678). */
const LABEL_REACH = 12
/** s44 (redline, BZ 清關需要您的身分證字號，我這邊系統顯示是A223456789): an ID-shaped number's label may stand a clause back in its sentence. */
export const ID_LABEL_REACH = 24
/** A shop-address cue this far before an address makes it the shop's own. */
export const SHOP_REACH = 16

/** The label nearest before a number, if any: which of `names` it belongs to. */
export function nearestLabel(ctx: LintContext, hit: { start: number }, names: readonly string[], reach = LABEL_REACH): string | undefined {
  // Sentence, not clause: the label usually ends in a colon (订单号：…).
  const from = Math.max(sentenceStart(ctx.text, hit.start), hit.start - reach)
  let best: { name: string; end: number } | undefined
  for (const name of names) {
    const c = lastCue(ctx, name, from, hit.start)
    if (c && (!best || c[1] > best.end)) best = { name, end: c[1] }
  }
  return best?.name
}

/** 订单号：13812345678 is an order number, 订单上的电话13812345678 a phone; ¥139 1299 2399 prices. */
export function notAPhone(ctx: LintContext, hit: NumberHit): boolean {
  if (nearestLabel(ctx, hit, ['notPhone', 'phoneLabel']) === 'notPhone') return true
  if (listedAfterCode(ctx, hit.start)) return true
  return ctx.hasCue('price', Math.max(0, hit.start - 1), hit.start) || ctx.hasCue('price', hit.end, hit.end + 1)
}

/** cop37: how far back in its sentence the number listed before another may end (…461 是黑色，1587…). */
const LIST_GAP = 8
const LIST_DIGIT = /[0-9]/
const LIST_JOIN = /[0-9 \-.]/
/**
 * cop37 (para-cop pln-number-lookalike-model-code 货号 1587 3290 461 是黑色，1587 3290 462 是白色): a number listed shortly after one its
 * label names a code (货号, 型号, 订单号) is the next item of that list, a code too, unless a phone label stands between them.
 */
function listedAfterCode(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  const s0 = sentenceStart(t, at)
  let i = at - 1
  while (i >= s0 && at - i <= LIST_GAP && !LIST_DIGIT.test(t[i]!)) i--
  if (i < s0 || !LIST_DIGIT.test(t[i]!)) return false
  while (i > s0 && LIST_JOIN.test(t[i - 1]!)) i--
  while (i < at && !LIST_DIGIT.test(t[i]!)) i++
  if (lastCue(ctx, 'phoneLabel', i, at)) return false
  return nearestLabel(ctx, { start: i }, ['notPhone', 'phoneLabel']) === 'notPhone'
}

/**
 * Whether a shop-address cue (退货地址, 寄回) stands shortly before `at` with no other person
 * named between: 上一位顾客退回来的包裹，他地址写的是… is that buyer's address, not the shop's.
 */
export function shopsOwn(ctx: LintContext, at: number): boolean {
  const from = Math.max(sentenceStart(ctx.text, at), at - SHOP_REACH)
  // A business named right before (家福电器维修部东莞市…): the address may swallow its last characters (修部东莞市).
  const cue = lastCue(ctx, 'shopAddress', from, at) ?? lastCue(ctx, 'businessPlace', from, at + BUSINESS_OVERLAP)
  if (!cue || cue[0] >= at) return false
  // ot36: a company named as where another person's parcel went (他那单寄的是公司地址，…; 您老公填的公司地址) is theirs, not the shop's.
  if (COMPANY_CUE.test(ctx.text.slice(cue[0], cue[1])) && OTHER_PERSON.some((name) => ctx.hasCue(name, clauseStart(ctx.text, cue[0]), cue[0]))) return false
  return !OTHER_PERSON.some((name) => ctx.hasCue(name, cue[1], at))
}
/** ot36: the shop-address cues that name a company, whose owner the clause before them tells (公司地址, 公司在). */
const COMPANY_CUE = new RegExp(normalizePhrase('公司'))
/** How far a business's name may run into the address found after it (维修部 read as 修部东莞市…). */
const BUSINESS_OVERLAP = 2
/**
 * The order system's card of the buyer's own delivery details, read back for them to check (请您核对收货信息哦：马先生
 * 1326017** 北京…; real JD traffic): the mobile in it is masked, right before the address, and no other person is
 * talked about before it. An address the agent types out (您的地址是北京市…1203室) is still reported unless it is put to the
 * buyer to check (confirmedWithBuyer), as is any full number.
 */
export function readBack(ctx: LintContext, at: number): boolean {
  const scanFrom = Math.max(0, at - MOBILE_BEFORE_REACH)
  const mobile = MASKED_MOBILE_BEFORE.exec(ctx.text.slice(scanFrom, at))
  if (!mobile) return false
  // The card's label and name stand before the mobile, however far into the address the hit starts.
  const from = Math.max(sentenceStart(ctx.text, at), scanFrom + mobile.index - READ_BACK_REACH)
  // Whose card: 买同款的顾客的收货信息 is another buyer's; only 您的 / 你的 may own it.
  const label = lastCue(ctx, 'deliveryCard', from, at)
  if (label && ctx.text[label[0] - 1] === '的' && !OWN_CARD.has(ctx.text[label[0] - 2] ?? '')) return false
  return !othersBefore(ctx, at) && !OTHER_PERSON.some((name) => ctx.hasCue(name, from, at))
}
/**
 * s47 (redline43, DF 您的地址是南京鼓楼区中山北路32号，收件人刘先生，对吗？): the buyer's own address typed out for the buyer to
 * confirm — labelled as theirs right before it (您的地址是, 你的收货地址：) and a check asked of them after it (class
 * check.asked.buyer: 对吗, 是否正确, 确认一下) — is the data of the person being talked to, shown to that person: no leak.
 */
export function confirmedWithBuyer(ctx: LintContext, start: number, end: number): boolean {
  return OWN_ADDRESS_BEFORE.test(ctx.text.slice(Math.max(0, start - OWN_LABEL_REACH), start)) && CHECK_ASKED.test(ctx.text.slice(end, end + CHECK_REACH))
}
const OWN_ADDRESS_BEFORE = new RegExp(
  normalizePhrase('[您你妳]的?(?:收货|收件|寄送|配送|送货|寄件)?(?:地址|住址)(?:是|为|写的是|填的是|显示是|显示的是)?') + '[\\s:：,，]*$',
)
const CHECK_ASKED = new RegExp(wordAlternation(classWords('check.asked.buyer', 'rules/privacy-leak/whose.ts'), normalizePhrase))
/** How far before the address its owner's label may start, and how far after it the check may be asked. */
const OWN_LABEL_REACH = 14
const CHECK_REACH = 40
/** The buyer owning the card: 您的收货信息, 你的收货信息 (normalised text). */
const OWN_CARD = new Set([normalizePhrase('您'), normalizePhrase('你')])
/** How far before the address the masked mobile and what may follow it (MASKED_MOBILE_BEFORE) are looked for. */
const MOBILE_BEFORE_REACH = 30
/** A card's label and a name may stand before the masked phone (收货信息：张先生 1391234** 南京…). */
const READ_BACK_REACH = 18
/**
 * A mainland mobile masked by the order system (1326017**, 138****5678) right before the address, perhaps with its
 * label (电话：1867562**，地址：江西…); the address may be found some words into it (重|庆北部新区…, 北京朝阳区三环到|四环之间…),
 * hence up to fourteen characters between, none of them a digit, a space or a stop.
 */
const MASKED_MOBILE_BEFORE = /1[3-9]\d(?:\d{4}\*{2,4}|\*{4}\d{4})[\s,，:：]*(?:地\s*址[\s:：]*)?[^\d\s,，.。;；!！?？]{0,14}$/
/** Cues that name someone other than the buyer or the shop (see third-party.ts). */
const OTHER_PERSON = ['pronoun', 'relation', 'otherWhole']
/** A whole mainland mobile (11 digits, 1[3-9]…): a person's own line, not a shop's landline or hotline. */
export const FULL_MOBILE = /^1[3-9]\d{9}$/
/** Typed as digits (half- or full-width), not dressed up (❶❸❽, 一三九) the way an agent dodges a filter. */
export function plainDigits(original: string, hit: NumberHit): boolean {
  let n = 0
  for (let i = hit.start; i < hit.end; i++) if (/[0-9０-９]/.test(original[i]!)) n++
  return n >= 11
}
/** A third person (他/她, a relation, another buyer, a named title) referred to in the sentence before `at`. */
const OTHER_REFERENCES = ['pronoun', 'relation', 'other', 'otherWhole', 'familiar']
/** The shop's own people (我们老板, 店长): 找我们老板，他的手机号… is the shop's line, off-platform's. */
export const SHOP_PEOPLE = /我们|我們|老板|老闆|店长|店長|掌柜|小店|本店/
export function othersBefore(ctx: LintContext, at: number): boolean {
  const t = ctx.text
  const from = sentenceStart(t, at)
  const to = sentenceEnd(t, at)
  // 打一三九…找我: the agent's own, wherever its label stands in the sentence.
  if (ctx.hasCue('selfContact', from, to) || ctx.hasCue('businessLine', from, to) || SHOP_PEOPLE.test(t.slice(from, at))) return false
  return OTHER_REFERENCES.some((name) => ctx.hasCue(name, from, at))
}
/**
 * Outside the zh-TW profile, a Taiwanese (0912-345-678) or Hong Kong / Macau (6123 4567) mobile only when labelled
 * as a phone (收件人电话 6123 4567; bo15, ANALYSIS-U change 3): a mainland shop sells to both.
 */
export const HK_REGION = /香港|澳门|澳門|港澳|852|853/

/**
 * rl37a: whether a 10–15-digit number is a bank account: nearest after the bank's own label (银行帐号, 汇款帐号), or after a bare
 * account word (帐号, 账户) with the holder named in the sentence (户名 王小明). An order or tracking label nearer keeps it clean.
 */
export function bankAccount(ctx: LintContext, hit: NumberHit): boolean {
  // The shop's own collecting account (我们的汇款账号…) is off-platform's to judge.
  if (SHOP_OWN.test(ctx.text.slice(Math.max(sentenceStart(ctx.text, hit.start), hit.start - LABEL_REACH), hit.start))) return false
  const label = nearestLabel(ctx, hit, ['bankLabel', 'accountWord', 'notPhone', 'phoneLabel', 'idLabel'])
  if (label === 'bankLabel') return true
  if (label !== 'accountWord') return false
  return ctx.hasCue('accountHolder', sentenceStart(ctx.text, hit.start), sentenceEnd(ctx.text, hit.end))
}
const SHOP_OWN = new RegExp(['我们', '本店', '公司', '店铺', '官方', '对公'].map(normalizePhrase).join('|'))
