import type { Construction } from '../lexicon/schema.js'
import type { CompiledEntry, LintContext } from '../types.js'
import { classWords } from '../vocab/index.js'
import { normalizePhrase } from '../normalize/normalize.js'
import { isAdvice } from './advice.js'
import { cuesWithin } from './cues.js'
import { isMention } from './mention.js'
import { isANotA, isNegated } from './negation.js'
import { clauseEnd, clauseStart, isAsked, sentenceEnd, sentenceStart } from './text.js'

/** How far past the `next` word an unlessAfter word it only begins may end. */
const STRADDLE = 16

/**
 * Whether an entry's construction holds around a phrase hit at [start, end), and the span of
 * the whole construction when it does (the phrase plus its `before`/`next` word). Every look
 * stays inside the phrase's clause or sentence, so the cost per hit is bounded.
 */
export function matchConstruction(entry: CompiledEntry, ctx: LintContext, start: number, end: number): readonly [number, number] | undefined {
  const c = entry.construction as Construction
  const names = entry.constructionCues ?? {}
  const { text } = ctx
  let from = start
  let to = end
  if (names.next) {
    const limit = c.next!.scope === 'sentence' ? sentenceEnd(text, end) : clauseEnd(text, end)
    // The nearest word, and of two starting together the longer (缩水 over 缩).
    let best: readonly [number, number] | undefined
    for (const w of cuesWithin(ctx, names.next, end, limit)) {
      if (w[0] - end > c.next!.within) continue
      if (!best || w[0] < best[0] || (w[0] === best[0] && w[1] > best[1])) best = w
    }
    if (!best) return undefined
    to = best[1]
  }
  if (names.before) {
    const limit = c.before!.scope === 'sentence' ? sentenceStart(text, start) : clauseStart(text, start)
    // The nearest word, and of two ending together the longer (印花颜色洗不掉 → 颜色洗不掉).
    let best: readonly [number, number] | undefined
    for (const w of cuesWithin(ctx, names.before, limit, start)) {
      if (start - w[1] > c.before!.within) continue
      if (!best || w[1] > best[1] || (w[1] === best[1] && w[0] < best[0])) best = w
    }
    if (!best) return undefined
    from = best[0]
  }
  // Without a `before` word the reply start was settled by constructionCanHold.
  if (c.replyStart && c.before && !onlyOpenersBefore(text, from)) return undefined
  if (names.previous) {
    const previous = ctx.previous
    if (previous === undefined || !ctx.previousHasCue(names.previous)) return undefined
    if (names.previousWith && !ctx.previousHasCue(names.previousWith)) return undefined
    if (c.previous!.question) {
      // The outcome must be what is asked: 效果好的话，能同时观看吗 asks about something else.
      const { words, unless } = previousOf(entry)
      const asked = questionClauses(previous).filter((q) => words.some((w) => q.includes(w)))
      if (!asked.length) return undefined
      // A request makes the question one about the shop's own doing (能帮我备注一下吗); a request
      // in another clause (快递会送上门吗？别给我扔驿站) leaves the asked outcome as it is.
      // ap30: …but not an exception inside the asked outcome's own word (到底能不能到？: 能不能 of the A-not-A, not of a request).
      if (unless.length && asked.every((q) => unlessOutsideAsked(q, words, unless))) return undefined
    } else if (names.previousUnless && ctx.previousHasCue(names.previousUnless)) return undefined
  }
  // Before the phrase itself: 颜色一般洗不掉 is hedged although 颜色 starts the construction.
  if (names.unlessBefore && ctx.hasCue(names.unlessBefore, clauseStart(text, from), start)) return undefined
  if (names.unlessAfter && ctx.hasCue(names.unlessAfter, to, sentenceEnd(text, to))) return undefined
  if (names.unlessBeforeInSentence && ctx.hasCue(names.unlessBeforeInSentence, sentenceStart(text, from), start)) return undefined
  // mend30: …or one the `next` word only begins (的号 of 的号型, 有个号 of 有个号称): the word read is not the word written.
  // (Only words ending within STRADDLE of it: the look stays a fixed window however long the sentence.)
  if (names.unlessAfter && to > end && cuesWithin(ctx, names.unlessAfter, end, Math.min(sentenceEnd(text, to), to + STRADDLE)).some(([s, e]) => s < to && e > to)) return undefined
  for (const act of c.unless) {
    if (act === 'question' && isAsked(text, from, to)) return undefined
    if (act === 'advice' && isAdvice(text, from, to)) return undefined
    if (act === 'negation' && isNegated(text, from)) return undefined
    if (act === 'mention' && isMention(text, from, to)) return undefined
  }
  return [from, to]
}

