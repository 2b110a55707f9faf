import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ot36, session 40: off-platform, privacy-leak, competitor-disparagement, review-manipulation and internet-slang kinds read
 * on the outside authors' sets BP, BQ and BR, in our own words: each kind's word classes and their neighbours, a zh-TW row,
 * and the look-alikes (the shop about itself, a condition, a refusal, a question, a number that is a price) as traps.
 */

// Produce and goods culled or graded out, said of another seller (淘汰果, 残次果, 处理果, 淘汰货).
describe('competitor-disparagement: their goods are the culls', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家那些便宜车厘子都是残次果', undefined, '别家那些便宜车厘子都是残次果', 'warning'],
      ['外面卖的芒果全是处理果', undefined, '外面卖的芒果全是处理果', 'warning'],
      ['那些低價店的蘋果都是淘汰貨', undefined, '那些低價店的蘋果都是淘汰貨', 'warning'],
    ],
    [['我们这批是次果，价格便宜，介意慎拍'], ['残次果我们都会挑出来不发']],
  )
})

// All of them equally bad, or each worse than the last (都一样烂, 一个比一个坑).
describe('competitor-disparagement: all equally bad', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['其他家都一样差', undefined, '其他家都一样差', 'warning'],
      ['那些网店一个比一个坑', undefined, '那些网店一个比一个坑', 'warning'],
      ['別家都一樣爛', undefined, '別家都一樣爛', 'warning'],
    ],
    [['我们两款质量都一样好'], ['各家价格都一样，您放心']],
  )
})

// Looks and nothing else (就是看着好看, 也就看着好看, 只是看著好看).
describe('competitor-disparagement: theirs only looks good', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那个牌子的就是看着好看', undefined, '那个牌子的就是看着好看', 'warning'],
      ['网红款也就看着好看', undefined, '网红款也就看着好看', 'warning'],
      ['別家的只是看著好看', undefined, '別家的只是看著好看', 'warning'],
    ],
    [['我们这款不只是看着好看，还很耐用'], ['这个颜色看着好看吗？']],
  )
})

// Something found in their food or drink (喝出蟑螂, 吃到铁丝, 挑出羽毛).
describe('competitor-disparagement: something found in their food', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['隔壁那家的奶茶喝出蟑螂', undefined, '隔壁那家的奶茶喝出蟑螂', 'warning'],
      ['那些小作坊的月饼吃到铁丝', undefined, '那些小作坊的月饼吃到铁丝', 'warning'],
      ['別家的燕窩挑出羽毛', undefined, '別家的燕窩挑出羽毛', 'warning'],
    ],
    [['如果吃出异物请拍照联系我们'], ['我们家的燕窝不会吃出羽毛']],
  )
})

// A platform the buyer is told to keep away from, picked up by 上面 (别在拼多多买，那上面都是高仿).
describe('competitor-disparagement: a platform to avoid, then 上面', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['千万别在拼多多买，那上面都是高仿', undefined, '上面都是高仿', 'warning'],
      ['不要去闲鱼买，上面全是翻新的', undefined, '上面全是翻新的', 'warning'],
      ['別在蝦皮買，上面都是仿的', undefined, '上面都是仿的', 'warning'],
    ],
    [['别去拼多多买，我们这里有活动'], ['页面上面都是实拍图']],
  )
})

// Private sellers on a platform as the other side (闲鱼上个人卖家的, 转转个人卖的); a used item alone is only described.
describe('competitor-disparagement: private sellers on a platform', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['闲鱼上个人卖家的十个有八个是假的', undefined, '闲鱼上个人卖家的十个有八个是假的', 'warning'],
      ['转转个人卖的很多是翻新机', undefined, '转转个人卖的很多是翻新机', 'warning'],
      ['蝦皮個人賣的都是假貨', undefined, '蝦皮個人賣的都是假貨', 'warning'],
    ],
    [['闲鱼上个人卖的二手我们没法保证'], ['您在闲鱼上看到的是个人闲置，我们不评价']],
  )
})

