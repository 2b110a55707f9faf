/**
 * A stated duration or dose right before an effect (三天见效, 一个月就淡斑, 28天彻底祛斑, 两个疗程,
 * 七天立刻瘦): the result is promised by the figure. Shared by exaggeration (a timed efficacy claim)
 * and absolute-promise (the same result stated as certain). Read in code, not as cue words: 天/月/次
 * as cues would be matched in nearly every reply. 几天 / 多久 are not durations (几天能见效？ asks).
 */
const NUMBER = '(?:[0-9]+|[一二两三四五六七八九十百半]+)个?'
const LINK = '(?:之内|以内|内|就能|就会|就|便|即可|即)?$'
/**
 * `dose`: a span of time or a dose, linked by 就 or not (exaggeration: 一贴就见效, 三天见效).
 * `time`: a span of time right before the effect (absolute-promise: 一周见效, 三天淡斑 — with 就
 * between, 三个月就能长高, its own 就 construction reports it).
 */
// ae37: 礼拜 beside 星期 (一个礼拜见效, 两个礼拜就淡斑): the spoken week.
const DURATION = {
  time: new RegExp(`${NUMBER}(?:天|周|星期|礼拜|月|年|小时|疗程)(?:之内|以内|内)?$`),
  dose: new RegExp(`${NUMBER}(?:天|周|星期|礼拜|月|年|次|小时|分钟|秒|疗程|瓶|盒|片|贴)${LINK}`),
}

/** How far back from `at` a duration reaches (0 when none), looking no further back than `from`. */
export function durationBefore(text: string, from: number, at: number, kind: keyof typeof DURATION = 'dose'): number {
  const m = DURATION[kind].exec(text.slice(Math.max(from, at - 12), at))
  return m ? m[0].length : 0
}

/** A span of time anywhere in a stretch (敷一周肯定变白: 一周 before the promise word, not right before the effect). */
const SPAN = new RegExp(`${NUMBER}(?:天|周|星期|礼拜|月|疗程)`)

/** Whether a span of time (三天, 一周, 一个月, 两个疗程) stands in [from, to). */
export function durationIn(text: string, from: number, to: number): boolean {
  return SPAN.test(text.slice(from, to))
}

const NUMERAL = new RegExp(`${NUMBER}$`)

/**
 * How far back from `at` a bare numeral reaches (三 of 三天, 一 of 一支, 12 of 12天), looking no
 * further back than `from`: a span that starts at the measure word after it cuts the figure in two.
 */
export function numeralBefore(text: string, from: number, at: number): number {
  const m = NUMERAL.exec(text.slice(Math.max(from, at - 8), at))
  return m ? m[0].length : 0
}
