/**
 * A promise made without a promise word (a construction: 不会掉色的, 摔不坏, 刷三天就能白, a bare yes to an outcome asked
 * about): which readings say nothing certain after all, and the hedge that softens the rest (softenImplicit).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseStart, sentenceEnd } from '../../src/context/text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { classWords } from '../../src/vocab/index.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { wordAlternation } from '../shared/regexp.js'
import { durationBefore, numeralBefore } from '../shared/duration.js'
import { YI, editsOf, previewOf } from './edit.js'
import { REASON } from './suggest.js'

/**
 * A promise made without a promise word is softened by a hedge in front (机洗一般不会缩水),
 * not by deleting a word; a bare answer (不会哒) becomes a hedged answer with a next step.
 * 包 in 包合身 is the promise itself, so the hedge takes its place (一般都合身).
 */
export function softenImplicit(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  // 买了不会后悔, 闭眼入不踩雷: regret ruled out recommends the goods, as 买它准没错 does; the pool's
  // authors (sets B, O, P and the 不踩雷 of seven more) leave it unlabelled unless a promise word says it
  // (肯定不会后悔), which that word's own entry reports, or 包 does (包不踩雷: the promise word of its entry).
  if (text[f.start] !== '包' && REGRET.some((w) => text.endsWith(w, f.end))) return null
  // 不会掉 as an outcome of its own only when nothing but 的, a particle or 下来/下去 follows (掉价, 掉以轻心 do);
  // answering 会不会掉？ it is the asked-outcome entry's (outcome.asked.bad), reported once.
  if (f.entry.tags.includes('fallOff') && ((isHanAt(text, f.end) && !AFTER_FALL.has(text[f.end]!)) || ctx.previousHasCue('askedBad'))) return null
  // mendD35: the sensitive group as part of a product's name (宝宝餐椅的坐垫拆下来机洗也没问题, 宝宝学步车…推也没问题): the
  // goods are vouched for, not a body.
  if (f.entry.tags.includes('group') && groupNamesGoods(ctx, f)) return null
  // 今天的大闸蟹到货啦: a time word with 的 names which goods, it does not date the arrival.
  if (f.entry.tags.includes('when') && whenModifies(text, f.start)) return null
  // 备注一下周日派送 / 等一下午: a time word right after 一 belongs to 一下 or counts a span (一下午, a
  // whole afternoon); it dates nothing. After 周/星期/初… the 一 is itself a date (周一下午送到).
  if (f.entry.tags.includes('when')) {
    // 周一下午给您送到: the nearest time word is 下午, but the date is 周一下午 — the span takes it whole.
    let start = f.start
    for (let w; (w = WHEN.find((x) => text.endsWith(x, start))); ) start -= w.length
    if (afterYiXia(text, start)) return null
    if (start !== f.start) f = { ...f, start }
  }
  // 刷三天就能白: the figure before the dose word (三天, 一支) joins the span; 天就能白 cuts a word.
  // …and an ordinal's 第 with it (用完第一瓶): 第一般一瓶 cuts the ordinal, the hedge goes before the use.
  if (f.entry.tags.includes('dose')) {
    const n = numeralBefore(text, clauseStart(text, f.start), f.start)
    f = { ...f, start: f.start - n - (n && text[f.start - n - 1] === ORDINAL ? 1 : 0) }
  }
  // 一周见效, 28天彻底祛斑: the effect is promised by the figure before it, which joins the span.
  if (f.entry.tags.includes('deadline')) {
    const n = durationBefore(text, clauseStart(text, f.start), f.start, 'time')
    if (!n) return null
    f = { ...f, start: f.start - n }
  }
  // 怎么会掉色呢 answering 洗了一次就掉色: surprise at what the customer reports, not a denial.
  if (f.entry.tags.includes('rhetorical') && reportsOutcome(ctx.previous)) return null
  // promise40: a record of no complaints (没人说过起球) held against the buyer's own report is blame-customer's, not a promise.
  // (Asked about the outcome ahead, 会掉毛吗, the record answers the worry: a promise.)
  if (f.entry.tags.includes('record') && reportsOutcome(ctx.previous) && !ASKED_AHEAD.test(ctx.previous ?? '')) return null
  let expected: string[]
  if (f.entry.tags.includes('answer')) {
    // ap31: a short 会 / 不会 with 放心 answers yes or no as the reply did (会的，放心吧 / 放心，不会的).
    const modalNo = f.entry.tags.includes('modalAnswer') ? MODAL_NO.test(text.slice(f.start, f.end)) : undefined
    const kind = f.entry.tags.includes('demand') ? 'demand' : modalNo === false || (modalNo === undefined && f.entry.tags.includes('yes')) ? 'yes' : 'no'
    expected = [ANSWER[kind][ctx.locale]]
    // mendD35: a yes to a guarantee asked for the shop's own goods or sending (能保证是顺丰发吗？— 能的) is rated as 能保证的 is.
    const severity = f.entry.tags.includes('yes') && vouchesOwnGoods(ctx, f) ? 'info' : f.severity
    return { ...f, severity, expected, data: { reason: REASON.uncontrolled[ctx.locale], preview: expected[0]! } }
  }
  // lead34: a claim a hedge does not soften (一般用了就能排毒, 一般谁穿谁好看 are still exaggeration's claims): no example
  // rewrite, the message says to drop it.
  if (f.entry.tags.includes('noHedge')) return { ...f, expected: [], data: { reason: REASON.uncontrolled[ctx.locale], preview: '' } }
  // 包 in 包合身 is the promise itself, so the hedge takes its place; elsewhere it goes in front.
  const bao = text[f.start] === '包'
  // 哪会掉色 → 一般不会掉色: the question word gives way to the hedged statement it stood for.
  // An arrival time: 预计明天送到 is how couriers themselves put it.
  expected = f.entry.tags.includes('rhetorical')
    ? ['一般不会', '正常情况下不会']
    : f.entry.tags.includes('stake')
      ? ['我们负责处理', '我们帮您处理']
      : f.entry.tags.includes('solved')
        ? ['尽快处理', '尽力处理']
      : bao
        ? ['一般都', '大多']
        : f.entry.tags.includes('when')
          ? ['预计', '一般']
          : ['一般', '正常情况下']
  const out: Finding = { ...f, expected }
  out.data = { reason: REASON.uncontrolled[ctx.locale], preview: previewOf(ctx, editsOf(out, ctx)) }
  return out
}

