/**
 * changeDeal: a changed review paid for (把差评删掉/改成好评 with compensation either side: 删了我给您补5块, 补发给您，您把差评改一下就行).
 * The change verb near the review word or asked of the buyer further on, not one the platform's process or the buyer's
 * own choice makes, and a reward, refund, threat or reshipment tied to it; without compensation it is a request.
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { cuesWithin, firstCue, lastCue, type Span } from '../../src/context/cues.js'
import { refusedBefore, runStart } from '../shared/cues.js'
import { amountEnd } from './amount.js'
import { doneBefore } from './reward-reading.js'
import { REFUSE_REACH } from './linked.js'
import { offerAfterAsk, rewardAfter } from './reward.js'

/** 把差评删掉, 修改一下评价: the change verb this close to the review word. */
const CHANGE_REACH = 6
/** 差评…您看能不能删掉: a change verb this far on, asked of the buyer (cue `changeAsk`). */
const CHANGE_TOPIC_REACH = 24
/** Compensation this far either side of a requested change pays for it. */
const CHANGE_PAY_REACH = 30
/** A change verb and the 的话 that makes it a condition (删的话, 删了的话, 删掉了的话). */
const IF_AFTER_VERB = 5
/** 已经给您补发了: a word of completion this close before a refund or reshipment. */
const DONE_REACH = 6

/** 系统会 / 会被 and the change verb it governs (评价系统会在3天内自动删除). */
const SYSTEM_REACH = 10

/**
 * 把差评删掉/改成好评/撤销差评 with compensation either side (我们退您20元, 给您发个红包):
 * paying for a changed review. Without compensation it is a request, not a deal.
 */
export function changeDeal(ctx: LintContext, f: Finding): Finding | null {
  const { text } = ctx
  if (ctx.hasCue('changeFree', sentenceStart(text, f.start), sentenceEnd(text, f.end))) return null
  // The sentence, not the clause: 您给了差评，能帮忙修改下吗.
  // ex30: the review named in the buyer's turn only (我给了差评 → 删了我就给您退款): the verb found is the review's change itself.
  const echo = f.entry.tags.includes('changeEcho')
  // rl37b: a plea that is itself the change asked (手下留情哈亲，给您补偿10元): the phrase is its own verb, the review understood.
  const self = f.entry.tags.includes('changeSelf')
  // …asked of the buyer: the verb opens its clause, after at most an address or a condition (删了我就…, 亲别呀，删掉的话…,
  // 您把它删了…); a rule explained (全额退款会删除的, 评价会被删除) asks nothing.
  if (echo && !onlyOpeners(text.slice(clauseStart(text, f.start), f.start))) return null
  const verb: Span | undefined = echo || self
    ? [f.start, f.end]
    : (lastCue(ctx, 'change', Math.max(sentenceStart(text, f.start), f.start - CHANGE_REACH - 4), f.start) ??
      firstCue(ctx, 'change', f.end, Math.min(sentenceEnd(text, f.end), f.end + CHANGE_TOPIC_REACH + 4)))
  if (!verb || Math.max(verb[0] - f.end, f.start - verb[1]) > CHANGE_TOPIC_REACH) return null
  // op14: the change reported as made (投诉已撤销, 差评已经删了) is not asked for.
  if (doneBefore(text, verb[0])) return null
  // lead22: the platform's process described (全额退款是会删除评价的, 评价系统会自动删除): nobody is asked to change it.
  if (ctx.hasCue('systemDoes', Math.max(clauseStart(text, verb[0]), verb[0] - SYSTEM_REACH), verb[0]) && !ctx.hasCue('changeAsk', clauseStart(text, verb[0]), verb[0])) return null
  // Further than CHANGE_REACH, the review is the topic and the verb must be asked of the buyer: by a word
  // of asking before it in its clause, or as the condition of what follows (lead29: 您的差评…，删了的话这单给您全额退款).
  // ex31: …or by opening its clause, after at most an address or 现在 (…您给差评之前就该先找我们的，现在删了我给您补5块; 中评是因为… 删了我们送您个配件;
  // sets AI and L): the verb told to the buyer as the first half of the deal (the reward is still required below).
  const asked = ctx.hasCue('changeAsk', clauseStart(text, verb[0]), verb[0]) || ctx.hasCue('ifReview', verb[1], Math.min(clauseEnd(text, verb[1]), verb[1] + IF_AFTER_VERB)) ||
    (verb[0] > f.end && onlyOpeners(text.slice(clauseStart(text, verb[0]), verb[0])) && !text.slice(verb[1], clauseEnd(text, verb[1])).includes(ALSO) && !leftOpen(ctx, verb[0]))
  if (Math.max(verb[0] - f.end, f.start - verb[1]) > CHANGE_REACH && (verb[0] < f.end || !asked)) return null
  // 修改 + 改一下: touching change words are one verb.
  const start = Math.min(f.start, runStart(ctx, 'change', verb[0], CHANGE_REACH))
  const end = Math.max(f.end, verb[1])
  // 不会要求您删除差评: 要求 is part of the refusal here, not a condition that lifts it.
  if (refusedBefore(ctx, start, 'refuse', 'changeResume', REFUSE_REACH, { questionsAsk: true })) return null
  // ot36: the review named first, the change refused right before its verb (差评我们不会让您删, 中评不用改): nobody is asked.
  if (verb[0] >= f.end && refusedBefore(ctx, verb[0], 'refuse', 'changeResume', REFUSE_REACH, { questionsAsk: true })) return null
  const after = rewardAfter(ctx, end, Math.min(text.length, end + CHANGE_PAY_REACH), true)
  if (after !== undefined) return { ...f, start, end: after }
  // 删除差评，我们可以全额退款: for a changed review, a refund is the price too.
  const refund = firstCue(ctx, 'changePay', end, Math.min(text.length, end + CHANGE_PAY_REACH))
  // …not one already made (…不满意也没关系，我们已经给您退款了).
  // cb24: the change left to the buyer in the next sentence (差评能改吗？改不改都行，补发照常) unties the refund too.
  if (refund && !ctx.hasCue('refuse', end, refund[0]) && !ctx.hasCue('done', end, refund[0]) && !ctx.hasCue('changeFree', end, refund[0])) return { ...f, start, end: refund[1] }
  // 差评你不删，售后我就没法给你过: service held back until the review changes.
  // cb24: the change asked as a question, the money offered to the buyer in the next sentence (差评能撤吗？给您补个红包).
  const across = offerAfterAsk(ctx, { ...f, end }, sentenceStart(text, start), sentenceEnd(text, end))
  if (across !== undefined) return ctx.hasCue('changeFree', sentenceEnd(text, end), across) ? null : { ...f, start, end: across }
  const threat = firstCue(ctx, 'threat', end, Math.min(sentenceEnd(text, end), end + CHANGE_PAY_REACH))
  if (threat) return { ...f, start, end: threat[1] }
  const before = paidBefore(ctx, Math.max(0, start - CHANGE_PAY_REACH), start)
  if (before !== undefined && !ctx.hasCue('refuse', before, start)) return { ...f, start: before, end }
  // 补发给您，您把差评改一下就行: the reshipment or refund offered first, the change asked after it,
  // unless it was already made (已经给您补发了).
  const offered = lastCue(ctx, 'changePay', Math.max(sentenceStart(text, start), start - CHANGE_PAY_REACH), start)
  // rv34: …unless begged all the same in the change's clause (已经赔了您30，那个一星要不然就改了吧): then it is the price too.
  if (offered && !ctx.hasCue('refuse', offered[1], start) && (!ctx.hasCue('done', Math.max(0, offered[0] - DONE_REACH), offered[0]) || (ctx.hasCue('changePlea', clauseStart(text, start), end) && !ctx.hasCue('changeFree', start, sentenceEnd(text, end))))) return { ...f, start: offered[0], end }
  return null
}

