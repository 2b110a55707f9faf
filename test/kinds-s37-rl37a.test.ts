import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane rl37a, session 33: off-platform and privacy-leak kinds from the redlines taxonomy (§1, §2), in our own words —
 * other members of each word class than the taxonomy's example, other positions (alone, after an apology, as the answer to
 * the buyer's previous turn), Traditional forms; must-not rows from each kind's Excludes and the look-alike kinds.
 */

// off-platform 1. wechat-friend-invite / other-app-channel, as the answer to the buyer asking for the app: a bare yes or
// "add me". Traps: a refusal, the platform named, a yes about paying with the app, a second question about the goods.
describe('off-platform: yes to the buyer asking to add the agent', () => {
  checkKinds(
    'off-platform',
    [
      ['可以呀', '能加你微信吗', '可以呀', 'error'],
      ['有的', '你們有LINE嗎', '有的', 'error'],
      ['行，那您加我', '有扣扣吗？加一下', '您加我', 'error'],
      ['就是这个手机号，直接搜', '你们有微信吗', '就是这个手机号', 'error'],
      ['可以加的哦', '方便加个企业微信吗', '可以加的', 'error'],
    ],
    [
      ['不好意思亲，平台不允许哦', '能加微信吗'],
      ['可以的', '可以用微信支付吗'],
      ['可以的，您先拍下我改价', '能便宜点吗，能加微信吗'],
      ['可以在平台这里直接说哦', '能加微信吗'],
      ['可以的'],
    ],
  )
})

// off-platform 1/7. The shop's habit stated with a bare 不 (declining-off-platform-request look-alike) stays clean; an offer
// with 要不 / 不如 and the plain invitation are still reported.
describe('off-platform: 我们不加微信 is a refusal', () => {
  checkKinds(
    'off-platform',
    [
      ['要不您加个微信，我发视频给您', undefined, '加个微信', 'error'],
      ['微信加一下，图片发您', undefined, '微信加一下，', 'error'],
      ['威信加一下，照片傳給我', undefined, '威信加一下，', 'error'],
    ],
    [
      ['我们不加微信的，您在这里说就行'],
      ['我们这边不加私人微信哦，有事在这留言'],
      ['客服是不加QQ的，平台上沟通就好'],
      ['本店不私下交易，请在平台下单'],
    ],
  )
})

// off-platform 2. disguised-channel-name: 卫星 / V / 企鹅 / the green app as the place talked in. Traps: a real satellite
// product, V as a garment shape, a refusal.
describe('off-platform: disguised channel as the place to talk', () => {
  checkKinds(
    'off-platform',
    [
      ['方便的话上卫星找我，给您发实拍', undefined, '上卫星找我', 'error'],
      ['有事扣扣里面私我', undefined, '扣扣里面私我', 'error'],
      ['有事私我V', undefined, '私我V', 'error'],
      ['方便的話上衛星找我', undefined, '上衛星找我', 'error'],
      ['用绿色那个APP找我，发您实拍', undefined, '用绿色那个APP找我', 'error'],
    ],
    [
      ['这款带卫星定位，信号弱的时候会慢一点'],
      ['这件是V领的，显瘦'],
      ['不要上卫星找我哦，在这里说就行'],
    ],
  )
})

// off-platform 4. phone-call-or-sms: the agent ringing or texting the buyer herself, the chat called too slow or unclear,
// the buyer's number taken for a later call. Traps: the courier's call, a past call reported, a question.
describe('off-platform: the agent moves the talk to a call or a text', () => {
  checkKinds(
    'off-platform',
    [
      ['打字说不清，我给您回个电话吧', undefined, '我给您回个电话', 'error'],
      ['電話裡講比較快', undefined, '電話裡講比較快', 'error'],
      ['您电话多少？我打过去', undefined, '我打过去', 'error'],
      ['我发短信给您详细说', undefined, '我发短信给您', 'error'],
      ['这边回复慢，你打过来吧', undefined, '回复慢，你打过来', 'error'],
      ['留个手机号，我下午打给您', undefined, '我下午打给您', 'error'],
    ],
    [
      ['快递员派送前会电话联系您，请保持手机畅通'],
      ['我刚才给您打电话没人接，您方便的时候在这里回复'],
      ['您需要的话我打给您吗？'],
      ['安装师傅电话沟通更方便，他会提前联系您'],
    ],
  )
})

