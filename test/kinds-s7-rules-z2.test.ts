import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Seventh session, rule round 2 (rz2): precision first. The false alarms of blame-customer,
 * curt-reply and competitor-disparagement on sets L, M and N, fixed by the class behind them, in our
 * own words (none of these sentences is in the dev pool). Where two rules could read a reply, the
 * pool's label majority decides (counts in the comments).
 */
describe('blame-customer: told-you-so with no one told is impatience; pressed on the buyer it blames', () => {
  checkKinds(
    'blame-customer',
    [
      // Pressed: a refusal backs it, the buyer is asked back, or the buyer is named in the reply.
      ['我上面已经回答过了，定制款不退', undefined, '上面已经回答过了', 'error'],
      ['都说了周五才到货，明白了吗？', undefined, '都说了', 'error'],
      ['我早就说过了，这个颜色你非要选', undefined, '早就说过了', 'error'],
      ['你一开始就问过这个，我也回答过了', undefined, '也回答过了', 'error'],
      // A lecture on next time with no fault owned by the shop is still a lecture.
      ['以后收货记得当面检查', undefined, '以后收货记得当面', 'warning'],
      // The goods were fine or complete when they left, answering a complaint (胀袋/漏气 are complaints too).
      ['亲，我们发货的时候都是好好的', '收到的气垫床漏气了', '发货的时候都是好好的', 'warning'],
      ['我们出厂都是齐的，您再翻翻盒子', '积木少了两块', '出厂都是齐的', 'warning'],
      // Spans start on a word boundary: the locative keeps its document (包装上写着, 吊牌里写了).
      ['水洗标上写着不可烘干哦', '毛衣缩水了', '水洗标上写着', 'warning'],
      // Spans end on a word boundary: 说明书 and 看清楚 are never cut.
      ['可能是您没按说明书安装，才会漏水', undefined, '是您没按说明书', 'warning'],
      ['多半是您没看清楚尺码表才拍错的', undefined, '多半是您没看清楚尺码表才拍错', 'warning'],
    ],
    [
      // Bare told-you-so (pool: 6 curt-only against 2 also blame): curt-reply's.
      ['都说了下周一发货'],
      ['我已经回答过了，周五发'],
      ['这个我已经回复过了，型号在第二张图'],
      // The agent alone disowning a third party's doing (pool: 5 curt-only of 6 又不是我…).
      ['仓库又不是我管的，催也没用'],
      // Waiting on a third party, then disowning it: shirking (curt-reply's), not blame.
      ['等快递吧，跟我们没关系'],
      ['等银行处理吧，跟我们没有关系'],
      // Fine when shipped, then help or an apology: no blame left on the buyer.
      ['我们发货时都是好好的，抱歉让您收到胀袋的', '薯片胀袋了'],
      ['放心，我们出厂都是齐的', '积木有几块'],
      // Advice about next time while the shop owns this time's fault.
      ['建议您下回收货先拆开看看，这次是我们打包不到位，已经给您重发了'],
      ['是我们的问题，以后签收时也可以当面看一下哦'],
    ],
  )
})

describe('curt-reply: the agent saying it already answered, and what is not curt', () => {
  checkKinds(
    'curt-reply',
    [
      ['都说了下周一发货', undefined, '都说了', 'warning'],
      ['我已经回答过了，周五发', undefined, '已经回答过了', 'warning'],
      ['订单的事我已经回复过了，周五前发', undefined, '已经回复过了', 'warning'],
      // A bare pointer at where it is written, or at what decides it, as the whole answer.
      ['看详情页', '这款空气炸锅能烤蛋糕吗', '看详情页', 'warning'],
      ['看尺码表吧', '我一米六五穿哪个码', '看尺码表', 'warning'],
      ['看行情', '黄金回收今天多少钱', '看行情', 'warning'],
      ['又让我查第三次物流，真的会谢', undefined, '真的会谢', 'warning'],
    ],
    [
      // Pressed on the buyer (asked back, the buyer named): blame-customer's reproach.
      ['我已经说过了，您没看到吗？'],
      ['我上面不是已经回答过您了吗'],
      // Someone else said it, or the agent owns the misunderstanding.
      ['评价里大家都说了好用'],
      ['抱歉，我前面已经说过了但没讲清楚，是我的问题'],
      // The 会谢 meme after praise of the goods is delight, not sarcasm at the buyer.
      ['这条裙子上身巨显瘦，我真的会谢'],
      // The pointer with the answer or help after it.
      ['看详情页第四张图，可以烤六寸的蛋糕', '这款空气炸锅能烤蛋糕吗'],
      ['尺码表在主图第五张，您报下体重我帮您挑', '我一米六五穿哪个码'],
      // A late complaint held against the buyer is blame (pool: 2 of 3 blame only).
      ['都用了一个月才说不好，早干嘛去了'],
    ],
  )
})

describe('competitor-disparagement: the shop describing itself and fraud warnings name no rival', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['实体店那些都是二手货', undefined, '实体店那些都是二手货', 'warning'],
      ['那些低价店都是骗子', undefined, '那些低价店都是骗子', 'warning'],
      // The noun is whole (过期品, 拆机货), not cut after 过期 / 拆机.
      ['别家卖的都是过期品', undefined, '别家卖的都是过期品', 'warning'],
      ['那几家店全是拆机货', undefined, '那几家店全是拆机货', 'warning'],
    ],
    [
      // The shop is what the seller word names (我们是…实体店).
      ['我们是品牌直营的实体店，店里的二手表都有鉴定证书'],
      ['本店就是专卖店，二手寄卖的也都验过'],
      // Fraud the buyer should avoid, a platform named as where to pay.
      ['在平台内付款就好，千万别私下转账，谨防诈骗'],
      ['请走淘宝担保交易，以免遭遇诈骗'],
      ['请在虾皮上完成付款，不要私下汇款，避免被诈骗哦'],
    ],
  )
})
