/**
 * Where a rewrite goes in the text: the edit of one finding (editOf: the promise word replaced, or a hedge put in front of a
 * construction at the place Chinese wants it), the smallest-amount frames (frameEdit), stakes and rhetorical questions,
 * and the example shown in the message with every edit applied (previewOf).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart } from '../../src/context/text.js'
import { classWords } from '../../src/vocab/index.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin } from '../../src/context/cues.js'
import { DENIED } from './clear.js'

/** How a finding softens the original text: replace [start, end) with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/**
 * A construction's edit plus the promise words inside its span (每一颗都保证甜 → 一般每一颗都甜): the
 * engine keeps the longer finding and drops the word's own, so one rewrite must soften both — a hedge
 * in front of a 保证 that stays would still promise. A negated word (不一定) is left.
 */
export function editsOf(f: Finding, ctx: LintContext): Edit[] {
  const edit = editOf(f, ctx)
  if (!f.entry.tags.includes('implicit')) return [edit]
  const inside = cuesWithin(ctx, 'certainWord', f.start, f.end).filter(
    ([s, e]) => s >= f.start && e <= f.end && !(s < edit.end && edit.start < e) && !DENIED.test(ctx.text[s - 1] ?? ''),
  )
  return inside.length ? [edit, ...inside.map(([start, end]) => ({ start, end, text: '' }))] : [edit]
}

/**
 * The edit a finding's rewrite makes: its best word in place of the promise word (or nothing,
 * when the advice is to drop it); for a construction, a hedge in front (包 gives way to it).
 */
export function editOf(f: Finding, ctx: LintContext): Edit {
  // ap30: a smallest-amount frame (一点色差都没有, 丝毫不会掉色, 保证一点色差都没有) has no room for a hedge inside it (一点一般色差
  // 都没有) nor right before it (一般一点 reads "a bit more ordinary"): the frame gives way to the hedge, see frameEdit.
  const frame = frameEdit(f, ctx)
  if (frame) return frame
  if (!f.entry.tags.includes('implicit')) return { start: f.start, end: f.end, text: f.expected[0] ?? '' }
  // 会帮您处理好 → 会帮您尽快处理: the solved outcome gives way to the shop's own doing, as a stake does.
  if (f.entry.tags.includes('stake') || f.entry.tags.includes('solved')) return stakeEdit(f, ctx)
  if (f.entry.tags.includes('rhetorical')) return rhetoricalEdit(f, ctx)
  const bao = ctx.text[f.start] === '包'
  // 刷三天就能白 → 一般刷三天就能白: before the use and its dose, which the effect depends on. Between
  // the figure's digits (三一般天) it cuts a word; after the body word (斑一般就淡) the effect is still
  // claimed outright to a reader who, like exaggeration, reads the hedge before the claim.
  if (f.entry.tags.includes('dose')) {
    // ap32: …and before a verb that takes the dose as its object though it uses nothing up (睡一周 → 一般睡一周, not 睡一般一周).
    const from = clauseStart(ctx.text, f.start)
    const at = f.start - (useBefore(ctx.text, from, f.start) || leadVerbBefore(ctx.text, from, f.start))
    return { start: at, end: at, text: f.expected[0] ?? '' }
  }
  // ap25: 放心，这款面霜不闷痘 → 放心，这款面霜一般不闷痘; 二手机跟新的一样 → 二手机基本跟新的一样: the span opens on a word
  // the construction needs before it (a reassurance, the used goods), and the hedge goes before the entry's own phrase.
  if (f.entry.tags.includes('hedgePhrase')) {
    const len = Math.max(0, ...f.entry.normalized.filter((p) => ctx.text.endsWith(p, f.end)).map((p) => p.length))
    if (len > 0) return { start: f.end - len, end: f.end - len, text: f.expected[0] ?? '' }
  }
  // ap25: 一点都不卡 → 一般不卡: the emphasis that opens the span makes way for the hedge (一般一点都不卡 keeps it flat).
  if (f.entry.tags.includes('emphatic')) {
    const lead = EMPHASIS.find((w) => ctx.text.startsWith(w, f.start))
    if (lead) return { start: f.start, end: f.start + lead.length, text: f.expected[0] ?? '' }
  }
  // 孕妇也能放心用 → 孕妇一般也能放心用: the hedge goes before 也/都, after the group it speaks of.
  // ap30: …and after use to any degree (戴再久都不缺氧 → 戴再久一般都不缺氧): a hedge after the verb (戴一般再久) splits it from 再久.
  const degree = ctx.text[f.start] === ZAI
  const also = f.entry.tags.includes('group') || degree ? Math.max(ctx.text.lastIndexOf('也', f.end - 1), ctx.text.lastIndexOf('都', f.end - 1)) : -1
  // 都能 + an effect (老人吃了血压都能降下来): a hedge at the front of the clause, before the people it speaks of.
  let at = f.entry.tags.includes('front') ? clauseStart(ctx.text, f.start) : also >= f.start ? also : f.start
  // 机洗也不会缩水 → 机洗一般也不会缩水: 都/也 right before the outcome binds to it, so the hedge goes
  // in front of them (也一般不会 reads as a stutter).
  if (at === f.start && at > 0 && ALSO.has(ctx.text[at - 1]!)) {
    at -= 1
    // 一滴都漏不进来 → 一般一滴都漏不进来: the smallest amount before 都 goes with it.
    const yi = ctx.text.lastIndexOf(YI, at - 1)
    if (yi >= 0 && at - yi <= 3 && yi >= clauseStart(ctx.text, at)) at = yi
  }
  // ap32: a span of time or a weather taken as the object of a verb (用一年都不会断, 下暴雨也不怕, 睡一周脖子就不疼了): the hedge goes
  // before the verb (一般用一年…), not between the verb and its object (用一般一年, 下一般暴雨, 睡一般一周).
  if (!bao) {
    const verb = verbBeforeObject(ctx.text, at)
    if (verb) return { start: at - verb, end: at - verb, text: f.expected[0] ?? '' }
  }
  // 根本吵不醒 → 一般吵不醒: an intensifier right before the outcome makes way for the hedge.
  const boost = at === f.start ? INTENSIFIERS.find((w) => ctx.text.endsWith(w, at)) : undefined
  if (boost) return { start: at - boost.length, end: at, text: f.expected[0] ?? '' }
  return { start: at, end: bao ? f.start + 1 : at, text: f.expected[0] ?? '' }
}

