import { z } from 'zod'
import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { expandWords } from '../../src/vocab/index.js'
import { isHan } from '../../src/vocab/chars.js'
import turnData from './turns.yaml'
import { escapeRegExp as escape, wordAlternation } from '../shared/regexp.js'
import { memoByText } from '../../src/context/memo.js'

/**
 * A reply read against the customer's previous turn (turns.yaml): a reply that only acknowledges,
 * waits, apologises, closes or states a bare status is curt to some kinds of turn (a complaint, a
 * chaser, an open question…) and fine after others (thanks, a yes/no question it answers).
 */

const WHERE = 'rules/curt-reply/turns.yaml'
// cr26: `emoji` (emoji codes only, no segments: read in code), `puzzled` (什么意思), `desk` (sent to another party's service desk).
// cr27: `welcome` (不客气, 您太客气了: the answer to thanks, cleared by thanks anywhere in the turn).
// cr27: `whatMean` (您什么意思呢: blunt to whatever was said), split from `puzzled`.
export const REPLY_KINDS = ['ack', 'yes', 'opener', 'closing', 'wait', 'apology', 'status', 'pointer', 'page', 'praise', 'sales', 'refusal', 'unknown', 'empty', 'emoji', 'puzzled', 'desk', 'welcome', 'whatMean'] as const
// cr26: `unseen` is no reading of words (turns.yaml `unseen`): a message of only an image, a link, emoji codes or a menu line.
// cr27: `thanked` (谢谢 / 麻烦了 anywhere in the message, whatever its last words ask): read only through clearedBy.
const TURN_KINDS = ['thanks', 'greeting', 'privateAsk', 'complaint', 'chaser', 'ruleAsk', 'askDo', 'openAsk', 'ynAsk', 'request', 'other', 'unseen', 'thanked'] as const
type ReplyKind = (typeof REPLY_KINDS)[number]
type TurnKind = (typeof TURN_KINDS)[number]

const templates = z.array(z.string().min(1)).min(1)
const turnSpec = z
  .object({ words: templates.optional(), notWords: templates.optional(), grammar: templates.optional(), last: templates.optional() })
  .strict()
  .refine((t) => t.words || t.grammar || t.last, 'a turn kind needs words, grammar or last')
const schema = z
  .object({
    around: templates,
    address: templates,
    segments: z.partialRecord(z.enum(REPLY_KINDS), templates),
    strength: z.array(z.enum(REPLY_KINDS)),
    turn: z.partialRecord(z.enum(TURN_KINDS), turnSpec),
    order: z.array(z.enum(TURN_KINDS)),
    curt: z.partialRecord(z.enum(REPLY_KINDS), z.array(z.enum(TURN_KINDS))),
    clearedBy: z.partialRecord(z.enum(REPLY_KINDS), z.array(z.enum(TURN_KINDS))),
    cancel: templates,
    condition: templates,
    inertSpan: templates,
    agreeFirst: z.array(z.enum(TURN_KINDS)),
    agree: templates,
    card: templates,
    unseen: templates,
    notTail: z.string().min(1),
    noneTail: z.string().min(1),
    notTailUnless: templates,
    exclaim: templates,
    emojiCode: z.string().min(1),
    hold: templates,
    holdClears: z.array(z.enum(REPLY_KINDS)),
    askedBack: z.array(z.enum(REPLY_KINDS)),
    ackFirst: z.partialRecord(z.enum(REPLY_KINDS), z.array(z.enum(TURN_KINDS))),
    noAnswer: z.array(z.enum(REPLY_KINDS)),
    noAnswerLine: z.array(z.string().min(1)).min(1),
    noAnswerSaid: z.array(z.string().min(1)).min(1),
    clearedAlone: z.array(z.enum(REPLY_KINDS)),
    ownDoing: z.object({ selfCan: templates, end: templates }).strict(),
    judged: z.object({ notVerbs: z.string().min(1) }).strict(),
    openInert: z.object({ always: templates, confirming: templates, confirm: templates, restated: templates, restatedNot: templates }).strict(),
  })
  .strict()
const data = schema.parse(turnData)
for (const k of REPLY_KINDS) if ((k !== 'empty' && k !== 'emoji' && !data.segments[k]) || !data.strength.includes(k)) throw new Error(`${WHERE}: reply kind ${k} needs segments and a strength`)
for (const k of TURN_KINDS) if (k !== 'unseen' && (!data.turn[k] || !data.order.includes(k))) throw new Error(`${WHERE}: turn kind ${k} needs a reading and a place in order`)

