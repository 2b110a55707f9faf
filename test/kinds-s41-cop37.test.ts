import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane cop37, thirty-seventh session: competitor-disparagement, off-platform and privacy-leak kinds read on the focused set
 * para-2026-12-07-cop (its dev half), in our own words: each sub-kind's construction with other members of its word classes,
 * and the look-alikes (negation, the shop about itself, a question, a refusal, the platform's own route) as traps.
 */

// cd-fake-sales-reviews: a rival's bad reviews deleted for money or its good ones bought by cashback.
describe('competitor-disparagement: reviews deleted or bought', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['隔壁那家的差评都找人删了', undefined, '隔壁那家的差评都找人删', 'warning'],
      ['别的店好多好评是返现换来的', undefined, '别的店好多好评是返现换来的', 'warning'],
      ['其他家都是请水军写的评价', undefined, '其他家都是请水军', 'warning'],
      ['別家的負評都花錢刪掉了', undefined, '別家的負評都花錢刪', 'warning'],
      ['好评多不代表什么，那都是刷好评刷出来的', '那家店好评好多啊', '那都是刷好评刷出来', 'warning'],
    ],
    [['我们从来不删差评，有问题您直接说'], ['我们不刷好评，评价都是真实买家写的'], ['差评我们没法删，平台不允许'], ['那是我们上个月的活动', '那家店好评好多啊']],
  )
})

// cd-aftersales-smear: a rival ignoring the buyer after the sale or dropshipping without knowing its stock.
describe('competitor-disparagement: ignored after the sale, or a dropshipped mess', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家坏了就爱答不理的', undefined, '别家坏了就爱答不理', 'warning'],
      ['有些小店都是一件代发，发错了也查不到', undefined, '有些小店都是一件代发', 'warning'],
      ['外面那些店卖完就不搭理人了', undefined, '外面那些店卖完就不搭理人', 'warning'],
      ['別家出問題根本不理人', undefined, '別家出問題根本不理人', 'warning'],
    ],
    [['我们这边不会不理人，有事随时找我'], ['我们是一件代发的，发货稍慢请见谅'], ['这个问题处理得乱七八糟，是我们的错']],
  )
})

// cd-ingredient-hazard-smear: an industrial or waste ingredient named as what theirs is made with.
describe('competitor-disparagement: industrial or waste ingredients', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家的炸串用的是回收油', undefined, '别家的炸串用的是回收油', 'warning'],
      ['那些便宜的凉皮都是工业色素调的', undefined, '那些便宜的凉皮都是工业色素调的', 'warning'],
      ['外面卖的腊肉好多是病死猪做的', undefined, '外面卖的腊肉好多是病死猪', 'warning'],
      ['別家的粉條用的是工業澱粉', undefined, '別家的粉條用的是工業澱粉', 'warning'],
    ],
    [['我们不用回收油，每天换新油'], ['我们的粉条没有工业淀粉，纯红薯做的'], ['别家用的是什么油我们不清楚']],
  )
})

// cd-offline-store-smear, cd-mockery, cd-named-brand-inferior: paying for the counter, not surviving one trip, notorious for failing.
describe('competitor-disparagement: counter rent, a sucker, will not last, notorious for failing', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['商场专柜贵的都是柜台钱', undefined, '专柜贵的都是柜台钱', 'warning'],
      ['那种网红店只有冤大头才买', undefined, '网红店只有冤大头', 'warning'],
      ['别家那个折叠椅怕是扛不过一个夏天', undefined, '别家那个折叠椅怕是扛不过', 'warning'],
      ['戴森那款电池出了名的容易衰减', undefined, '戴森那款电池出了名的容易衰减', 'warning'],
      ['那個牌子的拉鍊總愛卡住', undefined, '那個牌子的拉鍊總愛卡', 'warning'],
    ],
    [['我们的店面不在商场，省了柜台钱，价格更实在'], ['这个椅子承重一百公斤，扛得住'], ['我家孩子很爱掉东西，所以买了防丢绳'], ['我们的电池耐用是出了名的']],
  )
})

// op-refund-off-platform: the agent's side named, then the app used to pay the buyer back.
describe('off-platform: the agent refunding through an app', () => {
  checkKinds(
    'off-platform',
    [
      ['运费我这边用微信直接返给您', undefined, '我这边用微信直接返给您', 'error'],
      ['差额我们这里用支付宝退给你', undefined, '我们这里用支付宝退给你', 'error'],
      ['多收的钱我私人支付宝转您', undefined, '私人支付宝转您', 'error'],
      ['差價我這邊用支付寶退給您', undefined, '我這邊用支付寶退給您', 'error'],
    ],
    [['差价会原路退回您的支付宝'], ['我们这边不能用微信退给您，只能走平台售后'], ['您是用支付宝付的款吗？']],
  )
})

