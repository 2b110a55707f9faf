import { z } from 'zod'
import { defineRule, type CompiledEntry, type Finding, type LintContext } from '../../src/types.js'
import { clauseEnd, clauseHead, clauseStart, sentenceEnd, sentenceStart } from '../../src/context/text.js'
import { parseLexicon } from '../../src/lexicon/schema.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { lastCue } from '../../src/context/cues.js'
import { isMention } from '../../src/context/mention.js'
import { mergeOverlapping, refusedBefore } from '../shared/cues.js'
import { findPatterns, PATTERN_CHARS, SELF } from './patterns.js'
import { shirkToParty } from './party.js'
import { afterTurn } from './turn-after.js'
import { toldPressedOnBuyer } from '../shared/told.js'
import { memoByText } from '../../src/context/memo.js'
import fillerData from './fillers.yaml'
import askedData from './asked.yaml'
import { classWords, expandWords } from '../../src/vocab/index.js'
import { allHan, isHan } from '../../src/vocab/chars.js'
import { clauseEnd as chatClauseEnd } from '../shared/chat-text.js'
import lexicon from './lexicon.yaml'
import { complains, possibleNoAnswers, echoesAsked, heardOut, heardStatement, reasonBefore, softly, waitAfterStep } from './heard.js'
import { answeredInTurn, asksOpenIn, asksOwnDoing, asksJudgement, asksYesNoLast, curtToTurn, mayBeTemplateOnly, replyKind, unseenTurn } from './previous-turn.js'

const ID = 'curt-reply'
const LEXICON = parseLexicon(lexicon, `rules/${ID}/lexicon.yaml`)
const byLength = (ws: string[]) => ws.map(normalizePhrase).sort((a, b) => b.length - a.length)
const FILLERS = byLength(
  expandWords(
    z
      .object({ fillers: z.array(z.string().min(1)).min(1) })
      .strict()
      .parse(fillerData).fillers,
    'rules/curt-reply/fillers.yaml: fillers',
  ),
)
/**
 * A brush-off handed to the buyer names them (那您随便吧, 你看着办吧); only there are these
 * fillers too. For bare 不知道 they are not: 您不知道吗 is a question about the buyer.
 */
const ADDRESSED = byLength(['那您', '那你', '您们', '你们', '您', '你', ...FILLERS])
/**
 * Around a word that must be the whole reply (不行, 哦, 嗯嗯) only particles and address: not
 * 是, which makes 是的哦 a yes, the commonest short answer there is.
 */
const AFFIRM = new Set(['是', '也是'].map(normalizePhrase))
const AROUND_WHOLE = FILLERS.filter((w) => !AFFIRM.has(w))

const normalized = (words: readonly string[], where: string) => expandWords(words, where).map(normalizePhrase)
const wordList = z.array(z.string().min(1)).min(1)
const ASKED = (({ asked, request, outcome, offPlatformAsk, canAsk, seenAck, verdict, realised, doneSaying, goodsAsk, goodsAskYesNo, tagAsk }) => ({
  goodsAsk: normalized(goodsAsk, 'rules/curt-reply/asked.yaml: goodsAsk'),
  goodsAskYesNo: normalized(goodsAskYesNo, 'rules/curt-reply/asked.yaml: goodsAskYesNo'),
  tagAsk: normalized(tagAsk, 'rules/curt-reply/asked.yaml: tagAsk'),
  doneSaying: normalized(doneSaying, 'rules/curt-reply/asked.yaml: doneSaying'),
  realised: normalized(realised, 'rules/curt-reply/asked.yaml: realised'),
  verdict: normalized(verdict, 'rules/curt-reply/asked.yaml: verdict'),
  seenAck: normalized(seenAck, 'rules/curt-reply/asked.yaml: seenAck'),
  asked: normalized(asked, 'rules/curt-reply/asked.yaml: asked'),
  request: normalized(request, 'rules/curt-reply/asked.yaml: request'),
  outcome: normalized(outcome, 'rules/curt-reply/asked.yaml: outcome'),
  offPlatformAsk: normalized(offPlatformAsk, 'rules/curt-reply/asked.yaml: offPlatformAsk'),
  canAsk: normalized(canAsk, 'rules/curt-reply/asked.yaml: canAsk'),
}))(z.object({ asked: wordList, request: wordList, outcome: wordList, offPlatformAsk: wordList, canAsk: wordList, seenAck: wordList, verdict: wordList, realised: wordList, doneSaying: wordList, goodsAsk: wordList, goodsAskYesNo: wordList, tagAsk: wordList }).strict().parse(askedData))
const SEEN_ACK = ASKED.seenAck
/** Refusal words proper (not 不会 / 不是 / 没有, which tell a fact): said stark to a can-question they refuse. */
const CAN_NO = new Set(['不行', '不能', '不可以', '不可', '不支持', '不允许', '唔得', '唔可以'].map(normalizePhrase))
const COMPLAINT = normalized(['@complaint.any'], 'rules/curt-reply/index.ts')
/** cr26: the favour asked (多放, 分期, 拆了再送) or any request word: a can-question the shop is asked to grant. */
const FAVOUR = [...normalized(['@ask.favour'], 'rules/curt-reply/index.ts'), ...ASKED.request]
/** The buyer pressing (人呢, 赶紧帮我催一下): a bare 等 to it is a brush-off too. */
const URGE = normalized(['@act.urge'], 'rules/curt-reply/index.ts: URGE')
/** A question a doubled 行行行 does not answer (到底什么时候发货, 能不能快点): not 这么 / 那么 (asked's 么). */
const WAITING_ASK = ['?', '吗', '什么时候', '啥时候', '多久', '几天', '到底', '怎么还', '能不能', '为什么', '为啥'].map(normalizePhrase)
/** Whether the customer's (normalised, short) message holds one of `words`. */
const holds = (previous: string, words: readonly string[]) => words.some((w) => previous.includes(w))
/** A clause ending in a colon introduces its explanation (规定是这样的：定制类不退). */
const INTRODUCES = new Set([...':：'])
const NOTHING: string[] = []
const IS_JIUSHI = normalizePhrase('就是')
/** 不用您自己想办法: a negator this close before the phrase rules it out. */
const NEGATE_REACH = 4
/** 跟我们也没关系: only adverbs between the shop and 没关系 (not 跟我说没关系). */
const OURS_GAP = new Set([...normalizePhrase('都也可真的完全根本是一点并毫')])
const OURS_REACH = 3
/** 不归我们客服管: the 管 that closes 不归. */
const GUAN_REACH = 8
const GUAN = ['管', '负责'].map(normalizePhrase)
/** 关我们(壳)什么事: the question that closes 关我. */
const BUSINESS_REACH = 6
const BUSINESS = ['什么事', '啥事', '屁事', '咩事', '什么关系', '啥关系'].map(normalizePhrase)

/**
 * Read only around a 等着 hit (kept out of the cue automaton: 今天, 明天, 上午 are in most replies): a time
 * given for what is awaited (明天上午十点前上门) or the buyer calmed before it (您就安心等着吧, 在家等着就行).
 */
const WHEN = normalized(['@time.when', '点前', '点之前', '以内', '小时内', '天内', '号前', '号之前'], 'rules/curt-reply/index.ts: WHEN')
const CALM = ['安心', '放心', '在家'].map(normalizePhrase)
/** A job handed back with no message before it: only a reply this short (自己看流程，页面上都有) is the whole answer. */
const HAND_ALONE = 16

/** After a job handed back (您自己弄一下吧), 一下 / 下 still close the clause. */
const TAIL_FILLERS = byLength([...FILLERS, '一下', '下', '一趟'])
/** A question about an outcome (会掉毛吗, 会不会缩水): a 'normal' verdict answers it. */
const ASKS_OUTCOME = new RegExp(`${normalizePhrase('会')}[^,.!?;]{0,8}[${normalizePhrase('吗么嘛')}]`)
/**
 * Findings of a bare phrase that stands alone only up to a space (没办法 生鲜就这样, 不知道 等通知):
 * fast chat agents end a sentence with a space. With another finding in the reply it is the same
 * brush-off (不知道 问快递), reported once.
 */
const spaced = new WeakSet<Finding>()
/** Findings of a job handed back (自己整呗), held at their 自己 until finalize, with the clause span they report. */
const handedBack = new WeakMap<Finding, [number, number]>()
/** Findings of a reply read against the customer's turn (previous-turn.ts), held at one character until finalize. */
const turnHeld = new WeakMap<Finding, [number, number]>()

const isWordChar = (c: number) => isHan(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)

/**
 * Whether [from, to) outside the hit [skipFrom, skipTo) holds nothing but `words` (fillers.yaml
 * by default), punctuation, spaces and emoji: 这个我也不清楚呢亲～ is "only" 不清楚.
 */
function onlyFillers(text: string, from: number, to: number, skipFrom: number, skipTo: number, words: readonly string[] = FILLERS): boolean {
  let i = from
  while (i < to) {
    if (i >= skipFrom && i < skipTo) {
      i = skipTo
      continue
    }
    if (!isWordChar(text.charCodeAt(i))) {
      i++
      continue
    }
    // The first word of the list that stands here whole, outside the hit (a loop, not a find
    // with a closure: this runs at every character).
    let w = ''
    for (const x of startingWith(words, text.charCodeAt(i)) ?? NOTHING) {
      if (text.startsWith(x, i) && (i + x.length <= skipFrom || i >= skipTo)) {
        w = x
        break
      }
    }
    if (!w) return false
    i += w.length
  }
  return true
}

