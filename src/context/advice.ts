import { clauseStart } from './text.js'

/**
 * Advice to the customer rather than a promise by the shop: 请您一定要在签收前检查,
 * 一定要检查包裹, 您最好先量一下. The shop as subject (我们一定要…) is not advice.
 */
const SHOP_SUBJECT = ['我', '咱', '本店', '小店', '店里', '仓库', '客服']
const ASKING = ['请', '建议', '麻烦', '记得', '务必']
const ADDRESSEE = ['您', '你', '亲']
const ADVICE_AFTER = ['要', '记得', '记住', '注意', '先', '提前', '在']
/** promise40: the buyer's first step of asking, trying or checking after 一定 (一定先问问医生, 一定先试用). */
const FIRST_STEP = /^先(?:问|咨询|询问|试|测|做个|做一下|局部|在耳后|看看|看一下|量|检查|确认|核对|了解|停用)/u

/** 请 ending another word (申请, 邀请, 聘请: 价保申请肯定能通过) asks the customer nothing. */
const NOT_PLEASE_BEFORE = new Set(['申', '邀', '聘', '宴'])
function asks(before: string, w: string): boolean {
  for (let i = before.indexOf(w); i >= 0; i = before.indexOf(w, i + 1)) {
    if (w !== '请' || !NOT_PLEASE_BEFORE.has(before[i - 1] ?? '')) return true
  }
  return false
}

export function isAdvice(text: string, start: number, end: number): boolean {
  const before = text.slice(clauseStart(text, start), start)
  if (SHOP_SUBJECT.some((w) => before.includes(w))) return false
  if (ASKING.some((w) => asks(before, w))) return true
  // 一定要/一定记得 with nobody from the shop as subject tells the customer what to do
  // (收到后一定要先检查); 一定先… needs the customer addressed (您一定先量一下).
  const after = text.slice(end, end + 2)
  if (['要', '记得', '记住', '注意'].some((w) => after.startsWith(w))) return true
  if (!ADVICE_AFTER.some((w) => after.startsWith(w))) return false
  // promise40: 一定先 + a step of asking, trying or checking (有基础病的一定先问问医生, 敏感肌一定先在耳后试用): the step is the
  // buyer's, whoever is named before it (para-ae3's "一定要 / 务必 as advice to the buyer").
  if (FIRST_STEP.test(text.slice(end, end + 4))) return true
  return before.trim() === '' || ADDRESSEE.some((w) => before.includes(w))
}
