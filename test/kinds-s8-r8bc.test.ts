import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eighth session (r8bc): kinds behind set O's blame-customer and curt-reply misses, in our own words
 * and other domains, each with the traps beside it. The told-you-so split itself is pinned in
 * test/told-split.test.ts.
 */
describe('blame-customer: the buyer\'s handling given as the reason (是因为…), and "you should have been ready"', () => {
  checkKinds(
    'blame-customer',
    [
      ['电池鼓包是因为您一直边充边玩', undefined, '是因为您一直边充边玩', 'error'], // reason before the customer
      ['面膜发干是因为您敷太久了', undefined, '您敷太久', 'error'], // reason before the customer
      ['您这个净水器出水慢是因为用了杂牌滤芯', undefined, '是因为用了杂牌', 'error'], // reason after the goods, non-original part
      ['打印模糊是因为您用了别家的墨盒', undefined, '您用了别家的', 'error'], // non-original consumable
      ['定制的东西，您下单前就该有心理准备', undefined, '就该有心理准备', 'warning'], // should have been ready
      ['預購要等，您買之前就應該有個心理準備', undefined, '就應該有個心理準備', 'error'], // Traditional
    ],
    [
      ['如果是因为您敷太久了，下次缩短到十五分钟就好'], // condition
      ['不是因为您用了杂牌滤芯，是我们这批滤芯有问题'], // negated cause, the shop owns it
      ['建议别用杂牌墨盒，容易堵头'], // advice
      ['您放心，我们下单前就应该有货了'], // 应该有 as a guess
      ['我们发货前就该有心理准备，是我们没提醒您'], // the shop's own should
    ],
  )
})

describe('curt-reply: a grunt that cannot answer a question about content', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯。', '这款书包有几个颜色？', '嗯', 'warning'],
      ['嗯嗯', '从杭州发到成都要多久', '嗯嗯', 'warning'],
      ['好吧', '这个柜子多宽', '好吧', 'warning'],
      ['问美团去。', '团购券可以改日期吗', '问美团去', 'warning'], // sent to the platform the order came through
    ],
    [
      ['嗯嗯', '是纯棉的吗'], // a yes to a yes/no question
      ['嗯嗯', '是什么面料，纯棉吗'], // content asked, then yes/no: the yes answers it
      ['嗯，有三个颜色', '有几个颜色'], // the grunt opens an answer
      ['好的', '多久能到'], // not a grunt entry
      ['可以在美团上改日期的，我教您', '团购券可以改日期吗'], // the platform named as where to do it, with help
    ],
  )
})

describe('curt-reply: a grunt taking a request made as a request (real traffic: 麻烦帮忙拦截订单 → 恩)', () => {
  checkKinds(
    'curt-reply',
    [
      ['恩', '麻烦帮我把这单拦截一下', '恩', 'warning'],
      ['嗯嗯', '帮我备注发顺丰', '嗯嗯', 'warning'],
      ['嗯', '麻烦改个地址 对的', '嗯', 'warning'], // the request confirmed, still only a grunt
    ],
    [
      ['嗯嗯', '能帮我拦截吗'], // asked as a yes/no question: a yes
      ['嗯', '帮我改个地址 好的我等等'], // the customer put the chat on hold
      ['嗯嗯', '想开张电子发票 我再看看'], // still deciding
      ['嗯嗯，已经给您备注了', '帮我备注发顺丰'], // the grunt opens a report of it done
    ],
  )
})

describe('blame-customer: common sense denied the buyer, and not finding out before buying', () => {
  checkKinds(
    'blame-customer',
    [
      ['插线板不能接大功率，这点常识都没有吗？', '插线板烧了', '这点常识都没有', 'error'], // common sense denied
      ['您下单前没了解过这个型号吗', undefined, '没了解过', 'error'], // not finding out before buying
    ],
    [
      ['这些都是用电常识，我把说明书第二页发给您'], // common sense as a topic, with help
      ['是我们没了解清楚您的需求，抱歉'], // the shop's own omission
      ['您没了解过的话我给您介绍一下'], // condition, with help
    ],
  )
})

describe('curt-reply: the buyer sent to a third party in the written register (与 / 同 for 跟)', () => {
  checkKinds(
    'curt-reply',
    [['还请您与商家沟通', '是卖家发错了吗', '您与商家沟通', 'warning']],
    [['我们已与商家沟通，明天给您回复', '是卖家发错了吗'], ['您可以与快递员联系一下，我这边也帮您催', '快递太慢了']],
  )
})

describe('blame-customer: praise of the buyer turned ironic by a deed done late or early (才)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您可真仔细，穿了三个月才看到这个线头', undefined, '您可真仔细', 'error'], // late discovery
      ['您真能等，快递到驿站十天了才去取', '怎么被退回了', '您真能等', 'error'], // late pickup
      ['你真积极，才拍下十分钟就问几点到', undefined, '你真积极', 'error'], // early chasing
    ],
    [
      ['您真仔细，才看出来我们缝线有问题，马上给您换一件'], // sincere, with help
      ['您真能等，等了这么久才发货，实在抱歉'], // sincere, with an apology
      ['您真细心，这个色差我们都没注意到'], // no 才: plain praise
      ['感谢您这么有耐心'], // thanks
    ],
  )
})

describe('curt-reply: "can\'t tell" or "can\'t see" as the whole reply', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个确定不了哦', '保价能保多久', '确定不了', 'warning'],
      ['不好说', '这批货还能补上吗', '不好说', 'warning'],
      ['查不到呢', '我的退款到哪一步了', '查不到', 'warning'],
    ],
    [
      ['暂时确定不了，明天仓库上班我第一时间问了回复您', '保价能保多久'], // with a next step
      ['查不到的话麻烦您把订单号发我', '我的退款到哪一步了'], // condition, with a request that helps
      ['颜色不确定的话可以先看看买家秀'], // a condition on the buyer
    ],
  )
})
