import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31, lane pv35. Kinds of miss of privacy-leak, off-platform and review-manipulation read on sets BG and BH and the
 * older sets, in our own words, with the traps that must stay clean (notes: /work/notes/kinds31/pv35.md).
 */

// 1. A household placed by its position next to the buyer's home (楼上/楼下/对门/隔壁 + 那户/那家/业主/住户/邻居, or 也 right
//    after the position), and what they ordered or where their door is: a particular household's record told to the buyer.
//    Social proof about nobody in particular, a refusal, or an offer to order for a neighbour stays clean.
describe('privacy-leak: a neighbour by door', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您对门那户上周也在我们店订了一台烤箱', undefined, '在我们店订了一台烤箱', 'error'],
      ['你家楼下的住户也买了这款扫地机', undefined, '也买了这款扫地机', 'error'],
      ['您楼上的邻居也订了两箱橙子', undefined, '也订了两箱橙子', 'error'],
      ['您对门也在我们家买了一台净化器', undefined, '也在我们家买了一台净化器', 'error'],
    ],
    [
      ['您小区很多住户都买过这款净水器，反馈不错'],
      ['楼上邻居买没买我们这边不方便透露哦'],
      ['您对门是不是也要一份？可以一起下单哦'],
      ['您楼下那户买的什么我们查不到哦'],
    ],
  )
})

// 2. A person placed at the buyer's workplace (您单位/你们公司/贵司 + a department or role, a colleague, a surname and kin word)
//    and their order or the tail of their phone. An invoice for the buyer's own company, or a colleague with no record, stays clean.
describe('privacy-leak: a colleague at the buyer\'s workplace', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您单位行政部的孙主管也在我们这订了二十把椅子', undefined, '在我们这订了二十把椅子', 'error'],
      ['贵司财务的钱姐上个月也订了五台碎纸机', undefined, '也订了五台碎纸机', 'error'],
      ['您们单位的邓出纳前天也来订过，她的手机尾号是6175', undefined, '6175', 'error'],
      ['你们公司的另一个同事也订了三盒月饼', undefined, '也订了三盒月饼', 'error'],
    ],
    [
      ['发票可以开给贵司财务部，抬头请您确认'],
      ['您可以把链接转给同事，让他们自己下单'],
      ['贵司上次的订单已经开票了'],
      ['请让贵司财务联系我们开票'],
    ],
  )
})

// 3. A good review asked, then a favour the shop grants later (下次/下回/回头/以后 + 免费/半价/快一点/升级…): the review's price.
//    A welcome, a promotion open to everyone (领券, 满减), or a favour after a review already given and thanked for stays clean.
describe('review-manipulation: a good review for a later favour', () => {
  checkKinds(
    'review-manipulation',
    [
      ['麻烦给个五星，下回洗车给您免费打蜡', undefined, '五星，下回洗车给您免费', 'error'],
      ['评价打满分的老客，以后换滤芯一律半价', undefined, '评价打满分的老客，以后换滤芯一律半价', 'error'],
      ['给个好评嘛，回头给您发货快一点', undefined, '好评嘛，回头给您发货快一点', 'error'],
    ],
    [
      ['满意的话帮忙给个好评，下次上新会在店铺首页公告'],
      ['好评收到啦，下次来免费帮您检测'],
      ['下次保养可以在店铺领券，满200减20'],
      ['给个好评哦，下次来店里领优惠券'],
      ['满意的话给个好评，欢迎下次光临，下次免费包邮活动也会通知您'],
    ],
  )
})

// 4. A cheaper deal through a channel other than this shop's checkout (别的平台的链接, 那边拍, 找我订, 私信我, 厂里电话…) then
//    a better price (便宜, 批发价, 内部价, 比平台便宜): the buyer lured off the platform. A warning about cheap fakes elsewhere,
//    the shop's own coupon, or the shop's price compared favourably with a shop offline stays clean.
describe('off-platform: cheaper elsewhere', () => {
  checkKinds(
    'off-platform',
    [
      ['我给您发个别的平台的链接，那边拍便宜二十', undefined, '那边拍便宜', 'error'],
      ['往后要货您就找我订，比平台省一成', undefined, '找我订，比平台省', 'error'],
      ['私信我可以拿批发价', undefined, '私信我可以拿批发价', 'error'],
    ],
    [
      ['外面那些便宜的多半是仿的，认准本店下单'],
      ['这款在店铺首页领券后更便宜'],
      ['我们这边比线下药房便宜一些'],
    ],
  )
})

// 5. An outside app (微博, 快手, 小红书…) and a private message to the agent further on in the sentence, or the message first and
//    the app after: the chat moved there. Content on the app, or a scam warning about messages there, stays clean.
describe('off-platform: a private message on another app', () => {
  checkKinds(
    'off-platform',
    [
      ['护肤教程我发在微博了，你搜店名，私信我有内部价', undefined, '微博了，你搜店名，私信我有内部价', 'error'],
      ['有事私我，我在快手上回得快', undefined, '私我，我在快手', 'error'],
    ],
    [
      ['安装视频我们在抖音也发了，您搜店名可以看'],
      ['有人在小红书私信您说是我们客服，请不要相信'],
    ],
  )
})

// 6. The breadth check of kinds31 widened the classes, not the sentences: the last three digits of a phone after a label of three
//    (后三位, 末三码), an order by phone to the shop's store called cheaper than the web shop, the agent messaging the buyer on
//    another app, a later favour by 优先 + a service verb; and a false alarm kind: the buyer's own account filled in as where a
//    recharge goes (填写您的抖音号, 充到您填写的QQ号; sets AB, AM, AQ) is no contact.
describe('pv35: widened after the breadth check', () => {
  checkKinds(
    'privacy-leak',
    [['您公司市场部的周经理上月下了一单，手机后三位是418。', undefined, '418', 'error']],
    [['您的快递尾号是123吗']],
  )
  checkKinds(
    'off-platform',
    [
      ['您直接打电话给我们门店订，比网店便宜一成。', undefined, '门店订，比网店便宜', 'error'],
      ['您把脸书发我，我在那边私信您，直接那边下单。', undefined, '脸书发我，我在那边私信您', 'error'],
      ['加我QQ号，充值更快', undefined, '加我QQ号', 'error'],
    ],
    [['充值时填写您自己的抖音号就行，几分钟到账。'], ['会员会充到您填写的QQ号上，请核对一下。']],
  )
  checkKinds(
    'review-manipulation',
    [['评价给满的话，以后做保养都优先给您安排。', undefined, '评价给满的话，以后做保养都优先给您', 'error']],
    [['感谢您的好评，以后做保养也欢迎优先联系我们']],
  )
})
