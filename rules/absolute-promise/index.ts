import { defineRule, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import lexicon from './lexicon.yaml'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { classWords } from '../../src/vocab/index.js'
import { isHanAt } from '../../src/vocab/chars.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { durationBefore, numeralBefore } from '../shared/duration.js'
import { cuesWithin, firstCue } from '../../src/context/cues.js'
import { COMMITMENT_GATE, commitments, soften } from './commitment.js'

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
  return uncontrolled ? ['一般都', '大多'] : ['']
}

const PRONOUN_START = /^[您你]/u

/** How a finding softens the original text: replace [start, end) with `text`. */
interface Edit {
  start: number
  end: number
  text: string
}

const REASON = {
  uncontrolled: { zh: '，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等）', en: ' about something the shop does not control (delivery, effect, fit, skin)' },
  plain: { zh: '', en: '' },
}

export default defineRule({
  meta: {
    id: 'absolute-promise',
    category: 'promise',
    description: {
      zh: '绝对化承诺（肯定/保证/绝对/一定/百分百…），尤其是物流、效果、尺码等店铺无法掌控的结果',
      en: 'Absolute promises (肯定/保证/绝对/一定/百分百…), above all about outcomes the shop does not control',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}像是在对店铺无法掌控的结果打包票（不是词表命中，请人工确认）；可改为留有余地的说法。',
        en: 'Statistical judgement: {actual} reads like a promise about an outcome the shop cannot control (not a list match; check it); leave room instead.',
      },
    },
  },
  lexicon: parseLexicon(lexicon, 'rules/absolute-promise/lexicon.yaml'),
  create: () => ({
    // A time-bound commitment another department must keep (专员会在24小时内联系您): commitment.yaml, by shape.
    scan(ctx: LintContext, entryFor): Finding[] {
      const entry = entryFor('commitment')
      if (!entry) return []
      return commitments(ctx.text).map((c) => {
        const softened = soften(ctx.original.slice(c.start, c.end), c.boundAt)
        const f: Finding = { ruleId: 'absolute-promise', entry, start: c.start, end: c.end, severity: entry.severity ?? 'warning', expected: [softened] }
        f.data = { preview: previewOf(ctx, [{ start: c.start, end: c.end, text: softened }]) }
        return f
      })
    },
    scanWhen: COMMITMENT_GATE,
    judge(f: Finding, ctx: LintContext): Finding | null {
      const { text, original } = ctx
      // 不能保证您家猫咪一定爱吃, 沒辦法保證明天下午前一定到: a guarantee disowned earlier in the clause
      // covers what the clause goes on to say, further back than the engine's negation test reads.
      if (ctx.hasCue('disavow', clauseStart(text, f.start), f.start)) return null
      // 一定是使用方式不对, 肯定是没拧紧: the adverb before 是 + a cause guesses at the cause (blame-customer's reading).
      if (f.entry.tags.includes('adverb') && guessedCause(ctx, f)) return null
      // ap22: the certainty before a failure (停电了肯定不工作啊, 迟到了车肯定不能等): a bad consequence explained.
      if (f.entry.tags.includes('adverb') && failureAhead(ctx, f)) return null
      // ap22: a counterfactual earlier in the sentence (当初要是…，就不会…): the past that could have been, no promise.
      if (ctx.hasCue('counterfactual', sentenceStart(text, f.start), f.start)) return null
      // pv20: …or later in the same clause (完全不变黄我们不敢说, 當天準時送達無法百分之百保證): the outcome is named to be disowned.
      if (ctx.hasCue('disavow', f.end, clauseEnd(text, f.end))) return null
      // pv20: the outcome relayed from a third party who said it (供應商說下週三到貨, 厂家说…): the shop reports, not promises.
      // Said with a certainty word of the agent's own (快递说明天一定能到), the agent vouches for it after all.
      if (!f.entry.tags.includes('adverb') && ctx.hasCue('relayed', Math.max(clauseStart(text, f.start), f.start - RELAY_REACH), f.start)) return null
      // pv20: the next clause makes it an estimate (當天送達，實際時間依司機路況為準; 以实际到货为准).
      if (ctx.hasCue('actualBasis', f.end, sentenceEnd(text, f.end))) return null
      // pv20: 一定 before a compliment on how the buyer will look (這件妳穿一定超好看, 親穿起來一定超美): well-wishing, not a promise.
      if (f.entry.tags.includes('adverb') && ctx.hasCue('compliment', f.end, Math.min(clauseEnd(text, f.end), f.end + COMPLIMENT_REACH))) return null
      // A bare 可以 / 能 / 会 or an outcome's stem (穿得下啦) is a yes only as the whole reply (怀孕也可以用? — 可以);
      // followed by more (可以帮您催一下, 能开发票, 能到了吗) it starts another statement.
      if (f.entry.tags.includes('yes') && BARE_YES.has(text.slice(f.start, f.end)) && !BARE_REST.test(text.slice(f.end))) return null
      // ap26: a bare reassurance counts only as the whole reply (放心的 to 我怕一掰就断); followed by more it leads into it.
      if (f.entry.tags.includes('bareReassure') && !BARE_REST.test(text.slice(f.end))) return null
      // ap28: a grunt is a yes only as the whole reply (嗯 to 就是周日到吗?); 嗯，我帮您查一下 leads into something else.
      if (f.entry.tags.includes('grunt') && !BARE_REST.test(text.slice(f.end))) return null
      // ap26: a denial followed by a test for the abnormal case (会渗水不会漏水。…如一条线流出来就不正常): normal told from abnormal.
      // mendB: read in its sentence and the one after (…不会漏水的。…如果水一直往下滴就不正常), not to the end of the reply.
      if (f.entry.tags.includes('implicit') && abnormalCheckAfter(text, f.end)) return null
      // ap26: a bare 肯定的 as the whole reply to a statement that names no outcome (过了一会就变成这样了 — 肯定的哦): agreement.
      if (f.entry.tags.includes('adverb') && AGREEING.some((w) => text.startsWith(w, f.start)) && bareAnswer(text, f) && BARE_REST.test(text.slice(clauseEnd(text, f.end))) && agreesWithStatement(ctx)) return null
      // ap27: a hedge said as its own clause right before (一般情况下，充电器不会发烫): it leaves room for this clause too.
      if (f.entry.tags.includes('implicit') && hedgeOpens(ctx, f)) return null
      // ap27: a record's label ending in a colon right before (订单Promise时效:5号送达的, 系统显示：明天送达): the value read out.
      if (f.entry.tags.includes('when') && reportLabelled(ctx, f)) return null
      // ap28: the courier's next step with neither a date nor a speed in its sentence (稍后会为您派送, 会调度回来给您配送的): the process
      // described, not an outcome stated as certain with a time or a result (the lead's convention; CSDS).
      if (f.entry.tags.includes('run') && !ctx.hasCue('runDate', sentenceStart(text, f.start), sentenceEnd(text, f.end))) return null
      // ap31: a cure by a dose (吃三天就好, 度数就降了) only where the sentence names a body condition or a medicine before it.
      if (f.entry.tags.includes('cure') && !ctx.hasCue('cureContext', sentenceStart(text, f.start), f.end)) return null
      // ap31: a short 会 / 不会 counts with 放心 said right after it (会的，放心吧), or 放心 with the short answer right after (放心，不会的).
      // mendA: …and only where the 会 / 不会 is the short answer standing alone, ending its clause (会的, 不会的哦, 会的会的): 放心，会尽快给您
      // 安排发货 / 放心，不会影响您的信用分 use 会 as the helping verb of a statement about the shop's doing, not a yes or no.
      if (f.entry.tags.includes('calmedAfter') && (!cueStartsWithin(ctx, 'reassureBare', f.end, CALMED_AFTER) || !endsClause(text, f.end))) return null
      if (f.entry.tags.includes('calmedBefore') && !shortAnswerWithin(ctx, f.end, CALMED_BEFORE)) return null
      // ap32: an A-not-A alternative (磨不磨脚不太好说, 掉不掉色看洗法) names the outcome as an open question; it states nothing.
      if (f.entry.tags.includes('implicit') && aNotA(text, f.start)) return null
      // mendA30: the reported state pointed at (刚到的时候不可能烂成这样) judges what happened; with 再 / 以后 / 下次 in the clause
      // (不会再裂成这样了, 以后不会坏成这样) it promises the next one.
      if (f.entry.tags.includes('stateJudged') && ctx.hasCue('reportedState', f.end, sentenceEnd(text, f.end)) && !ctx.hasCue('nextTime', clauseStart(text, f.start), f.end)) return null
      // mendA30: stock pitched after its arrival date (芒果今天到货啦，这批是…) is the shop's stock, unless the buyer's order is
      // named before the date (您订的车厘子明天到货，超新鲜的): then the delivery date is promised.
      // Stock already in (您要的大红袍今天到货啦，这批是…: AY) is pitched whoever it was kept for.
      if (f.entry.tags.includes('stockPitch') && ctx.hasCue('stockTail', f.end, sentenceEnd(text, f.end)) && (!ctx.hasCue('buyerOrder', sentenceStart(text, f.start), f.start) || arrivedNow(ctx, f))) return null
      // mendA30: 这样 right before 就能 names the means (代收，这样就能签收了), unless a date stands after it (这样您就能明天签收).
      if (f.entry.tags.includes('meansThen') && meansBefore(text, f.start) && !ctx.hasCue('receiptDate', f.start, f.end)) return null
      // mendA30: a body function sure to get better only with the goods used or named before it in the sentence, not after a
      // rest or a wait (休息好了奶水会好起来的, 等天气凉快了睡眠就会变好的), and not with the claim disowned anywhere in the sentence.
      if (f.entry.tags.includes('usedFirst') && !usedFirst(ctx, f)) return null
      if (f.entry.tags.includes('implicit')) return softenImplicit(f, ctx)
      const sStart = sentenceStart(text, f.start)
      const sEnd = sentenceEnd(text, f.end)
      // What the promise covers starts at its own clause: in 我们做不到最低价，但售后一定给您做好 the
      // 到 of an earlier clause is another statement. A bare 保证 answering 能保证明天到吗？
      // promises what the question asked about.
      // A pledge said as its own exclamation (您放一万个心！…从来没丢过) vouches for the next sentence as well.
      const pledged = f.entry.tags.includes('pledge') && sEnd < text.length && ctx.hasCue('uncontrolled', sEnd, sentenceEnd(text, sEnd + 1))
      const uncontrolled = ctx.hasCue('uncontrolled', clauseStart(text, f.start), sEnd) || ctx.previousHasCue('uncontrolled') || pledged
      if (!f.entry.tags.includes('policy') && disclaims(ctx, f)) return null
      if (approvalNoun(text, f)) return null
      // 绝对最低价, 别处绝对找不到: a price or exclusivity claim made emphatic, exaggeration's to report.
      // (The claim's own 到, of 找不到, is no arrival: outcomes are looked for around it.)
      if (f.entry.tags.includes('adverb') && claimOnly(ctx, f, sEnd)) return null
      // 您收到后保证包装完好…就可以无理由退: the buyer is to ensure it, a condition of the shop's policy.
      if (f.entry.tags.includes('verb') && buyerEnsures(ctx, f, sEnd)) return null
      // 保证宝宝安全是第一位的: 保证 opening its clause names a goal that the clause ranks, a priority
      // the shop states rather than a promise.
      if (f.entry.tags.includes('verb') && f.start - clauseStart(text, f.start) <= 1 && ctx.hasCue('topic', f.end, clauseEnd(text, f.end))) return null
      // ap26: 保证 saying what a design, part or technology named before it does (这样设计…，保证机体正常压力; 采用…温控器，保证水
      // 充分沸腾): a product explanation. Not a failure ruled out (采用…，保证不漏水) nor the buyer's outcome (保证您…).
      if (f.entry.tags.includes('verb') && designPurpose(ctx, f)) return null
      // A set phrase of certainty without an outcome to promise (买它准没错) recommends, it does not promise.
      // …its outcome may stand in an earlier clause of the sentence (路上坏不了的，泡沫箱加冰袋，稳得很).
      if (f.entry.tags.includes('outcomeOnly') && !uncontrolled && !ctx.hasCue('uncontrolled', sStart, f.start)) return null
      if (!f.entry.tags.includes('policy')) {
        // What the promise is about is what follows it: a verb of the shop's own doing or
        // policy makes it borderline; an outcome anywhere in the sentence makes it an error.
        const ahead = Math.min(sEnd, f.end + 6)
        // A policy may take a few words to state (承诺所有销售的商品均为正品); a platform as the
        // speaker (京东承诺…) states its own policy.
        // A policy in a later clause (保證啱著，唔啱包退) does not excuse an outcome promised in the
        // promise's own clause: the fit is still promised, the return is only the fallback.
        const ownClauseEnd = clauseEnd(text, f.end)
        // …nor one about the goods on the body said in the promise's own clause (用了皮肤一定水噹噹，不满意包退: set K):
        // a bare promise word (我们保证，不满意包退) still takes its policy from the next clause.
        const ownSays = ctx.hasCue('uncontrolled', f.end, ownClauseEnd) || (f.entry.tags.includes('adverb') && ctx.hasCue('bodyBefore', clauseStart(text, f.start), f.start))
        const policyAhead = Math.min(ownSays ? ownClauseEnd : sEnd, f.end + 14)
        // 一定帮您跟仓库反馈, 一定帮您向快递公司反映: after 帮您 + the party turned to, the shop's verb
        // comes later than six characters; the rest of the clause is read then (a courier named as
        // that party is someone the shop asks, not an outcome; 一定给您按时送到 has no verb of its own).
        // ap33: …and after 保证的是 (我们能保证的是今天把工单派到网点: BC) the shop names what it does, a few words on.
        const ownAhead = ctx.hasCue('forYou', f.end, f.end + 3) || text.startsWith('的是', f.end) ? Math.max(ahead, Math.min(ownClauseEnd, f.end + 14)) : ahead
        // ap23: 保证 / 承诺 vouching back for the sentence before it (…都有小票，这一点我们可以承诺), with no outcome in that
        // sentence nor asked about: the shop vouches for its own goods or doing.
        const vouchesOwn = f.entry.tags.includes('verb') && ctx.hasCue('vouchAnaphor', clauseStart(text, f.start), f.start) && !ctx.hasCue('uncontrolled', sStart, sEnd) && !ctx.previousHasCue('uncontrolled')
        if (vouchesOwn || ownActionAhead(ctx, f.end, ownAhead) || dispatchAhead(ctx, f, ahead) || ctx.hasCue('policy', f.end, policyAhead) || ctx.hasCue('platform', clauseStart(text, f.start), f.start)) f.severity = 'info'
        // 肯定的 answering 今天能发货吗: the certainty is about what was asked, the shop's own dispatch.
        else if (bareAnswer(text, f) && (ctx.previousHasCue('ownAction') || DISPATCH.some((w) => ctx.previous?.includes(w))) && !ctx.previousHasCue('uncontrolled')) f.severity = 'info'
        // ap33: 保证的 / 能保证的 answering 保证是正品吗, 能保证是今年的新货吗: the shop vouches for its own goods (BC, AT).
        else if (f.entry.tags.includes('verb') && ownAnswer(text, f) && ctx.previousHasCue('policy') && !ctx.previousHasCue('uncontrolled') && !nextClauseHas(ctx, f, 'uncontrolled')) f.severity = 'info'
        // ap23: …while vouching back for an outcome said before it (顺丰次日就到，这一点我们保证) is the promise of that outcome.
        else if (uncontrolled || (f.entry.tags.includes('verb') && ctx.hasCue('vouchAnaphor', clauseStart(text, f.start), f.start) && ctx.hasCue('uncontrolled', sStart, f.start))) f.severity = 'error'
      }
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
    },
    // Two promises in one clause (我保证明天一定到): each example rewrite softens both, or the
    // rewrite would still promise.
    finalize(findings: Finding[], ctx: LintContext): Finding[] {
      if (findings.length < 2) return findings
      // Constructions generated from word classes (V不C: outcome.use.* × outcome.result.*) overlap the older
      // hand-listed ones (摔不碎 is both): one finding per span, the most severe.
      findings = onePerSpan(findings)
      if (findings.length < 2) return findings
      const { text } = ctx
      const byClause = new Map<number, Finding[]>()
      for (const f of findings) {
        if (f.entry.tags.includes('answer')) continue
        const key = clauseStart(text, f.start)
        const group = byClause.get(key)
        if (group) group.push(f)
        else byClause.set(key, [f])
      }
      for (const group of byClause.values()) {
        if (group.length < 2) continue
        // After a softened verb (保证 → 争取) a second adverb is simply dropped: 争取明天到.
        const sorted = [...group].sort((a, b) => a.start - b.start)
        let verbBefore = false
        const list = sorted.flatMap((f) => {
          const dropped = verbBefore && f.entry.tags.includes('adverb')
          if (f.entry.tags.includes('verb')) verbBefore = true
          return dropped ? [{ ...editOf(f, ctx), text: '' }] : editsOf(f, ctx)
        })
        const preview = previewOf(ctx, list)
        for (const f of group) f.data = { ...f.data, preview }
      }
      // A pledge said as a clause of its own after the outcome (压不坏的，放一百个心): a bare 放心 would
      // still vouch for that outcome (and, answering 会不会压坏, is a promise by itself), so the pledge's
      // example carries the outcome clause with its own rewrite too (一般压不坏的，放心).
      // The findings by where they end, to pick those before a pledge without a pass over all of them per pledge: on a
      // long reply of many promises (a pasted block, a flood) that pass and its slices made lint cubic in the length.
      const byEnd = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.end - b.f.end)
      for (const p of findings) {
        // …and so does a certainty word said as a clause of its own (明天一定到，绝对): its example is the clause before, rewritten.
        if (!p.entry.tags.includes('pledge') && !dropsAlone(text, p)) continue
        const cs = clauseStart(text, p.start)
        // ap23: …also with a clause of description between them, in one sentence (不会中毒的，安全无毒，放一百个心): the
        // pledge still vouches for that outcome, so its example carries the outcome's rewrite across the clause between.
        // The sentence is read back from the pledge's clause at most PRIOR_REACH characters: an example is one sentence.
        let from = cs
        for (const floor = Math.max(0, cs - PRIOR_REACH); from > floor && !SENTENCE_STOP.test(text[from - 1]!); ) from--
        const prior: { f: Finding; i: number }[] = []
        for (let k = lowerBound(byEnd, from); k < byEnd.length && byEnd[k]!.f.end <= cs; k++) if (byEnd[k]!.f !== p) prior.push(byEnd[k]!)
        prior.sort((a, b) => a.i - b.i)
        if (prior.length) p.data = { ...p.data, preview: previewOf(ctx, [...prior.map((x) => x.f), p].flatMap((f) => editsOf(f, ctx))) }
      }
      return findings
    },
  }),
})

