import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 19, lane rc19 (issue 8: detection by meaning). Kinds, in our own words:
 * - curt-reply: a stock opener (有什么可以帮您, 很高兴为您服务, 请问您是咨询之前的问题还是…) after the buyer has
 *   already asked, requested, pressed or complained (rules/curt-reply/turns.yaml, reply kind `opener`); a call for an
 *   agent, an order card or a menu pick alone is no turn that the opener ignores (turn kind `greeting`, `card`);
 * - curt-reply: the answer left to whoever else decides (这个您得问出版社, 这个要看快递的) and a flat can't-tell
 *   (我也不知道几天呢, 这个我们保证不了) as the whole reply;
 * - absolute-promise: certainty given as the yes (确定的, 一定的) and the courier's potential forms (送得到, 拦得住)
 *   asked about; 么 closing a clause asks like 吗.
 */

describe('curt-reply: a stock opener after the buyer has already said what they need', () => {
  checkKinds(
    'curt-reply',
    [
      // Session 26 (cr26): the opener is no longer curt even after a complaint (the lead's convention for this round: a greeting
      // opens the turn, the answer comes next; the second real corpus's strict reviewer upheld none of 3). What stays curt is
      // a closing that asks what else, to a complaint, with the card before it.
      ['亲亲您好，请问还有其他能帮到您的吗', '订单编号:[订单x] 下单时间:[日期x] 这个怎么还没发货', '请问还有其他能帮到您的吗', 'warning'],
      ['請問還有其他可以幫到您的嗎', '鞋子收到就開膠了，太誇張了吧', '請問還有其他可以幫到您的嗎', 'warning'],
    ],
    [
      // Session 26 (cr26, the lead's convention): these five were must-flag since session 20 (the first real corpus's
      // reviewer upheld 9 of 9 openers after a complaint); the convention now reads a greeting as opening the turn, even
      // after a complaint, so they moved here.
      ['方便说一下您的问题吗', '杯子收到就裂了，太差劲了'],
      ['亲，很高兴为您服务~', '等了五天还没发货，太慢了'],
      ['您好，请问有什么可以帮您', '衣服洗了一次就起球了，什么质量'],
      ['亲亲您好，请问有什么能帮到您的吗', '订单编号:[订单x] 下单时间:[日期x] 这个怎么还没发货'],
      ['您好，很高興為您服務', '鞋子收到就開膠了，太誇張了吧'],
      // A question, a request, a chaser: the opener is the first line after a transfer, the answer comes next.
      ['亲亲您好，请问有什么能帮到您的吗', '这款吸尘器能吸猫毛吗？'],
      ['亲，很高兴为您服务~', '我想把收货地址改到公司'],
      ['有什么问题我可以帮您处理或解决呢？', '退款到账要多久'],
      ['在的呢，请问有什么可以为您效劳的', '麻烦快点发货，我急着用'],
      ['有什么可以帮到您的吗', '我想开公司抬头的发票 发票类咨询'],
      ['您好，很高興為您服務', '這雙鞋什麼時候能發貨？'],
      // Which case is meant: a clarifying question, not an opener (all eight on real traffic were answered next).
      ['请问您是咨询之前的问题还是其他问题呢？', '等了五天还没发货，太慢了'],
      ['请问您是咨询之前的问题还是有新的问题呢', '我的退款怎么还没到'],
      // A greeting, a call for an agent, a card or a menu pick alone: the opener is the right first line.
      ['亲亲您好，请问有什么能帮到您的吗', '你好呀'],
      ['亲亲您好，请问有什么能帮到您的吗', '帮我转接人工客服'],
      ['有什么可以帮您的吗', '有人在嘛'],
      ['有什么可以帮您的吗', '在么'],
      ['请问有什么可以帮您', '我想咨询下'],
      ['亲亲您好，请问有什么能帮到您的吗', '订单编号:[订单x] 订单金额:[金额x] 下单时间:[日期x]'],
      ['您好，很高兴为您服务', '发票类咨询'],
      ['您好，很高兴为您服务', '咨询订单号:[订单x] 商品ID:[数字x] 配送咨询'],
      // After thanks: a closing, not a brush-off.
      ['请问还有其他需要为您服务的吗', '好嘞，多谢您'],
      ['有什么可以帮您的吗', '嗯嗯，明白啦'],
      // The opener with an answer is an answer.
      ['您好，可以吸的，滚刷专门做了防缠绕，有什么可以帮您的随时说', '这款吸尘器能吸猫毛吗？'],
      ['您好，保证金在确认收货后原路退回，请问还有什么可以帮您', '保证金什么时候退'],
      ['您好，这边第一时间帮您催仓库，请问还有什么可以帮您', '最近怎么发货这么慢'],
      // Quoted, not said.
      ['您说的“有什么可以帮您”是自动回复哦', '这款能装在老款车上吗'],
      // No previous turn: nothing to ignore.
      ['亲亲您好，请问有什么能帮到您的吗'],
    ],
  )

  it('says the buyer was left unanswered and suggests taking the question up', () => {
    const linter = linterFor('curt-reply')
    // Session 26 (cr26): asked of the closing that asks what else (the opener is no longer curt, the lead's convention).
    const [m, ...rest] = linter.lint('亲亲您好，请问还有其他能帮到您的吗', { previous: '收到的杯子裂了一道缝' }).messages
    expect(rest).toEqual([])
    expect(m?.message).toBe('买家刚才的话（投诉、催促或提问）还没有得到回应，只回「请问还有其他能帮到您的吗」显得敷衍；请先回答或说明处理办法。')
    expect(m?.expected).toEqual(['我先帮您查一下，马上给您答复'])
  })
})

