/**
 * The clause around a phrase found: what stands before it (a topic, an A不A choice, whether-it-happens), whether a way
 * forward is offered outside it, and whether the phrase stands alone (up to a space, restated, closing an unpunctuated reply).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseStart, sentenceEnd } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { SELF } from './patterns.js'
import { memoByText } from '../../src/context/memo.js'
import { cuesWithin } from '../../src/context/cues.js'
import { allHan, isHan } from '../../src/vocab/chars.js'
import { clauseEnd as chatClauseEnd } from '../shared/chat-text.js'
import { normalized, NOTHING, isWordChar, onlyFillers, fillersToEnd, opensWith } from './fillers.js'

/**
 * Read only around a 等着 hit (kept out of the cue automaton: 今天, 明天, 上午 are in most replies): a time
 * given for what is awaited (明天上午十点前上门) or the buyer calmed before it (您就安心等着吧, 在家等着就行).
 */
export const WHEN = normalized(['@time.when', '点前', '点之前', '以内', '小时内', '天内', '号前', '号之前'], 'rules/curt-reply/clause.ts: WHEN')
export const CALM = ['安心', '放心', '在家'].map(normalizePhrase)
/** A way forward offered anywhere in the reply, but not by the phrase itself (自己联系快递 is not 联系). */
export const offersPath = (ctx: LintContext, f: Finding): boolean => offersPathOutside(ctx, f.start, f.end)

/** Before A不A: a lead of the clause (那, 反正, 你/您 and 就/都 after it) that keeps it one choice put back. */
const CHOICE_LEAD = /^(?:那|反正|那你|那您|你|您)?$/u
const CHOICE_LINK = /(?:都|就|也|是)$/u
const CHOICE_BU = normalizePhrase('不')
/**
 * Whether [cStart, at) is a choice put back to the buyer, A不A with A one or two characters (吃不吃, 要不要, 买不买),
 * after at most a lead word: 吃不吃随你 hands the decision back as a brush-off.
 */
export function choiceBefore(text: string, cStart: number, at: number): boolean {
  const head = text.slice(cStart, at).replace(CHOICE_LINK, '')
  for (let len = 2; len >= 1; len--) {
    const a = head.length - (2 * len + 1)
    if (a < 0 || head[a + len] !== CHOICE_BU) continue
    const verb = head.slice(a, a + len)
    if (!allHan(verb, 0, len) || verb.includes(CHOICE_BU) || head.slice(a + len + 1) !== verb) continue
    return CHOICE_LEAD.test(head.slice(0, a))
  }
  return false
}

/** cu32: the agent itself and 也/都 closing the head before a bare 不知道 (我也, 我们都, 这边也). */
const WHETHER_SELF = /(?:我们|我|咱们|小妹|这边|我这边)(?:也|都)$/u
/** cu32: a concession or a time ahead opens an honest hedge (不过之后会不会更低我们也说不准), not a shrug. */
const WHETHER_HEDGE = ['不过', '但是', '但', '只是', '之后', '以后', '将来', '未来'].map(normalizePhrase)
const WHETHER_REACH = 14
/** The longest WHETHER_SELF match (我这边也). */
const WHETHER_SELF_MAX = 4
/**
 * cu32: whether [cStart, at) is "whether it happens or not" and the agent disowning it (送不送得到我也, 会不会有色差我也): an A不A
 * of one ideograph within the first six characters of the clause, a few words more, then 我也 / 我们都. Read only for a 不知道-like
 * phrase found (kind `alone`), so it costs nothing elsewhere.
 */
export function whetherBefore(text: string, cStart: number, at: number): boolean {
  // The question asked and 我这边也 at most: a longer head is no such clause (and is not read).
  if (at - cStart > WHETHER_REACH + WHETHER_SELF_MAX) return false
  const head = text.slice(cStart, at)
  const self = WHETHER_SELF.exec(head)
  if (!self) return false
  const asked = head.slice(0, self.index)
  if (asked.length > WHETHER_REACH || WHETHER_HEDGE.some((w) => asked.includes(w))) return false
  for (let i = 0; i + 2 < asked.length && i <= 6; i++) {
    if (asked[i + 1] === CHOICE_BU && asked[i] === asked[i + 2] && asked[i] !== CHOICE_BU && isHan(asked.charCodeAt(i))) return allHan(asked)
  }
  return false
}