const OPENERS = [...classWords('opener', 'src/context/construction.ts')].sort((a, b) => b.length - a.length)
/**
 * OPENERS by first code unit, longest first within each as in OPENERS (so the first that fits is the
 * one a search of the whole list finds): onlyOpenersBefore looks one up at every character it passes,
 * for every hit of a reply-start construction.
 */
const OPENERS_BY_FIRST = new Map<number, string[]>()
for (const o of OPENERS) {
  const group = OPENERS_BY_FIRST.get(o.charCodeAt(0))
  if (group) group.push(o)
  else OPENERS_BY_FIRST.set(o.charCodeAt(0), [o])
}
const NO_OPENERS: readonly string[] = []
const SKIPPED = new Set([...' ,.!?~:;、…\u0000'].map((ch) => ch.charCodeAt(0)))

/**
 * ap30: whether an exception word stands in the question clause other than inside a longer asked word (到底能不能到？:
 * 能不能 is part of the asked 能不能到, not a request's 能不能帮我). An exception that holds the asked word (是活的吗 as a
 * part that moves) still counts.
 */
function unlessOutsideAsked(clause: string, words: readonly string[], unless: readonly string[]): boolean {
  const spans: Array<[number, number]> = []
  for (const w of words) {
    if (!clause.includes(w)) continue
    for (let at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) spans.push([at, at + w.length])
  }
  for (const u of unless) {
    for (let at = clause.indexOf(u); at >= 0; at = clause.indexOf(u, at + 1)) {
      if (!spans.some(([s, e]) => e - s > u.length && s <= at && at + u.length <= e)) return true
    }
  }
  return false
}

/**
 * The clauses of the customer's message that ask something: followed by a question mark, or
 * holding 吗/嘛 (or ending in 么), an A-not-A question (会不会掉色), or ending the message in 吧/呢. The message
 * is normalised, so full-width marks are ASCII already.
 */
function questionClauses(previous: string): string[] {
  const out: string[] = []
  const parts = previous.split(/([,.!?;:~\s]+)/)
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i]!
    if (!clause) continue
    const after = parts[i + 1] ?? ''
    const last = i + 2 >= parts.length
    if (after.includes('?') || /[吗嘛]/.test(clause) || FINAL_ME.test(clause) || hasANotA(clause) || (last && /[吧呢]$/.test(clause)) || TAG_QUESTION.test(clause)) out.push(clause)
  }
  return out
}

/**
 * rl21: a tag question closing a clause asks wherever the clause stands (今天能到对吧 你好 在吗): the buyer asks for a yes, then
 * calls for the agent. 对吧/是吧/没错吧 at the clause's end; not 好吧/行吧 (agreeing).
 */
const TAG_QUESTION = /(对吧|是吧|没错吧)$/

/** 么 closing a clause asks like 吗 (今天能送到么), unless it ends 什么 / 怎么 / 这么 / 那么 / 多么 / 要么. */
const FINAL_ME = /(?<![什怎这那多要])么$/

function hasANotA(clause: string): boolean {
  for (let i = 1; i < clause.length - 1; i++) if ((clause[i] === '不' || clause[i] === '没') && isANotA(clause, i)) return true
  return false
}

/**
 * What constructionCanHold reads of an entry's construction, made once per entry when the linter is
 * compiled (its phrase plan holds it). The engine asks on every hit of an anchor (most replies hold
 * several), and reading entry.construction and its fields there, from entries of twenty-odd shapes,
 * made those loads megamorphic and cost a map look-up for the edge sets.
 */