/** mendA30: stock in already: dated today or said as done (到货啦, 到货了). */
const DONE_AFTER = ['啦', '了'].map(normalizePhrase)
function arrivedNow(ctx: LintContext, f: Finding): boolean {
  return DONE_AFTER.some((w) => ctx.text.startsWith(w, f.end)) || ctx.hasCue('arrivedToday', clauseStart(ctx.text, f.start), f.end)
}

/** mendA30: 这样 (您/你/的话) right before the phrase: the step just said as the means. */
const MEANS = ['这样的话', '这样您', '这样你', '这样'].map(normalizePhrase)
function meansBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at)
  return MEANS.some((w) => before.endsWith(w))
}

/** mendA30: 等…了 before the effect in its clause (等天气凉快了): a wait, the body settling by itself. */
const WAIT_FIRST = new RegExp(`${normalizePhrase('等')}[^,.!?;:~\\s]{0,12}${normalizePhrase('了')}`, 'u')
function usedFirst(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const sStart = sentenceStart(text, f.start)
  if (!ctx.hasCue('productUsed', sStart, f.start)) return false
  if (ctx.hasCue('disavow', sStart, sentenceEnd(text, f.end))) return false
  const cs = clauseStart(text, f.start)
  return !ctx.hasCue('settleFirst', cs, f.start) && !WAIT_FIRST.test(text.slice(cs, f.start))
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

const RANK = { info: 0, warning: 1, error: 2 } as const
/**
 * One finding per claim: two constructions that read the same words (摔不碎 by the listed verbs and by the
 * generated classes; 机洗不褪色 and 洗不褪色) keep the most severe, then the longest. Only implicit findings
 * overlap so; two promise words next to each other (保证一定) stay two findings.
 */
function onePerSpan(findings: Finding[]): Finding[] {
  // Each implicit finding meets only those it overlaps, found by start among the implicit ones (not every later
  // finding: a reply of thousands of promises made that pass quadratic), and in the findings' own order as before.
  const implicit: { f: Finding; i: number }[] = []
  let longest = 0
  findings.forEach((f, i) => {
    if (!f.entry.tags.includes('implicit')) return
    implicit.push({ f, i })
    longest = Math.max(longest, f.end - f.start)
  })
  if (implicit.length < 2) return findings
  const byStart = [...implicit].sort((x, y) => x.f.start - y.f.start || x.i - y.i)
  const at = new Map(byStart.map((x, k) => [x.f, k]))
  const drop = new Set<Finding>()
  for (const { f: a, i } of implicit) {
    if (drop.has(a)) continue
    const k = at.get(a)!
    const overlapping: { f: Finding; i: number }[] = []
    for (let m = k - 1; m >= 0 && byStart[m]!.f.start > a.start - longest; m--) overlapping.push(byStart[m]!)
    for (let m = k + 1; m < byStart.length && byStart[m]!.f.start < a.end; m++) overlapping.push(byStart[m]!)
    overlapping.sort((x, y) => x.i - y.i)
    for (const { f: b, i: j } of overlapping) {
      if (j <= i || drop.has(b) || b.start >= a.end || a.start >= b.end) continue
      const keepA = RANK[a.severity] !== RANK[b.severity] ? RANK[a.severity] > RANK[b.severity] : a.end - a.start >= b.end - b.start
      drop.add(keepA ? b : a)
      if (!keepA) break
    }
  }
  return drop.size ? findings.filter((f) => !drop.has(f)) : findings
}

/**
 * 马上 / 立即 say how soon; they are the shop's own doing before its verb (一定马上给您安排) but not before
 * an outcome (一定马上见效, 长辈用了一定马上上手), which stays a promise about what the shop does not control.
 */
const SOON = new Set(['马上', '立即', '这就', '这边马上'].map(normalizePhrase))
/** 补上 / 补齐 / 补回: making good on the shop's side, unless what is made good is stock that ran out (没有货了，明天肯定补上). */
const RESTOCKABLE = new Set(['补上', '补齐', '补回'].map(normalizePhrase))
function ownActionAhead(ctx: LintContext, from: number, to: number): boolean {
  if (!ctx.hasCue('ownAction', from, to)) return false
  for (const [s, e] of cuesWithin(ctx, 'ownAction', from, to)) {
    // lead22: a restock waits on the supplier, not on the shop (the CLI fix fixture's 没有货了，明天肯定补上).
    if (RESTOCKABLE.has(ctx.text.slice(s, e)) && ctx.hasCue('stockOut', 0, s)) continue
    if (!SOON.has(ctx.text.slice(s, e))) return true
    if (!ctx.hasCue('uncontrolled', e, Math.min(to, e + 4)) && !ctx.hasCue('effectAhead', e, Math.min(to, e + 4))) return true
  }
  return false
}

/** 一定是 / 肯定是 (class guess.cause) at the adverb, and a fault of handling later in its clause: a guess at the cause. */
const GUESS_HEADS = classWords('guess.cause', 'rules/absolute-promise/index.ts').map(normalizePhrase)
function guessedCause(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  if (!GUESS_HEADS.some((w) => text.startsWith(w, f.start))) return false
  return ctx.hasCue('guessedCause', f.end, clauseEnd(text, f.end))
}

/** ap32: the span opens on an A-not-A (磨不磨脚) or its 不 stands between the same character (磨[不磨脚]). */
function aNotA(text: string, at: number): boolean {
  const neg = (i: number) => text[i] === '不' || text[i] === '没'
  if (neg(at + 1) && text[at] === text[at + 2]) return true
  return neg(at) && at > 0 && text[at - 1] === text[at + 1]
}

/** A failure right after the certainty (肯定不出粮), not denied in between (肯定不会没效果 promises the effect). */
function failureAhead(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const at = firstCue(ctx, 'failure', f.end, Math.min(clauseEnd(text, f.end), f.end + FAILURE_REACH + 4))
  return at !== undefined && at[0] - f.end <= FAILURE_REACH && !DENIED.test(text.slice(f.end, at[0]))
}

const CLAIM_REACH = 10
/** A claim cue right after the adverb and no outcome in the sentence around it (nor asked before). */
function claimOnly(ctx: LintContext, f: Finding, sEnd: number): boolean {
  const { text } = ctx
  // ap31: the claim may start up to five characters on and run past them (绝对是全网最划算: 最划算 ends eight on).
  const claim = firstCue(ctx, 'claimAhead', f.end, Math.min(clauseEnd(text, f.end), f.end + CLAIM_REACH))
  if (claim && claim[0] - f.end > 5) return false
  return claim !== undefined && !ctx.previousHasCue('uncontrolled') && !ctx.hasCue('uncontrolled', clauseStart(text, f.start), f.start) && !ctx.hasCue('uncontrolled', claim[1], sEnd)
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
/** Particles and set endings that may stand around a hedge said as a clause of its own (一般情况下呢，正常来说，). */
const HEDGE_CLAUSE_REST = /^(?:的话|来说|来讲|而言|情况下|的情况下)?[\s的呢哦啊呀哈亲~～]*$/u
const HEDGE_CLAUSE_LEAD = /^[\s亲呢哦]*$/u
/**
 * ap27: the clause right before the finding's, in its sentence, is a hedge and nothing else (一般情况下，…; 正常来说，…): the room
 * it leaves covers the statement that follows (AQ: 一般情况下，充电器不会发烫).
 */
function hedgeOpens(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const cs = clauseStart(text, f.start)
  if (cs <= sentenceStart(text, f.start) || cs < 1) return false
  const ps = clauseStart(text, cs - 1)
  for (const [s, e] of cuesWithin(ctx, 'hedgeOpener', ps, cs - 1)) {
    if (e <= cs - 1 && HEDGE_CLAUSE_LEAD.test(text.slice(ps, s)) && HEDGE_CLAUSE_REST.test(text.slice(e, cs - 1))) return true
  }
  return false
}

/**
 * ap27: the clause before the finding's ends in a colon and names a record (Promise时效:, 系统显示：, 物流信息：): what follows the
 * colon is the record's value, read out, not the agent's promise.
 */
function reportLabelled(ctx: LintContext, f: Finding): boolean {
  const { text } = ctx
  const cs = clauseStart(text, f.start)
  if (cs < 1) return false
  if (/[:：]/u.test(text[cs - 1] ?? '')) return ctx.hasCue('reportLabel', clauseStart(text, cs - 1), cs - 1)
  // ap29: …or a clause of its own that only says where the date is read (看信息，明天下午给您送达; 查询是… is the ASAP form).
  if (!/[,，]/u.test(text[cs - 1] ?? '')) return false
  const ps = clauseStart(text, cs - 1)
  const clause = text.slice(ps, cs - 1).trim()
  return REPORT_READ.some((w) => clause === w || clause.endsWith(w) && clause.length - w.length <= 2 && OPENER_CHARS.test(clause.slice(0, clause.length - w.length)))
}
const REPORT_READ = [...classWords('report.read.clause', 'rules/absolute-promise/index.ts')]
/** A greeting or a particle may open the clause (亲，看信息 / 嗯看信息). */
const OPENER_CHARS = /^[亲嗯哦噢好的您]*$/u

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
const DESIGN = classWords('design.mechanism', 'rules/absolute-promise/index.ts').map(normalizePhrase)
const CRUSH = classWords('process.crush', 'rules/absolute-promise/index.ts').map(normalizePhrase)
// ap27: the cold chain of fresh food (全程冷链运输，保证商品的新鲜度): the process ensuring what it keeps (freshness) — only that;
// what the goods are on arrival (保证还是冰的) is still the transit promised.
const CHAIN = classWords('design.process.chain', 'rules/absolute-promise/index.ts').map(normalizePhrase)
const PRESERVE = classWords('process.preserve', 'rules/absolute-promise/index.ts').map(normalizePhrase)
const CHECK_ABNORMAL = classWords('check.abnormal', 'rules/absolute-promise/index.ts').map(normalizePhrase)

/** A self-test for the abnormal case (如果…就不正常) after `from`, in its sentence or the next one. */
function abnormalCheckAfter(text: string, from: number): boolean {
  const end = sentenceEnd(text, from)
  const last = end < text.length ? sentenceEnd(text, end + 1) : end
  const span = text.slice(from, last)
  return CHECK_ABNORMAL.some((w) => span.includes(w))
}

const COMMIT = normalizePhrase('一定')
/**
 * Words of dispatch, read in code over the few characters after a finding rather than as cues:
 * 发 alone is in most replies, and a cue is indexed for every reply that holds it.
 */
const DISPATCH = ['发出', '发货', '寄出', '发走', '出库'].map(normalizePhrase)
const FA = normalizePhrase('发')
/** After a bare 发: the end of its clause, or 给/了/a particle (今天一定发 单号…, 一定发给您). */
const AFTER_BARE_FA = new Set([...'给了哈哦呢啦的呀', ...' ,.!?~;'])
/** Before it: the promise word, a time (今天发, 当天发, 马上发) or the buyer it goes to (给您发) — not 头发. */
const BEFORE_BARE_FA = new Set([...'天午上晚早就先再快您你'])

/**
 * Dispatch committed (明天一定发出, 今天一定发): the shop's own doing. 一定 before the shop's own verb
 * says what it will make sure to do; 肯定 (明天肯定给您发货) asserts a fact, as a promise does. Not
 * after a modal (一定能发货 predicts it), not after the verb 保证 (我保证今天发货) unless it names what
 * is shipped (保证发出的牛奶).
 */
function dispatchAhead(ctx: LintContext, f: Finding, to: number): boolean {
  const { text } = ctx
  const verb = f.entry.tags.includes('verb')
  if (!verb && !text.startsWith(COMMIT, f.start)) return false
  if (/^(能|可以|会)/.test(text.slice(f.end, f.end + 2))) return false
  for (let s = f.end; s < to; s++) {
    const word = DISPATCH.find((w) => text.startsWith(w, s))
    const e = s + (word ?? FA).length
    if (!word && !(text.startsWith(FA, s) && (s === f.end || BEFORE_BARE_FA.has(text[s - 1] ?? '')) && (e >= text.length || AFTER_BARE_FA.has(text[e]!)))) continue
    if (verb && text[e] !== '的' && text.slice(e, e + 2) !== '去的') continue
    return true
  }
  return false
}

/** Yes words that answer only as the whole reply, and what may follow them then (particles, 亲, stops). */
const BARE_YES = new Set(['可以', '能', '会', '穿得下', '合适', '合身', '好用', '管用', '有用'].map(normalizePhrase))
const BARE_REST = /^[\s的呀啊哦喔噢哟唷咯啰哈呢啦滴哒嘛亲～~!！。.…]*$/

/** What makes the customer's turn ask (吗/么/?, a tag question, A-not-A, a question word). */
const PREVIOUS_ASKS = /[?？吗嗎嘛么麼]|[吧呢][\s~～。.!！]*$|是不是|会不会|能不能|有没有|可不可以|是否|请问|对吧|是吧|(.)[不没]\1/u
/**
 * ap26: the customer's turn states something (过了一会就变成这样了) rather than asking, and names no outcome the shop does not
 * control: a bare 肯定的 after it agrees. A statement of an outcome (那明天就能到) agreed to is still a promise.
 */
/** The certainty words that also agree (肯定的 = sure): a bare 一定 after 好的谢谢 still reads as the start of a promise. */
const AGREEING = ['肯定', '当然'].map(normalizePhrase)
function agreesWithStatement(ctx: LintContext): boolean {
  const previous = ctx.previous
  return previous !== undefined && previous.trim() !== '' && !PREVIOUS_ASKS.test(previous) && !ctx.previousHasCue('uncontrolled')
}

/** 肯定的！/ 当然: the adverb alone in its clause, answering the customer. */
function bareAnswer(text: string, f: Finding): boolean {
  return f.start === clauseStart(text, f.start) && /^的?[呀啊哦哈呢啦滴]*$/.test(text.slice(f.end, clauseEnd(text, f.end)))
}

/** ap33: a cue in the clause right after the finding's own (保证的，明天就能到 still promises the arrival). */
function nextClauseHas(ctx: LintContext, f: Finding, cue: string): boolean {
  const end = clauseEnd(ctx.text, f.end)
  return end < ctx.text.length && ctx.hasCue(cue, end, clauseEnd(ctx.text, end + 1))
}

/** ap33: the word as the whole first clause of the reply, a modal before it allowed (保证的亲, 能保证的, 我们可以保证). */
function ownAnswer(text: string, f: Finding): boolean {
  const start = clauseStart(text, f.start)
  return start === 0 && /^(我们|我|这边)?(能|可以|敢)?$/.test(text.slice(start, f.start)) && /^的?(亲|亲亲)?[呀啊哦哈呢啦滴]*$/.test(text.slice(f.end, clauseEnd(text, f.end)))
}

/**
 * Certainty about a downside (肯定会有一点色差, 平邮肯定慢一些, 慢是肯定的) warns rather than
 * promises. A negator between the adverb and the downside (肯定没有色差) makes it a promise again.
 */
/** Longer than any downside or outcome word (they are a few characters). */
const CUE_REACH = 24

/** 供应商说 right before the outcome, a few characters at most between. */
const RELAY_REACH = 6
/** 一定超好看: the compliment right after the adverb (a degree word or 会 between). */
const COMPLIMENT_REACH = 4

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
    if (s < cEnd && !DENIED.test(text.slice(f.end, s)) && !EVEN_NONE.test(text.slice(e, e + 3))) return true
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
    if (s > f.end + 2 || s >= cEnd || !BAD.has(text.slice(s, e))) continue
    // 唔/冇 are Cantonese 不/没 (保證唔會縮水).
    if (/[不没无零防抗耐免别唔冇]/.test(text.slice(f.end, s)) || /[不没]/.test(text[e] ?? '') || EVEN_NONE.test(text.slice(e, e + 3))) continue
    return true
  }
  // A good outcome said to fail (三天打鱼两天晒网肯定看不出效果, 今天肯定到不了): a warning or a
  // disclaimer, as a bad outcome asserted is. One negator only: 肯定不会没效果 promises again.
  for (const [s, e] of cuesWithin(ctx, 'uncontrolled', f.end, cEnd)) {
    const word = text.slice(s, e)
    if (s - f.end > 6 || !GOOD.has(word)) continue
    // A bare 到 fails only after it (到不了); 闻不到 is a potential complement, which promises.
    const negators = word === '到' ? (/^不[了到]/.test(text.slice(e, e + 2)) ? 1 : 0) : (text.slice(f.end, s).match(/[不没无]/g) ?? []).length
    if (negators === 1) return true
  }
  return false
}

