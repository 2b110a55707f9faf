import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 32, lane bl36. Kinds of blame-customer written ahead of any test set (taxonomy "conduct") and the misses of
 * sets BJ and BI, in our own words, with the traps that must stay clean (reassurance with help, pre-sale questions, the
 * shop owning the fault, conditions, the shop as subject).
 */

// 1. competence-belittling: the simplest task with the buyer named before 都 (这么…的操作您都不会), anyone could do it said
//    back to a buyer who says they cannot, and anyone reading it would have managed by now (…看一眼…就装好了).
describe('blame-customer: competence belittling', () => {
  checkKinds(
    'blame-customer',
    [
      ['这么基础的步骤你都弄不好？', undefined, '这么基础的步骤你都弄不好', 'error'],
      ['这么简单的事情您都不知道吗', undefined, '这么简单的事情您都不知道', 'error'],
      ['这个拼图小学生都会拼，您按编号来就行', '拼图拼不上', '小学生都会', 'warning'],
      ['三岁小孩都会用，您再试一次', '这个遥控器不会用', '三岁小孩都会', 'warning'],
      ['正常人看一眼图纸就装好了', undefined, '正常人看一眼图纸就装好了', 'warning'],
      ['还用我教吗，插上电按开关就行', undefined, '还用我教吗', 'error'],
    ],
    [
      ['操作很简单，这么基础的功能我一步步教您'],
      ['这款三岁小孩都会用，很方便', '这个遥控器难用吗'],
      ['小朋友都会装的，我发视频一步步教您', '书架装不上'],
      ['一般人照着说明书就会调了，调不好的话我远程帮您'],
      ['如果一般人看一眼就会了，那就不用教程了'],
    ],
  )
})

// 2. rhetorical-reproach: "need you even ask" (这还用问吗) before the answer, and told already with 有 (不是有讲过吗).
//    Not when the shop owns it or grants it after, not the leaflet asked about (不是有说明书吗).
describe('blame-customer: rhetorical reproach', () => {
  checkKinds(
    'blame-customer',
    [
      ['我上午不是有讲过吗？定制的不退', undefined, '不是有讲过', 'error'],
      ['我不是有跟您说过吗', undefined, '不是有跟您说过', 'error'],
    ],
    [
      ['还用问吗，当然可以退'],
      ['这还用问吗？当然是我们的错，马上给您补发'],
      ['我们不是有说明书吗，我发您一份'],
    ],
  )
})

// 3. others-comparison-insinuation: other buyers managing normally (都能正常), nothing reported with 没有, other buyers' pets.
//    Not social proof to reassure, not with help after.
describe('blame-customer: others held up against the buyer', () => {
  checkKinds(
    'blame-customer',
    [
      ['别的买家都能正常安装，您对着图再装一遍', undefined, '别的买家都能正常', 'error'],
      ['其他客人都没有反映过异味，应该是您家放的地方潮', undefined, '其他客人都没有反映', 'error'],
    ],
    [
      ['其他买家都能正常使用，您放心拍'],
      ['其他客户都没有反馈过这个问题，我马上帮您换一台', '机器不制冷'],
    ],
  )
})

// 4. lecture-next-time: the next purchase named with 再 (再下单的时候记得…). Not an invitation or the shop's own step.
describe('blame-customer: lecture on the next purchase', () => {
  checkKinds(
    'blame-customer',
    [['再下单的时候记得先核对一下地址哦', undefined, '再下单的时候记得先核对', 'warning']],
    [['再买的时候记得领券哦'], ['再拍的时候我们给您备注优先发']],
  )
})

// 5. polite-procedural-blame: the buyer's omission made the cause, then an apology that opens a refusal (抱歉没办法再开):
//    sorry for the refusal, it owns nothing. An apology with help after still cleans.
describe('blame-customer: omission before an apology for a refusal', () => {
  checkKinds(
    'blame-customer',
    [
      ['您没有在规定时间内申请，售后才关闭了，抱歉没办法再开。', undefined, '您没有在规定时间内申请', 'warning'],
      ['您没按时付尾款，订单才被取消了，非常抱歉无法恢复', undefined, '您没按时付尾款', 'error'],
    ],
    [['您没有在规定时间内申请，售后才关闭了，抱歉，我马上帮您重新申请。']],
  )
})

// 6. didnt-read-reproach and should-have-hindsight: the clearness said first (清清楚楚写着), 早说要…, why not picked up in time.
//    Not the shop's own 早说要, not the shop asked why.
describe('blame-customer: read it, said it, picked it up', () => {
  checkKinds(
    'blame-customer',
    [
      ['说明书上清清楚楚写着不能空烧', undefined, '清清楚楚写着', 'warning'],
      ['早说要送人嘛，现在都发出去了', undefined, '早说要', 'error'],
      ['您怎么不及时签收呢，都退回了', undefined, '怎么不及时签收', 'error'],
    ],
    [['我们早说要发顺丰的，已经安排了'], ['为什么我们不及时取件，我去问问快递']],
  )
})
