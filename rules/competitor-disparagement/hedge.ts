import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceStart } from '../../src/context/text.js'
import { cuesWithin, type Span } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'

/**
 * Judgement withheld: a hedge (不好说, 是不是…我们不清楚) before the claim in its sentence (hedgedBefore), near its
 * seller (hedgedNear) or right after it in its clause (hedgedAfter); not 不是A就是B, a topic's 的话, or a paralipsis
 * answered by 反正.
 */

/** A hedge this far before the seller still governs the sentence (不能说别家是假货). */
const HEDGE_BEFORE = 6

/**
 * A hedge before the claim in its sentence (别家是不是假货我们不清楚). bo15 (ANALYSIS-U change 1): a hedge that closes
 * an earlier clause of its own (别的代购就不好说了，很多是高仿混着卖) is answered by the flat claim of the later
 * clause; only a hedge in the claim's own clause, or one that leads into it (不好说是不是…), holds it back.
 */
export function hedgedBefore(ctx: LintContext, f: Finding): boolean {
  return hedgedWithin(ctx, f, sentenceStart(ctx.text, f.start))
}
function hedgedWithin(ctx: LintContext, f: Finding, from: number): boolean {
  const text = ctx.text
  const cs = clauseStart(text, f.start)
  // cp22: 不是A就是B (不是翻新就是拼装) offers two charges, it withholds none: a 不是 answered by 就是 is no hedge.
  // A hedge answered by 反正 / 总之 / 只能说 (我就不评价了，反正假货很多) is a paralipsis: the claim after it stands.
  // s44 (redline, BZ 不是我吹，…别家那些都是拿冻肉做的): a 不是 that opens a boast or a disclaimer (不是我吹, 不是我黑他们) withholds
  // nothing; the claim it introduces is made all the same.
  const boasts = cuesWithin(ctx, 'boast', from, f.start)
  const hedges = cuesWithin(ctx, 'hedge', from, f.start).filter(([s, e]) => !(DISJUNCT.has(text.slice(s, e)) && DISJUNCTION_AFTER.test(text.slice(e, Math.min(text.length, f.end + 8)))) && !topicMarker(ctx, s, e, f.start) && !boasts.some(([bs, be]) => bs <= s && e <= be))
  if (hedges.some(([s]) => s >= Math.max(from, cs))) return true
  if (INSISTED.test(text.slice(cs, f.start))) return false
  for (const [s, e] of hedges.filter(([s]) => s < cs)) {
    // The hedge closes its clause (only particles after it): settled by what follows.
    // Only a "can't vouch for them" (不好说, 难说, 不敢保证): 其他家的情况我不了解，没法比较 disclaims knowledge and
    // what follows declines to compare.
    if (!CLOSED_AFTER.test(text.slice(e, clauseEnd(text, s))) || !UNVOUCHED.some((w) => text.slice(s, e).includes(w))) return true
  }
  return false
}
const DISJUNCT = new Set([normalizePhrase('不是')])
/**
 * lead28: 的话 right before the claim or its seller names the topic (同款的话别家用的都是回收料, 质量的话外面那些…): the
 * claim is the main clause and stands. A condition's 的话 governs what follows only when the seller is inside it.
 */
const TOPIC = normalizePhrase('的话')
function topicMarker(ctx: LintContext, s: number, e: number, claim: number): boolean {
  const text = ctx.text
  if (text.slice(s, e) !== TOPIC) return false
  if (/^[，,\s]?$/.test(text.slice(e, claim))) return true
  // 同款的话别家…: a seller word right after it opens the claim's subject.
  return cuesWithin(ctx, 'other', e, Math.min(claim, e + 2)).some(([o]) => o <= e + 1)
}
/** 不是A就是B written tight: A a few characters, no pause (不是A，就是B is "not A, only B"). */
const DISJUNCTION_AFTER = new RegExp(`^[^，,。！？!?；;\\s]{1,8}?${normalizePhrase('就是')}`)
const INSISTED = new RegExp(`^(?:${['反正', '总之', '只能说', '我只能说', '说白了', '说到底'].map((w) => normalizePhrase(w)).join('|')})`)
const UNVOUCHED = [...['不好说', '难说', '说不好', '说不准', '不敢保证', '不敢说', '不一定', '保证不了'].map((w) => normalizePhrase(w))]
const CLOSED_AFTER = /^[了啊呀哦呢吧嘛\s~]*$/

/** The hedge from a little before the seller (不能说别家是假货), to the claim. */
export function hedgedNear(ctx: LintContext, f: Finding, subject: Span): boolean {
  return hedgedWithin(ctx, f, Math.max(clauseStart(ctx.text, subject[0]), subject[0] - HEDGE_BEFORE))
}

/** 别家是不是假货我们不清楚: the hedge may also follow, in the same clause (not 是水货，没有保修). */
export function hedgedAfter(ctx: LintContext, f: Finding): boolean {
  return ctx.hasCue('hedge', f.end, Math.min(clauseEnd(ctx.text, f.end), f.end + HEDGE_BEFORE))
}