/**
 * The edit a finding's rewrite makes: its best word in place of the promise word (or nothing,
 * when the advice is to drop it); for a construction, a hedge in front (包 gives way to it).
 */
function editOf(f: Finding, ctx: LintContext): Edit {
  // ap30: a smallest-amount frame (一点色差都没有, 丝毫不会掉色, 保证一点色差都没有) has no room for a hedge inside it (一点一般色差
  // 都没有) nor right before it (一般一点 reads "a bit more ordinary"): the frame gives way to the hedge, see frameEdit.
  const frame = frameEdit(f, ctx)
  if (frame) return frame
  if (!f.entry.tags.includes('implicit')) return { start: f.start, end: f.end, text: f.expected[0] ?? '' }
  // 会帮您处理好 → 会帮您尽快处理: the solved outcome gives way to the shop's own doing, as a stake does.
  if (f.entry.tags.includes('stake') || f.entry.tags.includes('solved')) return stakeEdit(f, ctx)
  if (f.entry.tags.includes('rhetorical')) return rhetoricalEdit(f, ctx)
  const bao = ctx.text[f.start] === '包'
  // 刷三天就能白 → 一般刷三天就能白: before the use and its dose, which the effect depends on. Between
  // the figure's digits (三一般天) it cuts a word; after the body word (斑一般就淡) the effect is still
  // claimed outright to a reader who, like exaggeration, reads the hedge before the claim.
  if (f.entry.tags.includes('dose')) {
    // ap32: …and before a verb that takes the dose as its object though it uses nothing up (睡一周 → 一般睡一周, not 睡一般一周).
    const from = clauseStart(ctx.text, f.start)
    const at = f.start - (useBefore(ctx.text, from, f.start) || leadVerbBefore(ctx.text, from, f.start))
    return { start: at, end: at, text: f.expected[0] ?? '' }
  }
  // ap25: 放心，这款面霜不闷痘 → 放心，这款面霜一般不闷痘; 二手机跟新的一样 → 二手机基本跟新的一样: the span opens on a word
  // the construction needs before it (a reassurance, the used goods), and the hedge goes before the entry's own phrase.
  if (f.entry.tags.includes('hedgePhrase')) {
    const len = Math.max(0, ...f.entry.normalized.filter((p) => ctx.text.endsWith(p, f.end)).map((p) => p.length))
    if (len > 0) return { start: f.end - len, end: f.end - len, text: f.expected[0] ?? '' }
  }
  // ap25: 一点都不卡 → 一般不卡: the emphasis that opens the span makes way for the hedge (一般一点都不卡 keeps it flat).
  if (f.entry.tags.includes('emphatic')) {
    const lead = EMPHASIS.find((w) => ctx.text.startsWith(w, f.start))
    if (lead) return { start: f.start, end: f.start + lead.length, text: f.expected[0] ?? '' }
  }
  // 孕妇也能放心用 → 孕妇一般也能放心用: the hedge goes before 也/都, after the group it speaks of.
  // ap30: …and after use to any degree (戴再久都不缺氧 → 戴再久一般都不缺氧): a hedge after the verb (戴一般再久) splits it from 再久.
  const degree = ctx.text[f.start] === ZAI
  const also = f.entry.tags.includes('group') || degree ? Math.max(ctx.text.lastIndexOf('也', f.end - 1), ctx.text.lastIndexOf('都', f.end - 1)) : -1
  // 都能 + an effect (老人吃了血压都能降下来): a hedge at the front of the clause, before the people it speaks of.
  let at = f.entry.tags.includes('front') ? clauseStart(ctx.text, f.start) : also >= f.start ? also : f.start
  // 机洗也不会缩水 → 机洗一般也不会缩水: 都/也 right before the outcome binds to it, so the hedge goes
  // in front of them (也一般不会 reads as a stutter).
  if (at === f.start && at > 0 && ALSO.has(ctx.text[at - 1]!)) {
    at -= 1
    // 一滴都漏不进来 → 一般一滴都漏不进来: the smallest amount before 都 goes with it.
    const yi = ctx.text.lastIndexOf(YI, at - 1)
    if (yi >= 0 && at - yi <= 3 && yi >= clauseStart(ctx.text, at)) at = yi
  }
  // ap32: a span of time or a weather taken as the object of a verb (用一年都不会断, 下暴雨也不怕, 睡一周脖子就不疼了): the hedge goes
  // before the verb (一般用一年…), not between the verb and its object (用一般一年, 下一般暴雨, 睡一般一周).
  if (!bao) {
    const verb = verbBeforeObject(ctx.text, at)
    if (verb) return { start: at - verb, end: at - verb, text: f.expected[0] ?? '' }
  }
  // 根本吵不醒 → 一般吵不醒: an intensifier right before the outcome makes way for the hedge.
  const boost = at === f.start ? INTENSIFIERS.find((w) => ctx.text.endsWith(w, at)) : undefined
  if (boost) return { start: at - boost.length, end: at, text: f.expected[0] ?? '' }
  return { start: at, end: bao ? f.start + 1 : at, text: f.expected[0] ?? '' }
}

