import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend of the twenty-seventh session (lane mendB): what the reviewer found in blame-customer's frank turn and guessed act and in
 * curt-reply's restated "what do you mean" and 下一个问题. Sentences are ours; each table keeps the flags the narrowing must keep.
 */
describe('blame-customer mend27: the frank turn needs the buyer\'s handling in the cause', () => {
  checkKinds(
    'blame-customer',
    [
      // The buyer's handling named in the cause frame, or after the goods are cleared.
      ['说实话，这个床垫本身没问题，一般是总坐在床边导致的', undefined, '说实话，这个床垫本身没问题', 'warning'],
      ['老实说，这种褶皱是长时间折叠存放导致的', undefined, '老实说，这种褶皱是长时间折叠存放导致的', 'warning'],
      // The right use said not to fail, and nothing offered.
      ['说实话，正常使用不会断成这样', undefined, '说实话，正常使用不会断成这样', 'warning'],
    ],
    [
      // Transport, weather, the maker, the shop's packing as the cause; an offer after.
      ['说实话，多半是物流中转时磕碰造成的，我这就给您重新寄一个'],
      ['老实说，这一批是生产线调试没做好导致的，已经全部下架了'],
      ['抱歉啊，说实话，这种起雾一般是冬天室内外温差引起的，我们给您换一个'],
      ['说实话，杯子本身没问题，是纸箱太薄路上挤坏的，马上给您补'],
      ['说实话，正常使用不会断成这样，我们给您换个新的'],
      ['说句实话，面料本身没问题，可能是我们这边打包时勾到了'],
    ],
  )
})

describe('blame-customer mend27: a guess beside a pointer is a reproach only when the act went wrong', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是不是放太多洗衣液了，说明上写了一次一瓶盖', undefined, '您是不是放太多洗衣液了', 'warning'],
      ['您是不是用酒精擦了，说明书上写了只能用清水', undefined, '您是不是用酒精擦了', 'warning'],
      // The trouble named before the guess.
      ['净水器漏水了？您是不是换了别的滤芯，说明书上写了只能用原装的', undefined, '您是不是换了别的滤芯', 'warning'],
    ],
    [
      // Which case applies, asked beside the page: a coupon, an account, a purchase, a setting.
      ['您是不是领了新人券，页面上写了新人券不能叠加'],
      ['您是不是改了登录邮箱，页面上写了要用原邮箱找回'],
      ['您是不是付了定金，详情页写了尾款要在周五前付'],
      ['您是不是开了省电模式，说明书里写了开启后屏幕会变暗'],
    ],
  )
})

describe('curt-reply mend27: "what do you mean" with the buyer lost still asks', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '什么意思，我没看明白', '嗯', 'warning'],
      ['嗯嗯', '啥意思，你讲清楚一点', '嗯嗯', 'warning'],
      ['嗯', '什么意思，完全搞不懂', '嗯', 'warning'],
    ],
    [
      // The buyer's own reading to confirm.
      ['嗯', '什么意思，下单后就不能改地址了'],
      ['是的', '啥意思，要我自己去驿站拿'],
    ],
  )
})

describe('curt-reply mend27: 下一个问题 only when it ends what the agent says', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个问题跳过，下一个问题', undefined, '下一个问题', 'warning'],
      ['这个答不了。下一个问题！', undefined, '下一个问题', 'warning'],
    ],
    [
      ['先说颜色，图片就是实拍；下一个问题，赠品会一起寄'],
      ['第一个问题：可以开发票。下一个问题：明天就发'],
    ],
  )
})
