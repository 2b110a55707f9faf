/**
 * across: a verb cue and, later in its clause, what it goes to (加 … 微信, 转到 … 支付宝, 加 … 店长, 私訊 … 賴, 进 … 粉丝群), read
 * from the cues rather than the lexicon's phrases, so that any words may stand between.
 */
import type { CompiledEntry, Finding, LintContext } from '../../src/types.js'
import { clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { lastCue } from '../../src/context/cues.js'
import { runStart } from '../shared/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import type { Make } from './entries.js'

/** 群 as normalised text spells it (the table may fold it), the last character of a group word. */
const GROUP = normalizePhrase('群').charCodeAt(0)

/**
 * Adds to `out` a verb cue (`verbName`) and, at most `reach` characters after it in the same
 * clause, the account it goes to (`targetName`), not a payment method (微信支付). With
 * `refundAware`, the platform's own refund (退款会转到您的支付宝) is not a transfer.
 */
export function across(
  out: Finding[],
  ctx: LintContext,
  verbName: string,
  targetName: string,
  reach: number,
  refundAware: boolean,
  entry: CompiledEntry | undefined,
  make: Make,
  notVerb?: string,
): void {
  for (const [start, end] of ctx.cues(targetName)) {
    if (ctx.hasCue('payWords', end, end + 2)) continue
    // A bare v followed by 领/字/会员 is a shape or a grade (加大V领款); 微信领5元 is still WeChat.
    if (end - start === 1 && ctx.hasCue('notApp', end, end + 2)) continue
    const clause = clauseStart(ctx.text, start)
    const verb = lastCue(ctx, verbName, Math.max(clause, start - reach), start)
    if (!verb || (refundAware && ctx.hasCue('refund', clause, verb[0]))) continue
    // 加急, 增加, 加入: 加 inside another word adds no one.
    if (notVerb && ctx.hasCue(notVerb, Math.max(0, verb[0] - 1), verb[1] + 1)) continue
    // 加入店铺会员群, 在淘宝APP里就能加入: the marketplace's own group feature keeps it on the platform.
    if (ctx.text.charCodeAt(end - 1) === GROUP && ctx.hasCue('inPlatformGroup', sentenceStart(ctx.text, start), sentenceEnd(ctx.text, end))) continue
    // 付到 + 到我: overlapping verbs are one (定金付到我的支付宝).
    const f = make(entry, runStart(ctx, verbName, verb[0], reach), end)
    if (f) out.push(f)
  }
}
