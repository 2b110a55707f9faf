import { z } from 'zod'
import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { expandWords } from '../../src/vocab/index.js'
import { memoByText } from '../../src/context/memo.js'
import { cancelled, compileTemplate, turnKind } from './previous-turn.js'
import heardData from './heard.yaml'
import askedData from './asked.yaml'

/**
 * cr28: what the customer's message does, read for a short reply that only takes it in, apologises, closes or declines
 * (lead's conventions, session 28; data in heard.yaml):
 * - a STATEMENT that neither complains, asks nor requests (我已经申请了退款, 这是赠品, 我想问下发票的事情): an
 *   acknowledgement (嗯嗯, 哦哦, 看到了) or a closer is a listening cue, not a brush-off;
 * - a LAMENT that asks nothing and wants no remedy (好慢啊, 有点失望, 太差劲了): a short apology answers the feeling;
 * - the buyer letting the matter go (算了，回头再买吧; 就是问问): a closer or an apology ends the chat as asked;
 * - a can-question about what is possible or allowed, with no favour asked (能退到支付宝吗, 收件人能不能不实名): a soft
 *   no answers it.
 * A message that stops mid-clause where a source cut it (a long one with no closing mark) may go on to ask: it is
 * read as asking.
 */

const WHERE = 'rules/curt-reply/heard.yaml'
const words = z.array(z.string().min(1)).min(1)
const data = z
  .object({
    ask: words,
    askEnd: words,
    mayWord: words,
    concern: words,
    pressing: words,
    aNotA: words,
    negatedCan: words,
    pressAgain: words,
    maskWidth: z.number().int().positive(),
    reasonBefore: words,
    reasonNot: words,
    excess: z.string().min(1),
    sorry: words,
    requestAct: words,
    requestEnd: words,
    reported: words,
    topic: words,
    remedy: words,
    done: words,
    cutMin: z.number().int().positive(),
    closes: words,
    canWord: words,
    favour: words,
    waitSoft: words,
    calm: words,
    calmAsk: words,
  })
  .strict()
  .parse(heardData)

const list = (key: keyof typeof data) => expandWords(data[key] as string[], `${WHERE}: ${key}`).map(normalizePhrase)
const ASK = list('ask')
const ASK_END = list('askEnd')
const MAY = list('mayWord')
const CONCERN = list('concern')
const PRESSING = list('pressing')
const A_NOT_A = list('aNotA')
const NEGATED_CAN = list('negatedCan')
const PRESS_AGAIN = list('pressAgain')
/** How far before a negated can-word `pressAgain` is read (地址也不能改吗, 怎么就不能改了). */
const PRESS_REACH = 6
const REASON_BEFORE = list('reasonBefore')
const REASON_NOT = list('reasonNot')
const SORRY = list('sorry')
const EXCESS = (() => {
  try {
    return new RegExp(data.excess, 'u')
  } catch (e) {
    throw new Error(`${WHERE}: excess: ${(e as Error).message}`)
  }
})()
/** A trouble told: a complaint word, a trouble that wants a remedy, or too much of something (太肥了). */
const troubled = (previous: string) => complains(previous) || holds(previous, REMEDY) || EXCESS.test(previous)
const REQUEST_ACT = list('requestAct')
const REQUEST_END = list('requestEnd')
const REPORTED = list('reported')
const REMEDY = list('remedy')
const DONE = list('done')
const CAN = list('canWord')
const FAVOUR = list('favour')
const WAIT_SOFT = list('waitSoft')
const CALM = list('calm')
const CALM_ASK = list('calmAsk')
const CLOSES = new Set(list('closes'))
const COMPLAINT = expandWords(['@complaint.any'], `${WHERE}: complaint`).map(normalizePhrase)
const URGE = expandWords(['@act.urge'], `${WHERE}: urge`).map(normalizePhrase)
/** The services a buyer asks for by naming them (asked.yaml `request`: 退, 换, 改, 发票, 申请…). */
/** A question about content (几点, 什么时候, 怎么): a can-word in it asks no yes or no. */
const OPEN = expandWords(['@ask.open'], `${WHERE}: open`).map(normalizePhrase)
const SERVICE = expandWords(words.parse((askedData as Record<string, unknown>).request), 'rules/curt-reply/asked.yaml: request').map(normalizePhrase)

/** The topic templates (`(a|b|)` groups, `…` a short stretch), compiled as turns.yaml's are. */
const TOPIC = new RegExp(data.topic.map((t, i) => compileTemplate(t, `${WHERE}: topic.${i}`)).join('|'), 'g')
const MASK = /\[[^\]]{1,8}\]/g
const TRAIL = /[\s,.!?~;，。！？～、；…]+$/
const PARTICLE_TAIL = /[咯啊呀呢哈啦哦喔噢嘞]+$/
const holds = (text: string, ws: readonly string[]) => ws.some((w) => text.includes(w))
/** A complaint word no condition, wish or negation suspends (the turn reader's own test; asked.ts reads it too). */
export const complains = (previous: string) =>
  COMPLAINT.some((w) => {
    for (let at = previous.indexOf(w); at >= 0; at = previous.indexOf(w, at + 1)) if (!cancelled(previous, at)) return true
    return false
  })

