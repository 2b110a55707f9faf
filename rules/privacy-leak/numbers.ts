import { isLatinAlnum } from '../../src/match/automaton.js'

/**
 * One left-to-right pass over the normalised reply (full-width digits are already ASCII)
 * that finds mainland mobile numbers and resident ID numbers. Runs of digits are visited
 * once; a phone may be written in groups joined by one space or dash (138 1234 5678,
 * 138-1234-5678, +86 138…). Masked numbers (138****5678) are not numbers any more.
 */
export interface NumberHit {
  kind: 'phone' | 'id' | 'card' | 'email'
  start: number
  end: number
  /** The digits as written (ID check character upper-cased), prefix 86 dropped for phones. */
  digits: string
  /** Offsets of those digits in the text, for masking in place. */
  at: number[]
  /** How many digits to star, and how many after them to keep (138****5678, 0912-***-678). */
  mask: { hide: number; tail: number }
  /**
   * An ID-shaped number (valid region and birth date) whose check character fails, or an old
   * 15-digit ID: an ID only when labelled as one (身份证 320102198001010015). Bank cards always
   * need their label (银行卡号 6222…); the label decides, not the Luhn check (order numbers pass
   * it one time in ten, and a mistyped card number failing it is still a card number shown).
   */
  needsLabel?: boolean
  /** rl36: a passport or travel-permit number (E12345678, EA1234567): reported only after its label (护照号). */
  passport?: boolean
  /** rl37a: a bank account of 10–15 digits (帳號 012-345678901234，戶名…): a card's finding only after a bank account's label. */
  account?: boolean
}

interface Group {
  start: number
  end: number
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39
/** Between the groups of one number: space, -, . and the dashes that survive normalisation. */
const JOINERS = new Set([0x20, 0x2d, 0x2e, 0x2014, 0x2013])

/** A mobile numbering plan: national form, and the country code that may replace its trunk 0. */
export interface MobilePlan {
  national: RegExp
  country: string
  /** Whether the national form starts with a trunk 0 that the country code replaces (Taiwan). */
  trunk: boolean
  /** The usual masked form: 138****5678, 0912-***-678. */
  mask: { hide: number; tail: number }
  /** Too short to tell from other numbers: a phone only when labelled as one (電話 9123 4567). */
  needsLabel?: boolean
}
export const MAINLAND: MobilePlan = { national: /^1[3-9]\d{9}$/, country: '86', trunk: false, mask: { hide: 4, tail: 4 } }
/** Taiwan: 09xx-xxx-xxx, +886 9xx xxx xxx (the zh-TW profile). */
export const TAIWAN: MobilePlan = { national: /^09\d{8}$/, country: '886', trunk: true, mask: { hide: 3, tail: 3 } }
/** Hong Kong: 8 digits from 5–9 (9123 4567, +852 6123 4567), labelled (the zh-TW profile). */
export const HONG_KONG: MobilePlan = { national: /^[5-9]\d{7}$/, country: '852', trunk: false, mask: { hide: 4, tail: 0 }, needsLabel: true }
/** IDs keep their first 3 and last 4 characters. */
const ID_MASK = { hide: 11, tail: 4 }
const OLD_ID_MASK = { hide: 8, tail: 4 }
const LONGEST = 13

export function findNumbers(text: string, plans: readonly MobilePlan[] = [MAINLAND], options: { accounts?: boolean } = {}): NumberHit[] {
  return text.includes('\0') ? findNumbersAround(text, plans, options) : findNumbersIn(text, plans, options)
}

/**
 * A number typed with invisible units inside it — styled digits (𝟏𝟑𝟗: normalize() leaves an ignorable unit before each)
 * or zero-width characters between digits (139\u200b1234…), both ways of slipping past number filters — is read with
 * those units taken out, and reported in the reply's own offsets (a digit's offset is its own unit, a styled digit's
 * second half: masked() stars the whole pair).
 */
function findNumbersAround(text: string, plans: readonly MobilePlan[], options: { accounts?: boolean }): NumberHit[] {
  // Every number is read from a digit group: a reply with no digit (an emoji's invisible unit in a long reply, mostly) is
  // not copied at all. The copy is one native pass; the offset map is built only for a reply where a number was found.
  if (!ANY_DIGIT.test(text)) return []
  const hits = findNumbersIn(text.replaceAll('\0', ''), plans, options)
  if (hits.length === 0) return hits
  const from: number[] = []
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0) from.push(i)
  // The span takes in the invisible unit before its first digit (a styled digit's first half).
  const first = (i: number) => (i > 0 && text.charCodeAt(i - 1) === 0 ? i - 1 : i)
  return hits.map((h) => ({ ...h, start: first(from[h.start]!), end: from[h.end - 1]! + 1, at: h.at.map((a) => from[a]!) }))
}
const ANY_DIGIT = /[0-9]/

