/**
 * Impatience aimed at the buyer: told already (toldYou: 我不是说过了吗; toldCount: 跟您说三遍了, found by curt-reply's findTold in
 * toldCounts), said again (repeat, saidClearly), not understood (understand) and ordered to look (lookClearly).
 */
import type { CompiledEntry, Finding, LintContext } from '../../src/types.js'
import { findTold } from '../curt-reply/patterns.js'
import { clauseEnd, clauseStart, isQuestion } from './text.js'
import { hasWordWithin, words } from './words.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { before, graded, hypothetical, inSentence, norm, quoted, subjectBefore, withSubject } from './context.js'

/** 问第五遍了: a count found from 问 has no one named before it (你问几遍了 starts at 你). */
const ASK_CHAR = normalizePhrase('问')
/** A clause closed by 吗 / 嘛 (normalised text: the particle, then only spaces or ~). */
const ASKED_CLAUSE = new RegExp(`[${normalizePhrase('吗嘛')}][\\s~]*$`)
const DEMANDING = norm(['好吗', '好不好', '行吗'])

/** 我不是说过了吗: rhetorical when asked, or when it ends in 了/过 (不是告诉你了). */
export function toldYou(f: Finding, ctx: LintContext): Finding | null {
  // 不是发了吗？我帮您查一下: asked in order to help. (askedOnly: 我们不是发了假货 is a plain denial.)
  // bl31: help is looked for after the asked clause, so what was sent "to you" inside it (不是已经发过链接给您了吗？) is no offer
  // (sets u, fb).
  const ce = clauseEnd(ctx.text, f.end)
  const helpAfter = ctx.hasCue('help', ce, ctx.text.length) || ctx.hasCue('offer', ce, ctx.text.length)
  if (isQuestion(ctx.text, f.start, f.end)) return f.entry.tags.includes('askedOnly') && helpAfter ? null : f
  // 我上面不是已经发了尺码表吗，您再往上翻翻: 吗 closing the clause asks, with no question mark.
  if (f.entry.tags.includes('askedOnly')) return ASKED_CLAUSE.test(ctx.text.slice(f.end, ce)) && !helpAfter ? f : null
  const tail = ctx.text.slice(f.end - 1, f.end + 2)
  return /[了过]/.test(tail) ? f : null
}

/**
 * 跟您说三遍了 / 你问几遍了 (findTold); not inside an apology (不好意思，跟您说了三遍还没说清楚). The scan
 * leaves an ordinal count of asking with nobody named (今天问第五遍了) to curt-reply: the pool labels
 * it blame in one set (h) and impatience only in another (i), so it is no reproach we can read.
 */
export function toldCount(f: Finding, ctx: LintContext): Finding | null {
  return inSentence(ctx, 'apology', f) || before(ctx, 'apology', f) ? null : f
}

/** 我说了多少遍了; but 抱歉让您说了好几遍 is the agent apologising. */
export function repeat(f: Finding, ctx: LintContext): Finding | null {
  if (before(ctx, 'apology', f) || subjectBefore(ctx, f.start) === 'customer') return null
  return f
}

/** 你听不懂吗 / 您怎么还不明白; not 怕您看不明白 (care) nor 我还不明白 (the agent). */
export function understand(f: Finding, ctx: LintContext): Finding | null {
  const who = subjectBefore(ctx, f.start)
  if (who === 'shop' || hypothetical(ctx, f) || inSentence(ctx, 'offer', f)) return null
  if (who === 'customer' || isQuestion(ctx.text, f.start, f.end)) return withSubject(ctx, f)
  return null
}