// A brand run down with the shop offered in its place or set apart (可以试试我们家的, 我们家不一样).
describe('competitor-disparagement: a brand run down, the shop offered instead', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['伟嘉的猫粮质量大不如前，可以试试我们家的', undefined, '伟嘉的猫粮质量大不如前', 'warning'],
      ['宜家的沙发板子很薄，我们家不一样', undefined, '宜家的沙发板子很薄', 'warning'],
      ['優衣庫的衣服越來越差，我們家不一樣', undefined, '優衣庫的衣服越來越差', 'warning'],
    ],
    [['小米的质量不错，我们家不一样的地方是售后'], ['我们家不一样，支持七天无理由']],
  )
})

// Another buyer placed by where the parcel went or where they are from (也是寄到苏州的, 发往厦门, 也是寄台中).
describe('privacy-leak: another buyer by the parcel’s destination', () => {
  checkKinds(
    'privacy-leak',
    [
      ['另一位顾客也是寄到苏州的', undefined, '也是寄到苏州', 'error'],
      ['那位张女士的包裹发往厦门', undefined, '发往厦门', 'error'],
      ['隔壁的林小姐也是寄台中', undefined, '也是寄台中', 'error'],
    ],
    [['您的包裹寄到苏州了'], ['我们从杭州发货，寄到苏州一般两天']],
  )
})

// A buyer named by what they bought before, with a person noun or headless (之前买这款的也是温州的).
describe('privacy-leak: the one who bought it before', () => {
  checkKinds(
    'privacy-leak',
    [
      ['昨天拍同款的客人也是东莞的', undefined, '也是东莞', 'error'],
      ['上次買這款的也是高雄的', undefined, '也是高雄', 'error'],
      ['前几天买这款的也是嘉兴的', undefined, '也是嘉兴', 'error'],
    ],
    [['您上次买的也是这款'], ['上次买这款的客人都说好用']],
  )
})

// A person pointed at by 那位（…）or 那个 + surname and kin word, with their street.
describe('privacy-leak: a person pointed at, then their street', () => {
  checkKinds(
    'privacy-leak',
    [
      ['拼单的那位（朝阳区建国路那个李姐）也发了', undefined, '朝阳区建国路', 'error'],
      ['那个刘姐住在天河区体育西路', undefined, '天河区体育西路', 'error'],
      ['那個陳姐住在台中市西屯區', undefined, '住在台中市西屯區', 'error'],
    ],
    [['那个刘姐人很好'], ['那位阿姨说很好用']],
  )
})

// A company address told as another person's, not the shop's (他填的是公司地址，…).
describe('privacy-leak: someone else’s company address', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您朋友那单寄的是公司地址，滨江区江南大道100号', undefined, '滨江区江南大道100号', 'error'],
      ['他填的是公司地址，西湖区文三路90号', undefined, '西湖区文三路90号', 'error'],
      ['他填的是公司地址，西湖區文三路90號', undefined, '西湖區文三路90號', 'error'],
    ],
    [['退货请寄到公司地址，西湖区文三路90号'], ['我们公司地址在余杭区文一西路969号']],
  )
})

// The line of the shop's owner or manager typed out in digits (老板电话139…); masked, or spelt in words, it is not.
describe('privacy-leak: the boss’s mobile in digits', () => {
  checkKinds(
    'privacy-leak',
    [
      ['我们老板电话13912345678', undefined, '13912345678', 'error'],
      ['店长手机 13612345678，有事找他', undefined, '13612345678', 'error'],
      ['老闆手機13712345678', undefined, '13712345678', 'error'],
    ],
    [['老板手机138****5678'], ['我们老板电话是一三九一二三四五六七八']],
  )
})

// The agent's own line with its number right after it (我手机138…, 我的电话 139 …).
describe('off-platform: the agent’s own line with its number', () => {
  checkKinds(
    'off-platform',
    [
      ['我手机13812345678有事打', undefined, '我手机13812345678', 'error'],
      ['我的电话 139 1234 5678', undefined, '我的电话 139 1234 5678', 'error'],
      ['我手機13712345678，直接打', undefined, '我手機13712345678', 'error'],
    ],
    [['我这边查到您的手机号13812345678'], ['我电话里跟您说过了']],
  )
})

