import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap38, session 38: absolute-promise kinds of the from-misses-A taxonomy (written from two outside authors' misses; no
 * sentence of theirs seen), in our own words: each kind's word classes and their neighbours, with its Excludes and the
 * look-alike kinds as traps.
 */

// Kind 1, extreme-condition-still-fine: an extreme condition, a concessive link (照样, 依然, 照旧, 还是, 都) and the goods still fine.
// Traps: a rating, a hedge, advice, the agent's own test, a question.
describe('absolute-promise: an extreme condition survived, said with a concessive link', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这件冲锋衣零下三十度穿着照样不冷', undefined, '零下三十度穿着照样不冷', 'error'],
      ['这个帐篷暴雨里泡一天里面依然是干的', undefined, '泡一天里面依然是干的', 'error'],
      ['这个手机壳泡水一夜照旧好好的', undefined, '泡水一夜照旧好好的', 'error'],
      ['这双工装靴穿到烂都不开胶', undefined, '穿到烂都不开胶', 'error'],
      ['这台小风扇连续开24小时都不热', undefined, '24小时都不热', 'error'],
      ['这个保温杯摔十次都莫得事', undefined, '摔十次都莫得事', 'error'],
      ['這件外套暴曬一夏天依然跟新的一樣', undefined, '暴曬一夏天依然跟新的一樣', 'error'],
      ['一个礼拜都不会谢', '这束花能放多久', '一个礼拜都不会谢', 'error'],
      ['这束玫瑰放半个月也不会凋谢', undefined, '半个月也不会凋谢', 'error'],
    ],
    [
      ['标称适用温度零下二十度，再冷建议里面加一件'],
      ['正常零下二十度穿着依然不冷，再冷建议加件毛衣'],
      ['台风天建议把帐篷收起来'],
      ['我们实测过泡水一夜还是好好的'],
      ['零下三十度穿着照样不冷吗？'],
      ['新疆西藏都能寄，寄到海南也一样包邮'],
      ['寄到新疆也没问题的'],
      ['谢谢亲，三天都不会谢绝您的'],
      ['一年四季都暖和'],
    ],
  )
})

// Kind 2, dose-or-time-then-result: a use or a night, then a sure effect on the body (贴上立马就不疼了, 敷一次就能白一个度).
// Traps: a dosage, a hedge, the shop's own process, a meal and sleep.
describe('absolute-promise: a sure effect on the body after a use or a night', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个面膜敷一次就能白一个度', undefined, '一次就能白', 'error'],
      ['这个暖宫贴贴上立马就不疼了', undefined, '贴上立马就不疼', 'error'],
      ['这款防脱洗发水用完一瓶就不掉发了', undefined, '一瓶就不掉发', 'error'],
      ['这个护腰贴一晚腰就不疼了', undefined, '一晚腰就不疼', 'error'],
      ['这款洗发水洗两遍头皮就不痒了', undefined, '两遍头皮就不痒', 'error'],
      ['增高鞋垫垫上就能长高五厘米', undefined, '垫上就能长高', 'error'],
      ['這個藥膏塗上即刻止癢', undefined, '塗上即刻止癢', 'error'],
    ],
    [
      ['一天两次，一次一粒即可'],
      ['领完券下单立减二十，一次就能用上'],
      ['一次就能办好退款'],
      ['一般贴上就不疼了，但因人而异'],
      ['吃完饭马上就睡了对身体不好'],
      ['这个晚上就发货'],
      ['这次就不痛了吗？'],
      ['银饰接触空气会氧化，用擦银布擦一下就能恢复'],
      ['衣服起皱了，挂起来喷一下就能恢复'],
    ],
  )
})

// Kind 3, reassuring-yes-to-outcome-question: the other openers (别担心, 莫担心, 没毛病, 唔使驚, 免煩惱) before a short no.
// Traps: a question about the shop's own doing, a hedge after the answer.
describe('absolute-promise: a short no with a reassuring opener to an outcome question', () => {
  checkKinds(
    'absolute-promise',
    [
      ['莫担心，不会的', '这个眼线笔会不会晕染', '莫担心', 'error'],
      ['别怕，不会的', '鞋子会不会磨脚', '别怕', 'error'],
      ['唔使驚，唔會嘅', '條拉鏈會唔會卡住呀？', '唔使驚', 'error'],
      ['免煩惱，不會的', '這款會不會過敏', '免煩惱', 'error'],
      ['别担心，不会的', '洗了会不会缩水', '别担心', 'error'],
    ],
    [
      ['别担心，不会的', '你们会不会发错货啊'],
      ['不用担心，不会的，不过建议先在耳后试一下', '会不会过敏'],
      ['别担心，会给您备注的', '能帮我备注吗'],
    ],
  )
})

