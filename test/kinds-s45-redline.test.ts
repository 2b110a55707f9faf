import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 45, lane redline (forty-first session): classes named from the design misses of competitor-disparagement,
 * privacy-leak and off-platform on sets DA, BZ and para-40's dev half, written out over their whole field. Rows written
 * for the tests, not copied from the sets.
 */
describe('competitor-disparagement: additives, complaints, mark-ups, shoddy making, wear with use, stand-in materials, bad stock (redline41)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那几家的护发素都加了一堆矿物油', undefined, '那几家的护发素都加了一堆矿物油', 'warning'],
      ['别家的毛巾越用越硬', undefined, '别家的毛巾越用越硬', 'warning'],
      ['隔壁那家店老被投诉，钱都要不回来', undefined, '隔壁那家店老被投诉，钱都要不回来', 'warning'],
      ['某宝那几家都加了好几倍的价', undefined, '某宝那几家都加了好几倍的价', 'warning'],
      ['其他店的沙发都是乱做的，坐两天就塌', undefined, '其他店的沙发都是乱做', 'warning'],
      ['他们店的枕头全是人造乳胶', undefined, '他们店的枕头全是人造乳胶', 'warning'],
      ['同行那些床垫味道很重，还含甲醛', undefined, '同行那些床垫味道很重，还含甲醛', 'warning'],
      ['嫌麻烦您就去淘宝买那些仿的吧', undefined, '就去淘宝买那些仿的', 'warning'],
      ['别家的核桃都是坏的', undefined, '别家的核桃都是坏的', 'warning'],
      ['别家的米都长虫了', undefined, '别家的米都长虫', 'warning'],
      ['別家的很雷啦', undefined, '別家的很雷', 'warning'],
      ['他們家都是大陸貨', undefined, '他們家都是大陸貨', 'warning'],
      ['买他们家的等于白花钱', undefined, '他们家的等于白花钱', 'warning'],
      ['其他工厂都是偷工减料', undefined, '其他工厂都是偷工减料', 'warning'],
    ],
    [
      // an additive said absent, hearsay hedged, a complaint denied, a purchase offer, advice, the shop's own goods, a plain comparison
      ['我们的洗发水不含硅油', undefined],
      ['别家的洗发水有没有加硅油我们不清楚', undefined],
      ['他们家应该没有被投诉过', undefined],
      ['加价购的商品要单独拍', undefined],
      ['您别乱装，按说明书来', undefined],
      ['头发越洗越干的话配个护发素', undefined],
      ['这款比上一代好多了', undefined],
      ['我们的乳胶枕是天然乳胶，不是合成乳胶', undefined],
      ['有虫子的话拍照给我们', undefined],
      ['米放久了容易长虫，注意密封', undefined],
      ['我们工厂直发，其他工厂也能做这个款', undefined],
    ],
  )
})

describe('privacy-leak: a person named after 一个叫 with no person noun; the recipient said not to be the buyer; an order someone else placed (redline41)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['这个包裹的收货人不是您，是一位叫林晓燕的', undefined, '林晓燕', 'error'],
      ['这个地址上个月有人下过单，收件人叫郭志明', undefined, '郭志明', 'error'],
      ['之前有人买过，收件人名字是周杰', undefined, '周杰', 'error'],
    ],
    [
      ['收件人不是您的话请联系我们核实', undefined],
      ['收件人叫什么您在订单里看一下', undefined],
      ['有人下过单的话系统会提示您', undefined],
      ['您的收件人是张三对吗', undefined],
    ],
  )
})

describe('off-platform: a personal code by name or read in WeChat; money sent to the buyer in the banking register; a celebrity’s private taste (redline41)', () => {
  checkKinds(
    'off-platform',
    [
      ['我的个人码发给您了，加一下', undefined, '个人码', 'error'],
      ['截图去微信里识别一下就行', undefined, '截图去微信里识别', 'error'],
      ['银行卡号我记下了，回头直接汇款给您', undefined, '汇款给您', 'error'],
    ],
    [
      ['退款平台审核后会打款给您', undefined],
      ['我们不会私下打款给您', undefined],
      ['个人码数按尺码表选', undefined],
      ['这位歌手私下最爱这款香水', undefined],
      ['好几位模特私下也穿我们家的', undefined],
    ],
  )
})
