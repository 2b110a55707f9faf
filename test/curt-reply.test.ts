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

/** Categories of shirking language, not single phrases: each row is a different wording. */
const generalFlags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // 不归 … 管 with anything between.
  ['这个不归我们售前管', '不归我们售前管', 2],
  ['退货不归咱们店里负责', '不归咱们店里负责', 2],
  // Sending the buyer to a third party.
  ['这事您自己去问厂家吧', '您自己去问厂家', 2],
  ['质量问题你找厂商', '你找厂商', 4],
  ['丢件了你问物流去', '你问物流去', 3],
  ['您自己联系快递员吧', '您自己联系快递员', 0],
  ['这个您找平台客服', '您找平台客服', 2],
  // Disowning, with nobody else named at fault… or the buyer left with nobody.
  ['那是系统的问题，跟我们没关系', '跟我们没关系', 8],
  ['这跟本店无关', '跟本店无关', 1],
  ['和我们可没关系', '和我们可没关系', 0],
  ['是快递弄的，不是我们的责任', '不是我们的责任', 6],
  ['我们只是卖货的', '只是卖货的', 2],
  // The decision handed back as a brush-off.
  ['那你随便吧', '随便', 2],
  ['您看着办吧', '看着办', 1],
  ['无所谓', '无所谓', 0],
  // Refusal by repetition, resignation, dares.
  ['没货就是没货', '没货就是没货', 0],
  ['说了不退就是不退', '说了不退就是不退', 0],
  ['我说过了，不能改就是不能改', '不能改就是不能改', 5],
  ['您想咋样就咋样吧', '咋样就咋样吧', 2],
  ['你爱怎么退就怎么退', '爱怎么退就怎么退', 1],
  ['爱换不换', '爱换不换', 0],
  ['爱用不用', '爱用不用', 0],
  ['改不了，就这样', '就这样', 4],
  // Refusing to handle it, with no path.
  ['这个我们处理不了', '处理不了', 4],
  ['这个我们帮不了你', '帮不了你', 4],
  ['我们没法给您处理', '没法给您处理', 2],
  ['冇办法', '冇办法', 0],
  ['说明书上都有，您自己琢磨吧', '自己琢磨', 8],
  ['这下总行了吧', '总行了吧', 2],
  ['您自己跟快递沟通吧', '您自己跟快递沟通', 0],
  ['这个找官方售后，我们只是代理', '只是代理', 10],
  ['跟我们店铺没关系，是厂家的问题', '跟我们店铺没关系', 0],
  ['你想怎么办就怎么办', '怎么办就怎么办', 2],
  ['你去12315投诉吧', '投诉吧', 7],
]

const generalPasses: readonly string[] = [
  '您随便挑，都是现货',
  '颜色随便选，都好看',
  '您随便问，我都在线',
  '都可以的，看您喜欢',
  '我们不会让您自己找快递的',
  '快递那边我去问，您等我消息',
  '我帮您问一下厂家',
  '您联系一下快递员，他会重新派送',
  '您可以找平台介入，我们也会配合',
  '需要找厂家确认一下，稍后回复您',
  '这个和质量没关系，是正常的折痕，挂一下就平了',
  '不是您的问题，跟您没关系',
  '没关系的亲，不着急',
  '亲，跟我们说一下没关系的',
  '不是我们的问题的话，我们也会帮您联系快递',
  '好就是好，我们对质量有信心',
  '没有的话就是还没到货，到了第一时间通知您',
  '这款很可爱，可爱不可爱看个人喜好',
  '好的，就这样，明天给您发货',
  '处理不了的话我们帮您转给主管',
  '这是我们自己研究的配方',
  '我们只负责卖正品，假一赔十',
  '您要是想自己研究一下也可以，说明书在包裹里',
  '退不了的话，就这样处理可以吗',
  '我们跟快递沟通过了，明天送到',
  '您可以跟快递说一下放驿站',
  '您是想投诉吧？',
  // Disowning that blames the buyer is blame-customer's to report, not a shirk.
  '地址是您自己填错的，快递退回来不是我们的问题',
  '跟我们没关系，是你自己没去取件',
]

