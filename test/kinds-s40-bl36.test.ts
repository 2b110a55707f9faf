import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 40, lane bl36: blame-customer, the misses and false alarms of the outside sets BP, BQ and BR read as constructions.
 * Each kind probed with other members of its word classes than the sentence read, other positions and a zh-TW form; the
 * must-not rows are the look-alikes (help after, a condition, a question, the shop owning it, a bare pointer). Our own sentences.
 */

// 1. A guess at the buyer's act (是不是 + an act done: 了 or the experiential 过) followed by a verdict on the trouble (人为, 不保修,
//    使用不当, 跟X没关系) with no complaint before it; or the guess closing the reply without its question mark after a bodily trouble
//    (便秘, 拉肚子) was reported (shapes.ts guessCleared). Not with help or a check after, not a fact of the order.
describe('blame-customer bl36: a guess at the buyer\'s act, then a verdict', () => {
  checkKinds(
    'blame-customer',
    [
      ['是不是摔过？这种人为的不在保修范围', undefined, '摔过', 'warning'],
      ['是不是用开水烫过了？这种一般是使用不当，跟杯子没关系', undefined, '一般是使用不当', 'warning'],
      ['是不是淋過雨？這種人為的我們不保固', undefined, '淋過雨', 'warning'],
      ['不可能的，我们奶粉都检测过，您是不是奶粉放少了', '宝宝喝了老拉肚子', '您是不是奶粉放少了', 'warning'],
    ],
    [
      ['是不是摔过？摔过的话我们也可以帮您修'],
      ['是不是进过水？您先关机，我们帮您检测一下'],
      ['您是不是换了手机号了'],
      ['保修一年，人为损坏（摔坏、泡水）不在保修范围'],
    ],
  )
})

// 2. The buyer clefted (是你…, 是您家…) in a fault state, then the goods denied a link with no 我们 (跟面霜没关系; link.ts linkedNoUs).
//    Not asked, not the buyer cleared (跟您没关系).
describe('blame-customer bl36: the buyer clefted, then the goods delinked', () => {
  checkKinds(
    'blame-customer',
    [
      ['是你皮肤太干了，跟面霜没关系', undefined, '是你皮肤太干了，跟面霜没关系', 'error'],
      ['是您家狗肠胃弱，和狗粮无关', undefined, '是您家狗肠胃弱，和狗粮无关', 'error'],
      ['是妳頭髮太油了，跟洗髮精沒關係', undefined, '是妳頭髮太油了，跟洗髮精沒關係', 'error'],
    ],
    [
      ['是不是您家网络的问题？跟路由器没关系的话我们再查'],
      ['不是您的问题，跟您没关系'],
    ],
  )
})

// 3. The buyer's pet or child clefted with 自己 or a fault state (挑食, 嘴刁, 不适应), then others held up as fine (别的狗都…; cleft.ts
//    othersFineAfter). Not asked, not others cited to reassure.
describe('blame-customer bl36: the buyer\'s pet clefted, others fine', () => {
  checkKinds(
    'blame-customer',
    [
      ['是您家狗狗自己挑嘴，别的狗都抢着吃', undefined, '是您家狗狗自己挑嘴', 'error'],
      ['是您家主子自己嘴刁，别的猫咪都吃得很香', undefined, '是您家主子自己嘴刁', 'error'],
      ['是您家貓自己挑食，別的貓都愛吃', undefined, '是您家貓自己挑食', 'error'],
    ],
    [
      ['是您家猫咪挑的口味吗？别的猫都爱吃这款'],
      ['别的猫都爱吃，您放心买'],
    ],
  )
})

