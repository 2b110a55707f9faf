import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 43, lane redline (thirty-ninth session): classes read from the dev pool's misses of off-platform,
 * privacy-leak, competitor-disparagement and review-manipulation. Rows written for the tests, not copied from the pool.
 */
describe('competitor-disparagement: another seller run down by how it serves and handles the goods (redline39)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那几家网店的客服全是机器人，问了也白问', undefined, '那几家网店的客服全是机器人', 'warning'],
      ['他们家仓库混着放，发错是常事', undefined, '他们家仓库混着放', 'warning'],
      ['对面那家的葡萄都是农药泡过的', undefined, '对面那家的葡萄都是农药泡', 'warning'],
      ['别家退个货麻烦得要死', undefined, '别家退个货麻烦得要死', 'warning'],
    ],
    [
      // the shop about itself, its own quality team, no rival named
      ['我们是真人客服，不是机器人', undefined],
      ['您说的生锈问题我们马上处理', undefined],
      ['品控的同事已经在查了', undefined],
    ],
  )
})

describe('off-platform: the shop’s group as where to order, paying in person, a bare add-me, spellings (redline39)', () => {
  checkKinds(
    'off-platform',
    [
      ['进群以后群里直接下单就行', undefined, '群里直接下单', 'error'],
      ['采购量大的话来我们厂里谈，价格当面说', undefined, '来我们厂里谈', 'error'],
      ['这款可以到店付款，门店地址我发您', undefined, '到店付款', 'error'],
      ['有啥问题你加一下我，我发你教程', undefined, '加一下我', 'error'],
      ['要看实物的话加一下wei❤：shop_li', undefined, 'wei❤', 'error'],
      ['尾款转我支fu宝就行', undefined, '转我支fu宝', 'error'],
      ['打这个电话找售后，比在这里沟通更快', undefined, '比在这里沟通更快', 'error'],
    ],
    [
      // the marketplace's own group, a group disowned, an installer paid on the spot, the shop's membership, a refusal
      ['淘宝群里下单有专属券', undefined],
      ['我们没有微信群，群里卖的都不是我们', undefined],
      ['安装费现场付款给师傅就行', undefined],
      ['加一下我们店铺会员，有积分', undefined],
      ['请不要加我，有问题在平台说', undefined],
      ['我们发货比平台上大部分店快', undefined],
    ],
  )
})

describe('privacy-leak: another order pointed at, or the recipient said not to be the buyer (redline39)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['另一单的收件人叫孙丽华', undefined, '孙丽华', 'error'],
      ['同一个驿站还有一个件，收件人叫陈美玲', undefined, '陈美玲', 'error'],
      ['这单收件人是刘先生，不是您吧？', undefined, '刘先生', 'error'],
    ],
    [
      // the buyer's own other order
      ['您的另一单已经发出，单号SF8765432190', undefined],
      ['您还有一单没付款，收件人是王女士', undefined],
    ],
  )
})

describe('review-manipulation: the review by the bare verb or the review box, rewards in kind (redline39)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评完截图发给我，有小红包', undefined, '评完截图发给我，有小红包', 'error'],
      ['差评改成好评的话，再给您多加一个抱枕', undefined, '差评改成好评的话，再给您多加一个抱枕', 'error'],
      ['把视频发在评价里，给您返10元', undefined, '发在评价里，给您返10元', 'error'],
    ],
    [
      ['评完有问题随时联系我们', undefined],
      ['照片发在评价里就行，谢谢支持', undefined],
    ],
  )
})
