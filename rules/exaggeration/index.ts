import { defineRule, type Finding, type LintContext, type Locale, type Profile } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { isPastedTitle } from '../../src/context/title.js'
import { isNegated } from '../../src/context/negation.js'
import { isAdvice } from '../../src/context/advice.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import lexicon from './lexicon.yaml'
import { cueFrom, cuesWithin, cueTo } from '../../src/context/cues.js'
import { CLAUSE_TAIL, isHanAt } from '../../src/vocab/chars.js'
import { durationBefore, durationIn } from '../shared/duration.js'

const parsed = parseLexicon(lexicon, 'rules/exaggeration/lexicon.yaml')

/** Word lists below are compared with normalised text, so they are normalised the same way. */
const norm = (words: readonly string[]) => words.map(normalizePhrase)
const set = (chars: string) => new Set(normalizePhrase(chars))

/** 最好看 / 最好吃…: an adjective when nothing follows, a verb phrase otherwise (最好看一下). */
const BEST_ADJ = set('看吃喝穿用听闻')
/** 最好 after these is advice or a wish, never a product claim: 您最好先…, 那就最好了, 还是最好… */
const BEST_ADVICE_BEFORE = norm(['您', '你', '亲', '建议', '还是', '那', '就', '这样', '这么', '我们', '我', '大家', '尽量', '所以', '当然', '都是'])
const WEIYI_SKIP = norm(['的', '一个', '一款', '一点', '一'])
const ENUMERATOR = norm(['第一', '第1'])

/** Where a claim can end: the shared clause tail (particles, 了, punctuation). */
const isEnd = (c: string | undefined) => c === undefined || CLAUSE_TAIL.has(c)

type Judge = (f: Finding, ctx: LintContext) => Finding | null

/**
 * 最好 is a claim (这款质量是最好的, 效果最好了) or advice (您最好先量一下, 最好是冷水洗,
 * 最好选大一码). What follows decides: 的 + a noun is a claim unless the noun is a way of
 * doing things (最好的办法); a bare 最好 at the end of a clause is a claim only with a product
 * or its quality as subject; anything verb-like after it is advice.
 */
