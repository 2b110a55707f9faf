import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { cuesWithin, lastCue, type Span } from '../../src/context/cues.js'
import { mergeOverlapping, runStart } from '../shared/cues.js'
import { CLAUSE_TAIL, isHanAt } from '../../src/vocab/chars.js'
import { isLatinAlnum } from '../../src/match/automaton.js'
import { classWords } from '../../src/vocab/index.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { notAsserted } from './not-asserted.js'
import lexicon from './lexicon.yaml'

const LEXICON = parseLexicon(lexicon, 'rules/competitor-disparagement/lexicon.yaml')
/** The seller named at most this far before the predicate is its subject (别的店卖的基本上都是翻新的). */
const SUBJECT_REACH = 14
/** A hedge this far before the seller still governs the sentence (不能说别家是假货). */
const HEDGE_BEFORE = 6
/** How far back a named brand or a comparison lets 他们 / 那个 stand for a competitor (戴森？那个就是…). */
const CONTEXT_REACH = 24
/** Predicates that disparage whoever is named, with no comparison needed (a brand sells fakes). */
const OUTRIGHT = new Set(['fake', 'refurbished', 'insinuation', 'adulterated', 'scam', 'harm', 'junk'])

/** The later of two spans, by end (the nearer subject). */
function later(a: Span | undefined, b: Span | undefined): Span | undefined {
  if (!a) return b
  if (!b) return a
  return b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a
}

/**
 * Whether the reply sets up a competitor for 他们 / 那个 / a bare brand name: a seller or brand
 * named shortly before, a comparison (和南极人比？), or one in the customer's message.
 */
function competitorInView(ctx: LintContext, [at, end]: Span): boolean {
  const from = Math.max(0, at - CONTEXT_REACH)
  if (ctx.hasCue('other', from, at) || ctx.hasCue('compare', from, at)) return true
  // The brand may hold the pronoun itself: 美的那款 is one brand cue over 那款.
  if (ctx.hasCue('brand', from, end)) return true
  return ctx.previousHasCue('other') || ctx.previousHasCue('brand')
}

/** Words pointing at another shop before a trade noun (其他, 别的, 嗰啲…), longest first. */
const TRADE_DET = [...new Set([...classWords('competitor.determiner', 'rules/competitor-disparagement'), ...classWords('competitor.pointing', 'rules/competitor-disparagement')])]
  .map(normalizePhrase)
  .sort((a, b) => b.length - a.length)

/**
 * The nearest other seller within [from, to): a seller word (别家, 那个牌子) or a shop of some
 * trade pointed at by a determiner (其他药房, 别的琴行, 嗰啲药房): the trades and the determiners
 * are two lists (cue `trade`, class competitor.determiner), so a new trade needs one word, not one
 * phrase per determiner. The longest determiner wins (隔壁那家 over 那家).
 */
