import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const ID = 'off-platform'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // Invitations and accounts.
  ['加我微信', '加我微信', 0],
  ['有问题可以加我微信', '加我微信', 5],
  ['亲加个微信吧方便联系', '加个微信', 1],
  ['加我QQ发您图片', '加我QQ', 0],
  ['加个好友吧', '加个好友', 0],
  ['微信聯繫我', '微信聯繫', 0],
  ['我的微信是kefu_mei', '我的微信是kefu_mei', 0],
  ['方便留一下您的微信吗', '您的微信', 5],
  ['我们私下联系吧', '私下联系', 2],
  ['亲可以加一下客服小美的微信，发您实拍图', '加一下客服小美的微信', 3],
  ['有任何问题欢迎添加我们的官方QQ群：123456789', '添加我们的官方QQ群：123456789', 7],
  ['关注我们的公众号每天有福利', '关注我们的公众号', 0],
  // Disguised spellings.
  ['有事加V', '加V', 2],
  ['加ｖｘ详聊', '加ｖｘ', 0],
  ['我V信同号', 'V信', 1],
  ['加薇信', '加薇信', 0],
  ['加卫星发您视频', '加卫星', 0],
  ['加个V吧，朋友圈天天上新', '加个V', 0],
  ['微❤️联系', '微❤', 0],
  ['有问题+V', '+V', 3],
  ['➕微信领券', '➕微信', 0],
  ['＋ｖ：abc123', '＋ｖ：abc123', 0],
  ['加🛰️发您', '加🛰', 0],
  // Another app or marketplace, or the agent's own phone.
  ['这个去闲鱼拍更便宜', '去闲鱼拍', 2],
  ['抖音搜我们店名就能找到', '抖音搜', 0],
  ['有事打我电话', '打我电话', 2],
  // Separators inside a word.
  ['加 v 发您', '加 v', 0],
  ['微 信 联 系 我', '微 信 联 系', 0],
  ['私 下 交 易也行', '私 下 交 易', 0],
  ['加我微.信', '加我微.信', 0],
  // Accounts handed over.
  ['微-信：kefu2024', '微-信：kefu2024', 0],
  ['QQ：12345678', 'QQ：12345678', 0],
  ['扣扣 123456789', '扣扣 123456789', 0],
  ['加v13800138000', '加v13800138000', 0],
  ['电话微信同号13800138000', '微信同号13800138000', 2],
  ['Ｑ　Ｑ：３３４４５５６６', 'Ｑ　Ｑ：３３４４５５６６', 0],
  ['有需要可以加我vx：mm_shop88', '加我vx：mm_shop88', 5],
  ['卫星号：kefu_666', '卫星号：kefu_666', 0],
  // Payment off the platform.
  ['可以私下交易便宜点', '私下交易', 2],
  ['直接支付宝转账给我就行', '支付宝转账给我', 2],
  ['我发您收款码', '收款码', 3],
  ['私下轉賬也可以', '私下轉賬', 0],
  ['差价我给您转账', '给您转账', 3],
  ['退款的话我直接微信转账给您', '微信转账给您', 7],
  ['麻烦您把钱转到我的支付宝账户，我这边马上发', '转到我的支付宝', 5],
  ['要不您线下打款给我们', '线下打款给我', 3],
  ['拍链接太麻烦，您直接微信付给我就行', '付给我', 12],
  ['我们可以不走平台，直接发货', '不走平台', 4],
  ['以后直接找我下单，微信上给您算便宜点', '微信上', 9],
  ['售后问题可以打我私人电话处理', '私人电话', 8],
  ['这边建议您通过闲鱼拍，价格可以再谈', '通过闲鱼拍', 5],
  ['运费差价您直接转我就行', '直接转我就行', 5],
  ['亲可以Ｖ我，号码同手机', 'Ｖ我', 3],
  ['发您一个我的收款二维码，直接付就行', '收款二维码', 6],
  ['上新都会发我朋友圈', '我朋友圈', 5],
  // Personal QR codes.
  ['我发您二维码，扫一下就能付款', '二维码', 3],
  ['这是我的个人二维码', '二维码', 6],
  ['扫我的码付款', '扫我', 0],
  // Money into the agent's app account in formal after-sales wording (set F's kind).
  ['尾款付我支付宝即可，收到后安排发货', '付我支付宝', 2],
  ['补偿款我支付宝直接转给您', '支付宝直接转', 4],
  // The shop's account on another app, to be found and messaged there.
  ['本店在快手上也有号，搜店名私信即可', '快手上也有号', 3],
]

