import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Mend B of review 31 (findings 6, 7, 10, 13, 14), in our own words: the false-alarm classes closed, the true kinds kept.
 */

// Finding 6: a later favour is the review's price only when it is granted for the review. A free repair or exchange for a
// fault (the warranty every buyer has) and news sent first to everyone are no favour.
describe('review-manipulation: a warranty or a notice after a review asked is no reward', () => {
  checkKinds(
    'review-manipulation',
    [
      ['给个五星好评，下次来修手机给您半价', undefined, '五星好评，下次来修手机给您半价', 'error'],
      ['给个好评，以后来店里都给您免费贴膜', undefined, '好评，以后来店里都给您免费', 'error'],
    ],
    [
      ['好评的话以后有质量问题都给您免费修'],
      ['满意请给五星哦，以后出现故障随时免费换新'],
      ['好评后下次有新品第一个通知您'],
      ['喜欢的话给个好评，回头上新会第一时间通知到您'],
    ],
  )
})

// Finding 7: cheaper elsewhere only when it sends the buyer there. A guess about another channel, this shop defended right
// after, the platform named as the cheaper side, a phone call about this shop's own price, and a message sent here on the
// platform are no lure.
describe('off-platform: an honest comparison or in-platform talk', () => {
  checkKinds(
    'off-platform',
    [
      ['下次您直接找我订货，比平台实惠不少', undefined, '找我订货，比平台实惠', 'error'],
      ['我发您个微店的链接，那边便宜二十', undefined, '微店的链接，那边便宜', 'error'],
    ],
    [
      ['别的平台或许会便宜点，但我们这边有正品保障'],
      ['其他平台更便宜，不过我们这边有质保'],
      ['实体店买要贵些，网上更实惠'],
      ['刚才电话里给您报的价格已经改好了，您直接下单就行'],
      ['这款是厂家直接寄出的，比店里其他款便宜'],
      ['钱会退到您的支付宝，回头我在这边私信您进度'],
      ['退款原路退回您的微信，之后我在这里私信您确认'],
    ],
  )
})

// Finding 10: 贵司 is the buyer: its own role words are the buyer's staff. Someone else there only with a surname or another one.
describe('privacy-leak: the buyer\'s company addressed as 贵司', () => {
  checkKinds(
    'privacy-leak',
    [
      ['贵公司另外一位采购上周也订了四箱', undefined, '也订了四箱', 'error'],
      ['贵单位的何会计也订了两台', undefined, '也订了两台', 'error'],
    ],
    [['贵司行政订的桌椅已经发出，麻烦安排人签收'], ['贵公司采购下的那批货明天到']],
  )
})

// Finding 14: three digits are a tail only after a label of the last three; after 尾号 or a pickup code four are needed.
describe('privacy-leak: three digits need a label of three', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您朋友的手机末三码是905', undefined, '905', 'error'],
      ['她的快递取件码是5823', undefined, '5823', 'error'],
    ],
    [['您同事的快递取件码是582'], ['他家尾号是357的那个手机号']],
  )
})

// Finding 13: many fallback findings in one reply. Dropping the shadowed ones now sweeps a sorted index instead of comparing
// every pair (its cost is measured by scaling the repeat, not asserted here): each unit is still reported once, at its place.
describe('off-platform: many fallback findings', () => {
  it('reports every unit once, at its own span', () => {
    const linter = createLinter({})
    const unit = '私信我便宜。'
    const spans = linter.lint(unit.repeat(200)).messages.map((m) => [m.ruleId, m.start, m.end])
    expect(spans).toEqual(Array.from({ length: 200 }, (_, i) => ['off-platform', i * 6, i * 6 + 5]))
  })
})
