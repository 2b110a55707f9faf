import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 27 (twenty-third working session), lane cr27: curt-reply kinds read from the false alarms of the third real
 * corpus (JD platform service, consecutive agent messages of one turn) and the misses and false alarms of the written
 * sets AL, AM, AN, AQ. Every sentence here is our own; each kind has its traps (LANE-cr27.md has the table).
 */

// 1. A closer after the agent's own answer in the same turn (agentBefore): a yes, a reassurance or any answer before it
//    makes the closer no whole reply. A closer after a wait, an apology, another closer or nothing at all still ignores
//    the question, and so does one after a template that is itself curt to the turn (sorry, to a complaint).
describe('curt-reply: a closer after a templated answer in the same turn', () => {
  const curt = linterFor('curt-reply')
  const closer = '请问还有别的可以帮您的吗？'
  const spans = (previous: string, agentBefore?: string) =>
    curt
      .lint(closer, agentBefore === undefined ? { previous } : { previous, agentBefore })
      .messages.filter((m) => m.severity !== 'info')
      .map((m) => closer.slice(m.start, m.end))
  it.each([
    ['这个杯子是双层的吧', '对的亲'],
    ['刚刚回我的也是你吧？', '是的呢'],
    ['退回去的钱不会少吧', '您放心哈'],
    ['那我下单了，今天能发吗', '可以的'],
  ])('passes after the agent answered %s with %s', (previous, agentBefore) => {
    expect(spans(previous, agentBefore)).toEqual([])
  })
  it.each([
    ['这个杯子是双层的吧', '请您耐心等待一下哦'],
    ['这个杯子是双层的吧', '不好意思'],
    ['这个杯子是双层的吧', '亲爱的'],
    ['用了两天就裂了', '抱歉的呢'],
    ['这个杯子是双层的吧', undefined],
  ])('flags after %s with %s before it', (previous, agentBefore) => {
    expect(spans(previous, agentBefore)).toEqual(['请问还有别的可以帮您的吗'])
  })
})

// 2. The answer to thanks (不客气, 您太客气了) answers a message that thanked anywhere in it, whatever its last words ask.
//    To a complaint, a chaser or a question with no thanks in it, it answers nothing; a closer beside it still ignores
//    the question that came with the thanks.
describe('curt-reply: the answer to thanks', () => {
  checkKinds(
    'curt-reply',
    [
      ['不用谢哈', '五天了还没发货，到底怎么回事', '不用谢哈', 'warning'],
      ['您太客气啦', '能不能快点，我等着用', '您太客气啦', 'warning'],
      ['不客气，请问还有其他可以帮您的吗', '谢谢啊，那周末能送到吗？', '不客气', 'warning'],
    ],
    [
      ['不客气呀', '真是太感谢你了，我怎么谢你才好呢？'],
      ['客气啦', '辛苦了，我下班回去再申请退货'],
      ['不用客气的', '多谢多谢，今天帮了大忙'],
    ],
  )
})

// 3. The buyer settles it themselves: goes to look something out or to ask elsewhere. A grunt or a closer lets them go;
//    a question or a trouble in the same words still wants an answer.
describe('curt-reply: the buyer goes to look or to ask elsewhere', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '发票抬头填错了，都开不出来', '嗯嗯', 'warning'],
      ['请问还有其他可以帮您的吗', '我找了好久，发票在哪下载？', '请问还有其他可以帮您的吗', 'warning'],
    ],
    [
      ['嗯嗯', '公司税号，我翻一下'],
      ['好的', '单号我找找'],
      ['请问还有其他可以帮您的吗', '那我打品牌的售后电话问问吧'],
    ],
  )
})

