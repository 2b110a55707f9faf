import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31 (twenty-seventh brief), mend helper C: what the reviewer found on the merged build, each fixed as a kind and
 * tested in our own words. Must-flag rows keep what the narrowed paths still catch.
 */

// 1. Cash with a discount: the discount must belong to the cash (its clause or the next), with no turn to the platform's
//    order between (不过/但/线上/网上/平台) and no negation right before it (没有额外优惠, 不减免).
describe('off-platform (cashDeal): a discount that is the platform’s, or none at all, is no cash deal', () => {
  checkKinds(
    'off-platform',
    [
      ['您来厂里自己拉货，付现金，按出厂价给您', undefined, '付现金，按出厂价', 'error'],
      ['到店现金支付的话可以少收您三十', undefined, '现金支付的话可以少收', 'error'],
      ['您人到仓库付现，比网上便宜一截', undefined, '付现，比网上便宜', 'error'],
    ],
    [
      ['仓库那边付现金和扫码都行，网上拍下可以用满减'],
      ['店里可以现金支付，价钱跟网店一致，并没有折扣'],
      ['现金付款不减邮费哈'],
      ['自提点可以收现金，但在平台下单领券更便宜'],
      ['门店付现也行，价格都一样，不会更便宜'],
      ['付现金可以的，只是在线上拍会更划算一些'],
    ],
  )
})

// 2. The review change left to the buyer (删了或者不删都一样, 不删也照常): the verb opening its clause is no deal.
describe('review-manipulation: a removal left open is no deal (删了或者不删，都一样给您补)', () => {
  checkKinds(
    'review-manipulation',
    [['中评我们收到了，现在删了我给您返8块', undefined, '中评我们收到了，现在删了我给您返8块', 'error']],
    [
      ['那条中评随您处理，现在删了还是不删，补的配件照常寄出'],
      ['差评的事不着急，删了或者不删，换新我们都一样安排'],
      ['评价您自己看，不删也没关系，赠品明天就发'],
    ],
  )
})

// 3. The buyer's own recipient read back to confirm (收件人是…, 您订单上的收货人…, …对吗？) is nobody else's data.
describe('privacy-leak: the buyer’s own recipient confirmed with where they live', () => {
  checkKinds(
    'privacy-leak',
    [['之前下单的另一位客人李女士,住武汉洪山区，也买了这款', undefined, '住武汉洪山区', 'error']],
    [
      ['亲，这单的收件人是陈女士,住南京玄武区，没问题吧？'],
      ['您订单里的收货人赵先生,住成都锦江区，信息对吗？'],
      ['收件人为刘小姐,住苏州吴中区对不对？麻烦核对一下'],
    ],
  )
  checkKinds('privacy-leak', [], [['這單收件人是林先生,住台中西屯區對嗎？']], { profile: 'zh-TW' })
})

// 4. Word of mouth balanced by those it did nothing for, and an old model said to be scarcer than a new one.
describe('exaggeration: balanced testimony, and scarcity compared with a new one', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个护发精油好多老顾客都说有效', undefined, '老顾客都说有效', 'warning'],
      ['这台翻新机比新机还耐用', undefined, '比新机还', 'warning'],
    ],
    [
      ['不少客户反馈有效，也有人说效果一般，看个人情况'],
      ['很多人说有用，也有反馈没什么感觉的'],
      ['这款旧型号比新机还难找，就剩两台'],
      ['老版本比新的还贵一点，因为停产了'],
    ],
  )
})

// 5. 真的 + a noun of a link or an offer (真的活动) is "a genuine X", not goods called fake; goods still are.
describe('competitor-disparagement: 不一定是真的 + a link or offer noun is no insinuation', () => {
  checkKinds(
    'competitor-disparagement',
    [['别家直播间卖的燕窝还不一定是真的', undefined, '别家直播间卖的燕窝还不一定是真的', 'warning']],
    [['您收到的那条短信还不一定是真的优惠，以店铺公告为准'], ['群里转发的那个网址也不一定是真的官网，请别点']],
  )
})
