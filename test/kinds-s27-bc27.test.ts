import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 27 (twenty-third working session), lane bc27: blame-customer and competitor-disparagement kinds read from the
 * misses of sets AL, AM, AN, AQ, the dev pool and the real corpora (LANE-bc27.md). Each kind in our own words, with the
 * traps that must stay clean: the shop owning its fault, advice, instructions, questions that ask, conditions, quotation.
 */

// 1. The buyer keyed in, topped up, booked or measured it wrong (class fault.entry.wrong): the fault judge, with the buyer
//    as subject. The shop's own slip, a condition, a question followed by help and a system message stay clean.
describe('blame-customer: wrong entry by the buyer', () => {
  checkKinds(
    'blame-customer',
    [
      ['您手机号输错了吧，系统显示已经充进去了', '话费怎么没到账', '输错', 'error'],
      ['是您自己兑换码复制错了', undefined, '复制错', 'error'],
      ['您预约错日子了，师傅才白跑一趟', undefined, '您预约错', 'error'],
      ['你量错尺寸了，所以才装不进去', undefined, '你量错', 'error'],
    ],
    [
      ['如果您号码输错了，可以联系我们帮您改'],
      ['抱歉，是我们把您的手机号录错了'],
      ['您是不是输错了密码？我帮您重置一下'],
      ['密码连续输错三次会锁定，请注意'],
      ['系统报错了，我们正在修复'],
    ],
  )
})

// 2. Told not to make a fuss (classes reproach.fussy, reproach.fussy.degree): the buyer's report called fussiness.
//    计较 / 挑 need a degree word; eating (挑食), the shop's plea for pardon and reassurance stay clean.
describe('blame-customer: don’t be so fussy', () => {
  checkKinds(
    'blame-customer',
    [
      ['罐子有点凹不影响喝，您别那么计较', undefined, '您别那么计较', 'error'],
      ['菜叶有点黄很正常，别太挑了', undefined, '别太挑', 'error'],
      ['一点小划痕，别小题大做', undefined, '别小题大做', 'error'],
      ['冬天充电慢很正常，别动不动就要退货', undefined, '别动不动就', 'error'],
    ],
    [
      ['宝宝别太挑食，营养才均衡'],
      ['小事一桩，我们不会跟您计较的'],
      ['别计较了亲，这次是我们不对，给您补偿'],
      ['您别担心，我们马上处理'],
      ['不用挑，每一件都是一样的品质'],
    ],
  )
})

// 3. The cause asserted, not guessed (class cause.asserted: 确实是, 主要是, 其实是, 是因为) before a step done wrong or a
//    handling fault; 主要是 is no condition though it holds 要是 (class conditional.not); a right-use condition after the fault
//    defends the goods and sets no condition on it. The shop's or a courier's doing, help after, a real condition stay clean.
describe('blame-customer: the cause asserted', () => {
  checkKinds(
    'blame-customer',
    [
      ['奶粉结块是因为开盖后没盖紧', undefined, '是因为开盖后没盖紧', 'warning'],
      ['这个其实是操作不当导致的', undefined, '操作不当', 'warning'],
      ['实在抱歉，不过这主要是您装的时候卡扣没扣好造成的', undefined, '您装的时候卡扣没扣好', 'warning'],
      ['这个是操作不当导致的，按说明书用的话一般不会这样', undefined, '操作不当', 'warning'],
    ],
    [
      ['结块是因为仓库没封好，我们给您补发'],
      ['确实是我们打包没包好，非常抱歉'],
      ['主要是想跟您确认一下收货地址'],
      ['漏水其实是快递压到了，我们找快递理赔'],
      ['如果操作不当的话，一般会出现这种情况，我们帮您看看'],
    ],
  )
})

// 4. The claim now set against what the buyer did before (…，现在说不合适): entry 现在说 (late, framed, nowSaid). Opening
//    the reply, 的 after it, an offer after it, or a quotation scold nobody.
describe('blame-customer: 现在说 after the buyer’s own act', () => {
  checkKinds(
    'blame-customer',
    [
      ['您拆开用了半个月，现在说颜色不喜欢，我们也很难处理', undefined, '现在说', 'error'],
      ['兑换码您已经用掉了，现在说没收到我们也查不了', undefined, '现在说', 'error'],
    ],
    [
      ['现在说一下退货的步骤'],
      ['您现在说的是哪一单呢？'],
      ['您之前选的黑色，现在说想要白色，我帮您改一下'],
      ['您现在说吧，我记下来'],
      ['您说的“现在说也来得及”是什么意思呢'],
    ],
  )
})

