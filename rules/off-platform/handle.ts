import { isLatinAlnum } from '../../src/match/automaton.js'
import { codeSet } from '../../src/vocab/chars.js'
import { DIGIT_WORDS as DIGIT_WORD_CHARS, digitWordValue } from '../shared/digit-words.js'

/**
 * An account handed to the buyer: a contact channel (微信, QQ, 扣扣, 加v…) followed by what
 * looks like an account — QQ 12345678, 微信：kefu_2024, 加v13800138000, vx号是abc123.
 * The scan visits each run of Latin letters and digits once and looks back a few characters
 * for a channel word, so it costs nothing on replies without such runs.
 */
export interface HandleSpan {
  start: number
  end: number
}

/** What may stand between a channel and its account: 号, 号码, 是, 为, ：, 群, 搜, @ (LINE：@shop888), + (+852…). */
// Compared with normalised text, so normalised too (the table folds some characters: 群 → 羣).
// cp22: 发你 / 给您 too (我v发你：sofa_88, 微信给您：abc123): the channel handed over with its verb.
// redline39: 搜尋/搜寻/搜索 as 搜 (LINE搜尋shop888; AM).
const JOINERS = codeSet('号码是为:群搜寻索@+发给你您')
const MAX_JOINERS = 5
/** Joiners that announce an account, so a handle without digits (kefu_mei) is accepted. */
const ANNOUNCERS = codeSet('号是为:搜寻索@')

/** Digits written as words to dodge number filters: 扣扣：八八六二三四一零, 幺三八…, and the banker's capitals (贰肆陆捌). */
const DIGIT_WORDS = codeSet(DIGIT_WORD_CHARS)

/** Letters, digits, _ and the * of a masked number (微信同号 139****8888 is still handed over). */
function isHandleChar(c: number): boolean {
  // The low-byte table first: most characters of a reply are Han, and most Han are no digit word.
  return isLatinAlnum(c) || c === 0x5f /* _ */ || c === 0x2a /* * */ || (DIGIT_WORD_LOW[c & 0xff] === 1 && DIGIT_WORDS.has(c))
}

/** An ASCII digit or a digit written as a word (一, 幺, 壹…). */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || DIGIT_WORDS.has(c)
}

/** Low bytes of the digit words: most characters are ruled out by one typed-array load. */
const DIGIT_WORD_LOW = new Uint8Array(256)
for (const c of DIGIT_WORDS) DIGIT_WORD_LOW[c & 0xff] = 1

/**
 * Whether the reply holds a run findHandles could read as an account: at least five characters
 * of handle characters, spaces and dashes (138-0013-8000, dialled in off-platform's scan), starting
 * and ending with a handle character. A reply without
 * one has no handle to find (the scan's gate, tested on every reply: one pass, no regex
 * backtracking through every 一).
 */
export function hasAccountRun(text: string): boolean {
  let first = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHandleChar(c)) {
      if (first < 0) first = i
      else if (i - first >= 4) return true
    } else if (c !== 0x20 && c !== 0x2d) first = -1
  }
  return false
}

/** How many Latin letters a channel may end with (computed once per linter, not per reply). */
export function maxLatinTail(channels: readonly string[]): number {
  return Math.max(0, ...channels.map(latinTail))
}

/**
 * The ends of channels that can be glued to their account (qq of qq12345678, v of 加v138…, wechat):
 * each channel's last handle characters, as long as findHandles may glue (computed once per linter).
 */
export interface GluedTails {
  tails: ReadonlySet<string>
  /** The lengths among `tails`. */
  lengths: readonly number[]
  /** Per code unit, whether some tail starts with it: most characters end the look there. */
  first: Uint8Array
}

export function latinTails(channels: readonly string[], maxGlued = maxLatinTail(channels)): GluedTails {
  const tails = new Set<string>()
  for (const w of channels) {
    // A glued account run starts right after a character that is not a handle character, so
    // the tail is all of the channel's handle characters at its end (or the whole channel).
    let g = 0
    while (g < w.length && isHandleChar(w.charCodeAt(w.length - 1 - g))) g++
    if (g > 0 && g <= maxGlued) tails.add(w.slice(w.length - g))
  }
  const first = new Uint8Array(0x10000)
  for (const t of tails) first[t.charCodeAt(0)] = 1
  return { tails, lengths: [...new Set([...tails].map((t) => t.length))], first }
}

/**
 * Whether some run of handle characters starts with a channel's tail and goes on (qq12345678,
 * 加v13800138000): the one way findHandles finds a channel that the cue scan does not, since a
 * cue ending in a Latin letter must end a token there.
 */