// 4. Certainty of the outcome after the buyer's act (肯定要, 必然会, 铁定会: cue `ofCourse`), and the bare 才怪 (class act.normalize).
//    Not a reassurance, a condition with advice, or the shop's own doing.
describe('blame-customer bl36: certainty after the buyer\'s act', () => {
  checkKinds(
    'blame-customer',
    [
      ['您用洗碗机洗肯定要掉漆', undefined, '您用洗碗机洗', 'error'],
      ['您直接用鋼絲球刷，鐵定會刮花', undefined, '您直接用鋼絲球刷', 'error'],
      ['你一次喝三杯不失眠才怪，说明上写了一天一杯', undefined, '你一次喝三杯不失眠才怪', 'error'],
      ['您每天洗三次不乾才怪，包裝上寫了一天一次', undefined, '您每天洗三次不乾才怪', 'error'],
    ],
    [
      ['您收到肯定会喜欢的'],
      ['您按说明书用肯定不会坏'],
      ['如果您用洗碗机洗肯定要掉漆的哦，建议手洗'],
      ['我们家发货慢才怪，都是当天发'],
      ['外面那些杂牌狗粮添加剂多，您狗狗吃了不拉肚子才怪'],
    ],
  )
})

// 5. Common sense named, then what the buyer "should know" later in the clause (gapped reproach.sense).
describe('blame-customer bl36: common sense, then "you should know"', () => {
  checkKinds(
    'blame-customer',
    [
      ['这种常识您用了这么多年应该懂的', undefined, '这种常识您用了这么多年应该懂的', 'warning'],
      ['這個常識您開車應該知道的', undefined, '常識您開車應該知道的', 'warning'],
      ['这点基本知识买过的人都应该知道', undefined, '基本知识买过的人都应该知道', 'warning'],
    ],
    [
      ['这个常识我们应该知道的，是我们疏忽了'],
      ['这个常识您不知道也没关系，我给您讲'],
    ],
  )
})

// 6. A check the buyer "did not know" to make before buying (买之前不知道先看…, Sichuan 不晓得). Not a condition, not with help after.
describe('blame-customer bl36: did not know to check before buying', () => {
  checkKinds(
    'blame-customer',
    [
      ['您下单前不知道先问一下吗', undefined, '下单前不知道先问一下吗', 'error'],
      ['你买之前都不晓得量一下尺寸', undefined, '买之前都不晓得量一下', 'error'],
      ['妳買之前不知道先看評價嗎', undefined, '買之前不知道先看評價嗎', 'error'],
    ],
    [
      ['您买之前不知道看哪款的话可以问我'],
      ['您买之前不知道先量一下也没关系，我帮您换一个码'],
    ],
  )
})

// 7. Told to look for themselves with 自己 between the buyer and the order (您自己看清楚), or sent to look and then what was written set
//    against what the buyer took it for (…写的是X). Not a polite request, not an option offered, not the agent reading it out.
describe('blame-customer bl36: look for yourself, and what it said', () => {
  checkKinds(
    'blame-customer',
    [
      ['你自己看仔细，满200才能用', undefined, '你自己看仔细', 'error'],
      ['您自己看清楚，这是预售款', undefined, '您自己看清楚', 'error'],
      ['妳自己看清楚，是M號', undefined, '妳自己看清楚', 'error'],
      ['你自己看订单，写的是周五发货，不是周五到', undefined, '自己看订单', 'warning'],
      ['您自己查一下物流，上面写的是明天派送', undefined, '自己查一下物流', 'warning'],
    ],
    [
      ['请您自己看清楚尺码再拍哦'],
      ['您可以自己看清楚再决定'],
      ['我帮您看了订单，写的是周五发货'],
    ],
  )
})

// 8. The bare pointer and the send-away are curt-reply's, not blame: a page named only as where to look (商品頁自己看), the buyer sent to a
//    third party before a refusal (你自己去问物流…我们也没办法). Said of the page (都有) it still blames.
describe('blame-customer bl36: push-offs left to curt-reply', () => {
  checkKinds(
    'blame-customer',
    [['页面上都有，自己看', undefined, '自己看', 'warning']],
    [
      ['那你自己去问物流吧，签收了我们这边也没办法', '显示签收了没收到'],
      ['说明书自己看吧', '怎么安装'],
      ['商品頁自己看喔', '有附發票嗎'],
    ],
  )
})

// 9. The handling's fault with an adverb between (操作一直不对, 使用方法根本不对). Not the shop's, not a condition.
describe('blame-customer bl36: the handling at fault, an adverb between', () => {
  checkKinds(
    'blame-customer',
    [
      ['您安装明显有问题', undefined, '您安装明显有问题', 'error'],
      ['你使用方法根本不对', undefined, '你使用方法根本不对', 'error'],
      ['您操作一直不對', undefined, '您操作一直不對', 'error'],
    ],
    [
      ['我们的安装确实有问题，抱歉'],
      ['如果操作一直不对的话，我远程教您'],
    ],
  )
})

