import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 41 (the thirty-seventh lane round), lane bl37: blame-customer, the sub-kinds of the focused set para-cb read as
 * constructions. Each kind probed with other members of its word classes than the lines read, one zh-TW row; the must-not rows
 * are the look-alikes (a question, a condition, help or the shop's own fault after, advice with nothing complained of). Our own
 * sentences.
 */

// 1. The buyer's entry or pick thrown back at a complaint of the order or its delivery (class complaint.delivery): the entry said
//    to lead nowhere (空号, 停机, 是错的: cue choiceFault) or the pick stressed with 就是 (shapes.ts choiceThrown).
describe('blame-customer bl37: the buyer\'s entry or pick thrown back at a delivery complaint', () => {
  checkKinds(
    'blame-customer',
    [
      ['您预留的手机号是停机的，快递员只能退回', '包裹被退回来了', '您预留的手机号是停机的', 'warning'],
      ['你填的门牌号是错的，师傅找不到', '快递一直没送到', '你填的门牌号是错的', 'warning'],
      ['您留的電話是空號，物流聯絡不到只好退回', '包裹怎麼被退回了', '您留的電話是空號', 'warning'],
      ['您下单拍的就是黑色呀', '收到的是黑色不是白色', '您下单拍的就是黑色呀', 'warning'],
      ['您下單選的就是藍色喔', '收到的是藍色不是綠色', '您下單選的就是藍色喔', 'warning'],
      ['您是不是没修改收货地址？', '怎么送到旧地址了', '没修改收货地址', 'warning'],
      ['你下單時沒改地址吧', '怎麼寄到老地址了', '沒改地址', 'error'],
    ],
    [
      ['您留的电话是空号吗？我帮您核实一下', '快递被退回了'],
      ['您留的电话是138开头的对吧，我帮您改一下派送'],
      ['您选的就是黑色哦，明天就发货'],
      ['您没改地址的话我们就按原地址发', '怎么寄到老地址了'],
      ['您下单选的是白色，是我们仓库发错了，马上给您换', '收到的是黑色不是白色'],
    ],
  )
})

// 2. Lectures: 之后 as a time word after the buyer; a tip about coupons after the buyer complained the coupon was missed
//    (cue promoMissed); 得您自己… with no time word, answering a complaint (lecture.ts selfLecture).
describe('blame-customer bl37: lectures after a problem', () => {
  checkKinds(
    'blame-customer',
    [
      ['以后付款前记得先把券领了哦', '优惠没减', '以后付款前记得', 'warning'],
      ['下回记得先领券再下单', '券没用上', '下回记得', 'warning'],
      ['下次記得先領券再結帳喔', '優惠沒抵扣', '下次記得', 'warning'],
      ['这个得您自己留意一下哦', '怎么送到我以前的地址了', '得您自己留意', 'warning'],
      ['麻烦您之后收件人不要再写错了', undefined, '之后收件人不要', 'warning'],
    ],
    [
      ['下次记得先领券哦，店铺周年庆有满减'],
      ['您自己要注意保暖哦', '天冷'],
      ['您确认收货之后记得给个好评哦'],
      ['签收之后有问题随时找我们'],
    ],
  )
})

// 3. The buyer away at the time agreed or the parcel never fetched, with the failure after it or complained of (told-late.ts away).
describe('blame-customer bl37: the buyer away or the parcel not fetched', () => {
  checkKinds(
    'blame-customer',
    [
      ['快递柜放了三天，您都没来取呀', '包裹怎么被退回了', '没来取', 'warning'],
      ['约的是上午，您人不在，师傅只好走了', '师傅说上门没人', '您人不在', 'warning'],
      ['超商放了七天，您一直沒去領', '包裹怎麼被退回了', '一直沒去領', 'warning'],
    ],
    [
      ['您一直没去取，我已经联系驿站再留两天', '包裹怎么被退回了'],
      ['您不在家的话，快递可以放门口吗？'],
      ['因为您不在家，所以快递员放在了驿站，您有空去取一下'],
      ['师傅一直没去取件，这是我们的问题，马上给您催', '包裹怎么还没寄出'],
    ],
  )
})

// 4. Food kept warm, damp or open (class customer.misuse), guessed or made the cause, answering a trouble of the goods' state
//    (class complaint.goods.state: 受潮了, 哈喇味, 发霉了).
describe('blame-customer bl37: food storage blamed', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是不是没密封好？', '茶叶受潮了', '您是不是没密封好', 'warning'],
      ['您是不是放在阳光下了？', '饼干有哈喇味', '您是不是放在阳光下', 'warning'],
      ['开封后没冷藏才会发霉的', '牛肉干发霉了', '开封后没冷藏', 'warning'],
      ['您是不是放在潮濕的地方了？', '海苔受潮了', '您是不是放在潮濕的地方', 'warning'],
    ],
    [
      ['建议开封后放冰箱冷藏，不然容易受潮'],
      ['真的抱歉，可能是我们包装没密封好，马上给您补寄', '茶叶受潮了'],
    ],
  )
})

