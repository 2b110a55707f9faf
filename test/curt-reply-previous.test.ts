import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

// Curt means curt to what was asked (issue 8): the customer's previous message decides whether a
// short reply is an answer or a brush-off. Sentences written for this file.
const ID = 'curt-reply'
const linter = linterFor(ID)
const lint = (text: string, previous?: string) => linter.lint(text, previous === undefined ? undefined : { previous }).messages
const one = (text: string, actual: string, severity = 'warning') => {
  const start = text.indexOf(actual)
  return [{ ruleId: ID, severity, actual, start, end: start + actual.length }]
}

describe('curt-reply: a short yes or a polite no answers a question', () => {
  it.each([
    ['这件是包邮的吧', '是的哦'],
    ['赠品是单独寄的吗？', '是的哦亲'],
    ['你是说换货的运费你们出，对吧', '是的呢'],
    ['订单是这个吗', '是这个哦'],
    ['充电宝能带上飞机吗', '不可以的'],
    ['这个台灯能调成暖光吗？', '不行的哦'],
    ['方便加个微信吗，我把图发你', '不可以的哦亲'],
    ['能给我你的私人电话吗', '不行哦'],
    ['请问周末也发货吗', '嗯嗯'],
    ['好的谢谢你', '嗯'],
  ])('%s → %s passes', (previous, text) => {
    expect(brief(lint(text, previous))).toEqual([])
  })

  it('a stark yes-word is still fine without the question (是的哦 is not "哦" alone)', () => {
    expect(brief(lint('是的哦'))).toEqual([])
    expect(brief(lint('是这款哦'))).toEqual([])
  })
})

describe('curt-reply: a plain no to a request is a refusal without reason or path', () => {
  it.each([
    ['可以帮我改一下收货地址吗', '不可以的哦', '不可以'],
    ['两件能便宜点吗？', '不能', '不能'],
    ['能多送一个赠品吗', '不行的亲', '不行'],
    ['我可以先不付尾款吗', '不可以', '不可以'],
  ])('%s → %s', (previous, text, actual) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })

  it('without the previous message a plain no stays curt', () => {
    expect(brief(lint('不可以的哦'))).toEqual(one('不可以的哦', '不可以'))
  })

  it('a no with its reason passes', () => {
    expect(brief(lint('不可以的哦，订单已经出库了，我帮您联系快递改派', '能改地址吗'))).toEqual([])
  })
})

describe('curt-reply: a grunt is curt alone or in answer to a complaint', () => {
  it.each([
    ['嗯', undefined, '嗯'],
    ['嗯嗯', '说好的赠品根本没寄', '嗯嗯'],
    ['恩', '衣服洗了一次就掉色了', '恩'],
    ['好吧', '快递员把箱子摔坏了', '好吧'],
    ['收到', '买了五天了还没发货', '收到'],
    ['行吧亲', '充电器用了两天就不亮了', '行吧'],
  ])('%s (to %s) → %s', (text, previous, actual) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })

  it.each([
    ['嗯嗯', '明天能发吗'],
    ['嗯嗯', '那我等你们消息'],
    ['好吧', undefined], // an acknowledgement with nothing to answer
    ['好吧', '那我下午再来问'],
    ['嗯嗯，给您补寄一份，今天发出', '说好的赠品根本没寄'],
  ])('%s (to %s) passes', (text, previous) => {
    expect(brief(lint(text, previous))).toEqual([])
  })
})

describe('curt-reply: a bare status or a brush-off in answer to a complaint', () => {
  it.each([
    ['已经发了', '下单一周了怎么还没发货', '已经发了'],
    ['正常的亲', '新买的鞋子开胶了', '正常的'],
    ['显示签收了哦', '我没收到快递，怎么就签收了', '显示签收'],
    ['没事的，继续用吧', '手机壳刚用就裂了', '没事的'],
  ])('%s (to %s) → %s', (text, previous, actual) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })

  it.each([
    ['已经发了哦', '请问发货了吗'], // a plain question: the status is the answer
    ['已经发了，我这就帮您催一下快递', '下单一周了怎么还没发货'], // the agent acts
    ['正常的', undefined],
    ['没事的亲，不着急', '不好意思回复晚了'], // small talk, not a complaint
    ['没事的，我给您补发一个新的', '手机壳刚用就裂了'],
  ])('%s (to %s) passes', (text, previous) => {
    expect(brief(lint(text, previous))).toEqual([])
  })
})

describe('curt-reply: a pointer elsewhere in answer to a complaint', () => {
  it.each([
    ['您可以稍后再试试哦', '找商家客服一直没人回', '您可以稍后再试'],
    ['亲，您可以直接联系配送员哦', '等了三天了快递还没到', '您可以直接联系'],
    ['您咨询一下品牌售后呢', '吹风机用了一周就坏了', '您咨询一下'],
  ])('%s (to %s) → %s', (text, previous, actual) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })

  it.each([
    ['您可以直接联系配送员哦，我这边也帮您催一下', '等了三天了快递还没到'], // the agent acts too
    ['您可以稍后再试试', '现在能领券吗'], // not a complaint
    ['先长按开机键十秒，您再试试', '开关按了没反应'], // an instruction, then "try again"
    ['您可以直接联系配送员哦', undefined], // nothing was complained about
  ])('%s (to %s) passes', (text, previous) => {
    expect(brief(lint(text, previous))).toEqual([])
  })
})