// Kind 4, universal-scope-no-harm: a universal or free-choice quantifier, then 都 + a good result or no harm.
// Traps: coupons, time, the shop's after-sales, negation, a compliment.
describe('absolute-promise: every user or use said to come out well', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这条裤子什么体型穿都显瘦', undefined, '什么体型穿都显瘦', 'error'],
      ['这个充电头给所有手机充都不伤电池', undefined, '所有手机充都不伤', 'error'],
      ['这款支架不管哪款车都兼容', undefined, '哪款车都兼容', 'error'],
      ['这双鞋各种脚型穿都合脚', undefined, '各种脚型穿都合脚', 'error'],
      ['这个锅不管炒什么都不糊', undefined, '什么都不糊', 'error'],
      ['乜都唔怕，點樣用都冇問題', undefined, '點樣用都冇問題', 'error'],
      ['這件洋裝每個人穿都合身', undefined, '每個人穿都合身', 'error'],
    ],
    [
      ['有任何问题都可以随时联系我们'],
      ['任何质量问题七天内都支持退换'],
      ['什么时候下单都没问题'],
      ['任何优惠券都能用'],
      ['不是所有手机都兼容，您是什么型号？'],
      ['这条裤子什么体型穿都显瘦吗？'],
    ],
  )
})

// Kind 6, future-value-promise: an asset said to keep or gain value. Traps: today's price, a buy-back policy, history, a
// disclaimer, VAT, points doubled, a question.
describe('absolute-promise: an asset said to gain or keep its value', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这瓶茅台放几年就升值了', undefined, '茅台放几年就升值', 'error'],
      ['这款老白茶越放越值钱', undefined, '越放越值钱', 'error'],
      ['这套纪念币过两年能翻倍', undefined, '纪念币过两年能翻倍', 'error'],
      ['这根金条稳赚不赔', undefined, '金条稳赚', 'error'],
      ['买这个翡翠手镯不会亏的', undefined, '手镯不会亏', 'error'],
      ['呢隻錶會起價㗎', undefined, '錶會起價', 'error'],
      ['黃金首飾只漲不跌', undefined, '只漲不跌', 'error'],
    ],
    [
      ['金饰按当天金价计价，克重以实物为准'],
      ['店里支持以旧换新，按当日回收价折算'],
      ['以后值不值钱要看行情，这个我们不敢保证'],
      ['最近金价涨了，金饰也跟着涨价了'],
      ['黄金保值吗？'],
      ['积分翻倍活动今天最后一天'],
      ['金条要开增值税发票吗'],
      ['黄金去年升值了不少'],
    ],
  )
})

// Kind 7, contrastive-own-immunity: others' goods and a fault of theirs, then an elliptical "ours won't / hasn't".
// Traps: a spec with evidence, a hedged comparison, stock or a freebie, a question.
describe('absolute-promise: ours said to be immune after others are run down', () => {
  checkKinds(
    'absolute-promise',
    [
      ['别家的奶粉有激素，咱家的没有', undefined, '咱家的没有', 'error'],
      ['外面的床垫甲醛超标，我们家的不存在这个问题', undefined, '我们家的不存在这个问题', 'error'],
      ['普通的保温杯用久了有异味，本店的不会', undefined, '本店的不会', 'error'],
      ['其他家的鞋子容易开胶，我们这款不会的', undefined, '我们这款不会', 'error'],
      ['好多充电宝会鼓包，我哋嘅唔会', undefined, '我哋嘅唔会', 'error'],
      ['別家的容易褪色，我們的不會', undefined, '我們的不會', 'error'],
    ],
    [
      ['我们这款是无涂层不锈钢内胆，报告在详情页'],
      ['起球是羊毛的天性，我们这款做了抗起球处理，会比普通款少一些'],
      ['别家可能包邮，我们这款不包邮'],
      ['别家有现货，我们的没有'],
      ['很多人会问有没有赠品，我们这款没有哦'],
      ['很多锅用久了会掉涂层，我们这个不会吗？'],
    ],
  )
})

// Kind 5, certainty-adverb-on-future-product-state: heat kept (一定还是烫的) is the good state promised, not a burn warned of.
// Traps: a spec with a hedge, heat as the warned consequence.
describe('absolute-promise: a certainty adverb on heat the goods will keep', () => {
  checkKinds(
    'absolute-promise',
    [
      ['晚上灌的开水，第二天早上一定还是烫的', undefined, '一定', 'error'],
      ['這個保溫壺放一晚上肯定還是燙的', undefined, '肯定', 'error'],
      ['早上泡的茶，下午绝对还是烫的', undefined, '绝对', 'error'],
    ],
    [
      ['标称保温6小时，一般还在60度以上，具体看室温'],
      ['边充电边打游戏，这样肯定烫啊'],
      ['刚烧开的水肯定烫，小心别洒了'],
    ],
  )
})

// Look-alikes 1, 2, 3, 5: the shop's own redo, a feeling guessed without a subject, a pledge refused in the next clause or
// the same, a quoted name pointed at as this one's. Each against the promise it resembles.
describe('absolute-promise: the look-alikes of a promise stay clean', () => {
  checkKinds(
    'absolute-promise',
    [
      ['几号一定到，这个我们说了算', undefined, '一定', 'error'],
      ['我们保证按您确认的图案印，印错了免费重印', undefined, '保证', 'info'],
      ['这款“永不褪色”，洗多少次都行', undefined, '永不', 'error'],
    ],
    [
      ['几号一定到，这个我真不敢打包票，快递有时会延误'],
      ['百分百不过敏这话谁也不敢讲，建议先用小样'],
      ['周六一定送到，这点我们没法保证'],
      ['等了这么多天一定很着急吧，我马上去催'],
      ['东西坏成这样，您肯定很心疼，真的抱歉'],
      ['“永不分离”是这款情侣手环的系列名'],
      ['“绝对心动”这个色号偏冷粉'],
    ],
  )
})