const alternation = (words: readonly string[]) => wordAlternation(words, normalizePhrase)

/**
 * A template `(a|b|)c` as a regular expression source: literals normalised and escaped, a group's
 * empty alternative making it optional, `…` a short stretch of anything. Only one level of groups;
 * anything else is an error.
 */
export function compileTemplate(t: string, where: string): string {
  let out = ''
  let i = 0
  while (i < t.length) {
    if (t[i] === '(') {
      const close = t.indexOf(')', i)
      if (close < 0 || t.slice(i + 1, close).includes('(')) throw new Error(`${where}: bad group in ${t}`)
      const alts = t.slice(i + 1, close).split('|')
      const optional = alts.includes('')
      const body = alternation(alts.filter((a) => a !== ''))
      out += optional ? `(?:${body})?` : `(?:${body})`
      i = close + 1
    } else if (t[i] === '…') {
      // A short stretch of anything (点击…给小妹评价): the words of a template's slot the grammar does not name.
      out += '.{0,20}?'
      i++
    } else {
      let next = i
      while (next < t.length && t[next] !== '(' && t[next] !== '…') next++
      const lit = t.slice(i, next)
      if (lit.includes(')') || lit.includes('|')) throw new Error(`${where}: stray ) or | in ${t}`)
      out += escape(normalizePhrase(lit))
      i = next
    }
  }
  return out
}

const AROUND = `(?:${alternation(expandWords(data.around, `${WHERE}: around`))})`
/** One regular expression per reply kind: a segment that is that template, with only `around` words about it. */
const SEGMENT = REPLY_KINDS.filter((k) => k !== 'empty' && k !== 'emoji').map((k) => {
  const body = data.segments[k]!.map((t, i) => compileTemplate(t, `${WHERE}: segments.${k}.${i}`)).join('|')
  return [k, new RegExp(`^${AROUND}*(?:${body})${AROUND}*$`)] as const
})
const AROUND_ONLY = new RegExp(`^${AROUND}*$`)
/** No template segment is longer than this (the longest, a rating request with its slot, is under 50). */
const MAX_SEGMENT = 60
const PARTICLE = alternation(expandWords(['@particle'], `${WHERE}: particles`))
const ADDRESS_ONLY = new RegExp(`^(?:${alternation(data.address)}|${PARTICLE}|[\\s,.!~，。！～])+$`)
const STRENGTH = new Map(data.strength.map((k, i) => [k, i]))

