import { z } from 'zod'
import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
import { sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { lastCue } from '../../src/context/cues.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { findAddresses } from './address.js'
import { findEmails } from './email.js'
import { DIGIT_WORDS, digitWordValue } from '../shared/digit-words.js'
import { findNumbers, HONG_KONG, MAINLAND, masked, TAIWAN, type MobilePlan, type NumberHit } from './numbers.js'
import { findThirdPartyData } from './third-party.js'
import { findSolicits } from './solicit.js'
import lexicon from './lexicon.yaml'

const ID = 'privacy-leak'
const DEFAULT_SEVERITY = 'error'
const LEXICON = parseLexicon(lexicon, `rules/${ID}/lexicon.yaml`)
/** A label this close before a number names it (订单号：13812345678). */
const LABEL_REACH = 12
/** A shop-address cue this far before an address makes it the shop's own. */
const SHOP_REACH = 16

const Options = z.object({
  /** Numbers that may appear in replies: the shop's or a station's public numbers. Any punctuation is ignored. */
  allowNumbers: z.array(z.string().min(1)).default([]),
})
type Options = z.infer<typeof Options>

/** 138-1234-5678, +86 13812345678 and 11010519491231002x all compare by their national digits. */
function digitsOf(s: string, plans: readonly MobilePlan[]): string {
  if (s.includes('@')) return s.trim().toLowerCase()
  const d = s.toUpperCase().replace(/[^\dX]/g, '')
  const phone = findNumbers(d, plans).find((h) => h.kind === 'phone' && h.start === 0 && h.end === d.length)
  return phone ? phone.digits : d
}

/** The label nearest before a number, if any: which of `names` it belongs to. */
function nearestLabel(ctx: LintContext, hit: NumberHit, names: readonly string[]): string | undefined {
  // Sentence, not clause: the label usually ends in a colon (订单号：…).
  const from = Math.max(sentenceStart(ctx.text, hit.start), hit.start - LABEL_REACH)
  let best: { name: string; end: number } | undefined
  for (const name of names) {
    const c = lastCue(ctx, name, from, hit.start)
    if (c && (!best || c[1] > best.end)) best = { name, end: c[1] }
  }
  return best?.name
}

/** 订单号：13812345678 is an order number, 订单上的电话13812345678 a phone; ¥139 1299 2399 prices. */
function notAPhone(ctx: LintContext, hit: NumberHit): boolean {
  if (nearestLabel(ctx, hit, ['notPhone', 'phoneLabel']) === 'notPhone') return true
  return ctx.hasCue('price', Math.max(0, hit.start - 1), hit.start) || ctx.hasCue('price', hit.end, hit.end + 1)
}

/**
 * Whether a shop-address cue (退货地址, 寄回) stands shortly before `at` with no other person
 * named between: 上一位顾客退回来的包裹，他地址写的是… is that buyer's address, not the shop's.
 */
function shopsOwn(ctx: LintContext, at: number): boolean {
  const from = Math.max(sentenceStart(ctx.text, at), at - SHOP_REACH)
  // A business named right before (家福电器维修部东莞市…): the address may swallow its last characters (修部东莞市).
  const cue = lastCue(ctx, 'shopAddress', from, at) ?? lastCue(ctx, 'businessPlace', from, at + BUSINESS_OVERLAP)
  if (!cue || cue[0] >= at) return false
  return !OTHER_PERSON.some((name) => ctx.hasCue(name, cue[1], at))
}
/** How far a business's name may run into the address found after it (维修部 read as 修部东莞市…). */
const BUSINESS_OVERLAP = 2
/**
 * The order system's card of the buyer's own delivery details, read back for them to check (请您核对收货信息哦：马先生
 * 1326017** 北京…; real JD traffic): the mobile in it is masked, right before the address, and no other person is
 * talked about before it. An address the agent types out (您的地址是北京市…1203室) is still reported, as is any full
 * number.
 */
function readBack(ctx: LintContext, at: number): boolean {
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

/**
 * Digits written as words (一三九一二三四五六七八, 幺三八…) to slip past a filter: read as the digits
 * they stand for, character for character, so offsets stay those of the text. Only a reply with a
 * long run of them is rewritten (findWordRun, also the scan's gate); others are returned as they are.
 */
// Compared with normalised text, so normalised too (the table may fold a character).
// The banker's capitals too (壹叁玖…, 幺叁捌…): set Q and three other authors wrote phones so (shared table).
const NUMERAL_WORDS = normalizePhrase(DIGIT_WORDS)
/**
 * A run of nine or more numeral words, spaces and hyphens between them (the pattern
 * [N][N -]{7,}[N]), read by a table per code unit: 1 a numeral word, 2 a space or a hyphen. A
 * character-class regex tested every reply at each of its 一s; this is one pass with no backtracking.
 */
const RUN_CHAR = new Uint8Array(0x10000)
for (let i = 0; i < NUMERAL_WORDS.length; i++) RUN_CHAR[NUMERAL_WORDS.charCodeAt(i)] = 1
RUN_CHAR[0x20] = RUN_CHAR[0x2d] = 2
/** Length of the shortest run that counts. */
const WORD_RUN_MIN = 9
function findWordRun(text: string): boolean {
  let first = -1
  for (let i = 0; i < text.length; i++) {
    const k = RUN_CHAR[text.charCodeAt(i)]!
    if (k === 1) {
      if (first < 0) first = i
      else if (i - first + 1 >= WORD_RUN_MIN) return true
    } else if (k === 0) first = -1
  }
  return false
}
/**
 * Whether `text` holds such a run. The scan's gate asks first and digitView asks again of the same
 * reply: the last answer is kept, so the pattern runs once per reply.
 */
let runText: string | undefined
let runFound = false
function hasWordRun(text: string): boolean {
  if (text !== runText) {
    runFound = findWordRun(text)
    runText = text
  }
  return runFound
}
function digitView(text: string): string {
  if (!hasWordRun(text)) return text
  let out = ''
  for (const ch of text) {
    const v = digitWordValue(ch.charCodeAt(0))
    out += v >= 0 ? String(v) : ch
  }
  return out
}

function numberFinding(ctx: LintContext, entry: CompiledEntry, hit: NumberHit): Finding {
  const mask = masked(ctx.original, hit, hit.start, hit.end)
  return {
    ruleId: ID,
    entry,
    start: hit.start,
    end: hit.end,
    severity: entry.severity ?? DEFAULT_SEVERITY,
    expected: [mask],
    // Starring digits never adds a leak; a number meant to be public belongs in allowNumbers.
    fix: entry.fix ? { start: hit.start, end: hit.end, text: mask } : undefined,
  }
}

function scan(
  ctx: LintContext,
  entryFor: (tag: string) => CompiledEntry | undefined,
  allowed: ReadonlySet<string>,
  plans: readonly MobilePlan[],
): Finding[] {
  const out: Finding[] = []
  const zhTW = plans.includes(TAIWAN)
  for (const hit of findNumbers(digitView(ctx.text), plans)) {
    if (allowed.has(hit.digits)) continue
    if (hit.kind === 'phone' && notAPhone(ctx, hit)) continue
    // The agent's own number, given as the contact (电话联系我 139…), is off-platform's to report when spelt in words
    // (below). cp22: written in digits it is a full personal number shown in the chat all the same — every author of the
    // pool, the three of sets AD/AE/AF and the real-traffic reviewers label it privacy-leak beside off-platform.
    const own = hit.kind === 'phone' ? nearestLabel(ctx, hit, ['selfContact', 'businessLine', 'phoneLabel', 'notPhone']) : undefined
    if (own === 'businessLine' || (own === 'selfContact' && !(FULL_MOBILE.test(hit.digits) && plainDigits(ctx.original, hit)))) continue
    if (hit.kind === 'phone' && hit.needsLabel && nearestLabel(ctx, hit, ['phoneLabel', 'notPhone']) !== 'phoneLabel') continue
    // Eight digits are a mainland landline too (门店电话 8765 4321): outside zh-TW, a Hong Kong or Macau mobile needs its region.
    if (hit.kind === 'phone' && !zhTW && hit.digits.length === 8 && !HK_REGION.test(ctx.text.slice(sentenceStart(ctx.text, hit.start), hit.end))) continue
    // Spelt in words, a number is mostly the agent's own dodging a filter (绿色软件搜 一五九…): only a
    // labelled phone nobody claims as their own (上一位买家的手机是一三九…) is someone's data.
    // …or a number of someone else's: a third person referred to earlier in the sentence (门卫老李…他的号我发您：一三九…;
    // bo15, ANALYSIS-U change 3) and no label of the agent's own nearer to it.
    if (speltInWords(ctx.text, hit)) {
      const label = nearestLabel(ctx, hit, ['selfContact', 'businessLine', 'phoneLabel', 'notPhone'])
      if (label !== 'phoneLabel' && (label !== undefined || !othersBefore(ctx, hit.start))) continue
      // 找我们老板，他的手机号就是…：一五九… (pv20): the shop's people's line, labelled or not, is off-platform's.
      if (SHOP_PEOPLE.test(ctx.text.slice(sentenceStart(ctx.text, hit.start), hit.start))) continue
    }
    // rl36: a passport or permit number only after its label (护照号 E12345678).
    if (hit.passport && nearestLabel(ctx, hit, ['passportLabel', 'notPhone']) !== 'passportLabel') continue
    // rl36: …and an ID-shaped number the buyer's message names as their ID (我身份证号发你了 → 收到了，3304…), unless a
    // label in the reply names it something else (订单号…).
    if (hit.kind === 'id' && hit.needsLabel && !hit.passport) {
      const label = nearestLabel(ctx, hit, ['idLabel', 'notPhone'])
      if (label !== 'idLabel' && (label !== undefined || !ctx.previousHasCue('idLabel'))) continue
    }
    if (hit.kind === 'card' && nearestLabel(ctx, hit, ['cardLabel', 'notPhone', 'idLabel']) !== 'cardLabel') continue
    const entry = entryFor(hit.kind)
    if (entry) out.push(numberFinding(ctx, entry, hit))
  }
  for (const hit of findEmails(ctx.text)) {
    const entry = entryFor('email')
    const from = Math.max(sentenceStart(ctx.text, hit.start), hit.start - SHOP_REACH)
    if (!entry || allowed.has(hit.digits) || ctx.hasCue('shopContact', from, hit.start)) continue
    out.push(numberFinding(ctx, entry, hit))
  }
  const entry = entryFor('address')
  if (entry) {
    for (const a of findAddresses(ctx.text)) {
      if (shopsOwn(ctx, a.start) || readBack(ctx, a.start)) continue
      out.push({
        ruleId: ID,
        entry,
        start: a.start,
        end: a.end,
        severity: entry.severity ?? DEFAULT_SEVERITY,
        expected: [`${ctx.original.slice(a.start, a.areaEnd)}***`],
      })
    }
  }
  // Another person's order number, building and room or street: what the patterns above
  // leave alone as the buyer's own (or as too partial) is a leak next to someone else.
  const other = entryFor('thirdParty')
  if (other) {
    for (const d of findThirdPartyData(ctx)) {
      if (out.some((f) => f.start < d.end && d.start < f.end)) continue
      const from = Math.max(sentenceStart(ctx.text, d.start), d.start - SHOP_REACH)
      if (!d.personal && ctx.hasCue('shopAddress', from, d.start)) continue
      out.push({ ruleId: ID, entry: other, start: d.start, end: d.end, severity: other.severity ?? DEFAULT_SEVERITY, expected: other.expected })
    }
  }
  // Session 20 (pv20): a full ID, card number or code asked for in the chat (solicit.ts).
  const solicit = entryFor('solicit')
  if (solicit) {
    for (const d of findSolicits(ctx)) {
      out.push({ ruleId: ID, entry: solicit, start: d.start, end: d.end, severity: solicit.severity ?? DEFAULT_SEVERITY, expected: solicit.expected })
    }
  }
  return out
}

const DIGIT_OR_AT = /[0-9@]/
/** The cues that open the scan besides nearBuyer (scanWhenCues below, less it). */
/** The cues that open the scan for another person's data (third-party.ts starts from them); nearBuyer opens it too, see below. */
const GATES_BUT_NEAR = ['relation', 'pronoun', 'otherWhole', 'other', 'title', 'kin', 'familiar', 'secret', 'workplace', 'workplaceBuyer']
const XING = normalizePhrase('姓')
const ALSO = normalizePhrase('也')
/**
 * rv32 (speed): nearBuyer (ex31) opens the scan only for a household named by its surname alone (住您对门姓周的那家): with no 姓,
 * no other gate cue, and no digit, @ or spelt number, a scan it opened finds nothing — the numbers, e-mails and addresses need
 * their characters, another person's data a reference from the other cues or 姓 — so it is skipped. Asked only when nearBuyer hit.
 */
function nearBuyerOnly(ctx: LintContext): boolean {
  if (ctx.cues('nearBuyer').length === 0) return false
  const { text } = ctx
  // pv35: …nor a household noun after the position (您对门那户也订了) or 也 (您对门也在我们家买了), which make it a reference.
  if (ctx.cues('household').length > 0 || text.includes(ALSO)) return false
  return !text.includes(XING) && !DIGIT_OR_AT.test(text) && !hasWordRun(text) && GATES_BUT_NEAR.every((name) => ctx.cues(name).length === 0)
}
/** A whole mainland mobile (11 digits, 1[3-9]…): a person's own line, not a shop's landline or hotline. */
const FULL_MOBILE = /^1[3-9]\d{9}$/
/** Typed as digits (half- or full-width), not dressed up (❶❸❽, 一三九) the way an agent dodges a filter. */
function plainDigits(original: string, hit: NumberHit): boolean {
  let n = 0
  for (let i = hit.start; i < hit.end; i++) if (/[0-9０-９]/.test(original[i]!)) n++
  return n >= 11
}
/** A third person (他/她, a relation, another buyer, a named title) referred to in the sentence before `at`. */
const OTHER_REFERENCES = ['pronoun', 'relation', 'other', 'otherWhole', 'familiar']
/** The shop's own people (我们老板, 店长): 找我们老板，他的手机号… is the shop's line, off-platform's. */
const SHOP_PEOPLE = /我们|我們|老板|老闆|店长|店長|掌柜|小店|本店/
function othersBefore(ctx: LintContext, at: number): boolean {
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
const HK_REGION = /香港|澳门|澳門|港澳|852|853/
const TAIWAN_LABELLED: MobilePlan = { ...TAIWAN, needsLabel: true }
/** Whether the number was read from digit words (一三九…): a Taiwanese ID's leading letter is not one. */
const speltInWords = (text: string, hit: NumberHit) => NUMERAL_WORDS.includes(text[hit.end - 1]!)

export default defineRule<Options>({
  meta: {
    id: ID,
    category: 'privacy',
    description: {
      zh: '回复中出现手机号、身份证号、银行卡号、邮箱或完整地址，或向买家透露其他人的订单号、门牌、住址（可配置放行店铺/站点号码）',
      en: 'A mobile number, resident ID, bank card, e-mail or full address in a reply, or another person’s order number, building and room or street told to the buyer (public numbers can be allowed)',
    },
    defaultSeverity: DEFAULT_SEVERITY,
    fixable: true,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是包含个人信息（不是词表命中，请人工确认），个人信息不应出现在客服回复里。',
        en: 'Statistical judgement: {actual} reads like it holds personal data (not a list match; check it), which should not appear in a reply.',
      },
    },
    options: Options,
  },
  lexicon: LEXICON,
  create(options, env) {
    // Taiwan and Hong Kong shops (zh-TW profile) also see Taiwanese mobiles (0912-345-678).
    const plans = env.profile === 'zh-TW' ? [MAINLAND, TAIWAN, HONG_KONG] : [MAINLAND, TAIWAN_LABELLED, HONG_KONG]
    const allowed = new Set(options.allowNumbers.map((n) => digitsOf(n, plans)).filter((d) => d.length > 0))
    return {
      scan: (ctx, entryFor) => (nearBuyerOnly(ctx) ? [] : scan(ctx, entryFor, allowed, plans)),
      // Numbers and addresses need a digit, e-mails an @, another person's data a reference to
      // that person (the cues third-party.ts starts from): replies with none skip the scan.
      scanWhen: (text) => DIGIT_OR_AT.test(text) || hasWordRun(text),
      // ex31: nearBuyer too (住您对门姓周的那家: a neighbour by surname alone, no other cue in the reply).
      scanWhenCues: [...GATES_BUT_NEAR, 'nearBuyer'],
    }
  },
})