// 4. A can-question about the buyer's own doing (我自己能改吗) asks what they may do: a polite no answers it. A favour
//    asked of the shop, also as A-not-A or pressed again in the negative (能不能帮我取消, 地址也不能改吗), still wants a
//    reason or a way when the no is bare.
describe('curt-reply: what the buyer may do themselves', () => {
  checkKinds(
    'curt-reply',
    [
      ['不能', '能不能帮我把订单取消掉', '不能', 'warning'],
      ['不可以的哦', '收货人也不能改吗', '不可以', 'warning'],
    ],
    [
      ['不可以的亲', '我自己可以改收货地址吗'],
      ['无法修改哦', '买家自己能改发票抬头吗'],
      ['取消不了呢', '我自己可以在手机上取消吗？'],
    ],
  )
})

// 5. A-not-A on a verb of judging (算不算, 够不够, 是不是) in the buyer's last words asks yes or no about a fact, whatever
//    was said before it: a short yes or no answers it. A-not-A on a favour (退不退, 给不给) is a request.
describe('curt-reply: A-not-A on a verb of judging', () => {
  checkKinds(
    'curt-reply',
    [['不退', '我不想要了，你们退不退？', '不退', 'warning']],
    [
      ['不算', '退了一半的钱，这种算不算全额退款呢？'],
      ['是的呢', '审核是干嘛的？你们要看是不是人为摔的'],
      ['不够', '我买了三袋，一个月够不够吃'],
    ],
  )
})

// 6. A short reply that asks the buyer back (请问有没有磕碰) is a clarifying question, and a negation inside a word that
//    negates nothing (不久, 类别) or a reassurance (请您不要担心) is no stark no. A bare no to a request stays stark.
describe('curt-reply: clarifying questions and negations that refuse nothing', () => {
  checkKinds(
    'curt-reply',
    [
      ['没有赠品', '能送个小礼物吗', '没有赠品', 'warning'],
      ['不换', '鞋子小了，帮我换一双', '不换', 'warning'],
    ],
    [
      ['请问有没有磕碰的地方', '帮我申请换货'],
      ['是不是没插电源', '帮我看看为啥开不了'],
      ['刚到网点不久', '我的包裹到哪了'],
      ['开成类别就行', '发票内容我想改一下'],
      ['请您不要担心', '钱能按原路退回来吧？'],
    ],
  )
})

// 7. 等着 followed by what arrives or comes of it (等着收吧, 等着后悔吧) promises or warns: other rules' business, no
//    bare wait. 等着 with nothing after it, to a trouble, still leaves the buyer waiting.
describe('curt-reply: 等着 + what comes', () => {
  checkKinds(
    'curt-reply',
    [['那您就等着吧', '快递一个礼拜都不动', '就等着吧', 'warning']],
    [
      ['我们用的加厚纸箱，您就等着收货吧'],
      ['路边买的便宜货，用两天就等着后悔吧'],
    ],
  )
})

// 8. "We cannot control it" with the outside process named in its clause (清关, 航班, 快递分拣) says why; alone, it shrugs.
describe('curt-reply: 控制不了 with the outside cause named', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个我们控制不了', '怎么还没到啊', '这个我们控制不了', 'warning'],
      ['慢不慢我们也控制不了', '太慢了吧', '我们也控制不了', 'warning'],
    ],
    [
      ['海关清关要几天我们控制不了，放行后会有短信提醒'],
      ['航班延误这边控制不了，到了第一时间通知您'],
    ],
  )
})

// 9. Goods that are not what was ordered (尺码不对, 跟图片不一样, 兑换码兑换失败) are complaints: a grunt or a barked
//    retry answers nothing. Said as a condition (要是尺码不对) nothing is wrong yet.
describe('curt-reply: wrong or unusable goods as complaints', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '寄来的尺码不对', '嗯', 'warning'],
      ['哦', '收到的跟图片不一样', '哦', 'warning'],
      ['重新试一下', '兑换码兑换失败', '重新试一下', 'warning'],
    ],
    [
      ['嗯', '要是尺码不对能换吗'],
      ['您重新试一下，还不行的话我帮您换一个新码', '兑换码兑换失败'],
    ],
  )
})