const TURN = data.order.map((k) => {
  const spec = data.turn[k]!
  const words = spec.words ? expandWords(spec.words, `${WHERE}: turn.${k}.words`).map(normalizePhrase) : []
  // cu34: longer phrases opened by one of the words that do not read so (我要的是黑色 contrasts, 我要投诉 threatens: no request).
  const notWords = spec.notWords ? expandWords(spec.notWords, `${WHERE}: turn.${k}.notWords`).map(normalizePhrase) : []
  for (const nw of notWords) if (!words.some((w) => nw.startsWith(w))) throw new Error(`${WHERE}: turn.${k}.notWords: ${nw} opens with none of the words`)
  const grammar = spec.grammar ? new RegExp(spec.grammar.map((t, i) => compileTemplate(t, `${WHERE}: turn.${k}.grammar.${i}`)).join('|')) : undefined
  // The last words may string several of them together (嗯好的谢谢, 好的 麻烦您了).
  const last = spec.last ? new RegExp(`^(?:${AROUND}|${spec.last.map((t, i) => compileTemplate(t, `${WHERE}: turn.${k}.last.${i}`)).join('|')})+$`) : undefined
  // The same expression with the global flag, for holdsTurn's walk over every match (made once here, not per call).
  return { kind: k, words, notWords, grammar, grammarAll: grammar && new RegExp(grammar.source, 'g'), last }
})
const CURT = new Map(REPLY_KINDS.map((k) => [k, new Set(data.curt[k] ?? [])]))
const CLEARED_BY = new Map(REPLY_KINDS.map((k) => [k, data.clearedBy[k] ?? []]))
const CANCEL = expandWords(data.cancel, `${WHERE}: cancel`).map(normalizePhrase)
/** cu37: a trouble said as the condition of a rule (不满意就七天无理由退, 有问题的话可以换): turns.yaml `condition`. */
// …and the spans whose complaint hit is none (对不起了: 起了; turns.yaml `inertSpan`), read the same way.
const CONDITION = new RegExp([...data.condition.map((t, i) => compileTemplate(t, `${WHERE}: condition.${i}`)), ...data.inertSpan.map((t, i) => compileTemplate(t, `${WHERE}: inertSpan.${i}`))].join('|'), 'g')
const AGREE_FIRST = new Set(data.agreeFirst)
const AGREE = new RegExp(`^(?:${AROUND}|${data.agree.map((t, i) => compileTemplate(t, `${WHERE}: agree.${i}`)).join('|')})+$`)
/** A segment the chat window wrote ([订单编号, 下单时间, 发票类咨询): brackets about it aside, it is no words of the buyer's. */
const CARD = new RegExp(`^[\\[\\]【】()（）]*(?:${data.card.map((t, i) => compileTemplate(t, `${WHERE}: card.${i}`)).join('|')})[\\[\\]【】()（）]*$`)
const OPEN_TURN = TURN.find((t) => t.kind === 'openAsk')!
/** cr26: what stands for a turn not in words (an image file, a link, emoji codes, a menu line); validated at load. */
const UNSEEN = new RegExp(data.unseen.map((src, i) => {
  try {
    return `(?:${new RegExp(src, 'u').source})`
  } catch (e) {
    throw new Error(`${WHERE}: unseen.${i}: ${(e as Error).message}`)
  }
}).join('|'), 'gu')
/** The agent's hold (稍等, 正在为您查询): the reply of templates around it holds the turn. */
const HOLD = expandWords(data.hold, `${WHERE}: hold`).map(normalizePhrase)
const HOLD_CLEARS = new Set(data.holdClears)
const ASKED_BACK = new Set(data.askedBack)
/** The reply ends in a question particle or mark: it asks the buyer. */
const ASKS_BACK = new RegExp(`(?:${alternation(['吗', '么', '嘛', '对吧', '是吧', '可以吧'])})[\\s?？~～。.]*$|[?？][\\s~～]*$`)
const ACK_FIRST = new Map(REPLY_KINDS.map((k) => [k, new Set(data.ackFirst[k] ?? [])]))
/**
 * cr26: the customer's message holds only what the agent saw but the text does not say (an image, a link, emoji codes,
 * a menu pick, the transfer notice): the question is unknown (lead's convention, session 26).
 */
export const unseenTurn = memoByText((previous: string): boolean => {
  UNSEEN.lastIndex = 0
  if (!UNSEEN.test(previous)) return false
  UNSEEN.lastIndex = 0
  return !WORDY.test(previous.replace(UNSEEN, ' ').replace(MASK, ''))
}, 64)
/** cr26: the last words end in a V不 tail (可以煮面不), with no why-word before it. */
const NOT_TAIL = new RegExp(`^${AROUND}*(?:${compileTemplate(data.notTail, `${WHERE}: notTail`)}|${compileTemplate(data.noneTail, `${WHERE}: noneTail`)})$`)
const EXCLAIM = new RegExp(data.exclaim.map((t, i) => compileTemplate(t, `${WHERE}: exclaim.${i}`)).join('|'))
const NOT_TAIL_UNLESS = expandWords(data.notTailUnless, `${WHERE}: notTailUnless`).map(normalizePhrase)
/** The message ends in a question mark (就是维修?): its last clause asks yes or no unless it holds a question word. */
const QMARK_END = /[?？][\s.。…]*$/
/** Word characters: a turn without any (?, ……) says too little to be ignored. */
const WORDY = /[\p{Script=Han}a-z0-9]/u

/**
 * Where a reply or a message breaks into segments: punctuation, spaces, emoji (normalised text is
 * half-width), surrogates, dingbats and symbols. A table by code unit: every character of every reply
 * that reaches replyKind or mayBeTemplateOnly is looked up here.
 */
const BREAKS = new Uint8Array(0x10000)
for (const c of ' \t\n\r\u3000,.!?~;:，。！？、；：～…·-—\ufe0f()（）') BREAKS[c.charCodeAt(0)] = 1
BREAKS.fill(1, 0xd800, 0xe000)
BREAKS.fill(1, 0x2600, 0x27c0)
/** A break: punctuation, a space, or part of an emoji. */
const isBreak = (c: number) => BREAKS[c] === 1
/** The end of the segment that starts at `from`: the next break at or after it, or the text's end. */
function segmentEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && BREAKS[text.charCodeAt(i)] !== 1) i++
  return i
}
/** A masked token of the corpus or an order number said alone ([订单x], [数字x]) is no words of the buyer's. */
const MASK = /\[[^\]]{1,8}\]/g