/**
 * ap30: the smallest-amount frames of an emphatic denial: 一点/一丝/一丁点/半点 (+ what there is none of) + 都/也 + a negator,
 * and 丝毫 straight before the negator (丝毫不会掉色, 丝毫没有色差). Group 1 the quantity, 2 the noun, 3 都/也 (absent after 丝毫).
 */
const AMOUNT_FRAME = /(一丁点儿?|一点点|一点儿?|一丝丝?|一毫|半点儿?|丝毫|一[个颗只粒件根条片处块滴])(?:的)?([\u4e00-\u9fff]{0,5}?)([都也])?(?=[不没无冇唔])/gu
/** How far from a finding its frame may start or end: the longest frame (一丁点儿的 + five characters + 都) and a little. */
const FRAME_REACH = 14
/** The marks that end a clause or a sentence (normalised text: ASCII punctuation, and 。 and … kept), as clauseStart / clauseEnd read them. */
const CLAUSE_MARK = /[,.!?;:~、。…\s\n]/u
/** A counting frame (一颗坏果都不会有, 一滴都漏不进来): the hedge reads well before it (一般一颗坏果都不会有). */
const COUNTING = /^一[个颗只粒件根条片处块滴]$/u
/** The negation of a frame whose object the hedged form puts after it (没有色差, 不会有味道): ends in 有. */
const HAVE_NEGATION = /^(?:没有|不会有|无|冇)/u
/**
 * What may follow the negation for the frame to be rewritten whole (一点色差都没有呢。放心买 → 一般没什么色差呢。放心买):
 * particles, then the end of the text, a clause end or a sentence end (normalised text: ASCII punctuation, 。 and … kept; a
 * typed space ends a clause, ~ a sentence, as in context/text.ts).
 * Not more words (一点色差都没有影响 is left to the plain edit).
 */
