import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { cueFrom, cuesWithin, cueTo } from '../../src/context/cues.js'

/**
 * A claim word used but not claimed, whatever its tag: inside quotation marks that name something (inQuotedName),
 * talked about or disowned (talkedAbout), meme praise in a reply that talks in memes (memeInSlang).
 */

/** Opening quotation marks and the marks that close them (the reply is normalised: "" are ASCII). */
const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '《': '》', '‘': '’' }
/** The opening marks as code units: the walk below tests every character back to the sentence start. */
const OPENING = new Set(Object.keys(QUOTES).map((q) => q.charCodeAt(0)))
/** How far after the closing mark the name word may stand (”色号, ”是品牌名, ”这个名字). */
const NAME_REACH = 4

/**
 * A claim word inside quotation marks that name something — a shade, a brand, a variety
 * (“最佳女主”色号, 名字叫“第一营养”是品牌名) — is part of a name, not a claim.
 */
export function inQuotedName(f: Finding, ctx: LintContext): boolean {
  const t = ctx.text
  const from = sentenceStart(t, f.start)
  for (let i = f.start - 1; i >= from; i--) {
    if (!OPENING.has(t.charCodeAt(i))) continue
    const close = QUOTES[t[i]!]!
    const j = t.indexOf(close, f.end)
    if (j < 0 || t.slice(i + 1, f.start).includes(close)) return false
    // “王牌”是这款空调的系列名称: after 是 the name word may close the clause, further away.
    const reach = t[j + 1] === '是' ? clauseEnd(t, j + 1) - 1 : j + 1 + NAME_REACH
    for (let k = j + 1; k <= reach && k < t.length; k++) if (cueFrom(ctx, 'nameNoun', k) > 0) return true
    return false
  }
  return false
}

/** How far after a claim its disowning may stand in the sentence (全网第一我们可不敢这么说). */
const DISOWN_REACH = 32
/**
 * ex20: a claim word talked about, not used — disowned right after it (全网第一我们可不敢这么说, “销量第一”的标签是平台
 * 自动打的，我们自己不这么宣传), or said to be a name after 是 in its clause (冠军系列是这台跑步机的型号名).
 */
export function talkedAbout(f: Finding, ctx: LintContext): boolean {
  const t = ctx.text
  const end = sentenceEnd(t, f.end)
  const reach = Math.min(end, f.end + DISOWN_REACH)
  if (ctx.hasCue('disowned', f.end, reach)) return true
  if (bareDisown(ctx, f.end, reach)) return true
  // 不是说它拿过什么冠军: the claim put aside before it, in its clause.
  if (ctx.hasCue('putAside', clauseStart(t, f.start), f.start)) return true
  const ce = clauseEnd(t, f.end)
  const is = t.indexOf('是', f.end)
  return is >= 0 && is < ce && ctx.hasCue('namedAs', is + 1, ce)
}

/**
 * mendB: 不敢说 / 不好说 name nothing they refuse; they disown the claim only in its own clause (销量第一我们不敢说) or pointed
 * back at it (…，这个我们不敢说; 这种话咱可不敢说). 销量第一，具体什么时候到货不好说 refuses something else.
 */
function bareDisown(ctx: LintContext, from: number, to: number): boolean {
  const t = ctx.text
  const own = clauseEnd(t, from)
  for (const [at] of cuesWithin(ctx, 'disownedBare', from, to)) {
    if (at < own) return true
    if (cueTo(ctx, 'disownPointer', at) >= 0) return true
    const subject = cueTo(ctx, 'disownSubject', at)
    if (subject >= 0 && cueTo(ctx, 'disownPointer', subject) >= 0) return true
  }
  return false
}

/**
 * Meme praise in a reply that talks in memes (这款真的yyds，黄皮亲妈，冲冲冲; 谁用谁说好，栓Q了家人们): the
 * pool's authors read 神器 / 亲妈 / 谁用谁说好 / 遥遥领先 there as internet-slang's, not as a claim. A scope
 * (行业天花板, 本店神物, 销量遥遥领先) keeps it a claim; so does a reply without memes.
 */
export function memeInSlang(f: Finding, ctx: LintContext): boolean {
  if (!ctx.hasCue('meme', f.start, f.end)) return false
  if (ctx.hasCue('memeScope', clauseStart(ctx.text, f.start), f.end)) return false
  return ctx.hasCue('slangMarker', 0, ctx.text.length)
}