describe('curt-reply: categories of shirking', () => {
  it.each(generalFlags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'warning', actual, start, end: start + actual.length }])
  })

  it.each(generalPasses)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('drops a refusal to handle to info when it apologises but offers no path', () => {
    expect(brief(lint('抱歉，这个我们处理不了'))).toEqual([{ ruleId: ID, severity: 'info', actual: '处理不了', start: 7, end: 11 }])
  })

  it('explains refusal by repetition on its own terms', () => {
    const [m] = lint('没货就是没货')
    expect(m!.expected).toEqual([])
    expect(m!.message).toBe('「没货就是没货」是用重复来拒绝，显得不耐烦；请说明原因，并告诉买家还能怎么办。')
  })

  it('suggests a path for a third party and for handing the decision back', () => {
    expect(lint('质量问题你找厂商')[0]!.expected).toEqual(['我帮您联系核实'])
    expect(lint('您看着办吧')[0]!.expected).toEqual(['您看哪种更合适，我帮您处理'])
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

// Categories from service QA 禁语 lists: impatience, do-it-yourself brush-offs, rigid refusals,
// shrugging the buyer off to a return, handing the choice back, and stark one-word answers.
type Sev = 'info' | 'warning'
const categoryFlags: ReadonlyArray<readonly [text: string, actual: string, start: number, severity: Sev]> = [
  // impatience
  ['问那么多干嘛', '问那么多干嘛', 0, 'warning'],
  ['你到底买不买', '到底买不买', 1, 'warning'],
  ['没看到我在忙吗', '没看到我在忙', 0, 'warning'],
  ['急啥，发了就到', '急啥', 0, 'warning'],
  ['别废话，拍不拍', '别废话', 0, 'warning'],
  ['在忙', '在忙', 0, 'warning'],
  ['我很忙', '很忙', 1, 'warning'],
  ['知道了。', '知道了', 0, 'warning'],
  ['催我有什么用', '催我有什么用', 0, 'warning'],
  ['找我也没用，快递的事', '找我也没用', 0, 'warning'],
  // do it yourself
  ['自己百度一下', '自己百度一下', 0, 'warning'],
  ['安装教程百度上都有', '百度上都有', 4, 'warning'],
  ['查物流就知道了', '查物流就知道', 0, 'warning'],
  ['往上翻', '往上翻', 0, 'warning'],
  ['说明书上有', '说明书上有', 0, 'warning'],
  // rigid refusals
  ['这是公司规定', '公司规定', 2, 'warning'],
  ['平台规定的哦', '平台规定', 0, 'warning'],
  ['公司规定的，抱歉哈', '公司规定', 0, 'info'],
  ['系统设置的，改不了', '系统设置', 0, 'warning'],
  ['系统就这样', '系统就这样', 0, 'warning'],
  ['没得商量', '没得商量', 0, 'warning'],
  ['反正不行', '反正不行', 0, 'warning'],
  ['为什么不能退？不为什么', '不为什么', 7, 'warning'],
  // shrugging the buyer off to a return
  ['那你退吧', '那你退吧', 0, 'warning'],
  ['不想要就退', '不想要就退', 0, 'warning'],
  ['嫌小那你退货吧', '那你退货吧', 2, 'warning'],
  // handing the choice back
  ['随意', '随意', 0, 'warning'],
  ['你自己决定吧', '自己决定', 1, 'warning'],
  ['看着来吧', '看着来', 0, 'warning'],
  // disowning the role, sending the buyer to someone else, minimising
  ['我只是个客服', '只是个客服', 1, 'warning'],
  ['这个我做不了主', '做不了主', 3, 'warning'],
  ['我也是打工的', '也是打工的', 1, 'warning'],
  ['这个我说了不算', '我说了不算', 2, 'warning'],
  ['这事我不管', '这事我不管', 0, 'warning'],
  ['你找别人吧', '你找别人吧', 0, 'warning'],
  ['多大点事', '多大点事', 0, 'warning'],
  ['至于吗', '至于吗', 0, 'warning'],
  ['那你说怎么办', '那你说怎么办', 0, 'warning'],
  ['随你怎么想', '随你怎么想', 0, 'warning'],
  // left with a third party: 得 / 只能
  ['这个您得问快递', '您得问快递', 2, 'warning'],
  ['只能找平台了', '只能找平台', 0, 'warning'],
  ['您只能去找快递了', '您只能去找快递', 0, 'warning'],
  // stark one-word answers
  ['没有', '没有', 0, 'warning'],
  ['不会。', '不会', 0, 'warning'],
  ['不包邮', '不包邮', 0, 'warning'],
  ['不是', '不是', 0, 'warning'],
]

const categoryPasses: readonly string[] = [
  '我在忙着帮您查，稍等一下哦',
  '知道了，这就给您备注',
  '好的知道了，马上安排',
  '现在有点忙，回复慢了不好意思，您的问题是退款吗',
  '您还需要别的吗？',
  '您可以在订单页查看物流，有问题随时找我',
  '您在订单详情里查看物流就可以了哦',
  '使用方法说明书上有详细介绍，有不懂的随时问我',
  '安装步骤说明书上有，我也给您发个视频',
  '我往上翻了一下聊天记录，您要的是黑色',
  '根据平台规定，虚拟商品不支持退款',
  '根据公司规定，定制商品不支持七天无理由',
  '这是平台规定，不过我可以帮您申请一下',
  '系统默认的快递是中通，需要顺丰可以补差价',
  '我们家规定的是48小时发货',
  '规定时间内发货',
  '这是规定的尺码',
  '系统就这样设置的，您可以换个浏览器试试',
  '那您退货吧，我帮您申请运费险',
  '我给你退吧',
  '您不满意的话我们支持退换的，您申请退货就可以',
  '颜色您自己选，都挺好看的',
  '颜色您自己选哦，两款都很百搭',
  '随意搭配都好看',
  '没有哦',
  '不会的亲，放心',
  '不是的亲',
  '亲，这个是没有的哦',
  '这款不包邮',
  '不包邮哦亲，满99包邮',
  '我说了不算，我帮您问一下主管',
  '我不管您买多少，都包邮',
  '不管这个颜色还是那个颜色都有货',
  '不管怎样我们都会负责到底',
  '多大点事，我马上给您补发',
  '您想怎么办理退货呢',
  '记得问快递要单号哦',
  '我得问一下快递',
  '我们只能问一下厂家，稍等',
  '这边只能问一下厂家',
  '您觉得找快递麻烦的话我来联系',
]

describe('curt-reply: QA 禁语 categories', () => {
  it.each(categoryFlags)('flags %s → %s', (text, actual, start, severity) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity, actual, start, end: start + actual.length }])
  })
  it.each(categoryPasses)('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
  it('a stark no says why it is curt', () => {
    expect(lint('没有')[0]!.message).toBe('只回复「没有」显得生硬敷衍，请补一句原因或建议，让买家知道还能怎么办。')
  })
})

