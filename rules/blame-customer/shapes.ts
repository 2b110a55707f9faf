import type { CompiledEntry, Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, isQuestion, sentenceEnd, sentenceStart } from './text.js'
import { cuesWithin } from '../../src/context/cues.js'
import { customerAt, HABIT_CONDITION, hypothetical, negated, norm } from './context.js'
import { BAD_OUTCOME, followedBy, hasWordWithin, wordFrom, wordTo, words, wordsGate, wordsWithin } from './words.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { badOutcomeAfter } from './cause.js'

/**
 * bl30 (twenty-sixth session): constructions with no anchor phrase, read over the whole reply by blame-customer's scanner.
 * Each returns findings carrying its own (placeholder) lexicon entry; finalize keeps them only when no other finding is
 * in the reply (one reproach, one report).
 */

/**
 * The scanner's findings carry a small anchor (the word the construction turns on), so that a lexicon finding over the same
 * words is not dropped as contained in a wider one before finalize; the span a reviewer should see is kept here and given back
 * when the construction is the reply's only finding (finalize.ts oneReport).
 */
export const WIDE = new WeakMap<Finding, [number, number]>()
function anchored(entry: CompiledEntry, anchor: [number, number], wide: [number, number], severity: 'error' | 'warning'): Finding {
  const f: Finding = { ruleId: 'blame-customer', entry, start: anchor[0], end: anchor[1], severity, expected: entry.expected }
  WIDE.set(f, wide)
  return f
}

const DOCUMENT_SAID = words('documentSaid')
const NOT_OMITTED = words('notOmitted')
const LOOKED_CLEARLY = words('lookedClearly')
const HOW_STILL = words('howStill')
const NOT_CLEFT = words('notCleft')
const NOT_NARRATED = words('notNarrated')
const CHOICE_VERB = words('choiceVerb')
const CHOICE_RESULT = words('choiceResult')
const OWNED_FAULT = words('ownedFault')
const NEG = new Set([...normalizePhrase('没不未')])
const SHI = normalizePhrase('是')
const DE = normalizePhrase('的')
const CUO = normalizePhrase('错')
const SELF = normalizePhrase('自己')
const BU = normalizePhrase('不')
const ME = normalizePhrase('我')
const BA = normalizePhrase('吧')
/** What may stand between the buyer and the choosing verb (您下单的时候自己选的, 你下單時選的, 是您当时在页面上勾选的). */
// bl37: …and 预 of 预留的 (您预留的手机号是停机的; para-cb).
const CHOICE_GAP = new Set([...normalizePhrase('自己当时初的候在下单拍买购时前之那预')])
/** How far after a document the word that it said so may start (说明书第一页就写了). */
const SAID_REACH = 6
/** How far after the buyer the choosing verb may come. */
const CHOICE_REACH = 9
/** Particles and spaces that may close a clause after 吧 / 吗. */
const TAIL = /[\s~啊呀呢哦喔哈的了]/

function trimmedEnd(t: string, cs: number, ce: number): number {
  let e = ce
  while (e > cs && /[\s~,.!?;]/.test(t[e - 1] ?? '')) e--
  return e
}

/** The clause closes with 吧 (您没往下翻吧？, 是您用了热水吧). */
function closesWithBa(t: string, cs: number, ce: number): boolean {
  let e = trimmedEnd(t, cs, ce)
  while (e > cs && TAIL.test(t[e - 1] ?? '') && t[e - 1] !== BA) e--
  return t[e - 1] === BA
}

/** Help, an offer or sending it again after `from`: the pointer then helps. */
function helped(ctx: LintContext, from: number): boolean {
  const n = ctx.text.length
  return ctx.hasCue('help', from, n) || ctx.hasCue('offer', from, n) || ctx.hasCue('resend', from, n)
}

/** The shop owning the trouble in so many words (是我们的疏忽, 不是您的问题), not denied (不是我们的问题). */
export function faultOwned(ctx: LintContext): boolean {
  const t = ctx.text
  return wordsWithin(t, OWNED_FAULT, 0, t.length).some(([s]) => {
    const head = t.slice(Math.max(0, s - 2), s)
    return !head.endsWith(BU) && !head.endsWith(normalizePhrase('并非')) && !head.endsWith(normalizePhrase('非'))
  })
}

/**
 * 您用之前没做皮试吗？我们页面都提醒了 / 说明书第一页就写了不能空烧，怎么还能烧坏呢 / 这个衣服洗缩了是您用了热水吧，洗标上写了冷水手洗的:
 * a document said to have said it (the pointer), and, in another clause of the reply, the buyer's act questioned — an omission
 * asked back (没…吗, 不看的吗), a careful look asked back (看清楚了吗), "how could it still" fail, or the buyer's act presumed with 吧.
 * The pointer turns the question into a reproach. Not with help, an offer or the page sent again after it, an apology, a
 * condition, or the shop as the one asked about (我们没写吗).
 */
