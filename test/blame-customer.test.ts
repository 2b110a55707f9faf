import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const linter = linterFor('blame-customer')
const lint = (text: string) => linter.lint(text).messages

describe('blame-customer: must flag', () => {
  it.each([
    // What the customer did wrong, with the customer as subject (the subject joins the span).
    ['是你自己操作不当导致的', '是你自己操作不当', 0, 'error'],
    ['这是您自己洗坏的', '是您自己洗坏', 1, 'error'],
    ['你选错了尺码', '你选错', 0, 'error'],
    ['是您填错了地址', '是您填错', 0, 'error'],
    ['被你弄坏的', '你弄坏', 1, 'error'],
    ['是你自己不小心弄的', '是你自己不小心', 0, 'error'],
    ['是不是你自己选错了？', '是你自己选错', 2, 'error'],
    ['可能是您填错了地址', '是您填错', 2, 'warning'],
    ['您填错了地址，我们帮您改一下', '您填错', 0, 'warning'],
    // What the customer did not do; asked, it is a rhetorical reproach.
    ['你自己没看详情页吗', '你自己没看', 0, 'error'],
    ['您自己没有及时确认收货，系统才关闭的', '您自己没有及时', 0, 'error'],
    ['你签收的时候没验货吗', '没验货', 6, 'error'],
    ['你没看到吗', '你没看到', 0, 'error'],
    ['您没注意看说明', '您没注意', 0, 'warning'],
    ['您没有及时付款，订单已自动取消', '您没有及时', 0, 'warning'],
    // It is yours, not ours.
    ['这是你的问题', '你的问题', 2, 'error'],
    ['是您自己的问题哦', '您自己的问题', 1, 'error'],
    ['这属于您的原因', '您的原因', 3, 'error'],
    ['那是你的责任了', '你的责任', 2, 'error'],
    ['这个跟我们没关系', '跟我们没关系', 2, 'error'],
    ['这个不能怪我们', '不能怪我们', 2, 'error'],
    ['不是我们的问题，是快递的问题', '不是我们的问题', 0, 'error'],
    ['签收后破损概不负责', '概不负责', 5, 'error'],
    ['谁让你不看详情', '谁让你', 0, 'error'],
    ['谁让您当时不问清楚', '谁让您', 0, 'error'],
    ['只能怪您自己了', '只能怪您自己', 0, 'error'],
    // You should have…
    ['你买之前就应该问清楚', '就应该问清楚', 4, 'error'],
    ['你当时就应该拒收', '就应该拒收', 3, 'error'],
    ['下单前您应该看清楚尺码', '应该看清楚尺码', 4, 'warning'],
    ['签收前为什么不验货', '为什么不验货', 3, 'error'],
    ['你为什么不早说', '为什么不早说', 1, 'error'],
    ['您怎么不先问一下呢', '怎么不先问', 1, 'error'],
    // Rhetorical questions.
    ['我不是说过了吗', '不是说过了', 1, 'error'],
    ['不是跟您说过了吗？', '不是跟您说', 0, 'error'],
    ['刚刚不是告诉你了嘛', '不是告诉你', 2, 'error'],
    ['我说了多少遍了', '说了多少遍', 1, 'error'],
    ['跟你说了好几遍了', '说了好几遍', 2, 'error'],
    ['你听不懂吗', '你听不懂', 0, 'error'],
    ['你怎么还不懂', '还不懂', 3, 'error'],
    ['您怎么还不明白', '还不明白', 3, 'error'],
    ['这都不会吗', '这都不会', 0, 'error'],
    ['难道你没收到短信吗', '难道你', 0, 'error'],
    ['难道您没收到通知吗？', '难道您', 0, 'error'],
    ['你看清楚，这是M码', '你看清楚', 0, 'error'],
    ['看清楚点好吗', '看清楚点', 0, 'error'],
    ['我已经说得很清楚了', '说得很清楚', 3, 'error'],
    ['你不识字吗', '你不识字', 0, 'error'],
    ['你们买家就是事儿多', '事儿多', 6, 'error'],
    // Pointing at the page: a warning; asked rhetorically, an error.
    ['详情页写得很清楚', '写得很清楚', 3, 'warning'],
    ['详情页上明明写了不退换', '明明写了', 4, 'warning'],
    ['页面不是写得很清楚吗', '写得很清楚', 4, 'error'],
  ] as const)('%s → %s', (text, actual, start, severity) => {
    expect(brief(lint(text))).toEqual([{ ruleId: 'blame-customer', severity, actual, start, end: start + actual.length }])
  })

  it('catches Traditional, full-width and mixed forms with spans in the original text', () => {
    expect(brief(lint('詳情頁寫得很清楚'))).toEqual([{ ruleId: 'blame-customer', severity: 'warning', actual: '寫得很清楚', start: 3, end: 8 }])
    expect(brief(lint('妳自己沒看說明嗎'))).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '妳自己沒看', start: 0, end: 5 }])
    expect(brief(lint('你聽不懂嗎？'))).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '你聽不懂', start: 0, end: 4 }])
    expect(brief(lint('簽收前為什麼不驗貨'))).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '為什麼不驗貨', start: 3, end: 9 }])
    expect(brief(lint('後果自負'))).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '後果自負', start: 0, end: 4 }])
    expect(brief(lint('你自己没看详情页吗？'))).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '你自己没看', start: 0, end: 5 }])
    expect(brief(lint('都说了N遍了'))).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '说了N遍', start: 1, end: 5 }])
  })

  it('reports each accusation once and every separate one', () => {
    expect(lint('我不是说过了吗，你听不懂吗').map((m) => m.actual)).toEqual(['不是说过了', '你听不懂'])
    expect(lint('你看清楚再拍').map((m) => m.actual)).toEqual(['你看清楚再'])
  })
})

