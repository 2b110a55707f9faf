import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

// Issue 8, lane ex20 (session 20): kinds read across sets AB, FE, V, R, S, Q, U and AA, each written fresh for
// these tests (no sentence of a dev set or of real traffic), every must-flag kind with its traps beside it.

describe('exaggeration ex20: better than medical care, whatever stands between 比 and the care', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款艾灸贴比医院开的药还管用', undefined, '比医院开的药还管用', 'error'],
      ['亲，您家老人喝这个比诊所打的针都有效', undefined, '比诊所打的针都有效', 'error'],
      ['收到啦～这个足浴粉比吃西药还见效，坚持泡就行', undefined, '比吃西药还见效', 'error'],
      ['這個貼布比醫院的藥還管用', undefined, '比醫院的藥還管用', 'error'],
      ['家里人都说这个泡脚包比去做理疗更有效', undefined, '比去做理疗更有效', 'error'],
      ['您放心，这个喷雾比膏药还灵，今天下单明天到', undefined, '比膏药还灵', 'error'],
    ],
    [
      // A denial, a question, a comparison of the shop's own items, advice to see a doctor.
      ['保健品不能说比医院的药还管用'],
      ['这个比医院开的药还管用吗？'],
      ['这款药膏比上一批更细腻'],
      ['症状重的话还是去医院，比自己乱用药更稳妥'],
    ],
  )
})

describe('exaggeration ex20: medicine dropped or cut down once the product is used', () => {
  checkKinds(
    'exaggeration',
    [
      ['好多老顾客喝了以后胰岛素都减量了', undefined, '胰岛素都减量了', 'error'],
      ['我爸吃了三个月，降压药都停了', undefined, '降压药都停了', 'error'],
      ['睡这个枕头一个月就不用贴膏药了', undefined, '就不用贴膏药', 'error'],
      ['您坚持吃，以后就不用再吃药了', undefined, '不用再吃药', 'error'],
      ['這款吃一個月，血糖穩了，不用再吃藥了', undefined, '不用再吃藥', 'error'],
      ['用了它，家里人止痛药都不吃了', undefined, '止痛药都不吃了', 'error'],
    ],
    [
      // Advice not to stop, a condition, a question, the claim denied.
      ['降压药千万别停了，这个只是食品'],
      ['降压药停了的话要问医生'],
      ['吃这个能让胰岛素减量吗？'],
      ['不是说用了就不用再吃药，药还是要按医嘱吃'],
    ],
  )
})

describe('exaggeration ex20: hair grown back', () => {
  checkKinds(
    'exaggeration',
    [
      ['这瓶生发液坚持用一个疗程就能长出新头发', undefined, '长出新头发', 'error'],
      ['亲，秃的地方都能重新长出头发', undefined, '重新长出头发', 'error'],
      ['用两瓶发际线都能拉回来', undefined, '发际线都能拉回来', 'error'],
      ['您老公用了也能長出新頭髮', undefined, '長出新頭髮', 'error'],
      ['坚持按摩头皮，头发都长回来，很多人反馈', undefined, '头发都长回来', 'error'],
      ['这款精华喷上，发际线能拉回来', undefined, '发际线能拉回来', 'error'],
    ],
    [
      // A denial, a question, a hedge, the product name.
      ['不敢说能长出新头发，主要是减少掉发'],
      ['用了能长出新头发吗？'],
      ['一般坚持用掉发会少一些，因人而异'],
      ['生发液今天有货，两瓶装更划算'],
    ],
  )
})

describe('exaggeration ex20: an institution, the state or famous people vouching for it', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款维生素是世卫组织推荐的配方', undefined, '世卫组织推荐的', 'warning'],
      ['我们的大米是农科院专供的', undefined, '农科院专供', 'warning'],
      ['品质有国家背书，您放心', undefined, '国家背书', 'warning'],
      ['亲，我们家的茶领导人都喝过', undefined, '领导人都喝过', 'warning'],
      ['这口锅好几个明星都来抢', undefined, '明星都来抢', 'warning'],
      ['這款米是農科院推薦的品種', undefined, '農科院推薦的', 'warning'],
    ],
    [
      // A certificate stated plainly, a national standard, a denial, a question.
      ['通过了国家3C认证，报告在详情页'],
      ['符合国家推荐标准'],
      ['这款不是世卫组织推荐的，我们不这么宣传'],
      ['这个是农科院专供的吗？'],
    ],
  )
})