export function pointerAsked(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const t = ctx.text
  const pointers = cuesWithin(ctx, 'document', 0, t.length).filter(([, e]) => wordsWithin(t, DOCUMENT_SAID, e, Math.min(clauseEnd(t, e), e + SAID_REACH + 4)).some(([s]) => s - e <= SAID_REACH))
  // (The shop owning the fault: finalize drops every finding of the reply.)
  if (!pointers.length || ctx.cues('apology').length) return []
  for (let cs = 0; cs < t.length; ) {
    const ce = clauseEnd(t, cs)
    const next = ce + 1
    if (pointers.some(([s, e]) => s < ce && e > cs) || ce <= cs) {
      cs = Math.max(next, cs + 1)
      continue
    }
    const hit = questioned(ctx, cs, ce)
    if (hit) {
      const wide: [number, number] = [hit[0], trimmedEnd(t, hit[0], ce)]
      const last = Math.max(ce, ...pointers.map(([, e]) => e))
      if (!helped(ctx, last) && !hypothetical(ctx, { start: wide[0], end: wide[1] }) && wide[1] > wide[0]) return [anchored(entry, hit[2], wide, hit[1])]
    }
    cs = Math.max(next, cs + 1)
  }
  return []
}

/** The buyer's act questioned in the clause [cs, ce): its start, severity and the words it turns on, or undefined. */
function questioned(ctx: LintContext, cs: number, ce: number): [number, 'error' | 'warning', [number, number]] | undefined {
  const t = ctx.text
  let s = cs
  while (s < ce && /[\s,.!?;~]/.test(t[s]!)) s++
  // The shop or the agent asked about (我们没写吗, 我没发吗), or a clarifying question (是不是 / 有没有 / 请问).
  if (ctx.hasCue('us', cs, ce) || t.slice(cs, ce).includes(ME) || ctx.hasCue('shop', cs, ce)) return undefined
  // bl31: …but the buyer's act done, guessed with 是不是 beside the pointer, is the reproach (您是不是用了豆腐砂，说明里写了只能用膨润土砂).
  if (ctx.hasCue('clarify', cs, ce)) return guessedAct(ctx, cs, ce)
  // 怎么还能烧坏呢: asked by 怎么 whatever closes it.
  const how = wordsWithin(t, HOW_STILL, cs, ce)[0]
  if (how && hasWordWithin(t, BAD_OUTCOME, how[1], ce)) return [s, 'error', how]
  const asked = isQuestion(t, cs, ce) && sentenceEnd(t, cs) <= ce + 1
  if (asked) {
    const looked = wordsWithin(t, LOOKED_CLEARLY, cs, ce + 1)[0]
    if (looked) return [s, 'error', looked]
    for (let i = cs; i < ce; i++) {
      if (!NEG.has(t[i]!)) continue
      const v = t[i + 1] === normalizePhrase('有') ? i + 2 : i + 1
      if (v >= ce || wordFrom(t, NOT_OMITTED, v) > 0 || wordFrom(t, NOT_OMITTED, i + 1) > 0) continue
      return [s, 'error', [i, v + 1]]
    }
    // bl31: …or presumed with 吧 and asked (您是用洗衣機洗的吧？): the 吧 reading below.
  }
  // 是您用了热水吧 / 您没往下翻吧: the buyer's act presumed.
  if (!closesWithBa(t, cs, ce)) return undefined
  // bl31: 您这个是用洗衣机洗的吧 — the buyer's thing, then 是 + their act: 这个 names no report here.
  const thingIs = (b: number) => { const w = wordFrom(t, NOT_NARRATED, b); return w > 0 && THING.has(t.slice(b, w)) && t[w] === SHI }
  const who = cuesWithin(ctx, 'customer', cs, ce).find(([a, b]) => customerAt(ctx, a) && (wordFrom(t, NOT_NARRATED, b) < 0 || thingIs(b)) && t[b] !== DE)
  return who ? [t[who[0] - 1] === SHI && who[0] - 1 >= cs ? who[0] - 1 : who[0], 'warning', [who[0], who[1]]] : undefined
}

const THING = new Set(['这个', '这款', '那个', '那款'].map(normalizePhrase))
const GUESS_Q = normalizePhrase('是不是')
const COUNTERFACTUAL = new Set(['也不至于', '不至于', '就不会'].map(normalizePhrase))
const CAUSE_TIE = new Set(['导致', '造成', '不能全怪'].map(normalizePhrase))
const LE = normalizePhrase('了')
/**
 * bl31: 您是不是用了豆腐砂 / 您是不是拿去洗碗機洗了 (beside a pointer): the buyer named right before 是不是, and an act done (了) after
 * it in the clause. Not a purchase, a report or a wish (您是不是买的L码, 您是不是想问…: notNarrated), nor nobody named.
 */