function findNumbersIn(text: string, plans: readonly MobilePlan[], options: { accounts?: boolean }): NumberHit[] {
  const groups = digitGroups(text)
  const out: NumberHit[] = []
  const taiwan = plans.includes(TAIWAN)
  for (let k = 0; k < groups.length; k++) {
    const id = idAt(text, groups[k]!) ?? taiwanIdAt(text, groups[k]!, taiwan) ?? passportAt(text, groups[k]!)
    if (id) {
      out.push(id)
      continue
    }
    const spaced = groupedIdFrom(text, groups, k)
    if (spaced) {
      out.push(spaced.hit)
      k = spaced.last
      continue
    }
    // rl37a: a run of 12–15 digits in groups is read whole as an account before a phone takes its first groups (6222 0212 3456).
    // …never a run that starts or ends with a mobile (0086-13912345678, +886 912…): the phone is read as before.
    const read = options.accounts ? accountFrom(text, groups, k) : undefined
    const account = read && !MOBILE_HEAD.test(read.hit.digits) && !MOBILE_TAIL.test(read.hit.digits) ? read : undefined
    const long = account && account.hit.digits.length >= 12 ? account : undefined
    const number = long ?? cardFrom(text, groups, k) ?? phoneFrom(text, groups, k, plans) ?? digitByDigitFrom(text, groups, k, plans) ?? account
    if (number) {
      out.push(number.hit)
      k = number.last
    }
  }
  return out
}

/**
 * The digits of groups[k] and of the groups joined to it by one joiner (space, dash…), each joined group of four digits when
 * `fours` (a card's grouping), stopping once `cap` digits are read: their positions, and the index the walk stopped at.
 */
function joinedRun(text: string, groups: Group[], k: number, fours: boolean, cap: number): { at: number[]; j: number } {
  const at: number[] = []
  let j = k
  for (; j < groups.length; j++) {
    const g = groups[j]!
    if (j > k) {
      const prev = groups[j - 1]!
      if (g.start - prev.end !== 1 || !JOINERS.has(text.charCodeAt(prev.end)) || (fours && prev.end - prev.start !== 4)) break
    }
    for (let i = g.start; i < g.end; i++) at.push(i)
    if (at.length >= cap) break
  }
  return { at, j }
}

/** Bank cards: 16–19 digits, in one run or in groups of four, passing the Luhn check. */
function cardFrom(text: string, groups: Group[], k: number): { hit: NumberHit; last: number } | undefined {
  const first = groups[k]!
  if (gluedBefore(text, first.start)) return undefined
  const { at, j } = joinedRun(text, groups, k, true, 16)
  const last = Math.min(j, groups.length - 1)
  // One more short group completes 17–19 digits (6222 0212 3456 7890 123).
  if (at.length === 16 && last + 1 < groups.length) {
    const g = groups[last + 1]!
    const prev = groups[last]!
    if (g.start - prev.end === 1 && JOINERS.has(text.charCodeAt(prev.end)) && g.end - g.start <= 3) {
      for (let i = g.start; i < g.end; i++) at.push(i)
      return cardHit(text, at, last + 1)
    }
  }
  return cardHit(text, at, last)
}

function cardHit(text: string, at: number[], last: number): { hit: NumberHit; last: number } | undefined {
  if (at.length < 16 || at.length > 19 || gluedAfter(text, at[at.length - 1]! + 1)) return undefined
  const digits = at.map((i) => text[i]).join('')
  // Keep the first and last four digits: 6222 **** **** ***0 128 → 6222 **** **** ***0 128.
  const mask = { hide: at.length - 8, tail: 4 }
  return { hit: { kind: 'card', start: at[0]!, end: at[at.length - 1]! + 1, digits, at, mask, needsLabel: true }, last }
}

