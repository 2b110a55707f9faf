import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 26 (twenty-second working session), lane ap26: absolute-promise read as kinds on the second real corpus
 * (JDDCRec), under the lead's conventions of lane-common22.md. Every sentence here is our own; the traps that must
 * stay flagged stand beside each kind.
 */

// 1. 保证 after a design, part or technology named in its sentence says what the design does: a product explanation.
//    A failure ruled out (保证不漏水), the buyer's own outcome (保证您…) or a pledge by a person stays a promise.
describe('absolute-promise: 保证 stating what a design does', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款内胆采用双层密封圈设计，保证不漏水', undefined, '保证', 'error'],
      ['采用加厚的结构，保证您用十年都不坏', undefined, '保证', 'error'],
      ['我们采用冷链运输，保证新鲜送达', undefined, '保证', 'error'],
      ['这样设计，我们保证明天到', undefined, '保证', 'error'],
      ['外箱采用加厚泡沫结构，保证路上磕不碎', undefined, '保证', 'error'],
    ],
    [
      ['底座采用三角支撑结构，保证机身稳定'],
      ['这个排气孔的设计是为了排出蒸汽，保证锅内压力正常'],
      ['壶盖留了一道缝隙，保证蒸汽能顺利排出'],
      ['刀头采用四叶立体刀片，保证食材充分打碎'],
      ['为了保证新鲜度，我们都是现摘现发'],
      ['需要交保证金吗？不需要的'],
    ],
  )
})

// 2. A short yes to a question about a product fact or function (the sizing standard, a part that moves, the lid
//    closing, minutes of cooking, where something is packed) is not a promise; a yes about an outcome the shop does
//    not control (fit on this buyer, live goods on arrival, the goods into the buyer's lift, a rash healing, a date,
//    the taste of a batch) is one.
describe('absolute-promise: a yes to a product-fact question', () => {
  checkKinds(
    'absolute-promise',
    [
      ['是的', '我170穿L码合适吗', '是的', 'error'],
      ['会的', '大闸蟹寄到还是活的吗', '会的', 'error'],
      ['可以的', '这个柜子放得进我家电梯吗', '可以的', 'error'],
      ['是的', '周六前能送到吗', '是的', 'error'],
      ['甜的', '这批橘子甜吗', '甜的', 'error'],
    ],
    [
      ['是的', '这款码数正吗'],
      ['是的', '尺码是正的吗'],
      ['是的', '这个盖子安装上是活的吗'],
      ['可以的', '菜随便放进去能合上吗'],
      ['是的', '煮粥大概20分钟就能好吧？'],
      ['是的', '说明书是放在这里面吗？'],
    ],
  )
})

// 3. A yes to a good outcome asked as failing (没抢到就要等？) confirms the failure: a caution, not a promise.
describe('absolute-promise: a yes to a failure asked about', () => {
  checkKinds(
    'absolute-promise',
    [['是的', '这次能抢到吗', '是的', 'error']],
    [['是的', '抢购的时候没抢到就要等下一批？'], ['是的', '万一没抢到还要再等一个月？']],
  )
})

// 4. A short no to how the machine works (会一直研磨吗) or to its noise asked as a present spec without 会 (声音大么) is
//    no promise; a no to a bad outcome asked with 会 (用久了会不会很吵), to chafing or to burning the rice is one.
describe('absolute-promise: a no to how the machine works', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的', '这台空气净化器用久了会不会很吵', '不会的', 'error'],
      ['不会的', '这个磨脚吗', '不会的', 'error'],
      ['不会的', '煮饭会不会糊', '不会的', 'error'],
      ['不会的', '燉湯會不會燒焦啊', '不会的', 'error'],
    ],
    [
      ['不会的', '插着电会一直研磨吗'],
      ['不大的', '这台空气净化器声音大么'],
    ],
  )
})

// 5. 不断 + a verb of effort is the adverb "continually" (the shop's own effort); a jest with a cosmic subject
//    (宇宙不重启，客服不下线) is a greeting. 拉不断 / 不会碎 are still promises.
describe('absolute-promise: the shop’s effort and a cosmic jest', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这根绳子很结实，拉不断，放心', undefined, '拉不断', 'error'],
      ['这款瓷碗摔了也不会碎的', undefined, '不会碎', 'error'],
    ],
    [
      ['我们会不断提升品质，有问题随时找我们', '用久了会不会坏？'],
      ['宇宙不重启，客服不下线，亲请说', '这个会自动断电吗'],
      ['我们会不断改进产品的包装和做工'],
    ],
  )
})

