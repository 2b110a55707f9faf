import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 33, lane rl37b. review-manipulation and internet-slang kinds of the redlines taxonomy (sections 3 and 4), in our
 * own words: members of each word class other than the taxonomy's example, a zh-TW row, and the look-alikes that stay clean.
 */

const RM = 'review-manipulation'
const SL = 'internet-slang'

// RM 8. aftersales-conditioned-on-review: the refund, exchange, repair or reshipment owed, made the price of a good review —
//    the service first and the review its condition, or the review first and the service after it (才, 先…再, 后 + the shop).
describe('review-manipulation: after-sales conditioned on a good review', () => {
  checkKinds(
    RM,
    [
      ['换货没问题，不过需要您先给个五星好评', undefined, '换货没问题，不过需要您先给个五星好评', 'error'],
      ['给个好评我这边就给您安排补发', undefined, '好评我这边就给您安排补发', 'error'],
      ['给五星才能给您上门维修', undefined, '五星才能给您上门维修', 'error'],
      ['差评给了的话，这单售后就不给你处理了', undefined, '差评给了的话，这单售后就不给你处理', 'error'],
      ['只要您给个好评，退款马上给您处理', undefined, '好评，退款马上给您处理', 'error'],
      ['补发没问题，给个好评就行', undefined, '补发没问题，给个好评', 'error'],
    ],
    [
      ['破损的我们直接给您退款，不用寄回了'],
      ['退款已经给您办理好了，满意的话给个好评哦'],
      ['不管好评差评，退款都会照常给您处理'],
      ['满意的话给个好评，售后我们一直都在'],
      ['感谢您的五星好评，补发的那件我们马上安排'],
      ['给个五星好评是对我们最大的支持，退货运费我们也会承担'],
      ['好评后3天内退款到账'],
      ['我们不会因为您给差评就不给您退款'],
      ['看到您的差评了，非常抱歉，我们马上给您补发'],
    ],
  )
  checkKinds(RM, [['維修可以幫您安排，前提是先給我們五星好評喔', undefined, '維修可以幫您安排，前提是先給我們五星好評', 'error']], [['退款已經幫您處理好了，滿意的話再給我們五星好評喔']], {
    profile: 'zh-TW',
  })
})

// RM 7. preemptive-payoff-against-bad-review: a benefit for holding a low rating back, by other verbs and pleas.
describe('review-manipulation: pre-emptive payoff against a bad review', () => {
  checkKinds(
    RM,
    [
      ['千万不要留差评哈，我们给您退15元', undefined, '千万不要留差评哈，我们给您退15元', 'error'],
      ['不打低分的话，给您补个小红包', undefined, '不打低分的话，给您补个小红包', 'error'],
      ['高抬贵手哈亲，给您退20', undefined, '高抬贵手哈亲，给您退20', 'error'],
      ['中评以上就行，给您返5元', undefined, '中评以上就行，给您返5元', 'error'],
    ],
    [['先别急着给差评，我们先帮您查一下物流'], ['价格这块您手下留情，我们已经是最低价了哦'], ['有问题先联系我们，我们会第一时间处理']],
  )
  checkKinds(RM, [['不要留負評喔，我們退您100元', undefined, '不要留負評喔，我們退您100元', 'error']], [['有問題先聯繫我們，我們會第一時間處理']], { profile: 'zh-TW' })
})

// RM 4 / 9. disguised-review-reward and scripted-review-for-reward: the review by letters or flowers, a reward by another
//    name, keywords dictated with a reward further on.
describe('review-manipulation: disguised and scripted reviews for a reward', () => {
  checkKinds(
    RM,
    [
      ['hp返现2元，收到找我', undefined, 'hp返现2元', 'error'],
      ['给个小红花，有小礼物送您', undefined, '给个小红花，有小礼物送您', 'error'],
      ['五星好评有神秘回馈哦', undefined, '五星好评有神秘回馈', 'error'],
      ['评价里带上“正品”“发货快”这几个词，返3元', undefined, '评价里带上“正品”“发货快”这几个词，返3元', 'error'],
    ],
    [['HP打印机今天下单送墨盒'], ['京东这边评价后平台会按规则发放京豆，跟好评差评没有关系'], ['亲，用着满意的话欢迎给个好评哦，谢谢支持～']],
  )
  checkKinds(RM, [['評價裡幫忙寫「質感很好」，再附三張照片，回饋您50元', undefined, '評價裡幫忙寫「質感很好」，再附三張照片，回饋您50元', 'error']], [], {
    profile: 'zh-TW',
  })
})

