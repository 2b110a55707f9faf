import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
import { sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { SpanIndex } from '../../src/match/bisect.js'
import { findAddresses } from './address.js'
import { findEmails } from './email.js'
import { findNumbers, HONG_KONG, MAINLAND, masked, TAIWAN, type MobilePlan, type NumberHit } from './numbers.js'
import { findThirdPartyData, previousBringsPerson } from './third-party.js'
import { findSolicits } from './solicit.js'
import { findNamedAuthors, findOtherHandles } from './handles.js'
import { confirmedWithBuyer, FULL_MOBILE, HK_REGION, ID_LABEL_REACH, nearestLabel, notAPhone, othersBefore, plainDigits, readBack, SHOP_PEOPLE, SHOP_REACH, shopsOwn } from './whose.js'
import { digitView, hasWordRun, speltInWords } from './spelt.js'
import { DIGIT_OR_AT, GATES_BUT_NEAR, openedForNothing } from './gate.js'
import { digitsOf, Options } from './allowed.js'
import { bankAccount } from './whose.js'
import lexicon from './lexicon.yaml'

/**
 * privacy-leak: personal data in a reply. The scan below is the list of its checks: numbers (numbers.ts finds phones,
 * IDs, cards, passports, also spelt in words: spelt.ts), each kept or left by its label and whose it is (whose.ts);
 * e-mails (email.ts); addresses (address.ts), not the shop's own or the buyer's card read back; another person's data
 * (third-party.ts, people.ts); a secret asked for in the chat (solicit.ts). gate.ts holds what opens the scan.
 */

const ID = 'privacy-leak'
const DEFAULT_SEVERITY = 'error'
const LEXICON = parseLexicon(lexicon, `rules/${ID}/lexicon.yaml`)

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
  for (const hit of findNumbers(digitView(ctx.text), plans, { accounts: true })) {
    if (allowed.has(hit.digits)) continue
    if (hit.kind === 'phone' && notAPhone(ctx, hit)) continue
    // The agent's own number, given as the contact (电话联系我 139…), is off-platform's to report when spelt in words
    // (below). cp22: written in digits it is a full personal number shown in the chat all the same — every author of the
    // pool, the three of sets AD/AE/AF and the real-traffic reviewers label it privacy-leak beside off-platform.
    const own = hit.kind === 'phone' ? nearestLabel(ctx, hit, ['selfContact', 'businessLine', 'phoneLabel', 'notPhone']) : undefined
    // ot36: …and so is the line of the shop's owner or manager typed in digits (我们老板手机 133…, 驿站老板电话 139…: sets AT, BP label
    // it); spelt in words it stays off-platform's (the pool's authors split on those).
    // A shop's or maker's line (工作手机, 厂家电话) stays off-platform's whatever its digits.
    const boss = own === 'businessLine' && nearestLabel(ctx, hit, ['bossLine', 'businessLine']) === 'bossLine'
    if ((own === 'businessLine' && !boss) || ((boss || own === 'selfContact') && !(FULL_MOBILE.test(hit.digits) && plainDigits(ctx.original, hit)))) continue
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
      // s44: the label read a clause back (…身分證字號，我這邊系統顯示是A2234…), a nearer other label still deciding.
      const label = nearestLabel(ctx, hit, ['idLabel', 'notPhone'], ID_LABEL_REACH)
      if (label !== 'idLabel' && (label !== undefined || !ctx.previousHasCue('idLabel'))) continue
    }
    if (hit.kind === 'card' && !hit.account && nearestLabel(ctx, hit, ['cardLabel', 'notPhone', 'idLabel']) !== 'cardLabel') continue
    // rl37a: a bank account only after its label, the bank's or a bare 帳號 with the holder's name in the sentence (帳號 012-…，戶名 王小明).
    if (hit.account && !bankAccount(ctx, hit)) continue
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
      if (shopsOwn(ctx, a.start) || readBack(ctx, a.start) || confirmedWithBuyer(ctx, a.start, a.end)) continue
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
    const taken = SpanIndex.of(out)
    for (const d of [...findThirdPartyData(ctx), ...findOtherHandles(ctx), ...findNamedAuthors(ctx)]) {
      if (taken.overlaps(d.start, d.end)) continue
      const from = Math.max(sentenceStart(ctx.text, d.start), d.start - SHOP_REACH)
      if (!d.personal && ctx.hasCue('shopAddress', from, d.start)) continue
      out.push({ ruleId: ID, entry: other, start: d.start, end: d.end, severity: other.severity ?? DEFAULT_SEVERITY, expected: other.expected })
      taken.add(d.start, d.end)
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

/** Outside the zh-TW profile a Taiwanese mobile needs its label (see HK_REGION, whose.ts). */
const TAIWAN_LABELLED: MobilePlan = { ...TAIWAN, needsLabel: true }

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
      scan: (ctx, entryFor) => (openedForNothing(ctx, previousBringsPerson) ? [] : scan(ctx, entryFor, allowed, plans)),
      // Numbers and addresses need a digit, e-mails an @, another person's data a reference to
      // that person (the cues third-party.ts starts from): replies with none skip the scan.
      scanWhen: (text) => DIGIT_OR_AT.test(text) || hasWordRun(text),
      // ex31: nearBuyer too (住您对门姓周的那家: a neighbour by surname alone, no other cue in the reply).
      scanWhenCues: [...GATES_BUT_NEAR, 'nearBuyer'],
    }
  },
})
