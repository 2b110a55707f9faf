import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import data from './address.yaml'
import { isHan } from '../../src/vocab/chars.js'

/**
 * Full postal addresses: one unbroken run of text holding an administrative area, a road or
 * compound after it and a house number after that (北京市朝阳区建国路88号, 浙江省杭州市
 * 余杭区文一西路969号5幢301室). Visited only at digits followed by a unit word (号, 栋, 室…),
 * so replies without house numbers cost one comparison per digit.
 */
// Compared with the normalised reply, so normalised when loaded (户 and 台 fold like the text does).
const Words = z.array(z.string().min(1)).min(1).transform((ws) => ws.map(normalizePhrase))
const Schema = z
  .object({ admin: Words, notAdmin: Words, road: Words, unit: Words, household: Words, house: Words, street: Words, notAfterUnit: Words, stop: Words })
  .strict()
const WORDS = Schema.parse(data)
const STOP = new Set(WORDS.stop)
/** How far an address run reaches on each side of its first house number. */
const REACH_BACK = 36
const REACH_ON = 24

export interface AddressHit {
  start: number
  end: number
  /** End of the last administrative area word: what may be shown (北京市朝阳区). */
  areaEnd: number
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/** Characters an address run is made of: Han, Latin, digits, and - # ( ) and spaces inside. */
function inRun(text: string, i: number): boolean {
  const ch = text[i]!
  if (STOP.has(ch)) return false
  const c = ch.charCodeAt(0)
  return isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || ch === '-' || ch === '#' || ch === ' ' || ch === '(' || ch === ')'
}

const wordAt = (text: string, i: number, words: readonly string[]) => words.find((w) => text.startsWith(w, i))

/**
 * An area followed by a street, no number (广州天河区体育西路, 杭州市文三路): where someone
 * lives, when the reply talks about another person. Streets only (路, 街, 小区…): 道 and 里
 * end too many words (知道, 这里).
 */
/** First code units of the street words: most positions start none, and skip the word search. */
const STREET_FIRST = new Set(WORDS.street.map((w) => w.charCodeAt(0)))

export function findAreaStreets(text: string, from: number, to: number): AddressHit[] {
  const out: AddressHit[] = []
  for (let i = Math.max(1, from); i < to; i++) {
    if (!STREET_FIRST.has(text.charCodeAt(i))) continue
    const street = wordAt(text, i, WORDS.street)
    if (!street || !isHan(text.charCodeAt(i - 1))) continue
    let start = i
    while (start > 0 && i - start < STREET_REACH && inRun(text, start - 1) && text[start - 1] !== ' ') start--
    const area = areas(text.slice(start, i))
    // The street needs a name of its own between the area and itself (天河区体育西路, not 天河区路).
    if (area && start + area.end < i) {
      out.push({ start: start + area.first, end: i + street.length, areaEnd: start + area.end })
      i += street.length - 1
    }
  }
  return out
}
const STREET_REACH = 12

/** The last characters of a district name: 区 and 县 (西湖区, 苓雅区, 余杭县). */
const DISTRICT = new Set(['区', '县'].map(normalizePhrase))
/** A city and its district run this long before 区/县 at most (杭州西湖, 高雄市三民). */
const CITY_DISTRICT_REACH = 6
/** …and at least this long without 市 (杭州西湖, 郑州金水): one name alone (朝阳区) is not a city and a district. */
const CITY_DISTRICT_MIN = 4
const CITY = normalizePhrase('市')

/**
 * ex31: a city and its district, no street (杭州西湖区, 高雄市三民区, 郑州金水区): where a person named next to it lives or
 * receives. On its own a district is no one's data (address.yaml); third-party.ts reads it only right beside a named
 * reference (杭州西湖区的张女士, 黄小姐,住高雄苓雅区).
 */
export function findCityDistricts(text: string, from: number, to: number): AddressHit[] {
  const out: AddressHit[] = []
  for (let i = Math.max(1, from); i < to; i++) {
    if (!DISTRICT.has(text[i]!) || !isHan(text.charCodeAt(i - 1))) continue
    if (WORDS.notAdmin.some((x) => covers(text, i, 1, x))) continue
    let start = i
    while (start > 0 && i - start < CITY_DISTRICT_REACH && isHan(text.charCodeAt(start - 1)) && !STOP.has(text[start - 1]!)) start--
    const name = text.slice(start, i)
    const city = name.indexOf(CITY)
    if (name.length < CITY_DISTRICT_MIN && !(city >= 2 && city < name.length - 2)) continue
    out.push({ start, end: i + 1, areaEnd: i + 1 })
  }
  return out
}

/** End of a house-number marker starting with digits at i (88号, 5号楼, 3-2-301室, 1000 号), or -1. */
export function markerEnd(text: string, i: number, units: readonly string[] = WORDS.unit): number {
  let j = i
  while (j < text.length && (isDigit(text.charCodeAt(j)) || (text[j] === '-' && isDigit(text.charCodeAt(j + 1))))) j++
  // Typed with spaces around the number: 张江路 1000 号, 3 栋 502.
  if (text[j] === ' ') j++
  const unit = wordAt(text, j, units)
  if (!unit || wordAt(text, j + unit.length, WORDS.notAfterUnit)) return -1
  return j + unit.length
}

export function findAddresses(text: string): AddressHit[] {
  const out: AddressHit[] = []
  let i = 0
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isDigit(text.charCodeAt(i - 1)))) {
      i++
      continue
    }
    const first = markerEnd(text, i)
    if (first < 0) {
      i++
      continue
    }
    const hit = addressAround(text, i, first)
    if (hit) {
      out.push(hit)
      i = hit.end
    } else i = first
  }
  return out
}