const FRAME_REST = /^[\s的呢哦啊呀哈啦滴哒亲~]*(?:$|[,;。.!…~\s])/u

/**
 * ap30: the edit that puts the hedge in place of a smallest-amount frame the finding sits in or right before:
 * 一点色差都没有 → 一般没什么色差 (没什么 + the noun), 一点水都不会漏 → 水一般不会漏, 一点也不会起球 / 丝毫不会掉色 → 一般不会起球 /
 * 一般不会掉色; a promise word right before the frame goes with it (保证一点色差都没有 → 一般没什么色差). Counting frames
 * (一个坏果都没有, 一滴都漏不进来) are left to editOf: a hedge before them reads well.
 */
function frameEdit(f: Finding, ctx: LintContext): Edit | undefined {
  const hedge = f.expected[0]
  if (!hedge || f.entry.tags.includes('answer') || f.entry.tags.includes('rhetorical') || f.entry.tags.includes('stake') || f.entry.tags.includes('solved') || f.entry.tags.includes('dose')) return undefined
  if (!/^(?:一般|正常情况下|基本|基本上|通常)/u.test(hedge)) return undefined
  const { text, original } = ctx
  // Only near the finding (a frame is a few characters): a long clause is never scanned whole, once per finding.
  // (Cut at the clause marks inside the window itself: clauseStart / clauseEnd walk a long clause to its ends.)
  let from = Math.max(0, f.start - FRAME_REACH)
  let to = Math.min(text.length, f.end + FRAME_REACH)
  for (let i = f.start - 1; i >= from; i--) if (CLAUSE_MARK.test(text[i]!)) { from = i + 1; break }
  for (let i = f.end; i < to; i++) if (CLAUSE_MARK.test(text[i]!)) { to = i; break }
  const window = text.slice(from, to)
  AMOUNT_FRAME.lastIndex = 0
  for (let m = AMOUNT_FRAME.exec(window); m; m = AMOUNT_FRAME.exec(window)) {
    const quantity = m[1]!
    const noun = m[2] ?? ''
    const also = m[3]
    if (!also && !quantity.startsWith('丝毫')) continue
    const frameStart = from + m.index
    const negAt = frameStart + m[0].length
    // The finding opens inside the frame or at its negation, or a promise word stands right before it.
    const inside = f.start >= frameStart && f.start <= negAt && f.end > negAt
    const before = !f.entry.tags.includes('implicit') && f.end === frameStart
    if (!inside && !before) continue
    const start = before ? f.start : frameStart
    if (COUNTING.test(quantity)) return before ? undefined : { start, end: start, text: hedge }
    const nounText = original.slice(frameStart + quantity.length + (m[0].slice(quantity.length).startsWith('的') && noun ? 1 : 0), negAt - (also ? 1 : 0))
    const neg = HAVE_NEGATION.exec(text.slice(negAt, negAt + 3))
    const restAt = neg ? negAt + neg[0].length : negAt
    if (nounText && neg && FRAME_REST.test(text.slice(restAt, Math.min(text.length, restAt + FRAME_REACH)))) {
      // 一点色差都没有 → 一般没什么色差, 一点味道都不会有 → 一般不会有什么味道: 什么 takes the frame's "any" (一般没有副作用
      // would read as the flat claim exaggeration reports).
      const have = /^不会有/u.test(neg[0]) ? `${original.slice(negAt, negAt + neg[0].length)}什么` : '没什么'
      return { start, end: negAt + neg[0].length, text: `${hedge}${have}${nounText}` }
    }
    return { start, end: negAt, text: `${nounText}${hedge}` }
  }
  return undefined
}

