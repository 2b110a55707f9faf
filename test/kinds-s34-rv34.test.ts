import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 34 (thirtieth brief), lane rv34: off-platform and review-manipulation on the sets BE and BF with the older
 * incoming sets, grouped into kinds; each kind fixed here has members from at least two sources
 * (fixtures/eval/lanes-s30/LANE-rv34.md). The sentences are ours. Traps: a tap on the platform's page, a refund the
 * platform makes, a scam warning, an enterprise account kept for office use, a size called 小号, a cup with a green icon,
 * a review left to the buyer after compensation, a reshipment already made with nothing asked.
 */
describe('off-platform: a comparative 点 (便宜点, 省点) is no excuse for skipping the marketplace', () => {
  checkKinds(
    'off-platform',
    [
      ['以后不用在京东拍了，跟我订能便宜点', undefined, '不用在京东', 'error'],
      ['安装费您当面给师傅，不用在平台上付，省点服务费', undefined, '不用在平台上', 'error'],
      ['不用在网上下单了，来店里拿还能快点', undefined, '不用在网上', 'error'],
    ],
    [
      // A tap on the platform's own page, a check there, the platform refunding.
      ['不用在平台上点退款，系统会自动原路退回'],
      ['不用在京东上点一下确认收货，到时间会自动确认'],
      ['不用在网上查了，我帮您查好了，预计明天到'],
    ],
  )
})

describe('off-platform: the contact described instead of named (the green chat app, my enterprise account, the profile)', () => {
  checkKinds(
    'off-platform',
    [
      ['视频发不过来的话，去绿色的聊天软件上跟我说', undefined, '绿色的聊天软件', 'error'],
      ['装个软件吧，就是绿色图标那个，搜店名能找到我', undefined, '绿色图标那个', 'error'],
      ['合同扫描件发我企业微信就行', undefined, '我企业微信', 'error'],
      ['报价单我发不了，您把邮箱发我个人号', undefined, '我个人号', 'error'],
      ['点我头像进主页，下面有个工作号，加上细聊', undefined, '进主页，下面有个工作号', 'error'],
      ['定制款看我主页简介里的企业号', undefined, '简介里的企业号', 'error'],
      ['有問題再私訊我們粉專喔', undefined, '私訊我們粉專', 'error'],
    ],
    [
      // A product with a green icon, an enterprise account kept for office use, a size, new goods on the profile.
      ['这款水杯有绿色图标和粉色图标两种款式'],
      ['我们的企业微信只用于内部办公，您有问题在这里说就行'],
      ['主页里的小号T恤已经补货了'],
      ['进主页可以看到全部新款，有问题随时问我'],
    ],
  )
})

describe('off-platform: money transferred to the agent in Taiwan spelling (轉帳) or to an account given', () => {
  checkKinds(
    'off-platform',
    [
      ['貨款轉帳給我就好，不用等', undefined, '轉帳給我', 'error'],
      ['運費您轉帳到這個帳戶：郵局 700-12345678', undefined, '轉帳到這個帳戶', 'error'],
      ['我們這邊用轉帳比較便宜，省手續費', undefined, '轉帳比較便宜', 'error'],
    ],
    [
      // A scam warning, the platform's protection named as what is lost, a refund to the buyer's account.
      ['私下轉帳沒有平台保障，請在頁面下單'],
      ['私下转账没有平台保障，您还是在页面领券下单吧'],
      ['退款会原路退回您付款的账户，请留意'],
    ],
  )
})

describe('review-manipulation: compensation already made, then the review change begged all the same', () => {
  checkKinds(
    'review-manipulation',
    [
      ['我们已经赔了您50，那条差评要不就删了吧', undefined, '赔了您50，那条差评要不就删了', 'error'],
      ['已经给您补偿了一张20元券，麻烦把一星调整一下', undefined, '补偿了一张20元券，麻烦把一星调整一下', 'error'],
      ['已为您退款30元，差评能不能帮忙撤一下', undefined, '退款30元，差评能不能帮忙撤一下', 'error'],
    ],
    [
      // The compensation made, the review left to the buyer; compensation already made with nothing asked.
      ['已经给您补发了，差评您看着改不改都行'],
      ['已经给您退款了，差评我们不会要求您删'],
      ['已经给您补发了一件，您的差评我们会认真改进'],
      ['评价我们尊重，已经给您退了一半货款'],
    ],
  )
})

describe('review-manipulation: compensation addressed to the buyer (补偿您) answers a review asked in a question', () => {
  checkKinds(
    'review-manipulation',
    [['方便追评一句说已经处理好了吗？我们补偿您一个收纳袋', undefined, '追评一句说已经处理好了吗？我们补偿您', 'error']],
    [['评价您随意写，我们补偿您一个收纳袋'], ['追评里说的问题我们看到了，补偿您的运费已经申请了']],
  )
})
