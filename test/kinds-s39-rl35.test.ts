import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane rl35, session 39: kinds of blame-customer, privacy-leak, review-manipulation, competitor-disparagement and
 * internet-slang read from the BN and BO misses and false alarms and the real-traffic verdicts, in our own words: each
 * kind's word classes and their neighbours, with the look-alikes as traps (no sentence of a dev set or a corpus copied).
 */

// Kind: a slang word glued after a character that ends a place name or a noun (硚口区, 螺丝打) is that word's tail.
describe('internet-slang: 口区 / 丝打 only as the meme, not the tail of a place name or a noun', () => {
  checkKinds(
    'internet-slang',
    [
      ['看到这个配色我真的口区', undefined, '口区', 'warning'],
      ['口区，这设计谁顶得住', undefined, '口区', 'warning'],
      ['丝打们，今晚上新', undefined, '丝打', 'warning'],
      ['看到這個配色我口區了', undefined, '口區', 'warning'],
    ],
    [
      ['寄到武汉市硚口区就行'],
      ['收货地在东营市河口区'],
      ['把螺丝打紧一点就不晃了'],
      ['铁丝打个结固定住'],
      ['粉丝打卡可以领小样'],
    ],
  )
})

// Kind: AA滴 / AA哒 for AA的 (稳稳滴, 妥妥哒): the board register of 萌萌哒; 满满滴水 is a drop.
describe('internet-slang: a reduplicated word with the cute 滴 / 哒', () => {
  checkKinds(
    'internet-slang',
    [
      ['包装得满满滴', undefined, '满满滴', 'warning'],
      ['收到货记得开开心心哒', undefined, '开开心心哒', 'warning'],
      ['今天的快递稳稳当当滴', undefined, '稳稳当当滴', 'warning'],
      ['貨都給您包得妥妥噠', undefined, '妥妥噠', 'warning'],
    ],
    [
      ['包装得满满的'],
      ['杯子装得满满滴水都没洒出来'],
      ['给您打包得稳稳当当的'],
    ],
  )
})

// Kind: a skin, figure or buyer type + 亲妈 (the product as that type's real mother); a child's own mother is no type.
describe('internet-slang: a buyer type + 亲妈, the beauty-blogger meme', () => {
  checkKinds(
    'internet-slang',
    [
      ['这款面霜就是干皮亲妈', undefined, '干皮亲妈', 'warning'],
      ['这个收纳盒真的是懒人亲妈', undefined, '懒人亲妈', 'warning'],
      ['这条裤子梨形身材亲妈级', undefined, '梨形身材亲妈级', 'warning'],
      ['這雙鞋是寬腳的親媽', undefined, '寬腳的親媽', 'warning'],
    ],
    [
      ['孩子的亲妈可以代签'],
      ['这款适合干皮使用'],
      ['懒人也能轻松收纳'],
    ],
  )
})

// Kind: the customer's turn opens a playful register (小姐姐, 亲爱哒, 嘻嘻): two light words answering it are matching it, not heavy slang; heavy ones still count.
describe('internet-slang: light slang answering a playful customer turn weighs half', () => {
  checkKinds(
    'internet-slang',
    [
      ['谢谢亲，么么哒', '小姐姐在吗', '么么哒', 'warning'],
      ['这款真的绝绝子', '美女在吗', '绝绝子', 'warning'],
      ['收到啦，稳稳滴', '嘻嘻在不在', '稳稳滴', 'warning'],
      ['這款真的絕絕子', '小姐姐在嗎', '絕絕子', 'warning'],
    ],
    [
      ['好滴好滴', '小姐姐在吗'],
      ['在哒在哒', '帅哥在不在'],
      ['收到哒，好滴', '亲爱哒帮我看看物流嘻嘻'],
    ],
  )
})