const passes: readonly string[] = [
  '支持微信支付的哦',
  '您的微信支付已经成功了',
  '加购后用微信支付',
  '我们的快递是加急的，微信支付的订单一样发',
  '已经为您加急处理了',
  '有问题随时在平台上联系我们',
  '关注店铺领优惠券',
  '平台客服会为您处理',
  '旺旺上联系我们就可以',
  '请不要添加陌生人微信',
  '请不要相信私下交易',
  '为了您的资金安全，请勿私下转账',
  '平台不允许加微信哦',
  '加微信是违规的哦',
  '亲，不能加QQ的哦，平台会封号的',
  '凡是让您加微信的都是骗子',
  '退款会原路返回您的支付账户',
  '退款会转到您的支付宝',
  '支持支付宝付款',
  '扫描包装上的二维码查真伪',
  '吊牌上有防伪二维码',
  '二维码扫描失败的话，可以刷新订单页面',
  '扫码关注店铺领券',
  '扫码关注公众号可以查看说明书视频',
  'QQ音乐会员是虚拟商品',
  '这款耳机支持QQ音乐和网易云',
  '这款是V领设计',
  '宝贝是V字领，显瘦',
  '加大V领款',
  '尺码有XXL',
  '升级到V5会员',
  '卫星定位很准',
  '我们是威信县本地发货',
  '微信、QQ都不行哦，只能在这里聊',
  '价格+运费一共99',
  '尺码S+M都有',
  '1+1套装更划算',
  '闲鱼上的都不是我们卖的哦',
  'QQ号注册的账号也可以登录我们的APP',
  '您可以用微信扫码支付订单',
  '可以在微信上支付',
  '分享到朋友圈可以让朋友帮忙砍价',
  // The marketplace's own shop group, joined in its app.
  '关注店铺后可加入粉丝群，在手淘消息页就能进',
  '退款已原路退回，支付宝直接到账了',
  '我们在抖音上没有号，只在这里卖',
  '',
]

describe('off-platform: must flag', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it('reports each separate diversion in a reply', () => {
    expect(lint('加我微信，私下转账便宜点').map((m) => [m.actual, m.start])).toEqual([
      ['加我微信', 0],
      ['私下转账', 5],
    ])
  })

  it('spans a zero-width character inside a word', () => {
    expect(brief(lint('加我微\u200b信'))).toEqual([{ ruleId: ID, severity: 'error', actual: '加我微\u200b信', start: 0, end: 5 }])
  })
})

describe('off-platform: must not flag', () => {
  it.each(passes)('%s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('lets the invitation stand after a condition (不方便的话加我微信)', () => {
    expect(brief(lint('不方便的话加我微信'))).toEqual([{ ruleId: ID, severity: 'error', actual: '加我微信', start: 5, end: 9 }])
  })
})

/** Categories of diversion, each row a different wording. */
const generalFlags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // Euphemisms for WeChat.
  ['加个绿泡泡，发您实拍图', '加个绿泡泡', 0],
  ['绿色软件上搜我们店名', '绿色软件', 0],
  ['有事小绿上找我', '小绿上', 2],
  ['方便的话加一下我们的v', '加一下我们的v', 4],
  ['微信同号 138****6666', '微信同号 138****6666', 0],
  // Money to a personal card or wallet, or outside the platform.
  ['这单您转账到我个人卡就行', '转账到我个人卡', 3],
  ['卡号发您，转过来马上发货', '卡号发您', 0],
  ['钱直接打我卡上', '打我卡上', 3],
  ['差价我支付宝转给您', '支付宝转给', 3],
  ['退款我直接微信转你，不用申请了', '微信转你', 5],
  ['这次不用走平台，直接发您', '不用走平台', 2],
  ['您线下付给我，我按原价发', '线下付给我', 1],
  ['私下给您便宜二十', '私下', 0],
  ['别在店里拍了，我单独给您发', '别在店里拍', 0],
  ['付款码发您了，扫一下就行', '付款码', 0],
  ['我们有个福利群，加一下群号 88776655', '群号 88776655', 11],
  ['您把钱转到我账户上，我这边手动发货', '转到我账户', 3],
  ['定金付到我的支付宝就行', '付到我的支付宝', 2],
  ['直接转账到这个卡号就行', '转账到这个卡号', 2],
  ['下次直接找我买就行', '直接找我买', 2],
  ['这单不用走淘宝了', '不用走淘宝', 2],
  ['抖音上搜我们的店铺，那边便宜', '抖音上搜', 0],
]

