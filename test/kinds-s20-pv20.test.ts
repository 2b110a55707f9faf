import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 20, lane pv20 (issue 8: detection by meaning). Kinds, in our own words:
 * - privacy-leak: the buyer asked to type a full secret into the chat — an ID, passport or card number, a security or
 *   SMS code, a password — with a hand-over into the chat (发我, 打在这里, 传给我; 在这里直接回复：…); `provide` verbs
 *   alone (提供一下) are JD's own flows and a payment account asked for a private transfer is off-platform's;
 * - privacy-leak: another person's full name in apposition to the reference (其他买家：李娜, 另一位张敏, 您同事王明昨天…)
 *   or between the pointer and the person (一位叫何晓雯的顾客);
 * - privacy-leak: where that person is from as a clause of its own (…的大哥，姓周，东莞的; （林*婷，台南東區）);
 * - privacy-leak: another buyer's screenshot, photo or form shown (上一个顾客的聊天截图发您看看, 给您看下上一位买家的签收照片);
 * - privacy-leak, not reported: masked or last-digit data read back for the buyer to confirm (请确认是不是您本人的订单), the
 *   recipient of the buyer's own order named after its masked data, 他 inside 其他家, the shop's people's spelt line, the
 *   agent's own WhatsApp.
 */

describe('privacy-leak: a full secret asked for in the chat', () => {
  checkKinds(
    'privacy-leak',
    [
      ['亲，麻烦把身份证号码直接发在这里，我帮您登记', undefined, '身份证号码直接发在这里', 'error'],
      ['您家里人的护照号码发我一下，我们这边来出票', '帮我爸妈订两张票', '护照号码发我', 'error'],
      ['你把刚收到的验证码发过来，我这边帮你改绑', undefined, '验证码发过来', 'error'],
      ['麻煩您把信用卡卡號跟安全碼傳給我們，我幫您重刷', undefined, '信用卡卡號跟安全碼傳給我們', 'error'],
      ['办理需要实名，请在聊天框直接发身份证正反面照片', undefined, '在聊天框直接发身份证正反面', 'error'],
      ['您好，感谢您的耐心等待。退保证金需要核实身份，您把身份证号和开户的银行卡号一起发我，财务核对后三天内处理。', undefined, '身份证号和开户的银行卡号一起发我', 'error'],
      ['亲，服务密码报给我就能帮您办好', '我要办携号转网', '服务密码报给我', 'error'],
      ['您好，报关需要，请在这里直接回复：姓名+身份证号码', undefined, '在这里直接回复：姓名+身份证号码', 'error'],
    ],
    [
      // The platform's own form, a warning, a part of the number, the shop that never asks.
      ['身份证号请在下单页面的实名认证里填写，不用发给我哦'],
      ['提醒您：验证码千万不要发给任何人，包括客服'],
      ['身份证后四位发我核对一下就行'],
      ['我们不会向您索要银行卡号和密码，请放心'],
      // JD's own flows ask with 提供 (real traffic: none upheld).
      ['亲，提供一下身份证号码和姓名哦'],
      ['您好，这边给您手机发送了一条验证码，还请您提供一下'],
      // A payment account for a private transfer: off-platform's finding.
      ['您把银行卡号发我，我私下转给您'],
      // A screenshot of the payment, not the card.
      ['请问您是用哪张银行卡付的款呢，发我看一下付款截图'],
    ],
  )
})

describe('privacy-leak: another person named in full beside the reference', () => {
  checkKinds(
    'privacy-leak',
    [
      ['给您参考下其他买家：李娜，也是穿M码', undefined, '李娜', 'error'],
      ['刚查了，另一位张敏也在等发货，您俩别搞混', undefined, '张敏', 'error'],
      ['有的，上个月一位叫何晓雯的顾客也反馈过', undefined, '何晓雯', 'error'],
      ['您同事王明昨天也来问过这款', undefined, '王明', 'error'],
      ['有的，這位買家（林*婷）也反映過', undefined, '林*婷', 'error'],
      ['您要的那台车，上一个客户陈建华刚还回来', undefined, '陈建华', 'error'],
    ],
    [
      // A surname and a title talked about in passing identifies no one.
      ['另一位顾客王女士也反馈过这个问题'],
      ['其他买家高兴地说很好用'],
      ['其他买家方便的话也会晒图'],
      ['另一位客服会联系您，工号10086'],
    ],
  )
})

