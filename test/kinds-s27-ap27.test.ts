import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 27 (twenty-third working session), lane ap27: absolute-promise. Kinds of miss read on the outside authors'
 * sets (AL, AM, AN, AQ) and the pool, and kinds of false alarm read on real JD traffic (ASAP, JDDCRec). Every case is in
 * our own words; each kind has its traps.
 */

// M1. A short yes to "will it be received on <day>?" (后天能收到吗): the courier decides the day, the yes fixes it.
//     Not a notice, an invoice or money received, not a hedged yes, not the shop's own chasing.
describe('absolute-promise: yes to receiving on a day', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的', '后天能收到吗？', '会的', 'error'],
      ['能的亲', '周末能收到吗', '能的', 'error'],
    ],
    [
      ['一般会的，具体看物流', '后天能收到吗？'],
      ['可以帮您催一下快递', '后天能收到吗？'],
      ['会的', '明天能收到电子发票吗？'],
      ['会的', '退款明天能收到吗？'],
    ],
  )
})

// M2. A yes that waves the worry away in a question about a bad outcome: a bare permission (能 / 可以的) or 会的 with 放心
//     right after it. A yes confirming the harm with a caution, a hedge or advice after it, or no bad outcome asked: no promise.
describe('absolute-promise: a yes waving away a worried question', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能', '宝宝吃这个米粉会不会便秘？', '能', 'error'],
      ['可以的', '这款香薰闻久了会不会头晕？', '可以的', 'error'],
      ['会的，放心', '这双鞋会不会磨脚？', '会的，放心', 'error'],
    ],
    [
      ['可以的，不过第一次建议少量试试', '宝宝吃这个米粉会不会便秘？'],
      ['能帮您问一下厂家', '这款香薰闻久了会不会头晕？'],
      ['会的，前两次会有点浮色，水洗几次就好', '这条裤子会不会掉色？'],
      ['能', '能开发票吗？'],
      ['会的亲，建议第一次单独洗', '这件衬衫会不会掉色？'],
    ],
  )
})

// M3. Bad outcomes of more categories, ruled out: toothbrush bristles splaying, a quilt matting, a mount blocking the driver's
//     view, a reaction to what is eaten. Hedged, advised or conditioned they warn.
describe('absolute-promise: bad outcomes of more categories', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这把牙刷的刷毛用久了也不会炸毛', undefined, '不会炸毛', 'error'],
      ['这床棉被晒多少次都不会板结', undefined, '不会板结', 'error'],
      ['手机支架装在出风口不会挡视线', undefined, '不会挡视线', 'error'],
      ['这款代餐吃了不会有任何不良反应', undefined, '不会有任何不良反应', 'error'],
    ],
    [
      ['刷毛一般三个月左右会炸毛，建议按时换刷头'],
      ['被子板结的话可以拍一拍再晒'],
      ['如果出现不良反应请立即停用'],
      ['支架一般不会挡视线，装之前可以先比一下位置'],
    ],
  )
})

// F1–F3. An arrival read out of the system's record (查询是…送达的), an estimate with 应是, and the courier's run described with
//        effort (积极) or once a split order is complete (到齐后): none is the agent's promise. Said plainly, it still is.
describe('absolute-promise: records, estimates and the run described', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您的包裹明天下午给您送到的', undefined, '明天下午给您送到', 'error'],
      ['站点今天会给您派送的', undefined, '会给您派送的', 'error'],
    ],
    [
      ['查询是明天下午给您送达的'],
      ['应是明天下午给您送到的'],
      ['两个包裹到齐后会给您派送的'],
      ['站点会给您积极配送过去的'],
    ],
  )
})

// F4–F6. 一定 naming a period (一定限期内), 保证 as a noun (商品的保证) or an adjective after a degree adverb (比较保证), and 保证
//        placed on the buyer as a condition of a return (保证原包装): no promise. 保证 + an arrival stays one.
describe('absolute-promise: 一定 and 保证 that promise nothing', () => {
  checkKinds(
    'absolute-promise',
    [
      ['寄顺丰保证明天到', undefined, '保证', 'error'],
      ['加急送货，保证客户体验', undefined, '保证', 'info'],
      ['退款我们一定会全额返还的', undefined, '一定会', 'info'],
    ],
    [
      ['在一定限期内可以申请换货'],
      ['包装盒上没有印质量的保证'],
      ['寄顺丰比较保证'],
      ['退货需要商品完好（保证原包装、配件齐全），运费自理'],
    ],
  )
})