// 5. Handling with the wrong tool (class customer.misuse.tool) or kept till spoilt (class fault.keep.spoilt), and the terms
//    ticked thrown back (勾选过). Nobody named, the handling clefted as a done act with the goods defended after it is blame;
//    advice, instructions, the shop's own process, the shop owning it and a question about ticking stay clean.
describe('blame-customer: the wrong tool, kept till spoilt, terms ticked', () => {
  checkKinds(
    'blame-customer',
    [
      ['锅底花了是因为您用铁铲刮的', undefined, '您用铁铲刮', 'error'],
      ['表盘是用酒精擦才发白的，按说明保养是不会这样的', undefined, '用酒精擦', 'warning'],
      ['杯身是用钢丝球刷花的，不属于质量问题', undefined, '用钢丝球刷', 'warning'],
      ['是您自己放坏的', undefined, '是您自己放坏', 'error'],
      ['这是活动规则，您付款前也勾选过的', undefined, '您付款前也勾选过的', 'error'],
    ],
    [
      ['建议用软布擦，不要用钢丝球刷'],
      ['可以用开水烫一下消毒'],
      ['杯子是用开水烫过才发货的，质量没问题'],
      ['清洁方式是用软布擦，一般不会掉色'],
      ['内胆是我们仓库用钢丝球刷花的，非常抱歉'],
      ['放坏了也可以退，您放心'],
      ['您勾选了吗？'],
      ['您已经勾选了，可以提交了'],
    ],
  )
})

// 6. competitor-disparagement: the buyer warned off a rival, a rival's accidents or bans, a defect called notorious, fakes
//    hedged in the words, one of ours worth several of theirs. No rival named, praise of a rival, a trade-wide flaw, a
//    question, advice against buying the wrong size, withheld judgement and quotation stay clean.
describe('competitor-disparagement: warned off, notorious, hedged fakes', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那个牌子的婴儿床出过好几次事故，您千万别买', undefined, '那个牌子的婴儿床出过好几次事故', 'warning'],
      ['隔壁店的电热毯千万别买', undefined, '隔壁店的电热毯千万别买', 'warning'],
      ['别家的保温杯漏水是出了名的', undefined, '别家的保温杯漏水是出了名的', 'warning'],
      ['某宝的进口奶粉也不一定是正品', undefined, '某宝的进口奶粉也不一定是正品', 'warning'],
      ['我们的滤芯一个顶别家三个', undefined, '顶别家', 'warning'],
      ['别的店代充会被封号', undefined, '别的店代充会被封号', 'warning'],
    ],
    [
      ['这款尺码偏小，您千万别买错'],
      ['这个不适合您的肤质，千万别买'],
      ['别家做工好是出了名的，我们也不差'],
      ['我们家发货快是出了名的'],
      ['别家的保温杯都有这个问题，算是通病'],
      ['别家是不是正品我们不清楚'],
      ['私下交易会被封号，请在平台内下单'],
      ['别的店充值会被封号吗？我们这边是官方渠道'],
      ['我们一个顶俩，性价比很高'],
      ['您说“别家不一定是正品”，这个我们不好评价'],
    ],
  )
})

// 7. A bare 自己 asked back after the page or label was pointed at (…写着呢，自己没看吗) stands for the buyer; used already
//    and still to be returned (都洗了还退？); a knock or a press guessed on the buyer with 吧 (是您…压的吧). Help after, the
//    agent's own 自己, a permission, nobody named or a courier named, and a request for a photo stay clean.
describe('blame-customer: bare 自己 asked back, used and returned, a knock guessed', () => {
  checkKinds(
    'blame-customer',
    [
      ['标签上写着呢，自己没看吗', undefined, '自己没看', 'error'],
      ['衣服都洗了还退？', undefined, '都洗了还退', 'error'],
      ['镜框是您坐的时候压的吧，出库前都检查过', undefined, '压的吧', 'error'],
    ],
    [
      ['说明书上有写，自己没看吗？我再发您一份'],
      ['详情页写了，自己没看到的话我再发一次'],
      ['用了还能退的，您放心'],
      ['没拆封的都可以退'],
      ['应该是运输途中碰的吧，我们马上补发'],
      ['是快递摔的吧，我帮您联系快递'],
      ['您磕的地方拍给我看看'],
    ],
  )
})

// 8. A next-time line that steers the buyer to the shop's own counter, phone or account (以后别在X上订了，直接打我们电话) draws
//    them away (off-platform's business, class lecture.channel.shop), it lectures nobody; a lecture on checking the parcel
//    and "don't come back to us" stay blamed.
describe('blame-customer: next time, come to us directly', () => {
  checkKinds(
    'blame-customer',
    [
      ['下次收货记得当面验货，别签了再来找我们', undefined, '下次收货记得当面', 'warning'],
      ['以后别在平台上拍了，不然坏了再来找我们', undefined, '以后别在', 'warning'],
    ],
    [
      ['以后别在网上约了，直接打我们门店电话就行'],
      ['下次不用在平台拍，直接来我们店里拿更方便'],
      ['以后订货别走平台了，直接转账给我们能便宜点'],
    ],
  )
})

// 9. The buyer taken for someone who cannot manage (class reproach.ability): sent to the young ones at home, or told they
//    would not understand anyway. Asking family to sign for a parcel, a second pair of hands for assembly, a condition with
//    the shop's own guidance stay clean.
describe('blame-customer: you can’t manage it anyway', () => {
  checkKinds(
    'blame-customer',
    [
      ['这个不难的，您叫家里的孩子教您一下', undefined, '叫家里的孩子教您', 'warning'],
      ['唉，讲了您也不懂，您照着图装吧', undefined, '讲了您也不懂', 'warning'],
    ],
    [
      ['您不在家的话可以让家人帮忙签收'],
      ['床架比较重，可以让孩子帮忙扶一下'],
      ['如果不方便，可以让家里年轻人帮您操作，我们也可以视频指导'],
      ['我们远程一步步教您，很快就好'],
    ],
  )
})