describe('curt-reply: the answer left to someone else, or a flat can\u2019t-tell, as the whole reply', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个您得问出版社哦', '第三卷拖了半年还不出，太慢了', '这个您得问出版社哦', 'warning'],
      ['这个要看快递的', '等了三天还没到，怎么回事', '这个要看快递的', 'warning'],
      ['我也不知道几天呢', '清关要几天？', '我也不知道几天呢', 'warning'],
      ['这个我们保证不了', '后天能到吗？很急', '这个我们保证不了', 'warning'],
    ],
    [
      // With a step of our own.
      ['这个要看出版社的安排，我帮您留意，一有消息就通知您', '第三卷什么时候出？'],
      ['不知道几天呢，我帮您问一下清关公司，问到了马上告诉您', '清关要几天？'],
      // Who does it, in answer to a yes/no question or to a question of who.
      ['要看快递的安排', '明天能到吧？'],
      ['需要联系出版社哦', '这套书谁负责再版？'],
      // After thanks.
      ['这个要看快递的', '好的，辛苦啦'],
      // Without a previous turn a bare pointer is not read against anything.
      ['这个您得问出版社哦'],
    ],
  )
})

describe('absolute-promise: certainty given as the yes to an outcome the courier decides', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的亲', '周五前一定送得到吗？', '会的', 'error'],
      ['是的呢', '周六之前能送到么', '是的', 'error'],
      ['确定的', '快递能拦截住吗？', '确定的', 'error'],
      ['一定的', '半路还拦得住吗', '一定的', 'error'],
      ['能的', '如果今天下单，明天能送到么', '能的', 'error'],
    ],
    [
      // A status, not an outcome.
      ['是的', '你们收到我寄回的货了么'],
      // Room left.
      ['一般是可以的，遇到天气会晚一点', '周五前一定送得到吗？'],
      ['可以的，不过最终以快递反馈为准', '能拦得住吗'],
      // A condition, not a yes.
      ['确定的话我马上帮您申请拦截', '快递能拦截住吗？'],
      // 这么 / 什么 closing a clause asks nothing.
      ['是的', '周六能送到，客服是这么说的'],
      // The shop's own policy or doing.
      ['是的', '需要交保证金么'],
      ['一定的', '发货前一定会检查吧？'],
      ['可以的', '第一时间能发货么'],
    ],
  )
})

describe('off-platform: a number pointed at (打这个…) with the agent named as who answers', () => {
  checkKinds(
    'off-platform',
    [
      ['急的话您打这个 13800224466，我是店长', undefined, '打这个 13800224466，我是店长', 'error'],
      ['拨这个号码0571-88776655，是我的手机', undefined, '拨这个号码0571-88776655，是我的手机', 'error'],
    ],
    [
      // Nobody of ours answers it: a courier's or the official line.
      ['快递员让您打这个 13800224466 找他'],
      ['您打这个4008001234是官方客服，找他们处理'],
      // A question, a negation.
      ['您打这个13800224466是空号吗'],
      ['别打这个 13800224466，我是店长，有事在这里说就行'],
    ],
  )
})

describe('review-manipulation: stars drawn, a line added to a bad review, the shipping refunded whole', () => {
  checkKinds(
    'review-manipulation',
    [
      ['收到货给个5⭐，有小惊喜等着您', undefined, '5⭐，有小惊喜', 'error'],
      ['您把差评改成好评，运费我们全退', undefined, '差评改成好评，运费我们全退', 'error'],
      ['差评能麻烦追加一句客服处理得很好吗？我给您补个红包', undefined, '差评能麻烦追加一句客服处理得很好吗？我给您补个红包', 'error'],
    ],
    [
      // A return policy, not a deal for a review.
      ['不满意可以退货，运费全退'],
      // Compensation already made, the review left free.
      ['差评我们看到了，已经给您退运费，评价您随意'],
      // Stars reported, not asked for.
      ['这款收到的顾客都打了5⭐'],
      // Advice to add a line of one's own, no reward.
      ['评价里可以追加一句使用感受，方便其他买家参考'],
    ],
  )
})