/**
 * rl37a: a bank account of 10–15 digits, in one run or in groups joined by one space or dash (012-345678901234, 0123 4567 8901):
 * a Taiwanese or mainland account number, kept only after a bank account's label (index.ts).
 */
function accountFrom(text: string, groups: Group[], k: number): { hit: NumberHit; last: number } | undefined {
  if (gluedBefore(text, groups[k]!.start)) return undefined
  const { at, j } = joinedRun(text, groups, k, false, Infinity)
  const last = j - 1
  if (at.length < ACCOUNT_DIGITS[0] || at.length > ACCOUNT_DIGITS[1] || gluedAfter(text, at[at.length - 1]! + 1)) return undefined
  const digits = at.map((i) => text[i]).join('')
  return { hit: { kind: 'card', start: at[0]!, end: at[at.length - 1]! + 1, digits, at, mask: { hide: at.length - 4, tail: 4 }, needsLabel: true, account: true }, last }
}
/** rl37a: a mainland mobile with or without 86 before it (8613812345678): a phone, not an account. */
const MOBILE_HEAD = /^(?:(?:86)?1[3-9]\d{9}|886|852|853|00)/
const MOBILE_TAIL = /1[3-9]\d{9}$/
/** rl37a: how many digits a bank account has (Taiwan 10–14, mainland accounts up to 15; 16–19 are cards). */
const ACCOUNT_DIGITS = [10, 15] as const

function digitGroups(text: string): Group[] {
  const groups: Group[] = []
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue
    const start = i
    while (i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) i++
    groups.push({ start, end: i + 1 })
  }
  return groups
}

const gluedBefore = (text: string, i: number) => i > 0 && isLatinAlnum(text.charCodeAt(i - 1))
const gluedAfter = (text: string, i: number) => i < text.length && isLatinAlnum(text.charCodeAt(i))

/** Mobile numbers: 11 digits 1[3-9]…, optionally after 86 / +86, in one or more groups. */
/** Mobile numbers of any of `plans`, optionally after the country code, in one or more groups. */
function phoneFrom(text: string, groups: Group[], k: number, plans: readonly MobilePlan[]): { hit: NumberHit; last: number } | undefined {
  const first = groups[k]!
  // SF1381234567 is a tracking number, not a phone.
  if (gluedBefore(text, first.start)) return undefined
  let digits = ''
  const at: number[] = []
  for (let j = k; j < groups.length; j++) {
    const g = groups[j]!
    if (j > k) {
      const prev = groups[j - 1]!
      const joined = g.start - prev.end === 1 && JOINERS.has(text.charCodeAt(prev.end))
      // Groups of one or two digits are counts and sizes (3-5 天), not parts of a number.
      if (!joined || g.end - g.start < 3) return undefined
    }
    for (let i = g.start; i < g.end; i++) {
      digits += text[i]
      at.push(i)
    }
    if (digits.length > LONGEST) return undefined
    if (gluedAfter(text, g.end)) continue
    for (const plan of plans) {
      const international = digits.startsWith(plan.country)
      const national = international ? (plan.trunk ? '0' : '') + digits.slice(plan.country.length) : digits
      if (!plan.national.test(national)) continue
      const plus = international && text.charCodeAt(first.start - 1) === 0x2b
      const own = national.length - (plan.trunk && international ? 1 : 0)
      const hit: NumberHit = { kind: 'phone', start: plus ? first.start - 1 : first.start, end: g.end, digits: national, at: at.slice(at.length - own), mask: plan.mask }
      if (plan.needsLabel) hit.needsLabel = true
      return { hit, last: j }
    }
  }
  return undefined
}

/**
 * rl36: a mobile typed digit by digit (1 5 6 4 0 2 3 3 8 7 1, 0 9 1 2-3 4 5-6 7 8): single digits each joined to the
 * next by one space or dash, the whole run exactly one plan's national number (no digit group before or after it).
 * A run of counts (3 5 7) never reaches ten digits; the run is walked once and skipped as a whole.
 */
