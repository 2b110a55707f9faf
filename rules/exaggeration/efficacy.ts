import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { isNegated } from '../../src/context/negation.js'
import { isAdvice } from '../../src/context/advice.js'
import { cueFrom } from '../../src/context/cues.js'
import { durationBefore, durationIn } from '../shared/duration.js'
import { isEnd, norm, type Judge } from './words.js'

/**
 * Efficacy and medical claims (美白, 立刻白, 专治, 腰围小三寸, 三天见效, 包过): the checks that keep an effect promised
 * by the product and drop a product line's name, advice to see a doctor, a comparison of sizes, a deposit's safety
 * or a visa's 包过.
 */

/** Strict profile: 美白 names a product line (美白精华) until it is offered as an effect (能美白, 美白效果好). */
export const efficacyWord: Judge = (f, ctx) => {
  const cs = clauseStart(ctx.text, f.start)
  if (ctx.hasCue('claimVerb', Math.max(cs, f.start - 4), f.start)) return f
  for (let at = f.end; at <= f.end + 2; at++) if (cueFrom(ctx, 'effectAfter', at) > 0) return f
  return null
}

/** 立刻 / 秒 / 一贴就 + an effect, ending there: 敷完立刻白, 甲醛秒清零 (not 马上白色就补货了). */
const INSTANT_GAP = norm(['就能', '就会', '就', '会', '能', '变'])
export const instant: Judge = (f, ctx) => {
  const t = ctx.text
  // The effect may carry the gap word itself (变挺, 变白): try it before skipping the gap.
  let end = cueFrom(ctx, 'instantEffect', f.end)
  if (end < 0) {
    let at = f.end
    for (const w of INSTANT_GAP) if (t.startsWith(w, at)) { at += w.length; break }
    end = cueFrom(ctx, 'instantEffect', at)
  }
  if (end < 0) return null
  const next = t[end]
  if (!isEnd(next) && next !== '的' && next !== '得') return null
  return { ...f, end }
}

/** 能治疗失眠 / 专治脚气: the product treats; 建议去医院治疗 / 配合医生治疗 is advice. */
export const treat: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  if (ctx.hasCue('seeDoctor', Math.max(sentenceStart(t, f.start), f.start - 10), f.end + 4)) return null
  const phrase = t.slice(f.start, f.end)
  if (OUTRIGHT_TREAT.includes(phrase)) return f
  return ctx.hasCue('treatVerb', Math.max(cs, f.start - 4), f.start) ? f : null
}
/** 专治 / 主治 / 能治 carry their claim verb in themselves. */
const OUTRIGHT_TREAT = norm(['专治', '主治', '能治', '可以治', '可治'])

/**
 * A body measurement or a score moved by a number — 腰围小三寸, 成绩保证提高二十分,
 * 宝宝吃一个月就胖一圈 — is a result promised by the figure. The change verb and the figure
 * follow the anchor within a few characters of the same clause; a comparison between sizes
 * (比那条腰围小2cm) or a condition (…的话) is not an effect.
 */
const MEASURE = /^([^,.!?;:~\s]{0,6}?)(?:缩小|减少|提高|提升|下降|增加|长高|小|细|瘦|减|掉|涨|长|胖|降|多)了?(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百几半]+)个?(?:寸|公分|厘米|cm|公斤|kg|斤|码|圈|分|号|度)/
export const measure: Judge = (f, ctx) => {
  const t = ctx.text
  const m = MEASURE.exec(t.slice(f.end, f.end + 16))
  if (!m) return null
  // The span is the change and its figure (提高二十分), whichever anchor found it.
  const start = f.end + m[1]!.length
  const end = f.end + m[0].length
  const cs = clauseStart(t, f.start)
  if (t.slice(cs, end).includes('比') || ctx.hasCue('measureUnless', end, clauseEnd(t, end))) return null
  if (ctx.hasCue('measureHedge', cs, end)) return null
  if (isNegated(t, f.start) || isQuestion(t, f.start, end) || isAdvice(t, f.start, end)) return null
  return { ...f, start, end }
}

/** 三天见效, 一个月就淡斑, 7天内美白: a result promised by a stated duration, which joins the span. */
export const duration: Judge = (f, ctx) => {
  const n = durationBefore(ctx.text, clauseStart(ctx.text, f.start), f.start)
  return n ? { ...f, start: f.start - n } : null
}

/**
 * 敷一周肯定变白, 保證一週變白, 连续敷七天，毛孔保证细一圈: the skin change is still claimed for a stated
 * course of use when a promise word stands inside the claim. Without a course (敷完肯定白一个度) the pool
 * reads the promise alone, and absolute-promise reports it.
 */
export const promisedCourse: Judge = (f, ctx) => (durationIn(ctx.text, sentenceStart(ctx.text, f.start), f.end) ? f : null)

/** 这层白的是水垢，属于正常现象，无毒无害: a safety word about a deposit named before it in the sentence, not about the goods. */
export const deposit: Judge = (f, ctx) => (ctx.hasCue('deposit', sentenceStart(ctx.text, f.start), f.start) ? null : f)

/**
 * ex31: 包过 / 保过 of a visa or an authenticity check (日本签证我们包过; 专柜能验过吗？— 包过的): an outcome promised, which
 * absolute-promise reports, not a learning result. The sentence or the buyer's turn names what is to pass (cue notExam).
 */
export const exam: Judge = (f, ctx) =>
  ctx.hasCue('notExam', sentenceStart(ctx.text, f.start), sentenceEnd(ctx.text, f.end)) || ctx.previousHasCue('notExam') ? null : f

/**
 * ap36: the 0 that begins a measured figure (甲醛释放量是0.01mg/m³, 含量为0.03): a test result read out, not a pollutant said to be
 * zero. The decimal point and a digit right after the finding's 0.
 */
const DECIMAL_ON = /^[.．。点點][0-9０-９零〇一二三四五六七八九]/u
export const zeroFigure: Judge = (f, ctx) => (/[0０零]$/u.test(ctx.text.slice(f.start, f.end)) && DECIMAL_ON.test(ctx.text.slice(f.end, f.end + 2)) ? null : f)
