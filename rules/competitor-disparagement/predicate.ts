import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd } from '../../src/context/text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { CLAUSE_TAIL, isHanAt } from '../../src/vocab/chars.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { DE, lastSeller } from './seller.js'
import { isLatinAt } from './hidden.js'
import { SUBJECT_REACH } from './subject.js'
import { notAsserted } from './not-asserted.js'
import { asked } from './asked.js'

/**
 * What the predicate spans when the word found is only its start: a defect after 老是 / 容易 (withDefect), the basics
 * lacked after 连 (withLack), the noun after 假 (withNoun), the seller and what is said of it after 不像 (unlike).
 */

/** 老是 / 容易 / 没几天就 + a defect (坏, 开胶, 起球…) is one predicate; alone it says nothing. */
export function withDefect(f: Finding, ctx: LintContext): Finding | null {
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
export function withLack(f: Finding, ctx: LintContext): Finding | null {
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

/** The noun after 假 is part of the claim: 假羊绒, 假蜂蜜 (up to four characters, not 的 nor a particle). */
export function withNoun(f: Finding, ctx: LintContext): Finding {
  const t = ctx.text
  let end = f.end
  while (end < f.end + 4 && isHanAt(t, end) && t[end] !== DE && !CLAUSE_TAIL.has(t[end]!)) end++
  return end > f.end ? { ...f, end } : f
}

/** 不像 + a seller: the seller starts at most this far after 不像 (不像有些店, 不像某些大牌). */
const UNLIKE_GAP = 2
/** …and at least this many characters must say something of it (不像别家 alone says nothing). */
const UNLIKE_SAID = 2
/**
 * lead30: 不像 + another seller + what is said of it (不像某些大牌掺一半膨润土, 不像有些店，放好几天才寄): the span runs
 * to the end of that clause, or of the next one when the seller closes its own clause.
 */
export function unlike(ctx: LintContext, f: Finding): Finding | null {
  const t = ctx.text
  const sEnd = sentenceEnd(t, f.end)
  const seller = lastSeller(ctx, f.end, Math.min(sEnd, f.end + UNLIKE_GAP + SUBJECT_REACH / 2))
  if (!seller || seller[0] - f.end > UNLIKE_GAP || notAsserted(t, f.start, f.end) || asked(ctx, f)) return null
  let end = clauseEnd(t, seller[1])
  if (end - seller[1] < UNLIKE_SAID && end < sEnd) end = clauseEnd(t, end + 1)
  while (end > seller[1] && !isHanAt(t, end - 1) && !isLatinAt(t, end - 1)) end--
  return end - seller[1] >= UNLIKE_SAID ? { ...f, end } : null
}