function lastSeller(ctx: LintContext, from: number, to: number): Span | undefined {
  let other = lastCue(ctx, 'other', from, to)
  // s31: a seller word the shop owns (我们直播间, 咱家的直播间, 本店的旗舰店) is the shop's, not a rival: the one before it, if any.
  while (other && ownedBySelf(ctx, other)) other = lastCue(ctx, 'other', from, other[0])
  // ex35: a bare 便宜的都 / 别的都 (cue otherBare) is the subject only when no seller word stands before the predicate.
  if (!other) {
    const bare = lastCue(ctx, 'otherBare', from, to)
    if (bare && !ownedBySelf(ctx, bare) && !ownRangeBefore(ctx, bare)) other = bare
  }
  let best = later(other, lastHidden(ctx.text, from, to))
  const trades = cuesWithin(ctx, 'trade', from, to)
  for (let i = trades.length - 1; i >= 0; i--) {
    const [s, e] = trades[i]!
    if (best && e <= best[1]) break
    const det = TRADE_DET.find((w) => s - w.length >= from && ctx.text.startsWith(w, s - w.length))
    if (det) return later(best, [s - det.length, e])
    // cp22: a modifier between the pointing word and the head (那个 + 进口 + 牌子, 那些 + 网红 + 卖家): the
    // determiner still points at another seller; the modifier is a few characters of description.
    const far = pointedOver(ctx.text, from, s)
    if (far !== undefined) return later(best, [far, e])
    // ex20: the trade pointed at by a demonstrative after it (药局那些, 超市那种, 超市买的那种).
    const dem = TRADE_AFTER.find((w) => e + w.length <= to && ctx.text.startsWith(w, e))
    if (dem) return later(best, [s, e + dem.length])
  }
  return later(best, agentive(ctx.text, from, to))
}
/** The shop right before a seller word, with at most a 的 between (我们直播间, 咱家的直播间). */
function ownedBySelf(ctx: LintContext, [at]: Span): boolean {
  const t = ctx.text
  const end = t[at - 1] === DE ? at - 1 : at
  if (cuesWithin(ctx, 'self', Math.max(0, end - 4), end).some(([, e]) => e === end)) return true
  // ex33: the shop naming itself earlier in the clause (这边是晨曦母婴旗舰店客服, 我是天猫官方旗舰店客服).
  const cs = clauseStart(t, at)
  if (at - cs > SELF_INTRO_REACH) return false
  const intro = cuesWithin(ctx, 'selfIntro', cs, at)
  if (!intro.length) return false
  // mendB29: …unless a pointing word stands between the introduction and the seller word (这边是官方店而别的旗舰店…):
  // that seller is another one. The gap is at most SELF_INTRO_REACH characters.
  const gap = t.slice(Math.max(...intro.map(([, e]) => e)), at)
  return !POINTING.some((w) => gap.includes(w))
}
/**
 * mA35: the shop's own range (cue ownRange: 店里, 这个系列里) up to OWN_RANGE_REACH characters before a bare 便宜的都 in its
 * clause (店里卖得便宜的都是尾货): the cheap ones are the shop's. Not when a rival is pointed at there (他们店里, 别的店里).
 */
function ownRangeBefore(ctx: LintContext, [at]: Span): boolean {
  const cs = Math.max(clauseStart(ctx.text, at), at - OWN_RANGE_REACH)
  if (!ctx.hasCue('ownRange', cs, at)) return false
  if (ctx.hasCue('pronoun', cs, at)) return false
  const before = ctx.text.slice(cs, at)
  return !POINTING.some((w) => before.includes(w))
}
const OWN_RANGE_REACH = 16
/** How far before a seller word the shop's self-introduction may open its clause (这边是 + a shop name of up to ten characters). */
const SELF_INTRO_REACH = 14
/**
 * cp22: the start of a pointing word (class competitor.pointing: 那个, 那种, 其他, 别的…) that stands up to
 * MODIFIER_MAX characters of description before `at` (那个进口牌子, 那种网红路由器): the description holds no
 * punctuation, no 的 (a new phrase) and nothing of the shop or the buyer (那些我们自己的牌子).
 */
const POINTING = [...classWords('competitor.pointing', 'rules/competitor-disparagement')].map(normalizePhrase).sort((a, b) => b.length - a.length)
const MODIFIER_MAX = 3
const NOT_MODIFIER = new Set([...'的是我咱您你本这了在也都就还说'].map(normalizePhrase))
function pointedOver(t: string, from: number, at: number): number | undefined {
  for (let gap = 1; gap <= MODIFIER_MAX; gap++) {
    const m = at - gap
    if (m <= from || !isHanAt(t, m) || NOT_MODIFIER.has(t[m]!)) return undefined
    const w = POINTING.find((p) => m - p.length >= from && t.startsWith(p, m - p.length))
    if (w) return m - w.length
  }
  return undefined
}
/** After a trade noun, what points at it as the other side (药局那些, 超市买的那种). */
const TRADE_AFTER = ['那些', '那种', '那边', '那家', '那几家', '里那些', '上那些', '买的那种', '卖的那种', '买的那些', '卖的那些'].map((w) => normalizePhrase(w))
/**
 * ex20: a seller named by what it sells or does, after a determiner (外面很多卖冻顶乌龙的, 别的装空调的, 网上好多卖
 * 这个的): the agent noun 卖…的 stands for the shop. The last one within [from, to).
 */
const AGENTIVE = new RegExp(
  `(?:${['别的', '其他', '其它', '外面很多', '外面好多', '外面那些', '外面', '外头', '网上很多', '网上好多', '网上那些', '市面上很多', '市面上那些', '有些', '有的', '很多', '好多', '那些', '某些']
    .map((w) => normalizePhrase(w))
    .join('|')})(?:${['卖', '装', '修', '代购', '做代购', '开店'].map((w) => normalizePhrase(w)).join('|')})[^，。！？,.!?;；\\s的]{1,8}的`,
  'g',
)
function agentive(t: string, from: number, to: number): Span | undefined {
  if (to - from < 4) return undefined
  const slice = t.slice(from, to)
  let last: Span | undefined
  AGENTIVE.lastIndex = 0
  for (let m = AGENTIVE.exec(slice); m; m = AGENTIVE.exec(slice)) last = [from + m.index, from + m.index + m[0].length]
  return last
}

