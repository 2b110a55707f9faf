/**
 * What the customer's previous message asked or said (asked.yaml and the shared classes), and what that makes of a short
 * reply: a plain no that answers a factual question, a verdict that answers a yes/no question, a grunt that acknowledges,
 * a closer or a wait that the turn has already settled.
 */
import { z } from 'zod'
import type { Finding, LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import askedData from './asked.yaml'
import { complains, possibleNoAnswers, heardStatement, softly, waitAfterStep } from './heard.js'
import { answeredInTurn, asksOpenIn, asksOwnDoing, asksJudgement, asksYesNoLast, conditionSaid, replyKind, unseenTurn } from './previous-turn.js'
import { AROUND_WHOLE, normalized, NOTHING, isWordChar, aloneInReply } from './fillers.js'

const wordList = z.array(z.string().min(1)).min(1)
export const ASKED = (({ asked, request, outcome, offPlatformAsk, canAsk, seenAck, verdict, realised, doneSaying, goodsAsk, goodsAskYesNo, tagAsk, announce }) => ({
  announce: new Set(normalized(announce, 'rules/curt-reply/asked.yaml: announce')),
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
}))(z.object({ asked: wordList, request: wordList, outcome: wordList, offPlatformAsk: wordList, canAsk: wordList, seenAck: wordList, verdict: wordList, realised: wordList, doneSaying: wordList, goodsAsk: wordList, goodsAskYesNo: wordList, tagAsk: wordList, announce: wordList }).strict().parse(askedData))
export const SEEN_ACK = ASKED.seenAck
/** Refusal words proper (not 不会 / 不是 / 没有, which tell a fact): said stark to a can-question they refuse. */
const CAN_NO = new Set(['不行', '不能', '不可以', '不可', '不支持', '不允许', '唔得', '唔可以'].map(normalizePhrase))
/** A stark no that denies a fact rather than refusing or lacking (是二手的吗 → 不是): it answers a yes/no question. */
const FACT_NO = new Set(['不会', '不是', '不对', '不用', '不需要', '不会的', '没坏', '不算'].map(normalizePhrase))
export const COMPLAINT = normalized(['@complaint.any'], 'rules/curt-reply/asked.ts')
/** cr26: the favour asked (多放, 分期, 拆了再送) or any request word: a can-question the shop is asked to grant. */
const FAVOUR = [...normalized(['@ask.favour'], 'rules/curt-reply/asked.ts'), ...ASKED.request]
/** The buyer pressing (人呢, 赶紧帮我催一下): a bare 等 to it is a brush-off too. */
export const URGE = normalized(['@act.urge'], 'rules/curt-reply/asked.ts: URGE')
/** A question a doubled 行行行 does not answer (到底什么时候发货, 能不能快点): not 这么 / 那么 (asked's 么). */
export const WAITING_ASK = ['?', '吗', '什么时候', '啥时候', '多久', '几天', '到底', '怎么还', '能不能', '为什么', '为啥'].map(normalizePhrase)
/** Whether the customer's (normalised, short) message holds one of `words`. */
export const holds = (previous: string, words: readonly string[]) => words.some((w) => previous.includes(w))
/** A question about an outcome (会掉毛吗, 会不会缩水): a 'normal' verdict answers it. */
export const ASKS_OUTCOME = new RegExp(`${normalizePhrase('会')}[^,.!?;]{0,8}[${normalizePhrase('吗么嘛')}]`)
/**
 * What the customer's previous message makes of a plain no (不可以的): an answer to a factual
 * question (灯能关掉吗) or a proper refusal of a request for the agent's private contact, not
 * a brush-off. Without the previous message a plain no stays curt.
 */
export function answersQuestion(ctx: LintContext, f?: Finding): boolean {
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
  // lead34: the stark no with nothing at all around it (没有 / 不能。 / 不单卖) to a question about the goods or the service
  // does not answer it, it shuts it: every author of the pool labels it curt (55 of 55 bare no's to a yes/no question);
  // 没有呢 / 不可以的 / 不行哦 still answer (the real corpora's reviewers uphold the soft no as an answer).
  // Not a fact denied (是二手的吗 → 不是; 会缩水吗 → 不会: absolute-promise's reading), which answers.
  if (f && aloneInReply(ctx.text, f.start, f.end, NOTHING) && !FACT_NO.has(ctx.text.slice(f.start, f.end)) && !ASKS_OUTCOME.test(previous)) return false
  // cr26: a V不 tail asks too (可以煮面不 → 不能的).
  return (holds(previous, ASKED.asked) || asksYesNoLast(previous)) && !holds(previous, ASKED.request)
}

/**
 * cr26: a verdict that it is all right (正常的, 没事的, 不影响; asked.yaml `verdict`) answers the buyer's last words when they
 * ask yes or no (进水了 没有问题吗, 看起来用不了多久吧) and ask for nothing to be done (螢幕有亮點，可以換嗎 asks for an exchange).
 */
export function verdictAnswers(ctx: LintContext, f: Finding): boolean {
  const previous = ctx.previous
  if (previous === undefined || !asksYesNoLast(previous) || holds(previous, ASKED.request)) return false
  const said = ctx.text.slice(f.start, f.end)
  // The short answer only (这个不影响的呢): with more said (有色差很正常，介意别买) the rest is read as before.
  return ASKED.verdict.some((w) => said.includes(w)) && aloneInReply(ctx.text, f.start, f.end, AROUND_WHOLE)
}

/** A grunt (嗯嗯) is curt alone or to a complaint; to anything else it acknowledges or says yes. */
export function gruntIsCurt(ctx: LintContext): boolean {
  // cr28: a request word reported as done (我已经申请了退款 → 嗯呢) is a statement: the grunt is a listening cue (heardStatement).
  // cr26: after an image, a link or a menu pick the grunt acknowledges what was shown (lead's convention).
  if (ctx.previous !== undefined && unseenTurn(ctx.previous)) return false
  // cr26: 我说呢，… / 难怪… : the buyer says they see why; a grunt agrees (a complaint still wants more).
  if (ctx.previous !== undefined && holds(ctx.previous, ASKED.realised) && !holds(ctx.previous, COMPLAINT)) return false
  // cu37: 还有 / 另外 / 我还想问一下 — the buyer announces more and says nothing yet: the grunt invites them on.
  if (ctx.previous !== undefined && announcesMore(ctx.previous)) return false
  // cu37: 这个壳，不满意就七天无理由退 — the buyer restates a rule with its condition; the grunt confirms it.
  if (ctx.previous !== undefined && conditionSaid(ctx.previous) && !complains(ctx.previous) && !asksOpen(ctx.previous)) return false
  return ctx.previous === undefined || complains(ctx.previous) || asksOpen(ctx.previous) || (toldToAct(ctx.previous) && !heardStatement(ctx.previous)) || onlyCalled(ctx.previous) || asksAboutGoods(ctx.previous)
}

/** The announcement's words, particles that do not ask (啊, 哈, 哦) and marks aside: 还有呢 and 还有吗 ask, they stay. */
const ANNOUNCE_SKIP = new Set([...normalizePhrase('啊呀哈哦喔噢嗯额')])
/** cu37: the whole message announces more to come (还有, 另外还有个问题, 我还想问一下…): asked.yaml `announce`. */
export function announcesMore(previous: string): boolean {
  let words = ''
  for (const c of previous) if (isWordChar(c.charCodeAt(0)) && !ANNOUNCE_SKIP.has(c)) words += c
  return words.length > 0 && words.length <= 12 && ASKED.announce.has(words)
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
  '我找一下', '我找找', '我找下', '我翻一下', '我翻翻', '我查一下', '我查查',
  // cu36 (CSDS): the buyer closing on what was done arriving or working (昨天帮忙申请修改的发票已经收到了, 改好的地址可以了): the request
  // words name what was done; a grunt takes the news in.
  '已经收到了', '已收到', '收到了', '已经到了', '已经好了', '弄好了', '改好了', '可以了', '解决了', '搞定了', '没问题了'].map(normalizePhrase)
const LAST_BREAK = /[\s,.!?~;，。！？、；]/
export function pausedAfter(previous: string): boolean {
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
export function answeredBefore(ctx: LintContext): boolean {
  return ctx.agentBefore !== undefined && answeredInTurn(ctx.agentBefore, ctx.previous)
}

/**
 * 请问还有其他可以帮到您的吗 as the whole reply: curt only when the customer's last words asked something or
 * complained (不是你们申请的吗, 检测完了?, 放两天就坏了啊). After 好的 / 谢谢 / 嗯 / 👌 it closes the chat, and
 * with no previous turn there is nothing it ignored.
 */
export function closingIsCurt(previous: string | undefined): boolean {
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
export function settledBefore(kind: string, ctx: LintContext): boolean {
  const closer = kind === 'closing' || kind === 'welcome'
  if ((closer || kind === 'apology') && answeredBefore(ctx)) return true
  // cu29: 已经为您反馈专员了呢 → 您耐心等待一下呢: a polite wait after the agent's own answer or step in the turn closes it.
  if (kind === 'wait' && waitClosesStep(ctx)) return true
  // cu29: 货是有的呢 → 还请您放心: reassurance or an ok after the agent's own answer in the turn closes it, as a closer does.
  if (kind === 'ack' && answeredBefore(ctx)) return true
  return closer && ctx.previous !== undefined && doneSaying(ctx.previous)
}

/** cu29: a polite wait after the agent's own answer or a record of its step earlier in the turn (heard.ts waitAfterStep). */
export const waitClosesStep = (ctx: LintContext) => waitAfterStep(ctx, answeredBefore(ctx), (line) => replyKind(line)?.kind === 'status')

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
export const OPEN_ASK = normalized(['@ask.open'], 'rules/curt-reply/asked.ts')
const YES_NO = ['吗', '是不是', '对不对', '对吧', '是吧'].map(normalizePhrase)
// cu29: not an open word inside an indefinite or rhetorical phrase (什么都没有, 要不怎么…呢; turns.yaml openInert).
const asksOpen = (previous: string) => asksOpenIn(previous, OPEN_ASK) && !holds(previous, YES_NO)

/**
 * cu35: the customer's try reported as failed (照了还是粘手, 用了两天还是不亮, 换了插座依然不亮): a done act (V了) and, later in
 * its clause, 还是 / 依然 / 仍然 / 依旧 and a state (not a bare 还: 买了还没用 says not yet) — a complaint whatever its words, which a job handed back (你自己再多照几遍)
 * leaves where it was. Not 还是 as 'or' (还是说, 还是要), and not a question (…还是不行吗).
 * Read only for a job handed back.
 */
const STILL = ['还是', '依然', '仍然', '依旧'].map(normalizePhrase)
/** 还是 as 'or' or a choice (还是说, 还是要, 还是想): no state follows. */
const STILL_NOT = ['还是说', '还是要', '还是想', '还是选', '还是买'].map(normalizePhrase)
const DONE = normalizePhrase('了')
const TRIED_REACH = 8
export function triedInVain(previous: string): boolean {
  for (let at = previous.indexOf(DONE); at >= 0; at = previous.indexOf(DONE, at + 1)) {
    let end = at + 1
    while (end < previous.length && !LAST_BREAK.test(previous[end]!)) end++
    const rest = previous.slice(at + 1, Math.min(end, at + 1 + TRIED_REACH))
    for (const w of STILL) {
      const i = rest.indexOf(w)
      if (i < 0 || STILL_NOT.some((x) => rest.startsWith(x, i))) continue
      const clause = previous.slice(at + 1 + i + w.length, end)
      if (clause.length === 0 || /[吗么嘛?]/.test(clause) || previous[end] === '?') break
      return true
    }
  }
  return false
}
