import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 43 (lane promise, thirty-ninth session): classes from the kinds of para-ae3's dev half and the pool's misses and false
 * alarms of absolute-promise and exaggeration. Sentences written for these tests, not taken from the pool.
 */
describe('absolute-promise: received or in hand by a date, with no modal (lane39)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您周五上午就收到了', '几号能收到', '周五上午就收到', 'error'],
      ['今天发出，后天就拿到了', undefined, '后天就拿到', 'error'],
      ['放心，明晚就能到手', undefined, '明晚就能到手', 'error'],
    ],
    [
      ['您上个月就收到了呀', undefined],
      ['您这么快就拿到啦', undefined],
      ['预计后天就收到了', undefined],
      ['物流显示您今天上午就签收了', undefined],
    ],
  )
})

describe('absolute-promise: the goods said to be the colour of the picture pointed at with 这个 (lane39)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这块窗帘拿到手就是图上这个颜色', undefined, '就是图上这个颜色', 'error'],
      ['染完就是主图这个色，放心', undefined, '就是主图这个色', 'error'],
    ],
    [
      ['您想要的就是图上这个颜色吗', undefined],
      ['一般就是图上这个颜色，屏幕不同会有点差别', undefined],
    ],
  )
})

describe('absolute-promise: a courier’s or an installer’s conduct vouched for with 不会 (lane39)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['德邦的司机搬运很小心，不会摔的', undefined, '司机搬运很小心，不会摔', 'error'],
      ['快递员到了会敲门，不会直接放门口', undefined, '快递员到了会敲门，不会直接放门口', 'error'],
      ['维修师傅后天上午来，不会放您鸽子的', undefined, '维修师傅后天上午来，不会放您鸽子', 'error'],
    ],
    [
      // the shop's own conduct, a hedge, a request passed on, a question
      ['我们会先电话联系您，不会直接放门口', undefined],
      ['快递员一般会打电话，不会直接放门口', undefined],
      ['已经给快递备注了，让他不会直接放门口', undefined],
      ['快递员会不会直接放门口啊？', undefined],
      ['这个瓷碗不会摔碎吗', undefined],
    ],
  )
})

describe('exaggeration: a ceiling of a measurable quality, a champion product, damaged hair or skin repaired (lane39)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款散粉是控油天花板', undefined, '控油天花板', 'warning'],
      ['这双跑鞋是缓震类目的冠军单品', undefined, '冠军单品', 'warning'],
      ['这款发膜能修复受损的头发', undefined, '修复受损的头发', 'error'],
      ['用了这瓶精华可以修复皮肤屏障', undefined, '修复皮肤屏障', 'error'],
    ],
    [
      ['天花板上的灯可以换成吸顶灯', undefined],
      ['这件不是什么冠军单品，就是普通款', undefined],
      ['发膜不能修复受损的头发，只能让它顺一点', undefined],
      ['鞋子开胶我们提供免费修复', undefined],
    ],
  )
})

describe('exaggeration: a claim word given as a name (lane39)', () => {
  checkKinds(
    'exaggeration',
    [],
    [
      ['这是“冠军”牌的乒乓球拍', undefined],
      ['这个系列名字叫至尊，跟别的系列用料一样', undefined],
      ['这款电饭煲的品牌名就叫王牌', undefined],
    ],
  )
})

describe('absolute-promise: a separable verb of decay in its potential form (lane39)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这箱挂面密封得好，放一年也生不了虫', undefined, '生不了虫', 'error'],
      ['冷链发的牛奶，路上变不了质', undefined, '变不了质', 'error'],
    ],
    [
      ['正常情况下放一年也生不了虫', undefined],
      ['放一年变不了质吧？', undefined],
    ],
  )
})

describe('exaggeration: the skin changed by the next morning, a trouble stopped after switching to the product (lane39)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款晚霜涂完，隔天脸就透亮了', undefined, '隔天脸就透亮了', 'error'],
      ['老人换了我们家的菊花茶就不上火了', undefined, '换了我们家的菊花茶就不上火', 'error'],
    ],
    [
      ['路灯报修以后第二天就亮了', undefined],
      ['换了这款就不上火了吗？', undefined],
      ['换了这款一般就不上火了，因人而异', undefined],
    ],
  )
})

describe('exaggeration: 差不多 approximates a superlative, it does not deny it (lane39)', () => {
  checkKinds(
    'exaggeration',
    [['这套茶具差不多是全国最顶级的手艺了', undefined, '全国最顶', 'warning']],
    [
      ['差不多是最便宜的一款了，其他几款都贵一点', undefined],
      ['这个价格跟别家差不多，不是最低的', undefined],
    ],
  )
})
