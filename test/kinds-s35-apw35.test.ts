import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane apw35, session 31: the ap35 kinds widened where fresh paraphrases missed them, in our own words.
 */

// 1. cured-after-use, said as the condition solved, stopped or held (class effect.arrest.said) or the target gone at one stroke
//    (class effect.removed.quick), with the condition or target a few characters before (its issue, measure or ache).
//    Traps: the question, a hedge, the shop's own problem solved, the guarantee disowned, no goods used.
describe('absolute-promise: cure said as solved, stopped or wiped off', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款腰枕您枕上两周，腰疼的问题就解决了', undefined, '腰疼的问题就解决了', 'error'],
      ['这款防脱洗发水用完一瓶脱发就止住了', undefined, '脱发就止住了', 'error'],
      ['这个护腰带绑上十来天，腰椎酸痛就能缓过来', undefined, '腰椎酸痛就能缓过来', 'error'],
      ['这款去渍笔按上去，衣领的污渍一擦就掉', undefined, '污渍一擦就掉', 'error'],
      ['这瓶洁厕液倒进去半小时，马桶的水垢一刷就干净了', undefined, '水垢一刷就干净了', 'error'],
    ],
    [
      ['枕上两周腰疼的问题就解决了吗？'],
      ['一般用上一个月腰疼的问题就能缓解了'],
      ['您反馈的物流问题就解决了，今天补发'],
      ['不能保证用了污渍一擦就掉'],
      ['衣领的污渍一擦就掉的话就不用送洗了'],
    ],
  )
})

// 2. unchanged-under-use with a bare 都不 / 也不 before a one-character change verb (class certain.negative.bare.dou).
//    Traps: a question, a hedge, the change followed by more characters (不透气), a state described (颜色也不黑).
describe('absolute-promise: bare 都不 / 也不 + a change', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这条裤子泡了红酒都不渗', undefined, '都不渗', 'error'],
      ['这款不锈钢勺子泡在醋里也不锈', undefined, '也不锈', 'error'],
      ['窗帘晒一夏天颜色也不褪。', undefined, '也不褪', 'error'],
    ],
    [
      ['这条裤子泡了红酒都不渗吗？'],
      ['一般洗几次颜色也不褪'],
      ['这件外套穿着也不透气'],
      ['这件的颜色也不黑，偏灰'],
    ],
  )
})

// 3. echo-yes: the modal with the question's own verb echoed (能送到的), alone or with a reassurance; and a mark lessened asked
//    about (能淡化…吗) is an outcome like 改善 / 缓解. Traps: the shop's own action asked (能开发票吗), the echo followed by a fact
//    or a condition, a hedge.
describe('absolute-promise: the asked predicate echoed as the yes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能送到的，您放心', '下周一之前能送到杭州吗？', '能', 'error'],
      ['能赶上的，放心', '周六的婚礼之前能赶上吗', '能赶上', 'error'],
      ['能的', '这个祛斑霜用了能淡化晒斑吗', '能的', 'error'],
      ['可以的，能淡化的', '这支眼霜能淡化黑眼圈吗', '可以的', 'error'],
    ],
    [
      ['能开的，下单时填抬头', '能开发票吗'],
      ['能放进去的，箱子宽度是40cm', '这个收纳盒能放进抽屉吗'],
      ['能送到的话我第一时间通知您', '下周一之前能送到杭州吗？'],
      ['一般能淡化一些，因人而异', '这个祛斑霜用了能淡化晒斑吗'],
    ],
  )
})