/** cr26: the chat's emoji codes (#e-s21), blanked like punctuation in a reply and like masks in the buyer's message. */
const EMOJI_CODE = new RegExp(data.emojiCode, 'g')
const blankEmoji = (text: string) => (text.includes('#') ? text.replace(EMOJI_CODE, (m) => ' '.repeat(m.length)) : text)
/** A reply longer than this is never only templates worth reading (the longest JD closing run is ~150). */
const MAX_REPLY = 240

function* segments(text: string): Generator<[number, number]> {
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isBreak(text.charCodeAt(i))) {
      if (i > from) yield [from, i]
      from = i + 1
    }
  }
}

function segmentKind(seg: string): ReplyKind | 'around' | undefined {
  return seg.length > MAX_SEGMENT ? undefined : knownSegment(seg)
}
/**
 * A segment's reading, kept by its text: CLI replies repeat their segments (5,115 distinct in 186,645
 * read on the bench transcript), and each reading tries up to ten anchored template expressions.
 */
const knownSegment = memoByText((seg: string): ReplyKind | 'around' | undefined => {
  if (AROUND_ONLY.test(seg)) return 'around'
  for (const [k, re] of SEGMENT) if (re.test(seg)) return k
  return undefined
}, 8192)

/**
 * The reply's kind and the span of its strongest segment, when every segment is a template
 * (好的呢 / 请问还有其他可以帮到您的吗 / 还请您耐心等待一下); undefined when any segment says something else.
 */
export function replyKind(original: string): { kind: ReplyKind; span: [number, number]; first?: ReplyKind; mixed?: boolean } | undefined {
  if (original.length > MAX_REPLY) return undefined
  const text = blankEmoji(original)
  // cr26: emoji codes and nothing else (#e-s21): a face in place of an answer.
  if (text !== original && !text.trim()) {
    const start = original.indexOf('#')
    return { kind: 'emoji', span: [start, original.trimEnd().length] }
  }
  let best: { kind: ReplyKind; span: [number, number]; first?: ReplyKind; mixed?: boolean } | undefined
  let first: ReplyKind | undefined
  let mixed = false
  let words: [number, number] | undefined
  // segments() unrolled: a generator's object and resumption cost more than the reading of most replies here.
  for (let from = 0, to = 0; from < text.length; from = to + 1) {
    to = segmentEnd(text, from)
    if (to === from) continue
    const k = segmentKind(text.slice(from, to))
    if (k === undefined) return undefined
    words = [words?.[0] ?? from, to]
    if (k === 'around') continue
    first ??= k
    if (k !== first) mixed = true
    if (!best || STRENGTH.get(k)! < STRENGTH.get(best.kind)!) best = { kind: k, span: [from, to] }
  }
  if (best) {
    best.first = first
    if (mixed) best.mixed = true
  }
  // Only the buyer's address (亲爱哒): the reply says nothing at all.
  return best ?? (words && ADDRESS_ONLY.test(text.slice(words[0], words[1])) ? { kind: 'empty', span: words } : undefined)
}

/** Cheap gate for the scan: the reply's first segment is a template (most replies fail here). */
export function mayBeTemplateOnly(original: string): boolean {
  if (original.length > MAX_REPLY) return false
  const text = blankEmoji(original)
  if (text !== original && !text.trim()) return true
  let any = false
  for (let from = 0, to = 0; from < text.length; from = to + 1) {
    to = segmentEnd(text, from)
    if (to === from) continue
    if (to - from > MAX_SEGMENT || !FIRST.has(text.charCodeAt(from))) return false
    for (let i = from; i < to; i++) {
      if (ALPHABET.has(text.charCodeAt(i))) continue
      // A character no template spells: only a template with a free slot (点击…给小妹评价) may hold it.
      if (!WILD.test(text.slice(from, to))) return false
      break
    }
    any = true
  }
  return any
}

/** Every character the templates and `around` words spell; templates with a free slot `…` are WILD. */
const ALPHABET = new Set<number>()
for (const w of [...expandWords(data.around, `${WHERE}: around`), ...REPLY_KINDS.flatMap((k) => data.segments[k] ?? [])]) {
  for (const c of normalizePhrase(w.replace(/[()|…]/g, ''))) ALPHABET.add(c.charCodeAt(0))
}
const WILD = new RegExp(
  `^${AROUND}*(?:${REPLY_KINDS.flatMap((k) => (data.segments[k] ?? []).filter((t) => t.includes('…')).map((t, i) => compileTemplate(t, `${WHERE}: segments.${k}.wild.${i}`))).join('|')})${AROUND}*$`,
)

