import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, lastCue, type Span } from '../../src/context/cues.js'
import { runStart } from '../shared/cues.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { DE, lastSeller, later } from './seller.js'
import { isLatinAt } from './hidden.js'

/**
 * Whom the predicate is about: subjectOf, the other seller, brand or pronoun before it in its sentence; subjectBefore,
 * the topic of its sentence's first clause or a seller of the sentence before; selfNamed, a seller word that is the
 * shop describing itself; subjectStart, where the finding then starts (the whole run of seller words).
 */

/** The seller named at most this far before the predicate is its subject (别的店卖的基本上都是翻新的). */
export const SUBJECT_REACH = 14
/** How far back a named brand or a comparison lets 他们 / 那个 stand for a competitor (戴森？那个就是…). */
const CONTEXT_REACH = 24
/** Predicates that disparage whoever is named, with no comparison needed (a brand sells fakes). */
export const OUTRIGHT = new Set(['fake', 'refurbished', 'insinuation', 'adulterated', 'scam', 'harm', 'junk'])

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
export function subjectOf(ctx: LintContext, f: Finding): Span | undefined {
  const from = Math.max(sentenceStart(ctx.text, f.start), f.start - SUBJECT_REACH - 6)
  let subject = lastSeller(ctx, from, f.start)
  const outright = f.entry.tags.some((t) => OUTRIGHT.has(t))
  const brand = lastCue(ctx, 'brand', from, f.start)
  if (brand && (outright || promotesItself(ctx))) subject = later(subject, brand)
  const pronoun = lastCue(ctx, 'pronoun', from, f.start)
  if (pronoun && (competitorInView(ctx, pronoun) || copiesShop(ctx, f))) subject = later(subject, pronoun)
  else if (pronoun) subject = later(subject, nameBefore(ctx, pronoun))
  return subject ?? thatOfPrevious(ctx, from, f.start)
}

/**
 * cop37: 那都是返现刷的 answering 那家好评比你们多: a bare 那 and its copula (cue `pronounThat`) stands for the rival the customer's
 * message names, when the reply itself names none before it (there subjectBefore reads the reply's own seller).
 */
function thatOfPrevious(ctx: LintContext, from: number, at: number): Span | undefined {
  const that = lastCue(ctx, 'pronounThat', from, at)
  if (!that || !(ctx.previousHasCue('other') || ctx.previousHasCue('brand'))) return undefined
  return ctx.hasCue('other', 0, that[0]) || ctx.hasCue('brand', 0, that[0]) ? undefined : that
}

/**
 * 某宝同款便宜一半？那都是仓库次品 / 29的那种你敢买？都是黑作坊的: a sentence with no seller of
 * its own goes on about the one named in the sentence before (not when the shop speaks of itself).
 */
export function subjectBefore(ctx: LintContext, f: Finding): Span | undefined {
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

/** 是 / 也是 / 就是 after the shop: what follows is what the shop is (我们是实体店, 本店也是旗舰店). */
const SELF_IS = /^(?:也|就|都|本身)?是/
/** The seller word stands in the shop's own description: the shop, then 是, earlier in the clause. */
export function selfNamed(ctx: LintContext, [at]: Span): boolean {
  const t = ctx.text
  return cuesWithin(ctx, 'self', clauseStart(t, at), at).some(([, e]) => SELF_IS.test(t.slice(e, at)) && !ctx.hasCue('other', e, at))
}

/** Where the finding starts: the subject with the seller words touching it and the brand or owner before it. */
export function subjectStart(ctx: LintContext, subject: Span): number {
  const { text } = ctx
  // 外面 + 那些便宜的: touching seller words are one subject; so are 耐克 + 那款.
  let start = runStart(ctx, 'other', subject[0], SUBJECT_REACH)
  // 某猫旗舰店的那款: the seller owning 那款 belongs to the subject.
  const owner = text[start - 1] === DE ? cuesWithin(ctx, 'other', Math.max(0, start - 12), start - 1).find(([, e]) => e === start - 1) : undefined
  if (owner) start = runStart(ctx, 'other', owner[0], SUBJECT_REACH)
  const brand = cuesWithin(ctx, 'brand', Math.max(0, start - 8), start).find(([, e]) => e === start || (e === start - 1 && text[e] === DE))
  if (brand) start = brand[0]
  return start
}
