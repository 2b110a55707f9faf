import type { LintContext } from '../../src/types.js'
import { cuesWithin } from '../../src/context/cues.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { classWords } from '../../src/vocab/index.js'
import { codeSet } from '../../src/vocab/chars.js'

/**
 * The buyer named, and a told-you-so pressed on them: one reading for blame-customer and curt-reply.
 *
 * A told-you-so with no one told (都说了周五发, 我已经回答过了) is the agent's impatience, curt-reply's;
 * pressed on the buyer it reproaches them, blame-customer's. Both rules ask `toldPressedOnBuyer` and
 * take opposite sides of its answer, so a reply is never both and never neither. The two rules used to
 * decide this with two predicates that differed at the edges (得 after it, a refusal after it, which
 * words before 您 make the buyer an object), so some replies were flagged by both and some by none.
 *
 * Both rules' lexicons declare the cues named in TOLD_CUES with the same word classes
 * (src/vocab/classes.yaml), so the two readings cannot drift apart again.
 */
export const TOLD_CUES = ['customer', 'polite', 'pageRefusal', 'denial'] as const

/** 给您 / 帮您 / 让您…: the buyer is an object there, not the one who acted. */
const OBJECT_BEFORE = codeSet('给帮为让跟和向对替把请叫')
const BECAUSE = normalizePhrase('因为')
/** 您好 is a greeting; 亲自 / 亲手… are not the buyer. */
const NOT_CUSTOMER = ['您好', '你好', '亲自', '亲手', '亲眼', '亲测', '亲身', '亲耳'].map(normalizePhrase)
/** 其他买家 / 有的顾客: other buyers, not the one answered. Matched by length (at most a few words per hit). */
const OTHERS = new Set(classWords('customer.others', 'rules/shared/told.ts').map(normalizePhrase))
const OTHERS_LENGTHS = [...new Set([...OTHERS].map((w) => w.length))]
const PAUSE = codeSet(', ~!')

/** A word of the customer.others class ending right at `at`. */
function othersBefore(text: string, at: number): boolean {
  for (const n of OTHERS_LENGTHS) if (at >= n && OTHERS.has(text.slice(at - n, at))) return true
  return false
}

/** 亲， / 亲爱的 / 您好 followed by a pause: the buyer addressed, not the subject of what follows. */
function vocative(ctx: LintContext, s: number): boolean {
  // Cheap first: customer words are at most 3 characters, so no pause right after means no vocative.
  const t = ctx.text
  if (!PAUSE.has(t.charCodeAt(s + 1)) && !PAUSE.has(t.charCodeAt(s + 2)) && !PAUSE.has(t.charCodeAt(s + 3))) return false
  let end = -1
  for (const [a, e] of cuesWithin(ctx, 'customer', s, s + 4)) if (a === s && e > end) end = e
  return end > 0 && PAUSE.has(t.charCodeAt(end))
}

/**
 * Whether the `customer` cue at `s` names the buyer as one who may act: not an object (给您, 帮您;
 * but 因为您 is "because you"), not addressed (亲，), not a greeting (您好), not other buyers (其他买家).
 */
export function buyerAt(ctx: LintContext, s: number): boolean {
  const t = ctx.text
  if (OBJECT_BEFORE.has(t.charCodeAt(s - 1)) && !t.startsWith(BECAUSE, s - 2)) return false
  if (vocative(ctx, s)) return false
  if (othersBefore(t, s)) return false
  return !NOT_CUSTOMER.some((w) => t.startsWith(w, s))
}

/**
 * A reply asked without its question mark (…您有看吗, …不是说了吗): 吗 / 么 / 嘛 at a sentence end. The
 * normaliser keeps the ideographic full stop, so 。 and … end a sentence here too (没看到吗。三到五天).
 */
export const QUESTION_TAIL = new RegExp(`[${normalizePhrase('吗么嘛')}][${normalizePhrase('呀啊呢')}]?(?:[.!~\\s。…]|$)`)
const MANNER_DE = normalizePhrase('得')

/**
 * Whether the told-you-so at [start, end) is pressed on the buyer: stressed by 得 (上面已经说得很明白了,
 * 都说了得先申请), asked back anywhere in the reply (…您没看吗？), backing a refusal or a denial after it
 * (前面说过了，定制款不退换; 都说了，这个处理不了), or with the buyer named outside it as one who acts
 * (都说了要等，您一直催也没用) — not as the one asked or served (请您往上看, 麻烦您, 建议您, 给您发短信),
 * addressed (亲，), greeted (您好) or other buyers (其他买家).
 */
export function toldPressedOnBuyer(ctx: LintContext, f: { readonly start: number; readonly end: number }): boolean {
  const t = ctx.text
  if (t[f.end] === MANNER_DE) return true
  if (t.includes('?') || QUESTION_TAIL.test(t)) return true
  if (ctx.hasCue('pageRefusal', f.end, t.length) || ctx.hasCue('denial', f.end, t.length)) return true
  return ctx
    .cues('customer')
    .some(([s, e]) => (e <= f.start || s >= f.end) && buyerAt(ctx, s) && !ctx.hasCue('polite', Math.max(0, s - 2), s))
}