/**
 * Part of an address inside [from, to): a road or compound with a house number
 * (弥敦道600号, 中山路100号2楼) even without an area, or house numbers alone (3栋502,
 * 5号楼1203室). Reported only where the reply talks about another person (third-party.ts):
 * on their own they may be a shop or a pickup point.
 */
export function findPartialAddresses(text: string, from: number, to: number): AddressHit[] {
  const out: AddressHit[] = []
  for (let i = Math.max(0, from); i < to; i++) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isDigit(text.charCodeAt(i - 1)))) continue
    const first = markerEnd(text, i)
    if (first < 0) continue
    const hit = addressAround(text, i, first, true) ?? houseAt(text, i, first)
    if (hit) {
      out.push(hit)
      i = hit.end - 1
    }
  }
  return out
}

/** Building, unit and room numbers with no road (3 栋 502, 2单元301室); not 12号 (a date). */
function houseAt(text: string, i: number, first: number): AddressHit | undefined {
  if (!WORDS.house.some((w) => text.startsWith(w, first - w.length))) return undefined
  let end = first
  for (let j = first; j < text.length && j - first < REACH_ON && (inRun(text, j) || text[j] === ' '); j++) {
    if (!isDigit(text.charCodeAt(j)) || isDigit(text.charCodeAt(j - 1))) continue
    let e = markerEnd(text, j)
    if (e < 0 && (j === end || (j === end + 1 && text[end] === ' '))) e = roomEnd(text, j)
    if (e < 0) break
    end = e
    j = e - 1
  }
  return { start: i, end, areaEnd: i }
}

function addressAround(text: string, markerStart: number, markerStop: number, partial = false): AddressHit | undefined {
  let start = markerStart
  while (start > 0 && markerStart - start < REACH_BACK && inRun(text, start - 1)) start--
  while (text[start] === ' ') start++
  const run = text.slice(start, markerStart)
  const road = lastRoad(run)
  if (road < 0) return undefined
  // Further house numbers in the same run: 88号SOHO现代城5号楼1203室, 3栋501.
  let end = markerStop
  let levels = 1
  let household = isHousehold(text, markerStop)
  for (let j = markerStop; j < text.length && j - markerStop < REACH_ON && inRun(text, j); j++) {
    if (!isDigit(text.charCodeAt(j)) || isDigit(text.charCodeAt(j - 1))) continue
    let e = markerEnd(text, j)
    if (e > 0) household ||= isHousehold(text, e)
    // A bare room number right after a building: 3栋501, 5号楼1203, 3 栋 502.
    else if ((j === end || (j === end + 1 && text[end] === ' ')) && (e = roomEnd(text, j)) > 0) household = true
    if (e > 0) {
      end = e
      levels++
      j = e - 1
    }
  }
  const area = areas(run.slice(0, road))
  if (area) return { start: start + area.first, end, areaEnd: start + area.end }
  const roadEnd = road + wordAt(run, road, WORDS.road)!.length
  if (partial && run.length - roadEnd <= 2) return { start: start + nameStart(run, road, COMPOUND_NAME), end, areaEnd: start + roadEnd }
  // Without an area, a compound right before the number and house numbers down to one home
  // (阳光花园小区5栋2单元301室) still locate a household; 幸福路100号2楼 may be a shop.
  if (levels < 2 || !household || run.length - roadEnd > 2) return undefined
  return { start: start + nameStart(run, road, COMPOUND_NAME), end, areaEnd: start + roadEnd }
}

/** Whether the house-number unit ending at `end` names one home (室, 单元, 户), not a building or floor. */
function isHousehold(text: string, end: number): boolean {
  return WORDS.household.some((w) => text.startsWith(w, end - w.length))
}

/** End of a 3–4 digit room number at i with no unit after it, or -1. */
export function roomEnd(text: string, i: number): number {
  let j = i
  while (j < text.length && isDigit(text.charCodeAt(j))) j++
  return j - i >= 3 && j - i <= 4 && !/[0-9a-z]/.test(text[j] ?? '') ? j : -1
}

/** Start of the last road or compound word in the run, or -1. */
function lastRoad(run: string): number {
  for (let i = run.length - 1; i >= 0; i--) if (wordAt(run, i, WORDS.road)) return i
  return -1
}

/**
 * Administrative area words with a name before them (朝阳区, not a bare 区), skipping words
 * that only contain one (超市, 小区). `first` is where the first area's name begins.
 */
function areas(s: string): { first: number; end: number } | undefined {
  let first = -1
  let end = -1
  for (let i = 1; i < s.length; i++) {
    const w = wordAt(s, i, WORDS.admin)
    if (!w || !isHan(s.charCodeAt(i - 1))) continue
    if (WORDS.notAdmin.some((x) => covers(s, i, w.length, x))) continue
    if (first < 0) first = nameStart(s, i)
    end = i + w.length
  }
  return first < 0 ? undefined : { first, end }
}

/** Whether the word `x` occurs in s over [i, i + len). */
function covers(s: string, i: number, len: number, x: string): boolean {
  for (let k = Math.max(0, i + len - x.length); k <= i; k++) if (s.startsWith(x, k)) return true
  return false
}

/** Place names are two to four characters (北京市, 杭州市); compound names up to six (阳光花园小区). */
const PLACE_NAME = 4
const COMPOUND_NAME = 6
function nameStart(s: string, at: number, longest = PLACE_NAME): number {
  let k = at
  while (k > 0 && at - k < longest && isHan(s.charCodeAt(k - 1))) k--
  return k
}
