import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 41, lane cu37: curt-reply, the focused outside set CB (curt-reply and its look-alikes) read by sub-kind. Each kind probed
 * with other members of its word classes than the lines read, other positions and a zh-TW form; the must-not rows are the
 * look-alikes. Our own sentences.
 */

// 1. The buyer asked whether they can't understand (class understand.doubted): a retort, curt as well as blame (blame-customer reports
//    the reproach; this linter runs curt-reply alone). Only as a question; an offer to explain (有哪里看不懂吗) is help.
describe('curt-reply cu37: 你听不懂吗 / 怎么还不懂', () => {
  checkKinds(
    'curt-reply',
    [
      ['您是听不懂吗？预售的要等十五天', undefined, '您是听不懂吗', 'warning'],
      ['怎么还听不懂呢？定制的不退', undefined, '怎么还听不懂', 'warning'],
      ['看不懂中文嗎？標題寫了不含電池', undefined, '看不懂中文嗎', 'warning'],
      ['这都看不懂，赠品是抽奖送的', undefined, '这都看不懂', 'warning'],
    ],
    [
      ['有哪里看不懂吗？我给您发个安装视频'],
      ['如果看不懂的话，我给您一步一步讲'],
      ['说明书哪一步没看明白，您告诉我，我来解释'],
    ],
  )
})

// 2. The topic closed and no more replies (class talk.ended), 覆 kept after normalising.
describe('curt-reply cu37: ending the chat', () => {
  checkKinds(
    'curt-reply',
    [
      ['退款的事到此为止吧', undefined, '到此为止吧', 'warning'],
      ['這件事我不會再回覆了', undefined, '不會再回覆', 'warning'],
      ['运费的问题就到这里，别的没有了', undefined, '问题就到这里', 'warning'],
    ],
    [
      ['今天的活动到这里就结束了，明天十点还有一场'],
      ['这个问题我马上给您回复，稍等两分钟'],
    ],
  )
})

// 3. Left to work it out alone, at leisure (class self.figure.out).
describe('curt-reply cu37: 自己想办法, at leisure', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己好好琢磨一下', '这个投影仪怎么连手机', '您自己好好琢磨一下', 'warning'],
      ['你自己再摸索摸索吧', '路由器设置不好', '你自己再摸索摸索', 'warning'],
      ['自己慢慢折騰吧', '書架組裝不起來', '自己慢慢折騰', 'warning'],
    ],
    [
      ['我们自己慢慢研究出来的配方，口感很稳定', '这个酱是你们自己做的吗'],
      ['您要是想自己慢慢琢磨也可以，不过我这边有安装视频，发给您看看', '柜子怎么装'],
    ],
  )
})

// 4. The question called one the web answers at once (class web.search.easy).
describe('curt-reply cu37: 自己上网查, the web answers it', () => {
  checkKinds(
    'curt-reply',
    [
      ['网上一搜就知道了', '这个滤芯多久换一次', '网上一搜就知道', 'warning'],
      ['这个百度一搜全是', '婴儿多大能用枕头', '百度一搜全是', 'warning'],
      ['網上多的是', '這個奶瓶能用洗碗機洗嗎', '網上多的是', 'warning'],
    ],
    [
      ['那家的减肥茶网上一搜一大把投诉'],
      ['网上搜到的教程不一定适合这款，我把官方的步骤发您', '这个怎么清洗'],
      ['我在网上查到的是二十天，我再跟厂家确认一下', '保质期多久'],
    ],
  )
})

// 5. The wait as a tautology (class arrive.when.arrives) or left to the system healing itself (class wait.self.heal).
describe('curt-reply cu37: 等着吧 as a tautology or a self-heal', () => {
  checkKinds(
    'curt-reply',
    [
      ['该到的时候自然会到', '快递怎么还没到', '该到的时候自然会到', 'warning'],
      ['退了自然就退了', '钱什么时候退回来', '退了自然就退了', 'warning'],
      ['系統問題，等它自己恢復', '付款頁面一直轉圈', '等它自己恢復', 'warning'],
    ],
    [
      ['系统会自动恢复，一般十分钟左右，恢复了我第一时间告诉您', '付不了款'],
      ['到了会有短信通知您，明天上午应该能到', '快递什么时候到'],
    ],
  )
})

// 6. A bare 在 then "go on then" to a repeated 在吗 (class greet.back.terse).
describe('curt-reply cu37: 在，说吧 to a chaser', () => {
  checkKinds(
    'curt-reply',
    [
      ['在，啥事', '在吗？在吗？', '在，啥事', 'warning'],
      ['在 快说', '有人吗 有人吗', '在 快说', 'warning'],
      ['在，什麼事', '在嗎 在嗎', '在，什麼事', 'warning'],
    ],
    [
      ['在的，您说吧', '在吗'],
      ['在呢亲，请问有什么可以帮您', '在吗 在吗'],
    ],
  )
})

// 7. The shop's other desk: the party (售前, 售后客服, 品牌客服) and the agent's own desk named before the trouble sent on.
describe('curt-reply cu37: 售前/售后 and the brand desk', () => {
  checkKinds(
    'curt-reply',
    [
      ['我是售后，价格问售前', '能便宜点吗', '问售前', 'warning'],
      ['这个你去问售前客服', '这款有没有大码', '你去问售前客服', 'warning'],
      ['這個問品牌客服', '藍牙耳機連不上', '問品牌客服', 'warning'],
      ['我只管售后', '这件有没有现货', '只管售后', 'warning'],
    ],
    [
      ['我是售前客服，很高兴为您服务', '在吗'],
      ['我是售前，退货的话我帮您转给售后同事，稍等', '我要退货'],
      ['售后客服会在24小时内联系您，我这边也帮您备注了', '坏了怎么办'],
    ],
  )
})

// 8. A grunt to a bodily reaction (complaint.body, appended: redness, rash, itch, an upset stomach).
describe('curt-reply cu37: a grunt to a bodily reaction', () => {
  checkKinds(
    'curt-reply',
    [
      ['哦', '孩子用了脸上起红疹', '哦', 'warning'],
      ['知道了', '穿了一天腿上好痒', '知道了', 'warning'],
      ['嗯', '狗吃了拉肚子', '嗯', 'warning'],
    ],
    [
      ['嗯，先停用，我给您申请退款', '用了脸上发红'],
      ['哦，那我给您换一个无香型的', '这个味道我闻了过敏了'],
    ],
  )
})