// 10. The usual cause with 都 (一般都是 / 通常都是) + a step not done right, after a trouble, nobody named (misuse.ts guessedUndone; class
//     fault.misdone widened: 没压紧, 没锁紧, 没缠好). Not the shop's step, not a condition.
describe('blame-customer bl36: usually a step not done right', () => {
  checkKinds(
    'blame-customer',
    [
      ['一般都是瓶盖没拧紧', '瓶子漏了', '一般都是瓶盖没拧紧', 'warning'],
      ['这种一般都是密封圈没压紧', '马桶漏水', '一般都是密封圈没压紧', 'warning'],
      ['漏水通常都是接頭沒鎖緊', '水管漏水', '通常都是接頭沒鎖緊', 'warning'],
    ],
    [
      ['漏水一般都是仓库没封好，我们马上补发', '漏水了'],
      ['电热毯不热一般都是插头没插紧引起的，用之前建议检查一下插座', '电热毯不热'],
      ['一般都是没拧紧的话会漏，您注意一下', '会不会漏'],
    ],
  )
})

// 11. The cost handed to the buyer without 自己 (只能您出, 那就得你来承担) after their act. Not asked, not a condition.
describe('blame-customer bl36: only you can pay', () => {
  checkKinds(
    'blame-customer',
    [
      ['你没按时取件被退回了，那就得你来承担', undefined, '那就得你来承担', 'error'],
      ['您自己拒收的，運費只能您出', undefined, '只能您出', 'error'],
      ['您自己选的到付，运费只能您出', undefined, '只能您出', 'error'],
    ],
    [
      ['运费只能您出吗？不用的，我们出'],
      ['如果超时退回，运费只能您出哦'],
    ],
  )
})

// 12. What the buyer should have done the moment the goods came (收到就该, 拆開就該: cue receiptMoment before 就). Not the shop, not
//     advice without 就, not what can be done now.
describe('blame-customer bl36: should have, on receipt', () => {
  checkKinds(
    'blame-customer',
    [
      ['您收到就该放冰箱冷藏，放了两天肯定化了', undefined, '就该放冰箱冷藏', 'warning'],
      ['你拿到就应该先试穿', undefined, '就应该先试穿', 'error'],
      ['您拆開就該先充電', undefined, '就該先充電', 'warning'],
    ],
    [
      ['您收到就可以用了'],
      ['我们收到就应该给您退款的，抱歉'],
      ['收到后应该先放冰箱哦'],
    ],
  )
})

// 13. The bare reason naming the buyer's act or thing in a fault state (因为您…太模糊了; cleft.ts becauseFault). Not a plain reason, not
//     with help after.
describe('blame-customer bl36: because of the buyer\'s thing at fault', () => {
  checkKinds(
    'blame-customer',
    [
      ['因为您填的地址太模糊了，快递找不到', undefined, '因为您填的地址太模糊', 'warning'],
      ['因為您拍的照片太暗了，我們看不清', undefined, '因為您拍的照片太暗', 'warning'],
      ['由于你家信号太差了，摄像头才掉线', undefined, '你家信号太差', 'error'],
    ],
    [
      ['因为您选的是预售款，所以晚几天发货'],
      ['因为你拍的照片太暗了，我帮您调亮一点看看'],
    ],
  )
})

// 14. A possibility explained with 可能会 before the result word, nobody named, answering a complaint (real JDDCRec, not upheld):
//     no cause is laid on the buyer. Named and stated, it still is.
describe('blame-customer bl36: 可能会 … 导致 explains', () => {
  checkKinds(
    'blame-customer',
    [['您直接拿钢丝球刷，才导致涂层掉了', '锅的涂层掉了', '您直接拿钢丝球刷', 'error']],
    [
      ['太稠的面糊可能会受热不均导致粘锅的', '是不是锅有问题'],
      ['水垢多的地方可能会堵住出水口导致出水慢的', '出水怎么这么慢'],
    ],
  )
})
