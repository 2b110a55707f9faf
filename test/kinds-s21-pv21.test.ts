import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 21, lane pv21 (issue 8: red lines in disguise). Kinds, in our own words, each filled from a class
 * rather than from the misses:
 * - privacy-leak: another person named by ANY Chinese surname, single or compound (`person.surname`, from 百家姓),
 *   after a name label or in apposition to the reference; the label alone or with a colon (收货人岑**, 联系人：…);
 * - privacy-leak: another person placed by ANY prefecture-level city, Taiwanese county or city, Hong Kong district
 *   or big-city district (`place.region`, from the national division codes);
 * - privacy-leak: another person's number shown masked (139****5521, 3205******), or its last digits named in any wording
 *   (后/末/最后/后面/末尾 × 四/五/六/几 × 位): its visible ends still point at them;
 * - off-platform: chat and social apps by more look-alike and sound-alike spellings (溦信, 维信, 微xin, 抖阴, 围脖);
 * - off-platform: money landing with the agent, by construction: a way of paying + a verb to me (支付宝转给我, 现金给我),
 *   a sum the buyer is told to send over (把尾款打过来), a transfer with a count (你转我两百), the private books (走私账).
 * Not reported: the buyer's own data on the order, a masked courier's or hotline number, the platform's own refund and
 * checkout words, 保证金, warnings, brand names that begin with a surname, a question about how the buyer paid.
 */

describe('privacy-leak: another person named by any surname', () => {
  checkKinds(
    'privacy-leak',
    [
      ['之前那位顾客叫皇甫雯，也订了这个尺码', undefined, '皇甫雯', 'error'],
      ['前面一个买家名字是邝嘉欣，您别弄混了', undefined, '邝嘉欣', 'error'],
      ['另一位客人叫闵浩，他昨天也来问过', undefined, '闵浩', 'error'],
      ['上一单的收货人：佟丽，跟您不是一个人', undefined, '佟丽', 'error'],
      ['这单跟另一位顾客的搞混了，收件人冼**，不是您的', undefined, '冼**', 'error'],
      ['別的買家叫蕭文傑，也是買這一款', undefined, '蕭文傑', 'error'],
    ],
    [
      // A surname alone after a reference is no name; brand names starting with a surname; the buyer greeted.
      ['其他买家都反馈过这个颜色偏深'],
      ['张小泉的刀具我们店也有卖'],
      ['欧阳女士您好，您的订单已经发出了'],
      ['另一位客服会跟进您的问题'],
      ['王老吉这箱是12罐装的'],
      // The buyer's own recipient read back.
      ['您这单收件人是佟**吗？麻烦确认一下'],
    ],
  )
})

describe('privacy-leak: another person placed by city, county or district', () => {
  checkKinds(
    'privacy-leak',
    [
      ['刚才那位顾客住在淄博，跟您买的是同一批', undefined, '住在淄博', 'error'],
      ['上一位买家的地址在屯门那边，快递送错了', undefined, '地址在屯门那边', 'error'],
      ['另一个客户她在嘉义，也说收到有点压痕', undefined, '她在嘉义', 'error'],
      ['之前有位阿姨，驻马店的，上周也来问过', undefined, '驻马店的', 'error'],
    ],
    [
      // The shop's own warehouse, a delivery estimate, the buyer's own address on the order.
      ['我们仓库在淄博，发货一般两天到'],
      ['发屯门的话大概三天左右到'],
      ['请您在订单页核对一下自己的收货地址是不是嘉义'],
      ['其他买家反馈驻马店那边三天就到了'],
    ],
  )
})

describe('privacy-leak: another person’s number shown masked', () => {
  checkKinds(
    'privacy-leak',
    [
      ['隔壁那位宝妈的电话是139****5521，她也是这个问题', undefined, '139****5521', 'error'],
      ['上一位客户的身份证是3205******，已经登记过了', undefined, '3205******', 'error'],
      // The last digits named in any wording (后面几位, 最后四位, 末尾六位).
      ['那位大哥的身份证后面几位是4417，也在排队', undefined, '4417', 'error'],
      ['您邻居手机最后四位7730，快递放错了', undefined, '7730', 'error'],
    ],
    [
      // The buyer's own masked number, a courier's masked number, a masked waybill, a hotline.
      ['您的手机号是139****5521对吗？'],
      ['快递员的电话是139****5521，您可以直接联系他'],
      ['顺丰单号SF12****8899，完整的在订单里'],
      ['我们的售后热线是400-800-1234'],
      ['您手机最后四位是7730吗？'],
    ],
  )
})

describe('off-platform: chat and social apps by more spellings', () => {
  checkKinds(
    'off-platform',
    [
      ['有事加我溦信，方便发图', undefined, '加我溦信', 'error'],
      ['图片太多了，维信联系我吧', undefined, '维信联系我', 'error'],
      ['围脖私信我，给你发视频', undefined, '围脖私信我', 'error'],
    ],
    [
      ['支持微信支付和支付宝付款'],
      ['请不要用陌生人的维信联系方式'],
      ['您是在抖音上看到我们的吗？'],
    ],
  )
})

describe('off-platform: money landing with the agent, by construction', () => {
  checkKinds(
    'off-platform',
    [
      ['运费您直接云闪付转给我就行', undefined, '云闪付转给我就行', 'error'],
      ['尾款直接支付宝打给我', undefined, '支付宝打给我', 'error'],
      ['这点差价现金给我吧，不用再拍了', undefined, '现金给我吧', 'error'],
      ['您先把尾款打过来，我这边安排发货', undefined, '把尾款打过来', 'error'],
      ['你转我两百，我给你补发一个', undefined, '你转我两', 'error'],
      ['这单咱们走私账，能便宜点', undefined, '走私账', 'error'],
      ['直接給我現金就好，不用下單', undefined, '直接給我現金', 'error'],
    ],
    [
      // The platform's own refund and checkout, 保证金, a question, a warning, a screenshot asked for.
      ['退款会原路打过来，请留意您的支付宝'],
      ['保证金我们已经交给平台了，您放心拍'],
      ['您直接拍下付款就行，我们马上安排发货'],
      ['您是用支付宝付的款吗？'],
      ['请勿把定金转给陌生人，谨防诈骗'],
      ['麻烦支付宝给我截个图看看付款记录'],
    ],
  )
})
