import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 29 (twenty-fifth brief), lane bl29: blame-customer's misses on the outside authors' sets AS, AT, AU, AV and the
 * older pool, grouped into kinds of language; each kind fixed here has members from at least two authors
 * (fixtures/eval/lanes-s25/LANE-bl29.md). The sentences are ours. Traps: the shop owning a fault, advice the buyer
 * asked for, neutral instructions (麻烦您检查一下), questions that gather facts, help offered after, the shop's own
 * plan, a condition left open (已), permission after 还是, a third party telling.
 */
describe('blame-customer: a lecture on next time about checking or filming the parcel', () => {
  checkKinds(
    'blame-customer',
    [
      ['麻烦您下回取件前先验一下货哈', undefined, '下回取件前先验一下', 'warning'],
      // 都 with the buyer named is their "every time", not the shop's promise.
      ['建议您以后取快递都录一下视频哦', undefined, '以后取快递都录一下', 'warning'],
      ['不好意思，以后收包裹记得录一下开箱视频', undefined, '以后收包裹记得录一下', 'warning'],
    ],
    [
      ['我们以后都录视频再发货'],
      ['下次都给您录好视频'],
      ['麻烦您检查一下包裹里有没有说明书'],
      ['收货后请先验一下货，有问题随时找我们'],
      ['下次您想要开箱视频的话，我们可以帮您录'],
      ['建议您拍下之前先量一下尺寸哦', '怎么选尺码'],
    ],
  )
})

describe('blame-customer: the parcel shown signed for, taken by the buyer\'s household "without telling you"', () => {
  checkKinds(
    'blame-customer',
    [
      ['单号显示已经签收了，是不是您家里人拿了没告诉您？', undefined, '家里人拿了', 'warning'],
      ['快递显示已签收了，您问问家人是不是代收了', undefined, '家人是不是代收', 'warning'],
      ['系统显示签收了，是不是您同事拿了没告诉您呀', '怎么还没到', '同事拿了', 'warning'],
    ],
    [
      // Asked to gather facts, or with help after.
      ['显示已签收，是不是家人代收了？我帮您联系快递核实一下'],
      ['是被家人签收了吗？', '显示签收了但我没收到'],
      ['物流显示已签收，您问问家里人，我这边也同时帮您联系快递'],
    ],
  )
})

describe('blame-customer: a guess at what the buyer did, then "it left us fine"', () => {
  checkKinds(
    'blame-customer',
    [
      ['封面是您家小朋友撕的吧，我们发货前都检查过的。', undefined, '发货前都检查过', 'warning'],
      ['您拆的时候用剪刀划到了吧？我们出库都是完好的', undefined, '出库都是完好', 'warning'],
      // Formerly a scorer-only case (test/scorer-blame.test.ts); the rule reports it now.
      ['你家的狗把沙发腿啃了吧，我们出厂都是好的', undefined, '出厂都是好的', 'warning'],
    ],
    [
      // A question about what the buyer wants, with comfort; a fact-gathering question with help after.
      ['您是不是想要红色的？我们发货前都检查过的，放心'],
      ['是您本人签收的吗？我们出库都是完好的，我帮您问问快递'],
      // The shop owning the fault; a promise before a purchase; the shop's own check asked back with help.
      ['抱歉，是我们发货前没检查好，马上补发'],
      ['发货前都检查过，保证质量，您放心', '质量怎么样'],
      ['不是我们出库都是完好的吗？我去仓库查一下'],
    ],
  )
  checkKinds(
    'blame-customer',
    [['您是不是搬的時候撞到了？我們寄出前都檢查過喔', undefined, '寄出前都檢查', 'warning']],
    [['您是不是想要藍色的？我們寄出前都檢查過，請放心']],
    { profile: 'zh-TW' },
  )
})

describe('blame-customer: the buyer\'s own choice, pointed with 自己, then "of course" or "normal"', () => {
  checkKinds(
    'blame-customer',
    [
      ['您自己选的经济快递，慢一些是正常的哦', undefined, '您自己选的经济快递，慢一些是正常的哦', 'error'],
      ['您自己选的到付，运费当然是您出呀', undefined, '当然是您出', 'error'],
      ['您下单时自己选了普通快递，当然会慢一点', undefined, '您下单时自己选了普通快递', 'error'],
    ],
    [
      ['您自己选的经济快递，慢一些是正常的，我帮您催一下'],
      // The choice praised, or "of course" before a reassurance.
      ['您自己选的颜色很好看，洗后轻微褪一点是正常的'],
      ['您自己选的尺码当然合适啦'],
    ],
  )
})

