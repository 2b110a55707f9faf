/**
 * Numbers handed over to be called: dialled after a verb of calling with the agent named as who answers (打 138-0013-8000
 * 找我), a line of one of the shop's own people with its number (staffLines: 我们主管的私人手机是177…), and a phone number
 * spelled in number words (spelledNumbers).
 */
import type { CompiledEntry, Finding, LintContext } from '../../src/types.js'
import { clauseStart, isQuestion, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, firstCue, lastCue } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { isNegated } from '../../src/context/negation.js'
import { isDigit, spelledPhones } from './handle.js'
import type { Make } from './entries.js'

/** The verbs of calling right before a number (打 138…, 拨打0592…, 致电…). */
// rc19: the number pointed at (您打这个 13900112233，我是店长): 这个 / 这个号码 between the verb and the figure.
// s31: Taiwan's 這支 (打這支電話) as 这个.
const DIAL = ['拨打这个号码', '打这个号码', '拨这个号码', '打这个电话', '打这支电话', '拨这支电话', '打这个手机', '打这支手机', '打这个号', '拨这个号', '拨打这个', '打这个', '打这支', '拨这个', '拨打', '致电', '打', '拨', 'call'].map(normalizePhrase)
/** 打 138-0013-8000 找我: the answering agent at most this far after the number. */
const CALL_REACH = 20
/** A phone or landline has at least this many digits (a quantity or a price has fewer). */
const MIN_DIAL_DIGITS = 7

/** The end of the number written from `i` (digits, with single spaces or dashes between them) and how many digits it holds. */
function digitRun(t: string, i: number): [end: number, digits: number] {
  let j = i
  let digits = 0
  for (; j < t.length; j++) {
    const c = t.charCodeAt(j)
    if (isDigit(c)) digits++
    else if (!((c === 0x20 || c === 0x2d) && isDigit(t.charCodeAt(j + 1)))) break
  }
  return [j, digits]
}

/**
 * 有事直接打 138-0013-8000 找我: a number after a verb of calling (its digits ASCII or written as words:
 * 打一三九…找我, 拨幺叁捌…, as set Q and three other authors dial), written with spaces or dashes
 * or none, and the agent named as who answers (cue `callTarget`) further on in the sentence. Visits
 * each digit run once; only replies holding a run of five or more (hasAccountRun) get here.
 */
export function dialled(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: Make): void {
  const t = ctx.text
  for (let i = 0; i < t.length; i++) {
    if (!isDigit(t.charCodeAt(i))) continue
    const [j, digits] = digitRun(t, i)
    const at = numberLead(t, i)
    const verb = digits >= MIN_DIAL_DIGITS ? DIAL.find((v) => t.startsWith(v, at - v.length)) : undefined
    // s31: who answers named between the verb and the number (打这个电话跟老板谈：0988…): the call is to them.
    const before = digits >= MIN_DIAL_DIGITS && !verb ? targetBefore(ctx, at) : undefined
    // lead35: the verb before the line's name (打我们售后座机027-…，找王经理): the line stands for 这个号码.
    const lineVerb = digits >= MIN_DIAL_DIGITS && !verb && !before ? verbBeforeLine(t, at) : undefined
    if (before && !ctx.hasCue('callOther', clauseStart(t, before), before) && !out.some((o) => o.start < j && before < o.end)) {
      const f = make(entry, before, j)
      if (f) out.push(f)
    } else if (verb || lineVerb !== undefined) {
      const start = verb ? at - verb.length : lineVerb!
      const reach = Math.min(sentenceEnd(t, j), j + CALL_REACH)
      const target = firstCue(ctx, 'callTarget', j, reach) ?? titledPerson(t, j, reach)
      // (For the line's name, whose line it is stands between the verb and the number: 打驿站座机… is the pick-up point's.)
      if (target && !ctx.hasCue('callOther', clauseStart(t, start), verb ? start : at) && !out.some((o) => o.start < target[1] && start < o.end)) {
        const f = make(entry, start, target[1])
        if (f) out.push(f)
      }
    }
    i = j
  }
}

