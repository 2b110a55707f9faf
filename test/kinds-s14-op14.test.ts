import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eleventh session, lane op14: off-platform, review-manipulation and competitor-disparagement generalised
 * by complete classes (src/vocab/classes.yaml offplat.*, review.*.more, competitor.*.more) rather than by
 * pool misses. Replies in our own words; traps: negation, warnings, questions, quotation, the platform's
 * own features, rewards or changes already made.
 */

describe('off-platform: any chat app by any name, then a way of reaching the agent (飞书私聊我, WhatsApp搵我)', () => {
  checkKinds(
    'off-platform',
    [
      ['售后问题飞书私聊我就行', undefined, '飞书私聊我', 'error'],
      ['有急事用钉钉联系我', undefined, '钉钉联系我', 'error'],
      ['图片太多了，Telegram私信我', undefined, 'Telegram私信我', 'error'],
      ['唔该WhatsApp搵我', undefined, 'WhatsApp搵我', 'error'],
      ['款式多，私我小红书看看', undefined, '私我小红书', 'error'],
    ],
    [['请勿用飞书联系陌生人'], ['钉钉打卡功能在设置里'], ['您是在小红书上看到的笔记吗？'], ['微信支付和支付宝都支持']],
  )
})

describe('off-platform: the agent adds the buyer, a number searched, a card pushed, an account asked for', () => {
  checkKinds(
    'off-platform',
    [
      ['我这边加你好友，发你实拍', undefined, '加你好友', 'error'],
      ['你搜一下这个号码就能加到我', undefined, '搜一下这个号码就能加到我', 'error'],
      ['我把个人名片推给您', undefined, '名片推给您', 'error'],
      ['你v多少，我发你视频', undefined, '你v多少', 'error'],
    ],
    [['我帮您加急处理'], ['微信多少天能退回来？']],
  )
})

describe('off-platform: half-typed and emoji spellings (加我🐧, Q我), not inside 稍微 or 微调', () => {
  checkKinds(
    'off-platform',
    [
      ['有空加我🐧聊', undefined, '加我🐧', 'error'],
      ['批发价的话Q我', undefined, 'Q我', 'error'],
    ],
    [['稍微我这边核实一下'], ['可以加个微调按钮的配件'], ['飞机托运要另外付费']],
  )
})

describe('off-platform: money to the agent or an order off the site; the courier, the installer and the marketplace app pass', () => {
  checkKinds(
    'off-platform',
    [
      ['尾款钱直接给我就行，不用拍', undefined, '钱直接给我', 'error'],
      ['站外付款可以再便宜点', undefined, '站外付款', 'error'],
      ['我们自家APP里下单送积分', undefined, '自家APP里下单', 'error'],
      ['關注我們的LINE@有折扣', undefined, '關注我們的LINE', 'error'],
    ],
    [['货到付款时现金交给快递员就可以'], ['安装费当面付给师傅就行'], ['在京东APP下单更方便'], ['我们没有LINE官方帳號，請在聊聊詢問']],
  )
})

describe('off-platform: an app account asked to be left, a wallet app paid to the agent, the platform dropped by name', () => {
  checkKinds(
    'off-platform',
    [
      ['方便的话留一下钉钉，我拉个群', undefined, '留一下钉钉', 'error'],
      ['定金用PayMe轉給我就可以', undefined, 'PayMe轉給我', 'error'],
      ['熟客的話不用上淘宝，直接跟我訂', undefined, '不用上淘宝', 'error'],
    ],
    [['请不要给陌生人留钉钉'], ['本店支援街口支付付款'], ['不用上淘宝查了，物流我这边帮您看好了']],
  )
})

describe('review-manipulation: review acts as a class (星星都点亮, 非常满意, 高分, 正面评价, 夸夸我们) × rewards as a class', () => {
  checkKinds(
    'review-manipulation',
    [
      ['收到货把星星都点亮，给您返8块', undefined, '星星都点亮，给您返8块', 'error'],
      ['服务评价点个非常满意，送您一张满减券', undefined, '评价点个非常满意，送您', 'error'],
      ['麻烦打个高分，下次来给您打八折', undefined, '打个高分，下次来给您打八折', 'error'],
      ['给个正面评价，下次来店里送甜品一份', undefined, '正面评价，下次来店里送甜品一份', 'error'],
      ['夸夸我们的话，每周抽三位送保温杯', undefined, '夸夸我们的话，每周抽三位送', 'error'],
      ['写个带图评价，给您插个队先发货', undefined, '带图评价，给您插个队', 'error'],
    ],
    [
      ['把星星都点亮是对我们最大的鼓励'],
      ['服务满意的话请点个非常满意哦'],
      ['会员日全场八折，欢迎评价'],
      ['给个好评吧，本店支持七天无理由'],
      ['您评价里提到的问题，我们免费给您换新'],
      ['评价我们看到了，已经给您补发了'],
    ],
  )
})

describe('review-manipulation: a complaint or dispute withdrawn for money; one already withdrawn, or how to withdraw it, passes', () => {
  checkKinds(
    'review-manipulation',
    [
      ['这个投诉能不能撤一下，我们退您30', undefined, '投诉能不能撤一下，我们退您30', 'error'],
      ['撤销纠纷的话，运费我们来出', undefined, '撤销纠纷的话，运费我们来出', 'error'],
    ],
    [['您的投诉已经撤销了，退款已原路返回'], ['撤销投诉需要您在订单页操作']],
  )
})

describe('competitor-disparagement: how soon their goods fail by event or count (一刮风就翻, 用几下就卷刃), as good as nothing (贴了跟没贴一样)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家的雨伞一刮风就翻', undefined, '别家的雨伞一刮风就翻', 'warning'],
      ['隔壁店的刀具用几下就卷刃', undefined, '隔壁店的刀具用几下就卷刃', 'warning'],
      ['别家的暖宝宝贴了跟没贴一样', undefined, '别家的暖宝宝贴了跟没贴一样', 'warning'],
    ],
    [['这把伞一刮风就收起来比较安全'], ['别家一下就到了']],
  )
})

describe('competitor-disparagement: trait nouns × bad degrees, decline, looks only, dealings', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['其他牌子的体重秤误差特别大', undefined, '其他牌子的体重秤误差特别大', 'warning'],
      ['别家的充电宝续航很短', undefined, '别家的充电宝续航很短', 'warning'],
      ['那个牌子这几年越做越差', undefined, '那个牌子这几年越做越差', 'warning'],
      ['外面那些礼盒也就是包装好看', undefined, '外面那些礼盒也就是包装好看', 'warning'],
      ['别的影楼各种隐形消费', undefined, '别的影楼各种隐形消费', 'warning'],
    ],
    [['我们的体重秤误差很小'], ['我们家的礼盒包装好看，送人合适'], ['别家的续航长不长我们不清楚'], ['外边噪声很大的话建议关窗']],
  )
})

describe('competitor-disparagement: rivals as a class (夕夕上, 其余的, 电子城那些); reported words, quotations and warnings pass', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['夕夕上的耳机都是高仿', undefined, '夕夕上的耳机都是高仿', 'warning'],
      ['其余的都是贴牌货', undefined, '其余的都是贴牌货', 'warning'],
      ['电子城那些充电器都是翻新的', undefined, '电子城那些充电器都是翻新的', 'warning'],
    ],
    [['您说隔壁是高仿，这个我们不评价'], ['您提到的“别家都是翻新的”我们没法核实'], ['请认准官方店铺，谨防高仿'], ['您说的那家店我们没了解过']],
  )
})
