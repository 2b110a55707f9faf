import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap34, session 30: absolute-promise kinds read from sets BE and BF (and their members in older sets), in our own words.
 */

// 1. 这样 before 就能签收: the step just named as the means (代收，这样就能签收了) clears it only right next to the phrase; with a
//    time between (这样明天就能签收) the date of receipt is promised. Traps: the means with 您, a policy after 这样.
describe('absolute-promise: 这样 + a date of receipt', () => {
  checkKinds(
    'absolute-promise',
    [
      ['上午打包，这样明天就能签收了', undefined, '就能签收', 'error'],
      ['今晚寄出，这样您周六就能签收', undefined, '就能签收', 'error'],
    ],
    [
      ['请家里人代收一下，这样就能签收了'],
      ['改成驿站自提，这样您就能签收了'],
      ['这样就可以申请售后了'],
    ],
  )
})

// 2. A body function said to get better for sure (记忆力会变好, 视力马上就变好, 睡眠很快就会变好). Traps: the question, a hedge,
//    the shop unable to promise it, a condition, a wish, advice.
describe('absolute-promise: a body function sure to get better', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款鱼油老人吃了记忆力会变好', undefined, '记忆力会变好', 'error'],
      ['蓝光眼镜戴上以后视力马上就变好', undefined, '视力马上就变好', 'error'],
      ['这个枕头用了睡眠很快就会变好', undefined, '睡眠很快就会变好', 'error'],
    ],
    [
      ['吃了免疫力会变好吗？'],
      ['一般坚持一段时间肠胃会变好一些'],
      ['我们没法保证用了视力会变好'],
      ['视力会变好的话就不用配眼镜了'],
      ['希望您的睡眠很快就会变好'],
      ['建议多运动，体质会变好'],
    ],
  )
})

describe('absolute-promise: a body function sure to get better (zh-TW)', () => {
  checkKinds('absolute-promise', [['這款乳酸菌粉孩子沖泡喝了消化馬上變好', undefined, '消化馬上變好', 'error']], [['吃了腸胃會變好嗎？']], { profile: 'zh-TW' })
})

// 3. 都没人管: "nobody", said of other sellers' goods, not "not even one bad". Traps: not one bad item, the same with 都不会有.
describe('absolute-promise: 都没人 is nobody', () => {
  checkKinds(
    'absolute-promise',
    [
      ['发过去的车厘子一个坏果都没有', undefined, '坏果都没有', 'error'],
      ['这箱苹果到您手上一个烂的都不会有', undefined, '烂的都不会有', 'error'],
    ],
    [['那些代购的奶粉，喝出毛病都没人负责'], ['路边摊的充电宝，用坏了都没人管']],
  )
})

// 4. The reported state pointed at (不可能坏成这样, 不会裂成这样): a judgement of what happened, not a promise. Traps: 成 of a
//    result that is not the reported state (碎成两半), a plain 不会碎.
describe('absolute-promise: 成这样 is the state reported', () => {
  checkKinds(
    'absolute-promise',
    [
      ['路上不会碎成两半的，放心', undefined, '不会碎', 'error'],
      ['这个杯子摔了也不会碎', undefined, '不会碎', 'error'],
    ],
    [['刚发货的时候不可能坏成这样，麻烦拍下外箱'], ['收到时不会皱成这样，可能是压到了']],
  )
})

// 5. The shop's own stock come in, pitched (芒果今天到货啦，这批是…, 今天到货超新鲜). Traps: the buyer's parcel on a date, 这批 of
//    goods already sent.
describe('absolute-promise: stock come in', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您这单明天到货', undefined, '明天到货', 'error'],
      ['您的快递明天下午到货，这批货我们已经发出', undefined, '明天下午到货', 'error'],
    ],
    [['芒果今天到货啦，这批是海南的'], ['牛排明天到货，数量有限先到先得'], ['今天草莓到货超新鲜']],
  )
})

// 6. 100% of what the goods are (100%野生, 百分百无添加, 100%真人发丝, 纯度百分之百) and 100%无副作用 (exaggeration's word): a
//    description or a claim, not the certainty adverb. Traps: 100% before an outcome, 绝对/一定 before 无副作用.
describe('absolute-promise: 100% of what the goods are', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这批货100%不会坏', undefined, '100%', 'error'],
      ['吃了绝对无副作用', undefined, '绝对', 'error'],
    ],
    [['我们的核桃100%野生，产地直发'], ['这款蜂蜜百分百无添加'], ['这顶假发是100%真人发丝'], ['这罐椰子油纯度百分之百'], ['纯植物萃取的面霜，100%无副作用']],
  )
})
