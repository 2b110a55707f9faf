import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

/**
 * Issue 8, "red lines in disguise" for off-platform: contact details written as number words,
 * look-alike characters, by description, a phone call as the channel, adding a person, another
 * marketplace — and the speech acts that are not diversion (scam warnings, platform UI labels,
 * refund-channel policy, the marketplace's own account, a call the buyer reports).
 */
const ID = 'off-platform'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages
const one = (actual: string, start: number) => [{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }]

const flags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  // Numbers spelled as words after a channel.
  ['有事找我，QQ：五五六七八九零一', 'QQ：五五六七八九零一', 5],
  ['微信号是幺三九零零零一二三四五', '微信号是幺三九零零零一二三四五', 0],
  // Look-alike characters for 微信 and 扣扣.
  ['下单前先加我魏信', '加我魏信', 4],
  ['徽信：shop_lily 备注买家名', '徽信：shop_lily', 0],
  ['售后走微芯联系更快', '微芯联系', 3],
  ['寇寇 246813579 随时在', '寇寇 246813579', 0],
  ['维❤️搜一下我们的店名', '维❤', 0],
  // Contact details described rather than given.
  ['群号就在店铺首页海报上，进去领券', '群号就在店铺首页海报', 0],
  ['有事看我头像旁边那个号码，打那个', '头像旁边那个号码', 4],
  // Adding a person of the shop.
  ['收到货扫卡片上的码添加店长，返图有福利', '添加店长', 9],
  ['加一下我们售后小姐姐，她会跟您对接', '加一下我们售后小姐姐', 0],
  // A phone call as the channel of the conversation.
  ['这个问题复杂，我下班打给您慢慢说', '打给您慢慢说', 10],
  // Groups on another app.
  ['想要内部价可以进我们的扣扣群', '扣扣群', 11],
  // Another marketplace, or going around the platform.
  ['我们在某多多上还有家店，那边价格低', '某多多上还有家店', 3],
  ['钱直接汇到我的帐户就行', '汇到我的帐户', 3],
  ['下次直接来我们拼多多店铺拍，便宜五块', '拼多多店铺拍', 7],
  // A group described, a member of staff added, the agent paying through an app.
  ['主页有个群，进去有内部价', '主页有个群', 0],
  ['扫一下卡片上的码，加我们客服，以后有优惠第一时间通知您', '加我们客服', 9],
  ['退款我通过支付宝直接打给您', '我通过支付宝直接打给您', 2],
  ['这次不经过平台，您直接付款就行', '不经过平台', 2],
]

const passes: readonly string[] = [
  // Warnings about scammers who ask the buyer to add them somewhere.
  '要是有人冒充我们让您加QQ退款，千万别理',
  '如果接到自称店家的电话叫您加微信，请不要相信，一切以平台消息为准',
  // The platform's own interface and accounts, quoted or named.
  '在发票页面点“存到微信卡包”就能保存',
  '可以关注微信公众号“京东服务号”查进度',
  // Refund channels and their times.
  '退款时间参考：微信红包1到3天，信用卡3到7个工作日',
  // A call the buyer reports, a service callback.
  '您说的是之前快递员给我打电话那件事吗',
  '专员会在两小时内给您打电话核实处理',
  '安装师傅上门前会给您打电话',
  // Look-alike characters on their own, digits words that are no account.
  '品牌的威信是靠质量积累的',
  '魏老师的课程资料在附件里',
  '微信零钱支付也可以',
  '扣扣子的设计很精致',
  // Described places that hold no contact detail.
  '优惠券在店铺首页图片里可以领',
  '尺码表在详情页图片里',
  // 加 inside another word, and logistics not going through JD.
  '已经给您加急了，店长也知道这个情况',
  '参加活动的问题可以咨询客服',
  '加购以后联系客服改价',
  '请添加至微信卡包后查看电子券',
  '我们不能用微信退给您，只能走平台',
  '这单不走京东物流，走的是顺丰',
  '我们只在这个平台开店',
]

describe('off-platform: red lines in disguise', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual(one(actual, start))
  })

  it.each(passes)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('says why a phone call is off-platform', () => {
    expect(lint('这个问题复杂，我下班打给您慢慢说')[0]!.message).toBe(
      '「打给您慢慢说」是把和买家的沟通转到私人电话上，聊天不在平台记录里，属于引导站外联系；请在平台聊天里沟通。',
    )
  })

  it('names the other marketplace in the message', () => {
    expect(lint('我们在某多多上还有家店，那边价格低')[0]!.message).toContain('其他平台的店')
  })

  it('reads a Traditional scam warning as a warning (zh-TW)', () => {
    const tw = linterFor(ID, { profile: 'zh-TW' })
    expect(tw.lint('若有人自稱賣家要您加LINE辦理退款，請勿相信').messages).toEqual([])
    expect(brief(tw.lint('直接匯款到我帳戶，不用透過蝦皮').messages)).toEqual([
      { ruleId: ID, severity: 'error', actual: '匯款到我帳戶', start: 2, end: 8 },
      { ruleId: ID, severity: 'error', actual: '不用透過蝦皮', start: 9, end: 15 },
    ])
  })
})

/**
 * Sets H and I kinds, in other words: the platform chat called inconvenient as the pretext
 * (这边不方便 + a channel later in the sentence, also across a space where the 不方便 is no
 * refusal), apps by their nicknames (小红薯, 某音), pulled into the shop's own group (售后群…我拉您进来),
 * a code on a card in the parcel scanned for cash (扫卡上的码领红包, 扫码返现), and the agent's own
 * mobile by another wording (打我私人手机, 拨我的工作号). Traps: 不方便加微信 (a refusal), a group in the
 * marketplace's app, a pull declined, the code that opens a manual, a warning about such codes.
 */
describe('off-platform: sets H and I kinds', () => {
  it.each([
    ['这里聊天不方便 你关注下我们家视频号', '聊天不方便 你关注下我们家视频号'],
    ['小红薯上找我，发您更多款式', '小红薯上找我'],
    ['我们建了个宝妈群，回头我把您拉进去', '宝妈群，回头我把您拉进去'],
    ['卡片背面那个码，扫卡片上的码领现金', '扫卡片上的码领'],
    ['收到货扫码返现，记得五星哦', '扫码返现'],
    ['急事就打我的私人手机', '打我的私人手机'],
    ['先拍下别付款 我发您收款码', '收款码'],
    ['差价我直接支付宝退您', '直接支付宝退您'],
    ['搜一下我们的小红书账号，每周有抽奖', '搜一下我们的小红书账号'],
  ])('flags %s → %s', (text, actual) => {
    expect(lint(text).map((m) => m.actual)).toEqual([actual])
  })
  it.each([
    '这里不方便加微信哦，有事您直接留言',
    '淘宝群里每天有券，我拉您进去',
    '群已经满了，拉不了您进去',
    '扫卡片上的码可以看安装视频',
    '凡是让您扫码领红包的都是骗子，请注意',
    '小红薯是什么？我们只在这个平台卖',
    '请不要私下转账 我们只在平台交易',
  ])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})
