import { isAdvice } from '../context/advice.js'
import { isMention } from '../context/mention.js'
import { isNegated } from '../context/negation.js'
import { clauseEnd, clauseStart, isAsked, sentenceEnd, sentenceStart } from '../context/text.js'
import { normalizePhrase } from '../normalize/normalize.js'
import { classWords } from '../vocab/index.js'

/**
 * The speech-act gates a statistical addition shares with the rules: none is made where the
 * clause it would underline is asked, negated, advice or a warning to the customer, a quotation
 * or mention, or where the sentence has the shop owning a fault (an apology) or says the shop
 * and the other are the same (act.same). The words are the
 * shared vocabulary (src/vocab/classes.yaml), the judgements the rules' own helpers; the caller
 * has given the reply to startReply/startMentions (the linter does, before any rule runs).
 */
export type Gate = 'question' | 'negation' | 'advice' | 'mention' | 'fault' | 'same'
export const GATES: readonly Gate[] = ['question', 'negation', 'advice', 'mention', 'fault', 'same']

const words = (name: string) => classWords(name, 'src/scorer/gates.ts').map(normalizePhrase).filter((w) => w.length > 0)
const ADVICE = words('act.advice')
const ASKING = words('act.question')
const APOLOGY = words('act.apology')
const MENTION = words('act.mention')
const SAME = words('act.same')

const holds = (text: string, from: number, to: number, list: readonly string[]) => {
  const part = text.slice(from, to)
  for (const w of list) if (part.includes(w)) return true
  return false
}

/** Whether the sentence around the clause [start, end) holds a word of `list`. */
const inSentence = (text: string, start: number, end: number, list: readonly string[]) =>
  holds(text, sentenceStart(text, start), sentenceEnd(text, Math.max(start, end - 1)), list)

/** Asked: the rules' isAsked, a ? in the clause, or a question marker in it (是不是, 有没有, 吗…). */
const asked = (text: string, start: number, end: number) =>
  isAsked(text, start, Math.max(start, end - 1)) || text.slice(start, end).includes('?') || holds(text, start, end, ASKING)

/**
 * Advice or a warning to the customer: an advice word (请您, 建议, 提醒, 注意, 千万…) anywhere in
 * the sentence up to the clause's end (请您认准平台，陌生人的…别加), or the rules' isAdvice.
 */
const advised = (text: string, start: number, end: number) => holds(text, sentenceStart(text, start), end, ADVICE) || isAdvice(text, start, end)

/**
 * The first gate that holds for the clause [start, end) of `text` (normalised), or undefined.
 * `at` is where in the clause the evidence weighs most (negation is read before it).
 */
export function gateOf(text: string, start: number, end: number, at = start): Gate | undefined {
  if (end <= start) return undefined
  if (asked(text, start, end)) return 'question'
  if (isNegated(text, Math.min(Math.max(at, start), end)) || isNegated(text, start)) return 'negation'
  if (advised(text, start, end)) return 'advice'
  if (isMention(text, start, end) || holds(text, start, end, MENTION)) return 'mention'
  if (inSentence(text, start, end, APOLOGY)) return 'fault'
  // The shop and the other said to be the same (一个厂出来的, 同一批, 差不多): a neutral comparison.
  if (inSentence(text, start, end, SAME)) return 'same'
  return undefined
}

/** Every gate that holds (for measuring each one's cost): a bit per gate in GATES order. */
export function gateBits(text: string, start: number, end: number, at = start): number {
  if (end <= start) return 0
  let bits = 0
  if (asked(text, start, end)) bits |= 1
  if (isNegated(text, Math.min(Math.max(at, start), end)) || isNegated(text, start)) bits |= 2
  if (advised(text, start, end)) bits |= 4
  if (isMention(text, start, end) || holds(text, start, end, MENTION)) bits |= 8
  if (inSentence(text, start, end, APOLOGY)) bits |= 16
  if (inSentence(text, start, end, SAME)) bits |= 32
  return bits
}

/** The clause around `at`: [clauseStart, clauseEnd). */
export function clauseAround(text: string, at: number): [number, number] {
  return [clauseStart(text, at), clauseEnd(text, at)]
}
