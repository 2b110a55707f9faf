import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Thirteenth session, lane rt16: the classes every real-traffic reviewer of JD replies underlines.
 * - absolute-promise: a deadline fixed for another department or party (a specialist's call-back, or any act
 *   after the case was escalated), rules/absolute-promise/commitment.yaml;
 * - curt-reply: a template-only reply read against the customer's turn (turns.yaml): degree adverbs and speed-up
 *   chasers enumerated, 放心 as a bare acknowledgement, an apology for the buyer's time, an apology to an open question.
 * Replies in our own words.
 */

describe('absolute-promise: a time-bound commitment another department must keep', () => {
  // Twenty-second session: reported at info since (the domain brief's "borderline: the shop's own action, low severity").
  // The first real corpus's reviewers upheld all 40 such flags, the third corpus's reviewer none of 34, and five blind
  // authors wrote them as clean; the finding stays, as advice, with its hedged rewrite.
  checkKinds(
    'absolute-promise',
    [
      ['已为您升级到售后专员，专员会在24小时内给您回电', undefined, '会在24小时内给您回电', 'info'],
      ['这个需要技术同事确认，我已提交，技术明天上午十点前致电您', undefined, '明天上午十点前致电', 'info'],
      ['问题已升级处理，三个工作日内会有专员联系您', undefined, '三个工作日内会有专员联系', 'info'],
      // Traditional script, read through the normalised text.
      ['已幫您升級專員，專員會在48小時內回電', undefined, '會在48小時內回電', 'info'],
      ['站点那边我已经反馈了，师傅两小时内给您回电话', undefined, '两小时内给您回电话', 'info'],
      // After an escalation any act of the higher tier is theirs to keep.
      ['工单已经升级给主管了，主管今晚八点前给您答复', undefined, '今晚八点前给您答复', 'info'],
      // 保证金 elsewhere in the reply changes nothing.
      ['已为您升级，需要交保证金吗？专员会在24小时内给您回电', undefined, '会在24小时内给您回电', 'info'],
    ],
    [
      // Hedged estimates.
      ['已为您升级到售后专员，专员预计会在24小时内给您回电'],
      ['已升级处理，一般两个工作日内会有专员联系您'],
      ['已提交站点，正常情况下两小时内会给您回电'],
      // The shop's own act.
      ['小妹明天上午给您回电哦'],
      ['我这边两小时内给您回电'],
      // Platform policy timelines.
      ['退款审核通过后，储蓄卡3到7个工作日到账'],
      ['16点前提交的服务单，当天会有专员联系您'],
      ['财务会在两个工作日内审核您的发票申请'],
      // Effort commitments.
      ['我们会尽快催促专员给您回电'],
      ['升级后专员会第一时间给您回电'],
      // Advice to the buyer, a question, a quotation, the past.
      ['请您在三天内致电站点预约'],
      ['专员会在24小时内给您回电吗？'],
      ['您说的“24小时内回电”是哪位专员说的？'],
      ['专员今天已经回电了'],
      // A follow-up by contact, not escalated: how the written sets' authors phrase good service.
      ['售后专员会在24小时内联系您'],
      ['半小时内回复您，请稍等'],
    ],
  )

  it('suggests a hedged rewrite that lints clean', () => {
    const linter = linterFor('absolute-promise')
    const text = '已为您升级到售后专员，专员会在24小时内给您回电'
    const [m] = linter.lint(text).messages
    expect(m?.message).toContain('专员预计会在24小时内给您回电')
    expect(m?.expected).toEqual(['预计会在24小时内给您回电'])
    const rewritten = text.slice(0, m!.start) + m!.expected[0] + text.slice(m!.end)
    expect(linter.lint(rewritten).messages).toEqual([])
  })
})

describe('curt-reply: templates only, read against the customer turn (rt16 classes)', () => {
  checkKinds(
    'curt-reply',
    [
      // 放心 is an acknowledgement: nothing done about a complaint (速度真的慢: degree adverb 真的).
      ['好的呢 您放心', '物流速度真的慢', '好的呢', 'warning'],
      // A closing formula to a chaser asking to speed it up.
      ['请问还有其他可以帮到您的吗', '好的，那麻烦帮忙加急一下', '请问还有其他可以帮到您的吗', 'warning'],
      // An apology alone to an open question.
      ['非常抱歉给您带来不便', '我的发票到底要去哪里下载？', '非常抱歉给您带来不便', 'warning'],
      // Sorry for the buyer's time, and nothing else, to a complaint.
      ['真的很抱歉耽误您的时间', '都三天了还没发货，你们效率也太低了', '真的很抱歉耽误您的时间', 'warning'],
      // A question mark followed by dots still asks.
      ['请问还有其他可以帮到您的吗', '检测完了吗? ……', '请问还有其他可以帮到您的吗', 'warning'],
    ],
    [
      // A reassurance with a step.
      ['您放心，我这就帮您催仓库', '物流速度真的慢'],
      // cr28: moved from the flags. The lead's convention of session 28: a short apology (给您带来不便了) to a complaint or lament
      // that asks nothing answers the feeling; this buyer only laments the freight (the real corpora CSDS and ASAP agree).
      ['给您带来不便，还请您多多包涵', '这也太坑了吧，运费比东西还贵'],
      // 好的 您放心 takes a request to chase in.
      ['好的 您放心', '麻烦帮我催一下财务'],
      // Answering thanks or a goodbye with a closing line.
      ['不客气，请问还有其他可以帮到您的吗', '好的 谢谢你'],
      ['再见，祝您生活愉快', '没有了 拜拜'],
      // A closing line after a real answer.
      ['您的发票在订单详情页就可以下载哦，请问还有其他可以帮到您的吗', '发票在哪里下载？'],
      // An apology with the remedy.
      ['非常抱歉给您带来不便，我马上帮您补发', '少发了一件'],
      ['抱歉耽误您的时间了，地址已经帮您改好了', '帮我改下地址'],
      // Praise is no complaint.
      ['嗯嗯 您放心', '东西收到了，挺好的'],
    ],
  )
})