// 10. The buyer told not to be fussy (别那么计较, 别太挑剔了), and sent off by a condition of reach or mood (不在配送范围就别
//     下单, 不爽不要买): curt. Advice about choosing and a caveat with a way stay service.
describe('curt-reply: not fussy, not in range', () => {
  checkKinds(
    'curt-reply',
    [
      ['就一点小划痕，别那么计较', undefined, '别那么计较', 'warning'],
      ['菜叶子有点黄很常见，别太挑剔了', undefined, '别太挑剔', 'warning'],
      ['您那边不在配送范围就别下单了', undefined, '不在配送范围就别下单', 'warning'],
    ],
    [
      ['我们不会跟您计较这点运费的'],
      ['不在配送范围的话建议先别下单，我帮您问问能不能发'],
      ['这两个颜色别挑太久，都很百搭'],
    ],
  )
})

// 11. The maker or operator behind digital goods (游戏客服, 微软) is a party the buyer can be sent to bare; the agent
//     asking them is help.
describe('curt-reply: sent to the vendor of digital goods', () => {
  checkKinds(
    'curt-reply',
    [
      ['充值没到账去找游戏客服', undefined, '去找游戏客服', 'warning'],
      ['激活不了你去问微软', undefined, '你去问微软', 'warning'],
    ],
    [
      ['我帮您问一下游戏客服，有结果马上回您'],
      ['序列号是微软官方发的，放心使用'],
    ],
  )
})

// 12. A no with the goods or their variant as subject (这款不支持退换) to a favour asked is a bare refusal; to a question
//     whether it is allowed it is the answer. The stage the order reached (发货之后) is the reason for a can't.
describe('curt-reply: refusals by subject and by stage', () => {
  checkKinds(
    'curt-reply',
    [
      ['这款不支持退换哦', '太大了，能换小一号的吗', '这款不支持退换哦', 'warning'],
      ['改不了', '能改地址吗', '改不了', 'warning'],
    ],
    [
      ['这款不支持退换哦', '这款支持退换吗'],
      ['发货之后就改不了了呢', '能改地址吗'],
      ['订单付款以后取消不了的', '可以取消吗'],
    ],
  )
})

// 13. A-not-A (是不是坏了, 会不会坏了) asks about a trouble: it does not negate it, so a grunt to it is still a grunt to a
//     complaint. A real negation or wish before the trouble (不会坏了吧) suspends it.
describe('curt-reply: A-not-A before a trouble word', () => {
  checkKinds(
    'curt-reply',
    [['嗯嗯', '这台机器是不是坏了？', '嗯嗯', 'warning']],
    [['嗯嗯', '放在车里不会坏了吧']],
  )
})

// 14. The job handed back after the buyer's own choice is named as the cause (您下单选的是大号…自己量一下): blame, which
//     blame-customer reports. Handed back bare, to a complaint, it stays curt.
describe('curt-reply: a job handed back after the buyer’s choice', () => {
  checkKinds(
    'curt-reply',
    [['自己量一下鞋长吧', '收到的鞋尺寸不对', '自己量一下鞋长', 'warning']],
    [['您下单选的是大号，我们按单发的，自己量一下鞋长吧', '收到的鞋尺寸不对']],
  )
})

// 15. Kinds the third real corpus's reviewer calls curt, in our words: "what do you mean" thrown back at whatever the buyer
//     said (a polite "I did not follow" stays curt only to a complaint), "no need to come to me" as the whole reply, and
//     the page said to hold the description as the whole answer to a question.
describe('curt-reply: what do you mean, no need to come to me, the page holds it', () => {
  checkKinds(
    'curt-reply',
    [
      ['你这是什么意思呢', '我想再买两个', '你这是什么意思呢', 'warning'],
      ['不用找我了', '那这个单就不要了', '不用找我了', 'warning'],
      ['详情页里有详细说明的', '这两款哪个更省电？', '详情页里有详细说明的', 'warning'],
    ],
    [
      ['没看懂您的意思呢', '这两个能不能一起用'],
      ['您什么意思呢', '谢谢啦'],
      ['不用找我们的，退款会按原路自动退回'],
      ['详情页里有详细说明的，小号的功率低一些更省电', '这两款哪个更省电？'],
    ],
  )
})