// off-platform 5. personal-qr-code: held down, scanned with a wallet, or scanned for one-to-one service. Traps: the
// anti-counterfeit code, the manual's video code, a warning.
describe('off-platform: a code scanned to reach or pay the agent', () => {
  checkKinds(
    'off-platform',
    [
      ['长按识别二维码加我', undefined, '长按识别二维码加我', 'error'],
      ['用街口掃這個條碼付款就好', undefined, '用街口掃這個條碼付款', 'error'],
      ['图里有个码，您扫一下，我们一对一给您处理', undefined, '扫一下，我们一对一给您', 'error'],
    ],
    [
      ['扫一下吊牌上的码可以查真伪'],
      ['扫一下说明书上的二维码看安装视频'],
      ['不要扫陌生人的二维码付款'],
    ],
  )
})

// off-platform 6. indirect-directions-elsewhere: "there" or "by what it says" after the place where the contact hides.
// Traps: the order page, the detail page, a model number on a picture.
describe('off-platform: contact hidden elsewhere and pointed at', () => {
  checkKinds(
    'off-platform',
    [
      ['請看賣場「關於我」，那邊可以私訊我', undefined, '關於我」，那邊可以私訊我', 'error'],
      ['去店铺首页简介看一下，按那个方式找我', undefined, '简介看一下，按那个方式找我', 'error'],
      ['看我头像，上面有号', undefined, '头像，上面有号', 'error'],
      ['包裹里有张小卡，按卡上的方式联系我们', undefined, '小卡，按卡上的方式联系我们', 'error'],
      ['上一张图片角落有个号，加那个', undefined, '图片角落有个号', 'error'],
      ['我的昵称就是号，搜一下就行', undefined, '我的昵称就是号', 'error'],
    ],
    [
      ['您在订单详情页点申请售后就行，那边上传照片'],
      ['尺码信息在详情页里，那边有写'],
      ['看一下订单详情，上面有快递单号'],
      ['我的名字就是小美，有事随时叫我'],
    ],
  )
})

// off-platform 8. off-order-private-deal: ordered through the agent instead of the platform, settled off the books,
// resold after a refund. Traps: a refusal, a warning, the platform's 改价, a shop's bricks-and-mortar service.
describe('off-platform: the deal moved off the order', () => {
  checkKinds(
    'off-platform',
    [
      ['不用拍了，您直接找我下单', undefined, '不用拍了，您直接找我下单', 'error'],
      ['大单咱们线下处理，价格好谈', undefined, '线下处理', 'error'],
      ['这个问题我们私底下解决吧', undefined, '私底下解决', 'error'],
      ['先給您退款，再單獨賣給您，能省點', undefined, '先給您退款，再單獨賣給您', 'error'],
    ],
    [
      ['我们不能线下处理，请走平台售后'],
      ['您在链接里拍下，我帮您改价'],
      ['线下处理需要到店哦，门店地址在店铺首页'],
      ['先给您退款，再给您发个新链接重新拍'],
    ],
  )
})

// off-platform 9. obfuscated-contact-id: the account after 加我 and a colon, full-width. Traps: a pick-up code, a price.
describe('off-platform: account after 加我 and a colon', () => {
  checkKinds(
    'off-platform',
    [
      ['加我：ｋｅｆｕ８８６，备注订单号', undefined, '加我：ｋｅｆｕ８８６', 'error'],
      ['加我: shop_lin2024', undefined, '加我: shop_lin2024', 'error'],
      ['搜我：mei_88666，头像是花', undefined, '搜我：mei_88666', 'error'],
      ['加我：lin_shop88，備註訂單號', undefined, '加我：lin_shop88', 'error'],
    ],
    [
      ['您的取件码是 3-2-1108'],
      ['加我：这款加购物车就行'],
    ],
  )
})

