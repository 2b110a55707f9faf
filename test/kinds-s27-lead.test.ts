import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 27 (twenty-third working session), the lead. Kinds the fourth real corpus (CSDS) and set AQ showed,
 * each in our own words, with the traps that must stay flagged.
 */

// 1. internet-slang: 妹纸 (the agent calling herself 妹子, spelled cute) is light. Two reviewers of real JD turns
//    upheld it alone 0 of 53 times and with 么么哒 or a meme every time: it counts toward a register, not alone.
describe('internet-slang: 妹纸 alone is light, with more slang it is a register', () => {
  const slang = linterFor('internet-slang')
  const spans = (text: string) => slang.lint(text).messages.map((m) => `${m.severity} ${text.slice(m.start, m.end)}`)
  it.each([
    ['妹纸这就给您催一下，么么哒', ['warning 妹纸', 'warning 么么哒']],
    ['妹纸帮您查到啦，好滴', ['warning 妹纸', 'warning 好滴']],
    ['集美们，妹纸在这里', ['warning 集美们', 'warning 妹纸']],
    ['记得给妹纸打个分哦，十里春风不如您的一个好评', ['warning 妹纸', 'warning 十里春风不如您']],
    ['妹纸先退下啦，祝您天天牙齿晒太阳', ['warning 妹纸', 'warning 牙齿晒太阳']],
  ])('flags %s with every piece of the register', (text, expected) => {
    expect(spans(text)).toEqual(expected)
  })
  it.each(['妹纸这就给您催一下快递哦', '请问还有什么需要妹纸为您做的吗', '亲亲稍等，妹纸马上帮您看看物流', '小妹这边已经给您登记好了', '祝您天天牙齿晒太阳，生活顺利'])('passes %s', (text) => {
    expect(spans(text)).toEqual([])
  })
})

// 2. exaggeration: luck and spirits said to come with the product (a supernatural effect nobody can prove). A wish and
//    the meaning a design carries are not claims; nor is the buyer's question or a denial.
describe('exaggeration: superstition claims', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个貔貅摆在收银台，保您生意财运亨通', undefined, '财运亨通', 'error'],
      ['黑曜石吊坠能挡煞，出远门戴着就行', undefined, '挡煞', 'error'],
      ['考前给孩子戴上这个红绳，逢考必过', undefined, '逢考必过', 'error'],
    ],
    [
      ['祝您新的一年财运亨通，万事如意'],
      ['葫芦的造型寓意逢凶化吉，是传统吉祥纹样'],
      ['请问戴这个真的能辟邪吗？'],
      ['我们不敢说能辟邪，就是一个普通的装饰品'],
      ['这款招财猫摆件今天下单明天发'],
    ],
  )
})

// 3. exaggeration: an illness held down or gone for good without 了 (三高都能控制住, 胃病全好), and sleep made
//    certain by the product (吃了一定睡得着). A question, a wait (好了再…) and a denial are not claims.
describe('exaggeration: an illness controlled or gone, sleep made certain', () => {
  checkKinds(
    'exaggeration',
    [
      ['每天冲一包，血糖都能控制住', undefined, '血糖都能控制住', 'error'],
      ['调理两个疗程，多年的胃病全好', undefined, '胃病全好', 'error'],
      ['睡前喝一杯，喝了就能睡着', undefined, '喝了就能睡着', 'error'],
    ],
    [
      ['血糖控制住了吗？最近复查过没有'],
      ['等宝宝湿疹全好了再换回原来的奶粉'],
      ['喝了还是睡不着的话建议去医院看看'],
      ['不能保证喝了就能睡着，每个人情况不一样'],
    ],
  )
})

// 4. exaggeration: the product set above medical care or the hospital's instruments, with or without 还/更
//    (比吃药管用, 比医院的仪器还准). An honest comparison the other way and a question are not claims.
describe('exaggeration: better than medicine or the hospital’s instruments', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款艾灸贴比吃药管用多了', undefined, '比吃药管用', 'error'],
      ['家用血压计测得比医院的仪器还准', undefined, '比医院的仪器还准', 'error'],
    ],
    [
      ['家用的血压计肯定没有医院的仪器准，仅供参考'],
      ['这个比医院的仪器还准吗？'],
      ['保健品不能说比吃药管用哦'],
    ],
  )
})

// 5. exaggeration: a book's edition and printing (第一版第一刷) is an ordinal, not a ranking.
describe('exaggeration: an edition and its printing', () => {
  checkKinds(
    'exaggeration',
    [['这套书是同类绘本里的第一名', undefined, '第一名', 'warning']],
    [['这本是第一版第一刷，带书腰和藏书票'], ['第一次印刷的版本已经售罄了']],
  )
})

