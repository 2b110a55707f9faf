import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend A, session 30 (review30 findings 2, 3, 4, 8, 13, 14): each fix with the sentences it must still flag and those it must
 * now leave alone, in our own words.
 */

// Finding 2: 成这样 points at the state the buyer reports (judged, not promised), but with 再 / 以后 / 下次 in the clause it
// promises the next item. Traps: the reported state with a past time, 不可能 + 成这样.
describe('mend A: 成这样 of the next item is a promise', () => {
  checkKinds(
    'absolute-promise',
    [
      ['新发的这双我们都验过了，不会再开胶成这样了', undefined, '不会再开胶', 'error'],
      ['给您换一个，下次不会碎成那样了', undefined, '不会碎', 'error'],
      ['以后不会再漏成这样的，您放心', undefined, '不会再漏', 'error'],
    ],
    [['出库的时候不可能裂成这样，麻烦您拍下快递单'], ['刚签收时不会烂成这样，应该是路上压的']],
  )
})

// Finding 3: stock pitched after its arrival date is the shop's stock, unless the buyer's own order is named before the date.
// Traps: stock come in with no buyer's order.
describe("mend A: the buyer's order on a date, pitched", () => {
  checkKinds(
    'absolute-promise',
    [
      ['您买的荔枝后天到货，超新鲜，收到先冷藏', undefined, '后天到货', 'error'],
      ['您的包裹周六到货，这批是头茬的', undefined, '周六到货', 'error'],
      ['您订的榴莲明天到货，数量有限的好货', undefined, '明天到货', 'error'],
    ],
    [['鲜虾今天到货啦，这批是舟山的'], ['杨梅明天到货，先到先得哦'], ['您问的那款白茶今天到货了，这批是明前的']],
  )
})

// Finding 14: 这样 right before 就能 names the means, but a date after the phrase (这样就能后天收到) is promised.
describe('mend A: 这样 + 就能 + a date', () => {
  checkKinds(
    'absolute-promise',
    [
      ['帮您换成空运了，这样您就能后天收到', undefined, '就能后天收到', 'error'],
      ['改成次日达，这样就可以周日签收', undefined, '就可以周日签收', 'error'],
    ],
    [['您留个备用电话，这样就能签收了'], ['放快递柜的话，这样您就可以随时取件']],
  )
})

// Finding 8: a body function sure to get better only with the goods used or named before it; not after a rest or a wait, nor
// with the claim disowned in the sentence.
describe('mend A: a body function gets better with the goods used', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这盒鱼肝油孩子吃了视力会变好', undefined, '视力会变好', 'error'],
      ['宝宝坚持喝一个月肠胃马上就变好', undefined, '肠胃马上就变好', 'error'],
    ],
    [
      ['宝妈别焦虑，月子里睡足了奶水会好起来的'],
      ['等换季过去了，您的睡眠就会变好的'],
      ['您闭眼歇一会，视力很快就会变好'],
      ['包装上印着坚持服用肠胃会变好，这个我们不敢保证'],
    ],
  )
})

// Finding 13a: a bare 全熟 / 半熟 / 烤到 no longer makes a superlative a tip on use; the doneness reached by cooking still does.
describe('mend A: doneness as a tip on use', () => {
  checkKinds(
    'exaggeration',
    [
      ['我家的溏心蛋就算全熟了也是最香的', undefined, '最香', 'warning'],
      ['我们的羊排烤到焦黄，味道最好', undefined, '最好', 'warning'],
    ],
    [['牛排煎到七分熟口感最好'], ['蛋黄煮到半熟的时候最嫩']],
  )
})

// Finding 13b: the shop's own factory making for big brands is a boast, not a rival's fake; 一个 / 一家 only as 是一个 / 是一家.
describe('mend A: 代工 for big brands is a boast', () => {
  checkKinds(
    'competitor-disparagement',
    [['那家店的包是随便找了一家代工的', undefined, '那家店的包是随便找了一家代工', 'warning']],
    [['我们车间常年给知名品牌代工，做工放心'], ['跟大牌是一家代工厂出的货']],
  )
})

// Finding 4: the buyer sent straight to a party counts as curt only with the instruction ending its sentence, and never to a
// place that holds the parcel or to the shop's own 师傅. Traps: the instruction followed by where or what, a parcel holder.
describe('mend A: 您直接找… followed by help', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个问题您直接找品牌售后就行。', undefined, '您直接找品牌售后', 'warning'],
      ['检测报告的事您直接问质检机构吧', undefined, '您直接问质检机构', 'warning'],
      ['退换的问题您直接找厂家就行，厂家的客服号在包装盒上', undefined, '您直接找厂家', 'warning'],
    ],
    [
      ['您直接问质检机构就好，鉴定费我们报销'],
      ['您直接找鉴定中心就好，出了结果拍给我'],
      ['您直接去菜鸟驿站就行'],
      ['您直接找快递柜就行'],
      ['您直接找安装师傅就好'],
    ],
  )
})