/** 删了我们也会给您补发: 也 after the verb makes what follows come either way (ex31's clause-opening verb). */
const ALSO = normalizePhrase('也')
/**
 * mend27: the change left open in the verb's clause or the next one (现在删了或者不删，我们都一样给您补发; 删不删都照常):
 * the verb opening its clause is then no half of a deal.
 */
function leftOpen(ctx: LintContext, at: number): boolean {
  const { text } = ctx
  const end = clauseEnd(text, at)
  return ctx.hasCue('changeFree', at, end < text.length ? clauseEnd(text, end + 1) : end)
}
/** ex30: what may stand before the change verb of a review named only in the buyer's turn: an address, a condition, 把 + it. */
const ECHO_OPENERS = ['亲', '亲亲', '您', '你', '只要', '如果', '要是', '您要是', '你要是', '您把', '你把', '把', '您把它', '你把它', '把它', '您先', '你先', '麻烦', '麻烦您', '帮忙', '您帮忙',
  // ex31: now, as the deal is put (现在删了我给您补5块).
  '现在', '那现在', '现在您', '现在你'].map(normalizePhrase)
/**
 * Whether `prefix` is nothing but ECHO_OPENERS in a row (and spaces): a walk over the positions reachable from the start,
 * linear in the prefix. (A regex of the overlapping words under `*` backtracked exponentially when it failed.)
 */
function onlyOpeners(prefix: string): boolean {
  const p = prefix.trim()
  const reached = new Uint8Array(p.length + 1)
  reached[0] = 1
  for (let i = 0; i < p.length; i++) {
    if (!reached[i]) continue
    for (const w of ECHO_OPENERS) if (p.startsWith(w, i)) reached[i + w.length] = 1
  }
  return reached[p.length] === 1
}

/** Start of the last reward in [from, to) that pays: a named one, or a short word or verb with an amount (给您退20元). */
function paidBefore(ctx: LintContext, from: number, to: number): number | undefined {
  let best: number | undefined
  const take = (c: Span) => {
    if (best === undefined || c[0] > best) best = c[0]
  }
  for (const c of cuesWithin(ctx, 'reward', from, to)) take(c)
  for (const name of ['rewardShort', 'rewardVerb']) for (const c of cuesWithin(ctx, name, from, to)) if (amountEnd(ctx.text, c[1]) > c[1]) take(c)
  return best
}