function guessedAct(ctx: LintContext, cs: number, ce: number): [number, 'error' | 'warning', [number, number]] | undefined {
  const t = ctx.text
  const at = t.indexOf(GUESS_Q, cs)
  if (at < 0 || at >= ce) return undefined
  const who = cuesWithin(ctx, 'customer', cs, at).find(([a, b]) => b === at && customerAt(ctx, a))
  const v = at + GUESS_Q.length
  if (!who || wordFrom(t, NOT_NARRATED, v) > 0 || !t.slice(v, ce).includes(LE)) return undefined
  // mend27: …and, as in guessCleared, a handling gone wrong — overdone, a bad outcome or a misuse (用了钢丝球刷), or the trouble named
  // before the guess (猫砂盆卡住了？您是不是用了豆腐砂): 您是不是用了满减券 / 换了手机号 / 开了免打扰 beside the page ask which case applies.
  if (!hasWordWithin(t, GUESS_OVERDONE, v, ce) && !hasWordWithin(t, BAD_OUTCOME, v, ce) && !hasWordWithin(t, BUYER_HANDLING, v, ce) &&
    !hasWordWithin(t, BAD_OUTCOME, 0, cs)) return undefined
  return [who[0], 'warning', [who[0], v]]
}

/**
 * The customer's previous message complains outright (grievance, no question): 我怕寄错了，收件人是谁？ asks, and a worry
 * asked about is no complaint.
 */
function complainedOutright(ctx: LintContext): boolean {
  return ctx.previous !== undefined && ctx.previousHasCue('grievance') && !/[吗?？]/.test(ctx.previous)
}

/**
 * 您下單時自己選的是宅配，不是超商，所以才會送到家裡 / 你下單時選的是7-11，包裹當然不會寄到全家 / 订单系统显示是您自己选的七天后发货 /
 * 不是我们漏发，是您拍的套餐本来就只有两个: the buyer's own choice at ordering thrown back — pointed (自己, 选错), clefted (是您…的),
 * tied to what it led to (所以才, 当然 + a bad outcome, 本来就, 不是我们…), asked back (选的不就是预售吗), or answering a complaint.
 * Not negated (不是您选错了), as a condition, a clarifying question (您选的是哪个？), with help or an offer after it, praise, or the
 * shop owning the fault.
 */
const CHOICE_CLEARED = words('choiceCleared')
const JIU_SHI = normalizePhrase('就是')
export function choiceThrown(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const t = ctx.text
  const complained = complainedOutright(ctx)
  for (const [s, e] of cuesWithin(ctx, 'customer', 0, t.length)) {
    if (!customerAt(ctx, s)) continue
    const ce = clauseEnd(t, e)
    let v = e
    let pointed = false
    // 自己 and the moment of ordering (下单时, 下单的时候, 当时) may stand between.
    while (v < ce && v - e < CHOICE_REACH && wordFrom(t, CHOICE_VERB, v) < 0) {
      if (!CHOICE_GAP.has(t[v]!)) break
      v++
    }
    const verbEnd = wordFrom(t, CHOICE_VERB, v)
    if (verbEnd < 0 || v - e >= CHOICE_REACH) continue
    if (t.slice(e, v).includes(SELF)) pointed = true
    const after = t[verbEnd]
    if (after === CUO) pointed = true
    else if (after !== DE) continue
    const cleft = t[s - 1] === SHI && wordTo(t, NOT_CLEFT, s) < 0
    const se = sentenceEnd(t, e)
    const reach = Math.min(t.length, sentenceEnd(t, se + 1))
    const results = wordsWithin(t, CHOICE_RESULT, verbEnd, reach)
    // 当然 needs a bad outcome after it (当然不会寄到全家), not 当然会快一点.
    const led = results.some(([a, b]) => t.slice(a, b) !== normalizePhrase('当然') || badOutcomeAfter(ctx, b))
    const asked = isQuestion(t, s, e)
    const rhetorical = asked && results.some(([a, b]) => /不就/.test(t.slice(a, b)) || wordFrom(t, CHOICE_CLEARED, a) === b)
    if (asked && !rhetorical) continue
    // bl37: answering a complaint, also the pick stressed (您下单选的就是粉色喔) or the entry said to be wrong (您留的电话是空号; para-cb).
    const stressed = complained && (t.startsWith(JIU_SHI, verbEnd + 1) || ctx.hasCue('choiceFault', verbEnd, ce))
    if (!(led || rhetorical || (cleft && pointed) || (complained && (cleft || pointed)) || stressed)) continue
    const wide: [number, number] = [cleft ? s - 1 : s, trimmedEnd(t, s, ce)]
    if (negated(ctx, s) || hypothetical(ctx, { start: wide[0], end: wide[1] }) || ctx.hasCue('clarify', clauseStart(t, s), ce)) continue
    if (ctx.hasCue('praise', sentenceStart(t, s), reach) || helped(ctx, verbEnd)) continue
    return [anchored(entry, [v, verbEnd], wide, pointed || rhetorical ? 'error' : 'warning')]
  }
  return []
}

const ASK_REPROACHED = words('askReproached')
// bl37: …also 喔 / 啦 (這個還要教喔？).
const CLOSING_PARTICLES = new RegExp(`^[${normalizePhrase('吗啊呀呢吧嘛了哦喔啦')}\\s~]{0,3}$`)
/**
 * 这种问题也要问吗 / 就两件也来问？ / 八百年前的问题你还问: the buyer's question itself reproached as needless — with nobody else
 * asking (not 我们也要问一下仓库), not negated, and with no apology or help after it.
 */