/** After 您自己 / 你自己: an errand the buyer is sent on (请您自己去问客服, 你自己联系快递), not what they did wrong. */
const ERRAND = ['去问', '去找', '去联系', '去申请', '去咨询', '联系', '咨询', '问问', '问一下', '申请', '打电话'].map(normalizePhrase)
/**
 * The buyer named as the one at fault (cue buyerFault): blame, which blame-customer reports. 您自己 opening an errand
 * (请您自己去问平台客服，我们管不到) hands the job over; it names no fault, so the shirk stays curt-reply's.
 */
export function buyerFaulted(ctx: LintContext): boolean {
  for (const [s, e] of ctx.cues('buyerFault')) {
    const said = ctx.text.slice(s, e)
    if (!said.endsWith(SELF) || !ERRAND.some((w) => ctx.text.startsWith(w, e))) return true
  }
  return false
}

/** The end of the sentence after the one that holds `at` (那您想怎么样呢？退款还是换货都可以的): each bounded by its window. */
export function offerEnd(text: string, at: number): number {
  const end = sentenceEnd(text, at)
  return end < text.length ? sentenceEnd(text, end + 1) : end
}

/** cu29: can't see (看不到, 查看不了; class view.not.seen): after the buyer's own side it explains what shows there. */
export const NOT_SEEN = normalized(['@view.not.seen'], 'rules/curt-reply/clause.ts: NOT_SEEN')

/** How long a topic before a bare 不清楚 may be (保修期的事情我不清楚). */
const TOPIC_REACH = 10

/**
 * 保修期的事情我不清楚, 发票这块我们也不清楚: a short topic named first (cue `topic`), then only
 * fillers and the bare phrase; not a condition (如果是…的问题我不清楚, cue `reason`).
 */
export function topicOnly(ctx: LintContext, cStart: number, cEnd: number, f: Finding): boolean {
  // cu32: 送不送得到我也不知道 / 这瓷砖会不会有色差我也说不准: whether it happens, then "I don't know either" (sets AA, BA).
  if (whetherBefore(ctx.text, cStart, f.start) && onlyFillers(ctx.text, f.end, cEnd, f.end, f.end)) return true
  // 的事 and 的事情 both match at one place: any topic cue that leaves only fillers will do.
  for (const [start, end] of ctx.cues('topic')) {
    if (start < cStart || end > f.start || start - cStart > TOPIC_REACH) continue
    if (!ctx.hasCue('reason', cStart, end) && onlyFillers(ctx.text, end, cEnd, f.start, f.end)) return true
  }
  return false
}

/**
 * A `cue` that does not lie inside [from, to), and that `skip` (when given) does not set aside. The index answers first
 * whether any lies outside at all; only then are the cues walked.
 */
export function cueOutside(ctx: LintContext, cue: string, from: number, to: number, skip?: (s: number, e: number) => boolean): boolean {
  if (!ctx.hasCue(cue, 0, from) && !ctx.hasCue(cue, to, ctx.text.length)) return false
  return ctx.cues(cue).some(([s, e]) => (e <= from || s >= to) && !skip?.(s, e))
}
/** A way forward offered outside [from, to) (the phrase, or the buyer's own errand clause); a path that is only the topic does not count. */
export const offersPathOutside = (ctx: LintContext, from: number, to: number) => cueOutside(ctx, 'path', from, to, (s, e) => pathIsTopic(ctx, s, e))

/**
 * 退款是财务那边的事 / 反正运费险也是您自己买的: the path word is the subject of a copula that hands the
 * matter to someone else or back to the buyer, so it names a topic, not a way offered. A general gate
 * over position (bo15, ANALYSIS-U change 1): any path word, then 是 and a clause-final 的事/的责任/自己V的.
 * cu37: …or 负责的 / 处理的 (退款是财务部负责的哦): the same matter handed to another role.
 */
