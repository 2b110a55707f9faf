import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 33 mend A (review29 findings 1, 2, 3 for blame-customer; 8, 9, 10, 11, 16 for curt-reply). Every pass row below was
 * flagged by the merged build (650710f); every flag row is the near case the mend keeps. The sentences are ours.
 */

// Finding 1: bare 硬 is no bad outcome after the buyer's pick (a firm model described), only after an act done its own way.
describe('blame-customer mend A: 硬 after a pick describes the goods; after an act done its own way, disowned, it is laid', () => {
  checkKinds(
    'blame-customer',
    [
      ['面包没密封就放冰箱，当然会硬，这不是质量问题', undefined, '面包没密封就放冰箱', 'warning'],
      ['冻干直接干吃当然硬，这不是质量问题', undefined, '冻干直接干吃', 'warning'],
    ],
    [
      ['您拍的是加硬款，当然会比较硬'],
      ['您选的是加硬版，当然会硬一些'],
      ['您挑的是硬度高的那款，当然偏硬一点，躺几天就习惯了'],
    ],
  )
})

// Finding 2: "of course … not a quality problem" with a mild degree or a remedy after it explains a new or cold product.
describe('blame-customer mend A: a mild degree or a remedy after "of course … 不是质量问题" explains the goods', () => {
  checkKinds(
    'blame-customer',
    [
      // No mild degree, no remedy: still the act laid bare (a warning).
      ['炒锅没开小火就干烧，当然会糊，这不是质量问题', undefined, '炒锅没开小火就干烧', 'warning'],
    ],
    [
      ['新靴子直接上脚当然会有点硬，这不是质量问题，多穿几次就软了'],
      ['天冷直接用当然会有点硬，这不是质量问题，放一会儿就软了'],
      ['这款肉脯直接吃当然硬一点，这不是质量问题，工艺就是这样'],
    ],
  )
})

// Finding 3: 那 / 就 before a cleft only point back; with advice or a way on after it the fault is a fact explained.
describe('blame-customer mend A: 那是您…不够 followed by advice or a way on is explained, not asserted', () => {
  checkKinds(
    'blame-customer',
    [
      ['那是您安装的位置不对', undefined, '是您安装的位置不对', 'error'],
      // A strong assertion stays one even with advice after it.
      ['肯定是您泡的时间不够，建议多泡一会儿', undefined, '是您泡的时间不够', 'error'],
    ],
    [
      ['那是您会员等级不够，升级后就能领这张券了'],
      ['那是您泡的时间不够，建议再多泡两分钟'],
    ],
  )
})

// Finding 8: the agent repeating itself in the group or the live room is its own impatience; a streamer earlier in the
// clause (not only right before the verb) is a third party.
describe('curt-reply mend A: who said it so often — the agent in a place, or a third party earlier in the clause', () => {
  checkKinds(
    'curt-reply',
    [
      ['我们在直播间讲了好几遍了', undefined, '讲了好几遍', 'warning'],
      ['小妹在群里说了好几遍了，月底统一发', undefined, '说了好几遍', 'warning'],
    ],
    [
      ['主播昨晚说了三遍是现货'],
      ['团长昨天说了三遍截单时间'],
    ],
  )
})

// Finding 9: an optician the buyer is advised to see is advice; sent to one flat it is still a brush-off.
describe('curt-reply mend A: the optician advised, not pointed at', () => {
  checkKinds(
    'curt-reply',
    [['度数的问题你自己问验光师去', undefined, '你自己问验光师去', 'warning']],
    [['建议您去找专业验光师重新验光后再配']],
  )
})

// Finding 10: 我们这边就不处理了 after a step done (取消以后) is a status; after a referral it refuses.
describe('curt-reply mend A: 就不处理 as a status after a step, or as a refusal after a referral', () => {
  checkKinds(
    'curt-reply',
    [['这个您找房东问问，我们这边就不处理了', undefined, '我们这边就不处理', 'warning']],
    [['订单取消以后我们这边就不处理了，钱会原路退回']],
  )
})

// Finding 11: 不就…了 throws the answer back only after a trial pushed onto the buyer.
describe('curt-reply mend A: 不就知道了 after a trial pushed onto the buyer, not after the agent explained', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己试试不就知道了', undefined, '不就知道了', 'warning'],
      ['你买回去穿穿不就知道了', undefined, '不就知道了', 'warning'],
    ],
    [
      ['我给您标了尺寸，这样不就清楚了'],
      ['我录了段视频，您一看不就明白了'],
    ],
  )
})

// Finding 16 (the helpOutside / offersPathOutside merge into one cueOutside): help outside the handed-back clause still
// clears it; a help word inside it (申请) does not.
describe('curt-reply mend A: a job handed back, with help outside it or not', () => {
  checkKinds(
    'curt-reply',
    [['自己去页面申请', '这个怎么用', '自己去页面申请', 'warning']],
    [['自己去页面申请，我帮您审核', '这个怎么用']],
  )
})
