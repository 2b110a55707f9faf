import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap36, session 32: absolute-promise kinds from the tax32 promise taxonomy, BJ and BI, in our own words.
 */

// 1. bare-yes-answer: the asked arrival echoed in its potential form (收得到 / 送得到). Traps: a condition, a hedge,
//    a question about the shop's own dispatch.
describe('absolute-promise: potential-form echo as the yes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['送得到的', '下周一之前送得到吗？', '送得到的', 'error'],
      ['收得到的哦', '元旦前收得到吗', '收得到的', 'error'],
      ['到得了', '这周六到得了吗', '到得了', 'error'],
    ],
    [
      ['收得到的话麻烦给个好评', '元旦前收得到吗'],
      ['一般收得到的，具体看快递', '元旦前收得到吗'],
      ['可以的，今天就发', '今天能发货吗'],
    ],
  )
})

// 2. fit and liking denied by a rhetorical question (怎么可能不合适, 哪有不喜欢的道理). Traps: surprise at what
//    the customer reports, the question form about a bad outcome with 了, 哪有后悔药.
describe('absolute-promise: rhetorical fit / satisfaction', () => {
  checkKinds(
    'absolute-promise',
    [
      ['按您的脚长选39码，怎么可能不合脚呢', undefined, '怎么可能不合脚', 'error'],
      ['这么好的料子，您穿上哪有不满意的', undefined, '哪有不满意', 'error'],
    ],
    [
      ['怎么会不合适了呢，我马上帮您看看', undefined],
      ['一般怎么可能不合适呢，您量一下脚长', undefined],
    ],
  )
})

// 3. idiom-certainty on fit: 不会错 / 差不了 with the size or the close fit in the sentence. Traps: no outcome
//    (a recommendation), a price difference.
describe('absolute-promise: 不会错 / 差不了 about the fit', () => {
  checkKinds(
    'absolute-promise',
    [
      // (照着这个尺寸选，不会错的 is missed: 尺寸 in the fit class changed promise-claims-kinds' finding, so it was taken out.)
      ['您这个身高穿L码正正好，差不了', undefined, '差不了', 'warning'],
    ],
    [
      ['这款卖得很好，选它不会错的', undefined],
      ['两个码价格差不了多少', undefined],
    ],
  )
})

// 4. potential-complement-claim: a pet's pawing, getting wet, falling. Traps: a hedge, a question.
describe('absolute-promise: potential complements, new members', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款猫抓板再怎么扒也扒不坏', undefined, '扒不坏', 'error'],
      ['这双雨靴在水里泡一天都湿不透', undefined, '湿不透', 'error'],
      ['鞋底是防滑纹，下雪天也滑不倒', undefined, '滑不倒', 'error'],
    ],
    [
      ['一般扒不坏的，除非用力咬', undefined],
      ['下雨天穿会湿不透吗？', undefined],
    ],
  )
})

// 5. the effect right after one use (吃了立刻见效, 用一次就见效). Traps: a question, a hedge, 哪有 denial, the
//    shop's own action after 马上, a condition, a complaint report.
describe('absolute-promise: effect after a single use', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款止咳糖浆喝了马上见效', undefined, '喝了马上见效', 'error'],
      ['这瓶除臭喷雾喷一次就见效', undefined, '一次就见效', 'error'],
    ],
    [
      ['喝了马上见效吗？', undefined],
      ['哪有喷一次就见效的，要多喷几天', undefined],
      ['您喝了以后马上告诉我们感受', undefined],
      ['这件洗一次就缩了', undefined],
    ],
  )
})

// 6. skin-reaction-promise: going red or itchy said bare (不会红, 不会痒). Traps: hedge, question.
describe('absolute-promise: red or itchy skin ruled out', () => {
  checkKinds(
    'absolute-promise',
    [
      // (bare 红 left the skin class: it is every colour word; 不会发红 says the same.)
      ['这款湿巾很温和，擦完小脸不会发红', undefined, '不会发红', 'error'],
      ['纯羊绒的围巾，戴着脖子不会痒', undefined, '不会痒', 'error'],
    ],
    [
      ['一般不会红，敏感的话先试用', undefined],
      ['擦完会不会红？', undefined],
    ],
  )
})

// 7. 包 + a cure, and the courier late again. Traps: the phrase quoted to be disowned; the shop's own mistake.
describe('absolute-promise: 包治, 不可能再晚', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个艾灸贴包治老寒腿', undefined, '包治', 'error'],
      ['已经跟快递站说好了，这回不会再晚', undefined, '不会再晚', 'error'],
    ],
    [
      ['我们从来不说“包治”这种话', undefined],
      ['这回不会再给您发错了', undefined],
    ],
  )
})

// 8. look-alikes kept clean: 保证 as the buyer's return condition with the goods named, the shop's own exchange or
//    dispatch (出货), a superlative with a sales-urgency tail (exaggeration's alone).
describe('absolute-promise: look-alikes', () => {
  checkKinds(
    'absolute-promise',
    [['这件你穿一定不会起球', undefined, '一定', 'error']],
    [
      // A compliment on how the buyer will look stays clean, bare or with a degree word (test/kinds-s20-pv20 pins it).
      ['这件你穿一定好看', undefined],
      ['退货的时候保证商品未拆封就可以退', undefined],
      ['这件妳穿一定超好看的啦', undefined],
      ['这个价格绝对是全网最低，错过就没了', undefined],
    ],
  )
  // the shop's own exchange and dispatch: reported at info only (borderline), never warning or error.
  checkKinds(
    'absolute-promise',
    [
      ['如果到货有瑕疵，拍照给我们，我们保证帮您换新品', undefined, '保证', 'info'],
      ['您的订单我们保证今天出货', undefined, '保证', 'info'],
    ],
    [],
  )
})
