import { classWords } from '../../src/vocab/index.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { allHan, CLAUSE_TAIL, isHanAt } from '../../src/vocab/chars.js'

/**
 * Refusals made by repeating the buyer's words back, which no phrase list can enumerate:
 *   repeat:  A就是A or A就A with A a negative (没有就是没有, 不能退就是不能退, 冇货就冇货), or A就是A with A a done act (拆了就是拆了)
 *   resign:  A就A吧, 爱A就A, 怎么A就怎么A (退就退吧, 你爱怎么样就怎么样, 你想怎么办就怎么办)
 *   dare:    爱A不A (爱买不买, 爱退不退, 爱信不信)
 *   told:    how many times the buyer was told or asked (跟您说过好几次, 回答你三遍了, 你问几遍了, 问第五次)
 *   petty:   the buyer's trouble made small (这也要退, 这点色差也要退, 这么点事都要投诉)
 *   handBack: the job handed back as a bare imperative opening its clause (自己整呗, 自己去快递柜找, 那您自己再找找吧)
 *   fixSelf: the buyer's own small fix as all it takes, after the trouble named (坏果自己挑出来扔掉就行, 镜框松了您自己拧一下就好了)
 * One pass over the reply visiting only 就, 爱, 次, 遍, 要 and 自; each check looks at a few characters.
 */
export type PatternKind = 'repeat' | 'resign' | 'dare' | 'told' | 'petty' | 'handBack' | 'fixSelf'
export interface PatternHit {
  kind: PatternKind
  start: number
  end: number
  /** A repeat whose A is a done act (拆了就是拆了), not a negative: index.ts reads what follows it (clause.ts doneEased). */
  done?: boolean
}