/** The message stops mid-clause (a long one with no closing mark or particle): a source may have cut it. */
export function cutShort(previous: string): boolean {
  const t = previous.replace(MASK, '#'.repeat(data.maskWidth)).trimEnd()
  return [...t].length >= data.cutMin && !CLOSES.has(t[t.length - 1] ?? '')
}

/** The message with a topic announcement blanked (我想问下开发票的事情 → the rest). */
const withoutTopic = (previous: string) => (previous.includes('问') || previous.includes('咨询') || previous.includes('了解') ? previous.replace(TOPIC, ' ') : previous)

function asks(previous: string): boolean {
  const body = withoutTopic(previous)
  if (holds(body, ASK)) return true
  const end = body.replace(TRAIL, '')
  return ASK_END.some((w) => end.endsWith(w))
}

function requests(previous: string): boolean {
  const body = withoutTopic(previous)
  if (holds(body, REQUEST_ACT)) return true
  const end = body.replace(TRAIL, '')
  if (REQUEST_END.some((w) => end.endsWith(w))) return true
  // A service named (退, 发票) asks for it unless the message reports an act done or a fact (我已经申请了退款, 这是赠品).
  return holds(body, SERVICE) && !holds(body, REPORTED)
}

/** The buyer's message is a statement: it reports, names or tells, and neither complains, asks nor requests. */
export const heardStatement = memoByText((previous: string): boolean => {
  if (!/[\p{Script=Han}a-z0-9]/u.test(previous.replace(MASK, '')) || cutShort(previous)) return false
  const kind = turnKind(previous)
  if (kind === 'complaint' || kind === 'chaser' || kind === 'unseen' || kind === 'greeting' || kind === 'privateAsk') return false
  return !troubled(previous) && !holds(previous, URGE) && !holds(previous, CONCERN) && !holds(previous, MAY) && !asks(previous) && !requests(previous)
}, 64)

/** The buyer laments (好慢啊, 有点失望, 太差劲了) and asks for nothing, wants no remedy and does not press. */
export const lament = memoByText((previous: string): boolean => {
  if (cutShort(previous)) return false
  if (turnKind(previous) !== 'complaint' && !complains(previous)) return false
  return !holds(previous, URGE) && !holds(previous, REMEDY) && !asks(previous) && !requests(previous)
}, 64)

const BREAK = /[\s,.!?~;，。！？～、；]/
function lastClause(text: string): string {
  let i = text.length
  while (i > 0 && !BREAK.test(text[i - 1]!)) i--
  return text.slice(i)
}

/** The buyer's last words let the matter go (算了，回头再买吧; 那好吧到时候再说; 就是问问; …而已). */
export function lettingGo(previous: string): boolean {
  const end = previous.replace(TRAIL, '').replace(PARTICLE_TAIL, '')
  if (DONE.some((w) => end.endsWith(w) || end.endsWith(w.replace(PARTICLE_TAIL, '')))) return true
  // 那算了吧，太麻烦，让他们自己想办法吧: given up first, then the reasons; not 算了一下 (worked out).
  for (let at = previous.indexOf('算了'); at >= 0; at = previous.indexOf('算了', at + 1)) if (!/^[一下]/.test(previous.slice(at + 2))) return !asks(previous)
  return false
}

/**
 * The agent's earlier message in this turn (LintOptions.agentBefore) gave a reason or a way (下午就发货了呢, 赠品都是指定的哈,
 * 需要提交售后了): a bare refusal after it completes that answer. A line that is itself a refusal (无法修改) or a can't-tell adds none.
 */
export function reasonBefore(ctx: LintContext): boolean {
  const before = ctx.agentBefore
  if (before === undefined) return false
  return before.split('\n').some((line) => holds(line, REASON_BEFORE) && !holds(line, REASON_NOT))
}

/**
 * 能看到发票信息了吗 → 这边看不到哈; 看得出来吗 → 看不到的: the reply says V不C to a question that asked whether V can be done (能V,
 * V得): the no is the answer, echoing what was asked.
 */
export function echoesAsked(said: string, previous: string): boolean {
  const at = said.indexOf('不')
  if (at !== 1 || said.length < 3) return false
  const v = said[0]!
  const c = said.slice(2)
  return (previous.includes(v + '得') || previous.includes('能' + v + c) || previous.includes('可以' + v + c)) && holds(previous, ASK)
}

/**
 * A can-question about what is possible or allowed (能退到支付宝吗, 收件人能不能不实名, 我可以申请退回余额吗, 发货时就可以改了吗),
 * with no favour asked: not 帮我 / 给我 / 告诉我, not an act to be done now (改下么, 改过来吗), not a concession (便宜点, 送个).
 * A message cut where its last clause holds a can-word (…只有60，可以设置90) still asks it.
 */