describe('exaggeration ex20: nothing in its class can beat it', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款烤箱是厨房小家电里的天花板', undefined, '里的天花板', 'warning'],
      ['同价位的笔记本里，散热没有能打得过它的', undefined, '没有能打得过', 'warning'],
      ['这支口红的质感，专柜贵妇线都比不过', undefined, '贵妇线都比不过', 'warning'],
      ['亲，保温杯中的天花板就是这款了', undefined, '中的天花板', 'warning'],
      ['降噪这块没有一款打得赢它', undefined, '没有一款打得赢', 'warning'],
      ['这个价位，大牌都比不过我们这款的做工', undefined, '大牌都比不过', 'warning'],
    ],
    [
      // A ceiling of a room, a denial, a question, a neutral comparison.
      ['吸顶灯是装在客厅里的天花板上的'],
      ['不敢说没有能打得过它的，只是性价比高'],
      ['这款能打得过大牌吗？'],
      ['我们比不上大牌的名气，但用料实在'],
    ],
  )
})

describe('exaggeration ex20: a claim talked about — disowned, a name, or put aside', () => {
  checkKinds(
    'exaggeration',
    [
      // The same claims, used.
      ['这款跑步机销量全网第一', undefined, '全网第一', 'warning'],
      ['我们是国内唯一拿到这个证书的', undefined, '唯一', 'warning'],
    ],
    [
      ['全网第一我们可不敢这么说哈，月销两千多单'],
      ['页面上那个销量第一是平台打的标，我们自己不这么宣传'],
      ['您说的冠军系列是这台跑步机的型号名'],
      ['叫冠军版不是说它拿过什么冠军，只是配色不同'],
      ['極品是這款茶的品名，等級是一般茶'],
    ],
  )
})

describe('competitor-disparagement ex20: sellers pointed at by their trade, by what they sell, or counted off', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['药局那些都是放很久的库存', undefined, '药局那些都是放很久', 'warning'],
      ['超市那种湿纸巾都加了一堆化学添加物', undefined, '超市那种湿纸巾都加了一堆化学添加物', 'warning'],
      ['顺便说一句，外面很多卖普洱的其实是混茶', undefined, '外面很多卖普洱的其实是混茶', 'warning'],
      ['别的装空调的都是游击队', undefined, '别的装空调的都是游击队', 'warning'],
      ['某些直播主卖的根本是过期品换包装', undefined, '某些直播主卖的根本是过期品换包装', 'warning'],
      ['官方店那边都是库存老货，我们是新批次', undefined, '官方店那边都是库存老货', 'warning'],
    ],
    [
      // The shop's own stock, advice, a question, neutral mention of a trade.
      ['我们的库存不会放很久，都是新批次'],
      ['超市那种湿纸巾也可以用，看您习惯'],
      ['外面很多卖普洱的，您可以多对比'],
      ['别的装空调的师傅收费多少我们不清楚'],
    ],
  )
})

describe('competitor-disparagement ex20: their reviews faked, their goods passed off or of a lower grade', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['隔壁那家卖场的评价都是灌的', undefined, '隔壁那家卖场的评价都是灌的', 'warning'],
      ['他们家那个检测报告一看就是P的', undefined, '他们家那个检测报告一看就是P的', 'warning'],
      ['別家的茶葉都是越南茶混充台灣茶', undefined, '別家的茶葉都是越南茶混充', 'warning'],
      ['隔壁那家的洋酒是国内灌装贴个洋标', undefined, '隔壁那家的洋酒是国内灌装贴个洋标', 'warning'],
      ['他们家那个便宜是便宜，但那是B级货', undefined, '他们家那个便宜是便宜，但那是B级货', 'warning'],
      ['那些大牌面霜就是交品牌税', undefined, '那些大牌面霜就是交品牌税', 'warning'],
    ],
    [
      // The shop's own goods denied, a question, a plain description, a care tip.
      ['我们的评价不是灌的，都是真实买家'],
      ['这张对比图是P的吗？'],
      ['这个金镯子是镀金的，价格便宜'],
      ['茶叶放很久也不会坏，注意防潮'],
    ],
  )
})

