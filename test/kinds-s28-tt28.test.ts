import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

/**
 * Session 28, lane tt28: the turn after (LintOptions.agentAfter). Agents split one answer over several messages; a
 * short message the same turn then answers (a reason, a path, an action, the information asked) is not curt. A turn
 * that goes on only with a grunt, a closer, an apology, a hold, a can't-tell, a number, or the same bare no again leaves
 * it as curt as it was; a rude line stays rude whatever follows it. Sentences in our own words.
 */
const linter = linterFor('curt-reply')
type Case = readonly [text: string, previous: string, agentAfter: string | undefined, actual: string]
const lint = (text: string, previous: string, agentAfter: string | undefined) =>
  brief(linter.lint(text, agentAfter === undefined ? { previous } : { previous, agentAfter }).messages)

function turnKinds(flags: readonly Case[], passes: ReadonlyArray<readonly [text: string, previous: string, agentAfter: string]>) {
  it.each(flags.map((c) => [c[0], ...c]))('flags %s', (_, text, previous, agentAfter, actual) => {
    const start = text.indexOf(actual)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(lint(text, previous, agentAfter)).toEqual([{ ruleId: 'curt-reply', severity: 'warning', actual, start, end: start + actual.length }])
  })
  it.each(passes.map((p) => [p[0], ...p]))('passes %s', (_, text, previous, agentAfter) => {
    expect(lint(text, previous, agentAfter)).toEqual([])
  })
}

// 1. A short apology or a bare no, then the reason or the path in the next message of the turn.
describe('curt-reply: an apology or a no the turn goes on to explain', () => {
  turnKinds(
    [
      // The same messages with nothing after them (or no transcript): curt as before.
      ['抱歉呀', '这个杯子能换个颜色吗', undefined, '抱歉呀'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', undefined, '不可以'],
      // …or after them only an apology, a plea to be understood, a closer, a hold or the no again.
      ['抱歉呀', '这个杯子能换个颜色吗', '给您添的不便请多包涵', '抱歉呀'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', '请问还有其他可以帮您的吗', '不可以'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', '不支持的哦', '不可以'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', '稍等', '不可以'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', '不清楚呢', '不可以'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', 'https://item.example.com/123', '不可以'],
      // A can't-tell after it, whatever it is about (保证金).
      ['抱歉呀', '我的保证金什么时候退', '保证金的事我这边不清楚', '抱歉呀'],
    ],
    [
      ['抱歉呀', '这个杯子能换个颜色吗', '活动杯子的颜色是随机配的\n下单后改不了'],
      ['这个不可以哦', '帮我把快递换成顺丰吧', '这个仓库只和中通合作\n您着急的话我帮您备注加急'],
      ['不好意思亲', '怎么还没发货', '仓库这两天在盘点\n明天上午一定给您安排'],
      // A policy statement as the reason (保证金, 以…为准 inside it) is still the turn's answer.
      ['这个没办法的哦', '能不能先发货后付款', '平台规定付款后才能出库，货到付款的商品页面上会写明'],
      // The shop owning its slip, a condition, advice (最好), a product name: each is the turn's answer.
      ['抱歉亲', '怎么少发了一个', '是我们仓库漏发了，马上给您补寄'],
      ['不可以的哦', '帮我改个地址吧', '如果还没出库的话我可以帮您拦截重新下单'],
      ['抱歉呀', '这个杯子能换个颜色吗', '最好是先申请退款，再拍您想要的颜色'],
      ['这个没办法哦', '杯盖能拆下来洗吗', '金刚系列的杯盖是一体的，整个放进水里冲洗就行'],
    ],
  )
})

// 2. A grunt or an acknowledgement, then the action or the information: the turn took the request in.
describe('curt-reply: a grunt the turn follows with the act or the answer', () => {
  turnKinds(
    [
      ['嗯嗯', '快点帮我催一下快递', undefined, '嗯嗯'],
      ['嗯嗯', '快点帮我催一下快递', '好的呢', '嗯嗯'],
      ['嗯嗯', '快点帮我催一下快递', '亲亲\n请问还有什么可以帮到您', '嗯嗯'],
      ['好的', '东西坏了你们管不管', '网络有点慢', '好的'],
      // A face (an emoji code) after it says nothing either.
      ['嗯嗯', '快点帮我催一下快递', '#E-s12', '嗯嗯'],
    ],
    [
      ['嗯嗯', '快点帮我催一下快递', '已经给配送站留言催了\n今天下午会给您送过去'],
      ['好的', '东西坏了你们管不管', '您拍个照片发过来\n我这边给您登记换新'],
      ['是的', '退款退到哪里', '原路退回到您付款的银行卡'],
      ['嗯嗯', '快点帮我催一下快递', '到站后第一时间给您派送#E-s12'],
    ],
  )
})

// 3. What the turn cannot clear: a rude line is rude whatever follows; a mention is no brush-off anyway.
describe('curt-reply: rudeness is not cleared by the rest of the turn', () => {
  turnKinds(
    [['爱买不买', '能便宜点吗', '这个价已经是活动价了', '爱买不买']],
    [
      ['您说的“不知道”是哪位同事回的呢', '你们客服说不知道', '我这边帮您反馈给主管处理'],
      ['最近', '最近发货快吗', '最近仓库正常发货，一般两天到'],
    ],
  )
})