/**
 * After 某 these make an indefinite (某些, 某个, 某天, 某种): only another character after 某 hides a
 * name (某宁, 某鹤, 某福某生), the way 某宝 and 某东 do; 某某 is the same hiding twice.
 */
const NOT_HIDDEN = new Set([...'些个种位天次处一年月日时段件样项方人款类地条本部份张只台则句点样回些'])
/** After x / xx: x光 is an X-ray, not a name. */
const NOT_HIDDEN_X = new Set([...'光'])
const isLatinAt = (t: string, i: number) => isLatinAlnum(t.charCodeAt(i))
/** Marks typed where a name is left out, as x is (××牌, **家, ○○品牌). */
const MARKS = new Set([...'×*○〇'])
/** Letters that stand for a name before a seller's head (A家, B牌, C店: the first letters, as in a worked example). */
const LETTERS = new Set([...'abcd'])
const SELLER_HEADS = new Set([...'家牌店'])
const BRAND = normalizePhrase('品牌')

/**
 * The last name hidden behind 某, x or a mark within [from, to): 某宁上卖的, 某福某生那些大品牌, x米的扫地机,
 * xx教育的老师, ××牌, A家. Every reader fills in the brand, so it is another seller as surely as 某宝 is (the
 * cue list holds the common ones; this finds the rest). Read only when a predicate was found.
 */
function lastHidden(t: string, from: number, to: number): Span | undefined {
  for (let i = to - 2; i >= from; i--) {
    const c = t[i]
    const next = t[i + 1]!
    if (c === '某') {
      if (!isHanAt(t, i + 1) || NOT_HIDDEN.has(next)) continue
    } else if (c === 'x' || MARKS.has(c!)) {
      if (!isHanAt(t, i + 1) || NOT_HIDDEN_X.has(next)) continue
    } else if (LETTERS.has(c!)) {
      // A家, B牌: a letter names a rival only as the head's own name (a货 is a grade of fake, ab型 a type).
      if (isLatinAt(t, i - 1)) continue
      if (SELLER_HEADS.has(next)) return [i, i + 2]
      if (t.startsWith(BRAND, i + 1)) return [i, i + 1 + BRAND.length]
      continue
    } else continue
    let start = i
    // 某某视, xx教育: the mark doubled; 某福某生: two names hidden in a row.
    for (;;) {
      if (start > from && t[start - 1] === c) start--
      else if (c === '某' && start - 2 >= from && t[start - 2] === c && isHanAt(t, start - 1) && !NOT_HIDDEN.has(t[start - 1]!)) start -= 2
      else break
    }
    if (c === 'x' && isLatinAt(t, start - 1)) continue
    return [start, i + 2]
  }
  return undefined
}

/**
 * A name at the start of the sentence right before 那些 / 那种 / 那款 (达亿瓦那些, 晨光那种): a brand
 * the lists do not know, read as one only when the reply sets the shop against it.
 */
function nameBefore(ctx: LintContext, [at, end]: Span): Span | undefined {
  const t = ctx.text
  let s = sentenceStart(t, at)
  while (s < at && !isHanAt(t, s) && !isLatinAt(t, s)) s++
  const n = at - s
  if (n < 2 || n > 5) return undefined
  for (let i = s; i < at; i++) if (!isHanAt(t, i) && !isLatinAt(t, i)) return undefined
  if (ctx.hasCue('self', s, at) || ctx.hasCue('pronoun', s, at) || !promotesItself(ctx)) return undefined
  return [s, end]
}

/** The shop setting itself against others in the reply: 还是买我们家的吧, 不如我们家, 和…比？ */
const promotesItself = (ctx: LintContext) => ctx.cues('promote').length > 0 || ctx.cues('compare').length > 0

/**
 * The subject of the predicate at `f`: the nearest other seller (别家, 那个牌子, 那些低价店),
 * or a brand (小米的…) when the claim is outright or the shop promotes itself against it, or a
 * pronoun (他们, 那个) when a competitor is in view.
 */