describe('blame-customer: what the buyer should not have done, and a condition settled in the past', () => {
  checkKinds(
    'blame-customer',
    [
      ['您当时就不该把吊牌剪掉', undefined, '当时就不该把吊牌剪掉', 'error'],
      ['您当初就不该找外面的店拆机', undefined, '当初就不该找外面的店拆机', 'error'],
      ['您当时要是买大一号，现在就不用再换了', undefined, '您当时要是买大一号', 'error'],
      ['如果您当时先量一下门宽，就不会买到进不了门的柜子了', undefined, '如果您当时先量一下门宽', 'error'],
    ],
    [
      // The shop's own regret, an apology, the buyer spared a cost.
      ['我们当时就不该用这家快递，抱歉'],
      ['不该让您等这么久，抱歉'],
      // A plan for next time, a condition left open (已), help after, a permission.
      ['您要是下次提前说，就不用等了'],
      ['如果您当时已经付过了，就不用再付了'],
      ['如果您当时已经备注了，就不用再改了，我帮您查一下'],
      ['您当时要是不满意，现在也可以退的'],
    ],
  )
  checkKinds('blame-customer', [['妳當時就不該把標籤剪掉', undefined, '當時就不該把標籤剪掉', 'error']], [], { profile: 'zh-TW' })
})

describe('blame-customer: told, then the buyer did it anyway', () => {
  checkKinds(
    'blame-customer',
    [
      ['之前跟您说了这款要手洗，您偏要放洗衣机', undefined, '跟您说了这款要手洗，您偏要放洗衣机', 'error'],
      ['我就跟您说了这个尺码偏小，您还是拍了', undefined, '跟您说了这个尺码偏小，您还是拍', 'error'],
    ],
    [
      // A permission or a wish after 还是, an apology, a third party telling, help after.
      ['我跟您说了，您还是可以退的'],
      ['跟您说过的那款到货了，您还是可以选红色'],
      ['抱歉，跟您说了会按时发，您还是等了三天'],
      ['快递员跟您说了今天送，您却没等到吗？'],
      ['已经跟您说了地址，您还是没收到的话我帮您查'],
    ],
  )
})

describe('blame-customer: nobody named, the trouble put down to heat, length, time or care overdone or too seldom', () => {
  checkKinds(
    'blame-customer',
    [
      ['炒锅粘底是火开太旺了', undefined, '火开太旺', 'warning'],
      ['睫毛膏断了一般是旋得太长了', undefined, '旋得太长', 'warning'],
      ['屁屁发红多半是换得不够勤', '宝宝屁股红了', '多半是换得不够勤', 'warning'],
      ['毛衣缩水了应该是水温太高了', undefined, '水温太高', 'warning'],
    ],
    [
      // Advice, a general rule (会 / 容易), help after, the weather, an answer to "how".
      ['火太大的话容易糊锅，建议中小火'],
      ['一般是洗的时候水温太高会缩水哦'],
      ['锅底糊了是火太大了，我们给您换一个新的'],
      ['巧克力化了是温度太高了，抱歉'],
      ['炒菜的时候火太大，您可以调小一点', '怎么调火'],
    ],
  )
})

describe('blame-customer: the buyer\'s omission, then all the shop could do, or "how would we know"', () => {
  checkKinds(
    'blame-customer',
    [
      ['您下单时没有备注尺码，我们只能按默认发货', undefined, '您下单时没有备注尺码', 'warning'],
      ['您没领券，我们也不能补差价', undefined, '您没领券', 'warning'],
      ['您拍的时候没留言，我们怎么知道要刻字？', undefined, '您拍的时候没留言', 'warning'],
    ],
    [
      // A condition, help after, a fact-gathering question before a plain answer.
      ['您没有提供发票信息的话，我们只能开个人发票'],
      ['您没收到的话我们只能先帮您登记'],
      ['您还没付款，我们只能先保留订单，您付款后马上发'],
      ['您有没有留言呀？我们这边帮您查一下'],
    ],
  )
  checkKinds('blame-customer', [['妳下單時沒有備註尺寸，我們只能隨機出貨喔', undefined, '妳下單時沒有備註尺寸', 'warning']], [], { profile: 'zh-TW' })
})

describe('blame-customer: told to look it up yourself, then the answer thrown back as obvious', () => {
  checkKinds(
    'blame-customer',
    [
      ['您自己查一下单号不就知道了', undefined, '自己查一下单号不就知道', 'warning'],
      ['你自己看下订单呀，不是早就写着预售了吗', '怎么还不发货', '自己看下订单', 'warning'],
    ],
    [
      // An offer of a way, help after, a choice left to the buyer.
      ['您可以自己查一下物流哦'],
      ['您自己看下物流，不是已经到驿站了吗？我帮您联系驿站'],
      ['您自己看一下喜欢哪个颜色，不是都挺好看的吗'],
    ],
  )
})

describe('blame-customer (false alarms): the answer given first, then a plain pointer to where it is written', () => {
  checkKinds(
    'blame-customer',
    [
      // A complaint before it, a refusal next to it, the pointer first, or stressed.
      ['尺码偏小，页面都有标注', '衣服小了', '都有标注', 'warning'],
      ['不退的，页面上都有写', '能退吗', '都有写', 'warning'],
      ['是单只装，主图上都写得很清楚', undefined, '写得很清楚', 'warning'],
    ],
    [
      ['是纯羊毛的，吊牌上都有标注', '这件是纯羊毛吗'],
      ['保质期是十二个月，瓶底都有写'],
      ['产地是云南，包装背面都有标注的'],
    ],
  )
  checkKinds('blame-customer', [], [['這款是醫療級矽膠，盒子上都有標示']], { profile: 'zh-TW' })
})
