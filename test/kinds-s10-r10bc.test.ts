import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Tenth session (r10bc): kinds behind set P's and other sets' blame-customer and curt-reply misses,
 * in our own words and other domains, each with the traps beside it.
 */
describe('blame-customer: the buyer\'s act done too hard, too tight or too fast, given as the cause', () => {
  checkKinds(
    'blame-customer',
    [
      ['把手掉了是您拆得太狠了', undefined, '是您拆得太狠', 'error'], // cleft on an excess act
      // bl36: 拉稀 is a trouble and complaint cue now, so the because-cleft reads it too and the span opens at 是因为.
      ['兔子拉稀是因为您换粮太快了', '兔子吃了拉稀', '是因为您换粮太快', 'error'], // reason clefted, pets
      ['是不是您瓶盖拧得太紧了？一般不会打不开的', '盖子打不开', '您瓶盖拧得太紧', 'warning'], // guessed, goods defended after
      ['应该是您拉得太用力了吧', '拉链拉坏了', '是您拉得太用力', 'warning'], // hedged cleft answering a complaint
      ['奶瓶变形是您煮得太久了', undefined, '是您煮得太久', 'error'], // kitchen: boiled too long
      ['是您自己暴力拆卸才断的', undefined, '是您自己暴力拆', 'error'], // handled with force
      ['螺絲斷了是您擰得太緊了', undefined, '是您擰得太緊', 'error'], // Traditional
    ],
    [
      ['不好意思让您等太久了，马上给您安排'], // the buyer kept waiting: no act of theirs
      ['是我们师傅拧得太紧了，明天上门给您换'], // the shop's own act
      ['表带不用绑太紧，留一指宽就舒服'], // advice, negated
      ['如果您煮得太久的话奶瓶会变形，建议五分钟'], // condition
      ['换粮太快容易软便，建议按七天慢慢换'], // general advice, nobody named
      ['您别拧太紧，拧到有阻力就可以了'], // warning before use
    ],
  )
})

describe('curt-reply: sent to whoever else holds the service (carrier, hotel, streamer, garage)', () => {
  checkKinds(
    'curt-reply',
    [
      ['话费的事你去问10010', '充的话费一直没到账', '你去问10010', 'warning'], // the carrier by number
      ['自己去营业厅办', '这张卡怎么过户', '去营业厅办', 'warning'], // sent to the carrier's shop
      ['那你自己联系景区', '到了门口说票无效！', '你自己联系景区', 'warning'], // the venue of a booking
      ['赠品的事问主播', '直播间说有赠品，我没收到', '问主播', 'warning'], // the streamer
      ['去找4S店吧', '装了你们的灯一直报故障', '去找4S店', 'warning'], // the car dealer
    ],
    [
      ['我帮您联系景区核实一下，稍等', '到了门口说票无效！'], // the agent contacts them
      ['您可以带身份证到营业厅办理过户，我把地址发您', '这张卡怎么过户'], // how it is done, with help
      ['主播说的赠品我这边帮您查一下', '直播间说有赠品，我没收到'], // the agent checks
      ['您问主播了吗？', '直播间说有赠品，我没收到'], // a question
    ],
  )
})

describe('curt-reply: the shop\'s part narrowed to taking the order, and sent back up the chat', () => {
  checkKinds(
    'curt-reply',
    [
      // 装不上您找装修师傅，我们只卖不管装 now also reads 您找装修师傅: asserted whole in test/kinds-s13-r13c.test.ts.
      ['灯具我们只卖不管装', '灯怎么装', '只卖不管装', 'warning'], // sells but does not fit
      ['我们这边只管接单', '装好了发现门关不上', '只管接单', 'warning'], // only takes the order
      ['链接在上面，往上翻翻', undefined, '往上翻翻', 'warning'], // sent back up the chat
      ['前面发过链接了，请您自己往上看', undefined, '往上看', 'warning'], // politely, still sent back
    ],
    [
      ['我们只负责下单后48小时内发货，之后的物流我帮您盯着'], // says what the shop does, with help
      ['我往上看了一下记录，您要的是米色，马上给您改'], // the agent scrolls
      ['我们只卖不管装的话也太不负责了，安装师傅我们来约'], // rejected, with help
    ],
  )
})