export function askReproached(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const t = ctx.text
  for (const [s, e] of wordsWithin(t, ASK_REPROACHED, 0, t.length)) {
    const cs = clauseStart(t, s)
    // 问 closes its clause (也要问吗, 你还问，): with something after it (也要问一下师傅, 还问了别的吗) it asks about something else.
    if (!CLOSING_PARTICLES.test(t.slice(e, trimmedEnd(t, e, clauseEnd(t, e))))) continue
    if (ctx.hasCue('us', cs, s) || t.slice(cs, s).includes(ME) || ctx.hasCue('shop', cs, s) || ctx.hasCue('third', cs, s)) continue
    if (negated(ctx, s) || hypothetical(ctx, { start: cs, end: e }) || ctx.cues('apology').length || helped(ctx, e)) continue
    return [anchored(entry, [s, e], [cs, e], 'error')]
  }
  return []
}

const SHOULD_FIRST = words('shouldFirst')
const cueStartsAt = (ctx: LintContext, cue: string, at: number) => cuesWithin(ctx, cue, at, at + 4).some(([a]) => a === at)
/**
 * 您急的话应该早点下单呀 (answering 为什么这么慢) / 印出来糊很正常的，这个我们也没办法，上传之前应该先自己检查一下: the care the buyer
 * should have taken first or earlier, said after their complaint or after the trouble called normal or refused. Not the shop's own
 * duty (我们应该先提醒您), a tip before buying with no trouble (下单前应该先量一下尺寸哦, answering 怎么选), a condition, or with
 * help or an offer after it.
 */
export function shouldFirst(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const t = ctx.text
  const complained = complainedOutright(ctx)
  for (const [s, e] of wordsWithin(t, SHOULD_FIRST, 0, t.length)) {
    const cs = clauseStart(t, s)
    if (ctx.hasCue('us', cs, s) || t.slice(cs, s).includes(ME) || ctx.hasCue('shop', cs, s) || ctx.hasCue('third', cs, s) || negated(ctx, s)) continue
    const troubled = ctx.hasCue('normalTrouble', 0, cs) || ctx.hasCue('denial', 0, cs) || ctx.hasCue('pageRefusal', 0, cs)
    if (!complained && !troubled) continue
    const wide: [number, number] = [s, trimmedEnd(t, s, clauseEnd(t, e))]
    // (Not hypothetical(): 您急的话 is the buyer's own state, not a condition on the reproach.)
    // 您应该先收到短信: what will happen, not a care to take.
    if (helped(ctx, e) || ctx.hasCue('ifPast', cs, s) || cueStartsAt(ctx, 'epistemic', e) || cueStartsAt(ctx, 'perceive', e)) continue
    return [anchored(entry, [s, e], wide, 'warning')]
  }
  return []
}

const FRANK_TURN = words('frankTurn')
const FRANK_CAUSE = words('frankCause')
const FRANK_BUYER = words('frankBuyer')
const FRANK_FRAME = words('frankFrame')
const FRANK_CLEARED = words('frankCleared')
const FRANK_USE = words('frankUse')
const BUYER_HANDLING = words('buyerHandling')
const NOT_BUYER_CAUSE = words('notBuyerCause')
/** mend27: the buyer's handling in [a, b) (空烧, 折叠太久, 开袋后, 您…), with nothing of the shop's side, a third party or the agent there. */
function buyerHandled(ctx: LintContext, a: number, b: number): boolean {
  const t = ctx.text
  if (hasWordWithin(t, NOT_BUYER_CAUSE, a, b) || ctx.hasCue('third', a, b) || ctx.hasCue('us', a, b) || t.slice(a, b).includes(ME)) return false
  return hasWordWithin(t, BUYER_HANDLING, a, b) || cuesWithin(ctx, 'customer', a, b).some(([c]) => customerAt(ctx, c))
}
/**
 * mend27: after the goods are cleared (本身没问题), the first later clause of the sentence that names a side: the buyer's handling
 * (…，一般都是空烧导致的) lays it on them; the shop's side, a third party or the agent (是这一批的鞋盒太小压变形了) owns it.
 */
function handledAfter(ctx: LintContext, from: number, se: number): boolean {
  const t = ctx.text
  for (let a = from; a < se; ) {
    const b = Math.min(se, clauseEnd(t, a))
    if (hasWordWithin(t, NOT_BUYER_CAUSE, a, b) || ctx.hasCue('third', a, b)) return false
    if (hasWordWithin(t, BUYER_HANDLING, a, b)) return buyerHandled(ctx, a, b)
    a = Math.max(b + 1, a + 1)
  }
  return false
}
/**
 * bl31: 亲，杯子裂了我们非常抱歉。不过说实话，您肯定是直接倒了开水进去才裂的 / 不过说实话，您要是当天就取件也不至于坏这么多 /
 * 说实话一般是长期坐同一个位置造成的，正常使用不会这么快塌 / 实话说，我们发出去的都是好的，您那边是不是搬的时候摔了？: the frank turn
 * (说实话) after an apology, help or a defence sets up what follows in its sentence as the buyer's doing — the apology before and
 * the refund or offer after excuse nothing (sets az, ay, ae, ap, fb, t). Read in the sentence after the turn: a cause laid with
 * nobody named (导致的, 本身没问题, 就写着), or the buyer named as the subject and tied to the trouble (才, 也不至于, 当然, 是不是 +
 * a bad outcome). Not a third party, the shop or the agent in the clause (说实话，可能是快递在路上摔了), advice, a negation, or
 * candour about the goods (说实话这款偏重一点) that names no cause.
 */
