import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const ID = 'curt-reply'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  ['不知道', '不知道', 0],
  ['这个我也不清楚呢', '不清楚', 4],
  ['不晓得哦', '不晓得', 0],
  ['不清楚。', '不清楚', 0],
  ['我真不知道啊', '不知道', 2],
  ['我也不清楚啊', '不清楚', 2],
  ['没办法', '没办法', 0],
  ['没办法的亲', '没办法', 0],
  ['就这样了，没办法', '没办法', 5],
  ['不行', '不行', 0],
  ['算了吧', '算了', 0],
  ['随便啦', '随便', 0],
  ['这个不归我管', '不归我管', 2],
  ['这个不归我们管', '不归我们管', 2],
  ['跟我没关系啊', '跟我没关系', 0],
  ['这不是我们负责的，不归我管', '不归我管', 9],
  ['跟我没关系，是快递弄坏的', '跟我没关系', 0],
  ['你去问快递', '你去问快递', 0],
  ['丢件了你去问快递吧', '你去问快递', 3],
  ['这个你问快递吧', '你问快递', 2],
  ['丢件了找快递去', '找快递去', 3],
  ['快递的事你问快递', '你问快递', 4],
  ['规定就是这样', '规定就是这样', 0],
  ['规定就是这样的', '规定就是这样', 0],
  ['那你自己想办法吧', '你自己想办法', 1],
  ['尺码表有，自己看', '自己看', 5],
  ['详情页有的亲', '详情页有', 0],
  ['物流信息你自己查', '自己查', 5],
  ['详情页写着呢，自己去看', '自己去看', 7],
  ['等着吧', '等着吧', 0],
  ['那没办法', '那没办法', 0],
  ['我也没办法啊', '我也没办法', 0],
  ['爱买不买', '爱买不买', 0],
  ['爱买不买，就这个价', '爱买不买', 0],
  ['随便你', '随便你', 0],
  ['随便你，退就退', '随便你', 0],
  ['你烦不烦啊', '烦不烦', 1],
  ['愛買不買', '愛買不買', 0],
  ['那你自己看着办吧', '你自己看着办', 1],
  ['你问我我问谁', '你问我我问谁', 0],
  ['有完没完', '有完没完', 0],
  ['規定就是這樣', '規定就是這樣', 0],
  ['哦。', '哦', 0],
  ['呵呵', '呵呵', 0],
  ['不能哦亲', '不能', 0],
  ['下班了', '下班了', 0],
  ['我怎么知道', '我怎么知道', 0],
  ['那你去投诉吧', '你去投诉吧', 1],
  ['退就退吧', '退就退吧', 0],
  ['没辙', '没辙', 0],
  ['这个不太清楚', '不太清楚', 2],
]

const passes: readonly string[] = [
  // A way forward is offered.
  '不清楚哦，我帮您问一下仓库',
  '抱歉这个我不太清楚，我帮您问一下仓库',
  '这个我不太清楚，稍等我帮您问一下',
  '亲，这个问题我不太清楚，我帮您转接专业的同事',
  '不知道为什么系统显示异常，我帮您查一下',
  '这个确实没办法改地址了，不过可以帮您联系快递拦截',
  '不好意思，我们确实没办法开发票，可以申请电子凭证',
  '这个确实没办法保证，但我们会尽量帮您加急',
  '规定就是这样，不过我可以帮您申请一下特殊处理',
  '不归我管的问题我也会帮您转给同事',
  '您可以自己看一下详情页，有不明白的我帮您解答',
  '只能等快递恢复了，我们会帮您一直跟进',
  '我也没办法直接改，不过可以帮您申请售后',
  '只能等了，我们也在催',
  '那没办法了，只能退款重拍',
  // Not alone, not the whole reply.
  '不知道您方便什么时候收货呢',
  '不知道亲收到货了吗',
  '如果有不清楚的地方可以随时问我',
  '不清楚的话可以问我哦',
  '没办法保证哦',
  '没办法联系上您的话快递会退回',
  '不行的话可以退换哦',
  '不行的话我们给您换一个尺码',
  '这款随便搭都好看',
  '您看中哪款随便挑',
  '算了一下运费是8元',
  // The agent is the subject, or it is ruled out.
  '我帮您去问快递',
  '快递那边我帮您催一下',
  '不需要您去问快递，我们来联系',
  '我自己看了一下，没问题',
  '跟我没关系的话，我就不会这么着急了',
  '我们自己想办法帮您解决',
  '不用您自己想办法',
  '您去问快递了吗？',
  // Friendly uses.
  '款式随便你挑',
  '您急什么时候要呢？',
  '您自己看中的款就好',
  '好的亲，马上为您处理',
  '不会的亲，放心',
  '好的哦',
  '哦哦好的，马上为您处理',
  '我们下班了，明天早上9点为您处理',
  '快递员没时间送的话会放驿站',
  '想退就退，我们支持七天无理由',
  '如果对处理结果不满意，您也可以找平台介入，我们这边也会继续帮您跟进',
  '',
]