function digitByDigitFrom(text: string, groups: Group[], k: number, plans: readonly MobilePlan[]): { hit: NumberHit; last: number } | undefined {
  const first = groups[k]!
  if (first.end - first.start !== 1 || gluedBefore(text, first.start)) return undefined
  if (k > 0 && joinedTo(text, groups[k - 1]!, first)) return undefined
  const at: number[] = [first.start]
  let j = k + 1
  for (; j < groups.length && at.length <= LONGEST; j++) {
    const g = groups[j]!
    if (g.end - g.start !== 1 || !joinedTo(text, groups[j - 1]!, g)) break
    at.push(g.start)
  }
  const last = j - 1
  if (at.length < 10 || gluedAfter(text, groups[last]!.end)) return undefined
  if (j < groups.length && joinedTo(text, groups[last]!, groups[j]!)) return undefined
  const digits = at.map((i) => text[i]).join('')
  const plan = plans.find((p) => !p.needsLabel && p.national.test(digits))
  if (!plan) return undefined
  return { hit: { kind: 'phone', start: first.start, end: groups[last]!.end, digits, at, mask: plan.mask }, last }
}
const joinedTo = (text: string, prev: Group, g: Group) => g.start - prev.end === 1 && JOINERS.has(text.charCodeAt(prev.end))

/**
 * Resident IDs: 18 characters whose region, birth date and ISO 7064 check character all hold
 * (an order number almost never does); 18 with a failing check character or the old 15-digit
 * form only as `needsLabel` candidates.
 */
function idAt(text: string, g: Group): NumberHit | undefined {
  const len = g.end - g.start
  let end = g.end
  if (len === 17 && (text[g.end] === 'x' || text[g.end] === 'X')) end++
  else if (len !== 18 && len !== 15) return undefined
  if (gluedBefore(text, g.start) || gluedAfter(text, end)) return undefined
  const id = text.slice(g.start, end).toUpperCase()
  const shape = idShape(id)
  if (shape === 'no') return undefined
  const at: number[] = []
  for (let i = g.start; i < end; i++) at.push(i)
  const hit: NumberHit = { kind: 'id', start: g.start, end, digits: id, at, mask: id.length === 15 ? OLD_ID_MASK : ID_MASK }
  if (shape === 'plausible') hit.needsLabel = true
  return hit
}

/**
 * A resident ID typed in groups (110105 19491231 002X, 1101 0519 4912 3100 2X, 110-105-…): runs of
 * two or more digits (one before a closing X) joined by one space, dash or dot that add up to 17 digits and X, or 18 digits.
 * Split numbers are read as an ID only when the check character holds (a valid region, date and
 * ISO 7064 check), or, holding region and date only, when labelled (`needsLabel`).
 */
function groupedIdFrom(text: string, groups: Group[], k: number): { hit: NumberHit; last: number } | undefined {
  const first = groups[k]!
  if (gluedBefore(text, first.start) || first.end - first.start < 2) return undefined
  const at: number[] = []
  for (let j = k; j < groups.length; j++) {
    const g = groups[j]!
    if (j > k) {
      const prev = groups[j - 1]!
      if (g.start - prev.end !== 1 || !JOINERS.has(text.charCodeAt(prev.end))) return undefined
      // One lone digit only as the last group before the check character X (…3100 2X).
      const lastBeforeX = at.length + 1 === 17 && (text[g.end] === 'x' || text[g.end] === 'X')
      if (g.end - g.start < 2 && !lastBeforeX) return undefined
    }
    for (let i = g.start; i < g.end; i++) at.push(i)
    if (j === k) continue
    let end = g.end
    if (at.length === 17 && (text[end] === 'x' || text[end] === 'X')) at.push(end++)
    else if (at.length > 18) return undefined
    else if (at.length !== 18) continue
    if (gluedAfter(text, end)) return undefined
    const id = at.map((i) => text[i]).join('').toUpperCase()
    const shape = idShape(id)
    if (shape === 'no') return undefined
    const hit: NumberHit = { kind: 'id', start: first.start, end, digits: id, at, mask: ID_MASK }
    if (shape === 'plausible') hit.needsLabel = true
    return { hit, last: j }
  }
  return undefined
}