/**
 * The characters a segment can begin with (a template's first literal, through its optional groups, or an
 * `around` word): a reply whose first segment begins otherwise is turned away before any expression runs.
 */
function firstChars(): Set<number> {
  const out = new Set<number>()
  for (const w of expandWords(data.around, `${WHERE}: around`)) out.add(normalizePhrase(w).charCodeAt(0))
  for (const k of REPLY_KINDS) {
    for (const t of data.segments[k] ?? []) {
      let i = 0
      while (i < t.length) {
        if (t[i] !== '(') {
          out.add(normalizePhrase(t[i]!).charCodeAt(0))
          break
        }
        const close = t.indexOf(')', i)
        const alts = t.slice(i + 1, close).split('|')
        for (const a of alts) if (a) out.add(normalizePhrase(a).charCodeAt(0))
        if (!alts.includes('')) break
        i = close + 1
      }
    }
  }
  return out
}
const FIRST = firstChars()

/** The customer's last words: the last segment that is not a mask ([订单x]) or only particles. */
function lastWords(previous: string): string {
  let last = ''
  for (const [from, to] of segments(blankEmoji(previous).replace(MASK, (m) => ' '.repeat(m.length)))) {
    const seg = previous.slice(from, to)
    // A bracket or sign left by a mask (订单编号:[订单x]]) is no words, nor is an order card's field or a menu pick.
    if (!PARTICLES_ONLY.test(seg) && WORDY.test(seg) && !CARD.test(seg)) last = seg
  }
  return last
}
/** Whether a segment of the message is an order card's field or a menu pick (read only when it has no last words). */
function hasCard(previous: string): boolean {
  for (const [from, to] of segments(previous.replace(MASK, (m) => ' '.repeat(m.length)))) if (CARD.test(previous.slice(from, to))) return true
  return false
}
const PARTICLES_ONLY = new RegExp(`^(?:${PARTICLE})*$`)
/** An emoji closing the customer's message (哪天到? 👌) takes what was said: the turn is over. */
const EMOJI_LAST = /[\ud800-\udfff\u2600-\u27bf]\ufe0f?\s*$/

/** The kind of the customer's turn, by the reading order of turns.yaml. */
export function turnKind(previous: string): TurnKind | undefined {
  if (unseenTurn(previous)) return 'unseen'
  if (!WORDY.test(previous.replace(MASK, ''))) return undefined
  if (EMOJI_LAST.test(previous)) return 'thanks'
  const last = lastWords(previous)
  // Only what the chat window wrote (an order card, a menu pick): the buyer opened the chat and asked nothing yet.
  if (!last && hasCard(previous)) return 'greeting'
  for (const t of TURN) {
    const kind = holdsTurn(t, previous, last) ? t.kind : undefined
    if (kind) return AGREE_FIRST.has(kind) && AGREE.test(firstWords(previous)) ? 'thanks' : kind
  }
  return undefined
}

/** cu29: phrases in which an open-question word asks nothing (什么都没有, 不管什么时候, 要不怎么会): turns.yaml `openInert`. */
const OPEN_INERT = expandWords(data.openInert.always, `${WHERE}: openInert.always`).map(normalizePhrase)
const OPEN_INERT_CONFIRMING = expandWords(data.openInert.confirming, `${WHERE}: openInert.confirming`).map(normalizePhrase)
const CONFIRM = expandWords(data.openInert.confirm, `${WHERE}: openInert.confirm`).map(normalizePhrase)
const OPEN_INERT_ALL = [...OPEN_INERT, ...OPEN_INERT_CONFIRMING]
/** cu31: 什么意思，下个新单不付款: "what do you mean" followed by the buyer's own reading of it asks to confirm that reading. */
const OPEN_RESTATED = expandWords(data.openInert.restated, `${WHERE}: openInert.restated`).map(normalizePhrase)
/** mend27: a reading that says the buyer does not follow (我看不懂, 说清楚点): turns.yaml `openInert.restatedNot`. */
const RESTATED_NOT = expandWords(data.openInert.restatedNot, `${WHERE}: openInert.restatedNot`).map(normalizePhrase)
/** RESTATED_NOT by first character: the reading is walked once, each position looked up (cu32: no search past its end). */
const RESTATED_NOT_BY_FIRST = new Map<string, string[]>()
for (const n of RESTATED_NOT) {
  const list = RESTATED_NOT_BY_FIRST.get(n[0]!)
  if (list) list.push(n)
  else RESTATED_NOT_BY_FIRST.set(n[0]!, [n])
}
/**
 * After 什么意思 at `from`: particles, one separator, then the buyer's own reading — three Han characters in a row before the first
 * ?/？ — that does not say they do not follow. A linear walk over the text, no copy of it (mend27: the old regex backtracked).
 */
