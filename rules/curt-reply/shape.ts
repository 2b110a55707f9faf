/**
 * Phrases whose shape the lexicon cannot hold alone (跟我们没关系, 不归…管, 关我什么事, 你去找他), and who said a thing so often or
 * pushed a trial on the buyer (toldByOther, trialPushed).
 */
import type { Finding, LintContext } from '../../src/types.js'
import { clauseEnd, clauseHead, clauseStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'
import { lastCue } from '../../src/context/cues.js'
import { SELF } from './patterns.js'
import { shirkToParty } from './party.js'
import { classWords } from '../../src/vocab/index.js'

/** 跟我们也没关系: only adverbs between the shop and 没关系 (not 跟我说没关系). */
const OURS_GAP = new Set([...normalizePhrase('都也可真的完全根本是一点并毫')])
const OURS_REACH = 3
/** 不归我们客服管: the 管 that closes 不归. */
const GUAN_REACH = 8
const GUAN = ['管', '负责'].map(normalizePhrase)
/** 关我们(壳)什么事: the question that closes 关我. */
const BUSINESS_REACH = 6
const BUSINESS = ['什么事', '啥事', '屁事', '咩事', '什么关系', '啥关系'].map(normalizePhrase)
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
const PRONOUNS = new Set(classWords('party.pronoun', 'rules/curt-reply/shape.ts').map((w) => normalizePhrase(w)))
/** cu30: 自己 in the pronoun's clause before it (您自己联系他, 你自己去找她): the buyer is to do it alone. */
function selfSent(text: string, at: number): boolean {
  return text.slice(clauseStart(text, at), at).includes(SELF)
}
export function shaped(f: Finding, ctx: LintContext): Finding | null {
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
 * cu33: 主播说了三遍是预售 / 团长群里说了三遍 / 直播间讲了好几遍: the one who said it so often is a third party, so the count
 * reproaches the buyer for not listening (blame-customer's), it is not the agent's own impatience. Every such reply in the pool is
 * labelled blame only (sets P, Q, S, U, AG, AI, AW, AZ, BD).
 * mendA29: a person (class teller.other) anywhere earlier in the clause (主播昨天说了三遍); a place (class teller.place) only with
 * no agent subject before it in the clause (我在群里说了好几遍了 is the agent's own repetition). Bounded by the clause and TELL_REACH.
 */
const tellers = (name: string) => classWords(name, 'rules/curt-reply/shape.ts').map((w) => normalizePhrase(w))
const TELLER_PERSONS = tellers('teller.other')
const TELLER_PLACES = tellers('teller.place')
const AGENT_SUBJECTS = ['subject.shop', 'subject.agent', 'subject.agent.homophone'].flatMap(tellers)
const TELL_REACH = 16
const TRIALS = tellers('trial.pushed')
/** A trial pushed onto the buyer earlier in the clause of `at` (at most TELL_REACH back): 您自己尝尝不就知道了, 拍了不就知道了. */
export function trialPushed(text: string, at: number): boolean {
  const head = clauseHead(text, at, TELL_REACH)
  return TRIALS.some((w) => head.includes(w))
}
export function toldByOther(text: string, at: number): boolean {
  const head = clauseHead(text, at, TELL_REACH)
  if (TELLER_PERSONS.some((w) => head.includes(w))) return true
  const place = Math.min(...TELLER_PLACES.map((w) => head.indexOf(w)).filter((i) => i >= 0))
  if (!Number.isFinite(place)) return false
  const before = head.slice(0, place)
  return !AGENT_SUBJECTS.some((w) => before.includes(w))
}

/**
 * cu37: the way told as a menu path — a tap or open word, then at least two steps joined by a dash, an arrow or 》
 * (点击我的-客户服务-发票, 进入 我的>订单>申请售后, 打开APP→设置→账户): the buyer is shown where to go, step by step.
 */
const MENU_PATH = /(?:点击|点开|点进|点选|进入|打开|选择|依次点|找到)[^，。,.!?！？；;\n]{0,14}?(?:\s*[-－—>＞→》]+\s*[^，。,.!?！？；;\n\-－—>＞→》]{1,14}){2,}/u
export const menuPath = (text: string): boolean => MENU_PATH.test(text)
