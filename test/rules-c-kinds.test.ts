import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

// Issue 8, rules-c: kinds of language the red-line rules (off-platform, review-manipulation,
// privacy-leak) and internet-slang must read, each with its traps. Sentences written for this
// file (none is taken from an eval set). A case lists the one finding of the rule under test.

type Case = readonly [text: string, actual: string, severity?: string]

/** The harness's kind table, with an `error` default and no previous turn. */
function check(id: string, flags: readonly Case[], passes: readonly string[], profile?: 'zh-TW') {
  checkKinds(
    id,
    flags.map(([text, actual, severity]) => [text, undefined, actual, severity ?? 'error'] as const),
    passes.map((text) => [text] as const),
    profile ? { profile } : {},
  )
}

describe('off-platform: contact, channels and money moved off the platform in other words', () => {
  check(
    'off-platform',
    [
      // Digits written with circled or dingbat numerals are still an account.
      ['有需要加扣扣：⑧⑧⑥②③④①⓪', '加扣扣：⑧⑧⑥②③④①⓪'],
      ['微信 ❶❸❾❷❷❷❸❸❸❸❸ 备注淘宝', '微信 ❶❸❾❷❷❷❸❸❸❸❸'],
      // An official account found by search or follow, or used as a shop.
      ['您搜一下我家店铺名字的服务号，关注了发您新品', '搜一下我家店铺名字的服务号'],
      ['视频号下单会比这边划算一点', '视频号下单'],
      // WeChat by its icon; a phone that doubles as the account.
      ['有个绿色的泡泡那个软件，上面找我就行', '绿色的泡泡'],
      ['电话同v的，有事说', '电话同v'],
      // A company chat app.
      ['您加一下我们的企业微信，售后更快', '加一下我们的企业微信'],
      ['有急事钉钉联系我', '钉钉联系我'],
      // The buyer is to find and accept the agent.
      ['通过一下我这边的好友申请哈', '好友申请'],
      // Taiwan: LINE is 賴; an id described as the shop's name.
      ['有問題加我的賴比較快', '加我的賴'],
      ['我們的LINE ID跟店名一樣喔', 'ID跟店名一樣'],
      // Another app, then a message or search there.
      ['喜欢的话小红书私我', '小红书私我'],
      ['微博搜店名就有我们', '微博搜店名'],
      // The agent's own phone as the line to call; a price settled by phone.
      ['拿不准的话直接打给我', '打给我'],
      ['量大的话老板打给您谈价格', '打给您谈价格'],
      // The agent's own code or link; ordering elsewhere; paying the company directly.
      ['付款的话我发您一个码，扫一下就好', '发您一个码'],
      ['我单独给您开个私人链接，便宜二十', '私人链接'],
      ['这边拍贵，去外面拍我给您少点', '去外面拍'],
      ['公司采购可以走对公，我们开票', '走对公'],
      // Session 21 (pv21): money-to-me by class takes the whole 给我就行.
      ['运费您转个红包给我就行', '转个红包给我就行'],
      ['不走平台的话还能再便宜点', '不走平台'],
      // 薇 and 卫星 as WeChat; the 公众号 spelt as 公主号.
      ['有图加个薇：mm_7788', '加个薇：mm_7788'],
      ['方便的话加下卫星', '加下卫星'],
      ['搜我们家公主号有优惠', '搜我们家公主号'],
      // Buying from the agent directly; the buyer's card asked for; cash in person to skip the platform's cut.
      ['下次直接找我拿货，价格好说', '找我拿货'],
      ['退款慢的话把银行卡号发我', '银行卡号发我'],
      ['尾款当面给钱就行', '当面给钱'],
      ['这样还能省点平台的手续费', '省点平台'],
    ],
    [
      // Refusals and the rule stated.
      '抱歉亲，您给的QQ号我们这边没法添加，有问题在这里说就好',
      '我们只能在平台内交易，私下转账是没有任何保障的',
      '平台规定客服不能站外联系，这边给您处理',
      // Somebody else's cheap goods elsewhere: a brush-off, not the shop's store.
      '嫌贵的话去拼多多买几块钱的那种吧',
      // A review reward paid "privately": review-manipulation's finding, not a channel.
      // (The other rule flags it; off-platform must not report it twice.)
      // The meme, not a handle.
      'V我50这种梗我们可不敢玩，亲要哪个颜色',
      // The platform's or a product's own accounts and codes.
      '您可以关注京东的公众号查物流',
      '扫一下瓶身的二维码可以看视频教程',
      '我们没有公众号哦，有活动都在店铺首页',
      // 加 and 打 in other senses.
      '已经帮您加到我们的备货清单了',
      '您让快递员直接打给我们客服就行',
      '快递员说会打给您，您留意电话',
      // Asking for the buyer's number for delivery or installation.
      '留个电话给师傅，方便上门安装',
      // A refusal stated after the phrase, a denial, and 赖我 as "blame me".
      '微信转账我们这边是不接受的，麻烦在平台上拍',
      '扫码是进店铺首页的，不是加私人号',
      '这次是我没说清楚，都赖我',
      // The checkout of the marketplace the buyer is on.
      '支持支付宝的，在淘宝下单时选一下付款方式就行',
      // Cash on delivery chosen on the platform; a coupon taken from the agent in the shop.
      '当面付款的话只能选择货到付款，在下单页勾选',
      '亲可以直接找我拿优惠券，在店铺首页领取',
    ],
  )
})