const YI = normalizePhrase('一')
const ZAI = normalizePhrase('再')
/** An emphasis opening an emphatic denial (一点都不卡): the hedge replaces it (see editOf, tag `emphatic`). */
const EMPHASIS = ['一丁点都', '一点儿都', '一点儿也', '一点都', '一点也', '丝毫', '半点', '完全'].map(normalizePhrase)
const ORDINAL = normalizePhrase('第')
/** How far after the certainty a failure may stand (肯定[会]不出粮, 大巴肯定[是]不能等): a few characters. */
const FAILURE_REACH = 4
const ALSO = new Set([normalizePhrase('都'), normalizePhrase('也')])
/** Intensifiers that only make an outcome flatter (根本吵不醒, 完全不会掉): a hedge takes their place. */
const INTENSIFIERS = ['根本', '完全', '压根', '压根儿', '丝毫', '绝对'].map(normalizePhrase).sort((a, b) => b.length - a.length)
/** Before 一 these make it part of a date (周一, 星期一, 礼拜一, 初一, 十一, 五月一): 周一下午 is Monday afternoon. */
const DATE_BEFORE_YI = new Set([...'周期拜初十月第'].map(normalizePhrase))

const XIA = normalizePhrase('下')

/** Whether the time word at `at` follows 一 (一下午) or 一下 (备注一下周日派送), not a date's 一 (周一下午). */
function afterYiXia(text: string, at: number): boolean {
  const yi = text[at - 1] === YI ? at - 1 : text[at - 1] === XIA && text[at - 2] === YI ? at - 2 : -1
  return yi >= 0 && !DATE_BEFORE_YI.has(text[yi - 1] ?? '')
}