/** Short replies judged by what the buyer asked (rules-t, fifth session): own wording, other goods. */
const lintTo = (text: string, previous: string) => linter.lint(text, { previous }).messages
const answeredFlags: ReadonlyArray<readonly [text: string, previous: string, actual: string]> = [
  // A stark no or status to a request or a complaint: a few words, a negation, nothing softening it.
  ['不包安装。', '空调能帮忙装一下吗', '不包安装'],
  ['没有赠品', '买两件能送个收纳袋吗', '没有赠品'],
  ['开封不退', '奶瓶我不想要了能退吗', '开封不退'],
  ['晚上不配送。', '能不能晚上八点以后送', '晚上不配送'],
  ['已售罄不补货', '怎么还没发货，都一周了', '已售罄不补货'],
  // "Up to someone else" as the whole answer.
  ['看平台。', '我的保证金什么时候退回来', '看平台'],
  ['看情况吧', '师傅哪天能来修', '看情况吧'],
  // Anything goes, to a request for advice.
  ['都可以', '宝宝一岁半，这两款奶粉选哪个', '都可以'],
  ['随您', '那我先不买了', '随您'],
  // Sent to a payment service or to the fitter.
  ['您问花呗去', '分期的钱怎么扣了两次', '您问花呗去'],
  ['装歪了那是安装师傅的事', '柜子装歪了', '是安装师傅的事'],
  // Cantonese, Traditional.
  ['冇货。', '仲有冇M码', '冇货'],
  ['看快遞。', '什麼時候能到', '看快遞'],
  ['不能开专票。', '能开专票吗我们公司要', '不能开专票'],
]
const answeredPasses: ReadonlyArray<readonly [text: string, previous: string]> = [
  // Softened, explained or helped.
  ['不包安装的哦，可以帮您约当地师傅', '空调能帮忙装一下吗'],
  ['没有赠品呢亲', '买两件能送个收纳袋吗'],
  ['因为开封了不退', '奶瓶我不想要了能退吗'],
  ['晚上不配送，我帮您备注白天送', '能不能晚上八点以后送'],
  // A factual question, a thank-you, a hedge, a yes.
  ['不掉毛。', '这件毛衣会不会掉毛'],
  ['不客气。', '谢谢帮我改了地址'],
  ['一般不会缩水', '洗了缩水了'],
  ['没问题。', '能帮我备注一下吗'],
  // A question back, or a status explained with 是.
  ['您不想要了吗', '能退吗'],
  ['是预售没到发货时间', '怎么还没发货'],
  // Either is fine to a yes/no question; 都可以 is then yes.
  ['都可以', '周六周日都能送吗'],
  // Good news in few words: nothing to return, nothing to pay, nothing affected.
  ['不用退回。', '坏了要寄回吗'],
  ['不收费。', '上门维修要钱吗'],
  // Waiting with a time given or the buyer calmed.
  ['明天中午前送到，您在家等着就行', '什么时候送'],
  ['您放心等着就行，师傅已经出发了', '师傅来了吗'],
]

describe('curt-reply: short replies read against what was asked', () => {
  it.each(answeredFlags)('flags %s (to %s) → %s', (text, previous, actual) => {
    expect(brief(lintTo(text, previous)).map((m) => m.actual)).toContain(actual)
  })
  it.each(answeredPasses)('passes %s (to %s)', (text, previous) => {
    expect(lintTo(text, previous)).toEqual([])
  })
  it('flags impatience said outright', () => {
    for (const [text, actual] of [['好吧好吧，退给你，满意了吧', '好吧好吧'], ['这还用问？肯定不包邮', '这还用问'], ['要换就换，不用跟我说', '不用跟我说']] as const) {
      expect(brief(lint(text)).map((m) => m.actual), text).toContain(actual)
    }
    expect(lint('不用跟我说谢谢，应该的')).toEqual([])
  })
  it("leaves a can't after the buyer is blamed to blame-customer", () => {
    expect(lint('规格是您自己选的，现在改不了')).toEqual([])
    expect(brief(lint('现在改不了')).map((m) => m.actual)).toEqual(['改不了'])
  })
})