const n = (s: string) => normalizePhrase(s)
const JIU = n('就')
/** 自己, normalised: where a job handed back starts (index.ts reports it from there). */
export const SELF = n('自己')
const SHI = n('是')
const AI = n('爱')
const BU = n('不')
const JIU_CODE = JIU.charCodeAt(0)
const AI_CODE = AI.charCodeAt(0)
/** A repeated refusal starts with a negator: 没有就是没有, not 好就是好. */
const NEGATORS = new Set([...n('不没无别冇')])
/** Without 是, only "there is none" repeats as a refusal: 没货就没货, 冇货就冇货 (not 不急就不急). */
const NONE = new Set([...n('没无冇')])
/** What closes a resigned A就A: 退就退吧. */
const RESIGN_END = new Set([...n('吧呗')])
const RESIGN_DEGREE = new Set([...n('点些')])
const YAO = n('要')
/** What may close a dare besides 吧/呗 (要买就买啊, 要拍就拍咯) or go on with the other half (要买就买不买拉倒). */
const TAKE_IT_END = new Set([...n('啊呀了咯啦哦嘛不别')])
/** Buying verbs: 要买就买 dares the buyer to take it or leave it (要用就用 only says when to use it). */
const BUY = ['买', '拍', '下单', '拿', '订', '入'].map(n)
const WHATEVER = ['怎么', '怎样', '咋'].map(n)
/** 可爱不可爱, 热爱: 爱 inside a word, not 爱A不A. */
const AI_COMPOUND = new Set([...n('可喜热恋心亲疼宠博友关挚最偏酷')])
/** 说了没有就是没有: the reminder belongs to the refusal. */
const SAID = ['我说了', '说了', '说过了', '都说了', '早说了'].map(n).sort((a, b) => b.length - a.length)
/** 说过好几次: the telling verbs, and the counts before 次/遍 (a number, 几, 好几, 多少…). */
const TELL = ['回答', '回复', '解释', '告诉', '强调', '说', '讲'].map(n)
/** 不用重复说三遍, 没说几次: negated, no one was told (我不是说过三遍了吗 still counts). */
const NEGATED = ['不用', '不必', '不需要', '无需', '没'].map(n)
const NEGATE_REACH = 4
const ASK = n('问')
const ASPECT = new Set([...n('了过')])
const YOU = ['您', '你'].map(n)
const COUNTS = ['好几', '多少', '很多', '无数', '十几', '几', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万'].map(n)
/** 问了八百遍, 说了一百次: numerals before the last one of the count. */
const NUMERALS = new Set([...n('一二两三四五六七八九十几百千万上好')])
/** 问第五次: an ordinal count. */
const ORDINAL = n('第')
/** 帮您问了好几次, 给你说了三遍 by someone helping: 您/你 after these is not the subject. */
const HELPER = new Set([...n('帮替给为')])
/** 跟仓库说了好几次: told someone other than the buyer (跟您说 / 和你讲 are the buyer). */
const TO = new Set([...n('跟和对向给')])
const ASK_ADVERBS = new Set([...n('到底要还又再都')])
/** Before 问 in an ordinal count: the agent or someone acting for the buyer asked (我问第三次了, 帮您问第二遍). */
const SELF_BEFORE = new Set([...n('我们帮替给为')])
const AGENT_NAMES = ['小妹', '小二', '客服'].map(n)
const ASK_GAP = 4
const CI_CODE = n('次').charCodeAt(0)
const BIAN_CODE = n('遍').charCodeAt(0)
const TOLD_REACH = 8
const LONGEST_REPEAT = 6
const LONGEST_RESIGN = 4
const LONGEST_DARE = 2
const YAO_CODE = n('要').charCodeAt(0)
/** 这点色差也要退: at most this many characters between 这 and 也要 (PETTY_REACH less 这 and 也). */
const PETTY_GATE = 5
const ALSO = new Set([...n('也都')])
const THIS = n('这')
/** 这点色差也要退: how far back the 这 of the small thing may stand. */
const PETTY_REACH = 6
/** After 这: what makes it "this little thing" (这点, 这么点, 这种) rather than an item (这件也要退吗). */
const SMALL = ['么点', '么小', '点', '种'].map(n)
/** What the buyer is mocked for wanting over it: 退, 换, 问, 投诉, 计较 (not 说明: 这个也要说明一下). */
const PETTY_VERBS = ['投诉', '计较', '差评', '较真', '退', '换', '问', '催', '赔', '闹', '找'].map(n)

/**
 * When findPatterns can find something: 就, 爱, 次 or 遍, or 这 … 也要/都要 within a few characters
 * (petty). 要 alone is too common a character to run the scan for, and the scan on a reply
 * turns off the engine's early exit for replies without a phrase hit.
 */
export const PATTERN_CHARS = new RegExp(`[${JIU}${AI}${n('次')}${n('遍')}]|${n('这')}[^,.!?;]{0,${PETTY_GATE}}[${n('也都')}]${n('要')}|${SELF}`)

/**
 * Only the counts of telling and asking (跟您说三遍了, 问第五遍了), for blame-customer: the same
 * construction reproaches the buyer for not listening. Visits only 次 and 遍.
 */
export const TOLD_CHARS = new RegExp(`[${n('次')}${n('遍')}]`)
export function findTold(text: string): PatternHit[] {
  const out: PatternHit[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== CI_CODE && c !== BIAN_CODE) continue
    const hit = toldAt(text, i)
    if (hit) out.push(hit)
  }
  return out
}

const ZI_CODE = SELF.charCodeAt(0)
/** Before a handed-back 自己, only the buyer's address, 那 and a modal of obligation (那您自己…, 你得自己…). */
const HAND_HEAD = new Set([...n('那您你亲就得还是')])
const HAND_HEAD_MAX = 3
/** Right after 自己: a motion or order word before the verb (自己去…, 自己再找找, 自己先试). */
const HAND_LEAD = new Set([...n('去再先来多')])
/** Closing the handed-back clause: particles and 一下 (自己整呗, 自己弄一下吧). */
const HAND_TAIL = new Set([...n('呗吧嘛啊呀哈咯啦喽哦')])
/**
 * What makes the clause a description, an ability, a choice, a past act or a question rather than a job
 * handed back: 自己装很简单的, 自己能装, 自己选吧 (choice, its own entry), 你自己揀錯尺碼 (blame), 自己买的吗,
 * 自己不用管; and judging left to the buyer (您自己对比一下, 自己再看看订单, 您自己掂量), which is advice or
 * a pointer of its own entries, not a job handed back.
 */