export function hasGluedChannel(text: string, glued: GluedTails): boolean {
  const { first } = glued
  for (let i = 0; i < text.length; i++) {
    if (first[text.charCodeAt(i)] === 0 || (i > 0 && isHandleChar(text.charCodeAt(i - 1)))) continue
    for (const n of glued.lengths) {
      if (gluedAccount(text, i + n) && glued.tails.has(text.slice(i, i + n))) return true
    }
  }
  return false
}

/**
 * The five characters an account needs at least (isAccount), from `start` on: handle characters
 * or spaces (a run goes on across a space between digit groups: qq1234 5678).
 */
function gluedAccount(text: string, start: number): boolean {
  if (start + 5 > text.length) return false
  for (let k = start; k < start + 5; k++) {
    const c = text.charCodeAt(k)
    if (c !== 0x20 && !isHandleChar(c)) return false
  }
  return true
}

export function findHandles(text: string, channels: readonly string[], maxGlued = maxLatinTail(channels)): HandleSpan[] {
  const out: HandleSpan[] = []
  // Channels that end in Latin letters (qq, vx, 加v) can be glued to the account: qq12345678.
  let i = 0
  while (i < text.length) {
    if (!isHandleChar(text.charCodeAt(i))) {
      i++
      continue
    }
    const runStart = i
    for (;;) {
      while (i < text.length && isHandleChar(text.charCodeAt(i))) i++
      // A number written in groups is one account: +852 9123 4567.
      if (text.charCodeAt(i) === 0x20 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) i++
      else break
    }
    const runEnd = i
    const found = channelBefore(text, runStart, runEnd, channels, maxGlued)
    if (found !== undefined) out.push({ start: found, end: runEnd })
  }
  return out
}

/** Start of the channel word that introduces the account in [runStart, runEnd), if any. */
function channelBefore(text: string, runStart: number, runEnd: number, channels: readonly string[], maxGlued: number): number | undefined {
  for (let glued = Math.min(maxGlued, runEnd - runStart); glued >= 0; glued--) {
    const accountStart = runStart + glued
    if (glued > 0) {
      // The channel's Latin tail is the start of this run: qq|12345678, 加v|13800138000.
      if (isAccount(text, accountStart, runEnd, false)) {
        const start = channelEndingAt(text, accountStart, runStart, channels)
        if (start !== undefined) return start
      }
      continue
    }
    let end = runStart
    // rv33: a channel written with its colon (V：xiaolaji_tea, Q：…; the channel words 'v:' and 'q:') announces the account
    // as a colon between does (BD, with the pool's 店长的V：meizhuang_0818): a handle without five digits counts.
    let announced = ANNOUNCERS.has(text.charCodeAt(runStart - 1))
    for (let k = 0; k <= MAX_JOINERS && end >= 0; k++) {
      if (k > 0) {
        const c = text.charCodeAt(end - 1)
        if (!JOINERS.has(c) && c !== 0x20) break
        if (ANNOUNCERS.has(c)) announced = true
        end--
      }
      const account = isAccount(text, runStart, runEnd, announced)
      if (!account && !idShape(text, runStart, runEnd)) continue
      const start = channelEndingAt(text, end, -1, channels)
      if (start !== undefined && (account || !invitedBefore(text, start))) return start
    }
  }
  return undefined
}

/**
 * A channel word ending at `end`; when `mustStartBy` ≥ 0 its Latin part must begin exactly at
 * that run start (qq in qq123456, not the q of aqq123456).
 */
function channelEndingAt(text: string, end: number, mustStartBy: number, channels: readonly string[]): number | undefined {
  // Most positions end no channel at all: one table look settles them.
  if (lastCodesOf(channels)[text.charCodeAt(end - 1)] === 0) return undefined
  for (const w of channels) {
    const start = end - w.length
    if (start < 0 || !text.startsWith(w, start)) continue
    if (mustStartBy >= 0 && start > mustStartBy) continue
    // A Latin-initial channel must start a token: vx, not the vx of tvx.
    if (isLatinAlnum(w.charCodeAt(0)) && start > 0 && isLatinAlnum(text.charCodeAt(start - 1))) continue
    return start
  }
  return undefined
}

