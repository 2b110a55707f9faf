import { clauseEnd, clauseStart } from '../../src/context/text.js'
import { cueFrom } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import type { Judge } from './words.js'

/**
 * Claims of standing (国家机关专供, 只有我们是正品, 只有我们有授权): dropped for a sales channel (电商专供款), for "only
 * we are genuine" set against a rival run down (competitor-disparagement's), and for the buyer's own consent (授权).
 */

/** 电商专供款 names a sales channel; 国家机关专供 claims an endorsement. */
export const channel: Judge = (f, ctx) => {
  const cs = clauseStart(ctx.text, f.start)
  if (ctx.hasCue('channel', Math.max(cs, f.start - 6), f.start)) return null
  // 国家机关专供 or 专供人民大会堂: the body may stand on either side.
  const body = ctx.hasCue('authorityBody', cs, f.start) || ctx.hasCue('authorityBody', f.end, Math.min(clauseEnd(ctx.text, f.end), f.end + 8))
  if (ctx.text.startsWith(normalizePhrase('专供'), f.start) && !body) return null
  return f
}

/**
 * 别家都是假货，只有我们家是正品: "only we are genuine" set against sellers run down just before is the
 * contrast competitor-disparagement reports, not a claim of its own. Only with a rival named earlier in
 * the reply and a word of authenticity right after (市面上假货多，只有我们是正规渠道 stays a claim).
 * ex35: an exclusive authorization in the clause (只有我们是正版授权) stays a claim beside the rival too.
 */
export const contrast: Judge = (f, ctx) =>
  cueFrom(ctx, 'genuine', f.end) > 0 && ctx.hasCue('contrastRival', 0, f.start) && !ctx.hasCue('authorized', f.end, clauseEnd(ctx.text, f.end)) ? null : f

/** mA35: only we + 授权, where the 授权 is the buyer's consent (只有我们收到您的授权后才能改地址): no licence claimed. The span is the phrase and its `next` word. */
export const licence: Judge = (f, ctx) => (ctx.hasCue('grantedByBuyer', f.start, f.end) ? null : f)
