import { normalizePhrase } from '../../src/normalize/normalize.js'
import { isHan } from '../../src/vocab/chars.js'

/**
 * A gift named before its count (送饮料一杯, 赠小样三支, 送您纸巾两包). A short reward word
 * (送, 赠, 领) followed in its clause by a short noun and then a numeral with a measure word pays as
 * surely as 送一杯饮料 does (amountEnd/itemEnd read the count only right after the verb).
 */
const COUNT = new Set(normalizePhrase('一二两三四五六七八九十几1234567890'))
const MEASURE = new Set(normalizePhrase('包双支瓶盒张份套件袋片罐次个只条杯颗本台把箱斤对束枝卷副组粒根节堂'))
/** The thing given is a short noun: at most this many characters before its count. */
const NOUN_MAX = 5

/** End of 饮料一杯 after a short reward word ending at `end` (within `limit`), or `end`. */
export function giftCountEnd(text: string, end: number, limit: number): number {
  const stop = Math.min(limit, end + NOUN_MAX + 2)
  let i = end
  while (i < stop && isHan(text.charCodeAt(i)) && !COUNT.has(text[i]!)) i++
  if (i === end || i - end > NOUN_MAX) return end
  if (!COUNT.has(text[i] ?? '')) return end
  let j = i
  while (j < stop && COUNT.has(text[j]!)) j++
  return MEASURE.has(text[j] ?? '') ? j + 1 : end
}

const DONE = ['已经', '已'].map(normalizePhrase)
const DONE_REACH = 3

/**
 * 已经给您加急处理了, 投诉已撤销: a reward already handed over, or a change already made, is reported
 * as done, not offered for a review. Whether 已 or 已经 stands within DONE_REACH characters before `at`.
 */
export function doneBefore(text: string, at: number): boolean {
  for (let i = Math.max(0, at - DONE_REACH - 2); i < at; i++) if (DONE.some((d) => text.startsWith(d, i) && i + d.length <= at && at - (i + d.length) <= DONE_REACH)) return true
  return false
}
