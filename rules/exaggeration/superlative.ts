import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import type { LintContext } from '../../src/types.js'
import { cueFrom, cueTo } from '../../src/context/cues.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { isEnd, norm, parsed, set, type Judge } from './words.js'

/**
 * Superlatives and rankings (最好, 最 + a quality, 全网最, 第一, 唯一, 销量最高, 最佳, 无敌, 终极款): the checks that tell a
 * claim about the market from advice, a tip on use, a pick among the shop's own items or plain speech.
 */

/** 最好看 / 最好吃…: an adjective when nothing follows, a verb phrase otherwise (最好看一下). */
const BEST_ADJ = set('看吃喝穿用听闻')
/** 最好 after these is advice or a wish, never a product claim: 您最好先…, 那就最好了, 还是最好… */
const BEST_ADVICE_BEFORE = norm(['您', '你', '亲', '建议', '还是', '那', '就', '这样', '这么', '我们', '我', '大家', '尽量', '所以', '当然', '都是'])
const WEIYI_SKIP = norm(['的', '一个', '一款', '一点', '一'])
const ENUMERATOR = norm(['第一', '第1'])

/**
 * 最好 is a claim (这款质量是最好的, 效果最好了) or advice (您最好先量一下, 最好是冷水洗,
 * 最好选大一码). What follows decides: 的 + a noun is a claim unless the noun is a way of
 * doing things (最好的办法); a bare 最好 at the end of a clause is a claim only with a product
 * or its quality as subject; anything verb-like after it is advice.
 */
export const best: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const before = t.slice(cs, f.start).trimEnd()
  if (BEST_ADVICE_BEFORE.some((w) => before.endsWith(w))) return null
  if (ctx.hasCue('exemptSubject', cs, f.start) || ctx.hasCue('useCondition', cs, f.start)) return null
  // bl22: the way of use in the clause just before, the taste or effect alone in this one (常温放两天再冰，口感最好): a usage tip.
  if (usedBefore(ctx, cs, f.start)) return null
  // cl38: the shop's own range named in an earlier clause of the sentence (我们店这三款同价位的，这款制冷最好): a pick from its shelves.
  if (ctx.hasCue('rangeScope', sentenceStart(t, f.start), cs)) return null
  const next = t[f.end]
  if (next === '的') return cueFrom(ctx, 'plainAfterBest', f.end + 1) > 0 ? null : f
  if (next !== undefined && BEST_ADJ.has(next)) {
    const after = t[f.end + 1]
    if (!isEnd(after) && after !== '的') return null
    const adj = ctx.original.slice(f.end, f.end + 1)
    return { ...f, end: f.end + 1, expected: [`很好${adj}`, `好${adj}`] }
  }
  if (isEnd(next) && ctx.hasCue('claimSubject', cs, f.start)) return f
  return null
}

/** How long the subject of a bare 最好 / 最佳 may be after a clause of use (口感, 味道, 效果最好). */
const TIP_SUBJECT = 3
/** A way of use (cue useCondition) closing the clause before `cs` in its sentence, with at most a short subject before `at`. */
function usedBefore(ctx: LintContext, cs: number, at: number): boolean {
  const t = ctx.text
  if (cs === 0 || sentenceStart(t, at) >= cs || at - cs > TIP_SUBJECT) return false
  return ctx.hasCue('useCondition', clauseStart(t, cs - 1), cs)
}

/** 全网最 / 史上最 + what follows is one claim; the suggestion keeps the adjective. */
export const scope: Judge = (f, ctx) => {
  const t = ctx.text
  let end = cueFrom(ctx, 'head', f.end)
  if (end < 0) end = isHanAt(t, f.end) && !isEnd(t[f.end]) && t[f.end] !== '的' ? f.end + 1 : f.end
  const head = ctx.original.slice(f.end, end)
  if (!head) return f
  let expected: string[]
  if (cueFrom(ctx, 'priceHead', f.end) === end) {
    expected = t[end - 1] === '价' ? ['优惠价', '实惠价'] : ['很实惠', '很优惠']
  } else {
    expected = [`很${head}`, `非常${head}`]
  }
  return { ...f, end, expected }
}

/**
 * 第一 is a ranking unless it is an ordinal (第一次, 第一件 — lexicon notAfter) or an
 * enumerator at the start of a clause (第一，请您先拍照). A scope before it joins the span
 * (销量第一); sales rankings have an honest rewrite (热销), others are dropped.
 */
export const rank: Judge = (f, ctx) => {
  const t = ctx.text
  const phrase = t.slice(f.start, f.end)
  const cs = clauseStart(t, f.start)
  if (ENUMERATOR.includes(phrase) && t.slice(cs, f.start).trim() === '') return null
  let at = f.start
  let s = cueTo(ctx, 'rankScope', at)
  if (s < 0) {
    at = cueTo(ctx, 'rankLink', f.start)
    s = at >= 0 ? cueTo(ctx, 'rankScope', at) : -1
  }
  if (s < 0) return f
  const end = t[f.end] === '名' ? f.end + 1 : f.end
  if (cueTo(ctx, 'salesScope', at) === s) {
    return { ...f, start: s, end, expected: ['热销', '很受欢迎'], message: parsed.message }
  }
  return { ...f, start: s, end }
}

