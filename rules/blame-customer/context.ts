import type { Finding, LintContext, Severity } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from './text.js'
import { isNegated } from '../../src/context/negation.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cueStartsWithin, cueTo, cuesWithin } from '../../src/context/cues.js'
import { BAD_OUTCOME, wordsWithin } from './words.js'
import { CLAUSE_TAIL as SHARED_TAIL } from '../../src/vocab/chars.js'
import { buyerAt } from '../shared/told.js'
import { classWords } from '../../src/vocab/index.js'

/**
 * Reading the clause around a blame-customer anchor: who acts, whether the sentence is a
 * hypothetical, a reassurance or a question. Shared by the phrase judges (index.ts's table) and the
 * cause judges (cause.ts). Every look-up is bounded by the sentence (at most 40 characters).
 */

/** Compared with normalised text, so normalised the same way. */
export const chars = (s: string) => new Set(normalizePhrase(s))
export const norm = (words: readonly string[]) => words.map(normalizePhrase)
/** What stands right before the customer in 这是您的问题 / 属于您自己使用的原因 / 是自己操作的问题 (denial.ts and link.ts). */
// bl38: Cantonese 係 is the copula too (係你嘅問題啊).
export const YOURS_BEFORE = norm(['是', '属于', '怪', '是自己', '係'])

/** What may close a clause after an accusation (这是你的问题哦): the shared clause tail, and 的 (是你自己的问题的). */
export const CLAUSE_TAIL: ReadonlySet<string> = new Set([...SHARED_TAIL, ...chars('的')])
/** What a reported span never ends with: CLAUSE_TAIL and the question particle. */
const SPAN_TAIL = new Set([...CLAUSE_TAIL, ...chars('吗么')])

export type Who = 'customer' | 'shop' | undefined
export type Span = readonly [number, number]

/**
 * Whether the customer cue at `s` really names the customer as a possible agent (not 给您, 亲，, 您好,
 * 其他买家). One reading with curt-reply's, so it lives in rules/shared/told.ts.
 */
export const customerAt: (ctx: LintContext, s: number) => boolean = buyerAt

/**
 * The last answer of nearestSubject: judges ask about the same window several times per hit
 * (subjectBefore(ctx, f.start) in one branch and the next). A context lives for one reply, so
 * the answer is never read for another.
 */
let lastCtx: LintContext | undefined
let lastFrom = -1
let lastAt = -1
let lastSubject: { who: Who; span?: Span } = { who: undefined }

/** The nearest subject marker in [from, at): the customer's or the shop's, with its span. */
export function nearestSubject(ctx: LintContext, from: number, at: number): { who: Who; span?: Span } {
  if (ctx === lastCtx && from === lastFrom && at === lastAt) return lastSubject
  lastSubject = findSubject(ctx, from, at)
  lastCtx = ctx
  lastFrom = from
  lastAt = at
  return lastSubject
}

function findSubject(ctx: LintContext, from: number, at: number): { who: Who; span?: Span } {
  let best: Span | undefined
  let who: Who
  for (const c of cuesWithin(ctx, 'shop', from, at)) {
    if (!best || c[0] > best[0]) {
      best = c
      who = 'shop'
    }
  }
  for (const c of cuesWithin(ctx, 'customer', from, at)) {
    // lead35: a customer's cue that holds the shop's (您找的师傅 over 师傅) names the customer's own person.
    if (best && c[0] <= best[0] && !(who === 'shop' && c[1] >= best[1])) continue
    if (!customerAt(ctx, c[0])) continue
    best = c
    who = 'customer'
  }
  return { who, span: best }
}

/**
 * Who acts in the sentence before `at`: the nearest subject marker wins, so in
 * 亲，是我自己没看清楚 the agent does, and in 您自己没有及时确认收货 the customer does.
 */
export function subjectBefore(ctx: LintContext, at: number): Who {
  return nearestSubject(ctx, sentenceStart(ctx.text, at), at).who
}

