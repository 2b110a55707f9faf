import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 32 mend A: curt-reply after the review of c0300e8. Sentences in our own words.
 */

// 1, 2. 怪谁 stays curt-reply's shrug after 您的 (what is theirs), 您好 and 给您; after the buyer's own doing it is
//    blame-customer's alone since s38 (the pool labels it so 15 times to 8).
describe('curt-reply mend A: whom to blame', () => {
  checkKinds(
    'curt-reply',
    [
      ['亲，您的包裹走的是普通快递，路上本来就慢，晚了怪谁', undefined, '怪谁', 'warning'],
      ['您好，最近物流爆仓，晚到怪谁呀', undefined, '怪谁', 'warning'],
    ],
    [
      // s38: after the buyer's own doing (您非要用热水洗) it is blame-customer's alone, as the pool labels it 15 times to 8.
      ['您非要用热水洗，缩了怪谁', undefined],
    ],
  )
})

// 5. 您想怎么样 asks the buyer's wish, no challenge: before 的 / 都 / a verb of making or choosing, or with choices or an offer
//    after it (还是…, 您选, 我给您推荐) in its sentence or the next.
describe('curt-reply mend A: what would you like', () => {
  checkKinds(
    'curt-reply',
    [
      ['那您想怎么样嘛', '鞋子穿了一天就开胶了', '您想怎么样', 'warning'],
      ['您想怎样？', '箱子被快递摔扁了'],
    ].map(([t, p, a, s]) => [t!, p, a ?? '您想怎样', s ?? 'warning'] as const),
    [
      ['您想怎么样的款式我们都能做', undefined],
      ['您想怎样修改都行，我们免费改', undefined],
      ['请问您想怎么样包装呢？有纸盒和礼袋两种', undefined],
      ['您想怎么样配色呢，我给您推荐几个', undefined],
      ['那您想怎么样呢？补发还是退款您选一个', '箱子被快递摔扁了'],
    ],
  )
})

// 12. A grunt to a yes/no question about the goods: the goods word and the yes/no marker in the same (last) question clause.
describe('curt-reply mend A: the goods asked about in the question itself', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '我看了好久，这款洗了会不会缩水', '嗯', 'warning'],
      ['嗯嗯', '你们家的枕头能机洗吗？我怕洗坏了', '嗯嗯', 'warning'],
    ],
    [
      ['嗯嗯', '这双我已经付款了，明天能到吗'],
      ['嗯', '这个我收到了，你们有没有运费险'],
    ],
  )
})

// 7. The whole-reply readings answered once per reply: the same answers as before for short replies.
describe('curt-reply mend A: whole-reply readings', () => {
  checkKinds(
    'curt-reply',
    [
      ['哦～', '怎么还没发货', '哦', 'warning'],
      ['我们也不知道', '快递到哪了', '不知道', 'warning'],
    ],
    [['哦哦，已经帮您催了，今天一定发出', '怎么还没发货']],
  )
})
