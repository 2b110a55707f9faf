import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 46 (lane redline42, forty-second brief): word classes a reviewer reported missing from sealed sets' errors, filled from
 * knowledge of shop chat (no set lines read): more goods or a member level as the price of a review (review.reward.more), the agent
 * added on another app or an order in its live room, the agent's card by its bank, a card forwarded by 推送 (off-platform), and a
 * surname and title followed by when that person did something (third-party.ts ABOUT_WORDS). Rows in the lane's own words.
 */
describe('review-manipulation: more of the goods or a member level raised for a review (review.reward.more; redline42)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['亲，五星好评的话下次给您加量', undefined, '五星好评的话下次给您加量', 'error'],
      ['好评带三张图，会员直接升一级', undefined, '好评带三张图，会员直接升一级', 'error'],
      ['五星好评后给你升级成高级会员', undefined, '五星好评后给你升级成高级会员', 'error'],
    ],
    [
      // no review in reach, a review asked plainly, the deal refused
      ['本店老客户可以加量', undefined],
      ['会员等级提升看消费金额哦', undefined],
      ['给个好评吧，谢谢', undefined],
      ['不做好评加量这种活动哦', undefined],
    ],
  )
})

describe('off-platform: the agent added on another app, an order in its live room, the agent\'s card by its bank, a card pushed by 推送 (redline42)', () => {
  checkKinds(
    'off-platform',
    [
      ['有事加我闲鱼聊', undefined, '加我闲鱼', 'error'],
      ['钱转我工行卡就行', undefined, '钱转我工行卡', 'error'],
      ['这单您银行卡转账也可以', undefined, '银行卡转账也可以', 'error'],
      ['我推送名片给您，您直接问她', undefined, '推送名片', 'error'],
      ['您把手机号告诉我，我加您', undefined, '手机号告诉我，我加您', 'error'],
      ['给我你的电话，我直接联系你', undefined, '给我你的电话，我直接联系你', 'error'],
    ],
    [
      // a refund to the buyer's card, a warning, an order already placed asked about, a feature named
      ['退款会原路退到您的储蓄卡', undefined],
      ['请不要银行卡转账给任何人', undefined],
      ['名片推送功能平台不支持', undefined],
      // the number asked for the courier or the installer, or to check the order
      ['您手机号多少？快递员到了会联系您', undefined],
      ['您电话多少？我让安装师傅联系您', undefined],
    ],
  )
})

describe('privacy-leak: a surname and title, then when that person did something (third-party.ts ABOUT_WORDS; redline42)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['王女士昨天也买了这款，住在幸福小区3栋', undefined, '幸福小区3栋', 'error'],
      ['李先生上周也买了两台', undefined, '上周也买了两台', 'error'],
      ['陈小姐已经拍了，订单号是7730125', undefined, '7730125', 'error'],
    ],
    [
      // the buyer addressed by name, a greeting, anyone unnamed
      ['王女士昨天您说的地址是幸福小区3栋对吗', undefined],
      ['王女士，昨天的订单已经发出', undefined],
      ['王先生您好，今天就能发货', undefined],
      ['上周有位顾客也反馈过这个问题', undefined],
    ],
  )
})