// A group on a chat app named by its use (QQ售后群, vx福利群, LINE團購群); the live-stream apps' own fan groups stay.
describe('off-platform: a chat-app group by its use', () => {
  checkKinds(
    'off-platform',
    [
      ['加我们的QQ售后群', undefined, '加我们的QQ售后群', 'error'],
      ['我们有个vx福利群', undefined, 'vx福利群', 'error'],
      ['我們有LINE團購群', undefined, 'LINE團購群', 'error'],
    ],
    [['可以加入我们的抖音粉丝群'], ['淘宝粉丝群里有券']],
  )
})

// The shop's own listing skipped (不用在直播间拍, 不用在网店上拍, 不用透過賣場).
describe('off-platform: the listing skipped', () => {
  checkKinds(
    'off-platform',
    [
      ['不用在直播间拍了', undefined, '不用在直播间', 'error'],
      ['不用在网店上拍', undefined, '不用在网店上', 'error'],
      ['不用透過賣場，直接跟我說', undefined, '不用透過賣場', 'error'],
    ],
    [['不用在店里等'], ['不用在店铺里申请，客服帮您办']],
  )
})

// A refusal scoping over a coordination (不能让您加微信或者私下转账): the second thing is refused too.
describe('off-platform: a refusal over two things', () => {
  checkKinds(
    'off-platform',
    [
      ['不能退的话加我微信私下转账', undefined, '加我微信私下转账', 'error'],
      ['方便的话私下转账给我', undefined, '私下转账给我', 'error'],
      ['可以私下轉帳給我', undefined, '私下轉帳給我', 'error'],
    ],
    [['我们不能让您加微信或者私下转账'], ['平台不允许加QQ、私下付款']],
  )
})

// A chat ID of letters then digits right after its app (微信 abc1234, 薇信 amy0921), no colon needed; not after an invitation, whose older
// entries keep their span (加我微信 mei_8826).
describe('off-platform: a chat ID after its app', () => {
  checkKinds(
    'off-platform',
    [
      ['微信 abc1234', undefined, '微信 abc1234', 'error'],
      ['扣扣 kf2024，團購價', undefined, '扣扣 kf2024', 'error'],
      ['薇信 amy0921', undefined, '薇信 amy0921', 'error'],
    ],
    [['型号 ab1234'], ['微信支付 ab1234']],
  )
})

// The order through the agent, then paid by a transfer (直接跟我订，转账…, 直接跟我訂，匯款…).
describe('off-platform: ordered through the agent, paid by transfer', () => {
  checkKinds(
    'off-platform',
    [
      ['以后直接跟我订，转账过来我当天发', undefined, '直接跟我订，转账', 'error'],
      ['找团长下单，汇款后就寄', undefined, '找团长下单，汇款', 'error'],
      ['直接跟我訂，匯款後寄出', undefined, '直接跟我訂，匯款', 'error'],
    ],
    [['跟我订的货款也是在链接里付，转账记录不用发我'], ['有需要找我下单就行']],
  )
})

// The note to write on a friend request (加的时候备注…); an order note is not one.
describe('off-platform: the note on a friend request', () => {
  checkKinds(
    'off-platform',
    [
      ['加的时候备注订单号', undefined, '加的时候备注', 'error'],
      ['添加时备注一下名字', undefined, '添加时备注', 'error'],
      ['加我的時候備註團購', undefined, '加我的時候備註', 'error'],
    ],
    [['下单时备注颜色'], ['下单备注暗号就送小样']],
  )
})