// op-fee-avoidance-rationale: the platform's fee or invoice as the reason to deal outside it.
describe('off-platform: the platform called a loss', () => {
  checkKinds(
    'off-platform',
    [
      ['这么大的量走平台要抽成，不值当', undefined, '走平台要抽成', 'error'],
      ['在平台上拍吃亏，我给您算个实价', undefined, '在平台上拍吃亏', 'error'],
      ['走淘宝还要扣点，您看要不要换个方式', undefined, '走淘宝还要扣点', 'error'],
      ['走平台不划算，您再考慮一下', undefined, '走平台不划算', 'error'],
      ['以后直接找我对接，价格更实惠', undefined, '直接找我对接，价格更实惠', 'error'],
    ],
    [['走平台更有保障，您放心下单'], ['走平台的运费由我们出'], ['在平台上拍会不会多扣钱？'], ['售后有问题直接找我对接就好']],
  )
})

// op-private-group and op-other-app: the shop's private group, its fan page as where to order.
describe('off-platform: a private group, a fan page that sells', () => {
  checkKinds(
    'off-platform',
    [
      ['福利我们只在私域粉丝群里发', undefined, '私域粉丝群', 'error'],
      ['新品想早点抢就加我拉你', undefined, '加我拉你', 'error'],
      ['脸书粉专有在卖尾货，留言就能订', undefined, '脸书粉专有在卖', 'error'],
      ['我們IG上也有在賣，私訊下單就好', undefined, 'IG上也有在賣', 'error'],
    ],
    [['我们不做私域群，上新都在店铺'], ['欢迎追踪我们的粉专看穿搭分享'], ['“私域”这个词我们店不用']],
  )
})

// op-directions-by-description and op-homophone-lookalike: the back of the packing slip, wei: before a handle.
describe('off-platform: the packing slip\'s back, a spelt-out channel', () => {
  checkKinds(
    'off-platform',
    [
      ['联系方式在发货单背面，您翻过来看', undefined, '联系方式在发货单背面', 'error'],
      ['有需要的话wei：lily_0520', undefined, 'wei：lily_0520', 'error'],
      ['薇：xiaoye88，备注订单号', undefined, '薇：xiaoye88', 'error'],
      ['聯絡方式我寫在送貨單背面了', undefined, '聯絡方式我寫在送貨單背面', 'error'],
    ],
    [['请核对发货单上的联系方式是否正确'], ['发货单背面是退换货须知']],
  )
})

// pl-agent-own-full-numbers (off-platform's side): the collecting account said to be the agent's own.
describe('off-platform: a collecting account said to be the agent\'s own', () => {
  checkKinds(
    'off-platform',
    [
      ['收款账号是我个人的，转好了说一声', undefined, '收款账号是我个人', 'error'],
      ['打款账户用我本人的就行', undefined, '打款账户用我本人', 'error'],
      ['收款帳戶是我私人的', undefined, '收款帳戶是我私人', 'error'],
    ],
    [['退款会退回您的付款账户'], ['您的收款账户是您本人的吗？']],
  )
})

// opn-meta-quoted-rule: a scam warned against, the channel disowned.
describe('off-platform: a channel disowned in a warning', () => {
  checkKinds(
    'off-platform',
    [['退款慢的话加我微信，我帮你催', undefined, '加我微信', 'error']],
    [['要是有人私信让您加QQ，那都不是我们，千万别加'], ['看到留微信号的，切勿添加'], ['有人发微信号给您的话，那个不是我们']],
  )
})

// pl-third-party-asks-purchases and pl-other-customer-order-details: what another person's account or number ordered, and when.
describe('privacy-leak: what someone else ordered', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您女儿账号买的是两盒染发膏', undefined, '账号买的是两盒染发膏', 'error'],
      ['这个手机号的主人买过两次狗粮', undefined, '买过两次狗粮', 'error'],
      ['您同事上个月订了五箱矿泉水', undefined, '上个月订了五箱矿泉水', 'error'],
      ['您表姐上週訂了兩組床包', undefined, '上週訂了兩組床包', 'error'],
    ],
    [['您上个月订了五箱矿泉水，这次还要吗？'], ['这个手机号的主人是您本人吗？'], ['别人买过两次都说好用'], ['您女儿账号买的是什么我们查不到']],
  )
})

// pl-other-parcel-tracking: a pickup code of someone else's parcel, told next to the pick-up point.
describe('privacy-leak: someone else\'s pickup code beside the pick-up point', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您室友的快递在丰巢柜，取件码4-1-2207', undefined, '4-1-2207', 'error'],
      ['您婆婆的包裹到驿站了，取件码 8836', undefined, '8836', 'error'],
      ['您朋友的包裹已經到驛站，取件碼7-3-1058', undefined, '7-3-1058', 'error'],
    ],
    [['您的包裹到驿站了，取件码4-1-2207'], ['驿站地址在小区东门，电话尾号没有显示']],
  )
})

// pl-id-sample-or-relative and pl-buried-after-apology: a name another person filled in, a customer named by trade.
describe('privacy-leak: a name filled in by someone else, a customer by their trade', () => {
  checkKinds(
    'privacy-leak',
    [
      ['参考上一位顾客填写的：赵文静，这样就行', undefined, '赵文静', 'error'],
      ['另一位客人登记的是孙建国', undefined, '孙建国', 'error'],
      ['前面有位姓韩的老板也住您隔壁小区', undefined, '住您隔壁小区', 'error'],
    ],
    [['您填的是张三吗？'], ['另一位老板也反馈过这个问题'], ['上一位客人填的是12号']],
  )
})