function subjectOf(ctx: LintContext, f: Finding): Span | undefined {
  const from = Math.max(sentenceStart(ctx.text, f.start), f.start - SUBJECT_REACH - 6)
  let subject = lastSeller(ctx, from, f.start)
  const outright = f.entry.tags.some((t) => OUTRIGHT.has(t))
  const brand = lastCue(ctx, 'brand', from, f.start)
  if (brand && (outright || promotesItself(ctx))) subject = later(subject, brand)
  const pronoun = lastCue(ctx, 'pronoun', from, f.start)
  if (pronoun && (competitorInView(ctx, pronoun) || copiesShop(ctx, f))) subject = later(subject, pronoun)
  else if (pronoun) subject = later(subject, nameBefore(ctx, pronoun))
  return subject
}

/**
 * The shop itself between the seller and the predicate turns it around (别家说我们是假的),
 * unless the shop only reports what it heard (那个品牌我们听好多人说容易坏).
 */
function selfBetween(ctx: LintContext, from: number, to: number): boolean {
  return cuesWithin(ctx, 'self', from, to).some(
    ([s, e]) =>
      !cuesWithin(ctx, 'hearsay', e, Math.min(to, e + HEARSAY_LEN)).some(([h]) => h === e) &&
      !copiedFrom(ctx, from, s) &&
      !LINKED.has(ctx.text[s - 1] ?? '') &&
      !EXPERIENCED.test(ctx.text.slice(e, Math.min(to, clauseEnd(ctx.text, e)))),
  )
}
/**
 * cp22: the shop telling what it went through with theirs (我们拆开看过, 我们也卖过, 我们之前拿来比过): a verb of
 * up to three characters and the experiential 过 closing the clause is a report, whatever the verb; what follows
 * is still about them.
 */
const EXPERIENCED = new RegExp(`^(?:${['也', '都', '之前', '以前', '早就', '专门', '亲自', '自己'].map((w) => normalizePhrase(w)).join('|')})?[^，。！？,.!?；;\\s的是]{1,4}过(?:${['了', '的', '一下', '几次', '好几次'].map((w) => normalizePhrase(w)).join('|')})?$`)
/** The longest hearsay word read right after the shop (以前的代理, 专门研究过). */
const HEARSAY_LEN = 6
/**
 * 跟我们比差远了 / 比我们便宜的: the shop after 跟 / 和 / 比 is what they are compared with, not the subject;
 * cp22: so is the shop after 有 (只有我们的一半, 都没有我们好): theirs measured against it.
 */
const LINKED = new Set(['跟', '和', '与', '比', '有'])

/**
 * 某宝同款便宜一半？那都是仓库次品 / 29的那种你敢买？都是黑作坊的: a sentence with no seller of
 * its own goes on about the one named in the sentence before (not when the shop speaks of itself).
 */
function subjectBefore(ctx: LintContext, f: Finding): Span | undefined {
  const s0 = sentenceStart(ctx.text, f.start)
  // 某家卖的同款保健品我们查过，批号都是假的: the seller is the topic of the sentence's first
  // clause and the claim comes in a later one, out of SUBJECT_REACH.
  const topic = topicOf(ctx, f, s0)
  if (topic) return topic
  // An insinuation (您想想) needs its seller in its own sentence: 别家发货快吗？您想想要哪个颜色.
  if (s0 === 0 || f.entry.tags.includes('insinuation') || ctx.hasCue('self', s0, f.start)) return undefined
  const prev = sentenceStart(ctx.text, s0 - 1)
  const outright = f.entry.tags.some((t) => OUTRIGHT.has(t))
  const brand = outright ? lastCue(ctx, 'brand', prev, s0) : undefined
  const pronoun = lastCue(ctx, 'pronoun', prev, s0)
  return later(later(lastSeller(ctx, prev, s0), brand), pronoun && competitorInView(ctx, pronoun) ? pronoun : undefined)
}

/**
 * The other seller (or, for an outright claim, a brand) named in the first clause of the
 * sentence when the claim stands in a later clause: the topic the sentence goes on about.
 */
function topicOf(ctx: LintContext, f: Finding, s0: number): Span | undefined {
  const first = clauseEnd(ctx.text, s0)
  if (first >= clauseStart(ctx.text, f.start)) return undefined
  const outright = f.entry.tags.some((t) => OUTRIGHT.has(t))
  const brand = outright || promotesItself(ctx) ? lastCue(ctx, 'brand', s0, first) : undefined
  return later(lastSeller(ctx, s0, first), brand)
}