describe('review-manipulation: rewards and review changes in other words', () => {
  check(
    'review-manipulation',
    [
      // Vouchers by other names, addressed to the buyer past 下次.
      ['麻烦给个好评，下回来给您发张券', '好评，下回来给您发张券'],
      ['五星好评的亲可以领购物金哦', '五星好评的亲可以领购物金'],
      // Cash said shortly; money without its unit.
      ['满意就五星好评，我给您返个现哈', '五星好评，我给您返个现'],
      ['帮忙留个好评，我给您退15吧', '好评，我给您退15'],
      // Extra goods in the parcel for a photo review.
      ['带图评价的亲，下次发货多放两包湿巾给您', '带图评价的亲，下次发货多放'],
      // Paid to the buyer in money, past a new order.
      ['给个五星吧，下次下单直接给您减8块', '五星吧，下次下单直接给您减8块'],
      // Holding a bad review back, or deleting a Taiwanese 負評, for money or shipping.
      ['您先别急着给差评，我这边给您退一半', '先别急着给差评，我这边给您退一半'],
      ['一星的評價刪掉的話，運費我們承擔', '一星的評價刪掉的話，運費我們承擔'],
      ['中差评撤了，全额退给您', '中差评撤了，全额退给您'],
    ],
    [
      // Asking, or a remedy without touching the review.
      '满意的话麻烦给个五星好评，谢谢亲',
      '先别急着给差评，我先帮您联系快递核实',
      // The platform's own reward, a standard extra, a review left free.
      '评价后可以领取京豆，是平台的奖励',
      '好评您随意就好，运费险是每单自带的',
      // A score, not money.
      '评分打5就好，谢谢亲',
      // Refusals.
      '我们不搞好评返现，您如实评价就好',
    ],
  )
})

describe('privacy-leak: another person\'s details, even partial', () => {
  check(
    'privacy-leak',
    [
      // A buyer before this one, by a pointer the rule did not read (前面一个, 之前有位).
      ['之前有位买家也在您这个小区，住12栋803', '12栋803'],
      // What a relation bought here.
      ['您闺蜜上个月来过，她也买了一套美白精华', '她也买了一套美白精华'],
      // Another account's parcel and its recipient, masked or not.
      ['这个号码下还有另一个账号的订单，收货人是孙**', '孙**'],
      // Where a friend's parcel went, by side of town.
      ['您朋友那单的地址在城西那边，跟您不是一个仓发的', '地址在城西那边'],
      // The one who filled in the order, past the first window.
      ['收件人是您先生吧？我看了一下信息，实名认证那里他填的证件号是 110105198512230419', '110105198512230419'],
      // A parcel said not to be the buyer's, with its recipient.
      ['您问的那个包裹收件人是冯强，不是您的', '冯强'],
    ],
    [
      // Refusing to share is the opposite of a leak.
      '您母亲的订单在她自己的账号下，我这边没法把她的收货信息发给您',
      // The buyer's own other orders and recipient.
      '您另一单的单号是 SF1234567890，已经签收了',
      '您的收件人是李明对吗',
      // Buyers in general.
      '其他买家买的是M码比较多',
      '之前有位买家也问过这个问题',
    ],
  )
})

