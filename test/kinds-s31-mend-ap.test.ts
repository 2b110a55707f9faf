import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend A, session 27: the reviewer's findings on absolute-promise (and exaggeration's 包过), in our own words.
 */

// 1. 放心 with 会 / 不会 counts only where the 会 / 不会 is the short answer standing alone (放心，不会的 / 会的会的，放心); 会 as the
//    helping verb of a statement (放心，会尽快帮您…; 放心，不会影响…) is no yes or no. (放心 itself as the yes to an arrival or safety
//    question, followed by the shop's doing, is the older answer entries' and stays: a real JDDC verdict upholds it.)
describe('absolute-promise: 放心 + 会 as a helping verb, not a short answer', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，不会的哦', '这个电热毯开一晚上会不会着火啊', '放心', 'error'],
      ['不会的，放心吧', '这款凉席睡久了会不会发霉', '不会的', 'error'],
      ['会的会的，放心', '下周二之前能装完吗', '会的', 'error'],
    ],
    [
      ['放心，会给您附上安装说明书的', '我自己会不会装不上啊'],
      ['放心，会安排专人给您回电话', '这个拼图孩子会不会拼不好'],
      ['放心，会尽早帮您跟仓库确认出库时间', '这个周末能用上吗'],
      ['放心，不会影响您店铺的评分，是我们这边操作的', '关闭订单会不会影响评分'],
    ],
  )
})

// 2. 包过 is not a noun made with 包 going through somewhere (礼包, 快递包, 大包, 邮包), nor 包过了 / 包过来 / 包过去.
describe('absolute-promise: 包过 of a pack or a parcel', () => {
  checkKinds(
    'absolute-promise',
    [['这个驾考班报了就包过', undefined, '包过', 'error']],
    [['新人礼包过了这周就领不到了'], ['您的快递包过了转运站明天就派'], ['大包过安检要拿出来'], ['邮包过了海关就好办了']],
  )
})
describe('exaggeration: 包过 of a pack or a parcel', () => {
  checkKinds('exaggeration', [], [['新人礼包过了这周就领不到了'], ['您的快递包过了转运站明天就派']])
})

// 3. A dosage said with a count or a frequency (一天抹三次就好, 早晚各一次就好) says how to use it, not how soon it cures; a length of
//    time with a condition before it still does.
describe('absolute-promise: a dose by count is no cure', () => {
  checkKinds(
    'absolute-promise',
    [['这个药膏治湿疹很灵，涂五天就好了', undefined, '五天就好了', 'error']],
    [['这支皮炎膏一天抹三次就好，不要厚涂'], ['这个喷剂治咽炎的，早晚各一次就好'], ['这个药一天吃两粒就好，饭后吃']],
  )
})

// 4. A short no to a question about the shop's or platform's own handling of the buyer's deposit, money or name: a policy answer.
describe('absolute-promise: 不会的 about a deposit, a record or privacy', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的，放心', '这个保温杯装热水会不会有塑料味', '不会的', 'error'],
      ['放心，不会的', '这种充电宝带上飞机会不会爆', '放心', 'error'],
    ],
    [
      ['不会的，放心，押金是冻结状态，退租后原路退回', '租这个相机押金会不会被扣'],
      ['放心，不会的，我们用的是隐私面单', '快递单上会不会写我的名字'],
      ['不会的，放心，扣款要您确认收货后才会进行', '还没收到货会不会就扣款了'],
    ],
  )
})