// 6. Speech acts the fourth corpus (CSDS) showed read as claims or invitations: the buyer praised with a
//    superlative, whether a medicine works left to a test, the code the buyer paid with asked about, and the refund's
//    way back to the buyer's own wallet in other words. The same words offered by the shop stay flagged.
describe('exaggeration: the buyer praised, and whether a medicine works', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们家的阿胶是全世界最好的', undefined, '全世界最好', 'warning'],
      ['这款枕头对颈椎病有疗效', undefined, '有疗效', 'error'],
    ],
    [['亲亲您是全世界最好的顾客，谢谢您的理解'], ['要做完检查才能判断这个药是否有疗效哦'], ['医生会看一下有没有疗效']],
  )
})
describe('off-platform: the buyer’s own payment asked about, the refund’s way back', () => {
  checkKinds(
    'off-platform',
    [
      ['付款的话用我发您的二维码就行', undefined, '二维码', 'error'],
      ['退款我这边原返到我的微信再转您', undefined, '我的微信', 'error'],
    ],
    [['亲是扫商家二维码付的款吗？'], ['您是用哪个收款二维码支付的呢？'], ['用微信付的钱会原返到您的微信零钱'], ['退款会原路返回到您的微信，请留意']],
  )
})

// 7. off-platform: a canned how-to that runs on with commas past the sentence window names what the brand account
//    is for at its end (…可以查看对应的食谱、说明书): the product's own account, read up to the sentence's real end.
//    An account pushed for deals stays flagged, however long the sentence.
describe('off-platform: the brand account’s purpose at the end of a long how-to', () => {
  checkKinds(
    'off-platform',
    [['加一下我们的公众号，每天有秒杀福利，点开右上角的放大镜，输入店名，再点搜一搜，选公众号那一栏，就能看到了。说明书在详情页', undefined, '加一下我们的公众号', 'error']],
    [['您在微信上关注一下我们的公众号哦，点开右上角的放大镜，输入店名，再点搜一搜，选公众号那一栏，进去以后就可以看到每道菜的做法和说明书了']],
  )
})

// 8. privacy-leak: a parcel's pickup code (取件码, 提货码, 开箱码) opens the parcel, so four digits of it next to
//    someone else are their data, as a phone's last four are. The buyer's own code, and a code not shown, are not.
describe('privacy-leak: someone else’s pickup code', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您同事的快递取件码是7342', undefined, '7342', 'error'],
      ['上一位顾客的开箱码8816', undefined, '8816', 'error'],
    ],
    [['您的包裹在驿站，取件码是7342，记得带上身份证'], ['提货码6621，您下班顺路去拿就行'], ['您朋友的取件码会发到他自己的手机上，我们这边看不到']],
  )
})

// 9. curt-reply: the buyer opens by saying there is nothing more (没了，等你们消息; 没有了，尽快哈): a closing line then ends
//    the chat as asked, whatever else the message presses for. To a question or a complaint it still leaves them unanswered.
describe('curt-reply: a closing line after the buyer says there is nothing more', () => {
  checkKinds(
    'curt-reply',
    [
      ['请问还有其他可以帮到您的吗', '快递几天能到', '请问还有其他可以帮到您的吗', 'warning'],
      ['感谢您的支持，祝您生活愉快', '东西到了是坏的，怎么弄', '感谢您的支持', 'warning'],
    ],
    [
      ['请问还有其他可以帮到您的吗', '没有了，麻烦尽快处理'],
      ['感谢您的支持，祝您生活愉快', '没了，我等你们消息吧'],
      ['请问还有什么可以帮您的吗', '没事了，谢谢'],
    ],
  )
})

// 10. curt-reply with the agent's turn so far: an apology or a closer after the turn's real answer leaves nothing
//     unanswered; after a pasted link or order number, a can't-tell or a hold it is still the whole answer.
describe('curt-reply: an apology after the turn’s answer, and what is no answer', () => {
  const curt = linterFor('curt-reply')
  const asked = '退款多久能到账啊'
  const spansOf = (text: string, agentBefore?: string) =>
    curt.lint(text, agentBefore === undefined ? { previous: asked } : { previous: asked, agentBefore }).messages.filter((m) => m.severity !== 'info').map((m) => text.slice(m.start, m.end))
  it.each([
    ['原路退回的话一般三到五个工作日到账', []],
    ['https://item.jd.com/100012345.html', ['给您带来不便']],
    ['[订单编号]', ['给您带来不便']],
    ['这个小妹也不清楚呢', ['给您带来不便']],
    ['稍等，这边帮您查询下', ['给您带来不便']],
    [undefined, ['给您带来不便']],
  ])('给您带来不便，还请您见谅 after %s', (agentBefore, spans) => {
    expect(spansOf('给您带来不便，还请您见谅', agentBefore)).toEqual(spans)
  })
  it.each([
    ['原路退回的话一般三到五个工作日到账', []],
    ['https://item.jd.com/100012345.html', ['请问还有其他可以帮到您的吗']],
  ])('a closer after %s', (agentBefore, spans) => {
    expect(spansOf('请问还有其他可以帮到您的吗?', agentBefore)).toEqual(spans)
  })
})
