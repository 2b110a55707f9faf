import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 33 (twenty-ninth brief), lane bl33: blame-customer's first-sight misses on BC and BD, grouped into kinds with members
 * from at least two sources (fixtures/eval/lanes-s29/LANE-bl33.md). The sentences are ours. Traps: a reassurance, the good
 * senses of 硬, a new product explained, a plain question, a condition, the shop owning it, a future plan, help after.
 */
describe('blame-customer: "of course" after the buyer\'s doing — pain, shaking, hardness; "not meant for you to"; the trouble disowned', () => {
  checkKinds(
    'blame-customer',
    [
      ['您把档位直接开到最高，当然会痛', undefined, '您把档位直接开到最高', 'error'],
      ['您没固定好底座就开机，当然晃得厉害', undefined, '您没固定好底座就开机', 'error'],
      // 不是让您…的 tells the buyer off; it is no apology.
      ['这款垫子不是让您天天站在上面跳的，您这样用当然会坏', undefined, '您这样用', 'error'],
      // Nobody named, the trouble disowned after it (a warning: insinuated).
      ['牛肉干直接干嚼当然硬，这不是质量问题', undefined, '牛肉干直接干嚼', 'warning'],
      ['炖锅没加水就开火，当然会烧焦，这不在保修范围', undefined, '炖锅没加水就开火', 'warning'],
    ],
    [
      ['我们的做工当然过硬'],
      ['放心，这个枕头当然不会硬'],
      ['带鱼到您手上还是硬邦邦的，请放心'],
      ['直接嚼当然会硬，建议先蒸一下再吃', '能直接吃吗'],
      ['不好意思让您久等了，您当然可以退'],
      // A new product explained: no act done its own way or left undone.
      ['床垫刚拆开当然会有点硬，这不是质量问题，放两天就好'],
      ['洗衣机没拆运输螺栓会晃得厉害，建议先拆掉'],
    ],
  )
})

describe('blame-customer: a cleft on the buyer whose own clause names what of theirs is at fault (那是您…位置不对, 是您家水压太低)', () => {
  checkKinds(
    'blame-customer',
    [
      ['那是您卡扣的位置不对', undefined, '是您卡扣的位置不对', 'error'],
      ['我们的净水器没问题，是您家水压太低', undefined, '是您家水压太低', 'error'],
      ['肯定是您泡的时间不够', undefined, '是您泡的时间不够', 'error'],
    ],
    [
      ['是您的订单有问题吗'],
      ['如果是您填的地址不对，我们可以改'],
      ['不是您的操作不对，是我们的问题'],
      ['是您选的尺码太大了，我们帮您换一个'],
    ],
  )
})

describe('blame-customer: the service "long since" done had the buyer chosen otherwise, also after an apology turned with 不过', () => {
  checkKinds(
    'blame-customer',
    [
      ['抱歉让您久等了，不过您当时要是选了上门安装，师傅早就装好了', undefined, '您当时要是选了上门安装', 'error'],
      ['您下单的时候要是填了电梯楼层，快递早就送到了', undefined, '您下单的时候要是填了电梯楼层', 'error'],
    ],
    [
      ['我们早就发了'],
      // A plan for next time, the shop's own condition.
      ['下次您要是选顺丰，早就到了'],
      ['要是我们当时早点发货，您早就收到了，真的很抱歉'],
    ],
  )
})

describe('blame-customer: the buyer\'s own pick, then the shop cleared (我们没有发错, 我们是按订单发的)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您自己选的是灰色，我们这边没有发错哦', undefined, '您自己选的是灰色', 'error'],
      // Asked back, the shop cleared after it: rhetorical.
      ['您再查查您自己下单时选的是哪个尺码，我们是按订单发的', undefined, '您自己下单时选的是哪个尺码', 'error'],
    ],
    [
      ['您选的是什么颜色？我帮您查一下是不是我们发错了'],
      ['您选的是黑色，我们查了没有发错，不过可以给您换'],
      ['您选的是黑色，我们马上给您换白色的'],
    ],
  )
})

describe('blame-customer: the buyer\'s handling stated as the usual cause, then a guess asked in a later clause (…，您是不是也这么擦过？)', () => {
  checkKinds(
    'blame-customer',
    [
      ['保温杯刮花一般都是拿钢丝球刷出来的，您是不是也这么刷过？', undefined, '拿钢丝球刷', 'warning'],
      ['这种一般是拉扯太用力才会断的，您平时戴的时候有没有注意？', '项链断了', '扯太用力', 'warning'],
    ],
    [
      // Help offered in the question, the guess itself asked, advice.
      ['一般是拉扯太用力才会断的，您需要我帮您补寄一个吗？', '耳环断了'],
      ['是不是拿衣角擦出来的呢，还是放包里磨的？', '镜片花了'],
      ['建议不要拿钢丝球刷，您是不是也这么刷过？'],
    ],
  )
})
