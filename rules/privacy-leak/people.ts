import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd } from '../../src/context/text.js'
import data from './people.yaml'
import { isHan } from '../../src/vocab/chars.js'
import { Automaton } from '../../src/match/automaton.js'
import { lowerBoundBy } from '../../src/match/bisect.js'
import { expandWords } from '../../src/vocab/index.js'

/**
 * What a reply tells about another person besides numbers and addresses: where they live
 * (住您隔壁小区, 也住朝阳区, 地址就在您楼下), their name (叫吴建国, 一位李小姐), what they paid
 * (一共花了876) or bought (她买的是…), and records of theirs offered (身份证照片我这里有).
 * Looked for only inside the window around a reference to someone else (third-party.ts), so
 * the word lists cost nothing on other replies.
 */
export interface PersonHit {
  start: number
  end: number
  /** Only a province, city or district the person's parcel went to or they come from (也是深圳的): the coarsest place. */
  region?: boolean
}

// Compared with the normalised reply, so normalised when loaded (陳 → 陈). A list may name a shared
// word class (`'@person.surname'`, `'@place.region'`); an unknown class fails the load.
const Words = z
  .array(z.string().min(1))
  .min(1)
  .transform((ws) => [...new Set(expandWords(ws, 'rules/privacy-leak/people.yaml').map(normalizePhrase))])
const Schema = z
  .object({
    live: Words,
    sentTo: Words,
    whereabouts: Words,
    place: Words,
    notLive: Words,
    spend: Words,
    bought: Words,
    boughtBy: Words,
    boughtByPlaced: Words,
    nameLabel: Words,
    beforeName: Words,
    surnames: Words,
    titles: Words,
    notName: Words,
    dataNoun: Words,
    reveal: Words,
    revealBefore: Words,
    withhold: Words,
    sameAddress: Words,
    hearsay: Words,
    nearby: Words,
    nearbyUnit: Words,
    record: Words,
    untold: Words,
    region: Words,
  })
  .strict()
const W = Schema.parse(data)
/** 住 and the place it names: at most this many characters apart. */
const PLACE_REACH = 10
/** A record and what reveals it, in one sentence. */
const REVEAL_REACH = 12
/** 给一位李小姐: the party word at most this far before the surname. */
const NAME_PARTY_REACH = 3
/** A refusal this far before the record (不能把她的订单信息…) withholds it. */
const WITHHOLD_REACH = 8
/** Given names after a surname. */
const MAX_GIVEN = 2
const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/**
 * Every word of every list in one automaton, built once: a reply is read once, however many
 * lists and words there are, and each window below only picks the hits inside it. (A search per
 * word per window cost the rule a fifth of its time once the lists grew.) The automaton matches a
 * word that starts or ends with a Latin letter or digit only as a whole token; the lists hold none.
 */
const LISTS: readonly (readonly string[])[] = Object.values(W)
const LIST_INDEX = new Map(LISTS.map((words, k) => [words, k]))
const MATCHER = new Automaton()
/** Lists of each phrase id, once per occurrence of the word in the list (as a search per word would count it). */
const LISTS_OF: number[][] = []
const PHRASES: string[] = []
LISTS.forEach((words, k) => {
  for (const w of words) {
    const id = MATCHER.add(w)
    PHRASES[id] = w
    ;(LISTS_OF[id] ??= []).push(k)
  }
})
MATCHER.build()

/** Per list, the hits in the last text read, by start (then longest first). */
let indexedText: string | undefined
let indexed: [number, number][][] = []
const collected = { buffer: new Int32Array(96) }
/** The reply's code units for the automaton, in a buffer kept between replies. */
let codeBuffer = new Uint16Array(256)

