import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 49 (lane redline45, forty-fifth brief): competitor-disparagement on the new authors' sets (DH, M1, M4), kinds that
 * recur across them and gain on the check sets (+1 TP, −1 FP). Rows in the lane's own words.
 */
describe('competitor-disparagement: a rival run down as outdated (lexicon quality entry; M4, DH)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['这台比鱼跃的稳定，那个牌子早就过时了', undefined, '那个牌子早就过时了', 'warning'],
      ['别家的耳温枪技术落后好几代', undefined, '别家的耳温枪技术落后好几代', 'warning'],
      ['他们家的款式都过时了，还是看看我们的新款吧', undefined, '他们家的款式都过时了', 'warning'],
    ],
    [
      // the shop's own old model, a denial, a question, advice, quotation, withheld judgement
      ['我们这款血压计不会过时，系统可以升级', undefined],
      ['这个配色过时了吗？', undefined],
      ['我们的旧款确实有点过时了，新款下周上架', undefined],
      ['别家的款式过没过时我们不评价哦', undefined],
      ['您说“别家都过时了”，这个我们不好说', undefined],
    ],
  )
})

describe('competitor-disparagement: turned yellow said bare after a span and 就; cheap mainland goods (defect, quality; DH)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家的手机壳两个礼拜就黄了', undefined, '别家的手机壳两个礼拜就黄了', 'warning'],
      ['隔壁那家的发夹都是廉价的大陆货', undefined, '隔壁那家的发夹都是廉价的大陆货', 'warning'],
    ],
    [
      // the shop's own goods, advice on upkeep, a condition, a question, the shop's own origin
      ['我们的透明壳用久了也可能会黄，介意的话选黑色', undefined],
      ['香蕉放两天就黄了，正常现象', undefined],
      ['如果一个月就黄了，您直接找我们换', undefined],
      ['别家的一个月就黄了吗？', undefined],
      ['我们的发夹是大陆工厂做的，价格便宜一些', undefined],
    ],
  )
})

describe('competitor-disparagement: a platform pointed at with 那种, health-device brands (class competitor.platform.there, brand; M1, M4)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['唯品会那种清仓款都是过季尾货', undefined, '唯品会那种清仓款都是过季尾货', 'warning'],
      ['欧姆龙的都是假货，还是买我们家的吧', undefined, '欧姆龙的都是假货', 'warning'],
    ],
    [
      // neutral comparison, the platform as a place the buyer may look, the brand praised, a question
      ['唯品会那种款我们这边也有，您可以对比一下', undefined],
      ['欧姆龙的血压计也很准，看您习惯哪个', undefined],
      ['这款和鱼跃的制氧机流量差不多', undefined],
      ['欧姆龙的是假货吗？', undefined],
    ],
  )
})

describe('competitor-disparagement: a long weekend is no fake (fakeNoun notBefore 连/長/春…; DH)', () => {
  checkKinds(
    'competitor-disparagement',
    [['其他家卖的都是假燕窝', undefined, '其他家卖的都是假燕窝', 'warning']],
    [
      ['虾皮物流一般三到五天到店，遇到连假可能会慢一点', undefined],
      ['蝦皮店到店遇到連假會晚一兩天，還請見諒', undefined],
      ['京东快递春假期间照常派送', undefined],
      ['别家放长假了，我们正常发货', undefined],
    ],
  )
})