const generalPasses: readonly string[] = [
  '私下交易没有保障，请在平台下单',
  '私下跟您说，这款是今年卖得最好的',
  '我们有线下门店，也可以到店自提',
  '线下专柜同款，放心购买',
  '退款会原路退回您的银行卡',
  '退款会原路返回到您的微信',
  '二维码失效的话，您刷新一下付款页面重新生成就行',
  '付款码支付失败的话可以换一种支付方式',
  '加入V会员享受折扣',
  '这个颜色是牛油果绿，很显白',
  '小绿瓶精华是我们家的爆款',
  '我们的包装是绿色环保的',
  '银行卡号请不要发给任何人',
  '这款咸鱼干是即食的',
]

/** Taiwan and Hong Kong shops: LINE, WhatsApp, Instagram, Facebook, Telegram. */
const twFlags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  ['加我 LINE：@tw_shop99 聊', '加我 LINE：@tw_shop99', 0],
  ['有問題加賴比較快', '加賴', 3],
  ['WhatsApp：+852 6123 4567', 'WhatsApp：+852 6123 4567', 0],
  ['IG私訊我們有優惠價', 'IG私訊', 0],
  ['臉書私訊小編喔', '臉書私訊', 0],
  ['Telegram 搜 twshop888', 'Telegram 搜 twshop888', 0],
  ['LINE ID：shop123tw', 'LINE ID：shop123tw', 0],
]

const twPasses: readonly string[] = ['有問題請在聊聊私訊我們', '支援LINE Pay付款', '這款有IG同款']

describe('off-platform: categories of diversion', () => {
  it.each(generalFlags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it.each(generalPasses)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  const tw = linterFor(ID, { profile: 'zh-TW' })
  it.each(twFlags)('zh-TW: %s → %s', (text, actual, start) => {
    expect(brief(tw.lint(text).messages)).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it.each(twPasses)('zh-TW passes: %s', (text) => {
    expect(tw.lint(text).messages).toEqual([])
  })

  it('names a personal card as a payment off the platform', () => {
    expect(lint('卡号发您，转过来马上发货')[0]!.message).toContain('绕开平台付款')
    expect(lint('绿色软件上搜我们店名')[0]!.message).toContain('变体写法')
  })
})

describe('off-platform: messages and suggestions', () => {
  it('suggests an on-platform wording for invitations, never a fix', () => {
    const [m] = lint('有问题可以加我微信')
    expect(m!.expected).toEqual(['在平台上联系我们'])
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('「加我微信」是引导买家到平台外联系（微信/QQ等），平台按违规处罚；请在平台聊天里沟通，可改为「在平台上联系我们」。')
  })

  it('names disguised spellings and off-platform payments', () => {
    expect(lint('加ｖｘ详聊')[0]!.message).toContain('变体写法')
    expect(lint('可以私下交易便宜点')[0]!.message).toContain('绕开平台付款')
    expect(lint('我发您二维码，扫一下就能付款')[0]!.message).toContain('个人二维码')
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor(ID, { locale: 'en' }).lint('QQ：12345678').messages
    expect(m!.message).toBe('“QQ：12345678” moves the buyer off the platform, which platforms penalise; keep the conversation in the platform chat.')
    expect(m!.url).toMatch(/rules\/off-platform\/README\.md$/)
  })
})

describe('off-platform: options', () => {
  it('allows configured phrases and flags extra ones', () => {
    const l = linterFor(ID, { rules: { [ID]: { allow: ['加个好友'], flag: ['抖音私信'] } } })
    expect(l.lint('加个好友吧').messages).toEqual([])
    expect(brief(l.lint('可以抖音私信我').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '抖音私信', start: 2, end: 6 }])
  })

  it('forces a severity, also for disguised spellings found by the separator-tolerant pass', () => {
    const l = linterFor(ID, { rules: { [ID]: 'warning' } })
    expect(l.lint('加 v 发您').messages.map((m) => m.severity)).toEqual(['warning'])
  })
})
