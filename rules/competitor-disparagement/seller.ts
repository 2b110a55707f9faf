import type { LintContext } from '../../src/types.js'
import { clauseStart } from '../../src/context/text.js'
import { cuesWithin, lastCue, type Span } from '../../src/context/cues.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { classWords } from '../../src/vocab/index.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { lastHidden } from './hidden.js'

/**
 * Finding the other seller: lastSeller, the nearest seller word (别家, 那个牌子), shop of some trade pointed at (其他药房,
 * 药局那些), agent noun (外面很多卖冻顶乌龙的) or hidden name (hidden.ts) in a stretch of text, leaving out the shop's own
 * (我们直播间, 店里卖得便宜的都…). Also later, which of two spans is the nearer subject, and DE (的).
 */

export const DE = '的'

/** The later of two spans, by end (the nearer subject). */
export function later(a: Span | undefined, b: Span | undefined): Span | undefined {
  if (!a) return b
  if (!b) return a
  return b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a
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
export function lastSeller(ctx: LintContext, from: number, to: number): Span | undefined {
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
export const POINTING = [...classWords('competitor.pointing', 'rules/competitor-disparagement')].map(normalizePhrase).sort((a, b) => b.length - a.length)
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