/**
 * mendD35: the customer asked the shop to guarantee its own goods or sending (能保证是今年的新茶吗, 可以保证是全新未拆封的吗,
 * 能保证是顺丰发吗: the policy cue or goods.own.sent), with no outcome the shop does not control in the question nor in the
 * rest of the reply's sentence: the yes vouches for the shop itself, info, as 能保证的 answering it is (severity.ts, rate).
 */
function vouchesOwnGoods(ctx: LintContext, f: Finding): boolean {
  return ctx.previousHasCue('guaranteeAsked') && (ctx.previousHasCue('policy') || ctx.previousHasCue('ownGoodsAsked')) && !ctx.previousHasCue('uncontrolled') && !outcomeAfter(ctx, f.end, sentenceEnd(ctx.text, f.end))
}

/**
 * promise42: an outcome the shop does not control in [from, to) — not the receipt named as when the buyer checks for herself
 * (收到可以看一下, 收到后您可以核对生产日期, 到手请检查): the buyer's step on arrival, no arrival promised (DC).
 */
const BUYER_CHECKS = new RegExp(normalizePhrase('^(?:货|货物|商品|宝贝|包裹|快递)?(?:后|了|以后|之后|的时候|时)?[，, ]?(?:您|你|妳|亲)?(?:可以|能|就可以|就能|请|麻烦|记得|自己)?(?:自己)?(?:先)?') + `(?:${wordAlternation(classWords('check.buyer', 'rules/absolute-promise/implicit.ts'), normalizePhrase)})`, 'u')
const RECEIPT = new Set(classWords('receipt.buyer', 'rules/absolute-promise/implicit.ts').map(normalizePhrase))
function outcomeAfter(ctx: LintContext, from: number, to: number): boolean {
  const cues = cuesWithin(ctx, 'uncontrolled', from, to)
  const checked = cues.filter(([s, e]) => RECEIPT.has(ctx.text.slice(s, e)) && BUYER_CHECKS.test(ctx.text.slice(e, to)))
  // A cue inside a receipt the buyer checks on (到 of 收到) goes with it.
  return cues.some(([s, e]) => !checked.some(([cs, ce]) => cs <= s && e <= ce))
}