describe('competitor-disparagement: another seller\u2019s price called a trick', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['携程那边卖的都是加价的，在我们这买最划算', undefined, '携程那边卖的都是加价的', 'warning'],
      ['某宝那些都是套路价', undefined, '某宝那些都是套路价', 'warning'],
      ['别家都是先涨价再打折', undefined, '别家都是先涨价再打折', 'warning'],
    ],
    [
      // The shop about itself.
      ['我们不搞套路价，标多少就是多少'],
      ['我们这款没有加价的，跟官网同价'],
      // Another platform named without a judgement.
      ['携程那边也可以订，价格差不多'],
      // Not asserted.
      ['别家是不是套路价我们不清楚'],
    ],
  )
})

describe('privacy-leak: a card number after the account it pays into', () => {
  checkKinds(
    'privacy-leak',
    [
      ['定金付我个人账户也可以，6222 0210 0112 3456 789', undefined, '6222 0210 0112 3456 789', 'error'],
      ['定金打到这个卡6222021001123456789', undefined, '6222021001123456789', 'error'],
    ],
    [
      // An order number, the nearer label.
      ['您的订单号6222021001123456789已经退款到账户'],
      ['退款会退回原支付账户，订单号4012888888881881'],
      // The shop's collecting account: off-platform's, not a person's card.
      ['打款账户：农行 6228 4800 0123 4567 890，到账后截图'],
    ],
  )
})

describe('curt-reply: a failure reported is a complaint a template does not answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['请问还有其他可以帮到您的地方吗', '网页一直刷新不了', '请问还有其他可以帮到您的地方吗', 'warning'],
      ['非常抱歉', '买的台灯到现在还没收到', '非常抱歉', 'warning'],
      ['好的呢', '杯子寄到就碎了', '好的呢', 'warning'],
    ],
    [
      // A bare hurry-up is no complaint yet: the opener asks what it is about (real traffic: not upheld).
      ['有什么可以帮您的吗', '急急急'],
      // A condition: nothing is wrong yet.
      ['好的呢', '要是明天还没收到我再找你们'],
      ['好的呢', '万一路上碎了怎么办，先备注一下轻放'],
      // Thanks after the report: the turn is closed.
      ['好的呢', '一直没收到，不过刚才快递打电话了，谢谢'],
      // An answer, not a template.
      ['抱歉，我马上联系快递查一下，今天给您回复', '买的台灯到现在还没收到'],
    ],
  )
})

describe('absolute-promise: the latest arrival stated as certain (不会超过 / 不会晚于 + a time)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，快递不会超过明天的', undefined, '快递不会超过明天', 'error'],
      ['物流不会晚于周五', undefined, '物流不会晚于周五', 'error'],
      ['包裹已经发出，配送不会拖到下周', undefined, '配送不会拖到下周', 'error'],
    ],
    [
      // Room left.
      ['快递预计不会超过明天'],
      ['快递一般不会超过三天'],
      // A question.
      ['快递会不会超过明天？'],
      // Not a delivery: a refund's or a price's or a weight's bound.
      ['退款不会超过7个工作日'],
      ['这个价格不会超过200'],
      ['包裹重量不会超过五斤'],
      // A condition.
      ['如果快递不会超过明天，我们就不用改地址了'],
    ],
  )

  it('suggests a hedge that lints clean', () => {
    const linter = linterFor('absolute-promise')
    const text = '放心，快递不会超过明天的'
    const [m] = linter.lint(text).messages
    expect(m?.expected).toEqual(['一般', '正常情况下'])
    expect(m?.message).toContain('「快递不会超过明天」把到货说死了')
    const preview = /例如「(.+)」。$/.exec(m!.message)?.[1]
    expect(preview).toBeDefined()
    expect(linter.lint(preview!).messages).toEqual([])
  })
})

describe('blame-customer: filled past its room or put to another use, named as the cause', () => {
  checkKinds(
    'blame-customer',
    [
      ['是因为您箱子装得太满了', '拉链坏了', '是因为您箱子装得太满', 'error'],
      ['腿断了是因为你当凳子站上去了', '折叠桌的腿断了', '是因为你当凳子站上去', 'error'],
    ],
    [
      // Advice, a condition, a use the product is made for.
      ['箱子不要装得太满，拉链容易坏'],
      ['如果装得太满拉链容易坏'],
      ['这款凳子可以当梯子用'],
      // Asked with help after it.
      ['您是不是拿它当凳子坐了？我帮您看看怎么处理', '拉杆晃'],
      // The shop owning it.
      ['抱歉，是我们仓库装得太满把盒子压坏了', '盒子压坏了'],
    ],
  )
})
