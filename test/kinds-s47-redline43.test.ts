import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 47 (lane redline43, forty-third brief): off-platform, privacy-leak, competitor-disparagement and internet-slang kinds
 * named from design lines of DF, written as classes and constructions. Rows in the lane's own words.
 */
describe('off-platform: the lower price first, then cash paid in person (entry cashDealAfterPrice; redline43)', () => {
  checkKinds(
    'off-platform',
    [
      ['图便宜的话到我们厂里提货，当面付现金就可以', undefined, '便宜的话到我们厂里提货，当面付现金', 'error'],
      ['想要批发价就来仓库拿，现金结算', undefined, '批发价就来仓库拿，现金结算', 'error'],
    ],
    [
      // the discount is the platform's, cash on delivery to a courier, refused, asked
      ['线上下单更优惠，门店自提的话也能付现金', undefined],
      ['这单已经打折了，快递员送到时付现金就行', undefined],
      ['优惠券可以用，但我们不收现金', undefined],
      ['便宜的那款可以付现金吗？', undefined],
    ],
  )
})

describe('off-platform: the agent added on a payment app (entry walletFriend; redline43)', () => {
  checkKinds(
    'off-platform',
    [
      ['邮费差价您加下我支付宝，我转过去', undefined, '加下我支付宝', 'error'],
      ['差价的话您加一下我的支付宝', '补偿怎么给', '加一下我的支付宝', 'error'],
    ],
    [
      // paying by the app, a warning, a question, the refund's way back
      ['本店可以用支付宝付款', undefined],
      ['陌生人让您加支付宝好友的不要理会', undefined],
      ['是要加支付宝好友吗？我们不这样做的', undefined],
      ['退款会原路退回到您的支付宝', undefined],
    ],
  )
})

describe('off-platform: follow an account elsewhere, then reach the agent there (entry followThenMe; redline43)', () => {
  checkKinds(
    'off-platform',
    [
      ['抖音上搜我们店名，关注以后私信我', undefined, '抖音上搜我们店名，关注以后私信我', 'error'],
      ['我们的公众号叫家居小铺，关注好直接找我', undefined, '公众号叫家居小铺，关注好直接找我', 'error'],
    ],
    [
      // the shop's own page on the platform, no agent to reach, a question
      ['关注店铺以后找我领优惠券', undefined],
      ['公众号会推送保养教程，有问题还是在这里找我', undefined],
      ['您已经关注了我们的视频号吗？', undefined],
    ],
  )
})

describe('off-platform: sent to order in the live room on another app (entry liveRoomOrder; redline43)', () => {
  checkKinds(
    'off-platform',
    [
      ['周五晚上去我们快手直播间抢，店里这边贵', undefined, '快手直播间抢', 'error'],
      ['您以后直接到抖音直播间拍吧', undefined, '抖音直播间拍', 'error'],
    ],
    [
      // a price match on a condition, an order already placed there, a question, a denial
      ['您要是在抖音直播间拍更便宜的话，这边按那个价改给您', undefined],
      ['之前在快手直播间下单的需要找快手那边售后', undefined],
      ['您是在抖音直播间买的吗？', undefined],
      ['我们不在快手直播间卖货', undefined],
    ],
  )
})

describe('privacy-leak: the buyer’s own address read back to be confirmed (confirmedWithBuyer; redline43)', () => {
  checkKinds(
    'privacy-leak',
    [
      // another person's address, or the buyer's address with no check asked of them
      ['上一位顾客的地址是杭州市西湖区文三路90号，对吗', undefined, '杭州市西湖区文三路90号', 'error'],
      ['您的地址是杭州市西湖区文三路90号，已经发出了', undefined, '杭州市西湖区文三路90号', 'error'],
    ],
    [
      ['您的收货地址：杭州市西湖区文三路90号，对不对？', undefined],
      ['你的地址写的是成都市武侯区人民南路4段12号，有没有问题？', '帮我核对下地址'],
      ['您的地址是广州市天河区体育西路101号，确认一下是否需要修改', undefined],
    ],
  )
})

describe('competitor-disparagement: a headphone brand run down or crushed (competitor.brand.audio; redline43)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['降噪效果吊打Bose', undefined, '吊打Bose', 'warning'],
      ['Beats那种就是交智商税', undefined, 'Beats那种就是交智商税', 'warning'],
    ],
    [
      // a comparison that runs nobody down, the fruit, a compatibility answer
      ['这款和AirPods一样支持弹窗连接', undefined],
      ['苹果的甜度今年特别高', undefined],
      ['苹果手机也可以连这款耳机', undefined],
    ],
  )
})

describe('internet-slang: 666 as digits in a handle or a code (notBefore; redline43)', () => {
  checkKinds(
    'internet-slang',
    [['主播这波操作666', undefined, '666', 'warning']],
    [
      ['会员名是您手机号后面加666', undefined],
      ['初始密码是666888', undefined],
      ['群名就是店名拼音加666', undefined],
    ],
  )
})
