import { sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, firstCue, lastCue } from '../../src/context/cues.js'
import { isMention } from '../../src/context/mention.js'
import { isNegated } from '../../src/context/negation.js'
import type { LintContext } from '../../src/types.js'
import type { Span } from './third-party.js'

/**
 * Session 20 (lane pv20): the buyer asked to type a full secret into the chat — an ID, passport or
 * bank-card number, a card's security code, an SMS code, a password (把身份证号和银行卡号发我, 请在这里直接
 * 回复：姓名+身份证号码, 請在聊聊傳身分證字號…給我們). Whoever reads the chat log then holds it: the
 * platform's own forms (实名认证页面, 下单页填写) are where such numbers go.
 *
 * A `secret` noun and, in its sentence, a hand-over into the chat: a `handOver` after it (发我, 打在这里,
 * 传给我) or a `handOverBefore` right before it (在这里直接回复：…, 在聊聊传…). Not reported: the hand-over
 * negated or warned against (不要发给任何人, 请勿…), a part of the number (身份证后四位发我), a mention (“…”),
 * and `provide` verbs alone (提供一下身份证号码): JD's own service asks so for its real-name and refund flows.
 */
const AFTER_REACH = 24
const BEFORE_REACH = 12
/** 后四位 right after the noun: a part, not the number. */
const PART_REACH = 4

export function findSolicits(ctx: LintContext): Span[] {
  const secrets = ctx.cues('secret')
  if (secrets.length === 0) return []
  const { text } = ctx
  const out: Span[] = []
  let done = -1
  for (let k = 0; k < secrets.length; k++) {
    const start = secrets[k]![0]
    // Of two starting together the longer (身份证号码 over 身份证).
    let end = secrets[k]![1]
    while (k + 1 < secrets.length && secrets[k + 1]![0] === start) end = Math.max(end, secrets[++k]![1])
    if (start < done) continue
    const sStart = sentenceStart(text, start)
    const sEnd = sentenceEnd(text, end)
    if (cuesWithin(ctx, 'secretPart', end, Math.min(sEnd, end + PART_REACH)).length > 0) continue
    if (ctx.hasCue('secretWarn', sStart, sEnd)) continue
    let span: Span | undefined
    // In the noun's clause (a list joined by 、和 + : stays one): 哪张银行卡付的款呢，发我看一下截图 asks for a screenshot.
    const after = firstCue(ctx, 'handOver', end, clauseBreak(text, end, Math.min(sEnd, end + AFTER_REACH)))
    if (after && !isNegated(text, after[0]) && !negatedNear(ctx, after[0])) span = { start, end: after[1] }
    else {
      const before = lastCue(ctx, 'handOverBefore', Math.max(sStart, start - BEFORE_REACH), start)
      if (before && !BREAK.test(text.slice(before[1], start)) && !isNegated(text, before[0]) && !negatedNear(ctx, before[0])) span = { start: before[0], end }
    }
    if (!span || isMention(text, span.start, span.end) || isNegated(text, start)) continue
    // 您把银行卡号发我，我私下转给您: a payment account asked for a private transfer is the money moved off the
    // platform, off-platform's finding (five authors label it so); an ID asked for with it is still a leak.
    if (ctx.cues('privateTransfer').length > 0 && cuesWithin(ctx, 'secret', span.start, span.end).every(([s, e]) => ctx.hasCue('secretAccount', s, e))) continue
    // rl35: a one-time code alone (验证码发我), nothing of an account, a payment or a private channel in the reply: the platform's
    // own 代客操作, where the agent acts for the buyer with the code the platform sends (real CSDS, not upheld).
    if (cuesWithin(ctx, 'secret', span.start, span.end).every(([s, e]) => ctx.hasCue('secretCode', s, e)) && ctx.cues('secretCodeRisk').length === 0) continue
    out.push(span)
    done = sEnd + 1
  }
  return out
}

/** Ends a clause in the normalised text (full-width marks are ASCII there); : and 、 do not. */
const BREAK = /[,;.!?\n]/
/** The first clause break in [from, to), or `to`: a hand-over must start before it. */
function clauseBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (BREAK.test(text[i]!)) return i
  return to
}

/** 不要…发给任何人 / 千万别…发我: a negator shortly before the hand-over, past the noun. */
const NEG_REACH = 6
function negatedNear(ctx: LintContext, at: number): boolean {
  return lastCue(ctx, 'secretNot', Math.max(0, at - NEG_REACH), at) !== undefined
}