/** A topic marker right after a path word (退款的事情, 换货这块, 补发的问题): the word names what is talked about. */
const PATH_TOPIC_AFTER = ['的事情', '的事儿', '的事', '的问题', '这块', '这一块', '这方面', '方面的'].map(normalizePhrase)
const PATH_AS_TOPIC = /^[^，,。.！!？?；;～~\s]{0,8}?是[^，,。.！!？?；;～~\s]{0,10}?(的事情?|的事儿|的责任|的问题|管的|负责的|来负责的|处理的|来处理的|的范围|自己[^，,。.！!？?；;～~\s]{1,3}的)[了啊哦呢吧呀嘛]*(?=[，,。.！!？?；;～~\s]|$)/u
/** curt41 (DA 前面客服已经跟您解释过了): an offer to explain said with 过 after it tells what was already said, it offers nothing. */
const EXPLAINED = ['解释', '说明', '介绍', '讲', '说'].map(normalizePhrase)
const EXPLAINED_PAST = normalizePhrase('过')
function pathIsTopic(ctx: LintContext, s: number, e: number): boolean {
  const { text } = ctx
  if (text.startsWith(EXPLAINED_PAST, e) && EXPLAINED.some((w) => text.slice(s, e).endsWith(w))) return true
  // 退款的事情请您自己去问平台客服: the path word named as the topic (cue topic right after it), nothing offered.
  if (ctx.hasCue('topic', e, Math.min(text.length, e + 3)) && PATH_TOPIC_AFTER.some((w) => text.startsWith(w, e))) return true
  if (!PATH_AS_TOPIC.test(text.slice(e, clauseEnd(text, e)))) return false
  return !ctx.hasCue('help', clauseStart(text, s), clauseEnd(text, e))
}
/** How many characters may follow a bare 不知道 / 没办法 that opens a reply up to a space (等通知, 生鲜就这样). */
const TERSE_REST = 6
const SUGGEST = normalizePhrase('建议')

/** What terseRest does not count: spacing and the punctuation between a few words. */
const REST_SKIP = /[\s,.!?~，。！？、]/

/**
 * Whether what lies outside [from, to) is a few words (TERSE_REST) and no suggestion. Read only
 * until the words run over: it runs for each space-cut candidate, and copying the reply for each
 * made a long reply of them quadratic.
 */
export function terseRest(text: string, from: number, to: number): boolean {
  let rest = ''
  for (let i = 0; i < text.length; i++) {
    if (i === from && to > from) {
      i = to - 1
      continue
    }
    const ch = text[i]!
    if (REST_SKIP.test(ch)) continue
    rest += ch
    if (rest.length > TERSE_REST) return false
  }
  return !rest.includes(SUGGEST)
}

/**
 * 没办法 生鲜就这样 / 不知道 等通知: the reply opens with the bare phrase as a sentence of its own
 * (ended by a space) and says a few words more, none a suggestion. 这个我们也不清楚的 电脑亮度过高会看不清楚的
 * goes on to explain; 要看银行效率 这个小妹真没办法 gives the reason first.
 */
export function openedBy(ctx: LintContext, f: Finding): boolean {
  const text = ctx.text
  const end = chatClauseEnd(text, f.end)
  if (end >= text.length || !onlyFillers(text, 0, end, f.start, f.end)) return false
  let rest = 0
  for (let i = end; i < text.length && rest <= TERSE_REST; i++) if (isWordChar(text.charCodeAt(i))) rest++
  return rest <= TERSE_REST && !text.includes(SUGGEST, end)
}

/**
 * 不退 拆了就不退: a bare no as its own first clause (up to a space or a comma), then the same no
 * again with only its condition, nothing softening or offered anywhere: the refusal restated.
 */
export function restated(ctx: LintContext, f: Finding): boolean {
  const text = ctx.text
  const end = chatClauseEnd(text, f.end)
  if (!onlyFillers(text, 0, end, f.start, f.end, NOTHING)) return false
  if (!text.includes(text.slice(f.start, f.end), end)) return false
  return !ctx.hasCue('path', 0, text.length) && !ctx.hasCue('help', 0, text.length) && !ctx.cues('apology').length && !ctx.cues('reason').length
}