/**
 * ap30: the smallest-amount frames of an emphatic denial: 一点/一丝/一丁点/半点 (+ what there is none of) + 都/也 + a negator,
 * and 丝毫 straight before the negator (丝毫不会掉色, 丝毫没有色差). Group 1 the quantity, 2 the noun, 3 都/也 (absent after 丝毫).
 */
const AMOUNT_FRAME = /(一丁点儿?|一点点|一点儿?|一丝丝?|一毫|半点儿?|丝毫|一[个颗只粒件根条片处块滴])(?:的)?([\u4e00-\u9fff]{0,5}?)([都也])?(?=[不没无冇唔])/gu
/** How far from a finding its frame may start or end: the longest frame (一丁点儿的 + five characters + 都) and a little. */
const FRAME_REACH = 14
/** The marks that end a clause or a sentence (normalised text: ASCII punctuation, and 。 and … kept), as clauseStart / clauseEnd read them. */
const CLAUSE_MARK = /[,.!?;:~、。…\s\n]/u
/** A counting frame (一颗坏果都不会有, 一滴都漏不进来): the hedge reads well before it (一般一颗坏果都不会有). */
const COUNTING = /^一[个颗只粒件根条片处块滴]$/u
/** The negation of a frame whose object the hedged form puts after it (没有色差, 不会有味道): ends in 有. */
const HAVE_NEGATION = /^(?:没有|不会有|无|冇)/u
/**
 * What may follow the negation for the frame to be rewritten whole (一点色差都没有呢。放心买 → 一般没什么色差呢。放心买):
 * particles, then the end of the text, a clause end or a sentence end (normalised text: ASCII punctuation, 。 and … kept; a
 * typed space ends a clause, ~ a sentence, as in context/text.ts).
 * Not more words (一点色差都没有影响 is left to the plain edit).
 */
const FRAME_REST = /^[\s的呢哦啊呀哈啦滴哒亲~]*(?:$|[,;。.!…~\s])/u

/**
 * ap30: the edit that puts the hedge in place of a smallest-amount frame the finding sits in or right before:
 * 一点色差都没有 → 一般没什么色差 (没什么 + the noun), 一点水都不会漏 → 水一般不会漏, 一点也不会起球 / 丝毫不会掉色 → 一般不会起球 /
 * 一般不会掉色; a promise word right before the frame goes with it (保证一点色差都没有 → 一般没什么色差). Counting frames
 * (一个坏果都没有, 一滴都漏不进来) are left to editOf: a hedge before them reads well.
 */