// Taiwan's bank transfer: the last five digits sent to the agent, money or a cardless deposit paid to them.
describe('off-platform: a private transfer, Taiwan’s way', () => {
  checkKinds(
    'off-platform',
    [
      ['转账后把后五码给我', undefined, '转账后把后五码给我', 'error'],
      ['後五碼告訴我就出貨', undefined, '後五碼告訴我', 'error'],
      ['用無卡存款匯給我', undefined, '無卡存款匯給我', 'error'],
      ['钱汇给我就好', undefined, '钱汇给我', 'error'],
    ],
    [['退款會匯到您的帳戶，請提供後五碼以便核對'], ['请不要把后五码告诉陌生人'], ['钱会原路退给您']],
  )
})

// A coupon put down for the buyer's review (登记返一张券, 送一张满减券).
describe('review-manipulation: a coupon for the review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好评给您登记返一张券', undefined, '好评给您登记返一张券', 'error'],
      ['五星好评送一张满减券', undefined, '五星好评送一张满减券', 'error'],
      ['好評送一張券', undefined, '好評送一張券', 'error'],
    ],
    [['满99送一张优惠券'], ['好评我们不返券']],
  )
})

// More goods next time for the review (好评了下次再送…, 下回加送).
describe('review-manipulation: more next time for the review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好评了下次再送您一包', undefined, '好评了下次再送您', 'error'],
      ['五星好评，下回加送一个', undefined, '五星好评，下回加送一个', 'error'],
      ['好評了下次再送點', undefined, '好評了下次再送點', 'error'],
    ],
    [['下次再送货时注意'], ['好评哦，下次来店里领券']],
  )
})

// The change refused right before its verb, the review named first (差评我们不会让您删).
describe('review-manipulation: a change refused', () => {
  checkKinds(
    'review-manipulation',
    [
      ['差评删了我给您补发', undefined, '差评删了我给您补', 'error'],
      ['中评改成好评给您退10元', undefined, '中评改成好评给您退10元', 'error'],
      ['差評刪掉的話給您退款', undefined, '差評刪掉的話給您退款', 'error'],
    ],
    [['差评我们不会让您删，先给您补发'], ['中评不用改，给您补寄一个']],
  )
})

// The live-stream crowd picked out by a 的-clause (想要的家人们, 还没下单的姐妹们).
describe('internet-slang: the pitch’s crowd by what they want', () => {
  checkKinds(
    'internet-slang',
    [
      ['想要的家人们扣1', undefined, '家人们', 'warning'],
      ['还没下单的姐妹们抓紧', undefined, '姐妹们', 'warning'],
      ['想買的家人們直接拍', undefined, '家人們', 'warning'],
    ],
    [['您的家人们都可以用'], ['喜欢的家人们都很多']],
  )
})

// 姐妹 said straight to the buyer with 你 / 您 (姐妹你放心).
describe('internet-slang: 姐妹你', () => {
  checkKinds(
    'internet-slang',
    [
      ['姐妹你放心', undefined, '姐妹你', 'warning'],
      ['好的姐妹您看下', undefined, '姐妹您', 'warning'],
      ['姊妹妳放心', undefined, '姊妹妳', 'warning'],
    ],
    [['好姐妹你可以一起带上'], ['和姐妹你们一起用']],
  )
})

// Taiwan's 87 after a copula or degree word; a price or a size is a number.
describe('internet-slang: 87', () => {
  checkKinds(
    'internet-slang',
    [
      ['不买你是87吗', undefined, '是87', 'warning'],
      ['你真的很87耶', undefined, '很87', 'warning'],
      ['有夠87', undefined, '有夠87', 'warning'],
    ],
    [['总价是87元'], ['腰围87码']],
  )
})

// The additives meme (科技与狠活, 海克斯科技).
describe('internet-slang: the additives meme', () => {
  checkKinds(
    'internet-slang',
    [
      ['那些便宜货全是科技与狠活', undefined, '科技与狠活', 'warning'],
      ['别吃海克斯科技', undefined, '海克斯科技', 'warning'],
      ['都是科技與狠活', undefined, '科技與狠活', 'warning'],
    ],
    [['我们用的是冷榨工艺'], ['科技改变生活']],
  )
})