describe('privacy-leak: where another person is from, as a clause of its own', () => {
  checkKinds(
    'privacy-leak',
    [
      ['上个月有位客人，东莞的，一次拿了两箱', undefined, '东莞的', 'error'],
      ['隔壁那位阿姨，浦东新区的，也常来', undefined, '浦东新区的', 'error'],
      ['這位買家（台南東區）也反映過', undefined, '台南東區', 'error'],
      ['另一位顾客，也是苏州园区的，反馈挺好', undefined, '也是苏州园区的', 'error'],
      ['昨天那位大哥，姓周，杭州滨江的，订了十斤', undefined, '杭州滨江的', 'error'],
      ['之前有位宝妈，是成都高新区的，也问过这个', undefined, '是成都高新区的', 'error'],
    ],
    [
      ['其他买家反馈，杭州的两天就到了'],
      ['其他客人都是江浙沪的居多'],
      ['另一个仓库在杭州市，发货快'],
      ['有位客人问过，广州的能不能当天到？'],
    ],
  )
})

describe('privacy-leak: another buyer’s screenshot, photo or form shown', () => {
  checkKinds(
    'privacy-leak',
    [
      ['我把上一个顾客的聊天截图发您看看', undefined, '聊天截图发您', 'error'],
      ['给您看下上一位买家的签收照片，您参考下位置', undefined, '给您看下上一位买家的签收照片', 'error'],
      ['給您看一下另一位客人的訂單截圖', undefined, '給您看一下另一位客人的訂單截圖', 'error'],
      ['您同事的购物表格我发您参考', undefined, '表格我发您', 'error'],
      ['这是前面那位顾客的签收照片，您看下', undefined, '签收照片，您看下', 'error'],
      ['给你看一下别人的订单截图就知道了', undefined, '给你看一下别人的订单截图', 'error'],
    ],
    [
      ['其他买家的评价截图您可以在商品页看到'],
      ['我不能把其他顾客的订单截图发给您'],
      ['您把订单截图发我看看'],
      ['给您看下我们店的实拍照片'],
    ],
  )
})

describe('privacy-leak: the buyer’s own data read back, and other people named without theirs', () => {
  checkKinds(
    'privacy-leak',
    [
      // Another person's last digits told, no confirmation asked: still a leak.
      ['系统显示另一位买家的手机尾号2231，也是这个小区的', undefined, '2231', 'error'],
    ],
    [
      ['我这边显示收件人李**，手机尾号6621，地址是XX小区，请确认是不是您本人的订单'],
      ['收货人手机尾号2238已签收，可以让您妈妈去驿站取'],
      ['订单里的收花人是您朋友吧？为了保护隐私只显示后四位1122'],
      ['其他家是其他家的价格，我们这个已经是活动价了'],
      ['要货多的话找我们老板，他的手机号是一五九七七八八六六二零'],
      ['香港客人可以加我WhatsApp 6123 4567'],
    ],
  )
})

describe('off-platform: the buyer’s card details taken so that the agent charges or pays by hand', () => {
  checkKinds(
    'off-platform',
    [
      ['把您的信用卡号和安全码发过来，我们帮您手动扣款', undefined, '信用卡号和安全码发过来，我们帮您手动扣款', 'error'],
      ['亲，银行卡号发我一下，差价我这边给您转过去', undefined, '银行卡号发我一下，差价我这边给您转', 'error'],
      ['您家里人的银行账号报给我，我们财务直接汇给您', undefined, '银行账号报给我，我们财务直接汇给您', 'error'],
      ['請把卡號跟末三碼傳給我，我幫您在後台重刷', undefined, '卡號跟末三碼傳給我，我幫您在後台重刷', 'error'],
      ['您好，额度不够没关系，把信用卡号发我，我帮您代付就行', undefined, '信用卡号发我，我帮您代付', 'error'],
      ['好的，我把运费退您，您先把银行卡号告诉我，我给你转', undefined, '银行卡号告诉我，我给你转', 'error'],
    ],
    [
      ['退款原路退回，银行卡号不用提供'],
      ['您的银行卡号绑定的是哪个手机？'],
      ['您是说有人要您的卡号帮您扣款吗？'],
      ['退款系统会自动退到您的银行卡，一般三天到账'],
      // A card asked for to look a refund up is privacy-leak's, not a private payment.
      ['您把银行卡号和身份证号码都发我一下，我去财务那边帮您查'],
    ],
  )
})

describe('off-platform: the platform’s checkout dropped for paying or ordering elsewhere', () => {
  checkKinds(
    'off-platform',
    [
      ['尾款到店付现金就行，不用在网上补差价了', undefined, '不用在网上', 'error'],
      ['您直接来仓库提货，不必在平台上下单', undefined, '不必在平台上', 'error'],
      ['到時候取貨付現金，不用在網路上結帳', undefined, '不用在網路上', 'error'],
      ['下次别在淘宝上拍了，直接来我们店里', undefined, '下次别在淘宝上', 'error'],
      ['您匯款到帳戶就好，不用在PChome上結帳', undefined, '不用在PChome上', 'error'],
      ['亲，以后不要在京东上下单了，直接来仓库提货', undefined, '不要在京东上', 'error'],
    ],
    [
      ['不用在网上查了，我帮您查好了'],
      ['您不用在平台上再申请，系统会自动退'],
      ['别在淘宝上买假货'],
      ['您是说不用在网上付款吗？'],
    ],
  )
})