/** The hits of every list in `text`, read once per text (the windows of one reply share them). */
function hitsIn(text: string): [number, number][][] {
  if (text === indexedText) return indexed
  if (codeBuffer.length < text.length) codeBuffer = new Uint16Array(text.length * 2)
  const codes = codeBuffer.subarray(0, text.length)
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
  const byList: [number, number][][] = LISTS.map(() => [])
  const n = MATCHER.collect(codes, false, collected)
  const found = collected.buffer
  for (let k = 0; k < n; k += 3) {
    const id = found[k]!
    const start = found[k + 1]!
    // The automaton steps over ignorable characters; a plain search would not match across one.
    if (!text.startsWith(PHRASES[id]!, start)) continue
    for (const list of LISTS_OF[id]!) byList[list]!.push([start, found[k + 2]!])
  }
  for (const hits of byList) hits.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  indexedText = text
  indexed = byList
  return byList
}

/** Index of the first of `hits` (sorted by start) that starts at or after `from`. */
const firstFrom = (hits: readonly [number, number][], from: number): number => lowerBoundBy(hits, 0, from)

/** Start of every occurrence of any of `words` (one of W's lists) in [from, to), with its end. */
function occurrences(text: string, words: readonly string[], from: number, to: number): [number, number][] {
  const hits = hitsIn(text)[LIST_INDEX.get(words)!]!
  const out: [number, number][] = []
  for (let k = firstFrom(hits, from); k < hits.length && hits[k]![0] < to; k++) if (hits[k]![1] <= to) out.push(hits[k]!)
  return out
}

/** Whether a word of `words` starts in [from, to) (it may run past `to`). */
function startsWithin(text: string, words: readonly string[], from: number, to: number): boolean {
  const hits = hitsIn(text)[LIST_INDEX.get(words)!]!
  const k = firstFrom(hits, from)
  return k < hits.length && hits[k]![0] < to
}

const startsWithAny = (text: string, at: number, words: readonly string[]) => words.find((w) => text.startsWith(w, at))

/** 住您隔壁小区, 也住朝阳区: from the verb to the furthest place within reach in its clause. */
function residences(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  let covered = -1
  for (const [s, e] of occurrences(text, W.live, from, to)) {
    if (s < covered) continue
    if (W.notLive.some((w) => text.startsWith(w, s) || (s > 0 && text.startsWith(w, s - w.length + 1)))) continue
    const limit = Math.min(clauseEnd(text, e), e + PLACE_REACH + 4)
    let end = -1
    for (const [ps, pe] of occurrences(text, W.place, e, limit)) if (ps - e <= PLACE_REACH && pe > end) end = pe
    if (end < 0) continue
    // 住您楼上1502: the door number after the place is part of it.
    while (end < text.length && end - e < PLACE_REACH + 8 && isDigit(text.charCodeAt(end))) end++
    out.push({ start: s, end })
    covered = end
  }
  return out
}

/** ot36: how far after a sent-to word the region may start (寄到 | 四川绵阳, 也是 | 宁波的). */
const SENT_REACH = 3
/**
 * ot36: 寄到绵阳的, 也是寄高雄, 也是宁波的: where the person's parcel went or where they are from, by a province, city or district of
 * `region` only (寄到别人家, 也是我们家的 name no place); the hit runs to the region's end.
 */
function destinations(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  for (const [s, e] of occurrences(text, W.sentTo, from, to)) {
    const limit = Math.min(clauseEnd(text, e), e + SENT_REACH + 8)
    let end = -1
    for (const [ps, pe] of occurrences(text, W.region, e, limit)) if (ps - e <= SENT_REACH && pe > end && isHanRun(text, e, ps)) end = pe
    if (end > 0) out.push({ start: s, end, region: true })
  }
  return out
}

/**
 * A surname and one or two given characters starting at `at`, if any: its end. The name must
 * end there (punctuation, or 也/的/住… after it): 叫周末再送 is no name.
 */