describe('curt-reply: impatience, put-offs, shrugs', () => {
  it.each([
    ['讲过好几遍了，不包邮', '讲过好几遍'],
    ['都说过了，下周一发', '都说过了'],
    ['没货了，还问什么', '还问什么'],
    ['我现在没空，你留言吧', '我现在没空'],
    ['先用着吧，出了问题再说', '出了问题再说'],
    ['嫌贵可以不买', '嫌贵可以不买'],
    ['觉得慢下回别买了', '下回别买'],
    ['颜色选错了别找我', '别找我'],
    ['售后问题找厂家', '找厂家'],
    ['这种事问仓库去', '问仓库去'],
    ['我们只管卖', '只管卖'],
    ['已经打包了，反正改不了', '改不了'],
    ['暂时是查不到的哦', '查不到'],
    ['这个小妹也不清楚呢', '不清楚'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })

  it.each([
    '都跟您说了要先申请退款再寄回来', // a lecture: blame-customer's
    '顾客都说了好穿', // someone else said it
    '刚才有点忙，回复晚了不好意思',
    '我们只负责卖正品，假一赔十',
    '需要找厂家确认一下，我这就去问',
    '小妹去问一下快递，您稍等',
    '小妹帮您问一下仓库',
    '已经打包出库了，改不了地址了，我帮您联系快递拦截',
    '包裹已经出库，拦截不了哦', // a reason
    '规定是这样的：定制商品不退不换，质量问题我们负责', // the clause introduces its explanation
    '小妹这边不清楚呢，不过您可以在订单页看到售后进度',
    '通过后不会提醒的，需要您自己查看', // how it works
    '想问什么问题都可以找我哦',
  ])('passes %s', (text) => {
    expect(brief(lint(text))).toEqual([])
  })

  it('an apology turns 只能等 and a bare can-not into a status (info)', () => {
    expect(brief(lint('抱歉，目前只能等审核了'))).toEqual(one('抱歉，目前只能等审核了', '只能等', 'info'))
    expect(brief(lint('不好意思，暂时查不到'))).toEqual(one('不好意思，暂时查不到', '查不到', 'info'))
  })

  it('a bare 没办法 followed by the buyer named as the cause is left to blame-customer', () => {
    expect(brief(lint('没办法哦，是您自己拍错了尺码'))).toEqual([])
  })

  it('refusing to handle it is still a shirk when the buyer caused it', () => {
    const text = '地址是您自己填错的，快递我们管不了'
    expect(brief(lint(text))).toEqual(one(text, '我们管不了'))
  })

  it('one refusal is reported once (改不了 beside 系统设置)', () => {
    expect(brief(lint('系统默认的，改不了')).map((m) => m.actual)).toEqual(['系统默认'])
  })

  it('messages for a grunt and a bare status say what is missing', () => {
    const [grunt] = linter.lint('嗯嗯', { previous: '赠品没收到' }).messages
    expect(grunt!.message).toBe('只回「嗯嗯」没有回应买家的问题，请说明情况和处理办法。')
    const [status] = linter.lint('已经发了', { previous: '怎么还没发货' }).messages
    expect(status!.message).toBe('只回「已经发了」没有回应买家反映的问题，请表示歉意并说明处理办法，例如「给您带来不便很抱歉，我帮您查一下具体情况」。')
  })
})

describe('curt-reply: counting how often the buyer was told (patterns.ts `told`)', () => {
  it.each([
    ['和您讲过两遍了，下周二到', '讲过两遍'],
    ['这个我回复你3次了，没有库存', '回复你3次'],
    ['您问了好几遍了，真没有', '您问了好几遍'],
    ['我不是说过三遍了吗，不包邮', '说过三遍'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })

  it.each([
    '我帮您问了好几次仓库，还在查', // the agent asked on the buyer's behalf
    '我跟物流说过好几次了，正在加急', // someone else was told
    '您说了好几遍了，实在不好意思让您久等', // the buyer said it
    '不用重复说三遍，我记下了', // negated
    '每天早晚各用一次',
    '跟您说过两次了，要先申请售后再寄回来', // a lecture: blame-customer's
  ])('passes %s', (text) => {
    expect(brief(lint(text))).toEqual([])
  })
})

describe('curt-reply: more ways of pushing the buyer off', () => {
  it.each([
    ['那是快递的事', '是快递的事'],
    ['这种事情问平台', '问平台'],
    ['是厂家的问题，你找他们', '你找他们'],
    ['你自己打物流电话', '自己打物流电话'],
    ['不满意就退呗', '不满意就退'],
    ['嫌贵就去别家', '就去别家'],
    ['不要拉倒', '拉倒'],
    ['你不会自己看吗', '你不会自己看'],
    ['说明书上面写着', '上面写着'],
    ['规定就是规定', '规定就是规定'],
    ['没货就等着', '就等着'],
    ['能不能别一直催', '别一直催'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })

  it.each([
    '这不是快递的事，是我们打包没做好，马上给您补发',
    '不满意就退，运费我们承担',
    '谁让您不看说明书呢', // negated do-it-yourself (blame, not a shirk)
    '您可以看说明书第三页，我也把视频发您',
  ])('passes %s', (text) => {
    expect(brief(lint(text))).toEqual([])
  })
})

describe('curt-reply: quoted brush-offs and the agent by its self-names', () => {
  it.each([
    '您说的“爱买不买”是哪位同事回的？我们核实后处理', // a dare found by shape, quoted
    '快递员跟您说“找商家去”的话，直接找我就行', // a shirk phrase, quoted
    '小妹去仓库问一下，您稍等',
  ])('passes %s', (text) => {
    expect(brief(lint(text))).toEqual([])
  })

  it.each([
    ['这个小妹管不了', '管不了'],
    ['小妹也不晓得呢', '不晓得'],
    ['跟小妹没关系', '跟小妹没关系'],
    ['你到底要问几次', '你到底要问几次'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })

  it('a grunt to a dented tin is curt', () => {
    expect(brief(lint('嗯', '收到的罐子是瘪的'))).toEqual(one('嗯', '嗯'))
  })
})

// Kinds behind the curt misses of sets C and D, in wordings of our own: a bare imperative to go to
// a third party, sent to buy elsewhere, told to settle it among themselves, a grunt or a bare "what?"
// to a greeting or complaint, leaving the chat, not knowing when with nothing offered, a rhetorical
// "still V what".
describe('curt-reply: brush-offs in other words', () => {
  // A space between clauses reads as a comma (test/clause-space.test.ts): the bare 不清楚 and the
  // pointer are two brush-offs, as in 不清楚，找物流.
  it.each([
    ['不清楚 找物流', '快递一周没动了'],
    ['不知道 问快递', undefined],
  ] as const)('%s → both brush-offs', (text, previous) => {
    expect(brief(lint(text, previous)).map((m) => m.actual)).toEqual(text.split(' '))
  })
  it.each([
    ['问厂家吧', '问厂家', '插上电没反应'],
    ['退款已经退了，你问银行', '你问银行', '退款怎么还没到'],
    ['尺码改不了，自己去跟快递说', '自己去跟快递说', undefined],
    ['嫌贵你去拼多多买吧', '你去拼多多买', '能便宜点吗'],
    ['地址你们自己商量一下吧', '你们自己商量一下', undefined],
    ['噢', '噢', '杯子收到就碎了'],
    ['在呢 啥事', '啥事', '在吗'],
    ['没别的问题我先去忙了', '我先去忙了', '这两个颜色哪个好看'],
    ['没货了，不知道什么时候补', '不知道什么时候', '黑色什么时候有货'],
    ['都签收了还退什么', '还退什么', '我想退货'],
  ] as const)('%s → %s', (text, actual, previous) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })
  it.each([
    ['我去问一下厂家，稍等', '插上电没反应'],
    ['我们去厂家买的原料，品质有保障', undefined],
    ['在的哦', '你好'],
    ['在的，要啥颜色呢', '在吗'],
    ['有问题随时找我，我先去忙了哈', undefined],
    ['具体什么时候到我也不清楚，我帮您登记到货提醒', '什么时候有货'],
    ['您不知道什么时候方便收货的话可以放驿站', undefined],
  ] as const)('passes %s', (text, previous) => {
    expect(lint(text, previous)).toEqual([])
  })
})

// Kinds behind the curt misses of sets E and G, in wordings of our own.
describe('curt-reply: sets E and G kinds', () => {
  it.each([
    ['不改。', '不改', '能帮我改一下地址吗'],
    ['修不了', '修不了', '拉链坏了能帮忙修吗'],
    ['嗯', '嗯', '你们的苹果酸死了'],
    ['顺丰又不是我开的', '顺丰又不是我开的', '快递太慢了'],
    ['慢了你去投诉快递', '你去投诉快递', undefined],
    ['你自己打给中通问', '你自己打给中通', undefined],
    ['装不上你就自己去找维修店', '自己去找维修店', undefined],
    ['我都唔知', '唔知', undefined],
    ['呢个价已经最低，唔要就算', '唔要就算', undefined],
    ['没电了充一下就行，这也要问', '这也要问', undefined],
  ] as const)('%s → %s', (text, actual, previous) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })
  it.each([
    ['发票不是我们开的呢，是平台开具的', undefined],
    ['产地龙坞茶村，详情页有溯源码', undefined],
    ['随机搭配的，详情页有写，介意的话可以选固定款哈', undefined],
    ['亲爱的~如果有差价的话~是换不了的呢~', '女朋友说小'],
    ['不改的话明天就发了', '能改地址吗'],
  ] as const)('passes %s', (text, previous) => {
    expect(lint(text, previous)).toEqual([])
  })
})
