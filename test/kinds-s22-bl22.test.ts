import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 22, lane bl22 (issue 8): blame-customer kinds read from the misses of the outside authors AD / AE / AF as grammar
 * (LANE-bl22.md). The sentences are ours; each kind has must-flag and must-not-flag cases, traps included.
 */
describe('blame-customer: a guess that the buyer did it, right after a cause is named', () => {
  checkKinds(
    'blame-customer',
    [
      ['蓝牙断连多半是信号干扰造成的，你是不是把它放在微波炉旁边了？', undefined, '你是不是把它放在微波炉旁边', 'warning'],
      ['表面起泡一般是高温导致的，您是不是放在暖气片上烤了？', '沙发皮面起泡了', '您是不是放在暖气片上烤', 'warning'],
    ],
    [
      // The shop's own cause, a cause only supposed, help after the guess, a guess with no cause named.
      ['这个是我们发货时漏装造成的，您是不是还没收到补寄的配件？'],
      ['如果是进水造成的，您是不是得先送修？'],
      ['镜面裂开是外力造成的，您是不是需要一个新的？我这边给您补寄'],
      ['您是不是放在暖气片上烤了？', '沙发皮面起泡了'],
    ],
  )
})

describe('blame-customer: the buyer inside a cause frame (…造成的 / 所致)', () => {
  checkKinds(
    'blame-customer',
    [
      ['经工程师检测，系您私自刷机所致，无法保修', undefined, '您私自刷机所致', 'error'],
      ['拉杆断了是托运或者您拖着走楼梯造成的', undefined, '您拖着走楼梯造成的', 'error'],
    ],
    [
      // The damage done to the buyer, denied, the buyer as a topic, a condition, a question.
      ['抱歉给您造成的困扰，我们马上处理'],
      ['并不是您操作导致的，是固件的问题，我们远程帮您升级'],
      ['您说的异响是运输颠簸造成的'],
      ['如果是您自己拆机导致的，需要付费维修'],
      ['是不是您拆机导致的？'],
    ],
  )
})

describe('blame-customer: others manage, only this buyer has the trouble', () => {
  checkKinds(
    'blame-customer',
    [
      ['其他买家都装得上，就您装不上', undefined, '其他买家都装得上，就您装不上', 'error'],
      ['别的买家都能登录，偏偏你连不上', undefined, '别的买家都能登录，偏偏你连不上', 'error'],
    ],
    [
      // Singled out for something good, and 就您 as "just you" in a condition.
      ['别人都要等，就您可以先安排'],
      ['就您一个人住的话，小号就够了'],
    ],
  )
})

describe('blame-customer: sent to do their homework first, then come back', () => {
  checkKinds(
    'blame-customer',
    [
      ['您先把使用手册翻一遍再来问', undefined, '先把使用手册翻一遍再来问', 'warning'],
      ['你自己先去查查物流再来找我们', undefined, '先去查查物流再来找我们', 'warning'],
    ],
    [
      // Come back when stuck, a polite request, the agent's own errand first.
      ['您先试一下，不行再来找我们'],
      ['麻烦您先拍个视频再来联系我们'],
      ['我先去仓库看一下，您稍后再来问'],
    ],
  )
})

describe('blame-customer: told to do it, asked back; only now; done, yet asked', () => {
  checkKinds(
    'blame-customer',
    [
      ['拍之前不是叫您先量一下腰围了吗', undefined, '不是叫您', 'error'],
      ['您自己勾的不要赠品，现在又来要', undefined, '现在又来要', 'error'],
      ['您当时说不用安装，现在才跑来问', undefined, '现在才跑来问', 'error'],
      ['教程都发了还来问', undefined, '发了还来问', 'error'],
    ],
    [
      // A denial (no question), asked back in order to help, the agent's own asking.
      ['我们不是让您为难，规定确实是这样'],
      ['不是让您先量一下了吗？我再发您一遍尺码表'],
      ['我看了还问了仓库，确实发了'],
    ],
  )
})

describe('blame-customer: what the buyer is said to know already', () => {
  checkKinds(
    'blame-customer',
    [
      ['拆过的耳机您自己也清楚不能退吧', undefined, '您自己也清楚', 'warning'],
      ['这种常识随便一查就知道', undefined, '这种常识', 'warning'],
    ],
    [['我们自己也知道做得不够好'], ['这种常识我给您科普一下']],
  )
})

describe('blame-customer: the result word reads every bad outcome of the vocabulary, and help after the act', () => {
  checkKinds(
    'blame-customer',
    [
      ['您一次喂太多当然会胀气', undefined, '您一次喂太多', 'error'],
      // 马上 is how the act should have been done, not help offered.
      ['您签收后没有马上放冰箱才会化的', undefined, '您签收后没有马上放冰箱', 'warning'],
    ],
    [
      ['您马上联系我们，我们才能及时处理'],
      ['您一次喂太多的话可能会胀气，建议少量多餐'],
      // A good state the goods arrive in, not a trouble (冻着).
      ['不会的，我们加了冰袋，到您手上还是冻着的', '这么热会不会化'],
    ],
  )
})

/**
 * exaggeration, precision on AE / AF / AD: a usage tip (最佳 + a verb of placing or keeping; the way of use in the clause before a
 * bare 口感最好), a claim asked away (哪有…就见效的) or disowned (又不是吃仙丹), 特效 as a graphics setting, a price referred to
 * by the rule that settles it. Recall: the field with a locative before 最 (行业里最低), a count of people as everyone (上万人瘦下来了),
 * a wound healed (刀口就长好了), an effect verb with its complement (痘痘一定消下去).
 */
describe('exaggeration: usage tips, claims disowned, word senses, prices referred to', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款音响效果最佳', undefined, '最佳', 'warning'],
      ['我们用的是头茬原料，口感最好', undefined, '最好', 'warning'],
      ['这款面霜七天淡斑', undefined, '七天淡斑', 'error'],
      ['这款鱼油是三高人群的救星', undefined, '救星', 'warning'],
      ['特效去屑，一洗就干净', undefined, '特效', 'error'],
      ['这已经是全网最低价了', undefined, '全网最低价', 'warning'],
    ],
    [
      ['音响的最佳摆放位置是离墙半米'],
      ['榴莲放软了再冰，口感最好'],
      ['祛斑哪有一周就见效的，要坚持'],
      ['减肥茶又不是吃仙丹，要配合饮食'],
      ['2K高特效能稳在80帧'],
      ['活动期间最低价以结算页显示为准'],
    ],
  )
})

describe('exaggeration: the field before 最, counts of people, wounds healed', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款的续航在行业里是最长的', undefined, '行业里是最长', 'warning'],
      ['几千个宝妈都瘦下来了', undefined, '几千个宝妈都瘦下来了', 'warning'],
      ['连喝十天刀口就长好了', undefined, '刀口就长好了', 'error'],
    ],
    [
      ['行业里最近很多人在问这款'],
      ['上万人买过，尺码偏小'],
      ['伤口好了再洗澡'],
      ['刀口长好了吗？'],
    ],
  )
})
