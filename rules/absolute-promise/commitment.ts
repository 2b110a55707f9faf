import { z } from 'zod'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { expandWords } from '../../src/vocab/index.js'
import data from './commitment.yaml'
import { escapeRegExp as escape } from '../shared/regexp.js'

/**
 * A time-bound commitment that another department or party must keep (commitment.yaml): 专员会在24小时内联系您,
 * 仓库今天给您处理, 师傅明天上午十点前上门. Certain, not hedged, not the agent's own act, not a stated policy
 * timeline, not advice to the buyer, not a past event.
 */

const WHERE = 'rules/absolute-promise/commitment.yaml'
const words = z.array(z.string().min(1)).min(1)
const schema = z
  .object({
    party: words,
    escalation: words,
    timeBound: words,
    vague: words,
    modal: words,
    act: words,
    callBack: words,
    escalate: words,
    tier: words,
    gap: z.number().int().min(0).max(16),
    self: words,
    hedge: words,
    condition: words,
    rightBefore: words,
    advice: words,
    past: words,
    pastAfter: words,
    notBetween: words,
  })
  .strict()
const d = schema.parse(data)

const list = (ws: readonly string[], key: string) => [...new Set(expandWords(ws, `${WHERE}: ${key}`).map(normalizePhrase))].sort((a, b) => b.length - a.length)
const alternation = (ws: readonly string[]) => ws.map(escape).join('|')

/** A numeral: digits, Chinese numerals, a masked number of the corpus; a range (1-2, 三到五) too. */
const ONE = '(?:\\[数字x\\]|\\[时间x\\]|[0-9]+|[一二两三四五六七八九十半几]+)'
const NUMERAL = `${ONE}(?:\\s*[-~至到]\\s*${ONE})?`
/** Where a clause breaks (normalised text is half-width). */
const CLAUSE_BREAK = /[,.!?;:~\s]/
const SENTENCE_BREAK = /[.!?;]/

/** A template `(a|b|)c#` as a regular expression source: `#` a numeral, `…` a short stretch inside a clause. */
function compile(t: string, where: string): string {
  let out = ''
  let i = 0
  while (i < t.length) {
    const c = t[i]!
    if (c === '(') {
      const close = t.indexOf(')', i)
      if (close < 0) throw new Error(`${where}: bad group in ${t}`)
      const alts = t.slice(i + 1, close).split('|')
      const body = alts
        .filter((a) => a !== '')
        .map((a) => compile(a, where))
        .join('|')
      out += alts.includes('') ? `(?:${body})?` : `(?:${body})`
      i = close + 1
    } else if (c === '#') {
      out += NUMERAL
      i++
    } else if (c === '…') {
      out += '[^,.!?;:~]{0,12}?'
      i++
    } else if (c === ' ') {
      out += '\\s*'
      i++
    } else {
      if (c === ')' || c === '|') throw new Error(`${where}: stray ${c} in ${t}`)
      out += escape(normalizePhrase(c))
      i++
    }
  }
  return out
}

const PARTY = list(d.party, 'party')
const ESCALATION = list(d.escalation, 'escalation')
const VAGUE = new Set(list(d.vague, 'vague'))
const SELF = list(d.self, 'self')
const HEDGE = list(d.hedge, 'hedge')
const ADVICE = list(d.advice, 'advice')
const PAST = list(d.past, 'past')
const PAST_AFTER = list(d.pastAfter, 'pastAfter')
const RIGHT_BEFORE = list(d.rightBefore, 'rightBefore')
const NOT_BETWEEN = list(d.notBetween, 'notBetween')
const CALL_BACK = list(d.callBack, 'callBack')
const ESCALATE = list(d.escalate, 'escalate')
const TIER = list(d.tier, 'tier')
const CONDITION = new RegExp(d.condition.map((t, i) => compile(t, `${WHERE}: condition.${i}`)).join('|'))
const BOUND = d.timeBound.map((t, i) => compile(t, `${WHERE}: timeBound.${i}`)).join('|')
const MODAL = alternation(list(d.modal, 'modal'))
const ACT = alternation(list(d.act, 'act'))
/** (modal)(在|于) BOUND (内) (modal) gap ACT; groups: 1 the bound, 2 the gap, 3 the act. */
const COMMITMENT = new RegExp(`(?:(?:${MODAL})\\s*)?(?:[在于]\\s*)?(${BOUND})(?:内|之内)?(?:${MODAL})?([^,.!?;:~\\s]{0,${d.gap}}?)(${ACT})`, 'g')
/**
 * The scan gate: every commitment needs a call-back word (电话 too) or an escalation somewhere in the reply, so replies
 * without one never run the expression (most replies; the bound's characters 天/日/点 are far too common to gate on).
 */