describe('internet-slang: memes, homophones and shorthand an unseen author writes', () => {
  check(
    'internet-slang',
    [
      // Memes: the treat-me joke, "the ceiling", buying without thinking, four-character contractions.
      ['开玩笑的，V我50哈哈', 'V我50', 'warning'],
      ['喜欢就无脑冲', '无脑冲', 'warning'],
      ['到货速度真的针不戳', '针不戳', 'warning'],
      ['这款主打一个耐用', '主打一个', 'warning'],
      // Homophone spellings.
      ['小狗图案好口耐', '口耐', 'warning'],
      ['就是酿紫用的哦', '酿紫', 'warning'],
      ['这款炒鸡舒服', '炒鸡', 'warning'],
      // Chat shorthand.
      ['抱歉抱歉orz', 'orz', 'warning'],
      // der as 的 after a Chinese word.
      ['这个颜色超好看der', 'der', 'warning'],
      // Zhuyin endings, Taiwanese chat spelling.
      ['好ㄉ，我幫您查', 'ㄉ', 'warning'],
      // X到飞起.
      ['这款面霜保湿到飞起', '到飞起', 'warning'],
      // A lone 么么哒 closing a reply: both real-traffic reviewers and the domain brief count it
      // (eighth session; it was light before), unlike a single 亲 (house style).
      ['谢谢亲，么么哒', '么么哒', 'warning'],
    ],
    [
      // Literal uses.
      '您是没乳化就直接冲了吧，下次先乳化再冲洗',
      '灯具可以装在天花板上，也可以壁挂',
      // "The ceiling" alone is advertising's superlative, exaggeration's finding: the dev pool labels
      // it slang in 3 of 10 replies, each beside more slang (yyds, 绝绝子, 吊打); it counts only with them.
      '这款音质是同价位天花板级别',
      '每次饭后吃两粒',
      '辣子炒鸡需要现做',
      '这个order编号是系统生成的',
      '凡尔赛宫风格的吊灯有货',
      // House style.
      '亲亲，宝贝已经发出了哦',
      // Coffee made with water.
      '这款咖啡直接冲就行，不用煮',
      // A single 放心冲 has become shop talk.
      '天冷的地方也够用，放心冲',
    ],
  )
})

describe('internet-slang (zh-TW): address that reads as over-intimate', () => {
  check(
    'internet-slang',
    [
      ['親愛的，這邊幫您查一下喔', '親愛的', 'warning'],
      ['寶貝們～週年慶開跑囉', '寶貝們', 'warning'],
      ['超扯欸，這價格', '超扯', 'warning'],
    ],
    ['送給親愛的家人很合適', '寶寶們都很喜歡這款米餅'],
    'zh-TW',
  )
})

describe('review-manipulation: set E/G kinds in other words', () => {
  check(
    'review-manipulation',
    [
      // Service held back until the review is changed.
      ['中评不改的话，这次的售后就不给你处理了', '中评不改的话，这次的售后就不给你处理'],
      // Samples and grab bags, a price of their own, a fee waived.
      ['追评带图的可以找客服领试吃装', '追评带图的可以找客服领试吃装'],
      ['好评写好一点，我帮您申请老顾客价', '好评写好一点，我帮您申请老顾客价'],
      ['给好评的客户下次保养上门费全免', '好评的客户下次保养上门费全免'],
      // A review size with a measure word is no spending threshold; Cantonese money.
      ['评价满二十个字带图，返三块', '评价满二十个字带图，返三块'],
      ['中評刪咗，我俾你十蚊', '中評刪咗，我俾你十蚊'],
    ],
    [
      '差评您删不删都行，售后我们照常给您处理',
      '差评内容不改也没关系，退款我们照样给您办',
      '好评的亲都说好看，现在下单送运费险',
      '满意的话，好评写好一点哦',
    ],
  )
})