function restatedAfter(text: string, from: number): boolean {
  let i = from
  while (i < text.length && '啊呀呢哦嘛'.includes(text[i]!)) i++
  if (i >= text.length || !/[,，、。.\s]/.test(text[i]!)) return false
  let end = i + 1
  while (end < text.length && text[end] !== '?' && text[end] !== '？') end++
  let run = 0
  let found = false
  // cu32: the shared ideograph test (src/vocab/chars.ts); the old /\p{Script=Han}/ read one UTF-16 unit at a time as well, so
  // they differ only on 々, 〇, the Hangzhou numerals and the radical blocks, none of which stands in a buyer's reading here.
  for (let k = i + 1; k < end && !found; k++) found = (run = isHan(text.charCodeAt(k)) ? run + 1 : 0) >= 3
  if (!found) return false
  // cu32: only inside the reading (up to `end`), not searched to the end of the message.
  for (let k = i + 1; k < end; k++) {
    const words = RESTATED_NOT_BY_FIRST.get(text[k]!)
    if (words?.some((n) => k + n.length <= end && text.startsWith(n, k))) return false
  }
  return true
}
/** Whether the open word `w` at `at` stands inside an inert phrase (an indefinite one only in a message that asks to confirm). */
function inertOpen(text: string, at: number, w: string): boolean {
  for (const p of OPEN_RESTATED) if (text.startsWith(p, at) && restatedAfter(text, at + p.length)) return true
  for (const p of CONFIRM.some((c) => text.includes(c)) ? OPEN_INERT_ALL : OPEN_INERT) {
    const off = p.indexOf(w)
    if (off < 0) continue
    for (let o = off; o >= 0; o = p.indexOf(w, o + 1)) if (at - o >= 0 && text.startsWith(p, at - o)) return true
  }
  return false
}
/** cu29: whether `text` holds one of the open-question words `words` where it asks (asked.ts reads the grunt's turn so too). */
export function asksOpenIn(text: string, words: readonly string[]): boolean {
  return words.some((w) => asksOpenWord(text, w))
}
/** Whether `text` holds the open word `w` where it asks (not only inside an inert phrase). */
function asksOpenWord(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) if (!inertOpen(text, at, w)) return true
  return false
}

function holdsTurn(t: (typeof TURN)[number], previous: string, last: string): boolean {
  if (t.last && last && t.last.test(last)) return true
  // cr27: 我自己可以改吗: the buyer asks about their own doing: the rule is asked.
  if (t.kind === 'ruleAsk' && last && ownDoingLast(last)) return true
  // cr27: 你们会查是不是质量问题 / 这种算不算: A-not-A on a verb of judging anywhere in the last words asks yes or no.
  if (t.kind === 'ynAsk' && last && judgedLast(last)) return true
  if (t.kind === 'ynAsk' && last && NOT_TAIL.test(last) && !NOT_TAIL_UNLESS.some((w) => last.includes(w))) return true
  // A question mark after a last clause with no question word asks yes or no (就是维修?, 三层就不能用了？).
  if (t.kind === 'ynAsk' && QMARK_END.test(previous) && last && !OPEN_TURN.words.some((w) => asksOpenWord(last, w))) return true
  const open = t.kind === 'openAsk'
  for (const w of t.words) {
    for (let at = previous.indexOf(w); at >= 0; at = previous.indexOf(w, at + 1)) {
      if (!cancelled(previous, at) && !(open && inertOpen(previous, at, w)) && !t.notWords.some((nw) => previous.startsWith(nw, at))) return true
    }
  }
  if (!t.grammar) return false
  const re = t.grammarAll!
  re.lastIndex = 0
  for (let m = re.exec(previous); m; m = re.exec(previous)) {
    if (!cancelled(previous, m.index)) return true
    re.lastIndex = m.index + 1
  }
  return false
}