export function frankTurn(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const t = ctx.text
  for (const [ts, te] of wordsWithin(t, FRANK_TURN, 0, t.length)) {
    const se = sentenceEnd(t, te)
    // (The shop's page is a `shop` cue, and pointing at it is one of the causes: only the buyer's clause is held to it.)
    const clean = (cs: number, at: number, shop = true) =>
      !ctx.hasCue('third', cs, at) && !ctx.hasCue('us', cs, at) && !(shop && ctx.hasCue('shop', cs, at)) && !t.slice(cs, at).includes(ME) && !ctx.hasCue('adviceCue', cs, at)
    const causes = [...wordsWithin(t, FRANK_CAUSE, te, se), ...wordsWithin(t, FRANK_FRAME, te, se), ...wordsWithin(t, FRANK_CLEARED, te, se)].sort((a, b) => a[0] - b[0])
    for (const [s, e] of causes) {
      const cs = Math.max(te, clauseStart(t, s))
      if (!clean(cs, s, false) || negated(ctx, s)) continue
      // mend27: a cause frame needs the buyer's handling in its clause (not transport, weather, the factory); the goods cleared need
      // it in a later clause of the sentence, before one naming the shop's side (or, for 正常使用不会, no help after it).
      if (wordFrom(t, FRANK_FRAME, s) === e && !buyerHandled(ctx, cs, s)) continue
      if (wordFrom(t, FRANK_CLEARED, s) === e && !handledAfter(ctx, e, se) && !(wordFrom(t, FRANK_USE, s) === e && !helped(ctx, e))) continue
      // Anchored at the turn itself: a lexicon phrase over the cause (就写着呢) would hold the anchor and drop it before finalize.
      return [anchored(entry, [ts, te], [ts, trimmedEnd(t, s, clauseEnd(t, e))], 'warning')]
    }
    for (const [bs, be] of cuesWithin(ctx, 'customer', te, se)) {
      if (!customerAt(ctx, bs)) continue
      const ce = clauseEnd(t, be)
      // A counterfactual's consequence may stand in the next clause (您要是当天就冷藏，也不至于化成这样); the other ties are the buyer's clause's.
      // Each tie but a cause frame needs the trouble after it (才裂的, 也不至于坏这么多, 是不是…摔了): 就不会觉得小 is a preference.
      const hit = wordsWithin(t, FRANK_BUYER, be, se).find(([s, e]) => (s < ce || COUNTERFACTUAL.has(t.slice(s, e))) &&
        (CAUSE_TIE.has(t.slice(s, e)) || hasWordWithin(t, BAD_OUTCOME, e, clauseEnd(t, e))))
      // …and no next time (您下次提前说，就不会发错了 advises).
      if (!hit || !clean(clauseStart(t, bs), hit[0]) || ctx.hasCue('futureMark', bs, hit[0]) || negated(ctx, bs)) continue
      return [anchored(entry, [ts, te], [bs, trimmedEnd(t, bs, Math.max(ce, clauseEnd(t, hit[1])))], 'error')]
    }
  }
  return []
}

const GUESS_ASKED = words('guessAsked')
const CLEARED_BEFORE = words('clearedBefore')
const GUESS_OVERDONE = words('guessOverdone')
const GUESS_ERRED = words('guessErred')
/** blame43: 把天幕杆当帐篷杆用了 — one thing taken for another in the guessed act (把 X 当 Y + a verb). */
const USED_AS = new RegExp(`${normalizePhrase('把')}[^，,。.!！?？]{1,10}${normalizePhrase('当')}[^，,。.!！?？]{1,10}`)
const GUESS_HABIT = words('guessHabit')
/** Nothing but closing particles and punctuation after `at`. */
const closesText = (t: string, at: number) => /^[\s啊呀吧呢哈哦嘛。！？!?.~～]*$/.test(t.slice(at))
const NO_LINK = new Set(['没关系', '无关'].map(normalizePhrase))
/**
 * bl31: 狗粮肯定没问题，我们卖了几万单了，您是不是喂多了？ / 宝宝湿疹加重和我们的面霜没关系，您是不是给孩子洗澡太勤了？ / 我们发出去的都是
 * 好的，您那边是不是搬的时候摔了？: the goods or the shop cleared first, then a guess asked about the buyer's handling — overdone
 * or a knock, done (了) — leaves the buyer as the only cause (sets av, fb). Not with help or an offer after it, an apology, a
 * condition, nobody named, or an act that is no handling (您是不是换了手机号了？).
 */
