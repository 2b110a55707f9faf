import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eighth session (rc9): curt-reply kinds behind real JD agent replies that a strict reviewer
 * labelled curt (fixtures/eval/real/misses-2.jsonl), read against the customer's previous turn and
 * written here in our own words. The buyer pressing (人呢, 赶紧) or saying it did not work (没成功,
 * 登不上) is the shared class act.urge; a complaint is complaint.any. Each trap passes.
 */
describe('curt-reply: someone else must be contacted, as the whole answer to a complaint or a nudge', () => {
  checkKinds(
    'curt-reply',
    [
      ['需要联系卖家哦', '人呢？', '需要联系', 'warning'], // need to contact, to a nudge
      ['建议您直接联系售后人员咨询一下呢', '这个充电器用不上啊', '建议您直接联系', 'warning'], // advice to contact, to a failure
      ['请您与商家协商解决', '收到的鞋子开胶了', '您与商家协商', 'warning'], // settle it with the seller (the party shape's; kept as a guard)
      ['建议您再联系一下安装师傅', '师傅到现在还没来，搞什么', '建议您再联系', 'warning'], // advice to contact, to a complaint
      ['这个是第三方卖家的商品哦', '物流这么慢', '这个是第三方', 'warning'], // third-party seller as the answer
      ['该订单是第三方店铺发货的', '快递一直不动', '该订单是第三方', 'warning'], // formal register
    ],
    [
      ['需要联系卖家哦', '这个能开发票吗'], // the answer to a question about who does it
      ['建议您联系售后人员，我这边也给您反馈一下', '这个充电器用不上啊'], // the agent acts too
      ['这个是第三方卖家的商品，小妹帮您联系商家催一下发货', '物流这么慢'], // the agent chases the seller
      ['此单是第三方商家的商品', '是京东自营吗'], // a status question, answered
      ['需要联系厂家上门检测，我这边先给您登记好了', '洗衣机不转了'], // the agent takes the next step
    ],
  )
})

describe('curt-reply: a record line as the whole answer to a complaint or to the buyer pressing', () => {
  checkKinds(
    'curt-reply',
    [
      ['您的退款申请已提交。', '退款一直没到账', '您的退款申请已提交', 'warning'], // paperwork stated, trouble not met
      ['已经反馈了', '你们快点帮我处理啊，我急用', '已经反馈了', 'warning'], // to urgency
      ['申请已经提交了哦', '取消还是没成功', '申请已经提交了', 'warning'], // to a failure
      ['在处理中', '都一周了还没给我退', '在处理中', 'warning'], // in progress, nothing more
      ['已登记', '人呢', '已登记', 'warning'], // to a nudge
    ],
    [
      ['已经提交了哦', '取消申请提交了吗'], // a status question answered
      ['已经反馈了，给您带来不便很抱歉，我这边会持续跟进', '你们快点帮我处理啊'], // apology and follow-up
      ['在处理中，预计明天下午前给您回复', '都一周了还没给我退'], // a time and a reply promised
      ['已登记', '好的麻烦帮我登记一下'], // a request done
      ['您的取消申请已提交，稍后系统会自动退款', '没成功啊'], // what happens next is said
    ],
  )
})

describe('curt-reply: "can\'t tell" with what cannot be told named, as the whole answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['送货时间说不准哦', '我只有周六在家', '送货时间说不准', 'warning'], // the time named, nothing offered
      ['具体几点不确定的亲', '下午几点能送到', '几点不确定', 'warning'], // the hour named
      ['妹子这边查不到是哪里呢', '这个是从哪个仓发的', '查不到是哪里', 'warning'], // the place named, JD self-name 妹子
    ],
    [
      ['具体时间不确定，我帮您备注一下周六配送', '我只有周六在家'], // the agent takes a step
      ['送货时间说不准哦，师傅出发前会电话联系您', '我只有周六在家'], // what happens next is said
      ['查不到是哪里发的话，我帮您问一下仓库', '这个是从哪个仓发的'], // a condition and an offer
      ['这款妹子穿都很显瘦，不确定尺码可以发身高体重给我', '我160穿什么码'], // 妹子 the wearer, advice given
    ],
  )
})