export function inSentence(ctx: LintContext, cue: string, f: { start: number; end: number }): boolean {
  return ctx.hasCue(cue, sentenceStart(ctx.text, f.start), sentenceEnd(ctx.text, f.end))
}

const MEANT_NOT = norm(['不是'])[0]!
/**
 * bl33: an apology cue in the sentence of `f`, not 让您 after 不是 (跑步机不是让您全家轮着用一整天的, 面膜不是让您敷一整晚的):
 * "it is not meant for you to…" tells the buyer off, it apologises for nothing (sets aj, fb).
 */
export function sorryInSentence(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  const sorry = cuesWithin(ctx, 'apology', sentenceStart(t, f.start), sentenceEnd(t, f.end)).filter(([s, e]) => !t.startsWith(MEANT_NOT, s - MEANT_NOT.length) && !sorryForRefusal(ctx, f, s, e))
  // bl35: …unless the reply turns from the apology to the buyer's doing (不好意思哈，不过您泡了一整夜当然会掉色), as apologised() reads it.
  const last = sorry.at(-1)
  return last !== undefined && !(last[1] <= f.start && ctx.hasCue('contrast', last[1], f.start))
}

export function before(ctx: LintContext, cue: string, f: { start: number }, scope: 'clause' | 'sentence' = 'sentence'): boolean {
  const from = scope === 'clause' ? clauseStart(ctx.text, f.start) : sentenceStart(ctx.text, f.start)
  return ctx.hasCue(cue, from, f.start)
}

export function after(ctx: LintContext, cue: string, f: { end: number }, window: number): boolean {
  return cueStartsWithin(ctx, cue, f.end, f.end + window)
}

/** Whether a cue of `cue` lies between `from` and the end of the sentence. */
export function laterInSentence(ctx: LintContext, cue: string, from: number): boolean {
  return ctx.hasCue(cue, from, sentenceEnd(ctx.text, from))
}

/** The accusation includes its subject when it stands right before: 是你自己 + 操作不当. */
export function withSubject(ctx: LintContext, f: Finding): Finding {
  const start = cueTo(ctx, 'selfSubject', f.start)
  return start < 0 ? f : { ...f, start }
}

export function graded(f: Finding, severity: Severity): Finding {
  return { ...f, severity }
}

/** 自己 or 难道 before the hit makes it pointed: 是你自己选错了, 难道你没看. */
export function pointed(ctx: LintContext, f: Finding): boolean {
  return ctx.hasCue('pointed', sentenceStart(ctx.text, f.start), f.start)
}

const A_NOT_A = new RegExp(`(.)[${normalizePhrase('不没')}]\\1`, 'g')

/**
 * 您没有选错 / 不是您填错了 say the opposite. A-not-A questions (是不是你自己选错了,
 * 有没有…) are not negations, so they are blanked out before the shared check.
 */
export function negated(ctx: LintContext, at: number): boolean {
  const from = clauseStart(ctx.text, at)
  let head = ctx.text.slice(from, at).replace(A_NOT_A, '   ')
  // The 没 of a trouble (耳机没声音是你…) describes the trouble; it does not negate what follows.
  for (const [s, e] of cuesWithin(ctx, 'trouble', from, at)) {
    const end = Math.min(e, at)
    head = head.slice(0, s - from) + ' '.repeat(end - s) + head.slice(end - from)
  }
  // bl34: a result the act could not reach (衣柜门关不严是因为您家地面不平, 打不开是因为…) names the trouble too: its 不 is a
  // complement's (badOutcome words with 不 inside; 不赔 / 不包, which open with it, still negate).
  // mend30: only those (不 past the first character): 没有 / 无法 / 没法 are negations themselves (我们没说您用错了).
  if (head.includes(BU)) {
    for (const [s, e] of wordsWithin(ctx.text, BAD_OUTCOME, from, at)) {
      if (e > at || ctx.text.slice(s, e).indexOf(BU) <= 0) continue
      head = head.slice(0, s - from) + ' '.repeat(e - s) + head.slice(e - from)
    }
  }
  // 睡不好就是您自己不会调: a negation before a focus 是 belongs to the topic, not to what follows (不是 stays).
  const focus = head.lastIndexOf(SHI)
  if (focus > 0 && head[focus - 1] !== BU) head = head.slice(focus + 1)
  return isNegated(head, head.length)
}
const SHI = normalizePhrase('是')
const BU = normalizePhrase('不')

