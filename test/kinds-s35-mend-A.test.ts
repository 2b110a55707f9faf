import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend A of the thirty-first session (review 31, findings 2, 3, 4, 5 first half, 9): each false alarm fixed as a class,
 * with the claim it was meant for still caught. The sentences are ours.
 */

describe('exaggeration, review 31 finding 2: "only we" is about being genuine, licensed or the sole seller', () => {
  checkKinds(
    'exaggeration',
    [
      ['市面上假货多，只有我们这边是正品', undefined, '只有我们这边是正品', 'warning'],
      ['这个牌子在本市只有我们店有卖', undefined, '只有我们店有卖', 'warning'],
      ['整个平台只有我们家拿到了厂家的授权', undefined, '只有我们家拿到了厂家的授权', 'warning'],
    ],
    [
      // Stock, records, a courier: what one warehouse happens to have.
      ['这个码别的仓都没了，只有我们这里还有两条'],
      ['退货单只有我们这边能看到，快递员那边查不到'],
      ['只有我们这边有您的签收记录，您可以放心'],
      ['只有我们这里是发京东的，别的仓走韵达'],
      // The buyer's consent, not a licence.
      ['只有我们拿到您的授权之后才能帮您改收货人'],
      ['只有我们得到买家授权才可以代开发票'],
    ],
  )
})

describe('exaggeration, review 31 finding 3: an instrument is medical care only as the hospital\'s', () => {
  checkKinds(
    'exaggeration',
    [
      ['这块手表测心率比医院监护仪还准', undefined, '比医院监护仪还准', 'error'],
      ['这个额温枪比医用体温计更灵敏', undefined, '比医用体温计更灵敏', 'error'],
      ['测血压比医院的血压计还准', undefined, '比医院的血压计还准', 'error'],
      ['这个手环比医院心电图还准', undefined, '比医院心电图还准', 'error'],
    ],
    [
      ['新款额温枪比旧款额温枪更灵敏'],
      ['这台血糖仪比上一代血糖仪更精确'],
      ['我们每件都过仪器，比肉眼检查更准确'],
      ['升级后的传感器比老款仪器还要灵敏'],
    ],
  )
})

describe('exaggeration, review 31 finding 4: 就好了 is a cure only when the condition is what gets better', () => {
  checkKinds(
    'exaggeration',
    [
      ['口腔溃疡喷上这个，两天就好了', undefined, '口腔溃疡喷上这个，两天就好了', 'error'],
      ['三天就好了', '宝宝湿疹抹这个几天能好？', '就好了', 'error'],
      ['一周就好了', '孩子吃这个多久能好', '就好了', 'error'],
    ],
    [
      // A new topic or the shop taking the task on after the condition.
      ['您嗓子发炎就多喝点水，退款的事交给我们就好了'],
      ['孩子咳嗽您先陪着，补发的事情我们处理就好了'],
      ['感冒了先吃药休息，地址我这边帮您改就好了'],
      // A fitting, tailoring or a garment asked about, with no body condition.
      ['五分钟就好了', '钢化膜贴好要多久能好？'],
      ['再等两天就好了', '宝宝的外套定做几天能好'],
      ['一会儿就好了', '贴多久能好呀'],
    ],
  )
})

describe('exaggeration, review 31 finding 5: a meal, a drink or a bath is not intake of the goods', () => {
  checkKinds(
    'exaggeration',
    [
      ['孕妇喝这款花茶也没问题', undefined, '孕妇喝这款花茶也没问题', 'error'],
      ['新生儿抹了也不会有事', undefined, '新生儿抹了也不会有事', 'error'],
    ],
    [
      ['宝宝吃饭也没问题，这把餐椅底座很宽'],
      ['老人洗澡也安全，扶手是加固的'],
      ['孩子泡澡都没问题，这个浴桶够深'],
      ['小孩喝水也没事，杯子倒过来都不漏'],
      ['老人洗脚也不怕滑，盆底有防滑垫'],
    ],
  )
})

describe('competitor-disparagement, review 31 finding 9: the cheap ones on the shop\'s own shelves', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['便宜的都是翻新机，您别图那点差价', undefined, '便宜的都是翻新机', 'warning'],
      // s45 (redline41): 他们店 is now a seller of its own (cue other), so the finding starts at it, as every finding with a named seller does.
      ['他们店里便宜的都是假货', undefined, '他们店里便宜的都是假货', 'warning'],
    ],
    [
      ['店里卖得便宜的都是清仓款，质量没区别，就是颜色少'],
      ['这个系列里便宜的都是二手机，全新的贵两百'],
      ['这几款里别的都是去年的款，这款是今年新出的'],
    ],
  )
})