/** 那款是山寨我们的设计: whatever copies the shop is a rival, so 那款 / 他们 need no rival named before. */
function copiesShop(ctx: LintContext, f: Finding): boolean {
  return cuesWithin(ctx, 'copied', f.start, f.end).some(([s]) => s === f.start) && ctx.hasCue('self', f.start, f.end)
}

/** 隔壁那家抄我们的款: the shop named right after 抄 / 仿 is the one copied, not the subject. */
function copiedFrom(ctx: LintContext, from: number, self: number): boolean {
  return cuesWithin(ctx, 'copied', Math.max(from, self - 3), self).some(([, e]) => e >= self - 1)
}

/**
 * A hedge before the claim in its sentence (别家是不是假货我们不清楚). bo15 (ANALYSIS-U change 1): a hedge that closes
 * an earlier clause of its own (别的代购就不好说了，很多是高仿混着卖) is answered by the flat claim of the later
 * clause; only a hedge in the claim's own clause, or one that leads into it (不好说是不是…), holds it back.
 */
function hedgedBefore(ctx: LintContext, f: Finding): boolean {
  return hedgedWithin(ctx, f, sentenceStart(ctx.text, f.start))
}
function hedgedWithin(ctx: LintContext, f: Finding, from: number): boolean {
  const text = ctx.text
  const cs = clauseStart(text, f.start)
  // cp22: 不是A就是B (不是翻新就是拼装) offers two charges, it withholds none: a 不是 answered by 就是 is no hedge.
  // A hedge answered by 反正 / 总之 / 只能说 (我就不评价了，反正假货很多) is a paralipsis: the claim after it stands.
  const hedges = cuesWithin(ctx, 'hedge', from, f.start).filter(([s, e]) => !(DISJUNCT.has(text.slice(s, e)) && DISJUNCTION_AFTER.test(text.slice(e, Math.min(text.length, f.end + 8)))) && !topicMarker(ctx, s, e, f.start))
  if (hedges.some(([s]) => s >= Math.max(from, cs))) return true
  if (INSISTED.test(text.slice(cs, f.start))) return false
  for (const [s, e] of hedges.filter(([s]) => s < cs)) {
    // The hedge closes its clause (only particles after it): settled by what follows.
    // Only a "can't vouch for them" (不好说, 难说, 不敢保证): 其他家的情况我不了解，没法比较 disclaims knowledge and
    // what follows declines to compare.
    if (!CLOSED_AFTER.test(text.slice(e, clauseEnd(text, s))) || !UNVOUCHED.some((w) => text.slice(s, e).includes(w))) return true
  }
  return false
}
const DISJUNCT = new Set([normalizePhrase('不是')])
/**
 * lead28: 的话 right before the claim or its seller names the topic (同款的话别家用的都是回收料, 质量的话外面那些…): the
 * claim is the main clause and stands. A condition's 的话 governs what follows only when the seller is inside it.
 */
const TOPIC = normalizePhrase('的话')
function topicMarker(ctx: LintContext, s: number, e: number, claim: number): boolean {
  const text = ctx.text
  if (text.slice(s, e) !== TOPIC) return false
  if (/^[，,\s]?$/.test(text.slice(e, claim))) return true
  // 同款的话别家…: a seller word right after it opens the claim's subject.
  return cuesWithin(ctx, 'other', e, Math.min(claim, e + 2)).some(([o]) => o <= e + 1)
}
/** 不是A就是B written tight: A a few characters, no pause (不是A，就是B is "not A, only B"). */
const DISJUNCTION_AFTER = new RegExp(`^[^，,。！？!?；;\\s]{1,8}?${normalizePhrase('就是')}`)
const INSISTED = new RegExp(`^(?:${['反正', '总之', '只能说', '我只能说', '说白了', '说到底'].map((w) => normalizePhrase(w)).join('|')})`)
const UNVOUCHED = [...['不好说', '难说', '说不好', '说不准', '不敢保证', '不敢说', '不一定', '保证不了'].map((w) => normalizePhrase(w))]
const CLOSED_AFTER = /^[了啊呀哦呢吧嘛\s~]*$/

