import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, sentenceEnd, sentenceStart } from '../../src/context/text.js'

/** Questions are not assertions: asked, whether the claim's sentence asks rather than asserts. */

/**
 * Whether the sentence asks rather than asserts: a question mark or a final 吗 (便宜没好货嘛
 * asserts), and not a question that answers itself (哪有我们好, 那个牌子出过事，您还敢买？).
 */
export function asked(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const end = sentenceEnd(text, f.end)
  let j = end - 1
  while (j >= f.end && /[\s~]/.test(text[j]!)) j--
  if (text[end] !== '?' && text[j] !== '吗') return false
  // ex20: 外面那些茶叶都是加了色素的，颜色那么绿您不觉得奇怪吗: the question is a later clause of its own, put to the
  // buyer about the claim; the claim before it still stands.
  const ce = clauseEnd(text, f.end)
  if (ce < end && BUYER_CLAUSE.test(text.slice(ce + 1, end))) return false
  return !ctx.hasCue('rhetorical', sentenceStart(text, f.start), end)
}
/** A later clause that puts a question to the buyer: 您/你 within its first few characters. */
const BUYER_CLAUSE = /^[^，,]{0,6}(?:您|你|妳)[^，,]*$/