/**
 * Taiwanese national IDs: a letter, 1 or 2, seven digits and a check digit (A123456789), the
 * letter standing for a two-digit area code in the checksum. Outside the zh-TW profile it needs
 * its label (身分證字號) like any other ID-shaped run.
 */
function taiwanIdAt(text: string, g: Group, taiwan: boolean): NumberHit | undefined {
  if (g.end - g.start !== 9 || g.start < 1 || gluedBefore(text, g.start - 1) || gluedAfter(text, g.end)) return undefined
  const id = text.slice(g.start - 1, g.end).toUpperCase()
  // rl36: the ID's shape with a failing check digit is a mistyped ID when labelled (身分證字號 F223456789), as a
  // mainland ID with a failing check character is.
  const valid = validTaiwanId(id)
  if (!valid && !TAIWAN_ID_SHAPE.test(id)) return undefined
  const at: number[] = []
  for (let i = g.start - 1; i < g.end; i++) at.push(i)
  const hit: NumberHit = { kind: 'id', start: g.start - 1, end: g.end, digits: id, at, mask: TAIWAN_ID_MASK }
  if (!taiwan || !valid) hit.needsLabel = true
  return hit
}
const TAIWAN_ID_SHAPE = /^[A-Z][12]\d{8}$/

/**
 * rl36: a mainland passport or travel permit (E12345678, G12345678, EA1234567, C12345678): one letter and eight
 * digits or E and a letter and seven digits, standing alone. Reported only after its label (护照号, 通行证; index.ts).
 */
function passportAt(text: string, g: Group): NumberHit | undefined {
  const len = g.end - g.start
  const letters = len === 8 ? 1 : len === 7 ? 2 : 0
  if (letters === 0 || g.start < letters || gluedBefore(text, g.start - letters) || gluedAfter(text, g.end)) return undefined
  const head = text.slice(g.start - letters, g.start).toUpperCase()
  if (letters === 1 ? !PASSPORT_LETTER.test(head) : !/^E[A-Z]$/.test(head)) return undefined
  const at: number[] = []
  for (let i = g.start - letters; i < g.end; i++) at.push(i)
  return { kind: 'id', start: g.start - letters, end: g.end, digits: head + text.slice(g.start, g.end), at, mask: { hide: 4, tail: 2 }, needsLabel: true, passport: true }
}
const PASSPORT_LETTER = /^[EGDSPCKH]$/
const TAIWAN_ID_MASK = { hide: 5, tail: 2 }
/** Area codes of the letters A–Z, in order. */
const TAIWAN_AREAS = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33]

export function validTaiwanId(id: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(id)) return false
  const area = TAIWAN_AREAS[id.charCodeAt(0) - 65]!
  let sum = Math.floor(area / 10) + (area % 10) * 9
  for (let i = 1; i < 9; i++) sum += Number(id[i]) * (9 - i)
  sum += Number(id[9])
  return sum % 10 === 0
}

const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
  71, 81, 82,
])
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 'valid': an 18-character ID whose check character holds; 'plausible': region and date only. */
export function idShape(id: string): 'valid' | 'plausible' | 'no' {
  if (!/^\d{15}$|^\d{17}[\dX]$/.test(id)) return 'no'
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return 'no'
  if (id.length === 15) return validDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12))) ? 'plausible' : 'no'
  if (!validDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return 'no'
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!
  return CHECK[sum % 11] === id[17] ? 'valid' : 'plausible'
}

/** The original text of [start, end) with the hit's middle digits starred, separators kept. */
export function masked(original: string, hit: NumberHit, start: number, end: number): string {
  const { hide, tail } = hit.mask
  const hidden = new Set(hit.at.slice(hit.at.length - tail - hide, hit.at.length - tail))
  let out = ''
  for (let i = start; i < end; i++) {
    if (!hidden.has(i)) out += original[i]
    else {
      // A styled digit (𝟏) is two units, its offset the second: the star stands for both.
      const c = original.charCodeAt(i)
      if (c >= 0xdc00 && c < 0xe000 && i > start && (original.charCodeAt(i - 1) & 0xfc00) === 0xd800) out = out.slice(0, -1)
      out += '*'
    }
  }
  return out
}
