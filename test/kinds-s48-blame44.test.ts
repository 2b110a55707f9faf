import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 48 (lane blame44, forty-fourth brief): blame-customer recall on the buyer as the agent of the trouble, written as
 * constructions over word classes. Rows in the lane's own words.
 */
describe('blame-customer: the buyer named before the guess (cleft.ts cleftSubjectFirst, class guess.cause.subject; blame44)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您估计是没泡开就直接冲了。', undefined, '您估计是没泡开就直接冲', 'warning'],
      ['你应该是放暖气片上烤了', '蜡烛化了', '你应该是放暖气片上烤', 'warning'],
      ['亲可能是用洗碗机洗了，所以才掉漆', undefined, '亲可能是用洗碗机洗', 'warning'],
    ],
    [
      // informing, a question, help after, a condition, the shop's own, denied
      ['您应该是已经收到短信了', undefined],
      ['您可能是想换个颜色吧？', undefined],
      ['您应该是没收到通知吧？我再推送一次', '没看到消息'],
      ['如果您可能是下错单了，我们帮您改', undefined],
      ['我们应该是没发全，马上给您补', '少了一个'],
      ['不是您用错了，是零件本身有问题', '坏了'],
    ],
  )
})

describe('blame-customer: a causing verb after any act of the buyer (consequence.ts, cue causing; blame44)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您晾的时候挂在暖气上，导致变形了', undefined, '您晾的时候挂在暖气上', 'error'],
      ['您装的时候把垫片拿掉了，造成漏水', undefined, '您装的时候把垫片拿掉', 'error'],
    ],
    [
      // in general, a third party or the shop causing it, a condition, a reassurance
      ['您晾的时候挂在暖气上会导致变形', undefined],
      ['您下单后仓库爆仓导致发货晚了，抱歉', undefined],
      ['您收到的破损是快递压坏造成的', undefined],
      ['您放心，这款不会导致过敏', undefined],
    ],
  )
})

describe('blame-customer: asked whether they cannot even read it, and the accusation thrown back (blame44)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你是不是不会看订单详情啊，上面写着已发货', undefined, '你是不是不会看', 'error'],
      ['您才是无理取闹吧', '你们就是在骗人', '您才是无理取闹', 'error'],
    ],
    [
      // help after, a condition, the agent about itself, the shop denying the charge
      ['您是不是不会看英文版？我发中文的给您', undefined],
      ['如果您不会看物流，我截图发给您', undefined],
      ['我们不是骗子，店铺资质都可以查', '你们就是骗子'],
    ],
  )
})

describe('blame-customer: a heat tool, a charger, a mop or a watering can at the goods (class customer.misuse.result; blame44)', () => {
  checkKinds(
    'blame-customer',
    [
      ['这是您自己用热风枪吹变形的', undefined, '您自己用热风枪吹变形', 'error'],
    ],
    [
      // the shop's test, a third party, advice
      ['我们出厂前用吹风机吹过都没变形', undefined],
      ['建议不要用吹风机高温吹，容易吹变形', undefined],
    ],
  )
})