/** Verbs of use (刷, 吃 — the stems of 吃了/敷了 too), bare or with their aspect (擦了, 涂完, 抹上), longest first: what a dose is of. */
const USED = classWords('action.used', 'rules/absolute-promise/index.ts')
const USE_STEMS = new Set([...classWords('action.use', 'rules/absolute-promise/index.ts'), ...USED.filter((w) => w.length === 2 && /[了完上]$/.test(w)).map((w) => w[0]!)])
const USE = [...new Set([...USED, ...[...USE_STEMS].flatMap((v) => [v, `${v}了`, `${v}完`, `${v}上`, `${v}满`])])]
  .map(normalizePhrase)
  .sort((a, b) => b.length - a.length)

/** ap32: what a verb takes as its object at `at`: a figure or span of time (一年, 三个月, 这辈子) or an extreme weather (暴雨, 零下). */
const OBJECT_FIGURE = /^(?:[一二两三四五六七八九十半几百千万0-9０-９]|这辈子|整)/u
const EXTREMES = classWords('time.extreme', 'rules/absolute-promise/index.ts').map(normalizePhrase)
const LEAD_VERBS = classWords('action.lead', 'rules/absolute-promise/index.ts').map(normalizePhrase).sort((a, b) => b.length - a.length)
/** The length of the verb whose object starts at `at` (用 before 一年, 下 before 暴雨), 0 when none or no such object. */
function verbBeforeObject(text: string, at: number): number {
  if (at === 0 || !(OBJECT_FIGURE.test(text.slice(at, at + 3)) || EXTREMES.some((w) => text.startsWith(w, at)))) return 0
  const from = clauseStart(text, at)
  return useBefore(text, from, at) || leadVerbBefore(text, from, at)
}
function leadVerbBefore(text: string, from: number, at: number): number {
  const w = LEAD_VERBS.find((x) => at - x.length >= from && text.endsWith(x, at))
  return w ? w.length : 0
}

/** The length of the verb of use ending at `at` (擦了 before 三天斑就淡), 0 when none; not before `from`. */
function useBefore(text: string, from: number, at: number): number {
  const w = USE.find((x) => at - x.length >= from && text.endsWith(x, at))
  return w ? w.length : 0
}

/**
 * An entry's phrases longest first, to find the one a finding ends with (a stake: 算我的, 我这客服不干了)
 * or starts with (a rhetorical question word: 怎么可能, 哪会).
 */
const LONGEST_FIRST = new WeakMap<Finding['entry'], string[]>()
function longestFirst(entry: Finding['entry']): string[] {
  let words = LONGEST_FIRST.get(entry)
  if (!words) LONGEST_FIRST.set(entry, (words = [...entry.normalized].sort((a, b) => b.length - a.length)))
  return words
}
/**
 * A stake is replaced by what the shop will do (要是掉了我们负责处理); a stake that is its own
 * clause after a short subject (…，我这客服不干了) is replaced whole.
 */
function stakeEdit(f: Finding, ctx: LintContext): Edit {
  const { text } = ctx
  const span = text.slice(f.start, f.end)
  const w = longestFirst(f.entry).find((x) => span.endsWith(x)) ?? ''
  let start = f.end - w.length
  const cs = clauseStart(text, start)
  if (cs > f.start && start - cs <= 2) start = cs
  return { start, end: f.end, text: f.expected[0] ?? '' }
}

/**
 * The clause of the first edit with every edit applied, for the message's 例如「…」. An edit
 * that deletes the last word of its clause (…，百分百) leaves the clause without it; one that
 * deletes a clause of its own (会给您补发的，肯定) shows the clause before it, which is what the
 * reply then says, rather than an empty example.
 */
