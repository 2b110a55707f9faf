import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 49 (lane curt45, forty-fifth brief): curt-reply recall on kinds that recur across the new authors (DH, M1, M2) and
 * gain on the check sets. Rows in the lane's own words.
 */
describe('curt-reply: the refund, exchange or compensation refused as out of the question (rude, tail; curt45)', () => {
  checkKinds(
    'curt-reply',
    [
      ['穿过了，换是不可能换的。', undefined, '换是不可能换的', 'warning'],
      ['补偿不可能，最多送您一张券', '少发了一件', '补偿不可能', 'warning'],
      ['退款是不可能的', '我要退款', '退款是不可能的', 'warning'],
      ['用过了不可能给您退', undefined, '不可能给您退', 'warning'],
      ['退貨是不可能的喔', undefined, '退貨是不可能的', 'warning'],
    ],
    [
      // a limit stated, a negation (reassurance), the shop owning it, a question, a quotation
      ['退款不可能超过您实付的金额', undefined],
      ['不退款是不可能的，您放心', undefined],
      ['没赔偿是不可能的，我们肯定给您处理', '东西坏了'],
      ['退款不可能到不了，会原路返回', '退款还没到'],
      ['您是说客服跟您讲“退货不可能”吗？我帮您核实', undefined],
      ['保证金退款不可能这么快到，一般三个工作日', undefined],
    ],
  )
})

describe('curt-reply: a bare demand as the whole answer to a complaint or a request (whole; curt45)', () => {
  checkKinds(
    'curt-reply',
    [
      ['拍照。', '收到的花瓶裂了一道缝', '拍照', 'warning'],
      ['发图', '裤子洗一次就掉色了', '发图', 'warning'],
      ['理由？', '我想退掉这单', '理由？', 'warning'],
      ['什么原因', '我要取消订单', '什么原因', 'warning'],
    ],
    [
      // asked how, asked politely, softened, with a step of the agent's, a question about a word
      ['拍照', '售后要怎么申请'],
      ['拍张照的', '开机没反应'],
      ['麻烦您拍张照片发我，我第一时间帮您处理', '收到的花瓶裂了一道缝'],
      ['请问是什么原因呢？我帮您看看', '我想退掉这单'],
      ['原因', '这个词是什么意思'],
      ['为什么', undefined],
    ],
  )
})

describe('curt-reply: what ran out as the whole answer to a complaint (whole, status; curt45)', () => {
  checkKinds(
    'curt-reply',
    [
      ['赠品送完了。', '说好的赠品我没收到', '赠品送完了', 'warning'],
      ['活动结束了', '最近一直没发货，说好的优惠也没了', '活动结束了', 'warning'],
    ],
    [
      // asked whether any is left, an apology and a make-good, a plain question
      ['卖完了哦，周五补货，我给您登记', '还有白色的吗'],
      ['赠品送完了，给您补一张五元券，抱歉', '说好的赠品我没收到'],
      ['活动结束了哦', '这个活动什么时候结束'],
    ],
  )
})
