import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Sixteenth session, lane bl16: kinds of blaming and of running rivals down, sorted from the first-sight
 * misses of sets a–u (fixtures/eval/ANALYSIS-BL16.md) and built as constructions over word classes
 * (src/vocab/classes.yaml, # bl16 block). Replies in our own words; each kind has its traps.
 */

describe('blame-customer: made or shipped as the buyer gave it, answering a complaint about what came', () => {
  checkKinds(
    'blame-customer',
    [
      ['我们是按您提供的尺寸裁的。', '窗帘尺寸不对啊', '是按您提供的尺寸裁的', 'warning'],
      ['冲印店都是按原图冲的，原图就偏暗', '洗出来的照片怎么这么暗', '按原图冲的', 'warning'],
      ['刻字是照您备注的内容刻的', '刻的字不对', '是照您备注的内容刻的', 'warning'],
    ],
    [
      // A promise, help after it, a question, no complaint before it, a worry before the purchase.
      ['我们会按您给的尺寸重新做的', '尺寸不对'],
      ['我们按您给的尺寸做的，可能量的时候有误差，马上给您重做一个', '尺寸不对'],
      ['都是按您的要求做的吗？我查一下', '做出来不像'],
      ['按您给的尺寸做的，请查收'],
      ['手链按您的腕围做的', '我手腕粗，怕戴不上'],
      // The shop's own fault.
      ['抱歉，是我们没按您备注的内容刻的，马上重刻', '刻的字不对'],
    ],
  )
})

describe('blame-customer: the buyer’s own pick thrown back with 就是 (您选的就是…)', () => {
  checkKinds(
    'blame-customer',
    [
      ['后台显示您拍的就是单层款哦', '怎么是单层的，我要的是双层', '您拍的就是', 'warning'],
      ['你当时订的就是标准间呀', '房间不对，我订的是大床房', '你当时订的就是', 'warning'],
    ],
    [
      ['您拍的就是单层款吗？我查一下', '怎么是单层的'],
      ['您选的就是我们卖得最好的款，放心', '这款好吗'],
      ['您拍的就是单层款，抱歉没提醒到位，给您换双层', '怎么是单层的'],
      ['您选的就是现货，今天发'],
    ],
  )
})

describe('blame-customer: common sense held against the buyer (这都是常识, 一般人都知道)', () => {
  checkKinds(
    'blame-customer',
    [
      ['羊毛衫不能机洗，这都是常识呀', undefined, '这都是常识', 'warning'],
      ['电池不能放在暖气边上，一般人都知道吧', undefined, '一般人都知道', 'warning'],
      ['鲜花要换水，这个应该知道的', undefined, '这个应该知道的', 'warning'],
    ],
    [
      // Followed by an explanation, the shop's own slip, negated, quoted.
      ['这个是常识，我给您科普一下保存方法'],
      ['我们应该知道的，是我们疏忽了'],
      ['不是常识的问题，是我们没写清楚'],
      ['您说的“这都是常识”我们会写进页面'],
    ],
  )
})

describe('blame-customer: a check left out before the buyer’s act would have avoided it (下单前问一句就不会…)', () => {
  checkKinds(
    'blame-customer',
    [
      ['其实付款前核对一下就不会拍错了', undefined, '付款前核对一下就不会', 'warning'],
      ['尺码表在第二张图，拍之前量一下就没事了', undefined, '拍之前量一下就没事了', 'warning'],
    ],
    [
      // Next time, advice, a question, help after.
      ['下次下单前问一句就不会错了'],
      ['建议安装前检查一下就不会漏装'],
      ['拍之前量一下就不会错了吗？'],
      ['下单前确认一下就不会错了，我们马上给您换'],
    ],
  )
})

describe('blame-customer: handling done too hard, a knock or a load on the buyer’s side (拧得太紧, 超重, 扯断)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是不是把螺丝拧得太紧了？正常装不会裂', '装上去就裂了', '您是不是把螺丝拧得太紧', 'warning'],
      ['行李箱轮子断了多半是超重了吧', '轮子断了', '超重了', 'warning'],
      ['是不是您拆封的时候扯断了？', '线断了', '您拆封的时候扯断', 'warning'],
    ],
    [
      // A warning before the fact, the shop's own worker, a condition, a guess that helps.
      ['安装时不要拧得太紧哦'],
      ['是我们师傅拧得太紧了，马上上门调'],
      ['如果超重了，托运会加钱'],
      ['您是不是拧得太紧了？我教您松一下', '漏水'],
    ],
  )
})

