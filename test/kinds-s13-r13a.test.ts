import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, tenth session, second round (r13a): false alarms of absolute-promise and exaggeration on set S
 * that other authors' sets share, then S's misses and real JD classes. Replies in our own words.
 */

describe('absolute-promise: certainty about a bad result of how the goods were kept or used (这样冲肯定会结块)', () => {
  checkKinds(
    'absolute-promise',
    [
      // The same bad results denied are promises (and now read as the outcome they rule out).
      ['奶粉这款保证不会结块', undefined, '保证', 'error'],
      ['放心，绝对不会受潮的', undefined, '绝对', 'error'],
      ['现在下单肯定不会赶不上', undefined, '肯定', 'error'],
    ],
    [
      // Explaining a spoilt result or a missed cut-off: a consequence, not a promise.
      ['水温太高的话肯定会结块'],
      ['冷冻的肉化了再冻回去，肯定会有冰渣的'],
      ['您昨晚才付款，肯定赶不上今天这一车了'],
      ['镜片用纸巾干擦肯定会刮花'],
      ['开了口不封好，放久了肯定会受潮'],
    ],
  )
})

describe('absolute-promise: 因该 (应该 as typed or dictated) hedges a delivery date', () => {
  checkKinds(
    'absolute-promise',
    [['包裹明天能到', undefined, '明天能到', 'error']],
    [['已经发出了，因该后天能到'], ['亲，因该明天下午就到了，留意电话']],
  )
})

describe('exaggeration: 第一 inside an address or a place name (住第一大道, 第一百货门口)', () => {
  checkKinds(
    'exaggeration',
    [['我们这款是全城第一', undefined, '第一', 'warning']],
    [['寄到第一百货门口就行'], ['您住第一大道那边的话，一般两天到'], ['自提点在第一花园小区东门'], ['收件人写的是第一幼儿园门卫']],
  )
})

describe('exaggeration: a learning result said to depend on other things (成绩提高还和练习量有关)', () => {
  checkKinds(
    'exaggeration',
    [['报这个班，孩子英语成绩提高二十分', undefined, '成绩提高', 'error']],
    [['口语分数提升还和每天练多少有关'], ['孩子成绩提高主要看练习量'], ['课程对思路有帮助，但成绩提高和很多因素相关']],
  )
})

describe('review-manipulation: goods or a delivery fee waived, for a review (给您寄一瓶, 免配送费)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['写条带图的评价，下回订水给您免配送费', undefined, '评价，下回订水给您免配送费', 'error'],
      ['晒张图说说口感，我给您寄一包新口味', undefined, '晒张图说说口感，我给您寄一包新口味', 'error'],
      ['那条中评麻烦撤了吧，我私人补您一袋米', undefined, '中评麻烦撤了吧，我私人补您一袋米', 'error'],
    ],
    [
      // A review invited with no reward, the shop's own offer with no review, a refusal, a fee waived as policy.
      ['晒个图吧，给大家参考一下'],
      ['您的中评我们收到了，先给您补一袋新的'],
      ['满意的话给个好评，下次团购免配送费是店里的活动'],
      ['我们不做好评返现，评价您随意'],
      ['这单超过五十元，给您免配送费'],
    ],
  )
})

describe('off-platform: an account or number on the parcel card or slip, added or rung (包裹卡上那个号, 卡片上的售后专属号)', () => {
  checkKinds(
    'off-platform',
    [
      ['咨询用量的话，您加一下说明书上那个药师号，我们药师单独给您讲', undefined, '说明书上那个药师号', 'error'],
      ['换屏前先打电话给我，电话就在包裹单上', undefined, '电话给我，电话就在包裹单上', 'error'],
      ['定制尺寸你打包裹卡上那个号，跟老板当面谈', undefined, '包裹卡上那个号', 'error'],
      ['平台消息多，急事可以添加卡片上的售后专属号', undefined, '卡片上的售后专属号', 'error'],
    ],
    [
      // The courier's or the buyer's own number, a question, a manual's code.
      ['包裹卡上那个号是快递员的，您可以打给他'],
      ['快递单上的电话是收件人的吗？'],
      ['卡片上有安装视频的二维码，扫一下就能看'],
    ],
  )
})

describe('off-platform: the agent as a private person to add, find or pay (加我个人那个号, 钱给我个人, 您加我一下)', () => {
  checkKinds(
    'off-platform',
    [
      ['这次的钱直接给我个人就行', undefined, '给我个人', 'error'],
      ['退款慢的话您加我一下，我直接处理', undefined, '加我一下', 'error'],
      ['价格还能谈，找我个人就行', undefined, '找我个人', 'error'],
    ],
    [
      // A warning, the shop's membership, someone else's scam reported.
      ['请不要加我个人微信，平台上说就行'],
      ['您加我们店铺会员就有优惠'],
      ['有人冒充客服让您加我个人号，请不要理会'],
    ],
  )
})

describe('absolute-promise: a bare 可以 / 能 / 会 as the whole answer to an asked outcome (孕期能用吗？— 可以)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['可以', '哺乳期也能用吗？', '可以', 'error'],
      ['能', '这个周六前能送到吗', '能', 'error'],
      ['会', '后天会到吗', '会', 'error'],
      ['可以亲', '宝宝能吃吗', '可以', 'error'],
      ['有用的', '孩子晚上老咳嗽，吃这个有用吗？', '有用的', 'error'],
      ['會的喔', '週末前收得到嗎？', '會的喔', 'error'],
      // The asked outcome's stem with any sentence-final particle, as the whole reply.
      ['穿得下啦', '平时穿L，买L穿得下吗？', '穿得下啦', 'error'],
      ['合适喔', '我170穿XL合适吗', '合适喔', 'error'],
    ],
    [
      // More after it starts another statement; the shop's own policy, dispatch or vouchers; a hedge or a doctor.
      ['可以帮您催一下', '今天能送到吗'],
      ['可以', '能开发票吗'],
      ['可以', '今天能发货吗'],
      ['可以', '不喜欢可以退吗'],
      ['可以，建议先问问医生', '孕妇能用吗'],
      ['可以用的，下单时勾选就行', '优惠券有用吗？'],
      ['有用的，可以当收纳盒', '这个赠品有用吗？'],
      ['穿得下的话就拍L', '买L穿得下吗？'],
      ['合适不合适要看肩宽', '我170穿XL合适吗'],
    ],
  )
})

describe('competitor-disparagement: a rival pointed at by where it stands (别的团长那边, 楼下那家药房) and goods repacked from bulk', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别的团长那边的酸奶都是临期货', undefined, '别的团长那边的酸奶都是临期货', 'warning'],
      ['楼下那家药房根本不专业', undefined, '楼下那家药房根本不专业', 'warning'],
      ['别家的洗发水都是拆散装灌的', undefined, '别家的洗发水都是拆散装灌', 'warning'],
    ],
    [
      // A pickup point, a pointer to another seller without a claim, the shop denying it of itself.
      ['楼下那家快递点可以代收'],
      ['您也可以去别的团长那边看看'],
      ['我们不是散装灌的，是原厂封装'],
      ['楼下那间药店就能买到'],
    ],
  )
})