export function frameEdit(f: Finding, ctx: LintContext): Edit | undefined {
  const hedge = f.expected[0]
  if (!hedge || f.entry.tags.includes('answer') || f.entry.tags.includes('rhetorical') || f.entry.tags.includes('stake') || f.entry.tags.includes('solved') || f.entry.tags.includes('dose')) return undefined
  if (!/^(?:一般|正常情况下|基本|基本上|通常)/u.test(hedge)) return undefined
  const { text, original } = ctx
  // Only near the finding (a frame is a few characters): a long clause is never scanned whole, once per finding.
  // (Cut at the clause marks inside the window itself: clauseStart / clauseEnd walk a long clause to its ends.)
  let from = Math.max(0, f.start - FRAME_REACH)
  let to = Math.min(text.length, f.end + FRAME_REACH)
  for (let i = f.start - 1; i >= from; i--) if (CLAUSE_MARK.test(text[i]!)) { from = i + 1; break }
  for (let i = f.end; i < to; i++) if (CLAUSE_MARK.test(text[i]!)) { to = i; break }
  const window = text.slice(from, to)
  AMOUNT_FRAME.lastIndex = 0
  for (let m = AMOUNT_FRAME.exec(window); m; m = AMOUNT_FRAME.exec(window)) {
    const quantity = m[1]!
    const noun = m[2] ?? ''
    const also = m[3]
    if (!also && !quantity.startsWith('丝毫')) continue
    const frameStart = from + m.index
    const negAt = frameStart + m[0].length
    // The finding opens inside the frame or at its negation, or a promise word stands right before it.
    const inside = f.start >= frameStart && f.start <= negAt && f.end > negAt
    const before = !f.entry.tags.includes('implicit') && f.end === frameStart
    if (!inside && !before) continue
    const start = before ? f.start : frameStart
    if (COUNTING.test(quantity)) return before ? undefined : { start, end: start, text: hedge }
    const nounText = original.slice(frameStart + quantity.length + (m[0].slice(quantity.length).startsWith('的') && noun ? 1 : 0), negAt - (also ? 1 : 0))
    const neg = HAVE_NEGATION.exec(text.slice(negAt, negAt + 3))
    const restAt = neg ? negAt + neg[0].length : negAt
    if (nounText && neg && FRAME_REST.test(text.slice(restAt, Math.min(text.length, restAt + FRAME_REACH)))) {
      // 一点色差都没有 → 一般没什么色差, 一点味道都不会有 → 一般不会有什么味道: 什么 takes the frame's "any" (一般没有副作用
      // would read as the flat claim exaggeration reports).
      const have = /^不会有/u.test(neg[0]) ? `${original.slice(negAt, negAt + neg[0].length)}什么` : '没什么'
      return { start, end: negAt + neg[0].length, text: `${hedge}${have}${nounText}` }
    }
    return { start, end: negAt, text: `${nounText}${hedge}` }
  }
  return undefined
}

export const YI = normalizePhrase('一')
const ZAI = normalizePhrase('再')
/** An emphasis opening an emphatic denial (一点都不卡): the hedge replaces it (see editOf, tag `emphatic`). */
const EMPHASIS = ['一丁点都', '一点儿都', '一点儿也', '一点都', '一点也', '丝毫', '半点', '完全'].map(normalizePhrase)
const ALSO = new Set([normalizePhrase('都'), normalizePhrase('也')])
/** Intensifiers that only make an outcome flatter (根本吵不醒, 完全不会掉): a hedge takes their place. */
const INTENSIFIERS = ['根本', '完全', '压根', '压根儿', '丝毫', '绝对'].map(normalizePhrase).sort((a, b) => b.length - a.length)

/** Verbs of use (刷, 吃 — the stems of 吃了/敷了 too), bare or with their aspect (擦了, 涂完, 抹上), longest first: what a dose is of. */
const USED = classWords('action.used', 'rules/absolute-promise/edit.ts')
const USE_STEMS = new Set([...classWords('action.use', 'rules/absolute-promise/edit.ts'), ...USED.filter((w) => w.length === 2 && /[了完上]$/.test(w)).map((w) => w[0]!)])
const USE = [...new Set([...USED, ...[...USE_STEMS].flatMap((v) => [v, `${v}了`, `${v}完`, `${v}上`, `${v}满`])])]
  .map(normalizePhrase)
  .sort((a, b) => b.length - a.length)

/** ap32: what a verb takes as its object at `at`: a figure or span of time (一年, 三个月, 这辈子) or an extreme weather (暴雨, 零下). */
const OBJECT_FIGURE = /^(?:[一二两三四五六七八九十半几百千万0-9０-９]|这辈子|整)/u
const EXTREMES = classWords('time.extreme', 'rules/absolute-promise/edit.ts').map(normalizePhrase)
const LEAD_VERBS = classWords('action.lead', 'rules/absolute-promise/edit.ts').map(normalizePhrase).sort((a, b) => b.length - a.length)
/** The length of the verb whose object starts at `at` (用 before 一年, 下 before 暴雨), 0 when none or no such object. */
function verbBeforeObject(text: string, at: number): number {
  if (at === 0 || !(OBJECT_FIGURE.test(text.slice(at, at + 3)) || EXTREMES.some((w) => text.startsWith(w, at)))) return 0
  const from = clauseStart(text, at)
  return useBefore(text, from, at) || leadVerbBefore(text, from, at)
}
function leadVerbBefore(text: string, from: number, at: number): number {
  const w = LEAD_VERBS.find((x) => at - x.length >= from && text.endsWith(x, at))
  return w ? w.length : 0
}

