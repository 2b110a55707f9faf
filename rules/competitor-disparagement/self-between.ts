import type { LintContext } from '../../src/types.js'
import { clauseEnd } from '../../src/context/text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'

/**
 * The shop itself named between the seller and the predicate (别家说我们是假的): selfBetween, and what leaves the
 * predicate about them all the same: hearsay (听好多人说), the shop compared with (跟我们比) or copied (抄我们的款),
 * the shop telling what it went through (我们拆开看过).
 */

/**
 * The shop itself between the seller and the predicate turns it around (别家说我们是假的),
 * unless the shop only reports what it heard (那个品牌我们听好多人说容易坏).
 */
export function selfBetween(ctx: LintContext, from: number, to: number): boolean {
  return cuesWithin(ctx, 'self', from, to).some(
    ([s, e]) =>
      !cuesWithin(ctx, 'hearsay', e, Math.min(to, e + HEARSAY_LEN)).some(([h]) => h === e) &&
      !copiedFrom(ctx, from, s) &&
      !LINKED.has(ctx.text[s - 1] ?? '') &&
      !EXPERIENCED.test(ctx.text.slice(e, Math.min(to, clauseEnd(ctx.text, e)))),
  )
}
/**
 * cp22: the shop telling what it went through with theirs (我们拆开看过, 我们也卖过, 我们之前拿来比过): a verb of
 * up to three characters and the experiential 过 closing the clause is a report, whatever the verb; what follows
 * is still about them.
 */
const EXPERIENCED = new RegExp(`^(?:${['也', '都', '之前', '以前', '早就', '专门', '亲自', '自己'].map((w) => normalizePhrase(w)).join('|')})?[^，。！？,.!?；;\\s的是]{1,4}过(?:${['了', '的', '一下', '几次', '好几次'].map((w) => normalizePhrase(w)).join('|')})?$`)
/** The longest hearsay word read right after the shop (以前的代理, 专门研究过). */
const HEARSAY_LEN = 6
/**
 * 跟我们比差远了 / 比我们便宜的: the shop after 跟 / 和 / 比 is what they are compared with, not the subject;
 * cp22: so is the shop after 有 (只有我们的一半, 都没有我们好): theirs measured against it.
 */
const LINKED = new Set(['跟', '和', '与', '比', '有'])

/** 隔壁那家抄我们的款: the shop named right after 抄 / 仿 is the one copied, not the subject. */
function copiedFrom(ctx: LintContext, from: number, self: number): boolean {
  return cuesWithin(ctx, 'copied', Math.max(from, self - 3), self).some(([, e]) => e >= self - 1)
}
