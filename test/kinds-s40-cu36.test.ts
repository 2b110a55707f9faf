import { describe, expect, it } from 'vitest'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 40, lane cu36: curt-reply, the outside sets BP, BQ and BR read as constructions, and the fourth real corpus's can't after a
 * reason. Each kind probed with other members of its word classes than the sentence read, other positions and a zh-TW form; the
 * must-not rows are the look-alikes. Our own sentences.
 */

// 1. A reply made only of brush-off clauses (chain.ts, class brushoff.chain): shrug + put-off, pointer + "it's all written", "no
//    difference" + "buy either". Reported once. Not with an answer or a promise in another clause.
describe('curt-reply cu36: a reply of brush-off clauses only', () => {
  checkKinds(
    'curt-reply',
    [
      ['说不好，到时候看吧', '下周能到货吗', '说不好', 'warning'],
      ['谁说得准呢，到时候看吧', '这个价格年底会涨吗', '谁说得准', 'warning'],
      ['看參數，上面都有寫', '這台電腦能裝兩條記憶體嗎', '看參數', 'warning'],
      ['没啥区别，买哪个都行', '黑色款和白色款有什么差别', '没啥区别', 'warning'],
    ],
    [
      ['到时候再说，有活动我第一时间通知您', '以后还会降价吗'],
      ['看详情页，第三张图标了尺寸', '这个多大'],
      ['哦，知道了', '我下午不在家'],
      ['没区别的，都是同一个厂出的，您按喜欢的颜色挑就行', '这两个有什么区别'],
    ],
  )
})

// 2. A comparison asked is a request for advice: "no difference" / "the same" as the whole answer.
describe('curt-reply cu36: no difference, to a comparison asked', () => {
  checkKinds(
    'curt-reply',
    [
      ['区别不大', '这两款锅有啥不一样', '区别不大', 'warning'],
      ['一样的', '标准版和升级版差在哪', '一样的', 'warning'],
      ['都差不多啦', '這兩個型號有什麼差異', '都差不多', 'warning'],
    ],
    [
      ['一样的', '这个和上次买的价格一样吗'],
      ['区别不大，升级版多了一个定时功能', '这两款有啥不一样'],
    ],
  )
})

// 3. A bare grunt-question echoing the buyer's verb (查啥, 改啥, 弄啥, 看什麼) to a request for help. Not 咋了 (to 怎么回事 it asks).
describe('curt-reply cu36: a grunt-question to a request', () => {
  checkKinds(
    'curt-reply',
    [
      ['查啥', '帮我查一下退款到哪了', '查啥', 'warning'],
      ['改啥', '麻烦帮我改下收货地址', '改啥', 'warning'],
      ['弄啥', '在吗，想请你帮个忙', '弄啥', 'warning'],
      ['看什麼', '可以幫我看一下訂單嗎', '看什麼', 'warning'],
    ],
    [
      ['您想看什么款式呢，我给您推荐', '帮我看看'],
      ['看啥颜色都好看', '哪个颜色好看'],
    ],
  )
})

// 4. Another platform's own desk (class party.platform.desk) after a bare topic 这个 / 那个.
describe('curt-reply cu36: sent to another platform\'s desk', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个问得物客服', '得物买的鞋怎么鉴定', '问得物客服', 'warning'],
      ['那个问问拼多多客服', '拼多多的订单能在这退吗', '问问拼多多客服', 'warning'],
      ['這個問美團客服啦', '外賣少送了一份', '問美團客服', 'warning'],
    ],
    [
      ['我帮您问一下闲鱼客服', '闲鱼的单怎么验货'],
      ['这个问题可以咨询得物客服，我这边也帮您反馈一下', '鉴定结果不对'],
    ],
  )
})

// 5. The answer said again as a retort, 就跟您说 X 了. Not telling now (说一下, 说实话), not the asked-back reminder (blame-customer's).
describe('curt-reply cu36: 就跟您说…了', () => {
  checkKinds(
    'curt-reply',
    [
      ['不会，早跟你讲不会了', '这个会掉色吗', '早跟你讲不会了', 'warning'],
      ['不能，就跟你说不能了', '这个锅能用电磁炉吗', '就跟你说不能了', 'warning'],
      ['是正品，早就跟妳說是正品了', '這是正品嗎', '早就跟妳說是正品了', 'warning'],
    ],
    [
      ['我就跟您说一下发货时间，周三发', '什么时候发'],
      ['那我就跟你讲实话吧，这批是库存', '是新货吗'],
      ['没别的问题的话小妹就跟您说再见啦', '没有了，谢谢'],
      ['我不是早跟您说了要提前预约吗'],
    ],
  )
})