const HAND_STOP = new Set([...n('很也都能会可的了过着是不没吗么呢选挑定想要喜爱用就好错看比掂虑酌衡判')])
const HAND_MAX = 8
const HUI = n('会')
const TRY_TAIL = ['看一下', '看看', '看下'].map(n)
/** cu37: "then you'll know" closing the handed-back job (自己量一下就知道了). */
const KNOW_TAIL = ['就知道了', '就知道', '就清楚了', '就明白了', '就有数了'].map(n)
const YI = n('一')

/** cu36 (BQ): 上楼自己搬 / 剩下的您自己装 — a stage word (class handback.stage), maybe the buyer, opening the clause before 自己: its start. */
const STAGE = classWords('handback.stage', 'rules/curt-reply/patterns.ts').map(n).sort((a, b) => b.length - a.length)
const STAGE_YOU = ['您', '你', '就', '您就', '你就'].map(n)
function stageOpens(text: string, i: number): number | undefined {
  const you = STAGE_YOU.find((w) => text.startsWith(w, i - w.length))
  const at = i - (you?.length ?? 0)
  const w = STAGE.find((s) => at >= s.length && text.startsWith(s, at - s.length))
  if (!w) return undefined
  const h = at - w.length
  return h === 0 || !hanRun(text, h - 1, h) ? h : undefined
}
/** 自己整呗 / 那您自己再找找吧 / 自己去医院查 at 自 (index i): the clause opened by it, a bare imperative. */
function handBackAt(text: string, i: number): PatternHit | undefined {
  if (!text.startsWith(SELF, i)) return undefined
  // The clause is the run of ideographs around 自己 (punctuation, spaces, Latin words and emoji end it).
  // cu36: …or opened by the place or step the service stops at (上楼自己搬, 剩下的自己装; class handback.stage).
  let h = stageOpens(text, i) ?? i
  if (h === i) {
    while (h > 0 && hanRun(text, h - 1, h) && i - h <= HAND_HEAD_MAX) h--
    if ((h > 0 && hanRun(text, h - 1, h)) || i - h > HAND_HEAD_MAX) return undefined
    for (let k = h; k < i; k++) if (!HAND_HEAD.has(text[k]!)) return undefined
  }
  let e = i + SELF.length
  while (e < text.length && hanRun(text, e, e + 1)) e++
  let body = e
  while (body > i + SELF.length && HAND_TAIL.has(text[body - 1]!)) body--
  let from = i + SELF.length
  while (from < body && HAND_LEAD.has(text[from]!)) from++
  // cu35: a trailing 看看 / 看一下 after a verb is "try it" (重新配对看看), not the buyer left to judge (自己再看看).
  const tried = TRY_TAIL.find((t) => body - from > t.length + 1 && text.startsWith(t, body - t.length))
  if (tried) body -= tried.length
  // cu37: …and "then you'll know" after the job (自己量一下就知道了, 您自己试试就清楚了): the answer thrown back with the job.
  const known = !tried ? KNOW_TAIL.find((t) => body - from > t.length && text.startsWith(t, body - t.length)) : undefined
  if (known) body -= known.length
  if (from >= body || body - from > HAND_MAX || !hanRun(text, from, body)) return undefined
  // cu35: 一会(儿) is a while (您自己再多泡一会儿), not the modal 会 of an ability.
  for (let k = from; k < body; k++) if (HAND_STOP.has(text[k]!) && !(text[k] === HUI && text[k - 1] === YI)) return undefined
  return { kind: 'handBack', start: h, end: body + (tried?.length ?? 0) + (known?.length ?? 0) }
}

