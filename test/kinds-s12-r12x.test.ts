import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Tenth session, rule round s12 (lane r12x): classes of misses that several authors of the dev
 * pool wrote independently, for review-manipulation, off-platform, privacy-leak, exaggeration and
 * competitor-disparagement. Written in our own words, each with its traps beside it.
 */
describe('review-manipulation: the review put as a condition, the reward addressed to the buyer past a new order (o, p, r)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['打个五星好评的话，再下单时加送一瓶洗手液', undefined, '五星好评的话，再下单时加送一瓶洗手液', 'error'], // 的话: the review is the condition
      ['帮我们点个五星，下单立返你一张满减券', undefined, '五星，下单立返你', 'error'], // the reward addressed to the buyer
      ['住完留个好评，我们给你返一成的房费', undefined, '好评，我们给你返', 'error'], // money handed back by 给你返
      ['评分打满的老顾客，下回进店享八折', undefined, '评分打满的老顾客，下回进店享八折', 'error'], // a discount enjoyed, with its figure
      ['leave 5 stars 的话，next order 送你 free gift', undefined, '5 stars 的话，next order 送你', 'error'], // English-mixed chat
    ],
    [
      ['五星好评的话我们会很开心，下单满三件送杯子'], // 的话 with nothing offered for it; the gift is a spending promotion
      ['满意的话给个五星，下单就送小样是店里的活动'], // the promotion for everyone, the review only asked
      ['谢谢您的好评，下单还能领店铺券'], // thanks, not a deal
      ['这款评分很高，会员日享九折'], // a rating talked about
      ['We have many 5 stars reviews, 下单送 free gift'], // the product's ratings, the gift for ordering
    ],
  )
})
