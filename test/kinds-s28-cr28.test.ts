import { describe, expect, it } from 'vitest'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 28, lane cr28: curt-reply read against what the customer's message DOES (rules/curt-reply/heard.ts, heard.yaml),
 * from the false alarms of the four real corpora (CSDS, ASAP, JDDCRec, JDDC). Each kind in our own words, with the traps
 * that must stay flagged.
 */

// 1. A listening cue: an acknowledgement to a statement that neither complains, asks nor requests. A service word reported
//    as done (已经申请了换货) or named as a fact (这是送的) asks for nothing; a topic announced (想咨询一下…的事情) asks nothing yet.
//    To a complaint, a question, a request or a message cut mid-clause it stays curt.
describe('curt-reply: an acknowledgement to a plain statement is a listening cue', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '我刚下单的裙子到现在都没发货', '嗯嗯', 'warning'],
      ['嗯', '帮我把收货地址改成公司的', '嗯', 'warning'],
      ['嗯嗯', '那就给我换个大一号的吧', '嗯嗯', 'warning'],
      ['嗯嗯', '这个保温杯能装多少毫升', '嗯嗯', 'warning'],
      // cut where the source stopped: what followed may ask.
      ['嗯嗯', '上周买的两件外套已经申请了换货，快递员今天上门取件的时候跟我说', '嗯嗯', 'warning'],
      ['哦', undefined, '哦', 'warning'],
      // a damage reported outside the complaint class is still a trouble.
      ['哦', '搬家师傅把我的柜门撞掉了一块', '哦', 'warning'],
    ],
    [
      ['嗯嗯', '我已经在页面上提交了换货申请'],
      ['嗯呢', '我昨天把退货寄回去了'],
      ['嗯嗯', '我想咨询一下开收据的事情'],
      ['哦哦', '这条围巾是店里附带的'],
      ['看到了', '我前天把发票信息填好了'],
    ],
  )
})

// 2. A soft no to a can-question about what is possible or allowed (积分能抵运费吗): it answers. A favour (帮我, 便宜点,
//    改一下), a can-question negated or asked why (为什么不能…) presses for the favour: the bare no stays curt.
describe('curt-reply: a soft no to a question about what is possible', () => {
  checkKinds(
    'curt-reply',
    [
      ['不可以的哦', '能帮我把颜色换成白的吗', '不可以', 'warning'],
      ['不行哦', '能再便宜二十块吗', '不行', 'warning'],
      ['不可以的哦', '为什么不能直接退到银行卡', '不可以', 'warning'],
      // after a trouble the can-question asks for the remedy.
      ['这个商品不支持换货哦', '鞋子太挤脚了，能换成大一码的吗', '这个商品不支持换货哦', 'warning'],
    ],
    [
      ['不可以的哦', '积分能抵运费吗'],
      ['这个不支持的呢', '发票抬头能不能写成个人'],
      ['不可以的亲', '我可以同时用两张优惠券吗'],
      // The agent's own phone asked for: declining it is the rule.
      ['这个不可以呢', '那你留个电话吧，有事好找你'],
      // V不C echoing the can-question asked.
      ['这边看不到哦', '我下的单能看到物流轨迹了吗'],
    ],
  )
})

// 3. A short apology to a lament that asks nothing and wants no remedy answers the feeling. To a question, a trouble that
//    wants a remedy (碎了, 没收到) or a complaint about a person's conduct it is still the whole of nothing.
describe('curt-reply: an apology to a lament', () => {
  checkKinds(
    'curt-reply',
    [
      ['非常抱歉', '收到的杯子碎了一个', '非常抱歉', 'warning'],
      ['非常抱歉', '为什么等了五天还没发货', '非常抱歉', 'warning'],
      ['非常抱歉', '送货的师傅态度太差了', '非常抱歉', 'warning'],
    ],
    [
      ['非常抱歉', '等了这么久，真让人失望'],
      ['给您带来不便了', '这次的快递也太慢了'],
    ],
  )
})

// 4. The buyer lets the matter go (算了，回头再买; 就是随便问问): a closer or an apology ends the chat as asked. A closer to a
//    question stays curt.
describe('curt-reply: a closer after the buyer lets it go', () => {
  checkKinds(
    'curt-reply',
    [['请问还有其他可以帮到您的吗', '我这个订单什么时候能发货', '请问还有其他可以帮到您的吗', 'warning']],
    [
      ['请问还有其他可以帮到您的吗', '那算了，回头再买吧'],
      ['给您带来不便，还请您见谅', '好吧，我就是随便问问而已'],
    ],
  )
})

// 5. A message cut in its last clause where a can-word stands (…用起来有点漏气，能): the question it went on to; a yes answers it.
describe('curt-reply: a message cut at its can-word', () => {
  checkKinds(
    'curt-reply',
    [['可以的呢', '电饭煲用了三天就漏气了', '可以的呢', 'warning']],
    [['可以的呢', '上个月在你们店买的电饭煲用起来有点漏气了，想问问能']],
  )
})

// 6. A reason or a way given earlier in the same turn (agentBefore) explains the bare refusal after it; an apology, a rigid
//    以…为准 or the same refusal before it does not.
describe('curt-reply: a reason given earlier in the turn', () => {
  const linter = linterFor('curt-reply')
  const lint = (text: string, previous: string, agentBefore: string) => brief(linter.lint(text, { previous, agentBefore }).messages)
  it.each([
    ['现在改不了了呢', '尺码要改成大号', '包裹上午已经出库了'],
    ['无法修改的哦', '能把赠品换个颜色吗', '活动赠品的款式是指定的'],
  ])('passes %s after a reason', (text, previous, before) => {
    expect(lint(text, previous, before)).toEqual([])
  })
  it.each([
    ['现在改不了了呢', '尺码要改成大号', '真的很抱歉亲'],
    ['确实无法修改', '你们不是还没发货吗?', '因为一切以您提交的订单为准'],
  ])('flags %s after no reason', (text, previous, before) => {
    expect(lint(text, previous, before).length).toBe(1)
  })
})
