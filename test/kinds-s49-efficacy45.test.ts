import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 49 (lane efficacy45, forty-fifth brief): efficacy promised to the body with a promise word that neither
 * rule reported, safety said as none produced, and two false alarms of absolute-promise. Rows in the lane's own words.
 */
describe('exaggeration: a skin mark removed outright or faded for sure, muscle built on a course, no harm produced (efficacy45)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这支祛斑霜用一个月就能彻底淡化色斑', undefined, '彻底淡化色斑', 'error'],
      ['坚持涂能彻底消除痘坑', undefined, '彻底消除痘坑', 'error'],
      ['這瓶眼霜可以徹底淡化黑眼圈', undefined, '徹底淡化黑眼圈', 'error'],
      ['每天早晚抹一次，三周后斑点一定会变淡', undefined, '斑点一定会变淡', 'error'],
      ['练的时候配着喝，一个月肯定增肌', undefined, '肯定增肌', 'error'],
      ['这款乳清两个月保证长肌肉', undefined, '保证长肌肉', 'error'],
      ['这款不粘锅高温干烧也不会释放任何有毒物质', undefined, '不会释放任何有毒物质', 'error'],
    ],
    [
      // negation, a hedge, a question, a wish, a polka dot, dirt not the body, advice, a test report
      ['不敢说能彻底淡化色斑，只能说会慢慢变浅', undefined],
      ['一般坚持用斑点会淡一些，因人而异', undefined],
      ['能彻底消除痘坑吗？', undefined],
      ['想彻底淡化痘印的话，建议先去皮肤科看看', undefined],
      ['这条斑点裙子肯定不会掉色的', undefined],
      ['用这个刷子能彻底清除缝隙里的污垢', undefined],
      ['长肌肉主要还是靠训练，蛋白粉只是补充', undefined],
      ['没法保证一个月就长肌肉，要配合训练', undefined],
      ['检测报告显示加热时不会产生超标的有害物质', undefined],
    ],
  )
})

describe('absolute-promise: muscle and a shade promised past a refund, 马上 after use (efficacy45)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['我们保证吃两个月就长肌肉，不长全额退', undefined, '保证', 'error'],
      ['这个精华保证涂完马上白一个度，不满意包退', undefined, '保证', 'error'],
      // the shop's reach limited, the shop's own speed after the buyer's step: info
      ['给您带来不便很抱歉，我们能补救的一定补救', undefined, '一定', 'info'],
      ['您拍完照片发过来，我们一定马上处理', undefined, '一定', 'info'],
      ['收到退货后我们一定马上给您退款', undefined, '一定', 'info'],
    ],
    [
      // a part's warranty (管 ends the noun)
      ['主机保修一年，加热管保修两年', undefined],
      ['灯管保质期三年，坏了可以寄回', undefined],
    ],
  )
})