// 6. Take it or leave it, its second half after 要就 / 要的话就 / 能接受就 in the sentence.
describe('curt-reply cu36: take it or leave it', () => {
  checkKinds(
    'curt-reply',
    [
      ['要就签收，不要就拒收', '颜色发错了能换吗', '要就签收，不要就拒收', 'warning'],
      ['能接受就留着，不想要就退回', '有点色差', '能接受就留着，不想要就退回', 'warning'],
      ['要就拍，不要就别拍了', '能再便宜点吗', '要就拍，不要就别拍', 'warning'],
      ['要的話就收，不要的話就拒收', '能換顏色嗎', '要的話就收，不要的話就拒收', 'warning'],
    ],
    [
      ['不要的话我们给您换一个', '颜色不喜欢'],
      ['如果您不要就拒收，运费我们来出', '发错了'],
      ['要就直接拍，我们今天就发', '有现货吗'],
    ],
  )
})

// 7. The fix sent to another shop as all it takes (class fix.elsewhere before 就行 / 就好).
describe('curt-reply cu36: fix it at another shop', () => {
  checkKinds(
    'curt-reply',
    [
      ['去眼镜店紧一下就好', '眼镜腿松了', '去眼镜店紧一下就好', 'warning'],
      ['修鞋店粘一下就行', '鞋底开胶了', '修鞋店粘一下就行', 'warning'],
      ['裁缝店换个就行了', '拉链拉不上', '裁缝店换个就行', 'warning'],
      ['螺絲五金行買幾顆就好', '少了螺絲', '五金行買幾顆就好', 'warning'],
    ],
    [
      ['不用去五金店买，我们给您补寄', '少了螺丝'],
      ['我们去五金店配了新的，明天一起寄给您', '少了螺丝'],
      ['五金店买得到这种螺丝吗？', '少了螺丝'],
    ],
  )
})

// 8. The loss made light by its price (class trouble.cheap).
describe('curt-reply cu36: only a few coins', () => {
  checkKinds(
    'curt-reply',
    [
      ['就几块钱的事', '少发了一个挂钩', '几块钱的事', 'warning'],
      ['就几毛钱的东西嘛', '少了个小配件', '几毛钱的东西', 'warning'],
      ['幾分錢的事', '少寄了一個', '幾分錢的事', 'warning'],
    ],
    [
      ['几块钱的事我们来承担，马上给您补寄', '少了一个'],
      ['这个几毛钱的事，我们直接给您补发', '少了配件'],
    ],
  )
})

// 9. "Not our fault" (class fault.refused.after): curt with nobody named; after the buyer's own doing it is blame-customer's.
describe('curt-reply cu36: not our fault, and after the buyer\'s doing', () => {
  checkKinds(
    'curt-reply',
    [
      ['这事真不能怪我们', '快递怎么这么慢', '这事真不能怪我们', 'warning'],
      ['怪不得我们，仓库发的时候是好的', '杯子碎了', '怪不得我们', 'warning'],
      ['這個怪不了我們', '為什麼還沒到', '這個怪不了我們', 'warning'],
    ],
    [
      ['您自己拆的包装弄丢了配件，这个不能怪我们'],
      ['你填的地址少了门牌号，这真怪不得我们'],
    ],
  )
})

// 10. The service stopped at a place or step, the rest handed back (class handback.stage before 自己).
describe('curt-reply cu36: the rest handed back at the stage it stops', () => {
  checkKinds(
    'curt-reply',
    [
      ['进门自己拿', '能送到家吗', '进门自己拿', 'warning'],
      ['上楼你自己扛', '能送上楼吗', '上楼你自己扛', 'warning'],
      ['樓上自己搬', '可以送上樓嗎', '樓上自己搬', 'warning'],
    ],
    [
      ['上楼的话师傅会帮您搬上去', '能送上楼吗'],
      ['到家自己拆开检查一下哦，有问题随时找我', '收到要注意什么'],
    ],
  )
})

// 11. Talking it out with the party, colloquial (扯, 掰扯, 理论).
describe('curt-reply cu36: go and argue it out with them', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己跟物流扯吧', '包裹丢了', '您自己跟物流扯', 'warning'],
      ['你自己去跟快递掰扯', '快递不送上门', '你自己去跟快递掰扯', 'warning'],
      ['您自己去跟廠商理論', '品質有問題', '您自己去跟廠商理論', 'warning'],
    ],
    [
      ['我去跟快递扯一下，让他今天送', '快递不送上门'],
      ['我们跟厂家理论过了，明天给您换新', '品质有问题'],
    ],
  )
})

// 12. A help word followed by a can't (我这边也管不了) helps nothing: the party the buyer is sent to stays a shirk.
describe('curt-reply cu36: help words that only say the shop can\'t', () => {
  checkKinds(
    'curt-reply',
    [
      ['我这边也管不了，你去问快递公司', '包裹一直不动', '你去问快递公司', 'warning'],
      ['小妹这边也管不了，您去找厂家吧', '用一周就坏了', '您去找厂家', 'warning'],
      ['我們這邊也無法，您去找原廠', '螢幕有亮點', '您去找原廠', 'warning'],
    ],
    [
      ['我们这边帮您联系厂家，您也可以自己找厂家', '用一周就坏了'],
      ['我这边先帮您登记，您也可以问一下快递', '包裹一直不动'],
    ],
  )
})

