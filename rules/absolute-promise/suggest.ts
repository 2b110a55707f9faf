/**
 * The rewrite of a promise word and its message: the softer word that fits what follows it (suggestFor), the example with
 * the edit applied (previewOf), and the drop messages for a word that is best deleted.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { firstCue } from '../../src/context/cues.js'
import { EMPTY_SAYING, frameEdit, previewOf } from './edit.js'
import type { Scope } from './severity.js'

/** Completes a rated promise word (in place: the engine hands each judge a finding of its own) with its rewrite and example. */
export function suggestWord(f: Finding, ctx: LintContext, { sStart, sEnd, uncontrolled }: Scope): Finding {
  const { text } = ctx
  // Long enough to read a not-even-one outcome (一个坏果都没有) as well as the next word.
  const after = text.slice(f.end, f.end + 9)
  const arrivalAt = firstCue(ctx, 'arrival', f.end, Math.min(sEnd, f.end + 8))
  const arrival = arrivalAt !== undefined && !sensedTo(text, arrivalAt)
  // The rewrite follows what this sentence says (百分百正品 → 正品 whatever the customer asked).
  // …or an outcome the customer's question named (会不会化？— 绝不会化的 → 一般不会化的).
  const here = ctx.hasCue('uncontrolled', sStart, sEnd) || (ctx.hasCue('askedBad', f.end, sEnd) && ctx.previousHasCue('askedBad'))
  const effect = ctx.hasCue('effectAhead', f.end, Math.min(sEnd, f.end + 6))
  // 明天一定到，绝对 / …，肯定的: the word as a clause of its own stresses what was said before it; a
  // hedge in its place (…，一般都) says nothing, so the example drops it.
  const expected = dropsAlone(text, f)
    ? ['']
    : suggestFor(f, text.slice(f.start, f.end), text.slice(Math.max(0, f.start - 2), f.start), after, here, arrival, effect)
  // The engine hands each judge a finding of its own: completed in place, not copied.
  f.expected = expected.filter((e) => e !== '')
  // ap30: 保证一点色差都没有 → 一般没什么色差: the frame after the word gives way with it (frameEdit).
  const edit = (expected[0] ? frameEdit(f, ctx) : undefined) ?? { start: f.start, end: f.end, text: expected[0] ?? '' }
  f.data = {
    reason: (uncontrolled ? REASON.uncontrolled : REASON.plain)[ctx.locale],
    preview: previewOf(ctx, [edit]),
  }
  f.message = expected[0] === '' && !f.entry.message ? (f.data.preview === '' ? DROP_ALL_MESSAGE : DROP_MESSAGE) : f.message
  return f
}

/**
 * Suggestions depend on what the promise is about; replacing 肯定 with 尽量 everywhere
 * gives bad Chinese (这款尽量不会掉色的). What follows the adverb decides:
 *   a negative outcome (不会掉色)     → 一般 / 正常情况下
 *   a possibility (会到, 能到)        → 一般 / 应该
 *   something the shop does (给您发货) → 尽量 / 争取
 */
const NEGATIVE = ['不', '没']
const MODAL = ['会', '能', '可以']
const SHOP_DOES = ['给您', '给你', '帮您', '帮你', '为您', '发货', '发出', '安排', '处理', '联系', '反馈', '跟进', '补发', '尽快', '在']

/** Not even one (一个坏果都没有, 一点色差也没有) right after the promise word. */
const NONE_AHEAD = /^一[^，,。.!?;]{0,5}[都也][不没无冇唔]/

function startsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.startsWith(w))
}

