import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Thirteenth round (r13c): curt-reply false alarms that set S showed and other authors share,
 * in our own words and other domains, each with its traps.
 */
describe('curt-reply: the 会谢 meme selling the goods or owning the shop\'s slip is not sarcasm (sets Q, R, S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['同一个尺码问了四遍了，我真的会谢', undefined, '我真的会谢', 'warning'],
      ['又来退这单，真的会谢', undefined, '真的会谢', 'warning'],
    ],
    [
      ['这个折扣错过了真的会谢'], // a sales pitch
      ['姐妹们冲，这款粉底持妆到离谱，真的会谢'],
      ['打包的同事把口味发错了，真的会谢，我马上给您补寄'], // the shop's slip, the agent acts
      ['物流把箱子压扁了真的会谢，小妹这就去找他们'],
    ],
  )
})

describe('curt-reply: 就等着 + a treat or a warning about someone else is no bare wait (sets K, S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['就等着吧', '我的包裹一周没更新了', '就等着吧', 'warning'],
      ['您就等着呗', '退款三天了还没到账', '就等着呗', 'warning'],
    ],
    [
      ['腊肉今天寄出，过年您就等着吃吧'],
      ['街边贴的钢化膜，不出一周就等着被翘边吧'],
      ['这条裙子穿去婚礼，就等着被问链接吧'],
    ],
  )
})

describe('curt-reply: a rule cited with what it protects is a reason, not "rules are rules" (set S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['这是店铺规定', '为什么不能货到付款', '店铺规定', 'warning'],
      ['定制的不退，公司规定', undefined, '公司规定', 'warning'],
    ],
    [
      ['实名认证是平台规定，也是为了保护您的账户'],
      ['这是公司规定，因为生鲜拆封后无法二次销售'],
      ['这是平台规定，主要是避免优惠券被盗用'],
    ],
  )
})

describe('curt-reply: 要买就买 + which one is advice, bare it dares (set S; the dare: sets B, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['价格不改，要买就买', '能再少二十吗', '要买就买', 'warning'],
      ['就这个价，要拍就拍啊', undefined, '要拍就拍', 'warning'],
    ],
    [
      ['这种锅要买就买复底的，受热匀'],
      ['要买就买大一码，这款偏小'],
    ],
  )
})

describe('curt-reply: told to phone the shop\'s own people is not a push elsewhere (set S)', () => {
  checkKinds(
    'curt-reply',
    [['维修点电话是0571-0000000，您直接打给他', undefined, '您直接打给他', 'warning']],
    [['安装时间您直接打给我们师傅约就行'], ['定金付完以后您直接打给店里确认尺寸']],
  )
})

describe('blame-customer: a next-time care word told to the shop\'s own people or the courier lectures nobody (set S)', () => {
  checkKinds(
    'blame-customer',
    [
      ['亲，下回签收前记得先拆箱检查', undefined, '下回签收前记得先拆箱检查', 'warning'],
      ['抱歉，您以后下单注意选对规格', undefined, '以后下单注意', 'warning'],
    ],
    [
      ['这边已经跟仓库说了，让他们下次装箱仔细一点'],
      ['我已经提醒师傅以后上门注意带鞋套'],
      ['已经反馈，要求快递下回派送务必当面签收'],
    ],
  )
})

describe('curt-reply: sent to a party named with a brand or kind, or told to 问问 them (sets K, S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['你去找华为售后', '这个平板还在保修期吗', '你去找华为售后', 'warning'],
      ['这个你问车友群去', '这款脚垫适合哪个年份的车', '你问车友群去', 'warning'],
      ['充电头的问题去找原装厂家', undefined, '去找原装厂家', 'warning'],
      ['查不到，你自己问问快递吧', '快递到哪了', '你自己问问快递', 'warning'],
    ],
    [
      ['我们去找本地厂家谈了，下周给您答复'], // the shop acts
      ['我问问群里的同事再回您'],
      ['漏水是您找的师傅没装好'], // a relative clause, nobody sent (blame-customer's, if anything)
      ['建议您问问医生', '孕妇能吃吗'], // a health question referred to a doctor is the answer owed
      ['你去找华为售后也可以，我这边也帮您登记一下', '这个平板还在保修期吗'], // with help
    ],
  )
})