/** For each code unit, whether some channel ends with it; built once per channel list. */
const lastCodes = new WeakMap<readonly string[], Uint8Array>()
function lastCodesOf(channels: readonly string[]): Uint8Array {
  let table = lastCodes.get(channels)
  if (!table) {
    table = new Uint8Array(0x10000)
    // An empty channel would end anywhere: then every position is worth the full look.
    for (const w of channels) if (w.length) table[w.charCodeAt(w.length - 1)] = 1
    if (channels.some((w) => w.length === 0)) table.fill(1)
    lastCodes.set(channels, table)
  }
  return table
}

/** QQ numbers and phones have ≥ 5 digits; an announced WeChat id may be letters (kefu_mei). */
function isAccount(text: string, start: number, end: number, announced: boolean): boolean {
  const len = end - start
  if (len < 5 || len > 20) return false
  let digits = 0
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) digits++
  if (digits >= 5) return true
  return announced && len >= 6 && !isDigit(text.charCodeAt(start))
}
/** ot36 (BR 威信 dz8866 团长价): an ID's usual shape — letters, then digits (dz8866, amy0921, shop_520) — needs no announcer. */
function idShape(text: string, start: number, end: number): boolean {
  return end - start >= 6 && end - start <= 20 && LETTERS_THEN_DIGITS.test(text.slice(start, end))
}
/** ot36: an invitation before the channel in its clause (加我微信 mei_8826, 加一下店长的薇 dz_8899) is the older entries' finding, its span kept. */
const INVITED_BEFORE = /[加搜找扫联私打]/
const CLAUSE_MARK = /[,，.。!！?？;；\n]/
function invitedBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 16; i--) {
    if (CLAUSE_MARK.test(text[i]!)) return false
    if (INVITED_BEFORE.test(text[i]!)) return true
  }
  return false
}
/** ot36: two or more Latin letters (an _ may join them) and then the digits, nothing after. */
const LETTERS_THEN_DIGITS = /^[a-z]{2,}_?[0-9]{3,}$/

function latinTail(w: string): number {
  let n = 0
  for (let i = w.length - 1; i >= 0 && isLatinAlnum(w.charCodeAt(i)); i--) n++
  return n
}

/** Between two groups of a number read aloud (幺五八，三二一零，七七四九 / 幺五八 六六二一): one of these. */
const GROUP_MARKS = codeSet(' -,，、.·')
/** Counting from zero (零一二三四五六七八九) has a landline's shape; it is no number anybody was given. */
const COUNTING = /^0123456/
/**
 * Word digits in a run for it to be a spelling (一五九…, not 2一3). The scan's gate (hasSpelledDigits) asks for as many
 * in the reply, so the gate and the scan agree: every spelled number the sets hold is spelled whole.
 */
const MIN_WORD_DIGITS = 7
/**
 * Phone numbers written in number words (幺五八，三二一零，七七四九; 一八八三七一零五六二二; 零七五五八六二三幺幺四五):
 * nobody spells a number out but to slip it past the platform's number filter (lead29: sets M, V, AD, AP, AQ).
 * A run of digits with at least MIN_WORD_DIGITS word digits, groups joined by one mark each, read as a mobile
 * (1[3-9] + 9), a landline with its area code (0 + 9–11) or a 400/800 line. [start, end) spans.
 */
export function spelledPhones(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue
    let digits = ''
    let words = 0
    let j = i
    let end = i
    // A number read aloud comes in groups of two digits or more (幺五八，三二一零); single digits between marks are a
    // list (零、壹、贰、叁…: the capitals taught on a cheque form).
    let group = 0
    let listed = false
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j)
      const word = digitWordValue(c)
      if (c >= 0x30 && c <= 0x39) digits += String.fromCharCode(c)
      else if (word >= 0) {
        digits += String(word)
        words++
      } else if (GROUP_MARKS.has(c) && j + 1 < text.length && isDigit(text.charCodeAt(j + 1)) && end === j) {
        if (group < 2) listed = true
        group = 0
        continue
      } else break
      group++
      end = j + 1
    }
    if (group < 2) listed = true
    if (!listed && words >= MIN_WORD_DIGITS && /^(?:1[3-9]\d{9}|0\d{9,11}|[48]00\d{7})$/.test(digits) && !COUNTING.test(digits)) out.push([i, end])
    i = Math.max(i, end - 1)
  }
  return out
}

/** Whether the reply may hold a spelled phone number (the scan's gate): MIN_WORD_DIGITS word digits at least. */
export function hasSpelledDigits(text: string): boolean {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (DIGIT_WORD_LOW[c & 0xff] === 1 && DIGIT_WORDS.has(c) && ++n >= MIN_WORD_DIGITS) return true
  }
  return false
}
