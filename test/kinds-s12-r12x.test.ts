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

describe('off-platform: the shop\'s own store or channel on another marketplace, where the buyer is sent (m, n, r)', () => {
  checkKinds(
    'off-platform',
    [
      ['便宜点的话去某书搜我们的同名店', undefined, '某书搜我们的同名店', 'error'], // a nickname for the app
      ['这款在拼夕夕拍我们另外一个店就行，能省运费', undefined, '拼夕夕拍我们另外一个店', 'error'],
      ['周五晚上在快手小店号里拍，主播会讲解', undefined, '快手小店号里拍', 'error'],
      ['价格这里不好说，您去抖音直播间私聊', undefined, '抖音直播间私聊', 'error'],
    ],
    [
      ['抖音上有些同名店，都不是我们开的'], // other people's stores, no direction
      ['我们在快手没有同名店'], // negated
      ['您是在抖音直播间拍的吗？我帮您查一下'], // a question about where the buyer bought
      ['拼多多那家另一个店是仿冒我们的'], // a rival's store called out
    ],
  )
})

describe('exaggeration: no rival matches it, by a search of everywhere or nobody doing it better (l, m, r)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个成色的表您跑遍市场都找不到第二块', undefined, '都找不到第二块', 'warning'],
      ['全城没有人做得比我们地道', undefined, '没有人做得比我们', 'warning'],
      ['这种织法行业里没有哪家能做到这么密', undefined, '没有哪家能做到这么', 'warning'],
      ['这个价位找不出更耐用的锅了', undefined, '找不出更耐用', 'warning'],
      ['这台空调制冷天花板', undefined, '制冷天花板', 'warning'], // a measurable quality's ceiling
    ],
    [
      ['仓库里都找不到第二块了，只剩这一块'], // stock, not a comparison
      ['不敢说没有人做得比我们好，只是用料实在'], // hedged
      ['我们这边没有人能做到这个工艺，抱歉'], // the shop's own limit
      ['这个杯子颜值天花板'], // looks: slang, not a claim (B, P, Q, R)
      ['有没有人做得比你们更便宜？'], // a question
    ],
  )
})

describe('exaggeration: professional users borrowed as authority (l, r)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这件羽绒服是极地科考队专用的款', undefined, '极地科考', 'warning'],
      ['这款头灯特种部队专用，放心买', undefined, '特种部队专用', 'warning'],
    ],
    [
      ['这款不是科考队专用的，日常露营足够了'], // negated
    ],
  )
})

describe('exaggeration: treatment as what the product has or is, 治 + a disease, a condition reversed (l, n, r)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款泡脚粉对风湿有治疗作用', undefined, '有治疗作用', 'error'],
      ['对的，这个茶就是降血糖的', undefined, '就是降血糖的', 'error'],
      ['这个护膝治关节炎很灵', undefined, '治关节炎', 'error'],
      ['坚持喝能预防肾结石', undefined, '预防肾结石', 'error'],
      ['这套操配合枕头可以逆转颈椎曲度变直', undefined, '逆转颈椎曲度', 'error'],
    ],
    [
      ['我们是普通食品，没有治疗作用'], // negated
      ['如果您在吃降糖的药，建议先问医生'], // the buyer's medicine, advice
      ['治关节炎还是要去医院'], // advice to see a doctor
      ['这个护膝是治关节炎的吗？'], // asked
      ['系统修复一下就好了'], // no body word
    ],
  )
})

describe('privacy-leak: another buyer placed by city and named by surname, another company\'s tax number (m, o, r)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['同团的还有一位是江苏徐州的王女士，已经付过款了', undefined, '江苏徐州的王女士', 'error'], // city + surname + title
      // Session 21 (pv21): 天河 is a known district now (place.region), so the place runs to it.
      ['这箱跟您的是一起打包的，她是广州天河的何小姐', undefined, '她是广州天河', 'error'], // a reference that starts the datum, after 您的
      ['这个抬头另外一家公司也开过，税号92440101MA5CXXXX9P', undefined, '92440101MA5CXXXX9P', 'error'], // another company's tax number
    ],
    [
      ['您是杭州的周先生吧？订单已经发出了'], // the buyer named
      ['给您换了另一家快递公司，单号SF1234567890'], // a carrier's tracking number is the buyer's own
      ['我们家的王先生明天联系您安装'], // the shop's own staff, no place
    ],
  )
})

describe('competitor-disparagement: a rival streamer or shop said to sell cheap substitutes or discarded parts (r)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别的主播卖的花胶是猪皮熬的', undefined, '别的主播卖的花胶是猪皮熬的', 'warning'],
      ['其他店的硒鼓用的都是淘汰下来的', undefined, '其他店的硒鼓用的都是淘汰下来的', 'warning'],
    ],
    [
      ['我们的花胶不是猪皮熬的，支持检测'], // the shop about itself, negated
      ['别的直播间的价格我们不清楚'], // hedged, nothing run down
      ['那个主播说的优惠券在哪领？'], // a question about a streamer
    ],
  )
})

describe('off-platform: the agent\'s own mailbox named by its kind as the contact (real JDDC traffic)', () => {
  checkKinds(
    'off-platform',
    [
      ['我的私人邮箱是[邮箱]，照片发过来我看看', undefined, '我的私人邮箱', 'error'],
      ['资料邮件发给我就行，我下班也能看', undefined, '邮件发给我', 'error'],
    ],
    [
      ['电子发票会通过邮件发给您'], // the platform's invoice mail to the buyer
      ['您的邮箱我们这边看不到'], // the buyer's own, not shown
    ],
  )
})
