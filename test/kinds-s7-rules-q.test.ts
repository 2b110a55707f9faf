import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, seventh session (rules-q): the domain enumerated before the misses. Each describe is a
 * kind of the taxonomy (speech act, construction or word class), with replies in our own words and
 * the traps beside them (negation, warning, mention, policy, plain service). Only kinds the rules
 * now read are listed; the kinds still missed are in the session report.
 */

describe('review-manipulation: R1 cash back for a good review (返现/返钱/返N元)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['收到货给五星好评，返您3块钱', undefined, '五星好评，返您3块钱', 'error'],
      ['好评带图的话我们返现5元哦', undefined, '好评带图的话我们返现5元', 'error'],
    ],
    [
      ['收到货满意的话给个五星好评哦'],
      ['好评返现这种我们是不做的'],
    ],
  )
})

describe('review-manipulation: R2 red packet / transfer for a review (红包/转账/微信红包)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好评之后我给您发个两块钱的红包', undefined, '好评之后我给您发个两块钱的红包', 'error'],
      ['给个好评，我微信转您5块', undefined, '好评，我微信转您5块', 'error'],
      ['评价完私信我，给你包个小红包', undefined, '评价完私信我，给你包个小红包', 'error'],
    ],
    [
      ['红包是平台活动发的，跟评价没关系'],
      ['评价完有什么问题随时私信我'],
    ],
  )
})

describe('review-manipulation: R3 gift in kind (赠品/小样/多寄一个)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['晒图好评送您一个同款发圈', undefined, '晒图好评送您', 'error'],
      ['评价写满二十字，下次发货多给您放两包', undefined, '评价写满二十字，下次发货多给', 'error'],
      ['帮忙五星好评一下，给宝宝再寄一套口水巾', undefined, '五星好评一下，给宝宝再寄一', 'error'],
    ],
    [
      ['现在下单就送一个发圈，跟评价无关'],
      ['宝宝用着满意的话，麻烦给个好评'],
    ],
  )
})

describe('review-manipulation: R4 coupon / discount / member price for a review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['带图评价后找客服领10元无门槛券', undefined, '带图评价后找客服领10元无门槛', 'error'],
      ['追评一下，下单给您打九五折', undefined, '追评一下，下单给您打九五折', 'error'],
    ],
    [
      ['店铺首页可以领10元无门槛券'],
      ['追评可以帮助其他买家了解产品'],
    ],
  )
})

describe('review-manipulation: R5 free order / full refund for a review (免单/全额返)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['晒单好评就给您免单', undefined, '晒单好评就给您免单', 'error'],
      ['五星好评加收藏，这单钱全退给您', undefined, '五星好评加收藏，这单钱全退给您', 'error'],
      ['写个走心的好评，这一单算我们请您的', undefined, '好评，这一单算我们请您的', 'error'],
    ],
    [
      ['这单是免单活动抽中的，不需要好评'],
      ['质量问题的话这单给您全额退款'],
    ],
  )
})

describe('review-manipulation: R6 delete / change a bad review for compensation', () => {
  checkKinds(
    'review-manipulation',
    [
      ['差评删掉的话给您补20块', undefined, '差评删掉的话给您补20块', 'error'],
      ['麻烦把评价改成五星，我们给您退一半货款', undefined, '评价改成五星，我们给您退一半', 'error'],
      ['那个差评您撤一下，我这边给您多补一件', undefined, '差评您撤一下，我这边给您多补一件', 'error'],
    ],
    [
      ['差评我们看到了，给您补发一件新的，评价您随意'],
      ['您把差评的问题说清楚，我们一定改进'],
    ],
  )
})

describe('review-manipulation: R7 bad review prevented by paying (先别差评，给您补偿)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['先别给差评哈，我私下补您10块', undefined, '先别给差评哈，我私下补您10块', 'error'],
      ['不要打中评好吗，给您退5块运费', undefined, '不要打中评好吗，给您退5块', 'error'],
      ['别给一星呀，我给您补个小礼物', undefined, '别给一星呀，我给您补个小礼物', 'error'],
    ],
    [
      ['先别着急给差评，我们先帮您处理问题'],
      ['您有不满意的地方可以先联系我们'],
    ],
  )
})

describe('review-manipulation: R8 screenshot / contact after review to claim', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评价完截个图发我', undefined, '评价完截个图发', 'error'],
      ['晒图好评后把截图发给客服哦', undefined, '好评后把截图发', 'error'],
      ['好评后私信客服有惊喜', undefined, '好评后私信客服有惊喜', 'error'],
    ],
    [
      ['评价提交不了的话截图发我看看'],
      ['给您看几张其他买家的晒图'],
      ['评价完有问题的话截图发我'],
    ],
  )
})

describe('review-manipulation: R9 wording dictated (评价里写/夸) with reward', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评价里帮忙夸一下物流，返您2元', undefined, '评价里帮忙夸一下物流，返您2元', 'error'],
      ['评论写上“正品”两个字，下次给你包邮', undefined, '评论写上“正品”两个字，下次给你包邮', 'error'],
      ['追评说一下没有异味，我给你补5块', undefined, '追评说一下没有异味，我给你补5块', 'error'],
    ],
    [
      ['评价里说一下尺码合不合适，方便其他买家参考'],
      ['您在评价里提到的异味问题我们已经反馈'],
      ['追评里说的问题我们已经改进了，给您补一个新的'],
      ['麻烦把追评里的照片发我看一下，给您补发一个'],
    ],
  )
})

describe('review-manipulation: R10 reward conditional, reward first (想要红包的话给个好评)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['想要返现的话给个五星好评哦', undefined, '返现的话给个五星好评', 'error'],
      ['领红包的条件是带图好评', undefined, '红包的条件是带图好评', 'error'],
      ['这张券需要好评后才能领', undefined, '好评后才能领', 'error'],
    ],
    [
      ['想要优惠的话可以领店铺券'],
      ['红包需要在活动页领取'],
    ],
  )
})

describe('review-manipulation: R11 review on other platforms / social posts (小红书笔记/朋友圈晒)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['小红书发篇笔记带上我们店，截图给我返10元', undefined, '笔记带上我们店，截图给我返10元', 'error'],
      ['抖音发个开箱视频，返您20块', undefined, '开箱视频，返您20块', 'error'],
      ['朋友圈晒一下带上店名，给你发个红包', undefined, '朋友圈晒一下带上店名，给你发个红包', 'error'],
    ],
    [
      ['小红书上也有很多买家笔记可以参考'],
      ['抖音直播间也有这款，价格一样'],
      ['您可以晒一下问题照片，我们给您补一个'],
      ['这款笔记本送电脑包'],
    ],
  )
})

describe('review-manipulation: R12 paid-after fulfilment (说好的钱已转/已返)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['说好的好评返现5元已经给您转过去了', '好评写好了', '好评返现5元', 'error'],
      ['好评红包已经发您了哦', '我评价了', '好评红包', 'error'],
      ['您删了差评，补偿的20元已经打给您了', undefined, '删了差评，补偿', 'error'],
    ],
    [
      ['退款已经原路退回了，请注意查收', '我退货了'],
      ['补发的快递已经发出了', '差评已经删了'],
    ],
  )
})