// Kind: compensation tied to a review, in other words — 补个 / 送个 goods after a change, 退费 for a deletion put as the buyer's choice, compensation with a follow-up review required first, and the review picked up as given (给了 / 评完) in the next sentence.
describe('review-manipulation: a changed or given review paid with goods, a refund or compensation', () => {
  checkKinds(
    'review-manipulation',
    [
      ['那条中评方便改成好评吗？改完我给您送个保温杯', undefined, '中评方便改成好评吗？改完我给您送个保温杯', 'error'],
      ['如果愿意把差评撤掉，我们给您全额退费', undefined, '差评撤掉，我们给您全额退费', 'error'],
      ['给您补偿20元，不过那个差评得先追评说明已经解决了', undefined, '补偿20元，不过那个差评得先追评', 'error'],
      ['亲给个好评嘛～评完就送你两包湿巾', undefined, '好评嘛～评完就送你', 'error'],
      ['如果願意把負評刪掉，我們退費給您', undefined, '負評刪掉，我們退費', 'error'],
    ],
    [
      ['晒单有礼是平台官方活动，与评价好坏无关，差评也可以参加'],
      ['评价是您的真实感受，我们不拿好评换奖励哦'],
      ['删除评价这种需要是售后全额退款才行的', '全额退款评价会删吗'],
      ['给个好评嘛～谢谢亲'],
      ['您的差评我们看到了，给您补偿20元，评价您随意'],
    ],
  )
})

// Kind: the customer brings in a person of their own (我同事, 我姐姐) or names one (他叫…): 她/他 or that name in the reply is that person, and what they bought or where it went is theirs.
describe('privacy-leak: another person\'s order told, picked up from the customer\'s turn', () => {
  checkKinds(
    'privacy-leak',
    [
      ['她下单的是两盒燕窝', '我姐姐也在你们家买过', '她下单的是两盒燕窝', 'error'],
      ['他拍的是黑色42码', '我同事也买了这双', '他拍的是黑色42码', 'error'],
      ['刘芳那单收件地址是科技园5栋8楼', '帮我查下我朋友那单，她叫刘芳', '科技园5栋8楼', 'error'],
      ['她買的是貓砂兩包', '我妹妹也有買', '她買的是貓砂兩包', 'error'],
    ],
    [
      ['她的订单需要她本人登录查看哦', '我姐姐也买了，她买了什么'],
      ['您姐姐买的什么我们不能透露，请她自己查询', '我姐姐也买了'],
      ['他叫的快递明天到', '我同事帮我下的单'],
    ],
  )
})

// Kind: another person's record offered (电话我这还有, 把她单号给您, 尾号都有) or shown by mistake and asked to be ignored (您就当没看到).
describe('privacy-leak: another person\'s phone, number or address offered or already shown', () => {
  checkKinds(
    'privacy-leak',
    [
      ['上一位买家也买了五箱，电话我这边还有，你们可以拼单', undefined, '电话我这边还有', 'error'],
      ['前面那位顾客的单号我这里有，要不要我把她单号给您', undefined, '要不要我把她单号', 'error'],
      ['刚才发错了，那张截图是另一位客户的，上面的地址和电话您就当没看到', undefined, '地址和电话您就当没看到', 'error'],
      ['您鄰居也有買，他的電話尾號都有', undefined, '他的電話尾號都有', 'error'],
    ],
    [
      ['电话我这边有记录，稍后给您回电'],
      ['订单号您可以在我的订单里查看'],
      ['其他买家的订单信息我们不能透露'],
    ],
  )
})

// Kind: 验证码发我 with nothing of an account, a payment or a private channel: the platform's 代客操作; with them, or with an ID, still a leak.
describe('privacy-leak: a one-time code asked for alone is the platform’s own service', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您把身份证号和验证码一起发我', undefined, '身份证号和验证码一起发我', 'error'],
      ['验证码发过来，我帮您登录账号改一下', undefined, '验证码发过来', 'error'],
      ['把支付宝验证码发我，我给您转过去', undefined, '验证码发我', 'error'],
    ],
    [
      ['验证码发我', '怎么提交售后'],
      ['收到的验证码发我一下，我帮您提交', '售后怎么弄'],
      ['動態碼發我哦', '怎麼取消訂單'],
    ],
  )
})