/** lead35: the names of a line right before its number (售后座机027-…, 门店电话：0571-…). */
const LINE_NAME = ['电话号码', '座机号码', '座机号', '电话', '座机', '热线', '专线', '手机号', '手机', '号码'].map(normalizePhrase)
/** lead35: the verb of calling at most this far before the line's name (打我们售后座机). */
const LINE_VERB_REACH = 8
/**
 * lead35: the start of a verb of calling before the line's name that ends at `at` (打我们售后座机027-…), in its clause, or
 * undefined. Only the bare verbs 打 / 拨 / 拨打 / 致电 / call: 这个 and the number's own words are dialled()'s.
 */
function verbBeforeLine(t: string, at: number): number | undefined {
  const name = LINE_NAME.find((n) => t.startsWith(n, at - n.length))
  if (!name) return undefined
  const nameStart = at - name.length
  const from = Math.max(clauseStart(t, nameStart), nameStart - LINE_VERB_REACH)
  for (let k = nameStart - 1; k >= from; k--) {
    const v = DIAL.find((d) => d.length <= 2 && t.startsWith(d, k))
    if (v) return k
  }
  return undefined
}

/** lead35: 找 or 联系 + a surname + a title (找王经理, 联系李姐): a person of the shop named as who answers. */
const SURNAMES = new Set(classWords('person.surname', 'rules/off-platform/dialled.ts').map(normalizePhrase))
const TITLES = classWords('person.staff.title', 'rules/off-platform/dialled.ts').map(normalizePhrase)
const ASK_FOR = ['找', '联系'].map(normalizePhrase)

/**
 * Whether dialled() can find anything: it reports only up to who answers — a `callTarget` cue, or (lead35) a person of the
 * shop by title after 找 / 联系 (找王经理) — so without either it is not called.
 */
export function mayName(ctx: LintContext): boolean {
  return ctx.cues('callTarget').length > 0 || ASK_FOR.some((a) => ctx.text.includes(a))
}
function titledPerson(t: string, from: number, to: number): [number, number] | undefined {
  for (let i = from; i < to; i++) {
    const ask = ASK_FOR.find((a) => t.startsWith(a, i))
    if (!ask) continue
    const s = i + ask.length
    for (const n of [2, 1]) {
      if (!SURNAMES.has(t.slice(s, s + n))) continue
      const title = TITLES.find((w) => t.startsWith(w, s + n))
      if (title) return [i, s + n + title.length]
    }
  }
  return undefined
}

/** Where the number's lead-in ends: before one space, or a colon and a space (打 138…, 打这个电话：0988…). */
function numberLead(t: string, i: number): number {
  let at = i
  if (t[at - 1] === ' ') at--
  if (t[at - 1] === ':' || t[at - 1] === '：') at--
  if (t[at - 1] === ' ') at--
  return at
}
/** The start of a verb of calling that stands right before a `callTarget` ending at `at` (打这个电话跟老板谈：…), or undefined. */
function targetBefore(ctx: LintContext, at: number): number | undefined {
  const t = ctx.text
  const target = cuesWithin(ctx, 'callTarget', Math.max(0, at - 8), at).find(([, e]) => e === at)
  if (!target) return undefined
  const verb = DIAL.find((v) => v.length > 1 && t.startsWith(v, target[0] - v.length))
  return verb ? target[0] - verb.length : undefined
}

/** 主管的私人手机是 177…: the owner at most this far before the line, and the number at most this far after it. */
const OWNER_REACH = 10
const NUMBER_GAP = 3
/** rl38: official and service numbers by their prefix (400/800 hotlines, 95xxx and 96xxx service numbers, 1010/1000x carriers). */
const OFFICIAL_LINE = /^(?:400|800|9[56]\d|10[01]\d)/