describe('curt-reply: a reply that both shrugs and sends the buyer to a party reports both', () => {
  const linter = linterFor('curt-reply')
  const spans = (text: string) => linter.lint(text).messages.map((m) => text.slice(m.start, m.end))
  // Moved here from test/curt-reply-kinds and test/kinds-s10-r10bc, which assert one finding a case.
  it('不清楚 你问问物流吧: the shrug and the pointer', () => expect(spans('不清楚 你问问物流吧')).toEqual(['不清楚', '你问问物流']))
  it('装不上您找装修师傅，我们只卖不管装: the pointer and the narrowed part', () =>
    expect(spans('装不上您找装修师傅，我们只卖不管装')).toEqual(['您找装修师傅', '只卖不管装']))
})

describe('curt-reply: the closing template as the whole answer to a question or complaint (real JD, misses-4)', () => {
  checkKinds(
    'curt-reply',
    [
      ['请问还有其他可以帮到您的吗?', '退款不是说三天到吗', '请问还有其他可以帮到您的吗', 'warning'],
      ['亲亲，请问还有什么可以帮您的吗', '水壶用了两次就漏水了', '请问还有什么可以帮您的吗', 'warning'],
      ['请问还有其他问题吗', '安装师傅到底几点来? ……', '请问还有其他问题吗', 'warning'],
    ],
    [
      ['请问还有其他可以帮到您的吗?', '好的，谢谢'], // closing after thanks
      ['请问还有什么可以帮您的吗', '嗯嗯'],
      ['请问还有其他可以帮到您的吗?', 'ok'],
      ['请问还有其他可以帮到您的吗?', '那周五能到吗? 👌'], // an emoji takes the answer already given
      ['请问还有其他可以帮到您的吗?', '哦明白了，三到五天是吧'], // checking what was understood
      ['请问还有其他可以帮到您的吗?', '?'], // too little to ignore
      ['请问还有其他可以帮到您的吗?'], // no previous turn
      ['已经给您改好地址了，请问还有其他可以帮到您的吗?', '地址能改一下吗'], // answered first
    ],
  )
})

describe('curt-reply: "please wait" with the address inside it, as the whole answer to a complaint (real JD, misses-4)', () => {
  checkKinds(
    'curt-reply',
    [['辛苦亲再等等哈', '都五天了物流一点没动', '辛苦亲再等等', 'warning']],
    [
      ['辛苦亲爱的再等等', '什么时候能发货'], // a plain question about timing
      ['辛苦亲再等等，我已经帮您催了仓库', '都五天了物流一点没动'], // with the agent's step
    ],
  )
})

describe('curt-reply: the buyer\'s difficulty dropped with 就算了 (sets A, D, M, Q, S)', () => {
  checkKinds(
    'curt-reply',
    [
      ['不会设置就算了', '这个路由器我设置不好', '不会设置就算了', 'warning'],
      ['嫌麻烦就算了', '退货流程太麻烦了', '嫌麻烦就算了', 'warning'],
    ],
    [
      ['不喜欢就算了，您申请退货，运费我们出'], // a way offered
      ['就算了解了尺码也建议试穿'], // 就算 = even if
    ],
  )
})

describe('curt-reply: "I answered that" with or without 已经 (set S; with 已经: sets A, B, J, L, M, N)', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个我回答过了', '发票怎么开？', '我回答过了', 'warning'],
      ['早就回复过了', undefined, '早就回复过了', 'warning'],
    ],
    [
      ['不好意思，我回答过了但没讲明白，发票在订单页申请'], // the agent owns it
      ['这个问题仓库回复过了，明天补发'], // someone else answered
    ],
  )
})

describe('curt-reply: put off until later with the asking named (明天再问吧, 改天再聊): set S', () => {
  checkKinds(
    'curt-reply',
    [['下班了，回头再聊', '这个灯怎么换灯泡', '回头再聊', 'warning']],
    [
      ['我明早再问下厂家，十点前回复您'], // the agent asks someone
      ['回头再聊的话，我先帮您把链接收藏好'], // a way offered
    ],
  )
})