// 6. An automatic feature the goods lack, with the step the buyer takes instead, is a product fact; a fault ruled
//    out (不会自动关机, a phone shutting down by itself) stays a promise. A denial followed by a test that tells the
//    abnormal case (如果…就不正常) explains; the bare denial still promises.
describe('absolute-promise: a missing feature and a self-test', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款手机不会自动关机的，放心用', undefined, '不会自动关机', 'error'],
      ['这个杯子不会漏水的，放心用', undefined, '不会漏水', 'error'],
    ],
    [
      ['这款电饭煲煮好后不会自动断电，需要手动关闭电源'],
      ['正常是会有一点水汽，不会漏水的。您可以装满水倒放一会，如果水一直往下滴就不正常'],
    ],
  )
})

// 7. A bare 肯定的 to a statement that names no outcome agrees; to a question, or to a statement of an outcome, it
//    promises. Certainty about a mild expected drawback (肯定会有点闷) is a caution.
describe('absolute-promise: agreement and a drawback', () => {
  checkKinds(
    'absolute-promise',
    [
      ['肯定的', '这个用了就不会过敏了吧', '肯定', 'error'],
      ['肯定的', '那后天能到', '肯定', 'error'],
      ['这款羽绒服穿上肯定不会冷', undefined, '肯定', 'warning'],
    ],
    [
      ['肯定的哦', '我刚刚看了一下说明书'],
      ['肯定的', '我看了下好像是这个型号'],
      ['冬天穿这款肯定会有点闷'],
    ],
  )
})

// 8. A bare reassurance as the whole reply (放心的, 放心使用) to a buyer's worry or to a photo vouches that nothing will
//    go wrong. Followed by what the shop does, hedged, after thanks, or with no previous turn, it is not.
describe('absolute-promise: a bare 放心 to a worry', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心使用', '这个东西看着挺危险的', '放心使用', 'error'],
      ['放心哦', 'abc123.png', '放心哦', 'error'],
      ['放心吧', '我怕收到是坏的', '放心吧', 'error'],
    ],
    [
      ['放心，我们这边帮您跟进', '我怕收不到'],
      ['放心', '收到了，挺好的'],
      ['放心', '好的，谢谢，我不担心了'],
      ['放心，一般不会的', '有点担心'],
      ['放心使用哦'],
    ],
  )
})

// 9. Safety said as certain (很安全, 没有安全隐患) to a buyer worried about a hazard is a promise; hedged or tied to
//    correct use it is not, nor a description with no worry before it.
describe('absolute-promise: safety as certain to a hazard worry', () => {
  checkKinds(
    'absolute-promise',
    [
      ['我们的暖风机使用很安全的', '家里有老人，怕有安全隐患', '很安全', 'error'],
      ['这款插座没有安全隐患', '会不会漏电啊', '没有安全隐患', 'error'],
    ],
    [
      ['这款暖风机有倾倒断电保护，正常使用一般很安全', '怕有安全隐患'],
      ['按说明使用是很安全的', '怕有安全隐患'],
      ['这款锅的把手很安全'],
    ],
  )
})

// 10. The convention's other side: a short yes / no to an outcome the shop does not control is a promise, also when the
//     outcome is said the spoken way — getting better with 变 (会变好吗), arrival before a date (赶在月底前到), the goods
//     giving out (会不会就不行了). Not the shop's own dispatch, not a hedged answer, not a yes that the failure comes.
describe('absolute-promise: a short answer to an outcome said the spoken way', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的', '喝这个茶嗓子会变好吗', '会的', 'error'],
      ['可以的', '能赶在月底前到吗', '可以的', 'error'],
      ['不会的', '这个锅用半年会不会就不行了', '不会的', 'error'],
      ['不会的', '用久了会不会不好使了', '不会的', 'error'],
    ],
    [
      ['一般会慢慢好起来，具体因人而异', '皮肤会变好吗'],
      ['可以的', '能赶在月底前发货吗'],
      ['会的', '这个锅用半年会不会就不行了'],
    ],
  )
})

// 11. The shop making good on its own side (帮您赔, 给您补偿, 补上) is its own doing: info, not a promise of an outcome.
//     A stake (不然赔你一台) keeps the promise before it; a lost parcel denied is a promise; a named shipping
//     commitment (出货承诺) names the shop's policy.
describe('absolute-promise: the shop making good on its own side', () => {
  checkKinds(
    'absolute-promise',
    [
      ['碎了的几件您拍个照，能赔的我们一定帮您赔', undefined, '一定', 'info'],
      ['资料漏发了，明天之前一定补上', undefined, '一定', 'info'],
      ['这款壳摔了手机一定没事，不然赔你一台', undefined, '一定', 'warning'],
      ['顺丰寄的，不可能遗失的', undefined, '不可能遗失', 'error'],
    ],
    [['下午四点前下单当天发，这是我们的出货承诺']],
  )
})