/**
 * cu31: the buyer's own small fix as all it takes (坏果自己挑出来扔掉就行; 镜框松了您自己拧一下就好了; sets AY, AO): the clause of 自己
 * may open with the trouble named (a few ideographs, no agent, no modal), and ends in 就行 / 就好 / 就可以 / 即可 (了). judge.ts
 * reads it only against a complaint (or short, with none), like a job handed back.
 */
const FIX_HEAD_MAX = 6
const FIX_HEAD_STOP = new Set([...n('我们小妹可能会不没也都要想如假是吗')])
const FIX_BODY_STOP = new Set([...n('很能会可不没吗么呢过的是注定选想要喜爱看比掂虑酌衡判决')])
const FIX_END = [n('就行了'), n('就好了'), n('就可以了'), n('就行'), n('就好'), n('就可以'), n('即可')]
function fixSelfAt(text: string, i: number): PatternHit | undefined {
  if (!text.startsWith(SELF, i)) return undefined
  let h = i
  while (h > 0 && hanRun(text, h - 1, h) && i - h < FIX_HEAD_MAX) h--
  if (h > 0 && hanRun(text, h - 1, h)) return undefined
  for (let k = h; k < i; k++) if (FIX_HEAD_STOP.has(text[k]!)) return undefined
  let e = i + SELF.length
  while (e < text.length && hanRun(text, e, e + 1)) e++
  let body = e
  while (body > i + SELF.length && HAND_TAIL.has(text[body - 1]!)) body--
  const tail = FIX_END.find((t) => text.startsWith(t, body - t.length))
  if (!tail) return undefined
  const from = i + SELF.length
  const verbEnd = body - tail.length
  if (verbEnd - from < 1 || verbEnd - from > HAND_MAX) return undefined
  for (let k = from; k < verbEnd; k++) if (FIX_BODY_STOP.has(text[k]!)) return undefined
  return { kind: 'fixSelf', start: h, end: body }
}

/** A non-empty run of ideographs wholly inside the text. */

const hanRun = (text: string, from: number, to: number) => from >= 0 && to <= text.length && from < to && allHan(text, from, to)

export function findPatterns(text: string): PatternHit[] {
  const out: PatternHit[] = []
  for (let i = 0; i < text.length; i++) {
    // Code units, not one-character strings: this visits every character of every reply.
    const c = text.charCodeAt(i)
    const hit =
      c === JIU_CODE
        ? text[i + 1] === SHI
          ? repeatAt(text, i)
          : (resignAt(text, i) ?? repeatAt(text, i, 1))
        : c === AI_CODE
          ? dareAt(text, i)
          : c === CI_CODE || c === BIAN_CODE
            ? toldAt(text, i)
            : c === YAO_CODE
              ? pettyAt(text, i)
              : c === ZI_CODE
                ? (handBackAt(text, i) ?? fixSelfAt(text, i))
                : undefined
    if (hit) {
      out.push(hit)
      i = hit.end - 1
    }
  }
  return out
}

/**
 * cu35: a finished act restated as the whole reason (拆了就是拆了, 过期了就是过期了, 开了封就是开了封): with 就是, A may
 * also be a verb phrase holding 了 / 过 after its first character — not after a condition in its clause (如果签收了就是签收了 explains a rule),
 * not asked (…就是拆了吗), and not when the second A modifies a noun after 的 (开了封就是开了封的价格 names a price tier).
 */
const DONE_IF = ['如果', '要是', '只要', '假如', '若是', '一旦'].map(n)
const DONE_ASKED = new Set([...n('吗么嘛?')])
/**
 * mendC31: how far back in the run of ideographs before A a condition may open it (如果您那边已经签收了就是签收了). Bounded: the walk
 * to the run's start was quadratic on a long unpunctuated reply ('拆了就是'.repeat(n): every 就是 walked back over all of it).
 */
