import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31 (twenty-seventh working session), the lead. Kinds that several outside authors' sets hold (D, P, T, AF, AR,
 * AW, AY), each in our own words, with the traps that must stay clean.
 */

// 1. Cash paid on the spot for a better price: the sale moves off the platform by the price (来门店付现金更便宜, 付现金给您按批发价).
//    Cash on delivery, an installer's fee, cash refused or asked about carry no deal and stay clean.
describe('off-platform: cash in person for a lower price', () => {
  checkKinds(
    'off-platform',
    [
      ['您周末直接来档口拿货，付现金能给您再便宜二十', undefined, '付现金能给您再便宜', 'error'],
      ['来厂里提货的话现金支付，按出厂价给您', undefined, '现金支付，按出厂价', 'error'],
      ['到我们工作室现场付现，可以打九折', undefined, '付现，可以打九折', 'error'],
    ],
    [
      ['我们支持货到付款，现金交给快递员就可以'],
      ['上门安装的辅料费给师傅现金就行，有收费标准'],
      ['门店不收现金，您在线下单也能用优惠券'],
      ['付现金能便宜吗？'],
      ['现金红包活动已经结束了，现在下单有满减'],
    ],
  )
})

// 2. What theirs really is, in the wordings of a trade: opened stock sold as new (拆封品), a tour that is shopping (购物团),
//    additives by the meme (科技与狠活), a cheaper thing of the same kind mixed in (X粉兑的, 酒精勾兑的), their "gold" or
//    "silver" plated (都是镀的, 铜镀的), quoted as their claim or not.
describe('competitor-disparagement: their goods as a lesser grade or a cheaper mix', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['隔壁那家的平板都是拆封货，价格才压得那么低', undefined, '隔壁那家的平板都是拆封货', 'warning'],
      ['其他旅行社报的特价线路全是购物团', undefined, '其他旅行社报的特价线路全是购物团', 'warning'],
      ['别家的卤味都是科技与狠活，我们只用香料', undefined, '别家的卤味都是科技与狠活', 'warning'],
      ['外面那些驼奶粉不少是普通奶粉兑的', undefined, '外面那些驼奶粉不少是普通奶粉兑的', 'warning'],
      ['别的店那种“足银”手镯都是铜镀的，戴久了就露底', undefined, '别的店那种“足银”手镯都是铜镀的', 'warning'],
    ],
    [
      ['我们这单是纯玩团，不进购物店'],
      ['您收到的如果是拆封品，拍照给我们，马上换新'],
      ['支持七天无理由，不影响二次销售就行'],
      ['这款奶粉用温水冲的，别用开水'],
      ['我们的卤味不加科技与狠活，配料表可以看'],
      ['我们家的手镯不是镀的，是实心足银'],
      ['这枚戒指是银镀的金色，介意慎拍'],
    ],
  )
})

// 3. Their refunds and returns made out to be an ordeal (他们家退货可麻烦了, X那边退款特别麻烦): an aspect of their service ×
//    a verdict of trouble. The shop's own service said to be easy, or asked about, is no charge.
describe('competitor-disparagement: their refunds or returns called a trouble', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别的店退换货特别麻烦，来回要一个月', undefined, '别的店退换货特别麻烦', 'warning'],
      ['那家退款可麻烦了，您还是在我们这买吧', undefined, '那家退款可麻烦了', 'warning'],
    ],
    [
      ['我们这边退货不麻烦，申请后上门取件'],
      ['退款很麻烦吗？其实后台点一下就好'],
      ['别家也能退货，看您方便'],
    ],
  )
})

// 4. A seller word the shop owns (我们直播间, 咱家的旗舰店) is the shop speaking of itself, not a rival: what it says of its
//    own room or store (a policy, a reminder) runs no one down. A rival named after it still is one.
describe('competitor-disparagement: a seller word owned by the shop', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['咱家直播间是品牌授权的，别的直播间那些都是贴牌货', undefined, '别的直播间那些都是贴牌货', 'warning'],
    ],
    [
      ['我们直播间一再提醒过，定制款不退不换'],
      ['咱家的直播间说的都是实价，没有先涨后降'],
      ['我们的直播间晚上八点开播，福利款限量'],
    ],
  )
})

// 5. A rival's goods maybe not genuine, with 还 as with 也 (贵还不一定是真的), and a trade named as a physical one (实体药店,
//    实体的眼镜店): a hedge in the words, an insinuation all the same. The shop as that trade, or a trade where one can buy, is not.
describe('competitor-disparagement: maybe-fake with 还, physical trades as rivals', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['实体眼镜店配一副要贵三倍，镜片还不一定是真的', undefined, '实体眼镜店配一副要贵三倍，镜片还不一定是真的', 'warning'],
    ],
    [
      ['我们也是实体药店，线上线下同价'],
      ['实体店也能买到这款，价格差不多'],
      ['这批货是不是正品还不一定，我们先帮您送检'],
    ],
  )
})

// 6. The agent's own transfer to the buyer, with 你 as with 您 (我直接转账给你，你把银行账号发我): money sent off the platform.
//    The platform's refund sent back the way it came, or the platform as the one paying, is not.
describe('off-platform: the agent transferring money to the buyer', () => {
  checkKinds(
    'off-platform',
    [
      ['运费差价我直接转账给你，你发个收款码过来', undefined, '转账给你，你发个收款码', 'error'],
      ['超时的赔付我转帐给你，比申请快', undefined, '转帐给你', 'error'],
    ],
    [
      ['退款会原路转账给你，一般三个工作日到账'],
      ['赔付款平台会转账给你的，留意一下余额'],
      ['押金退回是平台直接转账给您的，不用找我们'],
      ['理赔的钱由保险公司转帐给你，大概一周'],
      ['千万别私下转账给陌生人'],
    ],
  )
})

// 7. A number handed over after a colon (打这个电话：0591…), and who answers named before the number (打这支电话跟老板谈：…):
//    the buyer sent to ring the shop's people. A hotline with no one of the shop to answer, a courier's call, are not.
describe('off-platform: dial this number, with a colon or the one who answers before it', () => {
  checkKinds(
    'off-platform',
    [
      ['批量订的话打这个电话跟店长谈：0591-8765 4321', undefined, '打这个电话跟店长谈：0591-8765 4321', 'error'],
      ['要刻字的話打這支電話跟老闆聊：0912 345 678', undefined, '打這支電話跟老闆聊：0912 345 678', 'error'],
      ['晚上急用打这个号：13900112233，找我就行', undefined, '打这个号：13900112233，找我', 'error'],
    ],
    [
      ['退换货请打这个电话：400-800-1234，官方售后处理'],
      ['快递师傅会打这个电话跟您约时间：13900112233'],
    ],
  )
})

// 8. The dare put to the buyer about a rival's goods, with any verb of using (你敢给孩子喝？, 你敢戴？). The same words about
//    the shop's own goods or the buyer's taste (您敢穿亮色的话…, 你敢吃辣吗) name no rival.
describe('competitor-disparagement: the dare with any verb of using', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那些三无的辅食你敢给宝宝吃？', undefined, '那些三无的辅食你敢给', 'warning'],
      ['别家二十块的头盔你敢戴？', undefined, '别家二十块的头盔你敢戴', 'warning'],
    ],
    [
      ['这款是特辣的，你敢吃辣的话可以试试'],
      ['您敢穿亮色的话，这件橘色很显白'],
      ['别家的也可以比较一下，我们不怕比'],
    ],
  )
})