export const COMMITMENT_GATE = new RegExp(alternation([...new Set([...CALL_BACK, ...ESCALATE, ...TIER, normalizePhrase('电话')])]))

const has = (s: string, ws: readonly string[]) => ws.some((w) => s.includes(w))
const endsWith = (s: string, ws: readonly string[]) => ws.some((w) => s.endsWith(w))

/** The part of `text` before `at` back to the last break of `breaks`, at most `reach` characters. */
function back(text: string, at: number, reach: number, breaks: RegExp): string {
  const from = Math.max(0, at - reach)
  let i = at
  while (i > from && !breaks.test(text[i - 1]!)) i--
  return text.slice(i, at)
}

export interface Commitment {
  start: number
  end: number
  /** Where the time bound starts, from `start` (the modal and 在 before it are not part of it). */
  boundAt: number
}

/** The time-bound commitments on another party in a normalised reply. */
export function commitments(text: string): Commitment[] {
  const out: Commitment[] = []
  COMMITMENT.lastIndex = 0
  for (let m = COMMITMENT.exec(text); m; m = COMMITMENT.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const bound = m[1]!
    const gapText = m[2]!
    const boundAt = text.indexOf(bound, start)
    COMMITMENT.lastIndex = end
    const before = text.slice(0, start).trimEnd()
    // The agent's own act (小妹明天给您回电), a policy (退款是三个工作日处理完成的), a relative date (提前两小时联系).
    if (endsWith(before, SELF) || endsWith(before, RIGHT_BEFORE)) continue
    const clause = back(text, start, 16, CLAUSE_BREAK)
    const sentence = back(text, start, 24, SENTENCE_BREAK)
    // Room left before it or inside it (预计24小时内联系, 一般专员会联系您的，也是…), advice or a question to the buyer.
    if (has(sentence.slice(-20) + m[0], HEDGE) || has(clause, ADVICE)) continue
    // A stated process: a condition before the bound in its sentence (收到商品后三天内处理).
    if (CONDITION.test(sentence)) continue
    // Past or negated (今天刚更新了物流, 已经联系过): nothing is promised.
    if (has(gapText, NOT_BETWEEN)) continue
    if (has(gapText, PAST) || has(text.slice(Math.max(0, boundAt - 3), boundAt), PAST) || PAST_AFTER.some((w) => text.startsWith(w, end))) continue
    // Someone else keeps it: a party named near it, or the case handed on earlier in the reply (升级专员…24小时内回电).
    const near = text.slice(Math.max(0, start - 24), Math.min(text.length, end + 4))
    const party = has(near, PARTY)
    if (VAGUE.has(bound) ? !has(clause + gapText, PARTY) : !party && !has(before, ESCALATION)) continue
    // A call-back by phone is a commitment whoever hands it on; any other act only after the case was escalated.
    // …or the tier itself named (专员, 工作人员) in a reply that hands the case on (联系站点核实, 反馈, 登记, 保持手机畅通):
    // the hand-on and the tier together are the escalation; a tier named alone (售后专员会在24小时内联系您) stays a follow-up.
    if (!has(m[3]!, CALL_BACK) && !gapText.includes('电话') && !has(before, ESCALATE) && !(has(near, TIER) && has(text, ESCALATION))) continue
    // Asked rather than said (专员会在24小时内给您回电吗？, …回电好吗？), or quoted (您说的“24小时内回电”).
    if (asked(text, end) || QUOTES.has(text[start - 1] ?? '') || QUOTES.has(text[end] ?? '')) continue
    out.push({ start, end, boundAt: boundAt - start })
  }
  return out
}

const QUOTES = new Set([...'"\'“”‘’「」『』《》'])
/** Whether the clause after `at` asks (…回电吗？, 是…回电？): a question particle right after it, or a question mark. */
function asked(text: string, at: number): boolean {
  let i = at
  while (i < text.length && !CLAUSE_BREAK.test(text[i]!)) i++
  const rest = text.slice(at, i)
  // …but a proposal that asks for consent (24小时内给您回电可以吗？, …回电，您看好吗) still commits to the deadline.
  return ASK_NOW.test(rest) || (text[i] === '?' && !CONSENT.test(rest))
}
const ASK_NOW = /^[了的呢]?[吗么嘛]/
const CONSENT = /好|可以|行|您看|可不可以/

/** 会在24小时内联系您 → 预计会在24小时内联系您; 24小时内给您回电 → 预计24小时内给您回电; 就会 → 预计会. */
export function soften(span: string, boundAt: number): string {
  const lead = span.slice(0, boundAt)
  const rest = span.slice(boundAt)
  if (!lead) return `预计${rest}`
  const plain = lead.replace(/^(就会|将会|都会|就|将|都)/, '会')
  return `预计${plain}${rest}`
}