/**
 * An apology in the sentence, unless the reply turns from it back to the customer's doing
 * (不好意思哈，不过您冷冻的时候没按我们说的分装…): the blame after 不过 / 但是 stands.
 */
export function apologised(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  const sorry = cuesWithin(ctx, 'apology', sentenceStart(t, f.start), sentenceEnd(t, f.end)).filter(([s, e]) => !sorryForRefusal(ctx, f, s, e))
  if (!sorry.length) return false
  const last = sorry[sorry.length - 1]!
  return !(last[1] <= f.start && ctx.hasCue('contrast', last[1], f.start))
}

/**
 * bl36 (taxonomy polite-procedural-blame): an apology after the fault that opens a refusal in its own clause (…优惠券才会失效的，
 * 非常抱歉无法补发) is sorry for the refusal; it owns nothing and leaves the cause laid before it standing. Bounded by that clause.
 */
function sorryForRefusal(ctx: LintContext, f: { end: number }, s: number, e: number): boolean {
  return s >= f.end && ctx.hasCue('sorryRefusal', e, Math.min(clauseEnd(ctx.text, e), e + 6))
}

/** The customer's previous message complains (a complaint cue in it). */
export const answersComplaint = (ctx: LintContext): boolean => ctx.previous !== undefined && ctx.previousHasCue('complaint')
/** The buyer's turn reports a trouble: a complaint, a grievance, a fault or damage (桌子装好了一直晃, 车厘子到了很多烂的). */
export const troubleReported = (ctx: LintContext): boolean =>
  ctx.previous !== undefined && (ctx.previousHasCue('complaint') || ctx.previousHasCue('grievance') || ctx.previousHasCue('trouble') || ctx.previousHasCue('damaged'))

/** 经常 narrating the buyer's habit (您经常边充边用，鼓包也正常) sets no condition: the cue for hypothetical()'s `ignored`. */
export const HABIT_CONDITION: ReadonlySet<string> = new Set([normalizePhrase('经常')])

/**
 * Hypotheticals and warnings anywhere in the sentence: 如果您选错了…, 您没看到的话…, 以免您填错. Conditional cues whose words are in
 * `ignored` set no condition (mend30: one reading for every caller, so the filters below apply to the rest alike).
 */
export function hypothetical(ctx: LintContext, f: { start: number; end: number }, ignored?: ReadonlySet<string>): boolean {
  const t = ctx.text
  // 有的 / 有些 mean "some" only before a noun: in 出厂就有的。 it is "was there".
  return cuesWithin(ctx, 'conditional', sentenceStart(t, f.start), sentenceEnd(t, f.end)).some(
    ([s, e]) => !ignored?.has(t.slice(s, e)) && !(t[e - 1] === DE && SPAN_TAIL.has(t[e] ?? '.')) && !troubleTopic(ctx, s, e) && !notCondition(t, s, e) && !defendingCondition(ctx, f.end, s) && !defenceBefore(ctx, f.start, s, e) && !bargainAfter(ctx, f.end, s) && !(s > clauseEnd(t, f.end) && (pathAfter(ctx, e) || pointedInClause(ctx, f))),
  )
}
const CAN = norm(['可以', '能'])
/**
 * blame45: …造成的，所以不在免费保修范围内，需要维修的话可以走付费维修 — a condition (ending at `e`) in a later clause that opens a way
 * on (its clause goes on to 可以 / 能 or an offer) conditions the way, not the fault laid before it (M2).
 */