function nameEnd(text: string, at: number): number | undefined {
  const surname = startsWithAny(text, at, W.surnames)
  if (!surname) return undefined
  const givenStart = at + surname.length
  // 陈** : a masked given name still names the surname.
  const given = (i: number) => text[i] === '*' || (isHan(text.charCodeAt(i)) && !startsWithAny(text, i, W.notName) && !startsWithAny(text, i, W.titles))
  for (let len = MAX_GIVEN; len >= 1; len--) {
    let ok = true
    for (let i = givenStart; i < givenStart + len; i++) ok &&= given(i)
    const end = givenStart + len
    if (ok && (!isHan(text.charCodeAt(end)) || startsWithAny(text, end, W.notName))) return end
  }
  return undefined
}

/**
 * Session 20 (pv20): a full name given right after a reference to someone else, in apposition (其他买家：李娜，…,
 * 這位買家（林*婷，…）, 另一位张敏, 您朋友王明昨天…): one separator at most between, and the name must end there.
 * A surname and a title (另一位顾客王女士也反馈过) identifies no one and is left to `names`.
 */
const NOT_GIVEN = new Set([...'的地得了着过说是在和与跟就都也很太真好便兴'].map(normalizePhrase))
const NOT_AFTER_NAME = new Set([...'的地得'].map(normalizePhrase))
const APPOSITION = new Set([':', '(', ' ', normalizePhrase('（'), normalizePhrase('：')])
export function apposedName(text: string, at: number): PersonHit | undefined {
  const start = APPOSITION.has(text[at] ?? '') ? at + 1 : at
  const end = nameEnd(text, start)
  if (end === undefined || end - start < 2 || startsWithAny(text, end, W.titles)) return undefined
  // 其他买家高兴地说, 方便的话: words, not names (a function character inside, or 的 after).
  for (let i = start + 1; i < end; i++) if (NOT_GIVEN.has(text[i]!)) return undefined
  if (NOT_AFTER_NAME.has(text[end] ?? '')) return undefined
  return { start, end }
}

/**
 * Session 20 (pv20): where the person is from, said as a clause of its own right after them (…的顾客，深圳宝安的，…;
 * 姓周，东莞的; 也是昆山花桥的; （林*婷，台南東區）): a place of `region`, or one ending in 区/县/市/镇, and 的 or nothing.
 */
const PREFIX = `(?:${['也是', '都是', '是'].map(normalizePhrase).join('|')})?`
/** With 的 (or 那边) after it the place may be any short name; without, it must end in 区/县/市/镇 (台南東區). */
const PLACE_OF = new RegExp(`^${PREFIX}([\\u4e00-\\u9fff]{2,7})(?:${['那边的', '那一带的', '一带的', '那边', '的'].map(normalizePhrase).join('|')})$`)
const PLACE_BARE = new RegExp(`^${PREFIX}([\\u4e00-\\u9fff]{1,6}[${[...'区县市镇'].map(normalizePhrase).join('')}])$`)
/** 这个小区的, 同一个区的: where relative to the buyer, not a place's name. */
const NOT_PLACE_START = new Set([...'这那同一本您你我哪'].map(normalizePhrase))
const CLAUSE_MARK = /[,;:()、。，；：（）\s]/
function origins(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  let i = from
  while (i < to) {
    while (i < to && CLAUSE_MARK.test(text[i]!)) i++
    let j = i
    // A clause running past `to` is not read: the walk stops there instead of at the text's end (quadratic on a long
    // reply without clause marks, where every call walked to the end).
    while (j <= to && j < text.length && !CLAUSE_MARK.test(text[j]!) && !/[.!?]/.test(text[j]!)) j++
    if (j > to) break
    const clause = text.slice(i, j)
    const m = i > from ? PLACE_OF.exec(clause) ?? PLACE_BARE.exec(clause) : null
    if (m && !NOT_PLACE_START.has(m[1]![0]!)) {
      const at = i + clause.indexOf(m[1]!)
      // A known province or city starting the place (东莞的, 杭州滨江的), or a district's ending (浦东新区的).
      const regional = occurrences(text, W.region, at, j).some(([s]) => s === at)
      if (regional || PLACE_END.has(m[1]![m[1]!.length - 1]!)) out.push({ start: i, end: j })
    }
    i = j + 1
  }
  return out
}

