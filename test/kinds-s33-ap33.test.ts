import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap33, session 29: absolute-promise kinds read from sets BC and BD (and their members in older sets), in our own words.
 */

// 1. The parcel lost, asked bare (会不会丢？— 不会丢的): the courier's doing, ruled out. Traps: the parcel found on the tracking
//    (是不是丢了？— 没丢), a hedge, a condition, and 丢 meaning "throw away".
describe('absolute-promise: a lost parcel ruled out in answer', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会丢的，放心等收货', '包裹会不会丢呀？', '不会丢', 'error'],
      ['不会丢的亲', '寄顺丰会丢件吗', '不会丢', 'error'],
    ],
    [
      ['没丢，物流显示在派送中', '我的快递是不是丢了？'],
      ['一般不会丢的，万一丢了我们补发', '会不会丢啊'],
      ['不会丢的话也要留意签收', '会不会丢啊'],
      ['不用丢，留着退换用', '旧箱子要丢掉吗？'],
    ],
  )
})

// 2. The installer or courier said never to be late (师傅不会迟到的, 一分钟都不带晚的). Traps: an apology for a late visit, the
//    question, a hedge, advice to the buyer.
describe('absolute-promise: the visit never late', () => {
  checkKinds(
    'absolute-promise',
    [
      ['安装师傅明天十点上门，不会迟到的', undefined, '不会迟到', 'error'],
      ['送货员下午两点到，一分钟都不带晚的', undefined, '一分钟都不带晚', 'error'],
    ],
    [
      ['师傅迟到了，真的很抱歉'],
      ['师傅今天会不会迟到？'],
      ['师傅一般不会迟到，如有变动会提前联系您'],
      ['请您别迟到，取件点六点关门'],
    ],
  )
})

// 3. A child's eyesight said to stop worsening or to improve with the goods (度数就不涨了, 度数会降下来). Traps: the A-not-A,
//    the question, a hedge with 因人而异, a condition, the shop disowning it.
describe('absolute-promise: eyesight stated as certain', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这副镜片戴上以后，孩子近视度数就不会再涨了', undefined, '近视度数就不会再涨', 'error'],
      ['护眼灯每天用，度数会降下来', undefined, '度数会降下来', 'error'],
    ],
    [
      ['度数会不会涨主要看用眼习惯'],
      ['戴了度数还会涨吗？'],
      ['一般能延缓度数加深，因人而异'],
      ['度数不涨的话半年复查一次就行'],
      ['我们没法保证度数不涨'],
    ],
  )
})

// 4. Harm on the way said had with 任何 / 一点 (运过去不会有任何磕碰). Traps: harm said likely, the shop unable to promise it.
describe('absolute-promise: no harm at all on the way', () => {
  checkKinds(
    'absolute-promise',
    [['沙发我们用木架打包，运过去不会有任何磕碰', undefined, '不会有任何磕碰', 'error']],
    [['运输中难免会有一点磕碰，收到请验货'], ['我们不能保证不会有任何磕碰']],
  )
})

// 5. Signed for on a date (明天中午就能签收). Traps: the buyer's step once the courier is there, a policy after signing.
describe('absolute-promise: signed for by a date', () => {
  checkKinds(
    'absolute-promise',
    [['今晚发顺丰，明天中午就能签收', undefined, '就能签收', 'error']],
    [['快递员到了您就能签收'], ['签收后就可以申请售后']],
  )
})

// 6. A short yes to "can it be installed by then" (周六之前能装好吗？— 能的). Traps: packing asked (能包装好), a hedge, a favour asked.
describe('absolute-promise: installation by a date, a short yes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能的，周日前给您装好', '下周一之前能装好吗？', '能的', 'error'],
      ['会的，放心', '明天能装完吗？', '会的', 'error'],
    ],
    [
      ['可以的，给您加气泡膜', '能包装好一点吗？'],
      ['一般半天能装好，具体看师傅排期', '明天能装好吗？'],
      ['可以的', '能帮我装好再走吗？'],
    ],
  )
})

// 7. 保证 about the shop's own side: the batch of its goods asked (能保证是今年的新货吗？— 保证的), its own work order (能保证的是今天
//    把工单派到网点), the buyer's rights as its duty (保证您的权益是…本分) — at most info. Traps: the same yes to an arrival asked,
//    保证的是 + an arrival, 保证 + the buyer receiving on a date.
describe("absolute-promise: 保证 of the shop's own side", () => {
  checkKinds(
    'absolute-promise',
    [
      ['保证的，包装上有生产日期', '你们能保证是今年的新货吗', '保证', 'info'],
      ['保证的亲', '能保证是正品吗', '保证', 'info'],
      ['能保证的', '这个米能保证是新米吗', '保证', 'info'],
      ['上门时间我们能保证的是今天把工单派到网点，几点上门要等网点排', undefined, '保证', 'info'],
      ['保证您的权益是我们应该做的', undefined, '保证', 'info'],
      ['能保证的', '能保证明天到吗', '保证', 'error'],
      ['我们能保证的是明天送到', undefined, '保证', 'error'],
      ['保证您明天收到', undefined, '保证', 'error'],
    ],
    [],
  )
})

// 8. 肯定是 + a problem named as the cause (肯定是水质问题, 肯定是线路的问题): a guess at the cause, blame's to judge. Traps: 肯定
//    before 没问题 or a failure ruled out still counts.
describe('absolute-promise: a cause guessed with 肯定是', () => {
  checkKinds(
    'absolute-promise',
    [
      ['用了肯定没问题的，放心', undefined, '肯定', 'warning'],
      ['这款冰箱肯定是不会出问题的', undefined, '肯定', 'error'],
    ],
    [['水喝着发苦肯定是水质问题，换纯净水试试'], ['灯不亮肯定是线路的问题']],
  )
})