/** Whether a wish or a negation stands in the few characters before `at` (但愿别让我等太久, 京东无假货). cr27: shared with heard.ts. */
export function cancelled(previous: string, at: number): boolean {
  if (insideCondition(previous, at)) return true
  const from = Math.max(0, at - 4)
  const before = previous.slice(from, at)
  return CANCEL.some((w) => {
    const i = before.indexOf(w)
    // cr27: the second half of A-not-A (是不是机器坏了, 会不会坏了) asks; it negates nothing.
    return i >= 0 && !(w.length === 2 && (w[0] === '不' || w[0] === '没') && previous[from + i - 1] === w[1])
  })
}

/** cu37: the message says a trouble as the condition of a rule (不满意就七天无理由退): it restates the rule, it asks nothing done. */
export function conditionSaid(previous: string): boolean {
  CONDITION.lastIndex = 0
  for (let m = CONDITION.exec(previous); m; m = CONDITION.exec(previous)) {
    if (!INERT_SPAN.test(m[0])) return true
    CONDITION.lastIndex = m.index + 1
  }
  return false
}
const INERT_SPAN = new RegExp(`^(?:${data.inertSpan.map((t, i) => compileTemplate(t, `${WHERE}: inertSpan.${i}`)).join('|')})$`)

/** cu37: whether `at` falls inside a trouble said as a condition (不满意就…退, 有质量问题的话…). */
function insideCondition(previous: string, at: number): boolean {
  CONDITION.lastIndex = 0
  for (let m = CONDITION.exec(previous); m; m = CONDITION.exec(previous)) {
    if (m.index <= at && at < m.index + m[0].length) return true
    if (m.index > at) return false
    CONDITION.lastIndex = m.index + 1
  }
  return false
}

/** The customer's first words (好的 in 好的 电子发票). */
function firstWords(previous: string): string {
  for (const [from, to] of segments(blankEmoji(previous).replace(MASK, (m) => ' '.repeat(m.length)))) {
    const seg = previous.slice(from, to)
    if (!PARTICLES_ONLY.test(seg)) return seg
  }
  return ''
}

/**
 * The span of a reply that is only templates and leaves the customer's turn unanswered (a closing
 * template to a complaint, a bare wait to a chaser), or undefined.
 */
export function curtToTurn(ctx: LintContext): { kind: ReplyKind; span: [number, number] } | undefined {
  const previous = ctx.previous
  if (previous === undefined) return undefined
  const reply = replyKind(ctx.text)
  if (!reply) return undefined
  return curtTo(ctx.text, reply, previous)
}

export const NO_ANSWER: ReadonlySet<string> = new Set(data.noAnswer)
const CLEARED_ALONE = new Set(data.clearedAlone)
/**
 * cr27: whether what the agent already sent in this turn (LintOptions.agentBefore) answers the customer's message: anything
 * but templates, or templates that are no brush-off to it (是的呀 to 刚才是你吗?, 这个请您放心 to 保证不会调换吧). A closing, an
 * opener, an address or a face (turns.yaml `noAnswer`) answers nothing; nor does a template curt to the turn (抱歉的呢 to a
 * complaint), so the closer after it still stands alone.
 */
export function answeredInTurn(agentBefore: string, previous: string | undefined, noAnswer: ReadonlySet<string> = NO_ANSWER): boolean {
  // lead23: a link, an order number or a product title pasted, or a can't-tell (不清楚其他的材质), answers nothing either.
  if (!agentBefore.split('\n').some(saysSomething)) return false
  const reply = replyKind(agentBefore)
  if (!reply) return true
  if (noAnswer.has(reply.kind)) return false
  return previous === undefined || curtTo(agentBefore, reply, previous) === undefined
}

const NO_ANSWER_LINE = data.noAnswerLine.map((p) => new RegExp(`^(?:${p})$`, 'u'))
const NO_ANSWER_SAID = data.noAnswerSaid.map(normalizePhrase)
/** A message of the turn that may answer: not a pasted link, number or id (noAnswerLine), nor a can't-tell (noAnswerSaid). */
function saysSomething(line: string): boolean {
  const t = line.trim()
  return t !== '' && !NO_ANSWER_LINE.some((re) => re.test(t)) && !NO_ANSWER_SAID.some((w) => t.includes(w))
}

