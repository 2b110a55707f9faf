/**
 * The buyer doubted: their report not believed (doubted: 您确定不是自己划到的吗, 我们很难相信) and the buyer suspected of fraud (accuse:
 * 你调包了吧).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { presumed } from './cause.js'
import { hypothetical, laterInSentence, nearestSubject, negated, subjectBefore, troubleReported, withSubject } from './context.js'

/**
 * bl20: the buyer's report doubted — 您確定不是自己劃到的嗎, 您确定是我们少发了吗, 你确定是收到就坏的吗, 您確定有按照說明書操作嗎
 * (确定 + what caused the trouble, asked back with the buyer named), 我们很难相信, 这磨损不像是刚收到的样子 (answering a
 * trouble). Not a confirmation of what the buyer wants (您确定要退吗, 您确定地址是这个吗), nor with help after it.
 */
export function doubted(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const s1 = sentenceEnd(t, f.end)
  if (laterInSentence(ctx, 'help', f.end) || ctx.hasCue('offer', f.end, s1) || hypothetical(ctx, f)) return null
  if (f.entry.tags.includes('asked')) {
    if (nearestSubject(ctx, cs, f.start).who !== 'customer' || !isQuestion(t, f.start, f.end)) return null
    return { ...f, start: cuesWithin(ctx, 'customer', cs, f.start).at(-1)?.[0] ?? f.start }
  }
  // Any report of the buyer's (not a question of theirs) is what is not believed.
  const reported = ctx.previous !== undefined && !/[吗嗎?？]\s*$/.test(ctx.previous)
  const troubled = reported || ctx.hasCue('trouble', sentenceStart(t, f.start), f.start)
  // bl37: …or presumed with 吧 (这看着像是穿过的吧？ answering a stain; para-cb), a warning.
  if (troubled && isQuestion(t, f.start, f.end) && presumed(t, f.end)) return { ...f, severity: 'warning' }
  return troubled && !isQuestion(t, f.start, f.end) ? f : null
}

/** 您是不是拿别的机器来退 / 你调包了吧: the buyer (the subject) suspected of fraud, asked or said. */
export function accuse(f: Finding, ctx: LintContext): Finding | null {
  if (subjectBefore(ctx, f.start) !== 'customer' || hypothetical(ctx, f) || negated(ctx, f.start)) return null
  return withSubject(ctx, f)
}

/**
 * blame39: how the buyer handled it, asked back — 您是怎么用的？ / 請問您是怎麼洗的？ / 咁你點梳㗎？ — against a trouble they reported or
 * after the goods were defended in the reply (正常洗滌是不會褪色的, 我们这批都检查过): the handling is put in doubt (para-cb3 'defending the
 * goods by implying abnormal use'; pool 5 of 5 labelled). Not with help or an offer after it (您是怎么装的？拍个视频我帮您看看), not under a
 * condition, not as a plain question with neither a trouble nor a defence (您平时是怎么洗的呀 asking before advice).
 */
export function howUsed(f: Finding, ctx: LintContext): Finding | null {
  const t = ctx.text
  if (ctx.hasCue('help', f.end, t.length) || ctx.hasCue('offer', f.end, t.length) || hypothetical(ctx, f)) return null
  if (!troubleReported(ctx) && !ctx.hasCue('defend', 0, t.length)) return null
  return { ...f, severity: 'warning' }
}