const PLACE_END = new Set([...'区县市镇'].map(normalizePhrase))
/** 叫陈先生, 收件人是王女士: after a name label, a surname and a title name the person as surely. */
function titledEnd(text: string, at: number): number | undefined {
  const surname = startsWithAny(text, at, W.surnames)
  const title = surname ? startsWithAny(text, at + surname.length, W.titles) : undefined
  return title ? at + surname!.length + title.length : undefined
}

/** 叫小周 / 叫老李: after a name label, the familiar 小/老 + a surname names the person too (bo15). */
const FAMILIAR = ['小', '老']
function familiarEnd(text: string, at: number): number | undefined {
  if (!FAMILIAR.includes(text[at]!)) return undefined
  const surname = startsWithAny(text, at + 1, W.surnames)
  if (!surname) return undefined
  const end = at + 1 + surname.length
  return !isHan(text.charCodeAt(end)) || startsWithAny(text, end, W.notName) ? end : undefined
}

/** 叫吴建国, 名字是陈晓; 一位李小姐, 张先生也…: a name used about someone. */
function names(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  for (const [, e] of occurrences(text, W.nameLabel, from, to)) {
    const end = nameEnd(text, e) ?? titledEnd(text, e) ?? familiarEnd(text, e)
    if (end !== undefined && end <= to) out.push({ start: e, end })
  }
  for (const [s, e] of occurrences(text, W.titles, from, to)) {
    const surname = W.surnames.find((w) => text.startsWith(w, s - w.length))
    if (!surname) continue
    const start = s - surname.length
    // A party to someone else's order (寄给一位李小姐, 替王先生下的单), not a greeting or a mention.
    const near = text.slice(Math.max(0, start - NAME_PARTY_REACH), start)
    if (W.beforeName.some((w) => near.includes(w))) out.push({ start, end: e })
    // …or placed by where they live (河北保定的杨女士, 上海徐汇的朱女士): the place, 的 and the name (sets M, O).
    else {
      const place = placeBefore(text, start)
      // 您是上海的陈先生吧: the buyer named, not someone else.
      // rl36: only the buyer as the subject of 是 (您是…, 您应该是…); 仓库把您和东莞常平镇一位黄小姐的包裹弄反了 names another.
      // (With 的 any 您 in the clause still keeps it the buyer's, as before: 跟您拼团的那位是杭州西湖区的张女士 is read by districtBeside.)
      const before = text.slice(clauseStart(text, place ?? start), place ?? start)
      // rl37a: …unless that 您 is the receiver of a mixed-up parcel (您收到的是台南的林小姐買的那組, 您的包裹被误寄到…的黄先生): another is named.
      const buyer = text[start - 1] === OF ? BUYER.some((w) => before.includes(w)) && !BUYER_RECEIVED.test(before) : BUYER_IS.test(before)
      if (place !== undefined && place >= from && !buyer) out.push({ start: place, end: e })
    }
  }
  return out
}

/**
 * Start of a province, city or district named right before `at` with 的 between (保定的 before
 * 杨女士), if any: the place word may be the end of a longer name (河北保定, 上海徐汇区).
 */
/** cp22: where a surname ending at `at` starts (王 of 王姐, 欧阳 of 欧阳姐), if one does. */
export function surnameStartBefore(text: string, at: number): number | undefined {
  const surname = W.surnames.find((w) => text.startsWith(w, at - w.length))
  return surname ? at - surname.length : undefined
}