export interface ConstructionGate {
  /** The construction needs the customer's previous message. */
  readonly previous: boolean
  /** A reply-start construction without a `before` word: only openers may stand before the phrase. */
  readonly openersOnly: boolean
  /** First characters of the `next` words and their reach, when the construction has `next` words. */
  readonly next: CharSet | undefined
  readonly nextWithin: number
  /** Last characters of the `before` words and their reach. */
  readonly before: CharSet | undefined
  readonly beforeWithin: number
}

/**
 * A set of code units read at every character of a gate's window (several per anchor hit, most
 * replies hold several hits): a 256-bit table of their low bytes answers most characters (not in
 * the set) with one load, and only a character whose low byte some member shares asks the set.
 */
interface CharSet {
  readonly low: Int32Array
  readonly codes: ReadonlySet<number>
}

function charSet(codes: ReadonlySet<number>): CharSet {
  const low = new Int32Array(8)
  for (const c of codes) low[(c & 0xff) >> 5]! |= 1 << (c & 31)
  return { low, codes }
}

export function constructionGate(entry: CompiledEntry): ConstructionGate {
  const c = entry.construction!
  const set = (words: readonly string[] | undefined, pick: (w: string) => number) =>
    words ? charSet(new Set(words.map(normalizePhrase).filter(Boolean).map(pick))) : undefined
  return {
    previous: Boolean(c.previous),
    openersOnly: Boolean(c.replyStart && !c.before),
    next: set(c.next?.words, (w) => w.charCodeAt(0)),
    nextWithin: c.next?.within as number,
    before: set(c.before?.words, (w) => w.charCodeAt(w.length - 1)),
    beforeWithin: c.before?.within as number,
  }
}

/**
 * Cheap refusals, run by the engine before any context check: most anchors (就, 包, 不会…)
 * stand where their construction cannot hold, and the full match indexes the reply's cues.
 */
export function constructionCanHold(gate: ConstructionGate, text: string, start: number, end: number, hasPrevious: boolean): boolean {
  if (gate.previous && !hasPrevious) return false
  if (gate.openersOnly && !onlyOpenersBefore(text, start)) return false
  if (gate.next && !anyCharIn(text, gate.next, end, end + gate.nextWithin + 1)) return false
  if (gate.before && !anyCharIn(text, gate.before, start - gate.beforeWithin - 1, start)) return false
  return true
}

/** Whether a code unit in [from, to) of `text` is in `set` (the window is clamped to the text). */
function anyCharIn(text: string, set: CharSet, from: number, to: number): boolean {
  const { low, codes } = set
  for (let i = Math.max(0, from), end = Math.min(text.length, to); i < end; i++) {
    const c = text.charCodeAt(i)
    if ((low[(c & 0xff) >> 5]! & (1 << (c & 31))) !== 0 && codes.has(c)) return true
  }
  return false
}

/** The entry's previous-turn words and exceptions, normalised once. */
const previousWords = new WeakMap<CompiledEntry, { words: string[]; unless: string[] }>()
function previousOf(entry: CompiledEntry): { words: string[]; unless: string[] } {
  let out = previousWords.get(entry)
  if (!out) {
    const norm = (list: readonly string[] | undefined) => (list ?? []).map(normalizePhrase).filter(Boolean)
    const p = entry.construction?.previous
    previousWords.set(entry, (out = { words: norm(p?.words), unless: norm(p?.unless) }))
  }
  return out
}

/** Openers are short: an answer further into the reply is not a bare answer. */
const MAX_OPENING = 16

/** Whether only greetings, acknowledgements and punctuation stand before `at` in the reply. */
function onlyOpenersBefore(text: string, at: number): boolean {
  if (at > MAX_OPENING) return false
  let i = 0
  while (i < at) {
    if (SKIPPED.has(text.charCodeAt(i))) {
      i++
      continue
    }
    let w = ''
    for (const o of OPENERS_BY_FIRST.get(text.charCodeAt(i)) ?? NO_OPENERS) {
      if (text.startsWith(o, i) && i + o.length <= at) {
        w = o
        break
      }
    }
    if (!w) return false
    i += w.length
  }
  return true
}
