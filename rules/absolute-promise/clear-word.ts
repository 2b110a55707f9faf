/**
 * What clears a promise word (保证, 肯定, 一定, 绝对…) once its sentence is known: certainty about a downside or a failure
 * (disclaims), the noun 肯定 of approval, a price or exclusivity claim made emphatic, a condition placed on the buyer, a
 * priority ranked, what a design or the cold chain ensures, and a set phrase with no outcome to promise.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceStart } from '../../src/context/text.js'
import { classWords } from '../../src/vocab/index.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, firstCue } from '../../src/context/cues.js'
import { DENIED } from './clear.js'
import type { Scope } from './severity.js'

/** Whether the promise word promises nothing in its sentence (checked after the scope is known, before it is rated). */
export function clearedWord(f: Finding, ctx: LintContext, { sStart, sEnd, uncontrolled }: Scope): boolean {
  const { text } = ctx
  if (!f.entry.tags.includes('policy') && disclaims(ctx, f)) return true
  if (approvalNoun(text, f)) return true
  // 绝对最低价, 别处绝对找不到: a price or exclusivity claim made emphatic, exaggeration's to report.
  // (The claim's own 到, of 找不到, is no arrival: outcomes are looked for around it.)
  if (f.entry.tags.includes('adverb') && claimOnly(ctx, f, sEnd)) return true
  // ap35: a recommendation right after the adverb (肯定选我们, 绝对推荐这款): advice on what to pick, with no outcome in the sentence.
  if (f.entry.tags.includes('adverb') && recommends(ctx, f) && !uncontrolled) return true
  // ap35: a degree right after 保证 (能保证基本的防潮, 保证一定的透气性): a floor the goods meet, hedged by its own degree.
  if (f.entry.tags.includes('verb') && ctx.hasCue('degreeAfter', f.end, Math.min(clauseEnd(text, f.end), f.end + DEGREE_REACH))) return true
  // 您收到后保证包装完好…就可以无理由退: the buyer is to ensure it, a condition of the shop's policy.
  if (f.entry.tags.includes('verb') && buyerEnsures(ctx, f, sEnd)) return true
  // 保证宝宝安全是第一位的: 保证 opening its clause names a goal that the clause ranks, a priority
  // the shop states rather than a promise.
  if (f.entry.tags.includes('verb') && f.start - clauseStart(text, f.start) <= 1 && ctx.hasCue('topic', f.end, clauseEnd(text, f.end))) return true
  // ap26: 保证 saying what a design, part or technology named before it does (这样设计…，保证机体正常压力; 采用…温控器，保证水
  // 充分沸腾): a product explanation. Not a failure ruled out (采用…，保证不漏水) nor the buyer's outcome (保证您…).
  if (f.entry.tags.includes('verb') && designPurpose(ctx, f)) return true
  // promise41: certainty about what the buyer's own act has already done (谁让您用钢丝球刷的，涂层肯定刷掉了: DA) explains or blames.
  if (f.entry.tags.includes('adverb') && inferredFromBuyer(ctx, f, sStart)) return true
  // A set phrase of certainty without an outcome to promise (买它准没错) recommends, it does not promise.
  // …its outcome may stand in an earlier clause of the sentence (路上坏不了的，泡沫箱加冰袋，稳得很).
  if (f.entry.tags.includes('outcomeOnly') && !uncontrolled && !ctx.hasCue('uncontrolled', sStart, f.start)) return true
  return false
}

/**
 * Certainty about a downside (肯定会有一点色差, 平邮肯定慢一些, 慢是肯定的) warns rather than
 * promises. A negator between the adverb and the downside (肯定没有色差) makes it a promise again.
 */
/**
 * ae37: a decrease said of a body part or a condition named before the adverb in its clause (毛孔肯定会变小, 痘印一定会变少):
 * the efficacy promised, not a performance drop owned as a downside (吸力肯定会变小).
 */