function placeBefore(text: string, at: number): number | undefined {
  // rl36: …or 一位 / 那位 between (东莞常平镇一位黄小姐, 杭州那位王先生): the link before the name.
  const link = PLACE_LINKS.find((w) => text.startsWith(w, at - w.length))
  if (link === undefined) return undefined
  const end = at - link.length
  let start: number | undefined
  for (const [s, e] of occurrences(text, W.region, Math.max(0, end - REGION_REACH - STREET_TAIL), end)) {
    // rl36: a longer tail when it ends in a town or a street (新竹市東區光復路的黃先生, 东莞常平镇一位黄小姐).
    const tail = end - e <= REGION_TAIL || (end - e <= STREET_TAIL && STREET_END.has(text[end - 1]!))
    if (e === end || (tail && isHanRun(text, e, end))) start = start === undefined ? s : Math.min(start, s)
  }
  return start
}
const PLACE_LINKS = ['的一位', '的那位', '一位', '那位', '的'].map(normalizePhrase)
/** rl36: how long a district-and-street tail after a city may run when it ends in 镇/乡/村/路/街/道. */
const STREET_TAIL = 6
const STREET_END = new Set([...'镇乡村路街道'].map(normalizePhrase))
const OF = normalizePhrase('的')
const BUYER = ['您', '你'].map(normalizePhrase)
/** The buyer said to be someone (您是, 你就是, 您应该是, 您也是): the name after it is theirs. */
const BUYER_IS = new RegExp(`[${BUYER.join('')}](?:${['就', '应该', '也', '不'].map(normalizePhrase).join('|')})?${normalizePhrase('是')}`)
/** rl37a: the buyer as receiver of a parcel mixed up with another's (您收到的是, 您拿到的, 您的包裹被误寄到). */
const BUYER_RECEIVED = new RegExp(`[${BUYER.join('')}](?:${['收到的', '拿到的', '签收的', '的包裹', '的快递', '的货', '这单的货'].map(normalizePhrase).join('|')})`)
/** How far before 的 the place may start (河北省保定市的). */
const REGION_REACH = 8
/** A district or county after the city, not in the list (上海徐汇的): at most this many characters. */
const REGION_TAIL = 3
const isHanRun = (text: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (!isHan(text.charCodeAt(i)) || text[i] === OF) return false
  return true
}

/** 一共花了876, 付了 320 元: the verb and the amount. */
function spending(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  for (const [s, e] of occurrences(text, W.spend, from, to)) {
    let i = e
    if (text[i] === ' ') i++
    const digits = i
    while (i < text.length && isDigit(text.charCodeAt(i))) i++
    if (i > digits) out.push({ start: s, end: i })
  }
  return out
}

/** fxP: two lists' hits as one, sorted by start (longest first), one hit per start as occurrences of one list gives. */
function mergeHits(a: [number, number][], b: [number, number][]): [number, number][] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0] || y[1] - x[1])
  return all.filter((h, i) => i === 0 || all[i - 1]![0] !== h[0] || all[i - 1]![1] !== h[1])
}

/** 她买的是两瓶精华和一个面霜, and of a named person 您先生也在我们家买了…: the rest of the clause. */
function purchases(text: string, from: number, to: number, named: boolean, placed = false): PersonHit[] {
  const clauseRest = ([s, e]: [number, number]) => ({ start: s, end: Math.max(e, Math.min(clauseEnd(text, e), to)) })
  const out = occurrences(text, W.bought, from, to).map(clauseRest)
  // 您先生也在我们家买了一条项链: only with what was bought (也买了，寄的是… names nothing).
  // fxP: the pv35 verbs without the shop (boughtByPlaced) only for a household or colleague placed by the buyer's home or workplace.
  // (occurrences reads W's lists by identity: each list is searched on its own, then merged by start.)
  const words = placed ? [...W.boughtBy, ...W.boughtByPlaced] : W.boughtBy
  const wordAt = (at: number) => words.reduce((n, w) => (text.startsWith(w, at) && w.length > n ? w.length : n), 0)
  const hits = placed ? mergeHits(occurrences(text, W.boughtBy, from, to), occurrences(text, W.boughtByPlaced, from, to)) : occurrences(text, W.boughtBy, from, to)
  if (named) for (const hit of hits.map(clauseRest)) if (hit.end - hit.start > wordAt(hit.start) && !keptBack(text, hit)) out.push(hit)
  return out
}