// SL 1. crowd-address-meme: 宝宝们 / 小仙女 / 小姐姐们 opening the reply; plain nouns stay clean.
describe('internet-slang: crowd address memes', () => {
  checkKinds(
    SL,
    [
      ['宝宝们，今晚八点上新', undefined, '宝宝们', 'warning'],
      ['小仙女，您的包裹已经签收了', undefined, '小仙女', 'warning'],
      ['小姐姐们，这款今天第二件半价', undefined, '小姐姐们', 'warning'],
    ],
    [['这款奶粉适合一岁以上的宝宝们'], ['这件小仙女裙有现货'], ['买给家人用很合适']],
  )
  checkKinds(SL, [['寶寶們，今天全館免運', undefined, '寶寶們', 'warning']], [], { profile: 'zh-TW' })
})

// SL 2 / 3. hype-meme-praise and sales-hype-slang.
describe('internet-slang: hype praise and push-to-buy memes', () => {
  checkKinds(
    SL,
    [
      ['这双鞋上脚真的绝了', undefined, '真的绝了', 'warning'],
      ['高级感直接拉满', undefined, '高级感直接拉满', 'warning'],
      ['这个配色一眼爱了', undefined, '一眼爱了', 'warning'],
      ['这个价不买血亏', undefined, '不买血亏', 'warning'],
      ['老顾客都在抄作业，放心拍', undefined, '都在抄作业', 'warning'],
      ['名额不多了，赶紧上车', undefined, '赶紧上车', 'warning'],
    ],
    [['这款防晒的防护力直接拉满'], ['这个方法绝对有效，您放心'], ['上车前记得带好票'], ['这款茶叶冲泡的时候水温要八十度']],
  )
  checkKinds(
    SL,
    [
      ['這件上身質感直接拉滿', undefined, '質感直接拉滿', 'warning'],
      ['用過的都說真香，今天還有折扣', undefined, '都說真香', 'warning'],
    ],
    [],
    { profile: 'zh-TW' },
  )
})

// SL 4. reaction-catchphrase.
describe('internet-slang: reaction catchphrases', () => {
  checkKinds(
    SL,
    [
      ['人麻了，快递又把地址写错了', undefined, '人麻了', 'warning'],
      ['好家伙，仓库居然漏发了', undefined, '好家伙', 'warning'],
      ['救命，这个色号又断货了', undefined, '救命', 'warning'],
    ],
    [['手都冻麻了可以戴这款手套'], ['这是救命药，我们加急发']],
  )
  checkKinds(SL, [['我人麻了，物流又卡住', undefined, '我人麻了', 'warning']], [], { profile: 'zh-TW' })
})

// SL 6. baby-talk-cute-suffix: whimpers and cuddles sent to the buyer.
describe('internet-slang: baby talk and cuddles', () => {
  checkKinds(
    SL,
    [
      ['嘤嘤嘤，让您久等了', undefined, '嘤嘤嘤', 'warning'],
      ['摸摸头，马上给您处理', undefined, '摸摸头', 'warning'],
      ['抱抱亲，我们这就补发', undefined, '抱抱亲', 'warning'],
    ],
    [['抱抱熊玩偶有现货'], ['贴纸随包裹一起寄出'], ['好滴亲，马上发货']],
  )
  checkKinds(SL, [['貼貼～感謝支持', undefined, '貼貼', 'warning']], [], { profile: 'zh-TW' })
})

// SL 8. numeric-emoticon-code: letter faces.
describe('internet-slang: letter emoticons', () => {
  checkKinds(
    SL,
    [
      ['TAT实在抱歉，马上给您换', undefined, 'TAT', 'warning'],
      ['QwQ马上帮您查', undefined, 'QwQ', 'warning'],
      ['好的亲，TvT我们再核对一下', undefined, 'TvT', 'warning'],
    ],
    [['型号是TAT-555'], ['满666减60的活动今天还有效']],
  )
  checkKinds(SL, [['QwQ抱歉讓您久等', undefined, 'QwQ', 'warning']], [], { profile: 'zh-TW' })
})

// SL 9. zh-tw-intimate-address: 親 mid-sentence as the buyer, 寶寶 alone as the address.
describe('internet-slang: zh-TW intimate address mid-sentence', () => {
  checkKinds(
    SL,
    [
      ['這款很適合親喔', undefined, '適合親', 'warning'],
      ['如果親需要的話可以先下單', undefined, '如果親', 'warning'],
      ['寶寶，這款有現貨喔', undefined, '寶寶', 'warning'],
    ],
    [['這款很適合送給親友'], ['我們會親自幫您確認'], ['適合寶寶的尺寸是80']],
    { profile: 'zh-TW' },
  )
  checkKinds(SL, [], [['这款很适合亲哦'], ['亲亲，马上帮您处理哈']])
})
