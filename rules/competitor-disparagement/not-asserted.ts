import { isMention } from '../../src/context/mention.js'
import { clauseStart, sentenceStart } from '../../src/context/text.js'
import { normalizePhrase } from '../../src/normalize/normalize.js'

/**
 * A predicate the shop does not assert.
 * - The buyer's (or someone's) words reported before it in its clause: 您说别家是假货，这个我们不好评价.
 *   说 + 的 is a determiner (你说的那家影楼…全是网图盗的: the shop's own claim), so it does not count.
 * - The predicate inside quotation marks: 您说的“别家都是假的”我们不做评论.
 * - An A-not-A question on it: 别家的噪音大不大我们不清楚.
 * - A warning right before it: 请认准官方旗舰店，谨防假冒 (the buyer warned, no seller accused).
 */
const SPEECH = ['您说', '你说', '您提到', '你提到', '您讲', '你讲', '听您说', '听你说', '买家说', '顾客说', '客户说', '有人说', '网上说', '网上有人说'].map(normalizePhrase)
const WARN = ['谨防', '小心', '当心', '警惕', '防止', '避免', '以防', '以免', '谨防买到', '小心买到', '避免买到', '防止买到', '以免买到', '注意辨别', '注意鉴别'].map(normalizePhrase)
const DE = normalizePhrase('的')
const WARN_REACH = 2
const NOT = normalizePhrase('不')

export function notAsserted(text: string, start: number, end: number): boolean {
  // An A-not-A question on the predicate (噪音大不大, 质量差不差): asked, not asserted.
  if (text[end] === NOT && end > start && text[end + 1] === text[end - 1]) return true
  const c0 = clauseStart(text, start)
  // Searches stay inside the clause and the reach before the claim: an indexOf to the end of the text per claim made a
  // long reply of many claims quadratic.
  for (const w of SPEECH) {
    const clause = text.slice(c0, start + w.length - 1)
    for (let i = clause.indexOf(w); i >= 0; i = clause.indexOf(w, i + 1)) if (text[c0 + i + w.length] !== DE) return true
  }
  // Inside quotation marks: the shared mention reading (您说的“别家都是假的”我们不做评论).
  if (isMention(text, start, end)) return true
  for (const w of WARN) {
    // The last warning word starting at or before `start`, looked for only as far back as it may stand.
    const from = Math.max(0, start - w.length - WARN_REACH)
    const i = text.slice(from, start + w.length).lastIndexOf(w, start - from)
    const at = i < 0 ? -1 : from + i
    if (at >= 0 && at + w.length <= start && start - (at + w.length) <= WARN_REACH) return true
  }
  return scamWarned(text, start)
}

/**
 * rl35 (BO 請不要相信任何要求您加LINE付款的訊息，那都是詐騙): the buyer told not to trust messages, calls or links, in the sentence before
 * the claim — a scam warning about who contacts them, no seller run down (别信那些低价店，都是奸商 trusts a seller: still a claim).
 */
function scamWarned(text: string, start: number): boolean {
  const before = text.slice(sentenceStart(text, start), start)
  for (const w of TRUST_WARN) {
    const i = before.indexOf(w)
    if (i >= 0 && CONTACT.some((c) => before.includes(c, i + w.length))) return true
  }
  return false
}
const TRUST_WARN = ['不要相信', '别相信', '请勿相信', '切勿相信', '勿相信', '不要轻信', '别轻信', '请勿轻信', '切勿轻信', '不要理会', '别理会', '请勿理会', '不要点击', '别点'].map(normalizePhrase)
const CONTACT = ['讯息', '消息', '信息', '短信', '简讯', '电话', '来电', '链接', '连结', '私信', '邮件', '陌生人', '冒充'].map(normalizePhrase)