// 5. The buyer suspected: the goods taken, worn or used, then the refund asked (accuse); the goods read as worn or used,
//    said or presumed with 吧 (doubted).
describe('blame-customer bl37: the buyer suspected of lying', () => {
  checkKinds(
    'blame-customer',
    [
      ['你不会是穿过再退的吧', '收到是个空盒子', '穿过再退', 'error'],
      ['您是不是用完再退的', '瓶子是空的', '用完再退', 'error'],
      ['这看着像是被穿过的吧', '裙子有口红印', '像是被穿过', 'error'],
      ['這個明顯洗過了', '衣服有污漬', '明顯洗過', 'error'],
      ['这一看就是用过的', '刀具有划痕', '一看就是用过', 'error'],
    ],
    [
      ['看起来像是用过的样子，没关系我们给您换新的', '收到的杯子有水渍'],
      ['不是您用过再退，是我们质检漏了'],
      ['一看就是穿过的款式更显瘦'],
    ],
  )
})

// 6. The buyer's home light or room as the cause (classes customer.thing: 光照 光线; customer.place.fault: 太亮 光线太强).
describe('blame-customer bl37: the buyer\'s home as the cause', () => {
  checkKinds(
    'blame-customer',
    [
      ['你家光线不够吧', '多肉到了就烂', '你家光线不够', 'warning'],
      ['您家里太亮了吧', '投影机很暗', '您家里太亮', 'warning'],
      ['是您家裡光線太強了啦', '投影機很暗', '您家裡光線太強', 'warning'],
    ],
    [
      ['您家里太亮的话可以拉上窗帘再试试', '投影机很暗'],
      ['我们家仓库光线太暗了，所以拍的照片有色差'],
    ],
  )
})

// 7. Goods fine or filmed when they left, by any moment of leaving (class shop.fine.left), answering damage, nothing offered.
describe('blame-customer bl37: the goods fine when they left', () => {
  checkKinds(
    'blame-customer',
    [
      ['我们出厂前都有录像的', '杯子裂了', '出厂前都有录像', 'warning'],
      ['打包时是好好的', '屏幕碎了', '打包时是好好的', 'warning'],
      ['我們出貨時都拍了照片', '鏡子破了', '出貨時都拍了照', 'warning'],
    ],
    [
      ['出库的时候是好的，可能是路上磕的，马上给您补发', '杯子裂了'],
      ['我们发货前都拍了视频，您放心购买'],
      ['坏了您去问物流吧，我们出库是好的', '杯子碎了'],
    ],
  )
})

// 8. An order to look properly at anything, closed by 好吗 / 行不行 (told.ts lookDemanded); the constructions of shapes.ts not
//    reported inside quotation marks either.
describe('blame-customer bl37: told to look properly, impatiently', () => {
  checkKinds(
    'blame-customer',
    [
      ['您好好看一下我发的截图行不行', undefined, '好好看一下我发的截图行不行', 'error'],
      ['您认真读一下说明书好吗', undefined, '认真读一下说明书好吗', 'error'],
      ['你仔細看看規格表好不好', undefined, '仔細看看規格表好不好', 'error'],
    ],
    [
      ['我们好好看一下您发的视频好吗？'],
      ['您仔细看看订单页面，是不是有个修改按钮'],
      ['客人说「您自己选的就是这个」，我们知道这样回复不对', '收到的是黑色不是白色'],
    ],
  )
})

// 9. The body reacting, bare after 会 (当然会拉稀, 当然会吐), after the buyer's act.
describe('blame-customer bl37: the buyer\'s act, then of course the body reacts', () => {
  checkKinds(
    'blame-customer',
    [
      ['你一下子换掉当然会拉稀', '狗粮换了拉稀', '你一下子换掉', 'error'],
      ['您一下子全换了，当然会吐', '宝宝换奶吐了', '您一下子全换', 'error'],
      ['妳一次餵那麼多當然會吐', '貓吐了', '妳一次餵那麼多', 'error'],
    ],
    [
      ['换粮要慢慢来，一下子换的话会拉稀'],
      ['我会拉一个群，方便通知您'],
    ],
  )
})