export function guessCleared(ctx: LintContext, entry: CompiledEntry): Finding[] {
  const t = ctx.text
  for (const [g, ge] of guesses(ctx)) {
    // blw35: an apology cleans the guess only when the reply does not turn from it to the guess (抱歉让您跑了一趟，可是是不是您…;
    // 理解您着急的心情。不过…是否您…), as apologised() reads it; one after the guess still cleans (paraC bl35 rows 24, 53).
    if (apologyStands(ctx, g)) continue
    const cs = clauseStart(t, g)
    const ce = clauseEnd(t, ge)
    // bl32: a habit guessed (是不是经常放太阳底下晒啊) asks by 是不是 alone when it closes the reply.
    const habit = hasWordWithin(t, GUESS_HABIT, ge, ce)
    // blw35: …and a guess closing its clause on a presumptive 吧 guesses as a question does (怕不是您一直没除垢吧，…; 多半是狗狗咬的吧).
    // bl36: …and any guess head closing the reply asks without its question mark (…，您是不是水给少了).
    if (!isQuestion(t, cs, ce) && !closesText(t, ce) && !presumed(t, ce)) continue
    // mend28: asked as a diagnostic question (请问您是不是…呢？), the guess gathers facts: no cause is laid.
    if (ctx.hasCue('askFirst', sentenceStart(t, cs), g)) continue
    // bl35: the buyer before the guess word (您是不是…) or right after it (是不是您体重超标了, 是不是你放了好几天才拆的; sets bg, bh).
    const before = cuesWithin(ctx, 'customer', cs, g).find(([a, b]) => customerAt(ctx, a) && g - b <= 3)
    const afterWho = before ? undefined : cuesWithin(ctx, 'customer', ge, Math.min(ce, ge + 2)).find(([a]) => a === ge && customerAt(ctx, a))
    // blw35: the buyer dropped (是不是放门口好几个小时才拿进屋啊？我们发出去的时候都是好的; 是不是超重了，我们箱子限重…): the guess clause
    // names nobody else and the goods are defended after it, answering a fault the buyer reported (paraC bl35, set pool).
    const dropped = before || afterWho ? undefined : droppedBuyer(ctx, ge, cs, ce)
    const who = before ?? afterWho ?? dropped
    const act = afterWho ? afterWho[1] : ge
    // bl32: a habit guessed is overdone by its frequency and needs no 了 (set bb).
    // blw35: an act done is marked by 了, by the cleft's closing 的 (会不会是您放在地毯上量的？, 是不是您自己摔的) or by an omission
    // (没 / 未: 是否您安装时螺丝没拧到位呢？, 怕不是您一直没除垢吧).
    // bl36: 过 marks the act done as 了 does (是不是进过水？, 是不是摔过).
    if (!who || wordFrom(t, NOT_NARRATED, act) > 0 || (!toldDone(t, act, ce) && !habit && !cleftClosed(t, act, ce) && !(omittedIn(t, act, ce) && wordFrom(t, GUESS_FACT, act) < 0))) continue
    // bl35: the buyer's fault complaint (坏了, 发黑了, 全是絮) answered by a guess at an act of theirs done (了) or done late (放了几天才拆),
    // or the goods defended after it: any act, not only an overdone one — unless it is a fact of the order (收到, 签收, 换了手机号…).
    // blw35: …or the guess tied by 才 to a trouble in its clause or the next (是不是您取件码输错了才打不开柜子？, 您家宝宝是不是一直用太大的码，
    // 才会侧漏): the guessed act named as the cause (paraC bl35, set pool).
    // blame43: …or an error of the buyer's own hand or eye guessed (是不是拿错别人的包裹了？, answering 我没收到货): any complaint.
    const erred = hasWordWithin(t, GUESS_ERRED, act, ce) && ctx.previous !== undefined && ctx.previousHasCue('grievance')
    const fault = faultComplained(ctx, cs) || guessDefendedAfterShape(ctx, ce) || tiedByCai(ctx, act, ce) || erred
    // blame43: …or the goods or the shop defended before the guess (这个不可能，我们都是戴帽子包装的，您是不是…沾到的): the guess is the
    // cause left over.
    const defendedBefore = ctx.hasCue('defend', 0, cs)
    if (!habit && !hasWordWithin(t, GUESS_OVERDONE, act, ce) && !USED_AS.test(t.slice(act, ce)) && !hasWordWithin(t, BAD_OUTCOME, act, ce) && !((fault || defendedBefore) && wordFrom(t, GUESS_FACT, act) < 0)) continue
    // What cleared the goods comes before the guess's clause; 没关系 / 无关 only with the shop or its goods named beside it.
    const cleared = fault || defendedBefore || wordsWithin(t, CLEARED_BEFORE, 0, cs).some(([s, e]) => !NO_LINK.has(t.slice(s, e)) || ctx.hasCue('us', clauseStart(t, s), s)) || normalAfter(ctx, ce)
    // (经常 is a conditional cue, 经常晒的话…; the guessed habit itself sets no condition.)
    const conditioned = hypothetical(ctx, { start: who[0], end: ce }, habit ? HABIT_CONDITION : undefined)
    if (!cleared || helped(ctx, ce) || conditioned) continue
    return [anchored(entry, [g, ge], [who[0], trimmedEnd(t, who[0], ce)], 'warning')]
  }
  return []
}