describe('curt-reply: must flag', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'warning', actual, start, end: start + actual.length }])
  })

  it('reports each curt phrase of a reply once', () => {
    expect(lint('急也没用，慢慢等').map((m) => m.actual)).toEqual(['急也没用', '慢慢等'])
    expect(lint('不知道，你自己看详情页').map((m) => m.actual)).toEqual(['不知道', '你自己看详情'])
  })

  it('drops a bare answer to info when it apologises but offers no path', () => {
    expect(brief(lint('抱歉，这个我也不清楚'))).toEqual([{ ruleId: ID, severity: 'info', actual: '不清楚', start: 7, end: 10 }])
    expect(brief(lint('不好意思，没办法'))).toEqual([{ ruleId: ID, severity: 'info', actual: '没办法', start: 5, end: 8 }])
  })
})

describe('curt-reply: must not flag', () => {
  it.each(passes)('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('curt-reply: messages and suggestions', () => {
  it.each([
    ['不知道', ['我帮您确认一下', '我帮您问一下']],
    ['你去问快递', ['我帮您联系快递核实']],
    ['这个不归我管', ['我帮您转给负责的同事处理']],
    ['规定就是这样', ['按规定暂时没办法这样处理，给您带来不便很抱歉']],
    ['那你自己想办法吧', ['我帮您一起想想办法']],
    ['爱买不买', []],
  ] as const)('%s → %s', (text, expected) => {
    const [m] = lint(text)
    expect(m!.expected).toEqual(expected)
    expect(m!.fix).toBeUndefined()
  })

  it('explains what to do instead', () => {
    expect(lint('你去问快递')[0]!.message).toBe('「你去问快递」听起来推诿或不耐烦；请说明原因并给出解决办法，例如「我帮您联系快递核实」。')
    expect(lint('爱买不买')[0]!.message).toBe('「爱买不买」是不耐烦、顶撞买家的说法，请删去，耐心说明情况。')
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor(ID, { locale: 'en' }).lint('你去问快递').messages
    expect(m!.message).toBe('“你去问快递” sounds dismissive; explain and offer a way forward, e.g. “我帮您联系快递核实”.')
  })
})

describe('curt-reply: options', () => {
  it('judges extra phrases as shirking: fine when a path is offered', () => {
    const l = linterFor(ID, { rules: { [ID]: { flag: ['找客服去'] } } })
    expect(brief(l.lint('找客服去').messages)).toEqual([{ ruleId: ID, severity: 'warning', actual: '找客服去', start: 0, end: 4 }])
    expect(l.lint('找客服去也行，我也可以帮您申请').messages).toEqual([])
  })

  it('forces a severity', () => {
    const l = linterFor(ID, { rules: { [ID]: 'error' } })
    expect(l.lint('爱买不买').messages.map((m) => m.severity)).toEqual(['error'])
  })
})