function pathAfter(ctx: LintContext, e: number): boolean {
  const t = ctx.text
  const to = clauseEnd(t, Math.min(t.length, clauseEnd(t, e) + 1))
  return CAN.some((w) => { const k = t.indexOf(w, e); return k >= 0 && k < to }) || ctx.hasCue('offer', e, to)
}
const POINTED_MARKS = norm(['自己', '是您', '是你', '是妳'])
/**
 * blame45: 是您自己没按说明书装造成的，…需要维修的话… — an accusation pointed in its own clause (自己, a cleft 是您) is asserted; a
 * condition in a later clause conditions what comes next, not the fault laid before it (M2; check sets +4 / 0 against any later
 * condition, +5 / +3).
 */
function pointedInClause(ctx: LintContext, f: { start: number; end: number }): boolean {
  // Not pointed() above: that reads the cue pointed (自己, 难道) before the hit in the whole sentence; here the hit's own clause,
  // the hit included, and the cleft 是您 that the blame entries match (the narrower reading measured +4 / 0).
  const own = ctx.text.slice(clauseStart(ctx.text, f.start), f.end)
  return POINTED_MARKS.some((w) => own.includes(w))
}
/**
 * bc27: …操作不当导致的，按说明书操作的话一般不会这样 — a condition in a later clause that states the right use and
 * defends the goods (cue defend: 一般不会, 不会这样) sets no condition on the fault before it.
 */
function defendingCondition(ctx: LintContext, end: number, s: number): boolean {
  const t = ctx.text
  const ce = clauseEnd(t, end)
  return s > ce && ctx.hasCue('defend', clauseStart(t, s), clauseEnd(t, s))
}
/**
 * bl32: …这种编织袋正常运输一般不会破，主要是您签收时没当场验货 — the goods defended in an earlier clause (一般不会, 正常不会: the
 * conditional cue inside the defence itself) set no condition on the fault after it; the mirror of defendingCondition (set bb).
 */
function defenceBefore(ctx: LintContext, start: number, s: number, e: number): boolean {
  const t = ctx.text
  return e <= clauseStart(t, start) && cuesWithin(ctx, 'defend', clauseStart(t, s), clauseEnd(t, s)).some(([ds, de]) => ds <= s && e <= de)
}
/**
 * bl32: 是您自己拍错的，不过给个好评的话我可以补寄一个给您 — a review bargain set as a condition in a later clause (cue reviewBargain) is
 * the agent's offer, no condition on the fault before it (sets bb, c).
 */
function bargainAfter(ctx: LintContext, end: number, s: number): boolean {
  const t = ctx.text
  return s > clauseEnd(t, end) && ctx.hasCue('reviewBargain', clauseStart(t, s), clauseEnd(t, s))
}
/** bc27: words that hold a conditional cue but set no condition (主要是 holds 要是): class conditional.not. */
const NOT_CONDITION = norm(classWords('conditional.not', 'rules/blame-customer/context.ts'))
function notCondition(t: string, s: number, e: number): boolean {
  return NOT_CONDITION.some((w) => {
    for (let k = Math.max(0, e - w.length); k <= s; k++) if (t.startsWith(w, k)) return true
    return false
  })
}
const DE = normalizePhrase('的')
const DEHUA = normalizePhrase('的话')

/** A guess at the cause that may follow 的话 straight on (过敏的话可能是…): see troubleTopic. */
// bl35: …and the guess heads asked (是不是, 会不会是, 莫非是: 没声音的话，莫非是您…；para bl35).
const TOPIC_GUESS = norm(['可能是', '应该是', '估计是', '多半是', '大概是', '一般是', '不一定是', '主要是', '也许是', '或许是', '是不是', '会不会是', '该不会是', '莫非是', '难不成是',
  // blame45: …or the buyer clefted straight after it (鞋子开胶的话是您穿着踩水了吧, 会红的话就是您没洗干净; DH, M3).
  '是您', '是你', '是妳', '就是您', '就是你', '就是妳'])
/**
 * 掉漆的话可能是宝宝啃咬造成的: a trouble just reported, then 的话 closing its clause, names the topic
 * (as for the peeling); it sets no condition. Only with the trouble alone in that clause (no 如果 / 要是).
 */