/** Whether the clause of `f` is the reply's last (only fillers after it): 退不了，就这样. */
export function endsReply(text: string, f: Finding): boolean {
  const end = clauseEnd(text, f.end)
  return fillersToEnd(text, end)
}

/**
 * cu31: another shop named (cue `otherShop`), then judging it declined (cue `notJudged`) before `end`, and the reply going on to
 * say something of its own (我们这款是…, 我们这款的参数…). Said alone (别家咱们不清楚的哦, 别的店铺我们不了解呢) it answers nothing:
 * the second real corpus upholds both.
 */
const OWN_SAY_MIN = 6
export function declinesOtherShop(ctx: LintContext, end: number): boolean {
  const other = ctx.cues('otherShop')
  if (!other.length) return false
  const from = other[0]![1]
  const declined = ctx.cues('notJudged').find(([s]) => s >= from && s < end)
  if (!declined) return false
  let said = 0
  for (let i = clauseEnd(ctx.text, declined[1]); i < ctx.text.length && said < OWN_SAY_MIN; i++) if (isHan(ctx.text.charCodeAt(i))) said++
  return said >= OWN_SAY_MIN
}

/** Any punctuation mark: a reply with none at all was dictated or typed in one breath. */
const PUNCTUATED = /[,.!?;:、…~()"'\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\u2018-\u201d]/
/** Whether the reply holds any punctuation, asked once per reply. */
const punctuated = memoByText((text: string) => PUNCTUATED.test(text), 64)
/** At most this many word characters before the formula in such a reply (乡下送不了 is 5). */
const VOICED_HEAD_MAX = 12
/**
 * Right before the formula: it is bound to what comes before (还有什么不清楚, 哪里不知道, 如果不清楚, 怕您不清楚),
 * or a dependency is named (要看银行效率 这个小妹真没办法): the reason, not a shrug.
 */
const VOICED_BOUND = normalized(['有', '什么', '啥', '哪', '哪里', '哪些', '如果', '要是', '怕', '担心', '会', '是否', '是不是', '为什么', '怎么', '吗', '要看', '得看', '取决于', '看情况', '看您', '看你', '您', '你', '亲', '就', '才', '都'], 'curt-reply voicedTail')
const VOICED_DEPENDS = normalized(['要看', '得看', '取决于', '看情况', '说明', '因为', '由于', '所以'], 'curt-reply voicedTail')

/**
 * A formula that must stand alone (没办法, 不清楚, 改不了) at the end of a reply with no punctuation at all,
 * only words and spaces (乡下送不了没办法, 这个我们真不清楚): voice-to-text and hasty typing drop the comma
 * that would make it its own clause. Only a short reply, nothing offered or explained in it, and the formula
 * not bound to what stands before it (还有哪里不清楚, 您不清楚的话).
 */
export function voicedTail(ctx: LintContext, f: Finding): boolean {
  const text = ctx.text
  if (punctuated(text) || !fillersToEnd(text, f.end)) return false
  // Counted back from the formula, and only until there are too many.
  let head = 0
  for (let i = f.start - 1; i >= 0 && head <= VOICED_HEAD_MAX; i--) if (isWordChar(text.charCodeAt(i))) head++
  if (head === 0 || head > VOICED_HEAD_MAX) return false
  const before = text.slice(0, f.start).replace(/[\s]+$/, '')
  if (VOICED_BOUND.some((w) => before.endsWith(w))) return false
  if (VOICED_DEPENDS.some((w) => before.includes(w))) return false
  return !ctx.cues('reason').length && !ctx.cues('apology').length && !ctx.hasCue('path', 0, text.length) && !ctx.cues('buyerCause').length
}

/** cu35: the shop disowning or unable (我们也没办法, 这边管不了, 跟我们没关系; classes act.denial, shop.cannot), read only before a job handed back. */
const DENIAL = normalized(['@act.denial', '@shop.cannot'], 'rules/curt-reply/clause.ts: DENIAL')
export function deniedBefore(text: string, at: number): boolean {
  const head = text.slice(0, at)
  return DENIAL.some((w) => head.includes(w))
}

/** cu35: the reply or a clause of it before `at` opens, after fillers (亲，), with the agent's reminder that it was said already (说了…, 我前面说了…; class told.reminder). */
// Composed (a few thousand words), so expanded on first use: only a wait with a time given is read against it.
let REMINDER: string[] | undefined
export function remindedFirst(text: string, at = text.length): boolean {
  const words = (REMINDER ??= normalized(['@told.reminder'], 'rules/curt-reply/clause.ts: REMINDER'))
  // The reply's start, or the start of a later clause before `at` (最近单多，说了三天内发，等着吧).
  for (let from = 0; from < at; from = clauseEnd(text, from) + 1) if (opensWith(text.slice(from, at), words)) return true
  return false
}

/**
 * mendC31: a done act restated (付过款了就是付过款了) and then, within a few clauses, the buyer reassured or the agent's own help
 * (cue `eased`, class done.eased: 您放心, 我帮您联系快递拦截): the fact is stated, not thrown back. A help word after a refusal word
 * (没法帮您退, 不能给您换) or ruled out in its own clause (帮您换是不可能的) is no help; 能不能帮您 asks, it refuses nothing.
 * Read in a bounded window after the restatement (one look-up per hit).
 */
const EASE_REACH = 30
const EASE_NEGATED = normalized(['没法', '无法', '没办法', '不能', '不会', '不可以', '不给', '不用', '不必', '不再', '帮不了'], 'rules/curt-reply/clause.ts: EASE_NEGATED')
const EASE_RULED_OUT = normalized(['不可能', '是不行的', '办不到', '做不到', '没门'], 'rules/curt-reply/clause.ts: EASE_RULED_OUT')
const EASE_ASKS = new RegExp(normalized(['能不能', '会不会', '可不可以', '可以不可以'], 'rules/curt-reply/clause.ts: EASE_ASKS').join('|'), 'gu')
const EASE_NEGATE_REACH = 4
export function doneEased(ctx: LintContext, end: number): boolean {
  const { text } = ctx
  for (const [s, e] of cuesWithin(ctx, 'eased', end, Math.min(text.length, end + EASE_REACH))) {
    const before = text.slice(Math.max(end, s - EASE_NEGATE_REACH), s).replace(EASE_ASKS, '')
    if (EASE_NEGATED.some((w) => before.includes(w))) continue
    const rest = text.slice(e, Math.min(clauseEnd(text, e), e + EASE_REACH))
    if (!EASE_RULED_OUT.some((w) => rest.includes(w))) return true
  }
  return false
}

/** cu36: after a help word, a can't (我们这边也没有办法, 小妹这边也管不了): the agent's side named only to say it does nothing. */
const CANT_AFTER = ['没有办法', '没办法', '没法', '无法', '处理不了', '管不了', '帮不了', '解决不了', '做不了', '不清楚', '不知道', '不了解'].map(normalizePhrase)
/** Between the help word and the can't: the side and the adverbs (这边也, 真的, 实在). */
const CANT_LEAD = ['这边', '那边', '这里', '也', '都', '真的', '实在', '确实', '是'].map(normalizePhrase)
function cantAt(text: string, at: number): boolean {
  for (let k = 0; k < 4; k++) {
    const lead = CANT_LEAD.find((w) => text.startsWith(w, at))
    if (!lead) break
    at += lead.length
  }
  return CANT_AFTER.some((w) => text.startsWith(w, at))
}
/**
 * cu36 (BP): the agent helping somewhere in the reply — a `help` cue not followed by a can't (…我们这边也没有办法，您去找厂家吧 sends the
 * buyer on; 我们这边帮您联系厂家 helps).
 */
export function helpGiven(ctx: LintContext): boolean {
  if (!ctx.hasCue('help', 0, ctx.text.length)) return false
  // cu37 (CB polite opening, dismissive ending): an apology is no help (不好意思讓您久等了…您自己問廠商好了).
  const sorry = ctx.cues('apology')
  return ctx.cues('help').some(([s, e]) => !cantAt(ctx.text, e) && !sorry.some(([a, b]) => a <= s && e <= b))
}
