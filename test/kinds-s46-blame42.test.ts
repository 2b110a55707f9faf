import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 46 (lane blame42, forty-second brief): blame-customer and curt-reply kinds named from design misses of DC, DA, BZ and
 * para-40's dev half, written as classes and constructions. Rows in the lane's own words.
 */
describe('blame-customer: hindsight on what the buyer would have known (counterfactual.ts hindsight; blame42)', () => {
  checkKinds(
    'blame-customer',
    [
      ['其实您买之前问一下客服就清楚了', undefined, '您买之前问一下客服就清楚了', 'warning'],
      ['您要是下单前量一下窗户就知道装不下了', undefined, '您要是下单前量一下窗户就知道', 'warning'],
      ['您当初看一眼详情页就明白了', '收到的是单只装', '您当初看一眼详情页就明白了', 'warning'],
      ['您下单前看一下尺码表就知道了', '鞋子偏小', '您下单前看一下尺码表就知道了', 'warning'],
    ],
    [
      // what to do now, advice, a question, the shop's own hindsight, no past moment and no complaint
      ['您要是不放心，看一下质检报告就知道了', undefined],
      ['建议您下单前看一下尺码表就知道选哪个了', undefined],
      ['您下单前看一下详情页就知道了', undefined],
      ['您下单前看一下详情页就知道了吗？', undefined],
      ['我们当时要是说一下您就知道了', undefined],
    ],
  )
})

describe('blame-customer: an outcome called inevitable before a page pointer (page.ts, words ofCourseOutcome; blame42)', () => {
  checkKinds(
    'blame-customer',
    [
      ['皮鞋泡水肯定会变形，说明书上写了不能沾水', undefined, '说明书上写了', 'warning'],
      ['难怪会起球，吊牌上写了不能机洗', undefined, '吊牌上写了', 'warning'],
    ],
    [
      // the shop's own commitment, what the shop has or sends, a bare pointer with nothing before it
      ['我们当然会负责，页面上写了七天无理由', undefined],
      ['当然会给您补发的，订单备注里写了', undefined],
      ['说明书上写了不能沾水', undefined],
    ],
  )
})

describe('blame-customer: a failed delivery as the trouble a 是因为您 cleft answers (cue trouble; blame42)', () => {
  checkKinds(
    'blame-customer',
    [
      ['快递没派送是因为您电话一直关机', undefined, '是因为您电话一直关机', 'error'],
      ['不好意思，不过没送上门是因为您家里一直没人', undefined, '是因为您家里一直没人', 'error'],
    ],
    [
      // a third party's cause with help, the buyer not the cause
      ['快递没送上门是因为驿站爆仓了，我们帮您催', undefined],
      ['快递没送上门不是因为您，是快递员漏送了，抱歉', undefined],
    ],
  )
})

describe('blame-customer: buyers in general, 自己, an act closed by 的 (neglect.ts generalized; blame42)', () => {
  checkKinds(
    'blame-customer',
    [
      ['这种情况一般都是买家自己磕过的', '杯子裂了', '一般都是买家自己磕过', 'warning'],
      ['大多是客户自己拆过的，我们出厂都是检测过的', undefined, '大多是客户自己拆过', 'warning'],
    ],
    [
      // no trouble and nothing defended: a choice explained
      ['一般都是买家自己选颜色的', undefined],
      ['一般都是买家自己选的，您看喜欢哪个', '颜色怎么选'],
    ],
  )
})

describe('curt-reply: a bare acknowledgement to a smell named with a measure word (act.complaint; blame42)', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '沙发有股怪味', '嗯', 'warning'],
      ['好的', '被子有一股霉味', '好的', 'warning'],
    ],
    [
      // the acknowledgement followed by help
      ['嗯嗯，我帮您申请退货', '床垫有股味道'],
      ['好的，我马上给您换一床', '被子有一股霉味'],
    ],
  )
})

describe('curt-reply: "not our fault" with the buyer\'s act told right after it is blame-customer\'s (faulted.ts buyerActed; blame42)', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个不能怪我们，货出库时是好的', undefined, '不能怪我们', 'warning'],
    ],
    [
      ['这个不能怪我们，快递员打您电话您一直没接', undefined],
      ['这个真怪不得我们，您自己没及时取件', undefined],
    ],
  )
})
