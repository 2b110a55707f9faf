import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Issue 8, sixth session (rules-x): kinds read across the blind authors of the dev pool, in
 * wording of our own, with the traps beside them. Each flag is reported exactly once, with its
 * span and severity.
 */
// Every blind author who writes a QQ or WeChat number labels it off-platform and none privacy-leak
// (fourteen cases in sets a–k): an account handed over is diversion, not another person's data.
describe('privacy-leak: a chat account number after its label is not a third party’s order number', () => {
  checkKinds(
    'privacy-leak',
    [
      // The same person's real data still counts: a label for data stands nearer the number.
      ['她的微信号是 mm_2024，她上次下单的单号是 3847201956', undefined, '3847201956', 'error'],
      ['那位顾客的订单号是 5820 1934 7761，和您的不一样', undefined, '5820 1934 7761', 'error'],
      // A phone number stays a phone number whatever app it is also the account of.
      ['他的微信号就是他手机 13912345678', undefined, '13912345678', 'error'],
    ],
    [
      ['维修的事您直接问我们师傅，他的企鹅号是 3827 4619 20'],
      ['她的扣扣号码 5566778899，您加一下'],
      ['那位老师的QQ 2039481756，有问题找他'],
      ['他的微信号是 kf_xiaoli2024，加的时候备注订单'],
    ],
  )
  it('off-platform still reports the account handed over', () => {
    const linter = linterFor('off-platform')
    expect(linter.lint('维修的事您直接问我们师傅，他的企鹅号是 3827 4619 20').messages.map((m) => m.ruleId)).toEqual(['off-platform'])
  })
})

// Authors in every set warn the buyer against paying outside the platform (a, b, c, d, e, f, g, i,
// j, k); after the thing warned about, the everyday verbs "don't believe / ignore" are the same
// warning as 不要相信 or 都是骗子.
describe('off-platform: the buyer told not to believe or heed whoever asks for it', () => {
  checkKinds(
    'off-platform',
    [
      // The verb must govern the invitation: before it, or about something else, it does not.
      ['别信那些说平台贵的，私下转账给我更划算', undefined, '私下转账给我', 'error'],
      ['加我微信吧，别信别人说的', undefined, '加我微信', 'error'],
      ['这种消息不用理会，有事加我微信聊', undefined, '加我微信聊', 'error'],
      // The agent's own account, passed on through the buyer, is no scam described.
      ['让您朋友加我微信，别信外面那些', undefined, '加我微信', 'error'],
    ],
    [
      ['谁让您私下转账的都别信，我们只在平台收款'],
      ['凡是叫您加微信退款的一律不用理会'],
      ['要您私下汇款的千万别信哦'],
      ['让你扫码加群返现的，不要信'],
      ['有人让您私下转账，莫信，直接在订单里付款就行'],
    ],
  )
})

// Authors a, d, f, j and k ask for the buyer's number so that someone rings back; with a topic to
// talk over (细说, 谈价格) it was caught, with the shop's boss or the agent as the caller it was not.
describe('off-platform: the buyer’s number asked for so the boss or the agent rings back', () => {
  checkKinds(
    'off-platform',
    [
      ['团购的话您留个手机，我晚上打给您', undefined, '留个手机，我晚上打', 'error'],
      ['这个价我做不了主，您留个联系方式，店长联系您', undefined, '留个联系方式，店长联系', 'error'],
      ['電話留給我，老闆回您', undefined, '電話留給我，老闆回', 'error'],
    ],
    [
      // Service about the order, by a courier, an installer or the platform's specialist.
      ['麻烦留个电话，快递员到了会联系您'],
      ['您留下联系方式，安装师傅上门前会打给您'],
      ['请您留个电话，售后专员24小时内联系您处理'],
      // A question, a refusal.
      ['方便留个电话吗？'],
      ['不用留电话哦，有事这里找我就行'],
    ],
  )
})

// Homophone 偶 (我) before a word of time, as before the other words a subject pronoun takes.
describe('internet-slang: 偶 as 我 before a word of time', () => {
  checkKinds(
    'internet-slang',
    [
      ['这款暂时没货，偶今晚帮您问问厂家', undefined, '偶', 'warning'],
      ['好的亲，偶等下就给您改地址', undefined, '偶', 'warning'],
    ],
    [['布偶今晚发货'], ['这只玩偶明天到'], ['偶尔明天才到'], ['木偶现在有货']],
  )
})

// Set K only (outside the two-author filter): class members next to ones other authors wrote —
// rivals pointed at together (那几家, as 淘宝上那几家 in set c) or on a supermarket shelf, and goods
// said to be whitened, mixed or bulked out (as 勾兑, 掺了地沟油, 烂果拼的 in sets b, f, g).
describe('competitor-disparagement: a few sellers pointed at × goods whitened, mixed or bulked out', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那两家的银耳都是熏白的，泡出来一股味', undefined, '那两家的银耳都是熏白的，泡出来一股味', 'warning'],
      ['商场里那些羽绒服好多是掺了飞丝的', undefined, '商场里那些羽绒服好多是掺了飞丝', 'warning'],
      ['那几个牌子的肉松基本都是淀粉填充', undefined, '那几个牌子的肉松基本都是淀粉填充', 'warning'],
    ],
    [
      // The shop's own goods, care advice, neutral comparison, judgement withheld.
      ['我们的银耳是自然晾晒的，没有熏白'],
      ['白色衣物也不建议漂白，清水洗就行'],
      ['那两家的价格跟我们不一样，可能赠品不同'],
      ['超市里卖的也是正品，您放心'],
      ['那几家我们没了解过，不好评价'],
    ],
  )
})

// Set K only (outside the two-author filter): the review's wording dictated by the other verbs of
// saying (提一下, 带一句, 说一下, beside 提到/写上 that sets a–j use), and a reshipment or refund offered
// before the change of a bad review is asked (as the red packet before it in our own specs).
describe('review-manipulation: dictated wording by other verbs; compensation offered before the change', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评价的时候说一下“音质好”“发货快”，下次给您发个红包', undefined, '评价的时候说一下“音质好”“发货快”，下次给您发个红包', 'error'],
      ['这样吧，给您免费换个新的，您把一星改一下', undefined, '换个新的，您把一星改一下', 'error'],
    ],
    [
      // A review asked for in the buyer's own words, with nothing attached.
      ['评价的时候说一下真实感受就好，谢谢亲'],
      ['方便的话评价里带一句尺码建议，能帮到其他买家'],
      // The remedy already made, or left free of the review.
      ['已经给您换新了，差评改不改随您'],
      ['给您补发一个，差评您删不删都行'],
    ],
  )
})

// Scanning a code to join a group is written in sets d, e and k; K's joins by other verbs (进了群,
// 进入会员群) with the code described before a comma were missed.
describe('off-platform: a code scanned to join a group, by any verb of joining', () => {
  checkKinds(
    'off-platform',
    [
      ['扫一下发货单背面那个码，加入粉丝群每周有秒杀', undefined, '扫一下发货单背面那个码，加入粉丝群', 'error'],
      ['老顾客扫描吊牌上的二维码进入福利群下单更便宜', undefined, '二维码进入福利群', 'error'],
    ],
    [
      // The code for the product itself, a join refused, the marketplace's own group.
      ['扫一下吊牌上的码可以查真伪，不用进群'],
      ['扫码看安装视频就行，不需要加入什么群'],
      ['淘宝群扫码进群就能领券'],
    ],
  )
})
