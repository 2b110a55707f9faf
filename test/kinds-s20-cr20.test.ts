import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 20, lane cr20 (issue 8: detection by meaning). Kinds, in our own words:
 * - a why-question about a failure or an unwanted state is a complaint (为啥快递信息更新不了, 怎么还处于待出库状态,
 *   为啥自动扣费, 退货申请被关闭是什么情况): a stock opener or a bare ack to it leaves it unanswered
 *   (rules/curt-reply/turns.yaml, turn.complaint.grammar). The why-word alone only asks (为什么要选这个尺码, 怎么取消订单);
 * - insisting is pressing: 到底 / 究竟 before the question (到底什么时候装, 究竟有没有在处理) and the times asked counted
 *   (第三次问了, 问了好几遍) make the turn a chaser, which a bare status or a bare wait does not answer;
 * - the wait said as the consequence (那就再等等, 那您就耐心等待吧) to a buyer who has waited or presses;
 * - the visit or step owed that did not come (师傅还没来, 一直没审核) and an unwanted state found (订单被取消了, 自动扣费)
 *   are complaints of the shared class act.complaint, so every construction that reads a complaint sees them.
 */

describe('curt-reply: a why-question about a failure is a complaint', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '訂單怎麼還顯示在待出貨，都五天了', '嗯嗯', 'warning'],
      ['收到', '为何你们又重复扣费了', '收到', 'warning'],
      ['好的', '我昨天下的单，地址也填好了，可是物流信息为什么一直刷新不出来呢', '好的', 'warning'],
      ['好的呢', '您们这个扫地机为什么定时功能一点都不管用', '好的呢', 'warning'],
    ],
    [
      // Session 26 (cr26, the lead's convention): an opener is not curt even after a complaint; these were must-flag here.
      ['您好，请问有什么可以帮您', '为什么我的优惠券领取不了啊'],
      // The why-word alone asks: nothing has gone wrong.
      ['请问有什么可以帮您', '为什么要选大一码的尺码？'],
      ['好的呢', '怎么取消订单呀'],
      ['好的', '怎么登录京东账号查看物流'],
      ['请问有什么可以帮您', '为什么说这款不会掉色呢'],
      ['请问有什么可以帮您', '为什么退货要扣运费呀'],
      ['请问有什么可以帮您', '我想问问为什么这款是自营的'],
      // A condition: nothing is wrong yet.
      ['好的呢', '要是更新不了物流怎么办'],
      // Too little said: which function fails is not named (real traffic: read as a first line, not upheld).
      ['请问有什么可以帮您的呢', '怎么查不了'],
      // The opener with an answer is an answer.
      ['您好，优惠券需要先在店铺首页领取，请问还有什么可以帮您', '为什么我的优惠券领取不了啊'],
    ],
  )
})

describe('curt-reply: insisting (到底, the times asked) presses like a chaser', () => {
  checkKinds(
    'curt-reply',
    [
      ['正在处理中', '到底什么时候安装？', '正在处理中', 'warning'],
      ['还请您耐心等待一下', '你们究竟有没有在处理我的订单', '还请您耐心等待一下', 'warning'],
      ['已经反馈了', '这是我第三次来问了，发票开了没', '已经反馈了', 'warning'],
      ['请您耐心等待', '问了好几遍了，家里老人的快递什么情况', '请您耐心等待', 'warning'],
      ['處理中', '到底幾號出貨啦', '處理中', 'warning'],
      ['亲，已经在跟进了', '您们到底给不给退啊', '已经在跟进了', 'warning'],
    ],
    [
      // A choice or a doubt with 到底 asks; a status or a wait may answer it.
      ['正在处理中', '到底哪个颜色更耐脏？'],
      ['请您耐心等待', '这个到底是不是正品'],
      // 到底怎么样才能 asks how.
      ['正在处理中', '到底怎么样才能领到优惠券'],
      // Counting something else, or the first time.
      ['已经反馈了', '我问了好几个朋友都说好用，能便宜点吗'],
      ['正在处理中', '我第一次在你们家买，什么时候发货'],
      // The status with what happens next is an answer.
      ['正在处理中，明天上午给您回电话', '到底什么时候安装？'],
    ],
  )
})

describe('curt-reply: the wait said as the consequence, to a buyer who waited or presses', () => {
  checkKinds(
    'curt-reply',
    [
      ['那就再等等', '我已经在线等了一个小时了', '那就再等等', 'warning'],
      ['那您就耐心等待吧', '快递三天了一直不动', '那您就耐心等待吧', 'warning'],
      ['就等一下吧', '急死了，快点发货', '就等一下吧', 'warning'],
      ['那你就再等等看', '说好昨天到的，今天还没到', '那你就再等等看', 'warning'],
      ['亲，那就再等一下哦', '家里人催了好几遍了，什么时候发', '那就再等一下哦', 'warning'],
      ['那就再等等吧', '師傅還沒來，說好今天裝的', '那就再等等吧', 'warning'],
    ],
    [
      // The buyer agrees to wait, or asks a yes/no question the wait answers.
      ['那就再等等', '好的，我再等等看'],
      ['那就再等等吧', '明天能到吗'],
      // A step or a time offered: the plan, not a brush-off.
      ['那就再等等，明天上午没到我帮您申请补发', '快递三天了一直不动'],
      // A condition: nothing is wrong yet.
      ['那就再等等', '要是明天还没到怎么办'],
    ],
  )
})