/** Better words for the adverb or verb at [start, end), best first. */
function suggestFor(f: Finding, word: string, before: string, after: string, uncontrolled: boolean, arrival: boolean, effect: boolean): string[] {
  // The shop's own policy (正品保证) has no softer word: the message says keep it if honoured.
  if (f.entry.tags.includes('policy')) return ['']
  // 管保您满意 / 担保您满意 / 保证您明天收到: the buyer is the subject of what is promised, and a hedge before
  // 您 (一般都您满意, 争取您明天收到) is not Chinese; the softened verb makes the buyer's outcome its aim.
  // (A word that holds the pronoun, 包您满意, loses it with the word: 争取满意, 一般都睡得香.)
  if (PRONOUN_START.test(after) && !f.entry.tags.includes('answer') && (f.entry.tags.includes('verb') || f.entry.tags.includes('adverb') || f.entry.expected.length)) {
    return ['争取让', '尽量让']
  }
  if (f.entry.expected.length) return f.entry.expected
  const verb = f.entry.tags.includes('verb')
  // 质量是有保证的 → 有保障: the noun use of 保证 has a standard, modest form.
  if (verb && before.endsWith('有')) return ['保障']
  // 保证是全网最好的 → drop it: 争取是… is not Chinese.
  if (verb && after.startsWith('是')) return ['']
  // 绝不会外泄 → 不会外泄: a certain "never" keeps its negation; 一般会外泄 would say the opposite.
  // About an outcome the shop does not control it still needs a hedge: 一般不会压坏.
  if (/^[绝永决]不/.test(word)) return uncontrolled ? ['一般不', '正常情况下不'] : ['不']
  // 一定会变淡 → 一般会变淡: the modal stays, only the certainty goes.
  if (/[会能]$/.test(word)) {
    const modal = word.slice(-1)
    return arrival ? [`预计${modal}`, `一般${modal}`] : [`一般${modal}`, `应该${modal}`]
  }
  // 保证一个坏果都没有 → 一般一个坏果都没有: not even one bad is a negative outcome too (争取… is not Chinese).
  if (startsWithAny(after, NEGATIVE) || NONE_AHEAD.test(after)) return ['一般', '正常情况下']
  if (startsWithAny(after, MODAL)) return ['一般', '应该']
  if (startsWithAny(after, SHOP_DOES)) return ['尽量', '争取']
  if (verb && effect) return ['一般都', '大多']
  if (verb) return ['争取', '尽量']
  // 快递肯定明天到 → 快递预计明天到: deleting the adverb would still promise the arrival;
  // 保准合身 → 一般都合身 for any other outcome. 百分百正品 → 正品: an intensifier before a noun
  // is simply dropped.
  if (arrival) return ['预计', '一般']
  // 永远都跟新的一样 → 一般都跟新的一样: the 都 is already there (一般都都… is no Chinese).
  if (uncontrolled && after.startsWith('都')) return ['一般', '大多']
  return uncontrolled ? ['一般都', '大多'] : ['']
}

const PRONOUN_START = /^[您你]/u

export const REASON = {
  uncontrolled: { zh: '，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等）', en: ' about something the shop does not control (delivery, effect, fit, skin)' },
  plain: { zh: '', en: '' },
}

/**
 * 看不到 / 找不到 / 闻得到: the bare 到 of a potential complement after a verb of sensing or finding is
 * no arrival, so its rewrite hedges with 一般 (绝对看不到 → 一般看不到), not 预计 (预计看不到 reads as a
 * delivery estimate). After a verb of sending or receiving (送不到, 收得到) it is still the arrival.
 */
const CARRY = new Set([...'送寄发运收到配派递邮'].map(normalizePhrase))
function sensedTo(text: string, [start, end]: readonly [number, number]): boolean {
  if (end - start !== 1 || text[start] !== normalizePhrase('到')) return false
  const link = text[start - 1]
  const verb = text[start - 2]
  return (link === normalizePhrase('不') || link === normalizePhrase('得')) && verb !== undefined && !CARRY.has(verb)
}

const DROP_MESSAGE = {
  zh: '{actual}是绝对化承诺{reason}，建议删去，例如「{preview}」。',
  en: '{actual} is an absolute promise{reason}; drop it, e.g. “{preview}”.',
}
/** The word is all the reply says: nothing is left to show as an example. */
const DROP_ALL_MESSAGE = {
  zh: '{actual}是绝对化承诺{reason}，建议换成留有余地的说法，例如「一般」、「尽量」，并说明接下来怎么处理。',
  en: '{actual} is an absolute promise{reason}; say it with room to spare (一般, 尽量) and what happens next.',
}

/**
 * Whether the finding is a certainty adverb (绝对, 肯定, 百分百) that is its clause's only word, after
 * something said before it, particles and marks aside. A word that holds its outcome (准到, 必达) or
 * answers a question keeps its own rewrite.
 */
export function dropsAlone(text: string, f: Finding): boolean {
  if (!f.entry.tags.includes('adverb') || f.entry.tags.includes('answer') || f.entry.expected.length) return false
  const cs = clauseStart(text, f.start)
  if (cs === 0) return false
  return EMPTY_SAYING.test(text.slice(cs, f.start) + text.slice(f.end, clauseEnd(text, f.end)))
}