/** 是 / 也是 / 就是 after the shop: what follows is what the shop is (我们是实体店, 本店也是旗舰店). */
const SELF_IS = /^(?:也|就|都|本身)?是/
/** The seller word stands in the shop's own description: the shop, then 是, earlier in the clause. */
function selfNamed(ctx: LintContext, [at]: Span): boolean {
  const t = ctx.text
  return cuesWithin(ctx, 'self', clauseStart(t, at), at).some(([, e]) => SELF_IS.test(t.slice(e, at)) && !ctx.hasCue('other', e, at))
}

/** 老是 / 容易 / 没几天就 + a defect (坏, 开胶, 起球…) is one predicate; alone it says nothing. */
function withDefect(f: Finding, ctx: LintContext): Finding | null {
  const end = Math.min(clauseEnd(ctx.text, f.end), f.end + 4)
  const defects = cuesWithin(ctx, 'defect', f.end, end)
  if (!defects.length) return null
  // The longest defect at the first place (散架, not its prefix 散): the span ends on a word.
  let stop = defects[0]![1]
  for (const d of defects) if (d[0] === defects[0]![0] && d[1] > stop) stop = d[1]
  return { ...f, start: withSpan(ctx.text, f.start), end: stop }
}

/**
 * lead30: 连 + what any seller has or knows + 都/也 + a negation (店员连机型都不认识, 连发票都开不出来, 连个执照都没有):
 * the rival lacks even the basics. The finding runs from 连 to the negated verb.
 */
const LACKS_EVEN = new RegExp(`^(?:个|一个|张|份)?[^，,。.！!？?；;\\s]{1,8}?[都也](?:${['没有', '没', '不', '无', '拿不出', '开不出', '说不', '给不', '搞不', '弄不', '讲不'].map((w) => normalizePhrase(w)).join('|')})[^，,。.！!？?；;\\s了的啊呀哦呢吧]{0,3}`)
function withLack(f: Finding, ctx: LintContext): Finding | null {
  const m = LACKS_EVEN.exec(ctx.text.slice(f.end, clauseEnd(ctx.text, f.end)))
  return m ? { ...f, end: f.end + m[0].length } : null
}

/** The span of time and its verb before a bare unit (用几 + 次就鼓包, 推两个 + 月就歪). */
function withSpan(text: string, start: number): number {
  const from = clauseStart(text, start)
  let s = start
  while (s > from && SPAN_NUMERAL.has(text[s - 1]!)) s--
  // One verb before the number (推, 用, 戴), not a seller's 的.
  if (s < start && s > from && isHanAt(text, s - 1) && text[s - 1] !== DE) s--
  return s
}
const SPAN_NUMERAL = new Set([...'〇零一二两三四五六七八九十百几半数0123456789个'])

/** Findings of `often` or `dare` in a clause after their subject's: kept only when they stand alone. */
const ADDED_CLAUSE = new WeakSet<Finding>()

/**
 * An `often` finding in a later clause is dropped when another finding of the rule comes before
 * it in the same sentence (it only adds to what that one said); the rest merge as usual.
 */
function finalize(findings: Finding[], ctx: LintContext): Finding[] {
  const kept = findings.filter(
    (f) => !ADDED_CLAUSE.has(f) || !findings.some((g) => g !== f && g.start < f.start && g.end >= sentenceStart(ctx.text, f.start)),
  )
  return mergeOverlapping(kept)
}

const DE = '的'
/** cp22: every other one, no seller named (别的都, 其他的都, 其余的). */
const WHOLE_OTHERS = new RegExp(`^(?:${['别的', '其他', '其它', '其余'].map((w) => normalizePhrase(w)).join('|')})(?:${normalizePhrase('的')})?(?:${['都', '全', '基本都'].map((w) => normalizePhrase(w)).join('|')})?$`)
/** A comparison with no verdict but the comparison itself (比不了, 没法比). */
const BARE_COMPARE = new Set(['比不了', '比不上', '没法比', '没得比', '完全不能比', '根本比不上'].map((w) => normalizePhrase(w)))
/** A rival that is the whole market (一众大牌, 一切大牌, 所有品牌, 同行, 进口大牌): no seller run down. */
const WHOLE_MARKET = new RegExp(`(?:${['一众', '一切', '众多', '各种', '各大', '同行', '进口大牌', '国际大牌', '各路'].map((w) => normalizePhrase(w)).join('|')})`)
/** A kind of rival named by its scorn (杂牌, 山寨): run down whatever the quantifier. */
const POINTED = new RegExp(`(?:${['杂牌', '山寨', '小作坊', '黑作坊', '小厂', '三无', '地摊'].map((w) => normalizePhrase(w)).join('|')})`)
/** The noun after 假 is part of the claim: 假羊绒, 假蜂蜜 (up to four characters, not 的 nor a particle). */
function withNoun(f: Finding, ctx: LintContext): Finding {
  const t = ctx.text
  let end = f.end
  while (end < f.end + 4 && isHanAt(t, end) && t[end] !== DE && !CLAUSE_TAIL.has(t[end]!)) end++
  return end > f.end ? { ...f, end } : f
}