/** 你看清楚 as an order; 请您看清楚… and 让您看清楚 are requests and offers. */
export function lookClearly(f: Finding, ctx: LintContext): Finding | null {
  // 您再仔细看看好吗: 好吗 after an order to look is impatience, whatever softens it.
  if (DEMANDING.some((w) => ctx.text.startsWith(w, f.end - w.length))) return subjectBefore(ctx, f.start) === 'shop' ? null : f
  if (before(ctx, 'polite', f, 'clause') || subjectBefore(ctx, f.start) === 'shop') return null
  const direct = subjectBefore(ctx, f.start) === 'customer' || ctx.text[f.start] === normalizePhrase('你') || ctx.text[f.start] === normalizePhrase('您')
  return direct || isQuestion(ctx.text, f.start, f.end) || f.end === clauseEnd(ctx.text, f.end) ? f : graded(f, 'warning')
}

/** bl37: what closes an order to look as impatience (…好吗, …行不行). */
const LOOK_DEMAND = norm(['好吗', '好不好', '行吗', '行不行', '成吗'])
const CLOSE_TAIL = new Set([...normalizePhrase('?？!！~ ')])
/**
 * bl37: 您认真看一下我发的图好吗 / 你好好看下说明书行不行: an order to look properly, whatever the object, closed by 好吗 / 行不行 at the
 * clause end — impatience. Not the shop looking, a condition, nor with help or an offer after it.
 */
export function lookDemanded(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  let ce = clauseEnd(t, f.end)
  while (ce > f.end && CLOSE_TAIL.has(t[ce - 1]!)) ce--
  const demand = LOOK_DEMAND.find((w) => ce - w.length >= f.end && t.startsWith(w, ce - w.length))
  if (!demand || ce - f.end > 16 || subjectBefore(ctx, f.start) === 'shop' || hypothetical(ctx, f)) return null
  // blame45: 自己把 orders a reading only with a look verb before the close (先自己把商品详情看一遍好吗; not 您自己把地址发我一下好吗).
  if (t.startsWith(SELF_BA, f.start) && !hasWordWithin(t, LOOK_THROUGH, f.end, ce)) return null
  if (ctx.hasCue('help', ce, t.length) || ctx.hasCue('offer', ce, t.length)) return null
  return { ...f, end: ce }
}

/** 我已经说得很清楚了; not 您说得很清楚 (a compliment). */
export function saidClearly(f: Finding, ctx: LintContext): Finding | null {
  const who = subjectBefore(ctx, f.start)
  if (who === 'customer') return null
  if (who === 'shop' || ctx.hasCue('already', Math.max(0, f.start - 4), f.start)) return f
  // blame45: a channel of the shop's said it (直播间说得很清楚了): the page's pointer, a warning; not in a condition, not with help after.
  const cs = clauseStart(ctx.text, f.start)
  // Said and done (…说得很清楚了): pointing back, not a pointer to where it is taught (视频里讲得很清楚，跟着做就行).
  if (!hasWordWithin(ctx.text, SAID_CHANNEL, cs, f.start) || ctx.text[f.end] !== LE || hypothetical(ctx, f)) return null
  if (ctx.hasCue('help', f.end, ctx.text.length) || ctx.hasCue('offer', f.end, ctx.text.length) || ctx.hasCue('resend', f.end, ctx.text.length)) return null
  return graded(f, 'warning')
}
const SAID_CHANNEL = words('saidChannel')
const LOOK_THROUGH = words('lookThrough')
const SELF_BA = normalizePhrase('自己把')
const LE = normalizePhrase('了')

/** The counts of telling in the reply (findTold), judged by toldCount: the scan's last pass. */
export function toldCounts(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const out: Finding[] = []
  for (const hit of findTold(ctx.text)) {
    // A count of asking is reported from 问 (您问了好几遍 → 问了好几遍), the span the askAgain phrases
    // give, so the two agree; one found from 问 itself has nobody named (今天问第五遍了).
    const ask = ctx.text.indexOf(ASK_CHAR, hit.start)
    const asked = ask >= 0 && ask < hit.end
    if (asked && ask === hit.start) continue
    const f = { ruleId: 'blame-customer', entry, start: asked ? ask : hit.start, end: hit.end, severity: entry.severity ?? 'error', expected: entry.expected }
    if (quoted(ctx, f.start)) continue
    const judged = toldCount(f, ctx)
    if (judged) out.push(judged)
  }
  return out
}
