import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 30 (twenty-sixth brief), lane bl30: blame-customer's misses and false alarms on the outside authors' sets AV, AW,
 * AX, the older incoming sets and the pool, grouped into kinds built from constructions (fixtures/eval/lanes-s26/LANE-bl30.md);
 * each kind has members from at least two sources. The sentences are ours, varied in wording. Traps: a retry or help after,
 * a clarifying question, the shop asked about, a condition, the shop owning the fault, a third party taking the shirk,
 * advice, a purchase rather than an act, a good consequence of a choice.
 */
describe('blame-customer: a guess at the buyer\'s act, the trouble named only inside the defence after it', () => {
  checkKinds(
    'blame-customer',
    [
      ['面膜您是不是敷太久了？正常不会刺痛的', undefined, '您是不是敷太久', 'warning'],
      ['奶瓶您是不是用开水烫了？正常不会变形成这样', undefined, '您是不是用开水烫', 'warning'],
      ['您是不是放在阳台上暴晒了？正常不会褪色成这样', undefined, '您是不是放在阳台上暴晒', 'warning'],
      ['是你自己磕的吧？保温杯不会无缘无故凹进去。', undefined, '是你自己磕', 'warning'],
    ],
    [
      // A retry after it, a purchase rather than an act, a defence with no trouble named.
      ['您是不是拧太紧了？正常不会这样的，您再试一下'],
      ['您是不是买的L码？正常不会小的'],
      ['您是不是用了别的充电器？正常是没问题的'],
    ],
  )
})

describe('blame-customer: a document said to have said it, and the buyer\'s act questioned in another clause', () => {
  checkKinds(
    'blame-customer',
    [
      ['吊牌上写了不能暴晒，怎么还会晒褪色呢', undefined, '怎么还会晒褪色呢', 'error'],
      ['裤子起球是您用了洗衣粉吧，洗标上写了要手洗', undefined, '是您用了洗衣粉吧', 'warning'],
      ['你拍之前看仔细了吗？详情页写的是单只装', undefined, '你拍之前看仔细了吗', 'error'],
      ['页面写了不包安装 你买之前不看的吗', undefined, '你买之前不看', 'error'],
    ],
    [
      // A question that asks something else, help after it, the shop asked about, a pointer alone.
      ['详情页写了发货时间，您还有其他问题吗？'],
      ['说明书上写了步骤，没看明白的话我再发您一个视频'],
      ['包装上印了保质期，我们没写错吗？'],
      ['说明书里写了怎么还原出厂设置'],
    ],
  )
  checkKinds('blame-customer', [['您開封前沒看提示嗎？盒子上印了開封不退', undefined, '沒看', 'error']], [], { profile: 'zh-TW' })
})

describe('blame-customer: the buyer\'s own choice at ordering thrown back', () => {
  checkKinds(
    'blame-customer',
    [
      ['您下单的时候选的不就是定制款吗？', undefined, '您下单的时候选的不就是定制款吗', 'error'],
      ['是您自己勾选的周末配送', undefined, '是您自己勾选的周末配送', 'error'],
      ['不是我们少发，是您拍的规格本来就是单只', undefined, '是您拍的规格本来', 'error'],
    ],
    [
      // A good consequence, a clarifying question, the choice denied, a plain report, a condition, help after, a worry asked.
      ['您选的是顺丰，当然会快一些'],
      ['您选的是哪个颜色？'],
      ['不是您选错了，是我们发错了，马上给您换'],
      ['您选的是蓝色，明天就发货'],
      ['如果您选错了规格可以联系我们修改'],
      ['您选的是平邮，我帮您催一下', '怎么这么慢'],
      ['地址是您填的朝阳区那个，您核对一下', '收件人是谁？我怕寄错了'],
    ],
  )
  checkKinds('blame-customer', [['你下單時選的是郵寄，包裹當然不會送到門市', undefined, '你下單時選的是郵寄', 'warning']], [], { profile: 'zh-TW' })
})

describe('blame-customer (false alarms): a third party the buyer is sent to, or named before the denial', () => {
  checkKinds(
    'blame-customer',
    [
      // The buyer named as the cause keeps it blame; so does a third party named only after the denial.
      ['您自己装坏的，跟我们没关系', undefined, '跟我们没关系', 'error'],
      ['真不是我们的问题，是物流公司摔的', undefined, '不是我们的问题', 'error'],
    ],
    [
      ['那你找维修师傅去，跟我们没关系'],
      ['这个您问品牌方吧，跟我们店没关系'],
      ['运费是快递收的，跟我们没关系，你自己跟快递谈'],
      ['退票费是航司定的，跟我们没关系'],
      // The longest name read at 是 (安装师傅, not its 师傅).
      ['上门费是安装师傅定的，跟我们没关系'],
    ],
  )
})

describe('blame-customer: the buyer\'s skin or constitution as the cause, after a trouble as topic', () => {
  checkKinds(
    'blame-customer',
    [
      ['刺痛的话估计是您自己肤质偏干', undefined, '自己肤质偏干', 'warning'],
      ['您脱皮的话不一定是我们面霜的问题，也可能是您自己皮肤太干了', undefined, '自己皮肤太干', 'warning'],
      ['这是宝宝体质问题，跟奶粉没关系', undefined, '宝宝体质问题', 'error'],
      // The owner right before the word starts the span, as with 家 between (你家宝宝).
      ['你宝宝体质太弱了，跟我们的辅食没关系', undefined, '你宝宝体质太弱', 'error'],
    ],
    [
      // The cause put on the goods, advice.
      ['过敏的话可能是成分不适合您，我们给您退'],
      ['宝宝皮肤比较敏感的话建议先试用'],
    ],
  )
})

describe('blame-customer: the buyer\'s asking held against them', () => {
  checkKinds(
    'blame-customer',
    [
      ['都说了断码了还问', undefined, '都说了', 'error'],
      ['上个月的订单你还来问', undefined, '上个月的订单你还来问', 'error'],
      ['这种小问题也要问吗', undefined, '这种小问题也要问', 'error'],
    ],
    [
      // The bare told-you-so stays curt-reply's (the pool's convention); the shop asking; asking about something else.
      ['都说了没货了'],
      ['这个我们也要问一下仓库'],
      ['您还问了别的吗？'],
      ['这个也要问一下师傅才知道'],
      ['不管什么问题都可以来问我'],
    ],
  )
})

describe('blame-customer (false alarms): the shop owning the fault in so many words', () => {
  checkKinds(
    'blame-customer',
    [],
    [
      ['非常抱歉，快递延误了，所以到您手上雪糕已经化了，这个是我们没安排好，不是您的问题，马上给您补发'],
      ['页面写了但我们没有单独提醒您，是我们的疏忽'],
      ['包裹和别人的面单贴反了，是我们仓库的失误，马上给您重发'],
    ],
  )
})

describe('blame-customer: what the buyer should have done first or earlier, after their complaint or a trouble refused', () => {
  checkKinds(
    'blame-customer',
    [
      ['您赶时间的话应该提前下单嘛', '怎么还没到', '应该提前下单嘛', 'warning'],
      ['冲出来结块很正常，这个我们也没办法，冲之前应该先自己摇匀', undefined, '应该先自己摇匀', 'warning'],
    ],
    [
      // A tip before buying, the shop's own duty, what will happen, help after.
      ['下单前应该先量一下尺寸哦', '怎么选尺码'],
      ['我们应该先提醒您的，抱歉', '怎么这么慢'],
      ['您应该先收到短信通知', '还没到'],
      ['您着急的话应该先跟我们说，我马上帮您加急', '怎么还没发货'],
    ],
  )
})