const DONE_IF_REACH = 10
const DE = n('的')
function doneRestated(text: string, a: number, i: number, link: number): boolean {
  // 了 / 过 after the verb, at the end or before its object (拆了就是拆了, 开了封就是开了封).
  if (link !== 2 || i - a < 2) return false
  let done = false
  for (let k = a + 1; k < i; k++) if (ASPECT.has(text[k]!)) done = true
  if (!done) return false
  const after = i + link + (i - a)
  if (DONE_ASKED.has(text[after] ?? '')) return false
  // mendC31: 开了封就是开了封的价格 / 用过的就是用过的成色 — 的 and a word after it: the second A modifies a noun, nothing is
  // restated (的 closing it, or a particle after 的, still restates: 拆了就是拆了的呢).
  const de = text[after] === DE ? after + 1 : text[after - 1] === DE ? after : -1
  if (de >= 0 && isHanAt(text, de) && !CLAUSE_TAIL.has(text[de]!)) return false
  let c = a
  while (c > 0 && a - c < DONE_IF_REACH && hanRun(text, c - 1, c)) c--
  const head = text.slice(c, a)
  return !DONE_IF.some((w) => head.includes(w))
}

/** A就是A (link 就是) or A就A (link 就) at 就 (index i), longest A first. */
function repeatAt(text: string, i: number, link = 2): PatternHit | undefined {
  for (let len = LONGEST_REPEAT; len >= 1; len--) {
    const a = i - len
    if (!hanRun(text, a, i)) continue
    if (!(link === 1 ? NONE : NEGATORS).has(text[a]!) && !doneRestated(text, a, i, link)) continue
    if (!text.startsWith(text.slice(a, i), i + link)) continue
    let start = a
    const said = SAID.find((w) => text.startsWith(w, a - w.length))
    if (said) start -= said.length
    const hit: PatternHit = { kind: 'repeat', start, end: i + link + len }
    if (!(link === 1 ? NONE : NEGATORS).has(text[a]!)) hit.done = true
    return hit
  }
  return undefined
}

/** A就A吧, 爱A就A or 怎么A就怎么A at 就 (index i); a bare 想退就退 is an offer, not resignation. */
function resignAt(text: string, i: number): PatternHit | undefined {
  for (let len = LONGEST_RESIGN; len >= 1; len--) {
    const a = i - len
    if (!hanRun(text, a, i) || !text.startsWith(text.slice(a, i), i + 1)) continue
    // 慢就慢点呗 / 贵就贵些吧: a degree word may stand before the closing particle.
    const degree = RESIGN_DEGREE.has(text[i + 1 + len] ?? '') && RESIGN_END.has(text[i + 2 + len] ?? '') ? 1 : 0
    const closed = RESIGN_END.has(text[i + 1 + len + degree] ?? '')
    const dared = text[a - 1] === AI
    // 怎么办就怎么办: "whatever", not one thing allowed.
    const whatever = WHATEVER.some((w) => text.startsWith(w, a))
    // 要买就买 / 要拍就拍: take it or leave it (想退就退 offers; 要 before the verb dares).
    // 要买就买日本的 / 要拍就拍大一码: an object after it says which to buy, advice, not a dare (set S).
    const takeIt = len <= 2 && text[a - 1] === YAO && BUY.includes(text.slice(a, i)) && !namesWhich(text, i + 1 + len)
    if (!closed && !dared && !whatever && !takeIt) continue
    return { kind: 'resign', start: dared || takeIt ? a - 1 : a, end: i + 1 + len + degree + (closed ? 1 : 0) }
  }
  return undefined
}

/** After 要买就买: a han character that is not a closing particle names what to buy. */
function namesWhich(text: string, at: number): boolean {
  const c = text[at] ?? ''
  return hanRun(text, at, at + 1) && !RESIGN_END.has(c) && !TAKE_IT_END.has(c)
}

/** 爱A不A at 爱 (index i). */
function dareAt(text: string, i: number): PatternHit | undefined {
  if (i > 0 && AI_COMPOUND.has(text[i - 1]!)) return undefined
  for (let len = LONGEST_DARE; len >= 1; len--) {
    const a = i + 1
    if (!hanRun(text, a, a + len) || text.slice(a, a + len).includes(BU)) continue
    if (text[a + len] !== BU || !text.startsWith(text.slice(a, a + len), a + len + 1)) continue
    return { kind: 'dare', start: i, end: a + 2 * len + 1 }
  }
  return undefined
}