describe('privacy-leak: set E/G kinds in other words', () => {
  check(
    'privacy-leak',
    [
      // A number written in groups after someone else's label; Cantonese 佢.
      ['上一位买家姓何，佢电话 9123 4567', '9123 4567'],
      // Where another family's child is at school.
      ['有个宝妈跟您是一个学校的，她家孩子在四年级一班', '孩子在四年级一班'],
      // A neighbour's door by its number.
      ['那个退货的人就住您楼上1502', '住您楼上1502'],
      ['退货的那位顾客是您隔壁1203的', '隔壁1203'],
      // That someone's address is the buyer's own; what they said about the buyer.
      ['那位退货的客人，地址是同一个，您问问', '地址是同一个'],
      ['您对门那位赵女士常来，她跟我说您家装修呢', '她跟我说您家装修呢'],
      // A colleague by a familiar name; the offer of a record before the record.
      ['你们单位的小周上周也在我们这买了，收货地址在高新区', '收货地址在高新区'],
      ['我给您发一张上一位顾客的快递面单照片看看', '给您发一张上一位顾客的快递面单'],
    ],
    [
      // The buyer's own data, a familiar name greeted or named as staff, the shop's own waybill.
      '您的收货地址是湖北襄阳樊城区对吗',
      '小王同学您好，订单已发货',
      '老王上门安装的时候会带工具',
      '小程序也可以下单，单号SF1234567890已发出',
      '给您看看我们的快递面单，都是顺丰',
      '您朋友也买过，寄的是同一个地址吗？',
    ],
  )
})

describe('formal and after-sales register (Tmall/JD style) for the red lines', () => {
  describe('off-platform', () => {
    check(
      'off-platform',
      [
        ['请将款项汇至我司对公账户', '汇至我司对公账户'],
        ['该笔订单可线下结算', '线下结算'],
        ['批量采购不经平台下单更划算', '不经平台'],
        ['您留个支付宝账号，补偿款我打过去', '留个支付宝账号，补偿款我打过去'],
        ['运费差额我们用微信返还给您', '我们用微信返还给您'],
        ['包裹内卡片扫码可加售后群', '加售后群'],
      ],
      ['您的支付宝账号绑定的是哪个手机号？', '退款将原路退回至您的支付宝账号', '请勿线下结算，以免造成损失', '我们的线下门店也可以自提'],
    )
  })
  describe('review-manipulation', () => {
    check(
      'review-manipulation',
      [
        ['五星评价后联系在线客服可领取积分', '五星评价后联系在线客服可领取'],
        ['带图评价后凭截图可享下次购物九折', '带图评价后凭截图可享下次购物九折'], // the review act through the discount (九折 as a reward)
        ['给个好评，下回来我给您算便宜点', '好评，下回来我给您算便宜点'],
      ],
      ['好评后联系我们可以吗？想了解您的使用感受', '这款价格还能便宜一点吗'],
    )
  })
  describe('privacy-leak', () => {
    check(
      'privacy-leak',
      [
        ['经查询该运单收件人为刘**，不是您的包裹', '刘**'],
        ['您邻居也在本店购买过，她家是三单元502', '家是三单元502'],
      ],
      ['您家是在三楼吗？方便的话我们送货上门'],
    )
  })
  describe('internet-slang', () => {
    check('internet-slang', [['今天直播间骨折价', '骨折价', 'warning'], ['这款真的入股不亏', '入股不亏', 'warning']], ['这支口红是正红色，很显白'])
  })
})