// F7–F10. Certainty about a failure (肯定打不通), a notice or money received (就能收到通知, 就能到账), the shop's own records
//         (数据丢了吗 — 不会的), the buyer's own errand (我要自己送到自提点吗 — 是的), and 放心的 to a buyer who doubts the agent's
//         word: none promises an outcome. A lost parcel denied, and 放心的 to a worry about breakage, still do.
describe('absolute-promise: failures, notices, records and the agent’s word', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的', '路上会不会弄丢？', '不会的', 'error'],
      ['放心的', '我怕一碰就断', '放心的', 'error'],
      ['今天发顺丰，后天就能收到', undefined, '后天就能收到', 'error'],
    ],
    [
      ['你们两边同时互相打肯定打不通的'],
      ['关注店铺就能收到上新通知'],
      ['退款今天就能到账'],
      ['不会的，订单记录都在', '你们是不是把我的数据弄丢了？'],
      ['是的', '我要自己送到自提点吗？'],
      ['放心的', '你可别骗我'],
    ],
  )
})

// M5. A learner's result (包就业, 稳拿 an exam) and a service life asked up to a date (能用到明年吗 — 会的): the learner and the
//     use decide, not the shop. 稳稳拿着 is holding; a hedged yes leaves room.
describe('absolute-promise: a learner’s result and a service life asked to a date', () => {
  checkKinds(
    'absolute-promise',
    [
      ['跟着我们的课学，包上岸', undefined, '包上岸', 'error'],
      ['按这套方法刷题，四级稳稳拿下', undefined, '稳拿', 'error'],
      ['会的亲', '这个二手平板能用到年底吗', '会的', 'error'],
    ],
    [
      ['小朋友可以稳稳拿着杯子喝水'],
      ['一般可以的，具体看使用情况', '这个二手平板能用到年底吗'],
      ['包邮的亲，学完有问题随时问老师'],
    ],
  )
})

// M6/F11. A hedge said as a clause of its own leaves room for the next clause (正常来说，…不会…); a brand that holds a promise
//         word (永久牌) names; Cantonese 先 after a time reports what already arrived; how the shop settles a price is its policy.
describe('absolute-promise: a hedge clause, a brand, Cantonese 先, a pricing rule', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款插头不会发烫，放心用', undefined, '不会发烫', 'error'],
      ['我们保证的是明天送到', undefined, '保证', 'error'],
      ['我们保证的是按付款时的价格结算', undefined, '保证', 'info'],
    ],
    [
      ['正常来说，这款插头不会发烫，烫的话请停用联系我们'],
      ['一般情况下呢，冷冻的肉路上不会化'],
      ['这台是永久牌的老款自行车'],
      ['啲货今朝先到，下昼帮你寄出'],
    ],
  )
})

// F12. A record's label before a colon (系统时效：…送达) reads out its value; the cold chain named before 保证 states what the
//      process keeps (保证…新鲜度). Without the label, or with a failure ruled out after 保证, the promise stands.
describe('absolute-promise: a record read out after its label, the cold chain’s own work', () => {
  checkKinds(
    'absolute-promise',
    [
      ['下单后明天送达', undefined, '明天送达', 'error'],
      ['全程冷链运输，保证不会化冻', undefined, '保证', 'error'],
    ],
    [
      ['系统显示：明天送达'],
      ['这单的承诺时效：周三送达的'],
      ['海鲜全程冷链运输，保证商品的新鲜度'],
    ],
  )
})

// F12b. The cold chain named, then what the goods are on arrival (保证到了还是冻的): the transit promised, not the chain explained.
describe('absolute-promise: the cold chain and the state on arrival', () => {
  checkKinds('absolute-promise', [['冷链发到外地两天内，保证到了还是冻的', undefined, '保证', 'error']], [['冷链配送，保证食材的鲜度']])
})
