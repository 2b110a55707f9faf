import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 33 (twenty-ninth brief), lane rv33: off-platform, review-manipulation and privacy-leak on the new sets BC and BD,
 * grouped into kinds; each kind fixed here has members from at least two sources (fixtures/eval/lanes-s29/LANE-rv33.md).
 * The sentences are ours. Traps: the shop owning or disowning a fault with nothing diverted, a scam warning, the shop
 * reshipping so no new order is needed, freight paid on arrival, a satellite, a V-neck, the buyer's own address echoed,
 * the courier's number kept to call for the buyer, a review asked with nothing kept back for it.
 */
describe('off-platform: a fault disowned (不是我们的问题) is no scam warning; the contact after it is still handed over', () => {
  checkKinds(
    'off-platform',
    [
      ['物流慢真不是我们的问题，着急的话加我企鹅号58801234，我帮您催', undefined, '加我企鹅号58801234', 'error'],
      ['这个色差不是我们的责任哈，加我微信 mei_8826 我给您发实拍', undefined, '加我微信', 'error'],
    ],
    [
      // A warning that holds 不是我们的 stays a warning; the fault disowned with nothing diverted is blame, not diversion.
      ['那个自称客服的微信号不是我们的，请不要加，小心被骗'],
      ['收款码不是我们发的，千万别扫'],
      ['物流慢真不是我们的问题，我帮您催一下快递'],
    ],
  )
})

describe('off-platform: the marketplace named and skipped (不用在京东拍了) for a way around it', () => {
  checkKinds(
    'off-platform',
    [
      ['下回买配件不用在京东拍了，直接打维修师傅电话，还便宜二十', undefined, '不用在京东', 'error'],
      ['这款您不用在拼多多下单了，来仓库自提更划算', undefined, '不用在拼多多', 'error'],
    ],
    [
      // The shop reships, so no second order is needed; checking there; a question about it.
      ['不用在京东重新拍一单了，我们这边直接给您补发'],
      ['不用在淘宝上查了，物流信息我发您'],
      ['您是说不用在京东下单了吗？'],
    ],
  )
})

describe('off-platform: the online checkout dropped for cash or a person (不用线上付了)', () => {
  checkKinds(
    'off-platform',
    [['余款当面给装机师傅，现金也行，不用线上付了', undefined, '现金也行，不用线上付', 'error']],
    [['运费到付就好，不用线上付'], ['选择货到付款的话不用线上支付'], ['这单已经付过了，不用线上补']],
  )
})

describe('off-platform: money settled 线下 by an app, and Taiwan’s 帳號 of the shop', () => {
  checkKinds(
    'off-platform',
    [
      ['定金先拍五块的链接，余下的线下微信结清', undefined, '线下微信', 'error'],
      ['貨款匯到這個帳號就可以了', undefined, '匯到這個帳號', 'error'],
    ],
    [['我们有线下门店，也支持微信支付'], ['請確認您的帳號是否綁定手機'], ['退款会原路退回您的帐号']],
    { profile: 'zh-TW' },
  )
})

describe('off-platform: WeChat as 卫星 or QQ as 企鹅 on the same number (卫星同号)', () => {
  checkKinds(
    'off-platform',
    [
      ['卫星同号，有急事随时找我', undefined, '卫星同号', 'error'],
      ['电话企鹅同号，晚上也在', undefined, '企鹅同号', 'error'],
    ],
    [['手表带卫星定位，号码同步绑定'], ['这个型号和上一代同号码段']],
  )
})

describe('off-platform: a channel written with its colon announces a handle without digits (V：xiaomei_shop)', () => {
  checkKinds(
    'off-platform',
    [
      ['您搜一下V：chayuan_laowang，加了送您小样', undefined, 'V：chayuan_laowang', 'error'],
      ['急的话Q：lanlan_shop', undefined, 'Q：lanlan_shop', 'error'],
    ],
    [['这件是V：领款，尺码偏大'], ['尺码表V：S/M/L']],
  )
})

describe('review-manipulation: a reward kept back for the buyer past 下次 (下次直播给您留一个福袋)', () => {
  checkKinds(
    'review-manipulation',
    [['五星好评后私信我，下次开播给您专门留一个福袋', undefined, '五星好评后私信我，下次开播给您专门留一个福袋', 'error']],
    [
      // Kept back with no review, a review asked on its own, a message left.
      ['下次开播给您留一个福袋'],
      ['麻烦给个五星好评，下次开播见'],
      ['好评我们都看到了，下次给您留个言提醒上新'],
    ],
  )
})

describe('privacy-leak: someone else’s address by 地址填的 without 是, and their phone offered by its pronoun', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您表姐前天也买了这款，地址填的嘉定安亭墨玉路那边', undefined, '地址填的嘉定安亭墨玉路那边', 'error'],
      ['写差评的是楼下的赵女士，她手机我这有，要的话发您', undefined, '她手机我这有', 'error'],
    ],
    [
      // The buyer's own address confirmed; the courier's number kept to call for the buyer.
      ['您的地址填的嘉定安亭墨玉路对吗？'],
      ['快递员的电话我这有，我来帮您联系'],
      ['她手机坏了的话可以换我们的寄修服务'],
    ],
  )
})

describe('off-platform: the shop’s own small group added (加一下我们的小群)', () => {
  checkKinds(
    'off-platform',
    [['想拼单的话加一下我们的小群，群号在包裹卡上', undefined, '加一下我们的小群', 'error']],
    [
      // Full and closed, or the marketplace's own group feature.
      ['我们的小群已经满了，暂时不加人了'],
      ['加入我们的小群需要在淘宝APP里操作'],
      ['您加一下我们的淘宝小群，在店铺首页就能进'],
    ],
  )
})

describe('privacy-leak: she/he who bought, with when, then where they live (她昨天买了…，地址是…)', () => {
  checkKinds(
    'privacy-leak',
    [['有的，他前天买了一台咖啡机，地址是滨湖区蠡湖大道那边', '我爸最近在你们这买过东西吗', '滨湖区蠡湖大道', 'error']],
    [
      // What she bought said of the goods, not of her order; the buyer's own purchase.
      ['她昨天买的那款是旧包装，您收到的是新包装'],
      ['您昨天买了两盒，地址是滨湖区蠡湖大道对吧？'],
    ],
  )
})
