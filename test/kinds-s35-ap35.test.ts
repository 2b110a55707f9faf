import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap35, session 31: absolute-promise kinds read from sets BH and BG (and their members in older sets), in our own words.
 */

// 1. cured-after-use: a condition cured, a body function restored or what the goods remove gone, once the goods are used or named
//    (class effect.cure.said, tag usedFirst). Traps: the question, a hedge, the shop disowning it, a smell aired out (no goods used),
//    a buyer's report relayed, a rest first.
describe('absolute-promise: cured after use', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款护膝老人戴了关节疼自然就好了', undefined, '关节疼自然就好了', 'error'],
      ['这个净化器放上一周甲醛全没了', undefined, '甲醛全没了', 'error'],
      ['戴了我们的眼罩，视力能恢复到以前', undefined, '视力能恢复到', 'error'],
      ['这款床垫睡了腰痛马上好', undefined, '腰痛马上好', 'error'],
    ],
    [
      ['戴了关节疼能好吗？'],
      ['一般戴一段时间关节疼就好了'],
      ['不能保证戴了关节疼就好了'],
      ['衣服拆开有味道的话通风晾一天就好了'],
      ['有客户反馈用了湿疹就好了'],
      ['休息好了腰疼自然就好了'],
    ],
  )
})

// 2. unchanged-under-use: 不会 + a one-character change (褪, 黑, 透, 锈, 渗) ending its clause, a body harm of use (不会干眼), and
//    "still like new" after use (class goods.like.new). Traps: a condition and a hedge, the question, the shop's own discretion (不会透露),
//    a property of the fabric (完全不透光 is another entry's), the question about looking new.
describe('absolute-promise: unchanged under use', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这条项链戴着游泳都不会黑的', undefined, '不会黑', 'error'],
      ['这双雨靴踩再深的水也不会渗', undefined, '不会渗', 'error'],
      ['这款漆刷上去不会锈的', undefined, '不会锈', 'error'],
      ['这副隐形眼镜戴一天都不会眼干', undefined, '不会眼干', 'error'],
      ['这个焖烧杯中午装的粥到傍晚都不会凉', undefined, '不会凉', 'error'],
      ['这个行李箱被机场摔了也不会破的', undefined, '不会破', 'error'],
      ['这件外套我们家的洗二十次也跟新的一样', undefined, '也跟新的一样', 'error'],
    ],
    [
      ['只要不放洗衣机，一般不会变形'],
      ['这款会不会掉色？'],
      ['我们不会透露您的任何信息'],
      ['这件外套洗了还跟新的一样吗？'],
      ['正常情况下不会黑的'],
    ],
  )
})

// 3. echo-yes: a bare yes to a question that asks for a guarantee itself, or whether the goods last to a near time. Traps: the shop's
//    own goods (正品, 纯棉), the shop's own dispatch, an invoice.
describe('absolute-promise: a bare yes to a guarantee asked for', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能', '这个纸箱能保证寄过去不变形吗', '能', 'error'],
      ['可以的', '能保证明天送到吗', '可以的', 'error'],
      ['可以的', '牛奶冻过了可以放到明天晚上吗', '可以的', 'error'],
      ['能擦掉的', '这个清洁膏能把灶台的油渍擦掉吗', '能擦掉', 'error'],
    ],
    [
      ['可以的', '能保证是正品吗'],
      ['可以的', '敢保证这单下午就寄出吗'],
      ['能的', '能开专票吗'],
      ['是的', '这件是纯棉的吗'],
    ],
  )
})

// 4. sensitive-group-safe: a sensitive group + 也/都 + 能/可以 + 放心, or + 没有任何问题 (class safe.group.said). Traps: a hedge with advice to
//    ask a doctor, the question, a span of time before 都没有问题.
describe('absolute-promise: safe for a sensitive group', () => {
  checkKinds(
    'absolute-promise',
    [
      ['哺乳期的妈妈都可以放心喝', undefined, '哺乳期的妈妈都可以放心', 'error'],
      ['新生儿皮肤用都没有任何问题', undefined, '新生儿皮肤用都没有任何问题', 'error'],
      ['老人家血糖高也可以安心喝这款豆奶', undefined, '老人家血糖高也可以安心', 'error'],
      ['孕期的准妈妈擦这款身体乳也完全没问题', undefined, '准妈妈擦这款身体乳也完全没问题', 'error'],
    ],
    [['孕妇一般也可以用，建议先咨询医生'], ['孕妇能放心用吗？'], ['这个月都没有问题']],
  )
})

// 5. own-dispatch-with-time: a certainty word + a time frame or a place in the queue + the shop's own sending is the shop's own action
//    (info, not counted); the same frame ending in an arrival stays an error.
describe('absolute-promise: the shop sending within a time frame', () => {
  checkKinds(
    'absolute-promise',
    [
      ['我们一定在两天之内给您寄出', undefined, '一定', 'info'],
      ['明天一早一定第一批给您发', undefined, '一定', 'info'],
      ['我们一定在两天之内给您送到', undefined, '一定', 'error'],
      ['明天一早一定第一批送到您手上', undefined, '一定', 'error'],
      ['我们一定在明天中午十二点前给您寄出', undefined, '一定', 'info'],
      ['放心，我们一定当天打包寄走', undefined, '一定', 'info'],
      ['明天上午保证给您发出', undefined, '保证', 'info'],
      // …but with an arrival in the same sentence the certainty still covers it.
      ['我们保证当天寄出，周六前到', undefined, '保证', 'error'],
    ],
    [],
  )
})


// 6. the state on arrival guaranteed (保证完好无损送到): 无 inside a word of intactness negates nothing, and a bare 保证 + a state is the
//    buyer's return condition only with the thing kept or a degree named. Traps: the buyer's return condition, a denial.
describe('absolute-promise: intact on arrival', () => {
  checkKinds(
    'absolute-promise',
    [['我们用了三层气泡膜，保证完好无损送到您家', undefined, '保证', 'error']],
    [['退货时请保证商品完好'], ['寄回的时候保证商品基本完好就可以退'], ['鸡蛋在路上我们没法保证完好无损送到']],
  )
})