/**
 * Whether the sentence asks rather than asserts: a question mark or a final 吗 (便宜没好货嘛
 * asserts), and not a question that answers itself (哪有我们好, 那个牌子出过事，您还敢买？).
 */
function asked(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const end = sentenceEnd(text, f.end)
  let j = end - 1
  while (j >= f.end && /[\s~]/.test(text[j]!)) j--
  if (text[end] !== '?' && text[j] !== '吗') return false
  // ex20: 外面那些茶叶都是加了色素的，颜色那么绿您不觉得奇怪吗: the question is a later clause of its own, put to the
  // buyer about the claim; the claim before it still stands.
  const ce = clauseEnd(text, f.end)
  if (ce < end && BUYER_CLAUSE.test(text.slice(ce + 1, end))) return false
  return !ctx.hasCue('rhetorical', sentenceStart(text, f.start), end)
}
/** A later clause that puts a question to the buyer: 您/你 within its first few characters. */
const BUYER_CLAUSE = /^[^，,]{0,6}(?:您|你|妳)[^，,]*$/

/** 不像 + a seller: the seller starts at most this far after 不像 (不像有些店, 不像某些大牌). */
const UNLIKE_GAP = 2
/** …and at least this many characters must say something of it (不像别家 alone says nothing). */
const UNLIKE_SAID = 2
/**
 * lead30: 不像 + another seller + what is said of it (不像某些大牌掺一半膨润土, 不像有些店，放好几天才寄): the span runs
 * to the end of that clause, or of the next one when the seller closes its own clause.
 */
function unlike(ctx: LintContext, f: Finding): Finding | null {
  const t = ctx.text
  const sEnd = sentenceEnd(t, f.end)
  const seller = lastSeller(ctx, f.end, Math.min(sEnd, f.end + UNLIKE_GAP + SUBJECT_REACH / 2))
  if (!seller || seller[0] - f.end > UNLIKE_GAP || notAsserted(t, f.start, f.end) || asked(ctx, f)) return null
  let end = clauseEnd(t, seller[1])
  if (end - seller[1] < UNLIKE_SAID && end < sEnd) end = clauseEnd(t, end + 1)
  while (end > seller[1] && !isHanAt(t, end - 1) && !isLatinAt(t, end - 1)) end--
  return end - seller[1] >= UNLIKE_SAID ? { ...f, end } : null
}

/**
 * A disparaging predicate counts only with another seller as its subject, earlier in the same
 * sentence, with nothing between them that turns it back on the shop itself (别家说我们是假的)
 * or withholds judgement (别家是不是假货我们不清楚). Questions are not assertions.
 */
