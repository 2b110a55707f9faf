/**
 * Whole-reply shapes found without a lexicon entry: a stark short no (没有发票。, 定制的，不退), a bare wait (系统问题，等着),
 * and a reply of marks only (？, 。。。).
 */
import type { LintContext } from '../../src/types.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { asksOwnDoing, asksJudgement, unseenTurn } from './previous-turn.js'
import { byLength, normalized, isWordChar } from './fillers.js'
import { ASKED, COMPLAINT, URGE, WAITING_ASK, holds, ASKS_OUTCOME, pausedAfter, OPEN_ASK } from './asked.js'
import { WHEN } from './clause.js'

/** At most this many word characters in a stark reply (周末师傅不上班 is 7). */
const STARK_MAX = 8
/** The scan gate: a reply this long (raw) may be stark; longer ones need a pattern character. */
export const STARK_GATE = 24
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
  '不要担心', '别担心', '不要着急', '别着急', '不要急', '别急',
  // cu37: a yes in negated form confirms what the buyer said (我是要换机，不是维修 → 没错; ASAP): 没错, 错不了, 无误, 没毛病.
  '没错', '没有错', '错不了', '不会错', '没问题', '没有问题', '无误', '没毛病', '不假', '可不是', '没差', '一点不差', '一点没错'].map(normalizePhrase)
/** cr27: words whose 不 / 没 / 别 / 无 / 未 is no negation (刚到站点不久, 更改为类别; class negation.inert). */
// cr28: …and the apology for the inconvenience (给您带来不便了: class apology.inconvenience).
const INERT_NEG = normalized(['@negation.inert', '@apology.inconvenience'], 'rules/curt-reply/stark.ts: INERT_NEG')
const STARK_BREAK = new Set([...',;、 \n，；'])
/** cr27: a clarifying question back to the buyer (请问有没有划痕): class ask.back. */
const STARK_ASK = normalized(['@ask.back'], 'rules/curt-reply/stark.ts: STARK_ASK')
/** A hedge states a likelihood (一般不会过敏), which is no refusal. */
const STARK_HEDGE = normalized(['@hedge'], 'rules/curt-reply/stark.ts: STARK_HEDGE')
/** cu35 (CSDS): a reply opened by a condition (只要订单没有完成, 如果没拆封) states when it holds; it refuses nothing. */
const STARK_IF = normalized(['@act.condition'], 'rules/curt-reply/stark.ts: STARK_IF')

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
const REFUSAL = byLength(normalized(['@refusal.service'], 'rules/curt-reply/stark.ts: REFUSAL'))
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
export function starkReply(ctx: LintContext): { span: [number, number]; weak: boolean } | undefined {
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
  if (STARK_IF.some((w) => body.startsWith(w))) return undefined
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
// lead34: 排队 / 排队吧 after a thin status (人多，排队 to 等了半小时没人回; set BN): the queue as the whole answer.
const WAIT_TAIL = byLength(['等通知', '等通知吧', '等着', '等着吧', '等着呗', '等吧', '等呗', '等', '排着', '排着吧', '排着呗', '排队', '排队吧', '排队呗'])
const QUEUE = normalizePhrase('排着')
const LINE = normalizePhrase('排队')
/** At most this many word characters of status or reason before the wait (已经登记了, 系统问题, 已经转给售后了). */
const WAIT_HEAD = 8
/** A head that agrees or confirms (好的，等通知 to 到货了通知我) sets up no brush-off. */
const WAIT_AGREE = ['好', '行', '可以', '对', '是', '嗯', '收到', '明白', '没问题'].map(normalizePhrase)
/** Before the wait word inside its clause: only these make one clause of it (那就等呗, 就等着). */
// cu35: …and a bare manner before it (耐心等, 慢慢等吧, 乖乖等着; class wait.lead.bare): still only told to wait (set BO).
const WAIT_LEAD = byLength([...['那就', '就'].map(normalizePhrase), ...normalized(['@wait.lead.bare'], 'rules/curt-reply/stark.ts: WAIT_LEAD')])
/** cu35: the bare imperative tails; a particle in the status before them (排队呢，等着) softens the status, not the order (set BN). */
const WAIT_ORDER = ['等着', '等着呗', '等呗', '排着', '排着呗'].map(normalizePhrase)

/**
 * 系统问题，等着 / 预售的，等通知 / 已经登记了，等通知 / 那就等呗 / 等: the whole reply tells the buyer to wait, after
 * at most a thin status or reason, with no time, apology or way forward — the buyer's question or trouble is left
 * where it was. A bare 等 needs something asked or complained of before it; a head that agrees (好的，等通知)
 * or names a time (明天到，等着就行 — cue WHEN) is the plan, not a brush-off. Returns the span of the wait.
 */
export function bareWait(ctx: LintContext): [number, number] | undefined {
  const text = ctx.text
  // Every short reply comes here: one indexOf turns away all but the few that say 等 at all.
  if (text.length > STARK_GATE || !(text.includes(WAIT) || text.includes(QUEUE) || text.includes(LINE)) || text.includes('?')) return undefined
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
    if (THIN_SOFT.has(c) && !WAIT_ORDER.includes(tail)) return undefined
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
export function marksOnly(text: string): [number, number] | undefined {
  if (text.length > 12 || !MARKS.test(text) || !MARKS_SAY.test(text)) return undefined
  let a = 0
  let b = text.length
  while (a < b && /\s/.test(text[a]!)) a++
  while (b > a && /\s/.test(text[b - 1]!)) b--
  return a < b ? [a, b] : undefined
}