/** The longest group word and product noun looked at (婴幼儿, 安全座椅): a fixed window whatever the sentence. */
const GROUP_REACH = 6
const GOODS_REACH = 5
/**
 * mendD35: the group word the span starts at is followed right away by a product noun (宝宝餐椅, 儿童座椅, 狗狗窝): it names the
 * goods (goods.for.group), so the group-reach entry has no person in it. 宝宝的衣服 (with 的) still names whose clothes.
 */
function groupNamesGoods(ctx: LintContext, f: Finding): boolean {
  const name = f.entry.constructionCues?.before
  if (name === undefined) return false
  for (const [s, e] of cuesWithin(ctx, name, f.start, Math.min(f.end, f.start + GROUP_REACH))) {
    if (s === f.start && cuesWithin(ctx, 'groupGoods', e, Math.min(f.end, e + GOODS_REACH)).some(([g]) => g === e)) return true
  }
  return false
}

/** What may follow a bare 掉 (不会掉的, 不会掉下来): 的, 了, a particle, 下. */
const AFTER_FALL = new Set([...'的了下', ...classWords('particle', 'rules/absolute-promise/implicit.ts')].map(normalizePhrase))

/** Regret ruled out (买了不会后悔, 闭眼入不踩雷): see softenImplicit. */
const REGRET = classWords('outcome.regret', 'rules/absolute-promise/implicit.ts').map(normalizePhrase)

const WHEN = [...classWords('time.when', 'rules/absolute-promise/implicit.ts')].map(normalizePhrase).sort((a, b) => b.length - a.length)

/** Whether the time word at `at` is followed by 的 (a modifier: 今天的货, 明天下午的单). */
function whenModifies(text: string, at: number): boolean {
  const w = WHEN.find((x) => text.startsWith(x, at))
  return w !== undefined && text[at + w.length] === '的'
}

const ORDINAL = normalizePhrase('第')
/** Before 一 these make it part of a date (周一, 星期一, 礼拜一, 初一, 十一, 五月一): 周一下午 is Monday afternoon. */
const DATE_BEFORE_YI = new Set([...'周期拜初十月第'].map(normalizePhrase))

const XIA = normalizePhrase('下')

/** Whether the time word at `at` follows 一 (一下午) or 一下 (备注一下周日派送), not a date's 一 (周一下午). */
function afterYiXia(text: string, at: number): boolean {
  const yi = text[at - 1] === YI ? at - 1 : text[at - 1] === XIA && text[at - 2] === YI ? at - 2 : -1
  return yi >= 0 && !DATE_BEFORE_YI.has(text[yi - 1] ?? '')
}

const MODAL_NO = /不会|唔会/u
const ANSWER = {
  yes: { zh: '一般是可以的，具体因人而异，有问题随时联系我们', en: '一般是可以的，具体因人而异，有问题随时联系我们' },
  no: { zh: '正常情况下不会的，万一有问题随时联系我们处理', en: '正常情况下不会的，万一有问题随时联系我们处理' },
  demand: { zh: '好的，已经帮您备注并催促物流，我们尽量安排，有进展第一时间告诉您', en: '好的，已经帮您备注并催促物流，我们尽量安排，有进展第一时间告诉您' },
}

/**
 * The customer's message says the bad outcome happened (洗了一次就掉色, 收到就碎了): a complaint,
 * or a bad outcome not asked about. Read only when a rhetorical entry matched.
 */
const COMPLAINT = [...classWords('act.complaint', 'rules/absolute-promise/implicit.ts')].map(normalizePhrase)
const REPORTED_BAD = [...classWords('outcome.bad', 'rules/absolute-promise/implicit.ts')].map(normalizePhrase)
/** promise40: the buyer asks whether the outcome will come (会掉毛吗, 会不会缩), not what already came. */
const ASKED_AHEAD = /[吗嘛]|会不会|能不能|有没有|會不會/
function reportsOutcome(previous: string | undefined): boolean {
  if (!previous) return false
  if (COMPLAINT.some((w) => previous.includes(w))) return true
  // previous is normalised (half-width), so ? stands for ？ too.
  const asking = /[吗嘛么?]|会不会|能不能|是不是|有没有/.test(previous)
  return !asking && REPORTED_BAD.some((w) => previous.includes(w))
}
