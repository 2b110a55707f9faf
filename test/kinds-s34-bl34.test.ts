import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 34 (thirtieth brief), lane bl34: blame-customer's first-sight misses on BE and BF, grouped into kinds with members from at
 * least two sources (fixtures/eval/lanes-s30/LANE-bl34.md). The sentences are ours. Traps: a reassurance, advice, a diagnostic
 * question, help after, a condition, the shop owning it, a thing of the buyer's (您要的…), a third party as the cause, 保证金 /
 * 第一时间 / 最近.
 */
describe('blame-customer: "of course" after the buyer\'s act with a bare result after 会 (当然会刮, 涂层当然会掉)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你拿钢勺刮锅底当然会刮', undefined, '你拿钢勺刮锅底', 'error'],
      ['您用百洁布使劲擦，漆面当然会掉', undefined, '您用百洁布使劲擦', 'error'],
    ],
    [
      ['放心，这款锅铲是硅胶的，当然不会刮'],
      ['这个漆面用百洁布擦当然会掉，建议用软布'],
    ],
  )
})

describe('blame-customer: the buyer\'s act or habit named, then the trouble called normal (…拉肚子很正常; 是不是经常…？…鼓包也正常)', () => {
  checkKinds(
    'blame-customer',
    [
      // Any bad outcome, not only the listed troubles, once the buyer's act is narrated.
      ['您把奶粉一次全换了，宝宝拉肚子很正常', undefined, '您把奶粉一次全换了，宝宝拉肚子很正常', 'error'],
      // 经常 narrates a habit: no condition. 本来就怕 says what the goods are: no worry, no condition.
      ['您经常放常温，化了也正常呀', undefined, '您经常放常温，化了也正常', 'error'],
      ['茶叶本来就怕潮，您开着口放了一个月，变味很正常', undefined, '您开着口放了一个月，变味很正常', 'error'],
      // The habit guessed, the trouble called normal in the sentence after it.
      ['您是不是天天边充电边打游戏？这样很伤电池，发烫也正常。', undefined, '您是不是天天边充电边打游戏', 'warning'],
      ['您是不是经常放在暖气旁边？这样对木头不好，开裂也很正常。', undefined, '您是不是经常放在暖气旁边', 'warning'],
    ],
    [
      // A thing of the buyer's (您要的…), and a way on after it.
      ['您要的电子券要开场前才显示，现在看不到是正常的，到时候就能看到'],
      // A diagnostic question, help after, the trouble as a condition.
      ['请问您是不是经常边充边用呢？我们帮您寄一个新的'],
      ['您是不是经常边充边用？鼓包的话我们给您换新'],
      ['您是不是总是插着充电器打游戏？这样很伤电池，电池鼓包也很正常，我们给您补寄一块新的'],
      ['茶叶本来就怕潮，建议开封后密封保存'],
      ['您放心，保证金我们第一时间退，最近发货也正常'],
      // A step not yet taken is a state, not an act laid on the buyer.
      ['您还没确认收货，款项暂时冻结是正常的'],
    ],
  )
})

describe('blame-customer: the reason clefted on the buyer\'s place after a door or lid that will not shut (关不严是因为您家…)', () => {
  checkKinds(
    'blame-customer',
    [
      // The 不 of 关不严 is a complement's: it negates nothing after it. 本身没关系 clears the goods.
      ['推拉门关不严是因为您家的地面倾斜了，跟门本身没关系', undefined, '是因为您家的地面倾斜', 'error'],
      ['门关不上是因为您家地板不平，柜子本身没有问题', undefined, '是因为您家地板不平', 'error'],
    ],
    [
      ['抽屉关不严的话，您调一下滑轨就好'],
      ['抽屉关不严不是因为您，是我们师傅没装好，马上安排上门'],
    ],
  )
})

describe('blame-customer: a carrier the buyer picked is no third party taking the blame (选的是驿站自提…不能怪我们)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您下单时选的是驿站自提，过期没取才退回的，这个不能怪我们', undefined, '不能怪我们', 'error'],
      ['您选的就是顺丰到付，运费这部分怨不得我们', undefined, '怨不得我们', 'error'],
    ],
    [
      // A third party named as the cause stays curt-reply's.
      ['仓库说是快递没来揽件，这个真不怪我们'],
      ['快递是顺丰发的，这个不能怪我们也不能怪快递'],
    ],
  )
})