// privacy-leak 4 and 8. other-buyer-order-content / reviewer-or-complainer-identity: another buyer named by account or
// nickname, then what they bought or wrote. Traps: the buyer's own account, the shop's account, anonymous buyers.
describe('privacy-leak: another buyer by handle', () => {
  checkKinds(
    'privacy-leak',
    [
      ['剛剛帳號 lulu_0512 的買家也下了兩組', undefined, 'lulu_0512', 'error'],
      ['买家“小熊软糖”刚下单了黑色XL', undefined, '“小熊软糖”', 'error'],
      ['那条评价是昵称“快乐小猪”写的，您别在意', undefined, '“快乐小猪”', 'error'],
      ['投诉的是账号 jack1988 发的，他经常这样', undefined, 'jack1988', 'error'],
    ],
    [
      ['您的账号 amy0921 已经绑定成功'],
      ['我们店铺账号“花花小店”的买家可以领券'],
      ['有位165的买家穿M刚好'],
      ['一位170的顾客反馈偏小，建议拍大一码'],
      ['用户名“小熊软糖”是您吗？'],
    ],
  )
})

// privacy-leak 3. mixup-reveals-other-party: the buyer as receiver of another's parcel, the other placed by city. Traps:
// the buyer named, the warehouse named, no identifier.
describe('privacy-leak: mixed-up parcel names the other party', () => {
  checkKinds(
    'privacy-leak',
    [
      ['誤寄了，您收到的是台南的林小姐買的那組', undefined, '台南的林小姐', 'error'],
      ['抱歉，您拿到的是苏州的周先生的货，我们马上换回来', undefined, '苏州的周先生', 'error'],
      ['您的包裹被送到杭州西湖区的王阿姨家了', undefined, '杭州西湖区的王阿姨', 'error'],
    ],
    [
      ['您是上海的陈先生吧'],
      ['您收到的是杭州仓发的货'],
      ['抱歉寄给了另一位顾客，我们马上给您补发'],
    ],
  )
})

// privacy-leak 9. sharing-others-records: another customer's proof of refund, payment or pick-up shown. Traps: the buyer's
// own proof, buyer-show photos on the product page.
describe('privacy-leak: another customer’s proof shown', () => {
  checkKinds(
    'privacy-leak',
    [
      ['这是别的买家的退款凭证，您看已经到账了', undefined, '这是别的买家的退款凭证', 'error'],
      ['给您看看上一位客户的转账记录', undefined, '给您看看上一位客户的转账记录', 'error'],
      ['這是另一位客人的取貨簡訊，您參考', undefined, '這是另一位客人的取貨簡訊', 'error'],
    ],
    [
      ['您的退款凭证在订单详情里可以看到'],
      ['评价里有很多实拍图，您可以参考'],
    ],
  )
})

// privacy-leak 1. full-phone-number: a Taiwanese mobile changed in the order for the buyer (no 電話 label, the change is
// the frame). Traps: the masked form, a shop hotline, a tracking number.
describe('privacy-leak: a mobile changed in the order', () => {
  checkKinds(
    'privacy-leak',
    [
      ['已幫您改成 0912345678 了', undefined, '0912345678', 'error'],
      ['好的，已改为0935-222-111', undefined, '0935-222-111', 'error'],
      ['收件号码已更新为 0988123456', undefined, '0988123456', 'error'],
    ],
    [
      ['已帮您改成 138****6621 了'],
      ['有问题可以打我们客服热线400-820-1234'],
      ['单号已改成 SF1420387756213'],
    ],
  )
})