/** The length of the verb of use ending at `at` (擦了 before 三天斑就淡), 0 when none; not before `from`. */
function useBefore(text: string, from: number, at: number): number {
  const w = USE.find((x) => at - x.length >= from && text.endsWith(x, at))
  return w ? w.length : 0
}

/**
 * An entry's phrases longest first, to find the one a finding ends with (a stake: 算我的, 我这客服不干了)
 * or starts with (a rhetorical question word: 怎么可能, 哪会).
 */
const LONGEST_FIRST = new WeakMap<Finding['entry'], string[]>()
function longestFirst(entry: Finding['entry']): string[] {
  let words = LONGEST_FIRST.get(entry)
  if (!words) LONGEST_FIRST.set(entry, (words = [...entry.normalized].sort((a, b) => b.length - a.length)))
  return words
}
/**
 * A stake is replaced by what the shop will do (要是掉了我们负责处理); a stake that is its own
 * clause after a short subject (…，我这客服不干了) is replaced whole.
 */
function stakeEdit(f: Finding, ctx: LintContext): Edit {
  const { text } = ctx
  const span = text.slice(f.start, f.end)
  const w = longestFirst(f.entry).find((x) => span.endsWith(x)) ?? ''
  let start = f.end - w.length
  const cs = clauseStart(text, start)
  if (cs > f.start && start - cs <= 2) start = cs
  return { start, end: f.end, text: f.expected[0] ?? '' }
}

/** 这么厚的泡沫怎么可能压坏呢 → …一般不会压坏呢: the question word is replaced, the outcome stays. */
function rhetoricalEdit(f: Finding, ctx: LintContext): Edit {
  const span = ctx.text.slice(f.start, f.end)
  const w = longestFirst(f.entry).find((x) => span.startsWith(x)) ?? ''
  return { start: f.start, end: f.start + w.length, text: f.expected[0] ?? '' }
}

/**
 * The clause of the first edit with every edit applied, for the message's 例如「…」. An edit
 * that deletes the last word of its clause (…，百分百) leaves the clause without it; one that
 * deletes a clause of its own (会给您补发的，肯定) shows the clause before it, which is what the
 * reply then says, rather than an empty example.
 */
export function previewOf(ctx: LintContext, list: readonly Edit[]): string {
  const { original, text } = ctx
  const sorted = [...list].sort((a, b) => a.start - b.start)
  const last = sorted[sorted.length - 1]!
  let from = clauseStart(text, sorted[0]!.start)
  let to = clauseEnd(text, last.end)
  const apply = (start: number, stop: number) => {
    let out = ''
    let at = start
    for (const e of sorted) {
      if (e.start < at || e.end > stop) continue
      out += original.slice(at, e.start) + e.text
      at = e.end
    }
    return (out + original.slice(at, stop)).trim().replace(TRAILING_MARKS, '')
  }
  // The last clause says nothing once its word is dropped (…，百分百的): the example ends before it,
  // and when it was the only clause, the example is the clause before it.
  const lastFrom = clauseStart(text, last.start)
  if (lastFrom > 0 && EMPTY_SAYING.test(apply(lastFrom, to))) {
    to = lastFrom
    while (to > 0 && MARKS.test(original[to - 1]!)) to--
    if (from >= lastFrom) from = to > 0 ? clauseStart(text, to - 1) : 0
  }
  const preview = to > from ? apply(from, to) : ''
  if (!EMPTY_SAYING.test(preview)) return preview
  // Nothing said before it either (肯定的 两点前下单的都当天发): the clause after it is what the reply then says.
  let next = Math.max(to, clauseEnd(text, last.end))
  while (next < original.length && EMPTY_SAYING.test(original[next]!)) next++
  return next < original.length ? apply(next, clauseEnd(text, next)) : ''
}

/** Particles, marks and spaces only: a clause or preview of these says nothing. */
export const EMPTY_SAYING = /^[\s的啦哦呢嘛哈呀滴啊喔噢了!！~～。.,，、;；:：]*$/u
/** Clause marks and spaces left at the end once the clause after them is gone. */
const TRAILING_MARKS = /[\s,，、;；:：~～]+$/u
const MARKS = /[\s,，、;；:：~～]/u