// 13. 您直接打给他 after the courier's, the driver's or a private number handed over: privacy-leak's or off-platform's matter, not a
//     push (sets BQ, BR). A repair point's or a desk's number with it still pushes the buyer there.
describe('curt-reply cu36: the handover after a number', () => {
  checkKinds(
    'curt-reply',
    [
      ['快递员姓王，您直接打给他', '快递怎么还不送', '您直接打给他', 'warning'],
      ['司機姓陳，您直接打給他', '貨怎麼還沒到', '您直接打給他', 'warning'],
      ['售后点电话是0571-1234567，您直接打给他', '坏了怎么办', '您直接打给他', 'warning'],
    ],
    [
      ['快递小哥电话13912345678，您直接打给他', '快递怎么还没来'],
      ['配送员手机是 138 0000 1234，您直接打给他问', '快递怎么还不送'],
      ['司機電話0912345678，您直接打給他', '貨到哪了'],
    ],
  )
})

// 14. 都跟您说了 / 都告诉你了: bare it is impatience; pressed on the buyer (您…, …嘛) it is blame-customer's reproach.
describe('curt-reply cu36: the buyer told, bare or pressed', () => {
  checkKinds(
    'curt-reply',
    [
      ['都跟您说了，周五统一发', '什么时候发货', '都跟您说了', 'warning'],
      ['都告訴你了，週五出貨', '什麼時候出貨', '都告訴你了', 'warning'],
      ['都跟你讲了，下午发', '今天能发吗', '都跟你讲了', 'warning'],
    ],
    [
      ['都跟您说了冷冻保存，您放冷藏当然会化嘛'],
      ['都告诉你了周末不发货，你非要周六下单'],
    ],
  )
})

// 15. 您自己看 after another seller's goods, and 看清楚 (the reproach): not a question pushed back.
describe('curt-reply cu36: look yourself, compared or reproached', () => {
  checkKinds(
    'curt-reply',
    [
      ['自己看包装', '保质期多久', '自己看', 'warning'],
      ['你自己查', '快递到哪了', '自己查', 'warning'],
      ['自己睇啦', '幾時到貨', '自己睇', 'warning'],
    ],
    [
      ['别家那款您自己看成分表就明白了，我们用的是真果汁'],
      ['您自己看清楚，满减是满200才减', '为什么没减'],
      ['你自己看看聊天记录，我说的是周五发，不是周五到', '不是说周五到吗'],
    ],
  )
})

// 16b. A can't with its cause named as computed by the platform or the system (BR): the reason given.
describe('curt-reply cu36: computed on its own, so it cannot be changed', () => {
  checkKinds(
    'curt-reply',
    [
      ['我们这边改不了', '能把好评率改高点吗', '我们这边改不了', 'warning'],
      ['這邊改不了', '積分可以幫我加嗎', '這邊改不了', 'warning'],
      ['这个我们也改不了', '能把评分改一下吗', '这个我们也改不了', 'warning'],
    ],
    [
      ['积分是系统自动算的，我们这边改不了', '能帮我加积分吗'],
      ['销量是平台自动统计的，这边没法改', '能改一下销量吗'],
    ],
  )
})

// 16c. A grunt to a request stays curt; to the buyer closing on what was done arriving or working (CSDS) it takes the news in.
describe('curt-reply cu36: a grunt to what was done, reported', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯呢', '帮我把发票改成公司抬头', '嗯呢', 'warning'],
      ['嗯', '麻烦帮忙申请一下退款', '嗯', 'warning'],
      ['嗯嗯', '幫我改一下地址', '嗯嗯', 'warning'],
    ],
    [
      ['嗯呢', '上次帮忙补寄的配件已经收到了'],
      ['嗯嗯', '你们帮我改的地址可以了'],
    ],
  )
})

// 16. A can't after the reason the agent gave earlier in the turn (agentBefore: CSDS): it completes the reason.
describe('curt-reply cu36: a can\'t after the reason earlier in the turn', () => {
  const linter = linterFor('curt-reply')
  const lint = (text: string, previous: string, agentBefore?: string) =>
    brief(linter.lint(text, agentBefore === undefined ? { previous } : { previous, agentBefore }).messages)
  it('passes after a national rule given', () => {
    expect(lint('这边真的没有办法的', '不能早点装吗', '安装时间是国家统一规定的')).toEqual([])
  })
  it('passes after the stage the order reached', () => {
    expect(lint('这边确实没法子的呢', '能改地址吗', '订单已经出库了')).toEqual([])
  })
  it('flags with nothing before it', () => {
    expect(lint('这边真的没有办法的', '不能早点装吗')).toHaveLength(1)
  })
  it('flags after an apology only', () => {
    expect(lint('没办法', '能改地址吗', '非常抱歉')).toHaveLength(1)
  })
  it('flags after a can\'t before it (no reason)', () => {
    expect(lint('莫得办法', '能便宜吗', '这个改不了')).toHaveLength(1)
  })
})