function curtTo(text: string, reply: { kind: ReplyKind; span: [number, number]; first?: ReplyKind; mixed?: boolean }, previous: string): { kind: ReplyKind; span: [number, number] } | undefined {
  const turn = readTurn(previous)
  if (!turn.kind || !CURT.get(reply.kind)!.has(turn.kind)) return undefined
  // cr26: 这边您页面上能看到吗: the page asked about is a question to the buyer (can you see it?), no pointer.
  if (ASKED_BACK.has(reply.kind) && ASKS_BACK.test(text)) return undefined
  // cr26: the agent holds the turn (请稍等，正在为您查询，感谢您的理解): the courtesy or wait around the hold is no answer yet.
  if (HOLD_CLEARS.has(reply.kind) && HOLD.some((w) => text.includes(w))) return undefined
  // cr26: 好的，还请耐心等待 to 好的，尽快: opened by agreeing, the wait takes the chase in.
  if (reply.first === 'ack' && ACK_FIRST.get(reply.kind)!.has(turn.kind)) return undefined
  if (!(reply.mixed && CLEARED_ALONE.has(reply.kind))) for (const k of CLEARED_BY.get(reply.kind)!) if (turnHolds(turn, previous, k)) return undefined
  return reply
}

/**
 * The customer's turn read once per distinct message: every agent reply that answers it (several in a
 * row in a transcript, each keystroke in the browser) asks the same questions of it. `holds` keeps
 * holdsTurn's answers per turn kind, asked only for the kinds that clear a curt reply.
 */
interface TurnReading {
  kind: TurnKind | undefined
  last: string
  holds: Map<TurnKind, boolean>
}
const readTurn = memoByText((previous: string): TurnReading => ({ kind: turnKind(previous), last: lastWords(previous), holds: new Map() }), 64)
const TURN_BY_KIND = new Map(TURN.map((t) => [t.kind, t]))

function turnHolds(turn: TurnReading, previous: string, k: TurnKind): boolean {
  let held = turn.holds.get(k)
  if (held === undefined) turn.holds.set(k, (held = holdsTurn(TURN_BY_KIND.get(k)!, previous, turn.last)))
  return held
}

const YN_TURN = TURN_BY_KIND.get('ynAsk')!
/**
 * cr26: the customer's last words ask yes or no (没有问题吗, 用不了多久吧, 可以煮面不), whatever else the message reports
 * (a trouble told first): a short yes or no, or a 'normal' verdict, answers it.
 */
export function asksYesNoLast(previous: string): boolean {
  const turn = readTurn(previous)
  if (turn.kind === 'ynAsk') return true
  if (!turn.last || EXCLAIM.test(turn.last)) return false
  // As the turn reader does, the tail decides (用不了多久吧 confirms; 多久 in it asks nothing open).
  return !!turn.last && (!!YN_TURN.last?.test(turn.last) || (NOT_TAIL.test(turn.last) && !NOT_TAIL_UNLESS.some((w) => turn.last.includes(w))))
}

/**
 * cr27: a can-question about the buyer's own doing (客户自己可以更改吗, 我自己能改吗): the buyer asks what they may do, not for a
 * favour, so a polite no answers it (lead's convention on yes/no questions). A negated can-question (地址也不能改吗, 现在不能申请
 * 价格保护吗) is not read so: it presses for the favour again (the first real corpus upholds the bare no to it).
 */
const SELF_CAN = new RegExp(alternation(expandWords(data.ownDoing.selfCan, `${WHERE}: ownDoing.selfCan`)))
const CONFIRM_END = new RegExp(`(?:${alternation(expandWords(data.ownDoing.end, `${WHERE}: ownDoing.end`))})[\\s?？~～。.!！]*$`)
function ownDoingLast(last: string): boolean {
  return CONFIRM_END.test(last) && SELF_CAN.test(last)
}
/** The customer's last words ask about their own doing (see ownDoingLast). */
export function asksOwnDoing(previous: string): boolean {
  const last = readTurn(previous).last
  return !!last && ownDoingLast(last)
}
/**
 * cr27: A-not-A on a verb of judging (算不算, 对不对, 够不够, 属不属于): the last words ask yes or no about a fact, whatever the
 * message asked for before it; not on the verbs of a favour (能不能, 可不可以, 给不给, 退不退: turns.yaml judged.notVerbs).
 */
const JUDGED = new RegExp(`([\\p{Script=Han}])(?:不|没)\\1`, 'u')
const NOT_JUDGED = new Set([...normalizePhrase(data.judged.notVerbs)])
export function asksJudgement(previous: string): boolean {
  const last = readTurn(previous).last
  return !!last && judgedLast(last)
}
function judgedLast(last: string): boolean {
  const m = JUDGED.exec(last)
  return !!m && !NOT_JUDGED.has(m[1]!) && !NOT_TAIL_UNLESS.some((w) => last.includes(w))
}