describe('blame-customer: must not flag', () => {
  it.each([
    // The agent owning the problem.
    '不是您的问题，是我们发错了',
    '是我们的问题，抱歉',
    '是我自己没看清楚，抱歉',
    '抱歉，是我们发错了',
    '我们写错了地址，马上帮您改',
    '是仓库发错了，真的很抱歉',
    '我们的客服没有及时看到消息',
    '给您发错了颜色，实在抱歉',
    '我们没注意到您的备注，抱歉',
    '我看错了您的订单号',
    '您的地址我们这边填错了',
    '抱歉没有及时回复您',
    '快递没及时送到真的很抱歉',
    '这不是您的错',
    '这个不能怪您',
    '这个不怪您自己，是我们没说清楚',
    '我们应该提前告诉您的',
    '可能是我们没有及时提醒您，这里为您说明一下',
    '抱歉让您说了好几遍',
    '不好意思让您重复了好几遍',
    '我们详情页没写得很清楚，抱歉',
    '我们以后会在详情页写得很清楚',
    // Neutral requests and pointers.
    '您可以看一下详情页的尺码表',
    '详情页有尺码表，您可以参考一下',
    '详情页有写的哦，这里也跟您说一下：M码适合120斤以内',
    '请您看清楚尺码再拍哦',
    '我发个图让您看清楚',
    '我们会看清楚再发货',
    '您收到后记得先验货哦',
    '您签收的时候记得验货哦',
    '您还没确认收货哦，记得确认一下',
    // Offers of help, reassurance, hypotheticals, warnings.
    '您自己操作可能麻烦，我们远程帮您',
    '如果您选错了尺码可以免费换',
    '为了避免您选错尺码，建议先量一下',
    '很多顾客会选错尺码，所以我们附了尺码表',
    '这款选错尺码可以七天无理由退换',
    '您不小心弄坏了也没关系，我们免费保修',
    '您没看到的话我再发一遍',
    '如果看不懂说明书，我们可以视频指导',
    '怕您看不明白，我再发个视频',
    '您有看不懂的地方随时问我',
    '如果不是我们的问题，运费需要您承担哦',
    // Clarifying questions and real questions.
    '您是不是想问发货时间呀',
    '您是不是拍错了颜色呀？',
    '麻烦您确认一下是否填错了',
    '您不小心点了申请退款吗？',
    '您是不是没看到消息呀？我再发一遍',
    '请问您为什么不满意呢？',
    '请问是您本人签收的吗？',
    '我这边怎么没看到您的订单',
    '您为什么没看到物流呢，是因为快递还没揽收',
    '我还不明白您的意思，能再说一下吗',
    '难道是快递送错了？我马上帮您查',
    // Clarifications, guesses, compliments, other senses.
    '我说的是下周一发货',
    '这并不是说不能退',
    '您应该已经收到了',
    '这个应该是快递的问题',
    '下单前应该核对地址哦',
    '您说得很清楚，我明白了',
    '您没看错，就是这个价',
    '您选的是红色，没有选错哦',
    '不是您填错了，是系统的问题',
    '关于您的问题，我们已经反馈了',
    '您的问题我这边记下了',
    '您怎么不看看这款新品呢',
    '亲，您看一下这个颜色喜欢吗',
    '亲亲，您的快递已经到驿站了',
    '您好，请问有什么可以帮您',
    '我们这几天事儿多，回复慢了抱歉',
    '您没看到物流更新是因为还没揽收',
    '',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('blame-customer: suggestions and messages', () => {
  it('suggests whole replies that own the problem, without an auto-fix', () => {
    const [m] = lint('你自己没看详情页吗')
    expect(m!.expected).toEqual(['可能是我们没有及时提醒您，这里为您说明一下', '抱歉没有提前跟您说清楚，我们这边帮您处理'])
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe(
      '「你自己没看」有指责顾客的意味，先说店铺哪里没做好，例如：「可能是我们没有及时提醒您，这里为您说明一下」、「抱歉没有提前跟您说清楚，我们这边帮您处理」。',
    )
  })

  it.each([
    ['我说了多少遍了', '可能是我没有说清楚，我再为您解释一下'],
    ['这个跟我们没关系', '给您添麻烦了，我们这边帮您联系处理'],
    ['签收前为什么不验货', '抱歉没有提前提醒您签收时检查，我们这边帮您处理'],
    ['是你自己操作不当导致的', '抱歉给您带来不便了，我们这边马上帮您处理'],
    ['详情页写得很清楚', '可能是我们没有及时提醒您，这里为您说明一下'],
  ])('%s → %s', (text, best) => {
    expect(lint(text)[0]!.expected[0]).toBe(best)
  })

  it('suggestions themselves pass the rule', () => {
    for (const m of lint('你自己没看详情页吗；我说了多少遍了；这个跟我们没关系；签收前为什么不验货；这是你的问题')) {
      for (const e of m.expected) expect(lint(e)).toEqual([])
    }
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor('blame-customer', { locale: 'en' }).lint('这是你的问题').messages
    expect(m!.message).toBe(
      '“你的问题” blames the customer; start with what the shop could have done better, e.g. “抱歉给您带来不便了，我们一起看看怎么解决”, “给您添麻烦了，我们这边帮您处理”.',
    )
    expect(m!.url).toMatch(/rules\/blame-customer\/README\.md$/)
  })
})

describe('blame-customer: options', () => {
  it('allows configured phrases and flags extra ones', () => {
    const l = linterFor('blame-customer', { rules: { 'blame-customer': { allow: ['概不负责'], flag: ['自己看'] } } })
    expect(l.lint('签收后破损概不负责').messages).toEqual([])
    expect(brief(l.lint('你自己看详情').messages)).toEqual([{ ruleId: 'blame-customer', severity: 'error', actual: '自己看', start: 1, end: 4 }])
  })
  it('forces a severity', () => {
    const l = linterFor('blame-customer', { rules: { 'blame-customer': 'warning' } })
    expect(l.lint('你自己没看详情页吗').messages.map((m) => m.severity)).toEqual(['warning'])
  })
})
