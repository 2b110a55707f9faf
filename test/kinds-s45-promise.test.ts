import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 45 (lane promise, forty-first session): kinds of absolute-promise and exaggeration read on DA, BZ and para-40's dev half,
 * written as classes (a speech act, a construction, a word class). Sentences written for these tests, not taken from the sets.
 */
describe('absolute-promise: a record said with 从来/从没/至今, offered as the guarantee (promise41)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您别担心，我们合作的物流从来没丢过件', undefined, '从来没丢过', 'error'],
      ['这种泡沫箱寄了几年，至今没碎过一个', undefined, '至今没碎过', 'error'],
      ['這款水壺從沒漏過', undefined, '從沒漏過', 'error'],
    ],
    [
      // the shop's own flawless record, the shop owning a first slip, a question, the word talked about, the buyer's own report
      ['我们仓库从来没发错过货', undefined],
      ['之前从来没掉色过，这次可能是染料批次的问题，给您换一件', undefined],
      ['这条线路从来没丢过件吗？', undefined],
      ['我从来没说过不会掉色', undefined],
      ['卖了这么多年从来没碎过', '收到就碎了一个'],
    ],
  )
})

describe('absolute-promise: the smallest amount denied to get in or out (promise41)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款登山鞋蹚水过河，一滴水都进不去', undefined, '一滴水都进不去', 'error'],
      ['奶瓶盖子拧紧以后倒着放，一滴都洒不出来', undefined, '一滴都洒不出来', 'error'],
      ['密封条一装，一丝冷风也透不进来', undefined, '一丝冷风也透不进来', 'error'],
      ['封口夹夹上，一点气都不漏', undefined, '一点气都不漏', 'error'],
    ],
    [
      // a hedge, a condition, a question, a fault the buyer meets, a clog
      ['正常使用一般一滴水都进不去', undefined],
      ['如果一滴水都进不去的话说明密封圈装好了', undefined],
      ['下雨天一滴水都进不去吗？', undefined],
      ['脚一点都进不去的话可以换大一码', undefined],
      ['进水管堵了，一滴水都进不去', undefined],
    ],
  )
})

describe('absolute-promise: a set phrase of certainty answering how warm or how sufficient (promise41)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['去东北穿它妥妥的', '我在哈尔滨，冬天穿这件够暖和吗', '妥妥的', 'error'],
      ['够的亲', '零下十几度这床被子够不够暖', '够的', 'error'],
      ['杠杠的', '这个行李箱够结实吗', '杠杠的', 'error'],
    ],
    [
      // the shop's own price, a quantity of stock, a praise with no outcome asked, a hedge
      ['够的', '运费够吗'],
      ['这件成色妥妥的', undefined],
      ['一般够的，特别怕冷的话建议加一床毯子', '冬天盖这个够暖和吗'],
    ],
  )
})

describe('absolute-promise: regrowth promised with a modal of ability (promise41)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['坚持涂三个月，眉毛肯定能长回来', undefined, '肯定', 'error'],
    ],
    [
      // a downside warned of, not wished (the bare modal 会)
      ['停用以后痘痘肯定会长回来一些', undefined],
    ],
  )
})

describe('absolute-promise: certainty about what the buyer\'s own act has done, and the shop solving it itself (promise41)', () => {
  checkKinds(
    'absolute-promise',
    [
      // a future arrival with 了 is still a promise; a third party solving it too
      ['您放心，后天肯定就到了', undefined, '肯定', 'error'],
      ['您放心，快递那边会帮您处理好的', undefined, '您放心，快递那边会帮您处理好', 'error'],
      // the result foretold without the shop's pledge word stays a promise (a real reviewer upholds it)
      ['您放心，小妹会帮您处理好的', undefined, '您放心，小妹会帮您处理好', 'error'],
      // the shop's own commitment: its 一定 stays at info, the solved outcome is not reported
      ['您放心，这单我们一定给您处理好', undefined, '一定', 'info'],
    ],
    [
      ['谁让您用铁刷子刷的，不粘层肯定刷掉了', undefined],
      ['您用开水直接烫，杯子肯定变形了', undefined],
    ],
  )
})

describe('absolute-promise: 100% of what the goods are made from, and a rate said to reach 100% (promise41)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['百分之百不会过敏', undefined, '百分之百', 'error'],
    ],
    [
      ['我们家的枣糕百分之百红枣熬制', undefined],
      ['100%生牛乳发酵，没有添加剂', undefined],
      ['这款净化器除菌率可达百分之百', undefined],
    ],
  )
})