// privacy-leak 5. disclosure-to-non-owner: the order of the account owner told to whoever asks (spouse, colleague), by the
// verb the order was placed with. Traps: the privacy refusal, the buyer's own order read back.
describe('privacy-leak: the owner’s order told to someone else', () => {
  checkKinds(
    'privacy-leak',
    [
      ['可以的，您老公订购的是两瓶精华', '我是他老婆，帮我查下我老公买了啥', '订购的是两瓶精华', 'error'],
      ['您同事拍的是黑色M码，昨天发的货', '我是她同事，她买的啥', '拍的是黑色M码', 'error'],
      ['您先生訂的是兩盒鳳梨酥', '我是他太太，幫我查一下他買了什麼', '訂的是兩盒鳳梨酥', 'error'],
    ],
    [
      ['为了保护隐私，请让下单人本人联系我们', '我朋友买了什么'],
      ['您拍的是M码对吗'],
      ['他买的是黑色XL，和您一样吗？'],
      ['您这次买的是两瓶，已经发货了'],
    ],
  )
})

// off-platform 1/3/4. Handed over as the answer to the buyer asking for a number, a code or a call (有私人电话吗 → 有，我发您;
// 能加你QQ吗 → 好的，您搜这个号; 能电话说吗 → 我这边给您打过去). Traps: a photo sent in the chat, the buyer calling the courier.
describe('off-platform: the contact handed over as the answer', () => {
  checkKinds(
    'off-platform',
    [
      ['有，我发您', '有私人电话吗', '我发您', 'error'],
      ['好的，您搜这个号', '能加你QQ吗', '搜这个号', 'error'],
      ['可以的，我这边给您打过去', '能电话说吗', '我这边给您打过去', 'error'],
      ['有的，我私發您', '有收款碼嗎', '我私發您', 'error'],
    ],
    [
      ['好的，我发您实拍', '能加微信吗？发个实拍看看'],
      ['可以的', '我可以打电话催一下快递吗'],
    ],
  )
})

// privacy-leak 8. reviewer-or-complainer-identity: the author of a review or complaint named in full. Traps: a time or a
// place before 发的, the buyer asked, the shop owning the fault.
describe('privacy-leak: the author of a review named', () => {
  checkKinds(
    'privacy-leak',
    [
      ['那个投诉是王建军发的，他就是职业差评师', undefined, '王建军', 'error'],
      ['那条差评是李娜留的，她买了三次退了三次', undefined, '李娜', 'error'],
      ['那則負評是陳大文寫的，您別在意', undefined, '陳大文', 'error'],
    ],
    [
      ['差评是黄金周发的，当时物流慢'],
      ['那个差评是您发的吗？'],
      ['差评是江门发的货，路上压坏了，是我们的问题'],
      ['那条差评是我们的失误，抱歉'],
    ],
  )
})

// off-platform 3. private-transfer-payment: a sum in figures or named before the verb, sent to the agent. Traps: the shop's
// account (我们), the platform's refund, a warning.
describe('off-platform: a sum sent to the agent', () => {
  checkKinds(
    'off-platform',
    [
      ['您转我300，我按出厂价发', undefined, '您转我300', 'error'],
      ['补差价的话转我5块就行', undefined, '转我5块', 'error'],
      ['尾款匯給我就好', undefined, '尾款匯給我', 'error'],
    ],
    [
      ['退款打给我们的账户了，您查收一下'],
      ['退款会原路退回您的支付宝'],
      ['请不要把尾款转给任何人'],
    ],
  )
})

// privacy-leak 6. full-id-or-financial-number: a bank account of 10–15 digits after the bank's label, or after 帳號 with the
// holder named (帳號 + 戶名). Traps: an order or tracking number, the shop's own collecting account, a mobile with its country code.
describe('privacy-leak: a bank account shown in full', () => {
  checkKinds(
    'privacy-leak',
    [
      ['銀行帳號 012-345678901234，戶名 王小明，退款會匯入', undefined, '012-345678901234', 'error'],
      ['退款已退回您的银行账号 6222 0212 3456，请查收', undefined, '6222 0212 3456', 'error'],
      ['帳號 0123456789012，戶名 陳美玲', undefined, '0123456789012', 'error'],
    ],
    [
      ['您的订单号 202312011234567 已发货'],
      ['我们的汇款账号 1234567890123 户名 某某公司'],
      ['已退到您卡上了 202312011234'],
    ],
  )
})