export const asksPossible = memoByText((previous: string): boolean => {
  let unasked = previous
  for (const w of A_NOT_A) unasked = unasked.split(w).join(' ')
  if (holds(previous, FAVOUR) || holds(askedNegated(unasked), PRESSING) || holds(previous, OPEN) || previous.includes('一下')) return false
  const end = previous.replace(TRAIL, '').replace(PARTICLE_TAIL, '')
  // …数据读取很慢，可 / …只有60，可以设置90: cut in its last clause, where a can-word stands: the question it went on to.
  if (cutShort(previous)) return holds(lastClause(end), CAN) || /[可能]$/.test(end)
  if (!holds(previous, CAN)) return false
  // 改下么 / 看下吗: an act to be done now.
  if (/下[吗么嘛不]?$/.test(end)) return false
  return asks(previous) || end.endsWith('吧') || end.endsWith('不')
}, 64)

/** A question mark or particle closing the message: it asks. */
const ASKS_END = /(?:[?？]|[吗么嘛])[\s~～。.!！]*$/
/**
 * cu29: the message with a negated can-word blanked where it is the question asked (不能退回到支付宝吗, 后台不可以处理吗?): the
 * message ends asking, the negation stands in its last clause, and nothing just before it presses again (也, 就, 怎么…).
 */
function askedNegated(text: string): string {
  if (!ASKS_END.test(text)) return text
  const body = text.replace(ASK_TAIL, '')
  const clause = lastClause(body)
  const start = body.length - clause.length
  let blanked = clause
  for (const w of NEGATED_CAN) {
    for (let at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
      if (PRESS_AGAIN.some((p) => text.slice(Math.max(0, start + at - PRESS_REACH), start + at).includes(p))) return text
    }
    blanked = blanked.split(w).join(' ')
  }
  return blanked === clause ? text : text.slice(0, start) + blanked + text.slice(body.length)
}
const ASK_TAIL = /[\s?？~～。.!！吗么嘛]+$/

/**
 * A no answers a can-question about what is possible only when nothing is wrong: after a complaint or a trouble (这个牛肉太肥了，
 * 能换一份瘦的吗) the can-question asks for the remedy, and a bare no refuses it. A yes grants it either way.
 */
export const possibleNoAnswers = memoByText(
  (previous: string): boolean => asksPossible(previous) && turnKind(previous) !== 'complaint' && !troubled(previous),
  64,
)

/**
 * A reply of templates only (previous-turn.ts) that the customer's turn does not leave wanting: an acknowledgement or a
 * closer after a statement, an apology after a lament, a closer or an apology after the buyer let the matter go.
 */
export function heardOut(kind: string, ctx: LintContext): boolean {
  const previous = ctx.previous
  if (previous === undefined) return false
  const closer = kind === 'closing' || kind === 'welcome'
  if ((closer || kind === 'apology') && lettingGo(previous)) return true
  if ((closer || kind === 'ack') && heardStatement(previous)) return true
  // 收件人能不能不实名 → 您好不可以的哦: a soft no or can't-tell answers a question about what is possible.
  if ((kind === 'refusal' || kind === 'unknown') && possibleNoAnswers(previous) && softly(ctx.text)) return true
  // 这个订单已经申请了取消了 → 我们是无法修改的呢: the reason came first in the turn.
  if ((kind === 'refusal' || kind === 'unknown') && reasonBefore(ctx)) return true
  // …数据读取很慢，可 → 可以的呢: a yes to the can-question the message went on to.
  if (kind === 'yes' && asksPossible(previous)) return true
  // cu29: 上门师傅会核对吧? → 您放心呢: the reassurance answers a worry asked yes or no.
  if (kind === 'ack' && holds(ctx.text, CALM) && holds(previous, CALM_ASK) && !holds(previous, OPEN)) return true
  return kind === 'apology' && holds(ctx.text, SORRY) && lament(previous)
}

/** A reply softened by a particle or the buyer's address (不可以的哦, 这边看不到哈): not a stark no. */
const SOFT = /[呢哦哈啊呀吖亲哟噢喔嘛滴哒的]/
export const softly = (text: string) => SOFT.test(text)

/**
 * cu29: a polite wait (您耐心等待一下呢) after the agent's own answer or step earlier in the turn (已经为您反馈专员了呢, 这边会尽快为您
 * 审核的哈; `answered` is answeredInTurn's reading, `status` whether a line of it is a record of the step): it closes that answer.
 */
export function waitAfterStep(ctx: LintContext, answered: boolean, status: (line: string) => boolean): boolean {
  const before = ctx.agentBefore
  if (before === undefined || !holds(ctx.text, WAIT_SOFT)) return false
  return answered || before.split('\n').some(status)
}