describe('blame-customer: everyone uses it this way, only this buyer complains (所有人都是这么用的)', () => {
  checkKinds(
    'blame-customer',
    [
      ['所有人都是这么用的，就您说不好用', undefined, '所有人都是这么用的', 'error'],
      ['每个人都是这么洗的，就你的缩水', undefined, '每个人都是这么洗的', 'error'],
    ],
    [['其他买家都是这么洗的，您放心'], ['大家都是这么用的吗？我帮您问问'], ['我们都是这么装的，师傅上门帮您弄']],
  )
})

describe('blame-customer: of course, after the buyer’s act, it could not get there (当然进不去)', () => {
  checkKinds(
    'blame-customer',
    [['您周日跑去自提点当然取不到呀', undefined, '您周日跑去自提点', 'error']],
    [['您周日去的话当然取不到，建议工作日去'], ['当然进得去，门票当天有效'], ['我们仓库周日不发，当然寄不到，抱歉']],
  )
})

describe('competitor-disparagement: a rival’s goods passed off, recalled, refilled; checking a mere show', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['隔壁那家的羊绒是腈纶冒充的', undefined, '隔壁那家的羊绒是腈纶冒充', 'warning'],
      ['某品牌的奶粉出过召回，您懂的', undefined, '某品牌的奶粉出过召回，您懂的', 'warning'],
      ['闲鱼那些鉴定就是走个过场', undefined, '闲鱼那些鉴定就是走个过场', 'warning'],
      ['别家的香水都是回收瓶灌装的', undefined, '别家的香水都是回收瓶灌装的', 'warning'],
      ['九块九的面膜您敢用吗', undefined, '九块九的面膜您敢用吗', 'warning'],
    ],
    [
      // Fraud warned against, the shop about itself, asked, no rival named, a rival left unjudged.
      ['有人冒充我们客服，请注意'],
      ['我们家的奶粉从来没有召回过'],
      ['这款出过召回吗？没有的'],
      ['您敢吃吗？我们家的辣很辣哦'],
      ['验货不是走过场，我们每件都查'],
      ['别家的我们不了解，我们家是原瓶灌装的'],
      ['隔壁店的锅是涂层的，我们的也是'],
    ],
  )
})

describe('blame-customer: the buyer’s moment in services and paperwork (签合同的时候应该…, 选片时没核对)', () => {
  checkKinds(
    'blame-customer',
    [
      ['签合同的时候应该看一下条款的', '为什么扣我押金', '应该看一下条款', 'warning'],
      ['选片时没核对，现在说修得不像我们很难改', undefined, '选片时没核对', 'warning'],
      ['验光时没说清楚用途，现在戴着晕我们也没办法', '戴着头晕', '验光时没说清楚用途', 'warning'],
    ],
    [
      // An instruction before use, a request, a hypothetical with advice, the shop's promise, the shop's own slip.
      ['使用前应该先摇匀'],
      ['入住时请出示身份证'],
      ['取车时没检查的话，还车时很难说清，建议拍照'],
      ['签合同时我们会逐条讲解'],
      ['验光时我们没问清楚用途，抱歉', '戴着头晕'],
    ],
  )
})

describe('blame-customer: belittled with 连…都, told not to buy without knowing, the shop blameless with 又', () => {
  checkKinds(
    'blame-customer',
    [
      ['您不会连这个都接受不了吧？', undefined, '连这个都接受不了', 'error'],
      ['投诉也没用，我们又没错', undefined, '我们又没错', 'error'],
      ['不懂就别乱评价', undefined, '不懂就别乱评价', 'error'],
    ],
    [['我们连这个都不懂，真抱歉'], ['我们又没错过发货时间，放心'], ['连这个都能免费换，您放心'], ['不懂的话可以随时问我们']],
  )
})

describe('blame-customer: someone of the buyer’s household took or opened it (应该是家人拿了)', () => {
  checkKinds(
    'blame-customer',
    [['显示签收了，应该是家人拿了，您问问', '显示签收了但我没收到', '家人拿了', 'warning']],
    [['是不是家里人拿走了？我帮您联系快递核实', '显示签收了没收到'], ['家里人签收了也没关系'], ['如果家人代收了记得检查']],
  )
})