const SHRINK = new Set(['变小', '变少', '减少', '变弱', '减弱', '变细', '缩小'].map(normalizePhrase))
function bodyShrinks(ctx: LintContext, f: Finding, cStart: number, word: string): boolean {
  return SHRINK.has(word) && ctx.hasCue('cureContext', cStart, f.start)
}
/** Longer than any downside or outcome word (they are a few characters). */
const CUE_REACH = 24

const MODAL_END = /会$/u
function disclaims(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const cEnd = clauseEnd(text, f.end)
  const cStart = clauseStart(text, f.start)
  // X是肯定的: the certainty is predicated of what stands before it.
  const predicate = text[f.start - 1] === '是' && text[f.end] === '的'
  // Only the cues near the finding: walking every downside cue of the reply on each hit made
  // long, dense inputs quadratic. A cue starting inside a window may end past it (CUE_REACH).
  // ap26: a word ending in the modal (肯定会) shares it with a downside that starts with it (夏天肯定会热的: 会热).
  const from = MODAL_END.test(text.slice(f.start, f.end)) ? f.end - 1 : f.end
  for (const [s, e] of cuesWithin(ctx, 'downside', from, cEnd + CUE_REACH)) {
    if (s < cEnd && !DENIED.test(text.slice(f.end, s)) && !EVEN_NONE.test(text.slice(e, e + 3)) && !bodyShrinks(ctx, f, cStart, text.slice(s, e)) && !flavourKept(text, f.end, s, e)) return true
  }
  if (predicate) {
    for (const [s] of cuesWithin(ctx, 'downside', cStart, f.start + CUE_REACH)) {
      if (s < f.start && !DENIED.test(text.slice(s, f.start))) return true
    }
  }
  // A bad outcome asserted right after it (你放常温肯定坏啊, 这样肯定烫, 不按说明用一定会过敏) explains
  // or warns; denied (肯定不坏) or ruled out by a complement (肯定坏不了) it is a promise again.
  // 绝不渗水 / 永不 / 绝无: the promise word carries its own negation.
  if (/[不无没]/.test(text.slice(f.start, f.end))) return false
  for (const [s, e] of cuesWithin(ctx, 'uncontrolled', f.end, f.end + 2 + CUE_REACH)) {
    if (s > f.end + 2 || s >= cEnd || !BAD.has(text.slice(s, e)) || bodyShrinks(ctx, f, cStart, text.slice(s, e))) continue
    // 唔/冇 are Cantonese 不/没 (保證唔會縮水).
    // ap37: …or a verb that takes the bad outcome away (一定止痒, 保证祛痘, 肯定除臭: tax33 efficacy-result-promise).
    if (/[不没无零防抗耐免别唔冇止祛除消解]/.test(text.slice(f.end, s)) || /[不没]/.test(text[e] ?? '') || EVEN_NONE.test(text.slice(e, e + 3))) continue
    // ap38: heat kept rather than suffered (第二天早上一定还是烫的: from-misses-A certainty-adverb-on-future-product-state).
    if (KEPT.test(text.slice(f.end, s)) && HOT.has(text.slice(s, e))) continue
    // promise41: the outcome taken with a modal of ability (发际线肯定能长回来: DA): the wished result promised, not a downside warned of.
    if (ABLE.test(text.slice(f.end, s))) continue
    return true
  }
  // A good outcome said to fail (三天打鱼两天晒网肯定看不出效果, 今天肯定到不了): a warning or a
  // disclaimer, as a bad outcome asserted is. One negator only: 肯定不会没效果 promises again.
  for (const [s, e] of cuesWithin(ctx, 'uncontrolled', f.end, cEnd)) {
    const word = text.slice(s, e)
    if (s - f.end > 6 || !GOOD.has(word)) continue
    // A bare 到 fails only after it (到不了); 闻不到 is a potential complement, which promises.
    // ap35: a negator inside a word of intactness (完好无损, 准确无误) negates nothing (保证完好无损送到: AB, para).
    const negators = word === '到' ? (/^不[了到]/.test(text.slice(e, e + 2)) ? 1 : 0) : (withoutIntact(text.slice(f.end, s)).match(/[不没无]/g) ?? []).length
    if (negators === 1) return true
  }
  return false
}