function judge(finding: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const tags = finding.entry.tags
  const f = tags.includes('often') ? withDefect(finding, ctx) : tags.includes('fakeNoun') ? withNoun(finding, ctx) : tags.includes('lacksEven') ? withLack(finding, ctx) : finding
  if (!f) return null
  // op14: reported words, a quotation or a warning (您说别家是假货…, “别家都是假的”, 谨防假冒) assert nothing.
  if (notAsserted(text, finding.start, finding.end)) return null
  // 吊打某果: the rival is the construction's own object, after the verb.
  // ex20: 吊打一众大牌, 秒杀一切大牌, 碾压同行: a whole market beaten is exaggeration's absolute comparison, no rival run down.
  // A kind of rival run down by its name (秒杀一切杂牌) is still one; 吊打所有大牌 is read both ways by the pool's
  // authors (H and O label it, FE/S/Q label 一众/一切/进口大牌 a claim only) and stays.
  if (tags.includes('beat')) return WHOLE_MARKET.test(text.slice(f.start, f.end)) && !POINTED.test(text.slice(f.start, f.end)) ? null : f
  if (tags.includes('unlike')) return unlike(ctx, f)
  // 比某鹤好很多: the rival stands between 比 and the margin, inside the span (比上一代好很多 has none).
  if (tags.includes('beatBy')) return lastSeller(ctx, f.start, f.end) || lastCue(ctx, 'brand', f.start, f.end) ? f : null
  // bc27: 是出了名的 / 是常事 runs a rival down only after a defect in its clause (漏墨是出了名的; not 做工好是出了名的).
  if (tags.includes('notorious') && !ctx.hasCue('defect', clauseStart(text, f.start), f.start)) return null
  const subject = subjectOf(ctx, f)
  // cp22: 别的都比不了 / 其他都比不上: everything else beaten, no seller named, is exaggeration's absolute comparison
  // (as 吊打一众大牌 is above), not a rival run down.
  if (subject && WHOLE_OTHERS.test(text.slice(subject[0], subject[1])) && BARE_COMPARE.has(text.slice(f.start, f.end))) return null
  // 我们是台湾实体店面，所有二手精品都附鉴定书: the shop describing itself, no other seller.
  if (subject && selfNamed(ctx, subject)) return null
  if (!subject || f.start - subject[1] > SUBJECT_REACH) {
    const earlier = subjectBefore(ctx, f)
    if (!earlier || selfBetween(ctx, earlier[1], f.start) || hedgedBefore(ctx, f) || asked(ctx, f)) return null
    // 您在别家买的是正品吗？我们才是原厂授权: only the shop is the real thing sets it against a seller of
    // its own sentence; one asked about before is not run down by it.
    if (tags.includes('contrast') && earlier[0] < sentenceStart(text, f.start)) return null
    // The topic of the same sentence opens the finding (某家卖的奶粉…，蛋白质含量低得可怜); a seller
    // of the sentence before stays out of it.
    return earlier[0] >= sentenceStart(text, f.start) ? { ...f, start: runStart(ctx, 'other', earlier[0], SUBJECT_REACH) } : f
  }
  // 别人家的质量很差，用两天就坏: how often things fail, in a later clause, only adds to what was
  // said; it stands alone when nothing was said before it (九块九的数据线，用不了两天就接触不良).
  // So does a dare after the claim (那个牌子出过事故，您还敢用？): the dare only presses it home.
  if ((tags.includes('often') || tags.includes('dare')) && subject[1] < clauseStart(text, f.start)) {
    if (selfBetween(ctx, subject[1], f.start) || asked(ctx, f)) return null
    const later = { ...f }
    ADDED_CLAUSE.add(later)
    return later
  }
  if (selfBetween(ctx, subject[1], f.start)) return null
  const hedgeFrom = Math.max(clauseStart(text, subject[0]), subject[0] - HEDGE_BEFORE)
  if (hedgedWithin(ctx, f, hedgeFrom)) return null
  // 别家是不是假货我们不清楚: the hedge may also follow, in the same clause (not 是水货，没有保修).
  if (ctx.hasCue('hedge', f.end, Math.min(clauseEnd(text, f.end), f.end + HEDGE_BEFORE))) return null
  if (asked(ctx, f)) return null
  // 外面 + 那些便宜的: touching seller words are one subject; so are 耐克 + 那款.
  let start = runStart(ctx, 'other', subject[0], SUBJECT_REACH)
  // 某猫旗舰店的那款: the seller owning 那款 belongs to the subject.
  const owner = text[start - 1] === DE ? cuesWithin(ctx, 'other', Math.max(0, start - 12), start - 1).find(([, e]) => e === start - 1) : undefined
  if (owner) start = runStart(ctx, 'other', owner[0], SUBJECT_REACH)
  const brand = cuesWithin(ctx, 'brand', Math.max(0, start - 8), start).find(([, e]) => e === start || (e === start - 1 && text[e] === DE))
  if (brand) start = brand[0]
  return { ...f, start }
}

export default defineRule({
  meta: {
    id: 'competitor-disparagement',
    category: 'compliance',
    description: {
      zh: '贬低其他商家（别家都是假货、他们家是高仿、别的店是翻新的、其他家质量很差…）',
      en: 'Disparaging other sellers (they sell fakes, knock-offs, refurbished or poor-quality goods)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是在贬低其他商家（不是词表命中，请人工确认）；只介绍本店商品的优势和保障即可。',
        en: "Statistical judgement: {actual} reads like disparaging another seller (not a list match; check it); describe your own product's strengths instead.",
      },
    },
  },
  lexicon: LEXICON,
  create: () => ({ judge, finalize }),
})