describe('competitor-disparagement ex20: a claim, then a question put to the buyer', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家的茶叶都是加了色素的，颜色那么绿您不觉得奇怪吗？', undefined, '别家的茶叶都是加了色素', 'warning'],
      ['那些低价店卖的是翻新机，你想想为什么那么便宜？', undefined, '那些低价店卖的是翻新机', 'warning'],
      ['隔壁店的燕窝是染过色的，您说能放心吗', undefined, '隔壁店的燕窝是染过色', 'warning'],
    ],
    [
      // The claim itself asked, a question about the buyer's wishes.
      ['别家的茶叶是加了色素的吗？'],
      ['别家的是不是翻新机我们不清楚，您要看看我们的吗？'],
      ['别家发货快吗？您想想要哪个颜色'],
      ['您在别家买的是翻新机吗？'],
    ],
  )
})

describe('competitor-disparagement ex20: the whole market beaten is a claim, not a rival run down', () => {
  checkKinds(
    'competitor-disparagement',
    [
      // A rival named or pointed at still is.
      ['这款音质吊打某果', undefined, '吊打某果', 'warning'],
      ['续航碾压那些山寨货', undefined, '碾压那些山寨', 'warning'],
    ],
    [
      ['这支防晒吊打一众大牌'],
      ['德国工艺，质量秒杀一切大牌'],
      ['清晰度碾压同行'],
      ['这个鱼缸灯的光效吊打进口大牌'],
    ],
  )
})

describe('exaggeration ex20: no harm to an organ or a joint, said of the product', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款解酒片喝酒前吃两粒，完全不伤肝', undefined, '不伤肝', 'error'],
      ['您放心，这护膝戴上爬山绝对不会伤膝盖', undefined, '不会伤膝盖', 'error'],
      ['这个咖啡是低酸的，天天喝都不伤胃', undefined, '不伤胃', 'error'],
      ['家里老人吃这个降糖的，伤不到肾', undefined, '伤不到肾', 'error'],
      ['這款護膝跑馬拉松也不傷關節', undefined, '不傷關節', 'error'],
      ['亲，这个减肥茶纯植物的，喝多久都不会损伤肠胃', undefined, '不会损伤肠胃', 'error'],
    ],
    [
      // A warning, a question, a denial, hands (a promise, not a health claim).
      ['空腹喝的话可能会伤胃，建议饭后'],
      ['这个吃多了会不会伤肝？'],
      ['不敢说不伤胃，胃不好的建议少喝'],
      ['这款洗洁精很温和，不伤手'],
    ],
  )
})

describe('exaggeration ex20: nobody goes without the effect; matched with a clinic treatment', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款祛斑霜卖了这么多年，没有不见效的', undefined, '没有不见效', 'warning'],
      ['这款贴卖了几千盒，没一个不管用的', undefined, '没一个不管用', 'warning'],
      ['我们的祛痘膏用过的人里没有不起效的', undefined, '没有不起效', 'warning'],
      ['这款冲牙器美白效果堪比洗牙', undefined, '堪比洗牙', 'warning'],
      ['这瓶精华的效果媲美水光针', undefined, '媲美水光针', 'error'],
      ['亲，这个面膜补水不输热玛吉', undefined, '不输热玛吉', 'error'],
    ],
    [
      // A condition, a question, a denial, a plain use.
      ['如果没有不见效的情况就不用退'],
      ['有没有不管用的？'],
      ['不敢说堪比洗牙，日常清洁够用'],
      ['建议半年去洗一次牙'],
    ],
  )
})

describe('exaggeration ex20: no effect at all on the sensitive, said with 百分百 or 没有任何', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款叶酸片对宝宝百分百没有影响', undefined, '宝宝百分百没有影响', 'error'],
      ['刚出生的婴儿用都没有任何问题', undefined, '婴儿用都没有任何问题', 'error'],
      ['這款益生菌寶寶吃了百分百不會過敏', undefined, '寶寶吃了百分百不會過敏', 'error'],
      ['亲，孕妇涂这个一点影响都没有', undefined, '孕妇涂这个一点影响都没有', 'error'],
      ['敏感肌用了完全没有影响，放心拍', undefined, '敏感肌用了完全没有影响', 'error'],
      ['您家老人吃也没有任何问题', undefined, '老人吃也没有任何问题', 'error'],
    ],
    [
      // A question, a condition, a disavowal with advice, something other than a body.
      ['对宝宝有没有影响？'],
      ['孕妇用了没有任何问题的话就继续用'],
      ['不能保证对宝宝百分百没有影响，建议先咨询医生'],
      ['这个订单系统没有任何问题，已经发货了'],
    ],
  )
})