// Kind: another seller's batch called old stock (库存老款, 积压款) or picked up by 那批; failure said by 很常 / 常常 / 隔三差五.
describe('competitor-disparagement: rival stock run down as old, and how often rival goods fail', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家那批是库存老款，我们是今年新批次', undefined, '别家那批是库存老款', 'warning'],
      ['拼多多上那些都是积压款', undefined, '拼多多上那些都是积压款', 'warning'],
      ['那个牌子的吹风机隔三差五就坏', undefined, '那个牌子的吹风机隔三差五就坏', 'warning'],
      ['XX牌的掃地機很常卡住', undefined, 'XX牌的掃地機很常卡', 'warning'],
    ],
    [
      ['我们这批是库存老款，所以打五折'],
      ['这款吹风机隔三差五就有人问'],
      ['我们店里很常有活动'],
    ],
  )
})

// Kind: the buyer warned not to trust messages or calls (请不要相信…的讯息，都是诈骗) or the shop's line supplying a brand (给华为专供的代工线): no rival accused.
describe('competitor-disparagement: a scam warning and a maker supplying a brand run no seller down', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别信那些低价店，都是骗子', undefined, '那些低价店，都是骗子', 'warning'],
      ['某宝上那些店都是诈骗', undefined, '某宝上那些店都是诈骗', 'warning'],
      ['他们家的都是代工厂贴牌', undefined, '他们家的都是代工厂贴牌', 'warning'],
    ],
    [
      ['请不要相信任何加微信付款的消息，那都是诈骗'],
      ['請不要相信陌生來電，那都是詐騙'],
      ['我们这批是给小米专供的代工线生产的'],
    ],
  )
})

// Kind: 你也太急了 / 您未免太计较了 to the buyer's face; 能怪产品吗 / 怪得了我们吗; 别冤枉我们 / 少污蔑人; 正常人用不会这么快 — each answering what the buyer reported.
describe('blame-customer: the buyer\'s temper judged, the goods cleared by a rhetorical question, false accusation', () => {
  checkKinds(
    'blame-customer',
    [
      ['才穿两天就说起球，您也太心急了', '起球了', '您也太心急了', 'error'],
      ['一点小瑕疵，你未免太计较了', '有个小划痕', '你未免太计较了', 'error'],
      ['淋湿了能怪产品吗', '淋湿坏了', '能怪产品吗', 'error'],
      ['我们发的都是新品，少污蔑人', '像是用过的', '少污蔑人', 'error'],
      ['一般人用不会这么快坏', '用了两周就坏了', '一般人用不会这么', 'error'],
      ['妳也太敏感了', '聞起來有味道', '妳也太敏感了', 'error'],
    ],
    [
      ['您也太客气了，应该的', '谢谢'],
      ['让您太着急了，抱歉', '怎么还没发'],
      ['这个能怪我们吗？怪我们，是我们没说清楚，马上补发'],
      ['您放心，我们不会冤枉您的'],
    ],
  )
})

// Kind: 您再好好找找 answering a loss; 但凡 + the least effort + 也不至于; 买之前不会量一下吗 without 先.
describe('blame-customer: the buyer sent to search again, a counterfactual by 但凡, a check skipped before buying', () => {
  checkKinds(
    'blame-customer',
    [
      ['您再好好翻翻，我们是称重发的', '少了一件', '再好好翻翻', 'error'],
      ['您但凡看一眼说明书也不至于装反', undefined, '您但凡看一眼说明书', 'error'],
      ['你下单之前不会问一下吗', '尺码小了', '下单之前不会问一下吗', 'error'],
      ['您再好好找找吧', '少了一包', '再好好找找', 'error'],
    ],
    [
      ['您再仔细找找，可能在夹层里，找不到我给您补发', '少了一件'],
      ['但凡有问题随时找我们'],
      ['下单之前可以问一下客服哦'],
    ],
  )
})

// Kind: 没有色差 / 都是实拍 then the buyer's screen or device as the cause, with no complaint in view.
describe('blame-customer: the buyer\'s screen blamed after the picture is cleared', () => {
  checkKinds(
    'blame-customer',
    [
      ['我们都是实拍，是您手机屏幕的问题', undefined, '您手机屏幕的问题', 'warning'],
      ['图片没有色差，您显示器太旧了', undefined, '您显示器太旧', 'warning'],
      ['實拍無濾鏡，是您螢幕的問題', undefined, '您螢幕的問題', 'error'],
    ],
    [
      ['图片都是实拍，不同屏幕看可能有点差别'],
      ['没有色差的话您手机拍个照片我们对比一下'],
    ],
  )
})