/**
 * How a reply reads as fillers (`words`) walked from its start and from each offset to its end, worked out once per reply and
 * list: the whole-reply questions (only fillers around a hit: aloneInReply; only fillers after it: fillersToEnd) are then
 * answered per finding without walking the reply again ('哦，'.repeat(n) has n findings).
 */
interface FillerWalk {
  /** Offsets the walk from 0 stands on (1), up to where it fails or the end. */
  readonly landed: Uint8Array
  /** Where the walk from 0 found no filler (text.length + 1 when it never does). */
  readonly failAt: number
  /** Whether [i, end) is fillers only, per offset i. */
  readonly toEnd: Uint8Array
}
function walkOf(text: string, words: readonly string[]): FillerWalk {
  const n = text.length
  const landed = new Uint8Array(n + 1)
  let failAt = n + 1
  for (let i = 0; ; ) {
    landed[i] = 1
    if (i >= n) break
    const step = fillerStep(text, i, words)
    if (step === 0) {
      failAt = i
      break
    }
    i += step
  }
  // Filled from the end. A step is at most the longest word, so once that many offsets in a row
  // cannot reach the end, no earlier one can (its first step lands among them) and the rest stays
  // 0: a reply that ends in content costs a few steps here, not a step test per character.
  const toEnd = new Uint8Array(n + 1)
  toEnd[n] = 1
  const longest = longestOf(words)
  for (let i = n - 1, dead = 0; i >= 0 && dead < longest; i--) {
    const step = fillerStep(text, i, words)
    if (step > 0 && toEnd[i + step]) {
      toEnd[i] = 1
      dead = 0
    } else dead++
  }
  return { landed, failAt, toEnd }
}
const longestStep = new WeakMap<readonly string[], number>()
/** The longest step a filler walk over `words` can take (1 for a non-word character). */
function longestOf(words: readonly string[]): number {
  let n = longestStep.get(words)
  if (n === undefined) longestStep.set(words, (n = words.reduce((m, w) => Math.max(m, w.length), 1)))
  return n
}
/** The length of what an unbounded onlyFillers walk steps over at i (1 for a non-word character), 0 when it fails there. */
function fillerStep(text: string, i: number, words: readonly string[]): number {
  if (!isWordChar(text.charCodeAt(i))) return 1
  for (const x of startingWith(words, text.charCodeAt(i)) ?? NOTHING) if (text.startsWith(x, i)) return x.length
  return 0
}
const walks = new WeakMap<readonly string[], (text: string) => FillerWalk>()
function walkFor(text: string, words: readonly string[]): FillerWalk {
  let read = walks.get(words)
  if (!read) walks.set(words, (read = memoByText((t) => walkOf(t, words), 8)))
  return read(text)
}
/** onlyFillers(text, 0, text.length, start, end, words), read from the reply's walk. */
function aloneInReply(text: string, start: number, end: number, words = FILLERS): boolean {
  return fillersBefore(text, start, words) && walkFor(text, words).toEnd[end] === 1
}
/** onlyFillers(text, end, text.length, end, end, words), read from the reply's walk. */
function fillersToEnd(text: string, end: number, words = FILLERS): boolean {
  return walkFor(text, words).toEnd[end] === 1
}
/**
 * onlyFillers(text, 0, at, at, at, words): the walk from 0 is the unbounded one up to its last stop at or before `at` (a filler
 * may not run past `at`), then a few characters more at most.
 */
function fillersBefore(text: string, at: number, words: readonly string[]): boolean {
  if (at === 0) return true
  const walk = walkFor(text, words)
  if (walk.failAt < at) return false
  let last = at
  while (!walk.landed[last]) last--
  return last === at || onlyFillers(text, last, at, at, at, words)
}

/**
 * The words of a list that begin with code unit `c`, in list order (so the first that fits is the
 * one a search of the whole list finds). onlyFillers looks a word up at every character it
 * passes, and a list has a hundred-odd fillers of which one or two share a first character.
 */
function startingWith(words: readonly string[], c: number): readonly string[] | undefined {
  let index = wordIndex.get(words)
  if (!index) {
    index = new Map()
    for (const w of words) {
      const at = w.charCodeAt(0)
      const list = index.get(at)
      if (list) list.push(w)
      else index.set(at, [w])
    }
    wordIndex.set(words, index)
  }
  return index.get(c)
}
const wordIndex = new WeakMap<readonly string[], Map<number, string[]>>()

/** A way forward offered anywhere in the reply, but not by the phrase itself (自己联系快递 is not 联系). */
const offersPath = (ctx: LintContext, f: Finding): boolean => offersPathOutside(ctx, f.start, f.end)

/** Before A不A: a lead of the clause (那, 反正, 你/您 and 就/都 after it) that keeps it one choice put back. */
const CHOICE_LEAD = /^(?:那|反正|那你|那您|你|您)?$/u
const CHOICE_LINK = /(?:都|就|也|是)$/u
const CHOICE_BU = normalizePhrase('不')
/**
 * Whether [cStart, at) is a choice put back to the buyer, A不A with A one or two characters (吃不吃, 要不要, 买不买),
 * after at most a lead word: 吃不吃随你 hands the decision back as a brush-off.
 */