const PRESUMED_CLOSE = words('presumedClose')
/**
 * The guesses to read: each guess word (是不是, 会不会是…), and — s38 (first-sight set BV, pool) — the buyer opening a clause
 * that closes on a presumptive 吧 after an act done, with no guess word in it (您家孩子是摔了吧？正常用不可能裂; 温度您调到最高档了吧？
 * 那是真丝面料…): the buyer's cue stands for the guess word, so the reading below is the same (an act done, a fault reported or
 * the goods defended after it, no help).
 */
function guesses(ctx: LintContext): (readonly [number, number])[] {
  const t = ctx.text
  const out: (readonly [number, number])[] = wordsWithin(t, GUESS_ASKED, 0, t.length)
  const closes = wordsWithin(t, PRESUMED_CLOSE, 0, t.length)
  if (!closes.length) return out
  for (const c of ctx.cues('customer')) {
    const cs = clauseStart(t, c[0])
    const ce = clauseEnd(t, c[1])
    if (!customerAt(ctx, c[0]) || !presumed(t, ce) || out.some(([g]) => g >= cs && g < ce)) continue
    const close = closes.find(([s]) => s >= c[1] && s < ce + 2)
    if (!close) continue
    // …的吧 guesses an act only when the clause tells it done (放了几天才拍的吧); 您还是买我们家的吧 recommends.
    if (t[close[0]] === DE_CHAR && !toldDone(t, c[1], close[0])) continue
    out.push([c[1], c[1]])
  }
  return out
}
const GUESS_FACT = words('guessFact')
/** bl36: the experiential 过 after a verb (进过水, 摔过), not 过期 / 过来 / 过去 / 超过 / 不过. */
const EXPERIENCED = new RegExp(`(?<![${normalizePhrase('超不经')}])${normalizePhrase('过')}(?![${normalizePhrase('期来去于度量多头')}])`)
/** The clause ending at `ce` closes on a presumptive 吧 (怕不是您一直没除垢吧，…). */
const presumed = (t: string, ce: number) => { let j = ce - 1; while (j >= 0 && /[\s啊呀呢哈哦]/.test(t[j]!)) j--; return t[j] === BA }
/** The act clause closes on the cleft's 的 (…量的？, …摔的吧): the act done. */
const cleftClosed = (t: string, from: number, ce: number) => { let j = ce - 1; while (j > from && /[\s啊呀吧呢哈哦嘛]/.test(t[j]!)) j--; return j > from && t[j] === DE_CHAR }
const DE_CHAR = normalizePhrase('的')
/** 才 after the guessed act, in its clause or the next, with a bad outcome or a result not reached after it. */
function tiedByCai(ctx: LintContext, act: number, ce: number): boolean {
  const t = ctx.text
  const to = Math.min(sentenceEnd(t, act), clauseEnd(t, Math.min(t.length, ce + 1)))
  for (let i = t.indexOf(CAI, act); i >= 0 && i < to; i = t.indexOf(CAI, i + 1)) if (badOutcomeAfter(ctx, i + 1, true) || ctx.hasCue('trouble', i + 1, clauseEnd(t, i + 1))) return true
  return false
}
const OMIT_CHARS = new Set(['没', '未'].map(normalizePhrase))
/** An omission (没 / 未 + a verb, not 没有问题-like states: the caller's fault or defence decides) in the act clause. */
const omittedIn = (t: string, from: number, ce: number) => { for (let i = from; i < ce - 1; i++) if (OMIT_CHARS.has(t[i]!)) return true; return false }
/** blw35: the apology stands for the guess at `g`: one after it, or the last before it with no turn (不过 / 可是 / 但) between. */
function apologyStands(ctx: LintContext, g: number): boolean {
  const sorry = ctx.cues('apology')
  if (!sorry.length) return false
  if (sorry.some(([s]) => s >= g)) return true
  return !ctx.hasCue('contrast', sorry[sorry.length - 1]![1], g)
}
/** blw35: a guess with nobody named, its clause clear of the shop, a third party or the agent, the goods defended after it and a fault reported. */
function droppedBuyer(ctx: LintContext, ge: number, cs: number, ce: number): [number, number] | undefined {
  if (ctx.hasCue('customer', cs, ce) || ctx.hasCue('shop', cs, ce) || ctx.hasCue('third', cs, ce) || ctx.hasCue('us', cs, ce) || ctx.text.slice(cs, ce).includes(ME)) return undefined
  // bl36: …or, with no complaint before it, a verdict after it that the trouble is handling or not ours to cover (是不是进过水？这种
  // 人为的我们不保修; 是不是戴着睡觉了？…跟镜片没关系): the verdict says there was a trouble and whose it was.
  const verdict = ctx.hasCue('causeStated', ce, ctx.text.length) || goodsDelinked(ctx, ce)
  return (faultComplained(ctx, cs) || verdict) && guessDefendedAfterShape(ctx, ce) ? [ge, ge] : undefined
}
const NO_LINK_WORDS = words('noLink')
const LINK_CHARS = new Set(norm(['跟', '和', '与']))
/**
 * bl36: 跟镜片没关系 / 和我们的粮无关 after `from`: the goods or the shop denied a link, 跟 / 和 / 与 a few characters before the
 * denial in its clause with nobody of the buyer's, no third party between (跟您没关系 and 跟快递有关 are no defence of the goods).
 */