/**
 * Not even one (保证一个坏果都没有, 墙面保证一滴水都没有, 肯定一点色差也没有): the downside or bad outcome
 * is denied after it, by 都/也 + a negator, so the certainty before it promises again. One character may
 * close the noun first (坏 of 坏果, 坏的), but not 了: 肯定坏了也没办法 still warns.
 */
const EVEN_NONE = /^(?!了)[\u4e00-\u9fff]?[都也][不没无冇唔]/

/** promise41: only a modal of ability between the adverb and the outcome (肯定能, 一定可以). */
const ABLE = /^(?:能|能够|可以|就能|都能)$/u

/**
 * promise42: flavour still there after a count of uses (保证泡到第三次都还有味道, 洗十次还有香味: BZ): the quality kept is promised,
 * not a smell owned as a downside (新家具肯定还有点味道 has no count of uses before it).
 */
const USE_COUNT = new RegExp(normalizePhrase('(?:第[0-9一二三四五六七八九十两几]+|[0-9一二三四五六七八九十两几]+)(?:次|泡|遍|回|道|水)'), 'u')
const STILL_HAS = new RegExp(normalizePhrase('(?:还|仍|仍然|依然|照样|照旧)(?:会)?有$'), 'u')
const FLAVOUR = new Set(['味道', '香味', '茶味', '味', '香气'].map(normalizePhrase))
function flavourKept(text: string, from: number, s: number, e: number): boolean {
  const between = text.slice(from, s)
  return FLAVOUR.has(text.slice(s, e)) && STILL_HAS.test(between) && USE_COUNT.test(between)
}

/** ap38: a state kept (还是, 仍然, 依然, 照样) before the heat: a thermos still hot is the good outcome. */
const KEPT = /[还仍依照]/
const HOT = new Set(['烫', '烫手'].map(normalizePhrase))

/** Bad outcomes among the `uncontrolled` cues (烫 for 这样肯定烫). */
const BAD = new Set([...classWords('outcome.bad', 'rules/absolute-promise/clear-word.ts'), '烫', '烫手'].map(normalizePhrase))

/** Good outcomes among the `uncontrolled` cues (效果 for 肯定看不出效果, 到 for 肯定到不了). */
const GOOD = new Set(
  [...classWords('outcome.good', 'rules/absolute-promise/clear-word.ts'), '到', '适合', '治好']
    .map(normalizePhrase)
    // outcome.fit also lists misfits (磨脚, 挤脚): 永远不会磨脚 denies a bad outcome, it promises.
    .filter((w) => !BAD.has(w)),
)

/**
 * 感谢您对我们服务的肯定 / 您的肯定和支持: 肯定 after 的 with no predicate after it — the reply or clause ends,
 * or a partner noun follows — is the noun, the approval given. (我们发的肯定不会坏 goes on to a predicate.)
 */
function approvalNoun(text: string, f: Finding): boolean {
  if (text[f.start - 1] !== '的' || f.end - f.start !== 2 || !text.startsWith('肯定', f.start)) return false
  // Sticky at the finding's end: no copy of the rest of the reply.
  APPROVAL_AFTER.lastIndex = f.end
  return APPROVAL_AFTER.test(text)
}
const APPROVAL_AFTER = /(?:$|[\s，,。.！!？?~～、；;：:)）]|和|与|跟|及|以及|与支持|和支持)/uy

const CLAIM_REACH = 10
/** 保证基本的…: the degree word starts right after the verb (the cue is looked for in the next few characters). */
const DEGREE_REACH = 5

