import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 25 (twenty-first working session), the lead. Kinds of false alarm read off a second real corpus
 * (JDDCRec, 7,508 real JD agent replies, fixtures/eval/HISTORY.md) at first sight, where 41% of the flags
 * were upheld. Each kind in our own words, with the traps that must stay flagged.
 */

// 1. A superlative in a figure of speech: it qualifies a noun of life or feeling (最遥远的距离, 最开心的事),
//    not the goods compared with everyone else's.
describe('exaggeration: a superlative about life, not about the goods', () => {
  checkKinds(
    'exaggeration',
    [
      ['这是全世界最耐用的电饭煲', undefined, '全世界最耐用', 'warning'],
      ['我们家的豆浆机是世界上最好用的', undefined, '世界上最好用', 'warning'],
      ['全網最便宜的就是這款', undefined, '全網最便宜', 'warning'],
    ],
    [
      ['全世界最漫长的等待，就是等您付款的这几分钟呀'],
      ['世界上最开心的事情就是看到您收到货'],
      ['天底下最暖心的时刻，是您说一句谢谢'],
      ['世界上最難熬的時光是等快遞的那幾天'],
    ],
  )
})

// 2. The order system's card of the buyer's own delivery details, read back for them to check: the mobile in it is
//    masked. Another buyer's card, or an address the agent types out, still flags.
describe('privacy-leak: the buyer’s own address read back', () => {
  checkKinds(
    'privacy-leak',
    [
      ['她的收货信息：陈先生 1590012** 杭州市西湖区文三路120号3单元501', undefined, '杭州市西湖区文三路120号3单元501', 'error'],
      ['买同款的那位顾客的收货信息：刘女士 成都市武侯区玉林南路12号2栋', undefined, '成都市武侯区玉林南路12号2栋', 'error'],
      // An address the agent types out for the buyer is still shown in the chat (the project's convention).
      ['您的收货地址是武汉市洪山区珞喻路1037号9栋2单元402', undefined, '武汉市洪山区珞喻路1037号9栋2单元402', 'error'],
    ],
    [
      ['亲，请您核对一下收货信息哦：王女士 1391234** 苏州市姑苏区人民路88号2单元302'],
      ['收货信息：赵先生 1860111** 天津市南开区鞍山西道99号5栋1门601，请您核对'],
      ['李女士 1357924** 厦门市思明区湖滨南路300号7栋1203'],
      ['收货人：孙先生 电话：1330022** 地址：青岛市市南区香港中路10号3单元201'],
    ],
  )
})

// 3. absolute-promise: a prohibition in usage instructions (一定不能, 绝不能, 一定不要), the shop's values stated
//    (…永远是我们的追求), and 肯定 as praise beside 赞美/支持 — none promises an outcome.
describe('absolute-promise: instructions, values and praise are no promise', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这口锅一定不会粘底的', undefined, '一定', 'error'],
      ['这个颜色永远不会褪色', undefined, '永远', 'error'],
      ['放心，绝对能用十年', undefined, '绝对', 'error'],
      // The shop's principle said after the promise does not take it back.
      ['这款绝对不会掉色，这是我们的原则', undefined, '绝对', 'error'],
    ],
    [
      ['内胆清洗后一定不能直接放到火上烧'],
      ['除垢的时候绝不能用钢丝球去刷'],
      ['充电时一定不要盖着被子'],
      ['安全与品质永远是***的追求，感谢您一路陪伴'],
      ['用心服务始终是我们的初心'],
      ['谢谢您的支持与肯定，我们会继续努力'],
      ['您的鼓励和肯定是我们最大的动力'],
    ],
  )
})