function goodsDelinked(ctx: LintContext, from: number): boolean {
  const t = ctx.text
  for (const [s] of wordsWithin(t, NO_LINK_WORDS, from, t.length)) {
    const cs = Math.max(from, clauseStart(t, s))
    for (let k = s - 2; k >= Math.max(cs, s - 8); k--) {
      if (!LINK_CHARS.has(t[k]!)) continue
      if (!ctx.hasCue('customer', k, s) && !ctx.hasCue('third', k, s)) return true
      break
    }
  }
  return false
}
const CAI = normalizePhrase('才')
/** 放了好几天才拆箱 / 放了几天才拍: 才 after the buyer's act, the act done late. */
const lateIn = (t: string, from: number, to: number) => { const i = t.indexOf(CAI, from); return i >= 0 && i < to }
/** The act in [from, to) told as done: 了, the experiential 过 (进过水), or 才 after it (放了几天才拍). */
const toldDone = (t: string, from: number, to: number) => t.slice(from, to).includes(LE) || EXPERIENCED.test(t.slice(from, to)) || lateIn(t, from, to)
/** bl35: the customer's message (or the reply before the guess) reports goods damaged or at fault, not a question about whether they will be. */
function faultComplained(ctx: LintContext, cs: number): boolean {
  const reported = ctx.previous !== undefined && (ctx.previousHasCue('damaged') || ctx.previousHasCue('trouble')) && !/(会不会|[吗么嘛][?？]?\s*$)/.test(ctx.previous)
  return reported || ctx.hasCue('damaged', 0, cs)
}
/** bl35: the goods or the shop defended after the guess (cue `defend`: 我们发出去的时候都是好的, 一般不会…), with no help or offer after. */
function guessDefendedAfterShape(ctx: LintContext, from: number): boolean {
  const n = ctx.text.length
  // fxB: …nor a try again suggested after the defence (您是不是拧太紧了？正常不会这样的，您再试一下: a guess followed by help, test/kinds-s30-bl).
  return (ctx.hasCue('defend', from, n) || goodsDelinked(ctx, from)) && !helped(ctx, from) && !TRY_AGAIN.test(ctx.text.slice(from))
}
const TRY_AGAIN = new RegExp(['再试', '重新试', '再调', '重新装', '再装', '重试'].map(normalizePhrase).join('|'))

const NORMAL_AFTER = words('normalAfter')
/**
 * bl34: 充电宝您是不是经常边充边用？这样对电池伤害很大，鼓包也正常 — the trouble called normal in the sentence after the guess (its own
 * clause names it: a trouble or a bad outcome before the word) clears the goods as 很正常 before the guess does (sets bf, bb).
 */
function normalAfter(ctx: LintContext, ce: number): boolean {
  const t = ctx.text
  const se = sentenceEnd(t, ce)
  const to = sentenceEnd(t, Math.min(t.length, se + 1))
  return wordsWithin(t, NORMAL_AFTER, ce, to).some(([s]) => {
    const cs = clauseStart(t, s)
    return hasWordWithin(t, BAD_OUTCOME, cs, s) || ctx.hasCue('trouble', cs, s)
  })
}

/**
 * The scan's gate for the constructions above: each needs a word of its own list (a document said so, a choice verb, a needless
 * question, a care to take first), so a reply with none of them holds nothing for them. `which` gives the constructions to run
 * (SHAPE.*: bits in this order).
 */
// A choice is thrown back only as 选的 / 选错 (choiceThrown reads the character after the verb): the bare verbs (点, 拍, 写) are in
// most replies and would open the gate for nearly all of them.
// bl31: the frank turn opens the gate by its own words (说实话, 实话说), no common character.
// …and the guess after the goods are cleared by 是不是 (one word, its own bit).
export const SHAPE_WORDS = wordsGate(DOCUMENT_SAID, followedBy(CHOICE_VERB, '的错'), ASK_REPROACHED, SHOULD_FIRST, FRANK_TURN, GUESS_ASKED, PRESUMED_CLOSE)
export const SHAPE = { pointerAsked: 1, choiceThrown: 2, askReproached: 4, shouldFirst: 8, frankTurn: 16, guessCleared: 32, guessPresumed: 64 } as const