describe('curt-reply: the visit that did not come and an unwanted state found are complaints', () => {
  checkKinds(
    'curt-reply',
    [
      ['那就等呗', '说好的今天装，师傅还没来', '那就等呗', 'warning'],
      ['好吧', '约的上午安装，到现在都没人来', '好吧', 'warning'],
      ['嗯嗯', '我的订单莫名其妙被取消了', '嗯嗯', 'warning'],
      ['收到', '會員怎麼自動扣款了', '收到', 'warning'],
      ['已处理', '退款申请提交三天了一直没审核，到底什么情况？', '已处理', 'warning'],
      ['好的呢', '化妆师迟到了一个小时', '好的呢', 'warning'],
    ],
    [
      // Asked, not reported.
      ['嗯嗯', '订单会被取消吗'],
      ['好的呢', '师傅什么时候来'],
      // The agent takes it up.
      ['好的，我马上联系师傅问一下几点到', '说好的今天装，师傅还没来'],
      ['嗯嗯，我帮您查一下为什么被取消', '我的订单莫名其妙被取消了'],
    ],
  )
})

describe('curt-reply: pointed at a place where the answer is written, and nothing more', () => {
  checkKinds(
    'curt-reply',
    [
      ['罐底有写', '请问这罐奶粉保质期到什么时候？', '罐底有写', 'warning'],
      ['视频里都有', '你们的教程看不懂，能不能一步一步教我', '视频里都有', 'warning'],
      ['商品頁有寫。', '請問這個商品有保固嗎', '商品頁有寫', 'warning'],
      ['亲，吊牌上写着呢', '这件外套是什么面料', '吊牌上写着', 'warning'],
      ['评论区都有', '家里人穿40码，这双偏小吗', '评论区都有', 'warning'],
      ['看评论', '这双鞋尺码偏小吗？平时穿39', '看评论', 'warning'],
      ['看群公告', '直播间说的满减券在哪里领？', '看群公告', 'warning'],
      ['看上面', '我刚才问的问题你还没回答', '看上面', 'warning'],
    ],
    [
      // What is written is told, or help follows.
      ['罐底有写，是2027年3月到期', '保质期到什么时候'],
      ['视频里有安装步骤，我再发您一遍', '这个怎么装'],
      ['评论区都有买家秀，您可以参考下，我也帮您量一下', '上身效果怎么样'],
      ['瓶身上写着呢，我拍给您看', '怎么用'],
      // Not a pointer: a fact about the goods, or no place.
      ['包装上有生产日期'],
      // Where a named detail is, after the advice: it tells.
      ['孕妇和服药的人建议先咨询医生再吃，成分表和适宜人群在包装背面有写', '孕妇能吃吗'],
      ['颜色都有', '有几种颜色'],
      // The agent looked.
      ['我看了评论，大家都说偏小一码', '这双鞋偏小吗'],
    ],
  )
})

describe('curt-reply: sent to whoever else decides, said bare', () => {
  checkKinds(
    'curt-reply',
    [
      ['看门店。', '还车的时候发现有个小刮痕，要扣多少', '看门店', 'warning'],
      ['看航空公司', '延误了能赔吗', '看航空公司', 'warning'],
      ['找车站', '家里人的火车票丢了怎么办', '找车站', 'warning'],
      ['看原厂吧', '維修要多久', '看原厂吧', 'warning'],
      ['看海关', '清关要几天', '看海关', 'warning'],
    ],
    [
      // The agent asks, or the answer follows.
      ['我帮您问一下车站', '改签怎么弄'],
      ['看门店的活动，一般周末有折扣', '有优惠吗'],
      ['您可以去车站窗口办理，也可以在app上改签', '改签怎么弄'],
      ['看海关的速度，一般三到五个工作日', '清关要几天'],
    ],
  )
})

describe('curt-reply: the buyer\'s time regretted and nothing done, to a complaint', () => {
  checkKinds(
    'curt-reply',
    [
      ['耽误您的时间了呢', '那好。你不能按时发货也应该回个话呀。', '耽误您的时间了呢', 'warning'],
      ['亲，浪费您的宝贵时间了', '说好三天到的，又说不能按时送', '浪费您的宝贵时间了', 'warning'],
      ['耽误你时间了', '你们这是套路太深了吧', '耽误你时间了', 'warning'],
      ['占用您的时间了', '家里人等了一上午都没人来', '占用您的时间了', 'warning'],
      ['耽誤您的時間了', '師傅沒按時上門', '耽誤您的時間了', 'warning'],
      ['耽误您的时间了，请问还有其他可以帮到您的吗', '这样太耽误事了', '耽误您的时间了', 'warning'],
    ],
    [
      // After thanks the regret is a courtesy.
      ['耽误您的时间了', '好的，谢谢'],
      // With the step taken it is an answer.
      ['耽误您的时间了，已经给您加急发货，今天下午出库', '你们不能按时发货也应该回个话呀'],
      // 给您添麻烦了 to a buyer who agreed and hurries: JD's thanks (real traffic, clean).
      ['嗯嗯 给您添麻烦了呢 请问还有其他可以帮到您的吗', '可以可以，尽快哈'],
      // Asked, not complained: 会按时发货吗.
      ['耽误您的时间了', '会按时发货吗'],
    ],
  )
})