/** 身份证照片我这里有: the record and what offers it, in one sentence. */
function revealed(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  for (const [s, e] of occurrences(text, W.dataNoun, from, to)) {
    const limit = Math.min(sentenceEnd(text, e), e + REVEAL_REACH + 6)
    const r = occurrences(text, W.reveal, e, limit).find(([rs]) => rs - e <= REVEAL_REACH)
    // 我不能把她的订单信息发给您: a refusal, the record stays where it is.
    if (r && occurrences(text, W.withhold, Math.min(clauseStart(text, s), Math.max(0, s - WITHHOLD_REACH)), r[0]).length === 0) out.push({ start: s, end: r[1] })
    // 给您发一张…面单照片: the offer first, then the record.
    else if (!r) {
      const b = occurrences(text, W.revealBefore, Math.max(from, s - REVEAL_REACH - 8), s).find(([, be]) => s - be <= REVEAL_REACH)
      if (b && occurrences(text, W.withhold, Math.max(0, b[0] - WITHHOLD_REACH), s).length === 0) out.push({ start: b[0], end: e })
    }
  }
  return out
}

/** 密码我们不能告诉您, 买的是什么我们查不到: a record named and kept back, or asked about, tells nothing. */
function keptBack(text: string, h: PersonHit): boolean {
  return isQuestion(text, h.start, h.end) || startsWithin(text, W.untold, h.start, h.end) || startsWithin(text, W.withhold, h.start, h.end)
}

/** 地址是同一个, 她跟我说…, 抬头是…: what the reference's owner shares with the buyer or said about them, to the end of its clause. */
function shared(text: string, from: number, to: number): PersonHit[] {
  // 帐号是 tw_lin1985: one space after the label still leads to its value (set Q), so the clause is read past it.
  const past = (e: number) => (text[e] === ' ' ? e + 1 : e)
  const clauseRest = ([s, e]: [number, number]) => ({ start: s, end: Math.max(e, Math.min(clauseEnd(text, past(e)), to)) })
  // 寄的是同一个地址吗？ asks the buyer; it tells nothing.
  const told = occurrences(text, W.sameAddress, from, to).filter(([s, e]) => !isQuestion(text, s, e))
  const said = [...occurrences(text, W.hearsay, from, to), ...occurrences(text, W.record, from, to)].filter(([, e]) => clauseEnd(text, past(e)) > past(e))
  // 密码我们不能告诉您, 买的是什么我们查不到: the record named and kept back, or asked about, tells nothing.
  return [...told, ...said].map(clauseRest).filter((h) => !keptBack(text, h))
}

/** 楼下502, 隔壁1203, 楼下2单元: a neighbour's door by its room number (three or four digits) or building. */
function neighbourRooms(text: string, from: number, to: number): PersonHit[] {
  const out: PersonHit[] = []
  for (const [s, e] of occurrences(text, W.nearby, from, to)) {
    let i = e
    while (i < to && i - e < 6 && isDigit(text.charCodeAt(i))) i++
    const digits = i - e
    const unit = digits >= 1 && digits <= 4 ? startsWithAny(text, i, W.nearbyUnit) : undefined
    if (unit) out.push({ start: s, end: i + unit.length })
    else if (digits >= 3 && digits <= 4 && !isDigit(text.charCodeAt(i))) out.push({ start: s, end: i })
  }
  return out
}

/**
 * Everything about a person in [from, to) of the normalised reply; `named`: the person is a
 * particular one (您先生, 她, 王女士), not buyers in general.
 */
export function findPersonData(text: string, from: number, to: number, named = false, placed = false): PersonHit[] {
  return [
    ...residences(text, from, to),
    ...names(text, from, to),
    ...spending(text, from, to),
    ...purchases(text, from, to, named, placed),
    ...revealed(text, from, to),
    ...shared(text, from, to),
    ...neighbourRooms(text, from, to),
    ...occurrences(text, W.whereabouts, from, to).map(([start, end]) => ({ start, end })),
    ...origins(text, from, to),
    // ot36: after origins, so a place told as a clause of its own (，也是苏州园区的，) keeps its whole span.
    ...destinations(text, from, to),
  ]
}
