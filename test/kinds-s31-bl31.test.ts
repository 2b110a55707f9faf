import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31 (twenty-seventh brief), lane bl31: blame-customer's first-sight misses on AZ and AY (and AW, AX), grouped into kinds
 * with members from at least two sources (fixtures/eval/lanes-s27/LANE-bl31.md). The sentences are ours. Traps: help or an
 * offer after, the shop owning it, a third party, candour about the goods, a clarifying question, a preference, next time,
 * a purchase rather than an act, an act that is no handling.
 */
describe('blame-customer: told or sent already, asked back with 已经 inside (不是已经…吗)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我刚才不是已经讲过了吗，定制款不退', undefined, '不是已经讲过', 'error'],
      ['我上面不是已经回答过了吗？', undefined, '不是已经回答过了', 'error'],
      ['我前面不是已经发您物流单号了吗', undefined, '不是已经发您', 'error'],
      // What was sent "to you" inside the asked clause is no offer of help.
      ['我不是已经发过安装视频给您了吗？', '怎么装', '不是已经发过', 'error'],
    ],
    [
      // Asked in order to help, and a denial.
      ['不是已经发过了吗？我帮您再查一下物流'],
      ['我们不是发了假货，是正品'],
    ],
  )
})

describe('blame-customer: told before, the one told left out after the time', () => {
  checkKinds(
    'blame-customer',
    [
      ['您翻一下记录，我当时有提醒过这款不能退', undefined, '当时有提醒过', 'error'],
    ],
    [
      // Informing, with the promise kept; the warehouse reminded.
      ['我们当时有说过会送小样，已经给您补寄了'],
      ['我们之前提醒过仓库了，明天发出'],
    ],
  )
})

describe('blame-customer: 不是我说您 opening a scolding', () => {
  checkKinds(
    'blame-customer',
    [['不是我说您，这个问题都问过好多遍了', undefined, '不是我说您', 'error']],
    [['这话不是我说的，是厂家说的'], ['不是我说你们家的快递慢，是快递公司的问题']],
  )
})

describe('blame-customer: the frank turn (不过说实话) laying the trouble on the buyer, apology and refund notwithstanding', () => {
  checkKinds(
    'blame-customer',
    [
      ['非常抱歉给您添麻烦了。不过说实话，您要是收到当天就冷藏，也不至于化成这样。退款已经给您提交了', undefined, '您要是收到当天就冷藏，也不至于化成这样', 'error'],
      ['不好意思。说句实话，这款锅本身没问题，一般都是空烧导致的，给您补个锅盖吧', undefined, '说句实话，这款锅本身没问题', 'warning'],
    ],
    [
      // Candour about the goods, a third party as the cause, a preference, next time.
      ['说实话这款偏重一点，但是很稳'],
      ['说实话，这种情况很少见，可能是快递在路上压到了，我们马上给您补发'],
      ['要跟您说实话，这款更适合个子高一点的人'],
      ['说实话您穿M码就够了，当然L码也行'],
      ['说实话，您下次提前说，就不会发错了'],
      ['说实话，您要是喜欢宽松的，就不会觉得小'],
    ],
  )
})

describe('blame-customer: a guess at the buyer\'s act asked beside a document pointer', () => {
  checkKinds(
    'blame-customer',
    [
      ['您这个是放进烘干机了吧？吊牌上有写不能烘干', undefined, '您这个是放进烘干机了吧', 'warning'],
      ['您是不是用了钢丝球刷，说明里写了只能用软布', undefined, '您是不是用了钢丝球刷', 'warning'],
    ],
    [
      // A clarifying question (a wish, no act), and help after the guess.
      ['您是不是想问怎么清洗了？用软布擦就可以'],
      ['您是不是用了钢丝球刷，说明里写了只能用软布，没关系，我们给您补一个内胆'],
    ],
  )
})

describe('blame-customer: a guess asked about the buyer\'s handling after the goods are cleared', () => {
  checkKinds(
    'blame-customer',
    [
      ['我们出库都检查过的，您是不是拆的时候摔了？', undefined, '您是不是拆的时候摔了', 'warning'],
      ['这款猫粮本身没问题，您是不是一次喂太多了？', undefined, '您是不是一次喂太多了', 'warning'],
    ],
    [
      // Help after, an act that is no handling, nothing cleared before.
      ['这款本身没问题，您是不是喂得太多了？可以先减半试试'],
      ['我们这边核实了没问题，您是不是换了收货地址了？'],
      ['您是不是喂太多了？'],
    ],
  )
})

describe('blame-customer: the usual handling after opening, nobody named, as the cause', () => {
  checkKinds(
    'blame-customer',
    [['咖啡粉结块一般是开封后没封好口受潮了', undefined, '一般是开封后没封好口受潮', 'warning']],
    [['一般是开封后两周内喝完，口感最好'], ['一般是开封后没问题再冷藏']],
  )
})