/** rl38: a mainland or Taiwanese mobile. */
const MOBILE = /^(?:1[3-9]\d{9}|09\d{8})$/
/** rl38: owners that name the shop or a desk, no person: with the plain words they point at a public or the buyer's line. */
const NOT_A_PERSON = new Set(['我们', '售后', '客服'].map(normalizePhrase))
/** ot36: the agent naming the line as their own (我电话, 我的手机): read only touching the line word. */
const SELF_OWNER = new Set(['我', '我的', '我个人的', '我自己的', '我自己'].map(normalizePhrase))
const CALL_BEFORE = /[打拨加call联系找]/
/** rl38: the plain words of a line (staffLine's last four). */
const PLAIN_LINE = new Set(['手机', '电话', '电话号码', '联系电话'].map(normalizePhrase))

/** Between the owner and the line: the buyer's (您的手机号) is no line of the shop's handed over. */
const BUYER_BETWEEN = /[您你妳]/
const BUYER_OWNED = /[您你妳](?:们)?(?:的)?$/

/**
 * lead30: a line of one of the shop's own people with its number (我们主管的私人手机是17700001234, 老板微信就是他手机号137…):
 * cue `staffLine` after a `staffOwner` in its sentence, nothing of the buyer between, no `callOther` before it in its
 * clause (快递小哥的私人手机 is privacy-leak's), and a run of at least MIN_DIAL_DIGITS digits within NUMBER_GAP after it.
 * Not when the clause is negated or the sentence asks.
 */
export function staffLines(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: Make): void {
  const t = ctx.text
  for (const [s, e] of ctx.cues('staffLine')) {
    const owner = lastCue(ctx, 'staffOwner', Math.max(sentenceStart(t, s), s - OWNER_REACH), s)
    // 您同事, 你们老板: the buyer's own people (您 or 你 right before, 的 between or not).
    if (!owner || BUYER_OWNED.test(t.slice(Math.max(0, owner[0] - 3), owner[0])) || BUYER_BETWEEN.test(t.slice(owner[1], s)) || ctx.hasCue('callOther', clauseStart(t, owner[0]), s)) continue
    // ot36: the agent's own 我 / 我的 only right before the line (我电话138…, 我的手机 139…), never a 我 further back in the clause.
    // …and not after a verb of calling or adding (打我手机 138…: the older entries' finding, its span kept).
    if (SELF_OWNER.has(t.slice(owner[0], owner[1])) && (owner[1] !== s || CALL_BEFORE.test(t.slice(Math.max(0, owner[0] - 2), owner[0])))) continue
    let i = e
    while (i < e + NUMBER_GAP && i < t.length && !isDigit(t.charCodeAt(i))) i++
    const [j, digits] = digitRun(t, i)
    if (digits < MIN_DIAL_DIGITS || isQuestion(t, owner[0], j) || isNegated(t, owner[0]) || isNegated(t, s)) continue
    // rl38: a hotline (客服电话400…, 售后电话95…) is the brand's public line, not a person's; by the plain words (手机, 电话) only
    // a number in figures is read here (one spelt in words is spelledNumbers' and the older entries').
    const number = t.slice(i, j).replace(/[^0-9]/g, '')
    if (OFFICIAL_LINE.test(number)) continue
    // …and only a mobile (a landline is the shop's counter: 店铺客服电话 0571-…), of a person (not 我们, 售后, 客服: 我们查到了，收货电话…).
    if (PLAIN_LINE.has(t.slice(s, e)) && (!/[0-9０-９]/.test(ctx.original[i] ?? '') || !MOBILE.test(number) || NOT_A_PERSON.has(t.slice(owner[0], owner[1])))) continue
    if (out.some((o) => o.start < j && owner[0] < o.end)) continue
    const f = make(entry, owner[0], j)
    if (f) out.push(f)
  }
}

/** lead29: a phone number spelled in number words, handed over to be dialled off the record. */
export function spelledNumbers(out: Finding[], ctx: LintContext, entry: CompiledEntry | undefined, make: Make): void {
  for (const [start, end] of spelledPhones(ctx.text)) {
    // A number asked about (…是空号吗？) or said not to be called is not handed over.
    if (out.some((o) => o.start < end && start < o.end) || ctx.hasCue('spelledOther', sentenceStart(ctx.text, start), start)) continue
    if (isQuestion(ctx.text, start, end) || isNegated(ctx.text, start)) continue
    const f = make(entry, start, end)
    if (f) out.push(f)
  }
}