const best: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const before = t.slice(cs, f.start).trimEnd()
  if (BEST_ADVICE_BEFORE.some((w) => before.endsWith(w))) return null
  if (ctx.hasCue('exemptSubject', cs, f.start) || ctx.hasCue('useCondition', cs, f.start)) return null
  // bl22: the way of use in the clause just before, the taste or effect alone in this one (常温放两天再冰，口感最好): a usage tip.
  if (usedBefore(ctx, cs, f.start)) return null
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
const scope: Judge = (f, ctx) => {
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
const rank: Judge = (f, ctx) => {
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
const weiyi: Judge = (f, ctx) => {
  let at = f.end
  for (const w of WEIYI_SKIP) if (ctx.text.startsWith(w, at)) at += w.length
  if (cueFrom(ctx, 'plainAfterWeiyi', at) > 0) return null
  // lead22: 唯一短信接收号码, 唯一绑定手机号: an identifier at the head of the noun phrase (real JD traffic, the third corpus).
  return ctx.hasCue('identifierHead', at, Math.min(clauseEnd(ctx.text, at), at + IDENTIFIER_REACH)) ? null : f
}
/** How far after 唯一 the identifier noun heading its phrase may end (唯一短信接收号码). */
const IDENTIFIER_REACH = 8

/** 电商专供款 names a sales channel; 国家机关专供 claims an endorsement. */
const channel: Judge = (f, ctx) => {
  const cs = clauseStart(ctx.text, f.start)
  if (ctx.hasCue('channel', Math.max(cs, f.start - 6), f.start)) return null
  // 国家机关专供 or 专供人民大会堂: the body may stand on either side.
  const body = ctx.hasCue('authorityBody', cs, f.start) || ctx.hasCue('authorityBody', f.end, Math.min(clauseEnd(ctx.text, f.end), f.end + 8))
  if (ctx.text.startsWith(normalizePhrase('专供'), f.start) && !body) return null
  return f
}

/** 无敌好用 → 很好用: before an adjective 无敌 is an intensifier (with 超级 in front, both go). */
const intensifier: Judge = (f, ctx) => {
  const next = ctx.text[f.end]
  if (!isHanAt(ctx.text, f.end) || isEnd(next) || next === '的') return f
  const s = cueTo(ctx, 'intensifierPrefix', f.start)
  return { ...f, start: s >= 0 ? s : f.start, expected: ['很', '非常'] }
}

/** Strict profile: 美白 names a product line (美白精华) until it is offered as an effect (能美白, 美白效果好). */
const efficacyWord: Judge = (f, ctx) => {
  const cs = clauseStart(ctx.text, f.start)
  if (ctx.hasCue('claimVerb', Math.max(cs, f.start - 4), f.start)) return f
  for (let at = f.end; at <= f.end + 2; at++) if (cueFrom(ctx, 'effectAfter', at) > 0) return f
  return null
}

/**
 * 最 + a quality word (mostHead) is a claim when it is the predicate (这款是最保暖的, 刷得最干净了)
 * or describes a noun (最天然的蜂蜜), said of the product. Not within the shop (这几款里面这款最保暖,
 * 最便宜的一款, an answer to 哪款最保暖？), not advice (最适合您的…), not a question.
 */
const most: Judge = (f, ctx) => {
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
  // 捏着有点弹再吃最甜, 尽快吃最新鲜: when to enjoy it at its best, a tip on use (as for 最好 / 最佳).
  if (ctx.hasCue('useCondition', cs, f.start)) return null
  if (isQuestion(t, f.start, end) || ctx.previousHasCue('chooseAmong')) return null
  const head = ctx.original.slice(f.end, end)
  return { ...f, end, expected: [`很${head}`, `非常${head}`] }
}

/** 立刻 / 秒 / 一贴就 + an effect, ending there: 敷完立刻白, 甲醛秒清零 (not 马上白色就补货了). */
const INSTANT_GAP = norm(['就能', '就会', '就', '会', '能', '变'])
const instant: Judge = (f, ctx) => {
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
const treat: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  if (ctx.hasCue('seeDoctor', Math.max(sentenceStart(t, f.start), f.start - 10), f.end + 4)) return null
  const phrase = t.slice(f.start, f.end)
  if (OUTRIGHT_TREAT.includes(phrase)) return f
  return ctx.hasCue('treatVerb', Math.max(cs, f.start - 4), f.start) ? f : null
}
/** 专治 / 主治 / 能治 carry their claim verb in themselves. */
const OUTRIGHT_TREAT = norm(['专治', '主治', '能治', '可以治', '可治'])

/** 价格最低的是基础款 / 价格最低的一款: a pick among the shop's own items, not a market claim. */
const ownRange: Judge = (f, ctx) => (ctx.text[f.end] === '的' && cueFrom(ctx, 'plainAfterMost', f.end + 1) > 0 ? null : f)

/**
 * 销量最高 / 卖得最火 / 最受欢迎: a market claim, unless it picks among the shop's own items
 * (店里卖得最好的, 这几款里面最受欢迎, 最受欢迎的颜色是…) or answers 哪款卖得好？.
 */
const salesMost: Judge = (f, ctx) => {
  const t = ctx.text
  if (ctx.hasCue('ownScope', sentenceStart(t, f.start), f.start)) return null
  if (t[f.end] === '的' && cueFrom(ctx, 'plainAfterMost', f.end + 1) > 0) return null
  if (ctx.previousHasCue('chooseAmong')) return null
  return f
}

/**
 * A body measurement or a score moved by a number — 腰围小三寸, 成绩保证提高二十分,
 * 宝宝吃一个月就胖一圈 — is a result promised by the figure. The change verb and the figure
 * follow the anchor within a few characters of the same clause; a comparison between sizes
 * (比那条腰围小2cm) or a condition (…的话) is not an effect.
 */
const MEASURE = /^([^,.!?;:~\s]{0,6}?)(?:缩小|减少|提高|提升|下降|增加|长高|小|细|瘦|减|掉|涨|长|胖|降|多)了?(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百几半]+)个?(?:寸|公分|厘米|cm|公斤|kg|斤|码|圈|分|号|度)/
const measure: Judge = (f, ctx) => {
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
const duration: Judge = (f, ctx) => {
  const n = durationBefore(ctx.text, clauseStart(ctx.text, f.start), f.start)
  return n ? { ...f, start: f.start - n } : null
}

/**
 * 敷一周肯定变白, 保證一週變白, 连续敷七天，毛孔保证细一圈: the skin change is still claimed for a stated
 * course of use when a promise word stands inside the claim. Without a course (敷完肯定白一个度) the pool
 * reads the promise alone, and absolute-promise reports it.
 */
const promisedCourse: Judge = (f, ctx) => (durationIn(ctx.text, sentenceStart(ctx.text, f.start), f.end) ? f : null)

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
function inQuotedName(f: Finding, ctx: LintContext): boolean {
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

/**
 * 冰镇后口感最佳: when to enjoy it at its best is advice on use, not a claim against other
 * products; 本店性价比最高的一款 / 在同系列里最强 ranks the shop's own range, not the market.
 */
const superlative: Judge = (f, ctx) => {
  const cs = clauseStart(ctx.text, f.start)
  return ctx.hasCue('useCondition', cs, f.start) || ctx.hasCue('rangeScope', cs, f.start) ? null : f
}

/**
 * 别家都是假货，只有我们家是正品: "only we are genuine" set against sellers run down just before is the
 * contrast competitor-disparagement reports, not a claim of its own. Only with a rival named earlier in
 * the reply and a word of authenticity right after (市面上假货多，只有我们是正规渠道 stays a claim).
 * ex35: an exclusive authorization in the clause (只有我们是正版授权) stays a claim beside the rival too.
 */
const contrast: Judge = (f, ctx) =>
  cueFrom(ctx, 'genuine', f.end) > 0 && ctx.hasCue('contrastRival', 0, f.start) && !ctx.hasCue('authorized', f.end, clauseEnd(ctx.text, f.end)) ? null : f

/** How far after a claim its disowning may stand in the sentence (全网第一我们可不敢这么说). */
const DISOWN_REACH = 32
/**
 * ex20: a claim word talked about, not used — disowned right after it (全网第一我们可不敢这么说, “销量第一”的标签是平台
 * 自动打的，我们自己不这么宣传), or said to be a name after 是 in its clause (冠军系列是这台跑步机的型号名).
 */
function talkedAbout(f: Finding, ctx: LintContext): boolean {
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

/** 这层白的是水垢，属于正常现象，无毒无害: a safety word about a deposit named before it in the sentence, not about the goods. */
const deposit: Judge = (f, ctx) => (ctx.hasCue('deposit', sentenceStart(ctx.text, f.start), f.start) ? null : f)

/**
 * ex31: 包过 / 保过 of a visa or an authenticity check (日本签证我们包过; 专柜能验过吗？— 包过的): an outcome promised, which
 * absolute-promise reports, not a learning result. The sentence or the buyer's turn names what is to pass (cue notExam).
 */
const exam: Judge = (f, ctx) =>
  ctx.hasCue('notExam', sentenceStart(ctx.text, f.start), sentenceEnd(ctx.text, f.end)) || ctx.previousHasCue('notExam') ? null : f

/**
 * mendB: 终极款 / 至尊款 stated as a claim: after 是 in its clause (这是拖把里的终极款) or as a clause of its own, first in the
 * reply's sentence, that the reply goes on from (王牌款，面料是…). Named in passing it is a model (至尊款和标准款的区别). The
 * finding spans the premium word, without 款.
 */
const modelClaim: Judge = (f, ctx) => {
  const t = ctx.text
  const cs = clauseStart(t, f.start)
  const copula = t.slice(cs, f.start).includes('是')
  const alone = cs === f.start && clauseEnd(t, f.end) === f.end && f.end < sentenceEnd(t, f.end)
  return copula || alone ? { ...f, end: f.end - 1 } : null
}

/** mA35: only we + 授权, where the 授权 is the buyer's consent (只有我们收到您的授权后才能改地址): no licence claimed. The span is the phrase and its `next` word. */
const licence: Judge = (f, ctx) => (ctx.hasCue('grantedByBuyer', f.start, f.end) ? null : f)

const JUDGES: Record<string, Judge> = { licence, modelClaim, exam, deposit, contrast, best, scope, rank, weiyi, channel, intensifier, efficacyWord, most, instant, treat, ownRange, salesMost, measure, duration, superlative, promisedCourse }

/**
 * Meme praise in a reply that talks in memes (这款真的yyds，黄皮亲妈，冲冲冲; 谁用谁说好，栓Q了家人们): the
 * pool's authors read 神器 / 亲妈 / 谁用谁说好 / 遥遥领先 there as internet-slang's, not as a claim. A scope
 * (行业天花板, 本店神物, 销量遥遥领先) keeps it a claim; so does a reply without memes.
 */
function memeInSlang(f: Finding, ctx: LintContext): boolean {
  if (!ctx.hasCue('meme', f.start, f.end)) return false
  if (ctx.hasCue('memeScope', clauseStart(ctx.text, f.start), f.end)) return false
  return ctx.hasCue('slangMarker', 0, ctx.text.length)
}

const DROP_MESSAGE = {
  zh: '{actual}是绝对化用语，{law}禁止“最佳”“第一”“国家级”等无法证实的说法，建议删去，或改用可查证的描述。',
  en: '{actual} is an absolute claim that cannot be proven ({law}); drop it or say something verifiable.',
}

const LAW: Record<Locale, Record<Profile, string>> = {
  zh: { marketplace: '《广告法》第九条', strict: '《广告法》第九条', 'zh-TW': '《公平交易法》第二十一条' },
  en: { marketplace: 'PRC Advertising Law art. 9', strict: 'PRC Advertising Law art. 9', 'zh-TW': 'Taiwan Fair Trade Act art. 21' },
}
const MED_LAW: Record<Locale, Record<Profile, string>> = {
  zh: {
    marketplace: '《广告法》第十七条禁止非药品宣传治疗功能',
    strict: '《广告法》第十七条禁止非药品宣传治疗功能',
    'zh-TW': '《食品安全卫生管理法》第二十八条、《化妆品卫生安全管理法》第十条禁止宣称医疗效能',
  },
  en: {
    marketplace: 'PRC Advertising Law art. 17 bans treatment claims for anything but medicines',
    strict: 'PRC Advertising Law art. 17 bans treatment claims for anything but medicines',
    'zh-TW': "Taiwan's food and cosmetics acts ban medical claims",
  },
}

export default defineRule({
  meta: {
    id: 'exaggeration',
    category: 'claims',
    description: {
      zh: '夸大宣传与广告法极限词：最高级、排名、权威身份、功效与医疗用语（功效类为错误）',
      en: 'Exaggerated claims and words banned by advertising law: superlatives, rankings, authority, efficacy (efficacy is an error)',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是无法证实的绝对化用语（不是词表命中，请人工确认），广告法禁止此类说法，建议改为可证实的描述。',
        en: 'Statistical judgement: {actual} reads like an absolute claim that cannot be proven (not a list match; check it); describe what can be shown.',
      },
    },
  },
  lexicon: parsed,
  create: () => ({
    judge(finding: Finding, ctx: LintContext): Finding | null {
      let f: Finding | null = finding
      // lead22: a listing's title pasted as the reply (…降噪神器蓝牙耳机…[商品快照]) names the goods; the agent claims nothing.
      if (inQuotedName(finding, ctx) || memeInSlang(finding, ctx) || talkedAbout(finding, ctx) || isPastedTitle(ctx.text)) return null
      // ap23: 吃了一般不会胖 — a hedge inside an efficacy construction's span makes the result an estimate.
      if (finding.entry.tags.includes('efficacy') && finding.entry.construction && ctx.hasCue('hedgeWithin', finding.start, finding.end)) return null
      for (const tag of finding.entry.tags) {
        const judge = JUDGES[tag]
        if (judge && f) f = judge(f, ctx)
      }
      if (!f) return null
      // Phrases added by config carry no rewrite: the message then says to drop them.
      if (!f.expected.length && !f.message && !f.entry.message) f.message = DROP_MESSAGE
      // Regulated categories: every claim that survives the context checks is an error.
      if (ctx.profile === 'strict') f.severity = 'error'
      f.data = { ...f.data, law: LAW[ctx.locale][ctx.profile], medLaw: MED_LAW[ctx.locale][ctx.profile] }
      return f
    },
    /** Judges and constructions may widen spans (销量第一 and 销量第一名 become one): report each claim once. */
    finalize(findings: Finding[]): Finding[] {
      if (findings.length < 2) return findings
      const rank = (f: Finding) => (f.severity === 'error' ? 2 : f.severity === 'warning' ? 1 : 0)
      // By start, the widest and most severe first; a sweep then drops whatever lies inside.
      const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || rank(b) - rank(a))
      // Two constructions may read one claim from different anchors (皮肤白一个度 / 白一个度,
      // 医院推荐 / 医院指定用): a finding that overlaps one already kept is the same claim.
      let reach = -1
      return sorted.filter((f) => {
        if (f.start < reach) return false
        reach = f.end
        return true
      })
    },
  }),
})
