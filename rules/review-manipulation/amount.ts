import { normalizePhrase } from '../../src/normalize/normalize.js'
import { isHan } from '../../src/vocab/chars.js'

/**
 * Amounts after a reward word: 返3元, 送5块钱, 返两元, 返 8 块钱, 打九折, 打8.5折. Literals are
 * compared with the normalised reply, so they are normalised like it.
 */
const NUMERAL = new Set(normalizePhrase('0123456789.一二两三四五六七八九十百千'))
/** r / rmb: chat shorthand for 元 (返3r); 蚊 is Cantonese for 元 (五十蚊). */
/** Credit in a game or a course counts as money (额外加二十钻, 返两百学费): set Q. */
const UNITS = ['块钱', '元', '块', '毛', '折', '蚊', 'rmb', 'r', '钻', '点券', '金币', 'q币', '学费', '课时费'].map(normalizePhrase)
/** 个: 打个折 has no figure but is a discount all the same; 满十五个字 counts with it. */
const GE = normalizePhrase('个')
const DISCOUNT = normalizePhrase('折')
const FULL = normalizePhrase('满')
/** 满15字, 满3张, 满5星, 打满5分, 挂满一周: sizes or the standing time of the review, not spending thresholds. */
const REVIEW_QUANTITY = ['字', '张', '星', '分', '天', '颗', '周', '月'].map(normalizePhrase)
const LONGEST = 6

const isSpace = (c: string | undefined) => c === ' ' || c === '\t'

/** End of the amount right after `end` (one space either side of the figure allowed), or `end`. */
export function amountEnd(text: string, end: number): number {
  let i = end
  if (isSpace(text[i])) i++
  // rv32: a currency sign before the figure (即减HK$30, 送你一张$20券; BA, k, AY): the sign says money as a unit after does.
  const sign = CURRENCY.find((c) => text.startsWith(c, i))
  if (sign && NUMERAL.has(text[i + sign.length] ?? '')) {
    let j = i + sign.length
    while (j < text.length && j - i < LONGEST + sign.length && NUMERAL.has(text[j]!)) j++
    return j
  }
  const figure = i
  while (i < text.length && i - figure < LONGEST && NUMERAL.has(text[i]!)) i++
  if (i === figure) {
    // 打个折: a discount without a figure.
    return text[i] === GE && text.startsWith(DISCOUNT, i + 1) ? i + 2 : end
  }
  const figureEnd = i
  if (isSpace(text[i])) i++
  const unit = UNITS.find((u) => text.startsWith(u, i))
  if (unit) return i + unit.length
  // 给您退20, 返二十吧: a figure that ends the clause is money said without its unit; one
  // followed by a word (退一下, 补一个, 返3天) is not.
  // After 打 the figure is a score or a grade (评分打5), not money.
  return endsClause(text, figureEnd) && !NOT_MONEY.has(text[end - 1] ?? '') ? figureEnd : end
}
const NOT_MONEY = new Set(normalizePhrase('打星分第给'))
/** Currency signs written before the figure (HK$, NT$, MOP$, S$, RM, $, ¥), longest first, as normalised text spells them. */
const CURRENCY = ['hk$', 'nt$', 'mop$', 's$', 'rm', 'us$', '$', '¥', '￥'].map(normalizePhrase).sort((a, b) => b.length - a.length)

/** Particles and marks that may close a clause after a bare figure (退20吧, 返5～). */
const CLOSERS = new Set(normalizePhrase('吧哦呢哈啊呀的啦喔～~!！,，.。、?？ \t'))
function endsClause(text: string, at: number): boolean {
  return at >= text.length || CLOSERS.has(text[at]!)
}

/**
 * 满99送 is a spending threshold, a promotion of its own; 满15字 is a condition on the review
 * itself (评价满15字带图返现), so only 满 + amount not followed by 字/张/星/天 unlinks.
 */
export function spendThreshold(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(FULL, from); i >= 0 && i < to; i = text.indexOf(FULL, i + 1)) {
    let j = i + 1
    while (j < to && NUMERAL.has(text[j]!)) j++
    // 满十五个字: a measure word may stand between the figure and what is counted.
    if (text[j] === GE) j++
    if (j > i + 1 && !REVIEW_QUANTITY.includes(text[j] ?? '')) return true
  }
  return false
}

const FAN = normalizePhrase('返')
/** Measure words of a gift in kind (一包, 一双, 两支, 一次). */
const MEASURE = new Set(normalizePhrase('包双支瓶盒张份套件袋片罐次个只条杯颗本台把箱斤对泡束枝卷副组粒根节堂'))
/** What ends the thing given: the receiver, particles, a next verb (送一包湿巾给您, 送个小样哦). */
const ITEM_STOP = new Set(normalizePhrase('给您你的哦吧呢啊呀啦哈喔嘛了和或再也就还都并'))
/** The thing given is a short noun: at most this many characters after its measure word. */
const ITEM_MAX = 6

/**
 * 送一包湿巾, 额外送一双袜子, 送个小样: a reward word ending in a numeral or 个 runs on over its
 * measure word and the thing given, so the span never stops inside 一包 or 一双.
 */
export function itemEnd(text: string, end: number, limit: number): number {
  const last = text[end - 1] ?? ''
  if (last !== GE && !NUMERAL.has(last)) {
    // 给您返个小红包, 给你返一张券: after 返 the count and the thing handed back are the reward too.
    const next = text[end] ?? ''
    if (last !== FAN || (next !== GE && !NUMERAL.has(next))) return end
    // …only when a measure word and a thing follow (返一晚房费 stops before 一晚).
    const item = itemEnd(text, end + 1, limit)
    return item > end + 1 ? item : end
  }
  let i = end
  if (MEASURE.has(text[i] ?? '')) i++
  else if (last !== GE) return end
  const stop = Math.min(limit, i + ITEM_MAX)
  while (i < stop && isHan(text.charCodeAt(i)) && !ITEM_STOP.has(text[i]!)) i++
  return i
}