describe('curt-reply: real JD brush-offs — "please wait" asked with 还/一下, a don\'t-know with a degree word, can\'t do it', () => {
  checkKinds(
    'curt-reply',
    [
      ['还请您耐心等待一下哦', '退款申请一周了还没到账', '还请您耐心等待一下', 'warning'], // only "wait", to a complaint
      ['请您耐心等候', '说好昨天送的，怎么还没到', '请您耐心等候', 'warning'], // 等候 for 等待
      ['这边也不是很清楚哦', '师傅几点能到', '不是很清楚', 'warning'], // degree-word don't-know as the whole answer
      ['妹子做不到呢', '快点帮我把地址改了', '做不到', 'warning'], // can't, nothing else
    ],
    [
      ['还请您耐心等待一下，我已经帮您催促仓库了', '退款申请一周了还没到账'], // the agent acts
      ['还请您耐心等待一下呢', '什么时候发货'], // a plain question, answered with the plan
      ['图片不是很清楚，麻烦您再拍一张'], // 清楚 about a photo, with a request
      ['地址改不了的话我帮您联系快递拦截，做不到的地方我跟您说'], // condition, with help
    ],
  )
})

describe('curt-reply: a price raised on the buyer or an order forgotten is a complaint (what a grunt or "please wait" cannot answer)', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '刚下完单就涨价了', '嗯嗯', 'warning'],
      ['请耐心等待', '你们是不是忘记发货了', '请耐心等待', 'warning'],
    ],
    [
      ['嗯嗯', '会涨价吗'], // asked, nothing happened yet: a yes
      ['抱歉，刚才价格调整了，我帮您申请补差价', '刚下完单就涨价了'], // apology and help
    ],
  )
})

describe('blame-customer: a subjectless rhetorical question — an omission in a purchase frame, "how could it not"', () => {
  checkKinds(
    'blame-customer',
    [
      ['下单前没了解过吗。', undefined, '下单前没了解过', 'error'], // rhetorical, ended with 。, nobody named
      ['规格页写了是单个装，拍之前没注意吗？', undefined, '拍之前没注意', 'error'], // after the page is pointed at
      ['我们主图就标了尺寸，买之前没留意吗', undefined, '买之前没留意', 'error'], // the shop named in an earlier clause
      ['放在车里晒一天，能不鼓包吗', '充电宝鼓包了', '能不鼓包吗', 'warning'], // "how could it not", answering the trouble
    ],
    [
      ['下单前没了解过的话，我给您介绍一下'], // condition, with help
      ['买之前没了解过吗？我给您详细说一下'], // asked in order to help
      ['我们当时没了解清楚吗？我去查一下记录'], // the shop's own omission
      ['快递这样扔能不坏吗', '收到就坏了'], // the courier is the one acting
      ['这么热的天能不化吗，抱歉，我们给您补发', '巧克力化了'], // apology and help
      ['能不鼓包吗？'], // no trouble reported: it may only ask
    ],
  )
})

describe('blame-customer: put together the wrong way round, details left out, consent ticked, too fussy', () => {
  checkKinds(
    'blame-customer',
    [
      ['灯不亮是您自己把正负极装反了', undefined, '装反', 'error'], // the wrong way round
      ['是您把插头插错了', '充电器不充电', '插错', 'error'], // the wrong socket
      ['您收件人电话少填了一位，所以联系不上', undefined, '少填', 'error'], // a detail left out
      ['这是您自己勾选了同意的条款', undefined, '是您自己勾选了同意', 'error'], // consent thrown back
      ['一点小线头而已，您也太挑剔了', '衣服有线头', '您也太挑剔了', 'error'], // too fussy
    ],
    [
      ['抱歉，是我们师傅把水管接反了，今天上门改'], // the shop's own act
      ['如果插错了接口会充不进电，您看一下是不是插在USB口'], // condition, then advice
      ['您是不是接反了？我帮您视频看一下', '不出水'], // asked in order to help
      ['您勾选同意以后就可以付款了'], // how it works
      ['我们做得不够好，您挑剔一点是应该的'], // the shop owning it
    ],
  )
})

describe('curt-reply: "we only sell, we are not the X" as the answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['我们是卖货的，不是兽医', '狗吃了你们的罐头呕吐', '卖货的，不是兽医', 'warning'],
      ['店里是卖东西的，不是师傅', '柜子装不上', '卖东西的，不是师傅', 'warning'],
    ],
    [
      ['我们是卖货的，不是厂家，不过我帮您问问厂家怎么处理', '柜子装不上'], // with help
      ['我们是卖货的，不是卖假货的，放心'], // defends the goods
    ],
  )
})

describe('curt-reply: "the warehouse\'s business" said bare as the whole reply', () => {
  checkKinds(
    'curt-reply',
    [
      ['物流的事', '快递五天没动了', '物流的事', 'warning'],
      ['亲，厂家的事哦', '用了两天就坏了', '厂家的事', 'warning'],
    ],
    [
      ['物流的事我马上帮您查', '快递五天没动了'], // the agent acts
      ['厂家的事，您在订单页申请售后就行', '保修怎么弄'], // a topic opening the answer
      ['这不是物流的事，是我们漏发了', '少了一件'], // the shop owns it
    ],
  )
})
