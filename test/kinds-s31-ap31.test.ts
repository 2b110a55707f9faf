import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31, lane ap31. Kinds of miss and false alarm of absolute-promise read on the outside authors' sets AW, AX,
 * AY, AZ (with the earlier sets and the pool for members), in our own words, with the traps that must stay clean.
 */

// 1. A cure by a dose said flat: 吃N天就好, 涂N周就好了, 戴N个月度数就降了, N周就能修好 (AL, AM, AO, AQ, AU, AX, AZ). Only where the
//    sentence names a body condition, a body figure or a medicine before it: a smell aired out, a dose to take, a price or a
//    hedge, a question and a floor (坚持) stay clean.
describe('absolute-promise: a cure by a dose, said flat', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款乳酸菌专门调理便秘，喝五天就好', undefined, '五天就好', 'error'],
      ['这个药膏对脚气特别管用，抹两周就好了', undefined, '两周就好了', 'error'],
      ['这个药挺灵的，吃三天就好了，不用担心', undefined, '三天就好了', 'error'],
      ['这款护眼仪能改善近视，用两个月度数就降了', undefined, '两个月度数就降了', 'error'],
      ['这个面膜是修护烂脸的，敷十天就能修好', undefined, '十天就能修好', 'error'],
    ],
    [
      ['新沙发有点皮味，开窗通风两天就好了'],
      ['这款钙片一天一片就好，饭后吃'],
      ['一般吃一周便秘就好了，个人体质不同'],
      ['吃三天就好了吗？'],
      ['这款空调过两天价格就降了'],
      ['手机卡顿的话，重启一下就好了'],
    ],
  )
})

// 2. …with 彻底 and a figure of time (一周彻底祛斑, 吃一个月泪痕彻底消失: AV, AX, D). 坚持 before it sets a floor (AK), a hedge
//    leaves room, and 彻底 with the shop's own work is no cure.
describe('absolute-promise: 彻底 + an effect by a date', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这支祛斑精华十天彻底祛斑', undefined, '十天彻底祛斑', 'error'],
      ['猫咪吃半个月泪痕彻底消失', undefined, '半个月泪痕彻底消失', 'error'],
    ],
    [
      ['坚持用三个月彻底祛斑'],
      ['一般两个月彻底淡斑，因人而异'],
      ['这周彻底把库存清完了'],
    ],
  )
})

// 3. A short 会 / 不会 said together with 放心 as the answer to 会…吗 / 能…吗 about what will happen (AV, AX, AY, AZ), the outcome
//    named in our classes or not. Not to a question about the shop's own doing, money or policy; not hedged or limited after it.
describe('absolute-promise: 会的，放心 / 放心，不会的 to a 会…吗', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的，放心', '这个显示器用一年会不会出坏点啊', '不会的', 'error'],
      ['放心，不会的', '贴了这个膜会不会影响指纹解锁', '放心', 'error'],
      ['会的会的，放心吧', '下周三之前能装好吗？我们要入住', '会的', 'error'],
      ['會啦會啦，放心', '這樣週六前會到嗎？', '會啦', 'error'],
    ],
    [
      ['会的，放心', '你们会给我打电话吗'],
      ['放心，不会的', '你们会不会发错颜色啊'],
      ['不会的，放心，不过建议先在角落试贴一下', '贴了这个膜会不会影响指纹解锁'],
      ['会的，放心', '我是说这个挺好的'],
    ],
  )
})

// 4. 包过 said as the pledge itself (签证我们包过, 报名就包过: AY, Q). A bag or a red packet, a course's name, a denial or a
//    question stay clean.
describe('absolute-promise: 包过 as a pledge', () => {
  checkKinds(
    'absolute-promise',
    [
      ['泰国签证我们包过，拒签退全款', undefined, '包过', 'error'],
      ['报我们的冲刺班就包过', undefined, '包过', 'error'],
    ],
    [
      ['您的钱包过两天就能到'],
      ['红包过期就用不了了'],
      ['“包过班”是课程名字，不代表一定能过'],
      ['这个我们不能说包过'],
      ['你们这个包过吗？'],
    ],
  )
})

// 5. False alarms: 绝对 before a ranking over the whole market is exaggeration's superlative (绝对是全网最划算, 绝对是全网最安全的
//    …: AD, AZ); the buyer's feeling guessed with sympathy (您肯定很着急: AY, pool) promises nothing. An outcome in the same
//    clause still makes a promise.
describe('absolute-promise: a market ranking and a guessed feeling are no promises', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您一定很着急，包裹明天肯定到', undefined, '肯定', 'error'],
      ['这款面霜绝对是全网最温和的，敏感肌也适合', undefined, '绝对', 'error'],
    ],
    [
      ['这款坚果绝对是全网最实惠的'],
      ['这块牛排绝对是全网最嫩的'],
      ['您肯定很着急，我马上帮您联系仓库'],
      ['你一定很失望，我们给您换一个'],
    ],
  )
})