/** ap35: a choice recommended right after the adverb, 是 or 要 between at most (肯定选我们, 绝对是首推这款). */
function recommends(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const at = firstCue(ctx, 'recommendAhead', f.end, Math.min(clauseEnd(text, f.end), f.end + 6))
  return at !== undefined && /^[是要就还]?$/u.test(text.slice(f.end, at[0]))
}
/** A claim cue right after the adverb and no outcome in the sentence around it (nor asked before). */
function claimOnly(ctx: LintContext, f: Finding, sEnd: number): boolean {
  const { text } = ctx
  // ap31: the claim may start up to five characters on and run past them (绝对是全网最划算: 最划算 ends eight on).
  const claim = firstCue(ctx, 'claimAhead', f.end, Math.min(clauseEnd(text, f.end), f.end + CLAIM_REACH))
  if (claim && claim[0] - f.end > 5) return false
  if (claim === undefined) return false
  // ap36: a sales-urgency tail (，错过再等一年) ends what is read after the claim.
  const urgency = firstCue(ctx, 'urgencyTail', claim[1], sEnd)
  const tailEnd = urgency ? urgency[0] : sEnd
  return !ctx.previousHasCue('uncontrolled') && !ctx.hasCue('uncontrolled', clauseStart(text, f.start), f.start) && !ctx.hasCue('uncontrolled', claim[1], tailEnd)
}

/** The buyer named earlier in the clause (您收到后保证…), and no speaker of the shop between. */
const BUYER = ['您', '你', '亲'].map(normalizePhrase)
const SHOP_SPEAKER = ['我', '咱', '本店', '小店'].map(normalizePhrase)
/** What the buyer's condition earns (…就可以无理由退, …才能退换). */
const THEN = ['就可以', '就能', '才能', '才可以', '即可'].map(normalizePhrase)
/**
 * 保证 whose subject is the buyer and whose sentence goes on to what the shop then does under its policy
 * (您收到后保证吊牌没剪，就可以无理由退): a condition placed on the buyer, as 只要保证… is (notBefore).
 * Not 您放心，保证合身: the buyer is not in 保证's own clause there.
 */
function buyerEnsures(ctx: LintContext, f: Finding, sEnd: number): boolean {
  const { text } = ctx
  const before = text.slice(clauseStart(text, f.start), f.start)
  const who = Math.max(...BUYER.map((w) => before.lastIndexOf(w)))
  if (who < 0 || SHOP_SPEAKER.some((w) => before.indexOf(w, who) >= 0)) return false
  const rest = text.slice(f.end, sEnd)
  const then = Math.min(...THEN.map((w) => rest.indexOf(w)).filter((i) => i >= 0))
  return Number.isFinite(then) && ctx.hasCue('policy', f.end + then, sEnd)
}

const BAO_ZHENG = normalizePhrase('保证')
/** A speaker or the buyer between the design and 保证 (…设计，我们保证…) makes it a pledge again. */
const PERSON_BETWEEN = /[我您你咱亲]/u
/** What 保证 ensures, ruled out as a failure (保证不漏水, 保证无异味, 保证零故障). */
const RULED_OUT = /[不没无零免防唔冇]/u
/**
 * ap26: 保证 after a design, part or technology named earlier in its sentence (class design.mechanism), ensuring something that
 * is neither a failure ruled out nor an outcome the shop does not control: what the design does.
 */