/** 这[点X|么点X|种X](也|都)要 VERB at 要 (index i). */
function pettyAt(text: string, i: number): PatternHit | undefined {
  if (!ALSO.has(text[i - 1] ?? '')) return undefined
  const verb = PETTY_VERBS.find((w) => text.startsWith(w, i + 1))
  if (!verb) return undefined
  for (let k = i - 2; k >= Math.max(0, i - 1 - PETTY_REACH); k--) {
    if (text[k] !== THIS) continue
    // 这也要退 directly, or 这点色差也要退 through a word of smallness; all ideographs between.
    if (k !== i - 2 && !(SMALL.some((w) => text.startsWith(w, k + 1)) && hanRun(text, k, i))) return undefined
    return { kind: 'petty', start: k, end: i + 1 + verb.length }
  }
  return undefined
}

const endingAt = (text: string, at: number, words: readonly string[]) => words.find((w) => at >= w.length && text.startsWith(w, at - w.length))

/**
 * VERB [了|过] [你|您] COUNT (次|遍) ending at 次/遍 (index i): 跟您说过好几次, 回答你三遍, 你问几遍了.
 * 问 counts only with the buyer as its subject (你问几遍了, not 我问了好几次仓库); a telling verb
 * not when the buyer said it (您说了好几遍) or someone else was told (跟仓库说了好几次).
 */
function toldAt(text: string, i: number): PatternHit | undefined {
  const count = endingAt(text, i, COUNTS)
  let j = i - (count?.length ?? 0)
  // A number written in digits: 说了3遍 (normalised digits are ASCII).
  if (!count) while (j > 0 && text.charCodeAt(j - 1) >= 0x30 && text.charCodeAt(j - 1) <= 0x39) j--
  if (j === i) return undefined
  // 问了八百遍 / 说了一百次: the whole numeral; 问第五次: an ordinal.
  while (j > 0 && NUMERALS.has(text[j - 1]!) && i - j < TOLD_REACH) j--
  const ordinal = text[j - 1] === ORDINAL
  if (ordinal) j--
  const you = endingAt(text, j, YOU)
  if (you) j -= you.length
  if (ASPECT.has(text[j - 1] ?? '')) j--
  const tell = endingAt(text, j, TELL)
  if (tell) {
    const start = j - tell.length
    const before = text.slice(Math.max(0, start - NEGATE_REACH), start)
    if (NEGATED.some((w) => before.includes(w))) return undefined
    if (endingAt(text, start, YOU) && !TO.has(text[start - 2] ?? '')) return undefined
    for (let k = start - 1; k >= Math.max(0, start - TOLD_REACH); k--) {
      if (!TO.has(text[k]!)) continue
      if (!YOU.includes(text[k + 1]!)) return undefined
      break
    }
    return { kind: 'told', start, end: i + 1 }
  }
  if (text[j - 1] !== ASK) return undefined
  // 你到底要问几次: a few adverbs may stand between the buyer and 问.
  let s = j - 1
  while (s > j - 1 - ASK_GAP && ASK_ADVERBS.has(text[s - 1] ?? '')) s--
  const subject = endingAt(text, s, YOU)
  // 今天问第五遍了: an ordinal count of asking needs no subject; it is the buyer's unless the agent
  // (我问第三次了, 小妹问第二遍) or a helper stands right before 问.
  if (!subject && ordinal && !SELF_BEFORE.has(text[s - 1] ?? '') && !endingAt(text, s, AGENT_NAMES)) return { kind: 'told', start: s, end: i + 1 }
  if (!subject || HELPER.has(text[s - subject.length - 1] ?? '')) return undefined
  return { kind: 'told', start: s - subject.length, end: i + 1 }
}