/** What ends a sentence for a pledge's example (one sentence: 不会中毒的，安全无毒，放一百个心). */
const SENTENCE_STOP = /[。！？!?；;\n]/u
/** How far back from a pledge's clause its example may reach for the promise it vouches for. */
const PRIOR_REACH = 120
/** The first index of `byEnd` (sorted by end) whose finding ends at or after `at`. */
function lowerBound(byEnd: readonly { f: Finding }[], at: number): number {
  let lo = 0
  let hi = byEnd.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byEnd[mid]!.f.end < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

function previewOf(ctx: LintContext, list: readonly Edit[]): string {
  const { original, text } = ctx
  const sorted = [...list].sort((a, b) => a.start - b.start)
  const last = sorted[sorted.length - 1]!
  let from = clauseStart(text, sorted[0]!.start)
  let to = clauseEnd(text, last.end)
  const apply = (start: number, stop: number) => {
    let out = ''
    let at = start
    for (const e of sorted) {
      if (e.start < at || e.end > stop) continue
      out += original.slice(at, e.start) + e.text
      at = e.end
    }
    return (out + original.slice(at, stop)).trim().replace(TRAILING_MARKS, '')
  }
  // The last clause says nothing once its word is dropped (…，百分百的): the example ends before it,
  // and when it was the only clause, the example is the clause before it.
  const lastFrom = clauseStart(text, last.start)
  if (lastFrom > 0 && EMPTY_SAYING.test(apply(lastFrom, to))) {
    to = lastFrom
    while (to > 0 && MARKS.test(original[to - 1]!)) to--
    if (from >= lastFrom) from = to > 0 ? clauseStart(text, to - 1) : 0
  }
  const preview = to > from ? apply(from, to) : ''
  if (!EMPTY_SAYING.test(preview)) return preview
  // Nothing said before it either (肯定的 两点前下单的都当天发): the clause after it is what the reply then says.
  let next = Math.max(to, clauseEnd(text, last.end))
  while (next < original.length && EMPTY_SAYING.test(original[next]!)) next++
  return next < original.length ? apply(next, clauseEnd(text, next)) : ''
}

/** Particles, marks and spaces only: a clause or preview of these says nothing. */
const EMPTY_SAYING = /^[\s的啦哦呢嘛哈呀滴啊喔噢了!！~～。.,，、;；:：]*$/u
/** Clause marks and spaces left at the end once the clause after them is gone. */
const TRAILING_MARKS = /[\s,，、;；:：~～]+$/u
const MARKS = /[\s,，、;；:：~～]/u

/**
 * A promise made without a promise word is softened by a hedge in front (机洗一般不会缩水),
 * not by deleting a word; a bare answer (不会哒) becomes a hedged answer with a next step.
 * 包 in 包合身 is the promise itself, so the hedge takes its place (一般都合身).
 */
function softenImplicit(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  // 买了不会后悔, 闭眼入不踩雷: regret ruled out recommends the goods, as 买它准没错 does; the pool's
  // authors (sets B, O, P and the 不踩雷 of seven more) leave it unlabelled unless a promise word says it
  // (肯定不会后悔), which that word's own entry reports, or 包 does (包不踩雷: the promise word of its entry).
  if (text[f.start] !== '包' && REGRET.some((w) => text.endsWith(w, f.end))) return null
  // 不会掉 as an outcome of its own only when nothing but 的, a particle or 下来/下去 follows (掉价, 掉以轻心 do);
  // answering 会不会掉？ it is the asked-outcome entry's (outcome.asked.bad), reported once.
  if (f.entry.tags.includes('fallOff') && ((isHanAt(text, f.end) && !AFTER_FALL.has(text[f.end]!)) || ctx.previousHasCue('askedBad'))) return null
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
  let expected: string[]
  if (f.entry.tags.includes('answer')) {
    // ap31: a short 会 / 不会 with 放心 answers yes or no as the reply did (会的，放心吧 / 放心，不会的).
    const modalNo = f.entry.tags.includes('modalAnswer') ? MODAL_NO.test(text.slice(f.start, f.end)) : undefined
    const kind = f.entry.tags.includes('demand') ? 'demand' : modalNo === false || (modalNo === undefined && f.entry.tags.includes('yes')) ? 'yes' : 'no'
    expected = [ANSWER[kind][ctx.locale]]
    return { ...f, expected, data: { reason: REASON.uncontrolled[ctx.locale], preview: expected[0]! } }
  }
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
 * A construction's edit plus the promise words inside its span (每一颗都保证甜 → 一般每一颗都甜): the
 * engine keeps the longer finding and drops the word's own, so one rewrite must soften both — a hedge
 * in front of a 保证 that stays would still promise. A negated word (不一定) is left.
 */
function editsOf(f: Finding, ctx: LintContext): Edit[] {
  const edit = editOf(f, ctx)
  if (!f.entry.tags.includes('implicit')) return [edit]
  const inside = cuesWithin(ctx, 'certainWord', f.start, f.end).filter(
    ([s, e]) => s >= f.start && e <= f.end && !(s < edit.end && edit.start < e) && !DENIED.test(ctx.text[s - 1] ?? ''),
  )
  return inside.length ? [edit, ...inside.map(([start, end]) => ({ start, end, text: '' }))] : [edit]
}

/** A negator between a cue and the finding (Cantonese 唔/冇 too: 保證唔會縮水), which cuts their link. */
const DENIED = /[不没无零唔冇]/
/**
 * Not even one (保证一个坏果都没有, 墙面保证一滴水都没有, 肯定一点色差也没有): the downside or bad outcome
 * is denied after it, by 都/也 + a negator, so the certainty before it promises again. One character may
 * close the noun first (坏 of 坏果, 坏的), but not 了: 肯定坏了也没办法 still warns.
 */
const EVEN_NONE = /^(?!了)[\u4e00-\u9fff]?[都也][不没无冇唔]/

/** What may follow a bare 掉 (不会掉的, 不会掉下来): 的, 了, a particle, 下. */
const AFTER_FALL = new Set([...'的了下', ...classWords('particle', 'rules/absolute-promise/index.ts')].map(normalizePhrase))

/** Regret ruled out (买了不会后悔, 闭眼入不踩雷): see softenImplicit. */
const REGRET = classWords('outcome.regret', 'rules/absolute-promise/index.ts').map(normalizePhrase)

/** Bad outcomes among the `uncontrolled` cues (烫 for 这样肯定烫). */
const BAD = new Set([...classWords('outcome.bad', 'rules/absolute-promise/index.ts'), '烫', '烫手'].map(normalizePhrase))

/** Good outcomes among the `uncontrolled` cues (效果 for 肯定看不出效果, 到 for 肯定到不了). */
const GOOD = new Set(
  [...classWords('outcome.good', 'rules/absolute-promise/index.ts'), '到', '适合', '治好']
    .map(normalizePhrase)
    // outcome.fit also lists misfits (磨脚, 挤脚): 永远不会磨脚 denies a bad outcome, it promises.
    .filter((w) => !BAD.has(w)),
)

const WHEN = [...classWords('time.when', 'rules/absolute-promise/index.ts')].map(normalizePhrase).sort((a, b) => b.length - a.length)

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

/** Whether the time word at `at` is followed by 的 (a modifier: 今天的货, 明天下午的单). */
function whenModifies(text: string, at: number): boolean {
  const w = WHEN.find((x) => text.startsWith(x, at))
  return w !== undefined && text[at + w.length] === '的'
}

const MODAL_NO = /不会|唔会/u
const CALMED_AFTER = 5
const CALMED_BEFORE = 2
/** Only a sentence-final particle, a repeat of the short answer or an address (亲) between `at` and the end of its clause. */
const SHORT_ANSWER_TAIL = /(?:[会會不唔的啦哦呢哈哒滴嘛啊呀吧噢喔嘅哟咯啰\s~～]|亲|親)*(?:$|[，,。.！!？?、；;…]|放心)/uy
function endsClause(text: string, at: number): boolean {
  SHORT_ANSWER_TAIL.lastIndex = at
  return SHORT_ANSWER_TAIL.test(text)
}
/** A short answer (会的, 不会的) starting at most `reach` characters after `from` and standing alone as its clause. */
function shortAnswerWithin(ctx: LintContext, from: number, reach: number): boolean {
  const at = firstCue(ctx, 'answerModal', from, sentenceEnd(ctx.text, from))
  return at !== undefined && at[0] - from <= reach && endsClause(ctx.text, at[1])
}
/** A cue of `name` starting at most `reach` characters after `from`, in the same sentence. */
function cueStartsWithin(ctx: LintContext, name: string, from: number, reach: number): boolean {
  const at = firstCue(ctx, name, from, sentenceEnd(ctx.text, from))
  return at !== undefined && at[0] - from <= reach
}
const ANSWER = {
  yes: { zh: '一般是可以的，具体因人而异，有问题随时联系我们', en: '一般是可以的，具体因人而异，有问题随时联系我们' },
  no: { zh: '正常情况下不会的，万一有问题随时联系我们处理', en: '正常情况下不会的，万一有问题随时联系我们处理' },
  demand: { zh: '好的，已经帮您备注并催促物流，我们尽量安排，有进展第一时间告诉您', en: '好的，已经帮您备注并催促物流，我们尽量安排，有进展第一时间告诉您' },
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
function dropsAlone(text: string, f: Finding): boolean {
  if (!f.entry.tags.includes('adverb') || f.entry.tags.includes('answer') || f.entry.expected.length) return false
  const cs = clauseStart(text, f.start)
  if (cs === 0) return false
  return EMPTY_SAYING.test(text.slice(cs, f.start) + text.slice(f.end, clauseEnd(text, f.end)))
}

/** 这么厚的泡沫怎么可能压坏呢 → …一般不会压坏呢: the question word is replaced, the outcome stays. */
function rhetoricalEdit(f: Finding, ctx: LintContext): Edit {
  const span = ctx.text.slice(f.start, f.end)
  const w = longestFirst(f.entry).find((x) => span.startsWith(x)) ?? ''
  return { start: f.start, end: f.start + w.length, text: f.expected[0] ?? '' }
}

/**
 * The customer's message says the bad outcome happened (洗了一次就掉色, 收到就碎了): a complaint,
 * or a bad outcome not asked about. Read only when a rhetorical entry matched.
 */
const COMPLAINT = [...classWords('act.complaint', 'rules/absolute-promise/index.ts')].map(normalizePhrase)
const REPORTED_BAD = [...classWords('outcome.bad', 'rules/absolute-promise/index.ts')].map(normalizePhrase)
function reportsOutcome(previous: string | undefined): boolean {
  if (!previous) return false
  if (COMPLAINT.some((w) => previous.includes(w))) return true
  // previous is normalised (half-width), so ? stands for ？ too.
  const asking = /[吗嘛么?]|会不会|能不能|是不是|有没有/.test(previous)
  return !asking && REPORTED_BAD.some((w) => previous.includes(w))
}