function designPurpose(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  if (!text.startsWith(BAO_ZHENG, f.start)) return false
  const before = text.slice(sentenceStart(text, f.start), f.start)
  const last = Math.max(...DESIGN.map((w) => { const i = before.lastIndexOf(w); return i < 0 ? -1 : i + w.length }))
  if (last < 0) return chainKeeps(text, f, before)
  if (PERSON_BETWEEN.test(before.slice(last))) return false
  const cEnd = clauseEnd(text, f.end)
  const ensured = text.slice(f.end, cEnd)
  if (RULED_OUT.test(ensured) || /^[您你亲]/u.test(ensured)) return false
  // An outcome the shop does not control in what is ensured makes it a promise, unless it is the design's own work
  // (保证食材充分打碎: the 碎 of 打碎).
  const crushed = CRUSH.flatMap((w) => { const i = ensured.indexOf(w); return i < 0 ? [] : [[f.end + i, f.end + i + w.length] as const] })
  return cuesWithin(ctx, 'uncontrolled', f.end, cEnd).every(([s, e]) => crushed.some(([cs, ce]) => cs <= s && e <= ce))
}
/** ap27: 保证 after the cold chain ensures what the chain keeps (新鲜度, 保鲜): the process explained, no person between. */
function chainKeeps(text: string, f: Finding, before: string): boolean {
  const last = Math.max(...CHAIN.map((w) => { const i = before.lastIndexOf(w); return i < 0 ? -1 : i + w.length }))
  if (last < 0 || PERSON_BETWEEN.test(before.slice(last))) return false
  const ensured = text.slice(f.end, clauseEnd(text, f.end))
  return !RULED_OUT.test(ensured) && !/^[您你亲]/u.test(ensured) && PRESERVE.some((w) => ensured.includes(w))
}
/**
 * The design words (class design.mechanism), the blender's own work (process.crush) and a test for the abnormal case
 * (check.abnormal), read in code over the text around a finding rather than as cues: 设计 / 采用 / 模式 stand in many
 * replies, and a cue is indexed for every reply that holds it.
 */
const DESIGN = classWords('design.mechanism', 'rules/absolute-promise/clear-word.ts').map(normalizePhrase)
const CRUSH = classWords('process.crush', 'rules/absolute-promise/clear-word.ts').map(normalizePhrase)
// ap27: the cold chain of fresh food (全程冷链运输，保证商品的新鲜度): the process ensuring what it keeps (freshness) — only that;
// what the goods are on arrival (保证还是冰的) is still the transit promised.
const CHAIN = classWords('design.process.chain', 'rules/absolute-promise/clear-word.ts').map(normalizePhrase)
const PRESERVE = classWords('process.preserve', 'rules/absolute-promise/clear-word.ts').map(normalizePhrase)

/** ap35: words of intactness that hold a negator (class outcome.intact.negword), longest first: see disclaims. */
const INTACT = classWords('outcome.intact.negword', 'rules/absolute-promise/clear-word.ts').map(normalizePhrase).sort((a, b) => b.length - a.length)
function withoutIntact(s: string): string {
  return INTACT.reduce((out, w) => (out.includes(w) ? out.split(w).join('') : out), s)
}

/** promise41: the adverbs that infer (肯定刷掉了, 一定是碰到了); not 保证 or 绝对, which pledge. */
const INFER = new Set(['肯定', '一定', '铁定'].map(normalizePhrase))
/** The rest of the clause after the adverb: a perfective result, with no modal or future marker (会, 能, 就, 要, 将). */
const PERFECT_TAIL = /^[^会能将要就可\s，,。.！!？?；;]{1,10}了[啊呀吧的哦呢啦哈]*$/u
/** A time still to come before the adverb in its clause (明天肯定到了): the 了 is of a future change. */
const FUTURE_TIME = /明天|后天|明早|明晚|今天|今晚|马上|很快|下周|下星期|下礼拜|周[一二三四五六日天末]|号|到时候|过两天|过几天|回头/u
/**
 * promise41: 肯定/一定 + a result closed by 了, after the buyer's own act named earlier in the sentence (谁让您用钢丝球刷的，涂层肯定
 * 刷掉了; 您用开水烫，肯定变形了): certainty used to explain what already happened, blame-customer's to judge, not a promise.
 */
function inferredFromBuyer(ctx: LintContext, f: Finding, sStart: number): boolean {
  const { text } = ctx
  if (!INFER.has(text.slice(f.start, f.end))) return false
  if (!PERFECT_TAIL.test(text.slice(f.end, clauseEnd(text, f.end)))) return false
  if (FUTURE_TIME.test(text.slice(clauseStart(text, f.start), f.start))) return false
  return ctx.hasCue('buyerDid', sStart, f.start)
}