function choiceBefore(text: string, cStart: number, at: number): boolean {
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
function whetherBefore(text: string, cStart: number, at: number): boolean {
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
function buyerFaulted(ctx: LintContext): boolean {
  for (const [s, e] of ctx.cues('buyerFault')) {
    const said = ctx.text.slice(s, e)
    if (!said.endsWith(SELF) || !ERRAND.some((w) => ctx.text.startsWith(w, e))) return true
  }
  return false
}

/** The end of the sentence after the one that holds `at` (那您想怎么样呢？退款还是换货都可以的): each bounded by its window. */
function offerEnd(text: string, at: number): number {
  const end = sentenceEnd(text, at)
  return end < text.length ? sentenceEnd(text, end + 1) : end
}

/** cu29: can't see (看不到, 查看不了; class view.not.seen): after the buyer's own side it explains what shows there. */
const NOT_SEEN = normalized(['@view.not.seen'], 'rules/curt-reply/index.ts: NOT_SEEN')

/** How long a topic before a bare 不清楚 may be (保修期的事情我不清楚). */
const TOPIC_REACH = 10

/**
 * 保修期的事情我不清楚, 发票这块我们也不清楚: a short topic named first (cue `topic`), then only
 * fillers and the bare phrase; not a condition (如果是…的问题我不清楚, cue `reason`).
 */
function topicOnly(ctx: LintContext, cStart: number, cEnd: number, f: Finding): boolean {
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
function cueOutside(ctx: LintContext, cue: string, from: number, to: number, skip?: (s: number, e: number) => boolean): boolean {
  if (!ctx.hasCue(cue, 0, from) && !ctx.hasCue(cue, to, ctx.text.length)) return false
  return ctx.cues(cue).some(([s, e]) => (e <= from || s >= to) && !skip?.(s, e))
}
/** A way forward offered outside [from, to) (the phrase, or the buyer's own errand clause); a path that is only the topic does not count. */
const offersPathOutside = (ctx: LintContext, from: number, to: number) => cueOutside(ctx, 'path', from, to, (s, e) => pathIsTopic(ctx, s, e))

/**
 * 退款是财务那边的事 / 反正运费险也是您自己买的: the path word is the subject of a copula that hands the
 * matter to someone else or back to the buyer, so it names a topic, not a way offered. A general gate
 * over position (bo15, ANALYSIS-U change 1): any path word, then 是 and a clause-final 的事/的责任/自己V的.
 */
/** A topic marker right after a path word (退款的事情, 换货这块, 补发的问题): the word names what is talked about. */
const PATH_TOPIC_AFTER = ['的事情', '的事儿', '的事', '的问题', '这块', '这一块', '这方面', '方面的'].map(normalizePhrase)
const PATH_AS_TOPIC = /^[^，,。.！!？?；;～~\s]{0,8}?是[^，,。.！!？?；;～~\s]{0,10}?(的事情?|的责任|的问题|管的|自己[^，,。.！!？?；;～~\s]{1,3}的)[了啊哦呢吧呀嘛]*(?=[，,。.！!？?；;～~\s]|$)/u
function pathIsTopic(ctx: LintContext, s: number, e: number): boolean {
  const { text } = ctx
  // 退款的事情请您自己去问平台客服: the path word named as the topic (cue topic right after it), nothing offered.
  if (ctx.hasCue('topic', e, Math.min(text.length, e + 3)) && PATH_TOPIC_AFTER.some((w) => text.startsWith(w, e))) return true
  if (!PATH_AS_TOPIC.test(text.slice(e, clauseEnd(text, e)))) return false
  return !ctx.hasCue('help', clauseStart(text, s), clauseEnd(text, e))
}

/**
 * What the customer's previous message makes of a plain no (不可以的): an answer to a factual
 * question (灯能关掉吗) or a proper refusal of a request for the agent's private contact, not
 * a brush-off. Without the previous message a plain no stays curt.
 */
function answersQuestion(ctx: LintContext, f?: Finding): boolean {
  const previous = ctx.previous
  if (previous === undefined) return false
  // cr26: after an image, a link or a menu pick the question is unknown: a plain no answers it (lead's convention).
  if (holds(previous, ASKED.offPlatformAsk) || holds(previous, ASKED.outcome) || unseenTurn(previous)) return true
  // 可以開統編嗎 → 不行。 / 按摩仪能分期吗 → 不支持: a refusal word with nothing around it, to a question whether
  // the shop can or will, refuses; 不可以的 / 不行哦 to the same question still answer it.
  // cr26: only when the shop is asked for a favour (多放两双筷子, 分期, 拆了再送; class ask.favour): to whether the goods
  // can do something (可以打粉吗 → 不能) the bare no is the answer (lead's convention, session 26).
  // cr27: 我自己可以改吗 / …算不算呢: the buyer asks what they may do or what the fact is, whatever was asked before it.
  if (asksOwnDoing(previous) || asksJudgement(previous)) return true
  // cr28: 收件人能不能不实名 → 不可以的哦: a can-question about what is possible, no favour asked; a soft no answers it (lead's convention).
  if (f && possibleNoAnswers(previous) && softly(ctx.text)) return true
  if (f && CAN_NO.has(ctx.text.slice(f.start, f.end)) && holds(previous, ASKED.canAsk) && holds(previous, FAVOUR) && aloneInReply(ctx.text, f.start, f.end, NOTHING)) return false
  // cr26: a V不 tail asks too (可以煮面不 → 不能的).
  return (holds(previous, ASKED.asked) || asksYesNoLast(previous)) && !holds(previous, ASKED.request)
}

/**
 * cr26: a verdict that it is all right (正常的, 没事的, 不影响; asked.yaml `verdict`) answers the buyer's last words when they
 * ask yes or no (进水了 没有问题吗, 看起来用不了多久吧) and ask for nothing to be done (螢幕有亮點，可以換嗎 asks for an exchange).
 */
function verdictAnswers(ctx: LintContext, f: Finding): boolean {
  const previous = ctx.previous
  if (previous === undefined || !asksYesNoLast(previous) || holds(previous, ASKED.request)) return false
  const said = ctx.text.slice(f.start, f.end)
  // The short answer only (这个不影响的呢): with more said (有色差很正常，介意别买) the rest is read as before.
  return ASKED.verdict.some((w) => said.includes(w)) && aloneInReply(ctx.text, f.start, f.end, AROUND_WHOLE)
}

/** A grunt (嗯嗯) is curt alone or to a complaint; to anything else it acknowledges or says yes. */
function gruntIsCurt(ctx: LintContext): boolean {
  // cr28: a request word reported as done (我已经申请了退款 → 嗯呢) is a statement: the grunt is a listening cue (heardStatement).
  // cr26: after an image, a link or a menu pick the grunt acknowledges what was shown (lead's convention).
  if (ctx.previous !== undefined && unseenTurn(ctx.previous)) return false
  // cr26: 我说呢，… / 难怪… : the buyer says they see why; a grunt agrees (a complaint still wants more).
  if (ctx.previous !== undefined && holds(ctx.previous, ASKED.realised) && !holds(ctx.previous, COMPLAINT)) return false
  return ctx.previous === undefined || complains(ctx.previous) || asksOpen(ctx.previous) || (toldToAct(ctx.previous) && !heardStatement(ctx.previous)) || onlyCalled(ctx.previous) || asksAboutGoods(ctx.previous)
}

/**
 * cu32: 这个茶叶是今年的新茶吗 / 你们家39会不会挤脚 / 在吗，这个脚垫能做后备箱吗: a yes/no question about the goods named
 * (asked.yaml goodsAsk), which a grunt does not answer (sets AE, AG, AW, BA). Not a tag asking to confirm what the buyer says
 * (…这个评分是吗, …是吧: tagAsk), where 嗯嗯 is the yes the real corpora's agents give.
 */
function asksAboutGoods(previous: string): boolean {
  // Both in the last question's clause (这个我已经拍下了，你们今天能发吗 asks about the shipping, not the goods).
  let at = -1
  let end = 0
  for (const w of ASKED.goodsAskYesNo) {
    const i = previous.lastIndexOf(w)
    if (i > at) [at, end] = [i, i + w.length]
  }
  if (at < 0) return false
  let from = at
  while (from > 0 && !LAST_BREAK.test(previous[from - 1]!)) from--
  if (!holds(previous.slice(from, end), ASKED.goodsAsk)) return false
  const last = lastWords(previous)
  return !ASKED.tagAsk.some((t) => last.endsWith(t))
}

/**
 * 你好 / 老板 / hello: the buyer only greets or calls (nothing asked yet); a grunt back greets nobody and offers
 * nothing (eleventh session). Not a presence check (在吗 → 嗯 is a yes to a yes/no question). Normalised text is lower-case.
 */
const CALLED = /^(?:你好|您好|哈喽|hello|hi|客服|亲|亲亲|老板|掌柜|店家|卖家|美女|小姐姐|喂)+[啊呀哈]*$/
function onlyCalled(previous: string): boolean {
  let words = ''
  for (const c of previous) if (isWordChar(c.charCodeAt(0))) words += c
  return words.length > 0 && words.length <= 10 && CALLED.test(words)
}

/**
 * 麻烦帮忙拦截订单 / 帮我备注发顺丰: a request made as a request, not asked as a question; a grunt takes it
 * without saying it is done. 能帮我拦截吗 → 嗯 is a yes.
 */
const toldToAct = (previous: string) => holds(previous, ASKED.request) && !holds(previous, ASKED.asked) && !pausedAfter(previous)
/** The customer's last words put the chat on hold (…好的 稍等, …我再看看, …谢谢): a grunt just takes that. */
// cr26: …and the buyer's own try announced (我换一个插线板试一下): they go and try, a grunt lets them.
// cu31: …and the buyer going to find what was asked for (专票，我找一下; ASAP), as cr27 read a bare 我找一下.
const PAUSING = ['稍等', '等等', '等下', '等一下', '看看', '想想', '考虑', '好的', '谢谢', '知道了', '明白', '行吧', '算了', '试一下', '试试', '试下', '试一试',
  '我找一下', '我找找', '我找下', '我翻一下', '我翻翻', '我查一下', '我查查'].map(normalizePhrase)
const LAST_BREAK = /[\s,.!?~;，。！？、；]/
function pausedAfter(previous: string): boolean {
  let i = previous.length
  while (i > 0 && LAST_BREAK.test(previous[i - 1]!)) i--
  let from = i
  while (from > 0 && !LAST_BREAK.test(previous[from - 1]!)) from--
  const last = previous.slice(from, i)
  return PAUSING.some((w) => last.includes(w))
}

/**
 * Whether the agent already answered in this turn (LintOptions.agentBefore): something besides templates (稍等,
 * 抱歉, 您好, a closer) was sent before this reply. After 稍等，这边查询下 the turn is still unanswered.
 */
function answeredBefore(ctx: LintContext): boolean {
  return ctx.agentBefore !== undefined && answeredInTurn(ctx.agentBefore, ctx.previous)
}

/**
 * 请问还有其他可以帮到您的吗 as the whole reply: curt only when the customer's last words asked something or
 * complained (不是你们申请的吗, 检测完了?, 放两天就坏了啊). After 好的 / 谢谢 / 嗯 / 👌 it closes the chat, and
 * with no previous turn there is nothing it ignored.
 */
function closingIsCurt(previous: string | undefined): boolean {
  if (previous === undefined || pausedAfter(previous) || doneSaying(previous)) return false
  const last = lastWords(previous)
  // 哪天到? 👌: an emoji after the question takes the answer already given.
  // A bare "?" says too little to be ignored; 哦明白了，…是吧 checks what the customer already understood.
  if (!/[\p{Script=Han}a-z0-9]/u.test(last) || CLOSED.test(last) || holds(previous, UNDERSTOOD)) return false
  if (PICTURE.test(previous.slice(previous.lastIndexOf(last) + last.length))) return false
  return ASKS_MARK.test(last) || holds(last, OPEN_ASK) || holds(last, YES_NO) || holds(previous, COMPLAINT)
}
/**
 * A template reply that is not the whole answer: a closer, an answer to thanks or an apology after the agent's own answer
 * in the turn (LintOptions.agentBefore), or a closer after the buyer said there is nothing more.
 */
function settledBefore(kind: string, ctx: LintContext): boolean {
  const closer = kind === 'closing' || kind === 'welcome'
  if ((closer || kind === 'apology') && answeredBefore(ctx)) return true
  // cu29: 已经为您反馈专员了呢 → 您耐心等待一下呢: a polite wait after the agent's own answer or step in the turn closes it.
  if (kind === 'wait' && waitClosesStep(ctx)) return true
  // cu29: 货是有的呢 → 还请您放心: reassurance or an ok after the agent's own answer in the turn closes it, as a closer does.
  if (kind === 'ack' && answeredBefore(ctx)) return true
  return closer && ctx.previous !== undefined && doneSaying(ctx.previous)
}

/** cu29: a polite wait after the agent's own answer or a record of its step earlier in the turn (heard.ts waitAfterStep). */
const waitClosesStep = (ctx: LintContext) => waitAfterStep(ctx, answeredBefore(ctx), (line) => replyKind(line)?.kind === 'status')

/** lead23: the buyer's message opens by saying there is nothing more (没了，我等消息吧): the chat is being closed. */
function doneSaying(previous: string): boolean {
  const start = previous.trimStart()
  return ASKED.doneSaying.some((w) => start.startsWith(w))
}
/** The customer's last words, trailing spaces, dots and emoji left out (检测完了? …… → 检测完了?). */
function lastWords(previous: string): string {
  let i = previous.length
  while (i > 0 && !isWordChar(previous.charCodeAt(i - 1)) && !QMARK.test(previous[i - 1]!)) i--
  const end = i
  if (i > 0 && QMARK.test(previous[i - 1]!)) i--
  let from = i
  while (from > 0 && !LAST_BREAK.test(previous[from - 1]!)) from--
  return previous.slice(from, end)
}
const QMARK = /[?？]/
const UNDERSTOOD = ['明白', '知道了', '了解了', '懂了', '清楚了'].map(normalizePhrase)
const PICTURE = /\p{Extended_Pictographic}/u
const ASKS_MARK = /[?？]|[吗么呢]$/
/** Last words that close or pause the chat besides PAUSING's: an ok, a yes, a grunt (normalised text is lower-case). */
const CLOSED = /^(嗯+|恩+|哦+|噢+|喔+|好+的?|好吧|好呢|好滴|行+|行吧|可以|是的?|对+|ok|没有了?|没了|没事了?|客气了?|再见|拜拜|辛苦了?|麻烦了?|了解|收到)[啦了呢哈呀啊吧哦嘛]*$/

/** 有几种颜色？ / 多久能到: a question about content, which a grunt does not answer; with 吗 (是什么材质的，纯棉吗) a yes still does. */
const OPEN_ASK = normalized(['@ask.open'], 'rules/curt-reply/index.ts')
const YES_NO = ['吗', '是不是', '对不对', '对吧', '是吧'].map(normalizePhrase)
// cu29: not an open word inside an indefinite or rhetorical phrase (什么都没有, 要不怎么…呢; turns.yaml openInert).
const asksOpen = (previous: string) => asksOpenIn(previous, OPEN_ASK) && !holds(previous, YES_NO)

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
function terseRest(text: string, from: number, to: number): boolean {
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
function openedBy(ctx: LintContext, f: Finding): boolean {
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
function restated(ctx: LintContext, f: Finding): boolean {
  const text = ctx.text
  const end = chatClauseEnd(text, f.end)
  if (!onlyFillers(text, 0, end, f.start, f.end, NOTHING)) return false
  if (!text.includes(text.slice(f.start, f.end), end)) return false
  return !ctx.hasCue('path', 0, text.length) && !ctx.hasCue('help', 0, text.length) && !ctx.cues('apology').length && !ctx.cues('reason').length
}

/** Whether the clause of `f` is the reply's last (only fillers after it): 退不了，就这样. */
function endsReply(text: string, f: Finding): boolean {
  const end = clauseEnd(text, f.end)
  return fillersToEnd(text, end)
}

/** The finding run on to the first of `words` within `reach` in its clause (不归…管), or null without one. */
function closedBy(f: Finding, text: string, words: readonly string[], reach: number): Finding | null {
  const limit = Math.min(clauseEnd(text, f.end), f.end + reach)
  for (let i = f.end; i < limit; i++) for (const w of words) if (text.startsWith(w, i)) return { ...f, end: i + w.length }
  return null
}

/**
 * The span of a phrase whose shape the lexicon cannot hold alone, or null when the shape is
 * not there: 没关系 needs the shop before it (跟我们没关系, not 跟质量没关系), 不归 the 管
 * after it, a third party the buyer is sent to (您自己找平台, 问厂家去).
 */
/** The party by a pronoun (class party.pronoun), normalised as the hit's text is. */
const PRONOUNS = new Set(classWords('party.pronoun', 'rules/curt-reply/index.ts').map((w) => normalizePhrase(w)))
/** cu30: 自己 in the pronoun's clause before it (您自己联系他, 你自己去找她): the buyer is to do it alone. */
function selfSent(text: string, at: number): boolean {
  return text.slice(clauseStart(text, at), at).includes(SELF)
}
function shaped(f: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const tags = f.entry.tags
  if (tags.includes('ours')) {
    const c = lastCue(ctx, 'ours', Math.max(clauseStart(text, f.start), f.start - OURS_REACH - 8), f.start)
    if (!c || f.start - c[1] > OURS_REACH) return null
    for (let i = c[1]; i < f.start; i++) if (!OURS_GAP.has(text[i]!)) return null
    return { ...f, start: c[0] }
  }
  if (tags.includes('guan')) return closedBy(f, text, GUAN, GUAN_REACH)
  if (tags.includes('business')) return closedBy(f, text, BUSINESS, BUSINESS_REACH)
  if (tags.includes('party')) {
    // cb24: 你找他 sends the buyer on only when 他 stands for a party named before it (主播, 师傅, 快递…).
    // A person named after the party (快递送错了，隔壁阿姨拿了，你去找她) is whom the pronoun stands for.
    if (PRONOUNS.has(text.slice(f.start, f.end))) {
      const party = lastCue(ctx, 'answerable', 0, f.start)
      // cu30: 他电话是…，您自己联系他换回来吧 / 你自己去找他要吧: told to settle it with the person themselves (自己 in the
      // clause, before the pronoun) the buyer is sent away, whoever the pronoun stands for (sets AB, AD, AR, AV; the pool
      // labels every such reply curt, and splits only on the plain handover 您直接联系她拿一下吧).
      if ((!party || ctx.hasCue('person', party[1], f.start)) && !selfSent(text, f.start)) return null
    }
    const span = shirkToParty(text, f.start, f.end)
    return span ? { ...f, start: span[0], end: span[1] } : null
  }
  return f
}

/**
 * A brush-off quoted or talked about (您说的“爱买不买”是哪位同事回的) is not said to the buyer.
 * Checked last, on what would be reported: most hits are dropped earlier for less.
 */
function judge(found: Finding, ctx: LintContext): Finding | null {
  const f = judgeKind(found, ctx)
  return f && !isMention(ctx.text, f.start, f.end) ? f : null
}

/**
 * cu33: 主播说了三遍是预售 / 团长群里说了三遍 / 直播间讲了好几遍: the one who said it so often is a third party, so the count
 * reproaches the buyer for not listening (blame-customer's), it is not the agent's own impatience. Every such reply in the pool is
 * labelled blame only (sets P, Q, S, U, AG, AI, AW, AZ, BD).
 * mendA29: a person (class teller.other) anywhere earlier in the clause (主播昨天说了三遍); a place (class teller.place) only with
 * no agent subject before it in the clause (我在群里说了好几遍了 is the agent's own repetition). Bounded by the clause and TELL_REACH.
 */
const tellers = (name: string) => classWords(name, 'rules/curt-reply/index.ts').map((w) => normalizePhrase(w))
const TELLER_PERSONS = tellers('teller.other')
const TELLER_PLACES = tellers('teller.place')
const AGENT_SUBJECTS = ['subject.shop', 'subject.agent', 'subject.agent.homophone'].flatMap(tellers)
const TELL_REACH = 16
const TRIALS = tellers('trial.pushed')
/** A trial pushed onto the buyer earlier in the clause of `at` (at most TELL_REACH back): 您自己尝尝不就知道了, 拍了不就知道了. */
function trialPushed(text: string, at: number): boolean {
  const head = clauseHead(text, at, TELL_REACH)
  return TRIALS.some((w) => head.includes(w))
}
function toldByOther(text: string, at: number): boolean {
  const head = clauseHead(text, at, TELL_REACH)
  if (TELLER_PERSONS.some((w) => head.includes(w))) return true
  const place = Math.min(...TELLER_PLACES.map((w) => head.indexOf(w)).filter((i) => i >= 0))
  if (!Number.isFinite(place)) return false
  const before = head.slice(0, place)
  return !AGENT_SUBJECTS.some((w) => before.includes(w))
}

function judgeKind(found: Finding, ctx: LintContext): Finding | null {
  const { text } = ctx
  const f = shaped(found, ctx)
  if (!f) return null
  const kind = f.entry.tags[0]
  // 都跟您说了要先申请售后: a lecture (blame-customer's); 说了好几遍了，没货: a brush-off.
  if (f.entry.tags.includes('nag') && ctx.hasCue('instruct', f.end, text.length)) return null
  // 您问了好几次了，是我没说清楚: the agent takes the repetition on itself, no impatience.
  if (f.entry.tags.includes('nag') && ctx.cues('selfBlame').length) return null
  if (f.entry.tags.includes('nag') && toldByOther(text, f.start)) return null
  // mendA29: 不就知道了 throws the answer back only after a trial pushed onto the buyer (您自己尝尝…, 拍了…).
  if (f.entry.tags.includes('tryBack') && !trialPushed(text, f.start)) return null
  // 我已经说过了，您刚才没看吗？: a told-you-so pressed on the buyer is blame-customer's reproach
  // (one reading for both rules, rules/shared/told.ts).
  if (f.entry.tags.includes('toldBare') && toldPressedOnBuyer(ctx, f)) return null
  // 素颜戴也巨好看 真的会谢: the meme after praise of the goods is delight.
  // 仓库发错了，真的会谢，我马上给您换: the meme at the shop's own slip, with the agent acting on it,
  // is slang (internet-slang's), not sarcasm at the buyer (sets R, S).
  if (f.entry.tags.includes('sarcasm') && (ctx.hasCue('praise', 0, f.start) || ctx.hasCue('help', 0, text.length))) return null
  // 没有就没有了，我帮您登记到货提醒: the short repetition followed by help is a shrug, not a refusal.
  if (f.entry.tags.includes('repeat') && !text.slice(f.start, f.end).includes(IS_JIUSHI) && offersPath(ctx, f)) return null
  // 自己整呗 / 自己去快递柜找: a job handed back answers the buyer's request, complaint or question; with no
  // message before it, only a short reply is that answer. Help or a way offered anywhere makes it a step.
  if (f.entry.tags.includes('handBack')) {
    // cu33: 自己在订单里申请。 — a help word inside the handed-back clause is the buyer's own errand (申请, 反馈), no help
    // given (sets BC; AK: 价保您自己去页面申请); help outside it (…，我帮您审核) still clears it.
    if (cueOutside(ctx, 'help', f.start, f.end) || offersPathOutside(ctx, f.start, f.end)) return null
    // cr27: 您下单选的是230mm的…自己量一下吧: after the buyer's own choice named as the cause it is blame (blame-customer's).
    if (ctx.cues('buyerChoice').some(([, e]) => e <= f.start)) return null
    const p = ctx.previous
    if (p === undefined ? text.length > HAND_ALONE : !(holds(p, COMPLAINT) || holds(p, ASKED.request) || holds(p, ASKED.asked) || holds(p, OPEN_ASK))) return null
    // cu31: 自己拧一下就好了 is all it takes only to a complaint; to 难装吗 it answers (自己装一下就行).
    if (f.entry.tags.includes('fixSelf') && p !== undefined && !holds(p, COMPLAINT)) return null
  }
  // 您想怎么样呢？退款还是换货都可以的 / 您想怎样都行，退款还是补发您选: "what would you like" with the choices or an offer after it
  // in its sentence or the next one asks the buyer's wish (cue `offered`), it does not challenge them.
  if (f.entry.tags.includes('wantAsked') && ctx.hasCue('offered', f.end, offerEnd(text, f.end))) return null
  if (kind === 'rude') return f
  // cu31: 别家的我们没用过，不好评价，我们这款的参数都在详情页 / 別家的商品我們不太清楚，沒辦法幫您比較: judging another shop's goods
  // declined (sets R, AY); the can't or the page pointer after it takes no side, it shirks nothing.
  if ((kind === 'refuse' || kind === 'cannot' || kind === 'alone' || f.entry.tags.includes('page')) && declinesOtherShop(ctx, f.end)) return null
  // 哦，… / 这个正常的 to a complaint: cold only when nothing in the reply apologises or helps, and
  // a 'normal' verdict only when it neither explains why (因为是纯棉的) nor says what settles it
  // (晾两天就散了).
  if (kind === 'coldOpen' || kind === 'normalise') {
    if (ctx.hasCue('help', 0, text.length) || ctx.cues('apology').length || offersPath(ctx, f)) return null
    // 你当时选的最便宜的快递，慢是正常的: the buyer named as the cause, blame-customer's.
    if (kind === 'normalise' && buyerFaulted(ctx)) return null
    // 您确定是收到就坏的吗？出货时是好的: the buyer doubted with a question (blame-customer's reading), not waved off.
    if (kind === 'normalise' && text.includes('?')) return null
    // 会掉毛吗 → 会的 …属于正常的: the buyer asked whether it happens; the verdict is the answer.
    if (kind === 'normalise' && ctx.previous !== undefined && ASKS_OUTCOME.test(ctx.previous)) return null
    // cr26: 进水了 没有问题吗 → 没事的 / 用不了多久吧 → 不影响的: the buyer's last words ask yes or no whether it is all
    // right; the verdict is the answer (lead's convention, session 26). 怎么回事 → 正常的 answers nothing.
    if (kind === 'normalise' && verdictAnswers(ctx, f)) return null
    // 哦哦 / 嗯嗯好的: the grunt must stand alone (a whole-reply grunt is `grunt`'s).
    if (kind === 'normalise') return ctx.cues('reason').length || ctx.hasCue('remedy', f.end, text.length) ? null : f
    // The phrase ends in its punctuation (哦，): the finding is the grunt alone.
    return f.start === 0 || !isWordChar(text.charCodeAt(f.start - 1)) ? { ...f, end: f.end - 1 } : null
  }
  // 在的 要啥: openers before it (the construction's replyStart) and nothing after it.
  if (kind === 'greetBack') return fillersToEnd(text, f.end) ? f : null
  if (kind === 'whole') {
    // cu32: 这瓷砖会不会有色差我也说不准: "whether it happens, I can't tell either" is the whole reply too (sets AA, BA).
    if (!aloneInReply(text, f.start, f.end, AROUND_WHOLE) && !(whetherBefore(text, 0, f.start) && fillersToEnd(text, f.end, AROUND_WHOLE))) return null
    // cr26: 看到了 / 这个哦 after an image, a link or a menu pick acknowledges what was shown (lead's convention).
    if (ctx.previous !== undefined && unseenTurn(ctx.previous) && SEEN_ACK.includes(text.slice(f.start, f.end))) return null
    // cr28: 这是赠品 → 哦哦 / 看到了: taking in a statement that asks nothing (lead's convention).
    if (ctx.previous !== undefined && SEEN_ACK.includes(text.slice(f.start, f.end)) && heardStatement(ctx.previous)) return null
    // cr26: 进水了 没有问题吗 → 正常的: a status verdict to a yes/no question about it is the answer.
    if (f.entry.tags.includes('status') && verdictAnswers(ctx, f)) return null
    // cu29: 已经帮您联系站点加急了 → 请您耐心等待一下呢: the wait closes the agent's step in the turn (as settledBefore reads it).
    if (f.entry.tags.includes('status') && ctx.agentBefore !== undefined && replyKind(ctx.text)?.kind === 'wait' && waitClosesStep(ctx)) return null
    if (f.entry.tags.includes('no') && answersQuestion(ctx, f)) return null
    // cr28: 能看到发票信息了吗 → 看不到哈: V不C echoing the can-question asked is its answer; a reason given earlier in the turn
    // (agentBefore) explains a bare no after it.
    if (ctx.previous !== undefined && echoesAsked(text.slice(f.start, f.end), ctx.previous)) return null
    if (f.entry.tags.includes('no') && reasonBefore(ctx)) return null
    if (f.entry.tags.includes('grunt') && !gruntIsCurt(ctx)) return null
    // lead22: after an answer the agent sent in the same turn (the answer, then this closer), nothing is ignored.
    if (f.entry.tags.includes('closing') && (answeredBefore(ctx) || !closingIsCurt(ctx.previous) || heardOut('closing', ctx))) return null
    // 行行行 / 知道了知道了: impatient alone, to a complaint or to a question it does not answer; agreeing to a plan it is not.
    if (f.entry.tags.includes('ack') && !gruntIsCurt(ctx) && !holds(ctx.previous!, WAITING_ASK)) return null
    return f
  }
  // 没有 / 不会 are curt only stark: 没有哦 and 不会的亲 already soften a plain answer. To a factual
  // yes/no question (会不会被海关扣 → 不会) even the stark no is the answer.
  if (kind === 'bare') return (aloneInReply(text, f.start, f.end, NOTHING) || restated(ctx, f)) && !answersQuestion(ctx, f) ? f : null
  if (refusedBefore(ctx, f.start, 'negate', 'resume', NEGATE_REACH)) return null
  // 有事直接打给他 / (快递员电话多少 →) 您直接打给他吧: a contact handed over for when it is needed or on request.
  if (f.entry.tags.includes('handover') && (ctx.hasCue('ifNeeded', clauseStart(text, f.start), f.start) || holds(ctx.previous ?? '', ASKED.offPlatformAsk))) return null
  // 您可以联系师傅 to a complaint: only the agent acting too (我也帮您催一下) makes it service.
  if (kind === 'pointer' || kind === 'dismiss') {
    if (ctx.hasCue('help', 0, text.length)) return null
    // cr26: 没有问题吗 → 没事的 / 用不了多久吧 → 不影响的: the buyer asked yes or no whether it matters; this answers it.
    if (kind === 'dismiss' && verdictAnswers(ctx, f)) return null
    // cb25: a flat denial (不可能，… / 没有的事) retorts only as a clause of its own (不可能有毛病 states a claim about the
    // goods), and when the buyer is then named as the cause it is blame-customer's (不可能啊，肯定是您哪一步漏掉了).
    if (f.entry.tags.includes('tail') && !onlyFillers(text, f.end, clauseEnd(text, f.end), f.end, f.end, TAIL_FILLERS)) return null
    return f.entry.tags.includes('disown') && buyerFaulted(ctx) ? null : f
  }
  // 退款我们已经退了，没到是银行的事，你问银行: a way mentioned before the pointer is no way offered; only
  // the agent acting, or an offer after it, makes it service.
  // cu29: 会给您换货的呢 → 售后联系您您和他说一下呢: after the agent's own answer earlier in the turn (agentBefore) the party named is
  // the next step of that answer, not the whole reply (third and fourth real corpora).
  if (f.entry.tags.includes('party')) return ctx.hasCue('help', 0, text.length) || ctx.hasCue('path', f.end, text.length) || answeredBefore(ctx) ? null : f
  // 请您自行联系物流公司核实: the 核实 in the clause is the buyer's errand, not the agent's offer.
  // 保修期的事情我不清楚 / 退款这块我不清楚: a path word in the topic before a bare 不清楚 is what
  // the buyer asked about, not a way offered.
  const pathFrom = kind === 'alone' ? clauseStart(text, f.start) : f.start
  if (f.entry.tags.includes('errand') ? offersPathOutside(ctx, f.start, clauseEnd(text, f.end)) : offersPathOutside(ctx, pathFrom, f.end)) return null
  // 抱歉，目前只能等审核了 / 抱歉，最近有点忙: a status or a courtesy, not a brush-off. 我很忙
  // alone is the whole-reply entry's (很忙).
  if (f.entry.tags.includes('busy') && (ctx.cues('apology').length || aloneInReply(text, f.start, f.end))) return null
  if (f.entry.tags.includes('wait') && ctx.cues('apology').length) return { ...f, severity: 'info' }
  // 师傅明天上午十点前上门，您在家等着就行 / 您就安心等着吧: a time given or the buyer calmed makes waiting the plan.
  if (f.entry.tags.includes('waitTold') && (WHEN.some((w) => text.includes(w)) || CALM.some((w) => text.slice(Math.max(0, f.start - 3), f.start).includes(w)))) return null
  // 跟我们没关系，是您自己没去取件 / 您肯定没装对，说明书上有: blame, which blame-customer reports.
  // 订单地址是您自己填的…现在改不了了哦: a can't after the buyer is blamed is the blame's consequence (the dev
  // pool labels it blame only 23 times to 19 blame + curt), so blame-customer reports it.
  if ((f.entry.tags.includes('disown') || f.entry.tags.includes('page') || kind === 'cannot') && buyerFaulted(ctx)) return null
  // (cu32 handed 怪谁 after the buyer's own doing to blame-customer alone, as eight sets label it; reverted at the merge:
  // test/rules-a-kinds.test.ts holds 你非要拍，化了能怪谁 as curt as well — both rules flag it, the labels split.)
  const cStart = clauseStart(text, f.start)
  const cEnd = clauseEnd(text, f.end)
  // cu29: 手机上是看不到的 / 您那边是看不到的: what the buyer's own side shows, explained; not the agent's can't-see.
  if (kind === 'cannot' && NOT_SEEN.includes(text.slice(f.start, f.end)) && ctx.hasCue('buyerSide', cStart, f.start)) return null
  // 我们只管卖 ends its clause; 我们只负责卖正品 says what is sold.
  if (f.entry.tags.includes('tail') && !onlyFillers(text, f.end, cEnd, f.end, f.end, TAIL_FILLERS)) return null
  // 详情页写了，48小时内: the pointer followed by what it points at; curt only last, or sent back
  // to look again (页面有写的哦，您再看看).
  if (f.entry.tags.includes('page') && !endsReply(text, f) && !ctx.hasCue('lookAgain', f.end, text.length)) return null
  if (kind === 'permission') {
    if (onlyFillers(text, cStart, cEnd, f.start, f.end, ADDRESSED)) return f
    // 吃不吃随你 / 退不退随您便: the buyer's choice put back as A不A, nothing else in the clause.
    return choiceBefore(text, cStart, f.start) && onlyFillers(text, f.end, cEnd, f.end, f.end, ADDRESSED) ? { ...f, start: cStart } : null
  }
  if (kind === 'final') {
    // 退不了，就这样: a refusal closed with "that's that"; 好的，就这样 closes nothing.
    const closes = onlyFillers(text, cStart, cEnd, f.start, f.end) && endsReply(text, f) && ctx.hasCue('refusal', 0, cStart)
    return closes ? f : null
  }
  if (kind === 'alone' || kind === 'cannot') {
    // A clause cut by a typed space is alone only when the rest of the reply is terse and suggests
    // nothing (不知道 问快递); past the space may be the reason or the advice (要看银行效率 这个小妹真没办法,
    // 这个具体不清楚的 建议关注一下).
    const spaceCut = (text.charCodeAt(cEnd) === 0x20 || (cStart > 0 && text.charCodeAt(cStart - 1) === 0x20)) && !terseRest(text, cStart, cEnd)
    const alone = (!spaceCut && onlyFillers(text, cStart, cEnd, f.start, f.end)) || (kind === 'alone' && topicOnly(ctx, cStart, cEnd, f))
    // 没办法 生鲜就这样 / 不知道 等通知: alone up to a space, opening the reply, with only a few words after.
    const upToSpace = !alone && kind === 'alone' && openedBy(ctx, f)
    // 乡下送不了没办法 / 这个我们真不清楚: dictated or typed without punctuation, the formula closes the reply.
    const voiced = !alone && !upToSpace && voicedTail(ctx, f)
    if (!(alone || upToSpace || voiced) || INTRODUCES.has(text[cEnd] ?? '')) return null
    if (upToSpace) spaced.add(f)
    // 没办法，您自己点错了规格: the buyer blamed, which blame-customer reports.
    if (kind === 'alone' && ctx.cues('buyerCause').length) return null
  }
  // cr27: 我自己可以取消吗 → 取消不了呢: what the buyer may do, answered (lead's convention on yes/no questions).
  if ((kind === 'refuse' || kind === 'cannot') && ctx.previous !== undefined && asksOwnDoing(ctx.previous)) return null
  // cr28: 能看到发票信息了吗 → 这边看不到哈: a soft no to a question about what is possible (lead's convention).
  if ((kind === 'refuse' || kind === 'cannot') && ctx.previous !== undefined && possibleNoAnswers(ctx.previous) && softly(text)) return null
  // 还未出库，这边没法帮您联系站点: a refusal with its reason; 反正已经发了，拦不了 shrugs it off.
  if ((kind === 'refuse' || kind === 'cannot') && ctx.cues('reason').length && !ctx.hasCue('shrug', 0, f.start)) return null
  // cr28: 下午就发货了呢 → 现在改不了了呢: the reason was the agent's earlier message in this turn (agentBefore).
  if ((kind === 'refuse' || kind === 'cannot') && reasonBefore(ctx) && !ctx.hasCue('shrug', 0, f.start)) return null
  // 抱歉，这个我也不清楚 / 抱歉，无法为您处理: still no way forward, but not rude.
  if ((kind === 'alone' || kind === 'refuse' || kind === 'cannot') && ctx.cues('apology').length) return { ...f, severity: 'info' }
  return f
}

/**
 * cu31: another shop named (cue `otherShop`), then judging it declined (cue `notJudged`) before `end`, and the reply going on to
 * say something of its own (我们这款是…, 我们这款的参数…). Said alone (别家咱们不清楚的哦, 别的店铺我们不了解呢) it answers nothing:
 * the second real corpus upholds both.
 */
const OWN_SAY_MIN = 6
function declinesOtherShop(ctx: LintContext, end: number): boolean {
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
function voicedTail(ctx: LintContext, f: Finding): boolean {
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

/** At most this many word characters in a stark reply (周末师傅不上班 is 7). */
const STARK_MAX = 8
/** The scan gate: a reply this long (raw) may be stark; longer ones need a pattern character. */
const STARK_GATE = 24
/** What a stark reply must hold: a negation (没有发票, 拆了不换, 不上班). */
const STARK_NEG = new Set([...normalizePhrase('不没无别未冇唔')])
/**
 * What makes a short no soft rather than stark: particles, 的 and the buyer's address (没有的亲, 不换哦);
 * a question back (您是不要了吗); and 是, which explains a status (这个是拼购没成功) rather than refusing.
 */
const STARK_SOFT = new Set([...normalizePhrase('啊呀哦呢吧哈嘛啦喔噢哟滴哒咯耶呐的亲吗么是')])
/**
 * Short replies with a negation that thank, reassure or say yes (没问题, 不客气, 没事), or that spare the buyer
 * something (不用退回, 不收费, 不影响使用): good news needs no softening.
 */
const STARK_KIND = ['没问题', '没关系', '不客气', '不用谢', '不错', '没事', '不好意思', '不麻烦',
  '不用', '无需', '不需要', '不必', '不收费', '不要钱', '不用钱', '不加钱', '不额外', '没有额外', '不影响', '没影响', '不耽误', '不限',
  // cr26: leave to skip a step (可以不清理, 可不用拆): permission, no refusal.
  '可以不', '可不用', '可以不用',
  // cr27: the buyer reassured (请您不要担心, 别担心): no refusal.
  '不要担心', '别担心', '不要着急', '别着急', '不要急', '别急'].map(normalizePhrase)
/** cr27: words whose 不 / 没 / 别 / 无 / 未 is no negation (刚到站点不久, 更改为类别; class negation.inert). */
// cr28: …and the apology for the inconvenience (给您带来不便了: class apology.inconvenience).
const INERT_NEG = normalized(['@negation.inert', '@apology.inconvenience'], 'rules/curt-reply/index.ts: INERT_NEG')
const STARK_BREAK = new Set([...',;、 \n，；'])
/** cr27: a clarifying question back to the buyer (请问有没有划痕): class ask.back. */
const STARK_ASK = normalized(['@ask.back'], 'rules/curt-reply/index.ts: STARK_ASK')
/** A hedge states a likelihood (一般不会过敏), which is no refusal. */
const STARK_HEDGE = normalized(['@hedge'], 'rules/curt-reply/index.ts: STARK_HEDGE')

/** A stark reply with a thin reason before its refusal: at most this many word characters in all. */
const THIN_MAX = 10
/** Before the refusal, at most this many word characters of reason (充了就是充了). */
const THIN_HEAD = 6
/** The bare refusal that closes a thin-reason reply (镜片定制的，不退; 偏远的不发). */
const THIN_TAIL = ['不退换', '不退', '不换', '不行', '不能', '不支持', '不发', '不寄', '不零售', '不议价', '不接', '不送', '退不了', '换不了', '发不了',
  // Haggling shut with a thin "this is the price" (就这价，不讲).
  '不讲价', '不讲', '不还价', '不砍价', '不砍',
  // cu33: gone, after a thin status (下架了，没了 to 链接怎么找不到了; set BD, and 没有了 beside 下架了 in set AB).
  '没了', '没有了'].map(normalizePhrase)
/**
 * A service refused flat (不赔, 不保固, 不管移机, 换不了, 写不了; class refusal.service): closing a stark or thin-reason
 * reply it refuses the buyer's request even with no previous turn (坏果率正常，不赔; 轴体换不了), and answers a
 * can-question (能刻字吗 → 刻不了。) as a refusal, not as a fact told. Longest first.
 */
const REFUSAL = byLength(normalized(['@refusal.service'], 'rules/curt-reply/index.ts: REFUSAL'))
/** REFUSAL by last character (every short reply is read here: one map lookup turns most away). */
const REFUSAL_BY_LAST = new Map<string, string[]>()
for (const w of REFUSAL) {
  const last = w[w.length - 1]!
  const list = REFUSAL_BY_LAST.get(last)
  if (list) list.push(w)
  else REFUSAL_BY_LAST.set(last, [w])
}
const refusalTail = (body: string) => REFUSAL_BY_LAST.get(body[body.length - 1] ?? '')?.find((w) => body.endsWith(w))
/** With no previous turn, a head holding these explains the refusal (偏远的地方就送不了, 已经发货了改不了), not a bare category. */
const NO_TURN_EXPLAINS = ['就', '已', '了', '才', '因', '所以', '由于'].map(normalizePhrase)
/**
 * Stark findings read only by the refusal.service class (no previous turn, or a can-question), held at their first character until finalize with the span they report
 * (the engine drops a hit inside a longer one): the weakest reading, dropped beside any other finding of the reply.
 */
const weakStark = new WeakMap<Finding, [number, number]>()
/** What may not stand in the reason: the buyer addressed and sentence particles (定制的哦，不退 is soft). */
const THIN_BECAUSE = ['因为', '由于', '因'].map(normalizePhrase)
const THIN_SOFT = new Set([...normalizePhrase('啊呀哦呢吧哈嘛啦喔噢哟滴哒咯耶呐亲吗么您你')])

/** A stark no read without the thin-reason shape: a few words, no break, particle or address, a negation (我们也管不了). */
function plainNo(text: string, first: number, last: number): boolean {
  let count = 0
  let negated = false
  for (let i = first; i <= last; i++) {
    const c = text[i]!
    if (STARK_BREAK.has(c) || STARK_SOFT.has(c)) return false
    if (STARK_NEG.has(c)) negated = true
    if (isWordChar(text.charCodeAt(i))) count++
  }
  return negated && count <= STARK_MAX
}

/** The index of the last character in `body` that is not a word character (-1 when none). */
function lastBreak(body: string): number {
  for (let i = body.length - 1; i >= 0; i--) if (!isWordChar(body.charCodeAt(i))) return i
  return -1
}

/** Whether the reply's words [first, last] are a thin reason (≤ THIN_HEAD) and a bare refusal at the end. */
function thinRefusal(text: string, first: number, last: number): boolean {
  const body = text.slice(first, last + 1)
  const tail = THIN_TAIL.find((w) => body.endsWith(w)) ?? refusalTail(body)
  if (!tail) return false
  let head = body.slice(0, body.length - tail.length)
  while (head && !isWordChar(head.charCodeAt(head.length - 1))) head = head.slice(0, -1)
  if (!head || head.length > THIN_HEAD) return false
  for (const c of head) if (!isWordChar(c.charCodeAt(0)) || THIN_SOFT.has(c)) return false
  // 因为开封了不退: the reason said as a reason explains the no; only a bare category (定制的) is thin.
  return !THIN_BECAUSE.some((w) => head.includes(w))
}

/**
 * 没有发票。 to 能不能开发票, 拆了不换。 to 奶粉能换个段数吗: a stark no as the whole reply — one clause of a
 * few words holding a negation, with no particle, address, reason, apology or way offered — to a
 * request or a complaint. To a factual question (会掉色吗 → 不会掉色。) it is the answer; a soft no
 * (没有的亲) is a plain answer too. Returns the span of the words, or undefined.
 */
function starkReply(ctx: LintContext): { span: [number, number]; weak: boolean } | undefined {
  const previous = ctx.previous
  const text = ctx.text
  if (text.length > STARK_GATE || text.includes('?')) return undefined
  let first = -1
  let last = -1
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue
    if (first < 0) first = i
    last = i
    count++
  }
  if (count === 0) return undefined
  // With no previous turn only a service refused flat is read (轴体换不了, 耗材，不保固): a bare 没有 or 不会 may answer anything.
  const refused = refusalTail(text.slice(first, last + 1))
  if (previous === undefined && !refused) return undefined
  // …and its reason only a category (坏果率正常, 耗材): 偏远的地方就送不了 and 已经发货了改不了 explain the no.
  if (previous === undefined && (ctx.cues('reason').length || NO_TURN_EXPLAINS.some((w) => text.slice(first, last + 1 - refused!.length).includes(w)))) return undefined
  // 镜片定制的，不退 / 偏远的不发: a thin reason of a few words, then the bare refusal as the last word.
  const thin = count <= THIN_MAX && thinRefusal(text, first, last)
  if (count > STARK_MAX && !thin) return undefined
  let negated = thin
  for (let i = first; i <= last && !thin; i++) {
    const c = text[i]!
    if (STARK_BREAK.has(c) || STARK_SOFT.has(c)) return undefined
    if (STARK_NEG.has(c)) negated = true
  }
  const body = text.slice(first, last + 1)
  // cr27: the only negation inside a word that negates nothing (不久, 类别): nothing refused.
  if (negated && !thin && INERT_NEG.some((w) => body.includes(w))) {
    let rest = body
    for (const w of INERT_NEG) rest = rest.split(w).join(' ')
    if (![...rest].some((c) => STARK_NEG.has(c))) return undefined
  }
  // A thin reason may say 正常 (坏果率正常，不赔): only the refusal's own clause is read for a hedge (一般不退 hedges).
  const hedged = thin ? body.slice(lastBreak(body) + 1) : body
  if (!negated || STARK_KIND.some((w) => body.includes(w)) || STARK_HEDGE.some((w) => hedged.includes(w))) return undefined
  // cr27: 请问有没有划痕 / 是不是没插电: a question back to the buyer (class ask.back) asks what the answer needs, no stark no.
  if (STARK_ASK.some((w) => body.includes(w))) return undefined
  // The thin reason is a category (定制的, 偏远的), no more: a reason cue in it does not soften the stark no.
  if ((!thin && ctx.cues('reason').length) || ctx.cues('apology').length || ctx.hasCue('path', 0, text.length)) return undefined
  const span: [number, number] = [first, last + 1]
  if (previous === undefined) return { span, weak: true }
  // cr26: after an image, a link or a menu pick the question is unknown: the short no answers it.
  if (unseenTurn(previous)) return undefined
  // 洗了会发黄吗 → 不会。: a question whether something happens is answered, even when it names a fault (还会补货吗
  // asks the shop for something: a request, read below).
  if (holds(previous, ASKED.outcome) || holds(previous, ASKED.offPlatformAsk) || (ASKS_OUTCOME.test(previous) && !holds(previous, ASKED.request))) return undefined
  // cr27: the buyer's own doing asked (我自己能改吗) or A-not-A on a verb of judging (…算不算呢?): the short no answers it.
  if (asksOwnDoing(previous) || asksJudgement(previous)) return undefined
  // Read as before (a request or a complaint, an old thin tail); what only the service refused reads (恕不处理 after a
  // thin reason, 刻不了 to a can-question) is weak: a phrase of the reply found beside it keeps its own span.
  const oldThin = !thin || THIN_TAIL.some((w) => body.endsWith(w)) || plainNo(text, first, last)
  if (holds(previous, ASKED.request) || holds(previous, COMPLAINT)) return { span, weak: !oldThin }
  return refused && holds(previous, ASKED.canAsk) ? { span, weak: true } : undefined
}

const WAIT = normalizePhrase('等')
/** What a short reply may end with to tell the buyer only to wait (longest first: 等着吧 before 等). */
// cu33: 排着吧 / 排着 — "stay in the queue" (人多，排着吧 to 客服怎么这么慢; set BD, as 排队。 in AX and AR).
const WAIT_TAIL = byLength(['等通知', '等通知吧', '等着', '等着吧', '等着呗', '等吧', '等呗', '等', '排着', '排着吧', '排着呗'])
const QUEUE = normalizePhrase('排着')
/** At most this many word characters of status or reason before the wait (已经登记了, 系统问题, 已经转给售后了). */
const WAIT_HEAD = 8
/** A head that agrees or confirms (好的，等通知 to 到货了通知我) sets up no brush-off. */
const WAIT_AGREE = ['好', '行', '可以', '对', '是', '嗯', '收到', '明白', '没问题'].map(normalizePhrase)
/** Before the wait word inside its clause: only these make one clause of it (那就等呗, 就等着). */
const WAIT_LEAD = ['那就', '就'].map(normalizePhrase)

/**
 * 系统问题，等着 / 预售的，等通知 / 已经登记了，等通知 / 那就等呗 / 等: the whole reply tells the buyer to wait, after
 * at most a thin status or reason, with no time, apology or way forward — the buyer's question or trouble is left
 * where it was. A bare 等 needs something asked or complained of before it; a head that agrees (好的，等通知)
 * or names a time (明天到，等着就行 — cue WHEN) is the plan, not a brush-off. Returns the span of the wait.
 */
function bareWait(ctx: LintContext): [number, number] | undefined {
  const text = ctx.text
  // Every short reply comes here: one indexOf turns away all but the few that say 等 at all.
  if (text.length > STARK_GATE || !(text.includes(WAIT) || text.includes(QUEUE)) || text.includes('?')) return undefined
  let first = -1
  let last = -1
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue
    if (first < 0) first = i
    last = i
  }
  if (first < 0) return undefined
  const body = text.slice(first, last + 1)
  const tail = WAIT_TAIL.find((w) => body.endsWith(w))
  if (!tail) return undefined
  let head = body.slice(0, body.length - tail.length)
  const lead = WAIT_LEAD.find((w) => head.endsWith(w))
  if (lead) head = head.slice(0, head.length - lead.length)
  else if (head && isWordChar(head.charCodeAt(head.length - 1))) return undefined
  while (head && !isWordChar(head.charCodeAt(head.length - 1))) head = head.slice(0, -1)
  let words = 0
  for (const c of head) {
    if (STARK_BREAK.has(c) && c !== ' ') return undefined
    if (!isWordChar(c.charCodeAt(0))) continue
    if (THIN_SOFT.has(c)) return undefined
    words++
  }
  if (words > WAIT_HEAD || WAIT_AGREE.some((w) => head.startsWith(w))) return undefined
  if (ctx.hasCue('path', 0, text.length) || ctx.cues('apology').length || WHEN.some((w) => text.includes(w))) return undefined
  const previous = ctx.previous
  // A bare 等 (or 那就等呗) with nothing before it answers only what was asked or complained of.
  if (!head && (previous === undefined || !(holds(previous, COMPLAINT) || holds(previous, URGE) || holds(previous, WAITING_ASK) || holds(previous, OPEN_ASK)))) return undefined
  if (previous !== undefined && pausedAfter(previous)) return undefined
  // The span is the wait itself (等通知, 那就等呗), so a stronger finding elsewhere in the reply keeps its own.
  return [last + 1 - tail.length - (lead?.length ?? 0), last + 1]
}

/** A reply of marks only (？, ??, 。。。, ……, ？？？): at least a question mark or a run of dots, nothing else but spaces. */
const MARKS = /^[\s?？。.…~～!！]+$/
const MARKS_SAY = /[?？]|[。.…]{2,}|…/
function marksOnly(text: string): [number, number] | undefined {
  if (text.length > 12 || !MARKS.test(text) || !MARKS_SAY.test(text)) return undefined
  let a = 0
  let b = text.length
  while (a < b && /\s/.test(text[a]!)) a++
  while (b > a && /\s/.test(text[b - 1]!)) b--
  return a < b ? [a, b] : undefined
}

/** Refusals by repetition (没有就是没有, 想怎么样就怎么样吧, 爱退不退), judged like their entries; a stark short no. */
function scan(ctx: LintContext, entryFor: (tag: string) => CompiledEntry | undefined): Finding[] {
  const out: Finding[] = []
  const stark = starkReply(ctx)
  // cr28: a reason or a way given earlier in the turn (agentBefore) explains the stark no after it.
  const starkEntry = stark && !reasonBefore(ctx) && entryFor('stark')
  if (stark && starkEntry) {
    const f = { ruleId: ID, entry: starkEntry, start: stark.span[0], end: stark.span[1], severity: starkEntry.severity ?? 'warning', expected: starkEntry.expected }
    if (isMention(ctx.text, f.start, f.end)) {
      // quoted: not said to the buyer
    } else if (stark.weak) {
      const held = { ...f, end: f.start + 1 }
      weakStark.set(held, [f.start, f.end])
      out.push(held)
    } else out.push(f)
  }
  // ？ / 。。。 / ?? as the whole reply: marks only, the buyer answered with a shrug or a stare.
  const marks = marksOnly(ctx.text)
  const marksEntry = marks && entryFor('marksOnly')
  if (marks && marksEntry) out.push({ ruleId: ID, entry: marksEntry, start: marks[0], end: marks[1], severity: marksEntry.severity ?? 'warning', expected: marksEntry.expected })
  const wait = !stark && bareWait(ctx)
  const waitEntry = wait && entryFor('waitBare')
  if (wait && waitEntry && !isMention(ctx.text, wait[0], wait[1])) {
    out.push({ ruleId: ID, entry: waitEntry, start: wait[0], end: wait[1], severity: waitEntry.severity ?? 'warning', expected: waitEntry.expected })
  }
  // A reply of templates only (好的呢 / 请问还有其他可以帮到您的吗 / 请您耐心等待) read against the customer's turn
  // (previous-turn.ts, turns.yaml): curt to a complaint, a chaser or an open question it leaves unanswered.
  // lead22: not after an answer the agent sent in the same turn (LintOptions.agentBefore): a closer or an ack after it
  // is not the whole reply (real transcripts split the two; the third real corpus).
  const turn = !stark && !wait ? curtToTurn(ctx) : undefined
  const turnEntry = turn && entryFor('previousTurn')
  if (turn && turnEntry && !isMention(ctx.text, turn.span[0], turn.span[1]) && !settledBefore(turn.kind, ctx) && !heardOut(turn.kind, ctx)) {
    // Held at its first character until finalize (like handBack): the engine drops a hit inside a longer one,
    // and a phrase found in the same template (您可以直接联系) keeps its own span.
    const held: Finding = { ruleId: ID, entry: turnEntry, start: turn.span[0], end: turn.span[0] + 1, severity: turnEntry.severity ?? 'warning', expected: turnEntry.expected }
    turnHeld.set(held, turn.span)
    out.push(held)
  }
  // The gate lets short replies and template-only replies in; the pattern pass still needs one of its characters.
  if (!PATTERN_CHARS.test(ctx.text)) return out
  for (const hit of findPatterns(ctx.text)) {
    const entry = entryFor(hit.kind)
    if (!entry) continue
    const f = judge({ ruleId: ID, entry, start: hit.start, end: hit.end, severity: entry.severity ?? 'warning', expected: entry.expected }, ctx)
    if (f && (hit.kind === 'handBack' || hit.kind === 'fixSelf')) {
      // Reported as 自己 alone until finalize, so that a phrase around it (您自己联系快递员) keeps its own span:
      // the engine drops a hit inside a longer one before finalize sees them.
      const self = ctx.text.indexOf(SELF, f.start)
      const held = { ...f, start: self, end: self + SELF.length }
      handedBack.set(held, [f.start, f.end])
      out.push(held)
    } else if (f) out.push(f)
  }
  return out
}

/**
 * 改不了 is the weakest kind: next to a stronger finding of the same reply (系统设置的，改不了;
 * 改不了，就这样) it is the same refusal, reported once.
 */
function oneRefusal(all: Finding[], ctx: LintContext): Finding[] {
  // A job handed back found by shape (自己整呗) gives way to a phrase in its clause (自己去营业厅办 → 去营业厅办),
  // whose span the reviewer knows; alone it takes its whole clause back.
  if (all.some((f) => handedBack.has(f))) {
    const others = all.filter((f) => !handedBack.has(f))
    all = all.flatMap((f) => {
      const span = handedBack.get(f)
      if (!span) return [f]
      return others.some((g) => g.start < span[1] && span[0] < g.end) ? [] : [{ ...f, start: span[0], end: span[1] }]
    })
  }
  // 我讲过了，等通知 / 不知道 等通知: a bare wait next to another finding of the reply is the same brush-off,
  // reported once under the other's span.
  if (all.length > 1 && all.some((f) => f.entry.tags[0] !== 'waitBare')) all = all.filter((f) => f.entry.tags[0] !== 'waitBare')
  // 没办法 生鲜就这样: a verdict by construction (tag weak) beside another finding is the same brush-off.
  if (all.length > 1 && all.some((f) => !f.entry.tags.includes('weak'))) all = all.filter((f) => !f.entry.tags.includes('weak'))
  // 这个我们处理不了 / 现在改不了 with no previous turn: the phrase found in it keeps its own span.
  if (all.length > 1 && all.some((f) => !weakStark.has(f))) all = all.filter((f) => !weakStark.has(f))
  all = all.map((f) => {
    const span = weakStark.get(f)
    return span ? { ...f, start: span[0], end: span[1] } : f
  })
  // A reply read as only templates against the customer's turn (previous-turn.ts) is the weakest reading: any
  // finding of a phrase in it is the same brush-off, reported under the phrase.
  if (all.length > 1 && all.some((f) => f.entry.tags[0] !== 'previousTurn')) all = all.filter((f) => f.entry.tags[0] !== 'previousTurn')
  all = all.map((f) => {
    const span = turnHeld.get(f)
    return span ? { ...f, start: span[0], end: span[1] } : f
  })
  const findings = all.some((f) => !spaced.has(f)) ? all.filter((f) => !spaced.has(f)) : all
  const others = findings.filter((f) => f.entry.tags[0] !== 'cannot')
  // tt28: not when the rest of the agent's turn (LintOptions.agentAfter) answers the customer (turn-after.ts).
  return afterTurn(mergeOverlapping(others.length ? others : findings), ctx)
}

export default defineRule({
  meta: {
    id: ID,
    category: 'tone',
    description: {
      zh: '推诿或不耐烦的回复：单独的不知道/不清楚/没办法、不归我管、你去问快递、跟我们没关系、您随便吧、说了没有就是没有、爱买不买…（说明原因并给出办法的婉拒不算）',
      en: 'Dismissive or shirking replies (a bare “don’t know”, “not my job”, “ask the courier”, “suit yourself”, refusal by repetition, “take it or leave it”); polite refusals that offer a way forward are fine',
    },
    defaultSeverity: 'warning',
    fixable: false,
    // The statistical scorer's additions (src/scorer): a judgement, not a list match.
    messages: {
      scored: {
        zh: '统计评分判断：{actual}听起来像推诿或不耐烦（不是词表命中，请人工确认）；请说明原因并给出解决办法。',
        en: 'Statistical judgement: {actual} sounds dismissive (not a list match; check it); explain and offer a way forward.',
      },
    },
  },
  lexicon: LEXICON,
  // A short reply may be stark (starkReply); a longer one needs a character patterns.ts looks at.
  create: () => ({ judge, scan, scanWhen: (text: string) => text.length <= STARK_GATE || PATTERN_CHARS.test(text) || mayBeTemplateOnly(text), finalize: oneRefusal }),
})
