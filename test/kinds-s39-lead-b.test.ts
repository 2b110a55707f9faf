import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 39 (the lead, set BP after its first sight): a grunt to fresh goods that came spoilt, said by what happened to them
 * (一半都黑了, 死了好几只, 冰袋都化了), is a grunt to a complaint; the buyer sent to any kind of doctor or clinic as the whole reply
 * is a pointer elsewhere (去问宠物医生, 找儿科医生吧).
 */
describe('curt-reply: spoilt fresh goods and doctors of every kind (lead35)', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '收到的杨梅一大半都黑了', '嗯', 'warning'],
      ['哦', '大闸蟹死了好几只', '哦', 'warning'],
      ['知道了', '冰袋都化了，肉也解冻了', '知道了', 'warning'],
      ['去问宠物医生', '猫吃完一直吐怎么办', '去问宠物医生', 'warning'],
      ['找儿科医生吧', '孩子喝了这个奶粉起疹子了', '找儿科医生吧', 'warning'],
      ['問獸醫', '狗狗吃了一直拉肚子', '問獸醫', 'warning'],
    ],
    [
      ['好的，非常抱歉，麻烦拍一下照片，我们马上给您补发', '收到的杨梅一大半都黑了'],
      ['嗯嗯，是今年的新茶哦', '我想问下这个是今年的新茶吗'],
      ['建议您先带宝宝去医院看看，我们这边同时帮您登记，奶粉批次也会查一下', '孩子喝了这个奶粉起疹子了'],
      ['嗯嗯，这款幼猫也可以吃的', '猫能吃这个吗'],
    ],
  )
})

/**
 * Session 39 (the lead, set BP): a certainty word inside quoted words the shop disowns (“保证不褪色”我们没这样宣传过) is talked
 * about, not said; making good its own bad goods (有坏果一定给您赔) is the
 * shop's own remedy, a commitment at most.
 */
describe('absolute-promise: disowned quotes and the shop\'s own remedy (lead35)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这件羽绒服保证不跑绒', undefined, '保证', 'error'],
      ['放心，快递一定明天到', undefined, '一定', 'error'],
      ['“绝对不掉色”就是我们的承诺', undefined, '绝对', 'error'],
      // The shop's own remedy: a commitment, reported at info only.
      ['有少件的话一定给您赔，拍照给我就行', undefined, '一定', 'info'],
    ],
    [
      ['“保证不起球”这种话我们从来没说过，羊毛多少会有一点', undefined],
      ['「一定瘦」我們可沒這樣講，效果因人而異', undefined],
    ],
  )
})