/** 唯一的缺点是…, 唯一的办法: plain speech, often the honest weak point the training asks for. */
export const weiyi: Judge = (f, ctx) => {
  let at = f.end
  for (const w of WEIYI_SKIP) if (ctx.text.startsWith(w, at)) at += w.length
  if (cueFrom(ctx, 'plainAfterWeiyi', at) > 0) return null
  // lead22: 唯一短信接收号码, 唯一绑定手机号: an identifier at the head of the noun phrase (real JD traffic, the third corpus).
  return ctx.hasCue('identifierHead', at, Math.min(clauseEnd(ctx.text, at), at + IDENTIFIER_REACH)) ? null : f
}
/** How far after 唯一 the identifier noun heading its phrase may end (唯一短信接收号码). */
const IDENTIFIER_REACH = 8

/** 无敌好用 → 很好用: before an adjective 无敌 is an intensifier (with 超级 in front, both go). */
export const intensifier: Judge = (f, ctx) => {
  const next = ctx.text[f.end]
  if (!isHanAt(ctx.text, f.end) || isEnd(next) || next === '的') return f
  const s = cueTo(ctx, 'intensifierPrefix', f.start)
  return { ...f, start: s >= 0 ? s : f.start, expected: ['很', '非常'] }
}

/**
 * 最 + a quality word (mostHead) is a claim when it is the predicate (这款是最保暖的, 刷得最干净了)
 * or describes a noun (最天然的蜂蜜), said of the product. Not within the shop (这几款里面这款最保暖,
 * 最便宜的一款, an answer to 哪款最保暖？), not advice (最适合您的…), not a question.
 */
export const most: Judge = (f, ctx) => {
  const t = ctx.text
  const end = cueFrom(ctx, 'mostHead', f.end)
  if (end < 0) return null
  const next = t[end]
  if (!isEnd(next) && next !== '的') return null
  if (next === '的' && cueFrom(ctx, 'plainAfterMost', end + 1) > 0) return null
  const cs = clauseStart(t, f.start)
  const before = t.slice(cs, f.start).trimEnd()
  if (BEST_ADVICE_BEFORE.some((w) => before.endsWith(w)) || cueTo(ctx, 'pickVerb', f.start) >= 0) return null
  if (ctx.hasCue('exemptSubject', Math.max(0, sentenceStart(t, f.start)), f.start)) return null
  // cl38: the shop's own range named earlier in the sentence (我们店这三款同价位的，这款最轻), as for 最好.
  if (ctx.hasCue('rangeScope', sentenceStart(t, f.start), cs)) return null
  // 捏着有点弹再吃最甜, 尽快吃最新鲜: when to enjoy it at its best, a tip on use (as for 最好 / 最佳).
  if (ctx.hasCue('useCondition', cs, f.start)) return null
  if (isQuestion(t, f.start, end) || ctx.previousHasCue('chooseAmong')) return null
  const head = ctx.original.slice(f.end, end)
  return { ...f, end, expected: [`很${head}`, `非常${head}`] }
}

/** 价格最低的是基础款 / 价格最低的一款: a pick among the shop's own items, not a market claim. */
export const ownRange: Judge = (f, ctx) => (ctx.text[f.end] === '的' && cueFrom(ctx, 'plainAfterMost', f.end + 1) > 0 ? null : f)

/**
 * 销量最高 / 卖得最火 / 最受欢迎: a market claim, unless it picks among the shop's own items
 * (店里卖得最好的, 这几款里面最受欢迎, 最受欢迎的颜色是…) or answers 哪款卖得好？.
 */
export const salesMost: Judge = (f, ctx) => {
  const t = ctx.text
  if (ctx.hasCue('ownScope', sentenceStart(t, f.start), f.start)) return null
  if (t[f.end] === '的' && cueFrom(ctx, 'plainAfterMost', f.end + 1) > 0) return null
  if (ctx.previousHasCue('chooseAmong')) return null
  return f
}

/**
 * 冰镇后口感最佳: when to enjoy it at its best is advice on use, not a claim against other
 * products; 本店性价比最高的一款 / 在同系列里最强 ranks the shop's own range, not the market.
 */
export const superlative: Judge = (f, ctx) => {
  const cs = clauseStart(ctx.text, f.start)
  // ap35: …the shop's own range may be named in an earlier clause of the sentence (在我們這次推出的三款耳機裡，降噪最強的是Pro款), as for 最好,
  // unless the claim's own clause measures it against the market (这款在我们店卖得很好，可以说是全网性价比最高的).
  const range = ctx.hasCue('rangeScope', cs, f.start) || (ctx.hasCue('rangeScope', sentenceStart(ctx.text, f.start), cs) && !ctx.hasCue('marketWide', cs, f.end))
  return ctx.hasCue('useCondition', cs, f.start) || range ? null : f
}

/**
 * mendB: 终极款 / 至尊款 stated as a claim: after 是 in its clause (这是拖把里的终极款) or as a clause of its own, first in the
 * reply's sentence, that the reply goes on from (王牌款，面料是…). Named in passing it is a model (至尊款和标准款的区别). The
 * finding spans the premium word, without 款.
 */
export const modelClaim: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const copula = t.slice(cs, f.start).includes('是')
  const alone = cs === f.start && clauseEnd(t, f.end) === f.end && f.end < sentenceEnd(t, f.end)
  return copula || alone ? { ...f, end: f.end - 1 } : null
}