/** How long the clause naming the trouble before 的话 may be. */
const TOPIC_REACH = 10
function troubleTopic(ctx: LintContext, s: number, e: number): boolean {
  const t = ctx.text
  // bl30: …or run straight into a guess at the cause (您过敏的话可能是您自己…, 过敏的话不一定是我们产品的问题; sets ax, at).
  if (t.slice(s, e) !== DEHUA || (clauseEnd(t, s) !== e && !TOPIC_GUESS.some((w) => t.startsWith(w, e)))) return false
  const cs = clauseStart(t, s)
  // bl35: a part named with the trouble (耳机单边没声音的话) runs a little longer; a device not working (cue damaged) is a trouble too.
  return e - cs <= TOPIC_REACH && (ctx.hasCue('trouble', cs, s) || ctx.hasCue('damaged', cs, s)) && cuesWithin(ctx, 'conditional', cs, e).length === 1
}

/** Where 没关系 / 无关 deny a link (跟我们没关系) rather than reassure (没关系，我们免费换). */
const LINKED = chars('跟和与')
const FREE = normalizePhrase('免费')
const FREE_NEGATED = chars('不无没非未')

/**
 * Reassurance in the sentence: 您不小心弄坏了也没关系，我们免费保修. 跟我没关系 is the
 * opposite, a refusal, so 没关系 after 跟 / 和 / 与 + someone does not count.
 */
export function reassured(ctx: LintContext, f: { start: number; end: number }): boolean {
  const t = ctx.text
  for (const [s, e] of cuesWithin(ctx, 'reassure', sentenceStart(t, f.start), sentenceEnd(t, f.end))) {
    const head = t.slice(Math.max(clauseStart(t, s), s - 6), s)
    // blame45: 免费 negated a few characters before (…造成的，所以不在免费保修范围内, 不能免费换): no comfort, the refusal (M2).
    if (t.slice(s, e) === FREE && [...t.slice(Math.max(clauseStart(t, s), s - 3), s)].some((c) => FREE_NEGATED.has(c))) continue
    if (![...head].some((c) => LINKED.has(c))) return true
  }
  return false
}

/** End of the clause holding `at`, without its particles and punctuation, at most `cap` away. */
export function trimmedClauseEnd(ctx: LintContext, at: number, cap: number): number {
  const t = ctx.text
  let end = Math.min(clauseEnd(t, at), at + cap)
  while (end > at && SPAN_TAIL.has(t[end - 1]!)) end--
  return end
}

const OPEN = chars('“「『')
const CLOSE = chars('”」』')
const STRAIGHT = chars('"')
/** Any of the marks above (they are the same after normalisation). */
const ANY_QUOTE = new RegExp(`[${[...OPEN, ...CLOSE, ...STRAIGHT].join('')}]`)
/**
 * Whether the reply of a context holds a mark, kept per context (one per rule and reply).
 * Not a module variable compared with ctx.text: that comparison made a 100k-character reply
 * with thousands of hits twice as slow.
 */
const hasQuotes = new WeakMap<LintContext, boolean>()
/** How far back an opening quote may stand. */
const QUOTE_REACH = 60

/**
 * Whether `at` lies inside quotation marks: 您说“是你们自己没发货”… quotes the customer or a
 * rule, it is not the agent's own accusation.
 */
export function quoted(ctx: LintContext, at: number): boolean {
  const text = ctx.text
  // Most replies hold no quotation mark at all: one native search per reply settles it.
  let any = hasQuotes.get(ctx)
  if (any === undefined) hasQuotes.set(ctx, (any = ANY_QUOTE.test(text)))
  if (!any) return false
  let depth = 0
  let straight = false
  for (let i = Math.max(0, at - QUOTE_REACH); i < at; i++) {
    const c = text[i]!
    if (c === '\n') {
      depth = 0
      straight = false
    } else if (OPEN.has(c)) depth++
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1)
    else if (STRAIGHT.has(c)) straight = !straight
  }
  return depth > 0 || straight
}
