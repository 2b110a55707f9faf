import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 32, lane cu32: curt-reply read on the new dev sets (BA, BB: misses and false alarms) against the real corpora, each kind
 * with members in two sources (two authors' sets, or a set and a real corpus). Sentences in our own words, with the traps that
 * must stay as they were (the short yes, the tag asking to confirm, the buyer's own choice, negation, advice, 保证金, 第一时间, 最近).
 */

// 1. A grunt to a yes/no question about the goods named (sets AE, AG, AW, BA): 嗯 says nothing about the goods. 是的 / 对的 still
//    answer; a tag asking to confirm the buyer's own words (…是吗, …对吧) takes 嗯嗯 as its yes, as the real corpora's agents use it.
describe('curt-reply cu32: a grunt to a question about the goods', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '这个保温杯能装开水吗', '嗯', 'warning'],
      ['嗯。', '这款面霜孕妇可以用吗', '嗯', 'warning'],
      ['嗯嗯', '在吗？这件外套有没有加绒', '嗯嗯', 'warning'],
      ['嗯', '你们家的拖鞋会不会偏大，我平时穿40', '嗯', 'warning'],
    ],
    [
      ['是的', '这个保温杯能装开水吗'],
      ['对的亲', '这款面霜孕妇可以用吗'],
      ['嗯嗯', '那我先下单，这个明天能发是吧'],
      ['嗯嗯', '也就是说这个要先申请退款对吗'],
      ['嗯嗯', '是今天发货吗'],
      ['嗯', '好的，谢谢'],
      ['嗯嗯，可以的，这款保证金是单独退的', '这个押金能退吗'],
      ['嗯，能装开水的，第一时间给您发出', '这个保温杯能装开水吗'],
    ],
  )
})

// 2. 活动 asked as a want, like 优惠 (set BA; CSDS upholds a no to a promotion asked): a bare 没有 refuses it; a soft no or an
//    alternative answers.
describe('curt-reply cu32: a promotion asked for', () => {
  checkKinds(
    'curt-reply',
    [
      ['没有', '最近有没有什么活动', '没有', 'warning'],
      ['没有。', '现在有活动吗', '没有', 'warning'],
    ],
    [
      ['没有哦亲，不过下周会员日全场九五折', '最近有没有什么活动'],
      ['最近的活动是满199减20，您可以凑一下单', '现在有活动吗'],
    ],
  )
})

// 3. The Taiwan chaser 為什麼還沒出貨 / 怎么还没出货 is a complaint like 还没发货 (sets B, U, AI, FC, BA, BB): a bare queue status
//    to it is curt; with the wait explained it is not.
describe('curt-reply cu32: 还没出货 is a chaser', () => {
  checkKinds(
    'curt-reply',
    [
      ['排隊中', '訂單三天了還沒出貨', '排隊中', 'warning'],
      ['排队中', '怎么还没出货啊', '排队中', 'warning'],
    ],
    [
      ['很抱歉讓您久等，目前排隊出貨中，預計明天寄出', '訂單三天了還沒出貨'],
      ['排队中', '现在出货要排队吗'],
    ],
    { profile: 'zh-TW' },
  )
})

// 4. "What do you want" in the polite pronoun (那您想怎么样, set BB; 你想怎么样 in sets N, AJ): a retort. Asking how the buyer wants
//    it settled, with the options, is service.
describe('curt-reply cu32: 您想怎么样', () => {
  checkKinds(
    'curt-reply',
    [
      ['那您想怎么样？', '收到的碗有个缺口', '您想怎么样', 'warning'],
      ['您想怎样嘛', '快递盒子都压扁了', '您想怎样', 'warning'],
    ],
    [
      ['您想怎么样处理呢？补发或者退款都可以', '收到的碗有个缺口'],
      ['您想怎样解决都可以，我们这边全力配合', '快递盒子都压扁了'],
      ['您想怎么办理退货呢'],
    ],
  )
})

// 5. 怪谁 is curt-reply's shrug when nobody is told to have done anything; after the buyer's own doing it is blame-customer's
//    alone (s38: sets P, S, AG, AH, AJ, AP, AS, BA and the rest of the pool label it blame only, 15 times to 8).
describe('curt-reply cu32: 怪谁 with or without the buyer told what they did', () => {
  checkKinds(
    'curt-reply',
    [
      ['平邮就是慢，慢了怪谁', undefined, '怪谁', 'warning'],
      ['路上颠坏了怪谁呢', '杯子收到就碎了', '怪谁', 'warning'],
    ],
    [
      // s38: after the buyer's own doing it is blame-customer's alone (the dev pool labels it so 15 times to 8; see
      // test/rules-a-kinds.test.ts).
      ['您一次用了半瓶，皮肤发红能怪谁', undefined],
      ['你拆了包装又放了一周，受潮了怪谁？', undefined],
    ],
  )
})

// 6. Whether it happens, then "I don't know / can't tell either" (送不送得到我也不知道, 会不会有色差我也说不准; sets AA, BA): the
//    shrug with what cannot be told named. A concession about the future (不过以后会不会降价我们也说不准) with advice is an honest
//    hedge; with a next step it is service.
describe('curt-reply cu32: whether or not, I do not know either', () => {
  checkKinds(
    'curt-reply',
    [
      ['明天到不到我也不知道', '快递明天能到吗', '不知道', 'warning'],
      ['这批货会不会起球我也说不准', '这条围巾戴久了会不会起球', '说不准', 'warning'],
      ['今天人太多了，修不修得好我们也不清楚', undefined, '不清楚', 'warning'],
    ],
    [
      ['这是今年最低价了，不过以后会不会降价我们也说不准，您按需购买', undefined],
      ['明天到不到我也不确定，我帮您联系快递问一下', '快递明天能到吗'],
      ['会不会起球我也说不准，建议您手洗', '这条围巾戴久了会不会起球'],
      ['最近会不会补货我们也在等通知，到货第一时间告诉您', undefined],
    ],
  )
})