describe('off-platform: a code scanned, then the shop reached, added or paid in the next clause', () => {
  checkKinds(
    'off-platform',
    [
      ['您扫一下包裹卡上那个码，加上之后我单独给您报价', undefined, '扫一下包裹卡上那个码，加上之后', 'error'],
      ['扫一下外箱上的码，能直接联系到我们老板', undefined, '扫一下外箱上的码，能直接联系到我们', 'error'],
      ['亲，扫我主页那个码，我们群里直接接龙', undefined, '扫我主页那个码，我们群里直接接龙', 'error'],
      ['扫一下图里的码，付款后截图给我就行', undefined, '扫一下图里的码，付款后截图给我', 'error'],
      ['大货的话扫一下卡片背面的码，加好之后发您报价单', undefined, '扫一下卡片背面的码，加好之后', 'error'],
      ['您掃一下名片上的碼，能直接聯繫到我', undefined, '掃一下名片上的碼，能直接聯繫到我', 'error'],
    ],
    [
      ['扫一下说明书上的码看视频，有问题直接联系到我们客服'],
      ['扫码查真伪，加上之后可以领说明书'],
      ['不用扫码，直接在这里找我就行'],
      ['扫描包装上的二维码查真伪，有问题找我们'],
    ],
  )
})

describe('off-platform: not reported — an insurer’s payout, a carrier’s hotline, a clasp', () => {
  checkKinds(
    'off-platform',
    [],
    [
      ['退货签收后运费险会自动理赔，赔付款打到您的支付宝'],
      ['黑貓宅急便客服專線是 412-8888，手機撥打請加市話區碼', '黑貓的電話是多少？'],
      ['顺丰的客服电话您拨打95338就行', '顺丰电话多少'],
      ['请问您是按说明书第三步把卡扣扣上的吗？'],
      ['把按扣扣上就固定住了'],
    ],
  )
})

describe('absolute-promise: the outcome disowned later in its clause', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，明天一定到货', undefined, '一定', 'error'],
      ['这条裤子您穿一定合身', undefined, '一定', 'error'],
    ],
    [
      ['完全不掉色我们不敢说，正常洗涤一般没问题'],
      ['當天準時送達無法百分之百保證，建議提早下單'],
      ['明天下午前送到这个我们不敢打包票'],
      ['您家猫咪一定爱吃这个我们不能保证'],
      ['下周三前到货我们不敢百分百保证'],
      ['保证不缩水我们没法承诺，建议冷水手洗'],
    ],
  )
})

describe('absolute-promise: an arrival relayed from whoever said it', () => {
  checkKinds(
    'absolute-promise',
    [
      // Said with the agent's own certainty word, it is vouched for after all.
      ['快递说明天一定能到', undefined, '一定', 'error'],
      ['明天送到，您放心', undefined, '明天送到', 'error'],
    ],
    [
      ['供应商说下周三到货，到了马上给您发'],
      ['厂家说下批货月底到'],
      ['快递那边说明天送到'],
      ['物流说后天能到哦'],
      ['好抱歉要您等這麼久，供應商那邊說下週一到貨'],
      ['您好，仓库说这批货周五到'],
    ],
  )
})

describe('absolute-promise: the next clause bases the time on what actually happens', () => {
  checkKinds(
    'absolute-promise',
    [['后天到货，您放心', undefined, '后天到货', 'error']],
    [
      ['台北市區當天送達，實際時間依司機路況為準'],
      ['明天送到，具体时间以物流为准'],
      ['后天到货，以实际到货时间为准'],
      ['亲，下午下单次日送达，实际时间以快递为准哈'],
      ['您好，周三能到，实际送达时间以派送为准'],
      ['今天发出的话明天到，一切以实际为准'],
    ],
  )
})

describe('absolute-promise: 一定 before a compliment on how the buyer will look', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个面霜用了一定美白', undefined, '一定', 'error'],
      ['您穿上一定显瘦', undefined, '一定', 'error'],
    ],
    [
      ['寶，這件妳穿一定超好看的啦'],
      ['親穿起來一定超美，快下單嘛'],
      ['您穿这个颜色一定很漂亮'],
      ['宝宝戴上一定好看'],
      ['这身衣服您先生穿一定很帅'],
      ['姐姐穿上肯定好看'],
    ],
  )
})