// 4. curt-reply: a yes to a turn that reports a trouble and asks yes or no about it answers it (a question mark
//    after a clause without a question word asks yes or no, too); a 'normal' verdict that explains how the
//    product works is an answer. A yes to a why-question or to a bare complaint stays curt.
describe('curt-reply: a yes to a yes/no question about a trouble, and an explained verdict', () => {
  checkKinds(
    'curt-reply',
    [
      ['是的', '为什么订单还没发货？', '是的', 'warning'],
      ['是的呢', '等了五天了还没收到', '是的呢', 'warning'],
      ['这是正常的', '怎么又坏了', '这是正常的', 'warning'],
    ],
    [
      ['是的', '这个盖子就是关不严吗'],
      ['是的哦', '底座漏水的那款跟这个是一样的吗'],
      ['是的呢', '两档以上就不能用了？'],
      ['有点声音是正常的，电机高速运转的原理就是这样，国家规定在85分贝以下', '开机声音怎么这么大'],
      ['盖子留缝是正常的哦，这样的设计是为了排出蒸汽', '盖子怎么盖不严'],
    ],
  )
})

// 5. blame-customer: the chat closed for the buyer's silence is a session notice; an order closed for the
//    buyer's omission still names the buyer as the cause.
describe('blame-customer: the chat session closed for silence', () => {
  checkKinds(
    'blame-customer',
    [
      ['因您未在规定时间内付款，系统已自动关闭订单', undefined, '您未在规定时间内付款', 'warning'],
      ['由于您没有按说明书操作，导致电机烧坏', undefined, '您没有按说明书', 'warning'],
    ],
    [
      ['由于您长时间未回复，将结束本次会话，有问题可以随时再来找我们'],
      ['因您长时间未响应，系统将关闭与您的对话，感谢您的光临'],
    ],
  )
})

// 6. Word boundaries: a noun with a 不 (不锈钢, 不粘锅) is no potential complement (放不锈); 进口 before
//    耐温 is no 口耐 (可爱); the first days after making it (前三天饮用最佳) say when to enjoy it.
describe('word boundaries read off real replies', () => {
  checkKinds(
    'absolute-promise',
    [['这口铁锅摔不坏的', undefined, '摔不坏', 'error']],
    [['排骨放不锈钢盆里腌一下再蒸'], ['锅具放不粘锅专用的架子上晾干']],
  )
  checkKinds('internet-slang', [['这个小熊公仔好口耐呀', undefined, '口耐', 'warning']], [['杯身是进口耐热玻璃的'], ['瓶口耐高温，可以直接装开水']])
  checkKinds(
    'exaggeration',
    [['这款酸奶机做出来的口感是最佳的', undefined, '最佳', 'warning']],
    [['自制的豆浆冷藏能放两天，头一天喝口感最佳'], ['酸奶冷藏可放一周，前几天吃风味最佳']],
  )
})

// 7. 别 inside a word (级别, 区别, 特别) is no "don't": the claim after it is not negated (lane ex25's note).
describe('negation: 别 inside a word does not negate', () => {
  checkKinds(
    'exaggeration',
    [
      // fortieth session: an aspect between the field and 最 is read with the field (promise40), so the span names it.
      ['这台跑步机在同级别里性能最强', undefined, '同级别里性能最强', 'warning'],
      ['这个系列特别推荐这款最保暖的', undefined, '最保暖', 'warning'],
      ['个别颜色是全网最低价', undefined, '全网最低价', 'warning'],
    ],
    [['别说最便宜了，我们连优惠都没有'], ['不敢说是最好的，只能说用料实在']],
  )
})

// 8. Perfection denied (set AM, read after its first sight): a rhetorical question (哪有十全十美的) or a guarantee
//    disowned earlier in the clause (不敢保证每件都完美无瑕) is no claim of perfection.
describe('exaggeration: perfection denied is no claim', () => {
  checkKinds(
    'exaggeration',
    [['这批翡翠手镯的成色堪称完美', undefined, '堪称完美', 'warning']],
    [['手工做的东西哪里有十全十美的呢'], ['我们没法保证每一双鞋的走线都完美无缺'], ['二手相机哪有无可挑剔的，介意的话建议买新的']],
  )
})
