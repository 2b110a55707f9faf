import { describe, expect, it } from 'vitest'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 37, lane cu37: curt-reply. Part 1, the false alarms of the third real corpus (ASAP) read as speech-act classes; part 2,
 * the violation kinds of the conduct taxonomy (curt-reply part) probed with other members and positions than its examples.
 * Sentences in our own words.
 */

const turnLinter = linterFor('curt-reply')
const lint = (text: string, previous: string, agentBefore?: string) =>
  brief(turnLinter.lint(text, agentBefore === undefined ? { previous } : { previous, agentBefore }).messages).filter((m) => m.severity !== 'info')

// ---- Part 1: real-traffic classes ----

// 1a. A yes in negated form (没错, 错不了, 没毛病, 一点没错) confirms what the buyer said; no stark no.
describe('curt-reply cu37: a yes in negated form confirms', () => {
  checkKinds(
    'curt-reply',
    [['不换。', '能换个颜色吗', '不换', 'warning']],
    [
      ['没错', '我要的是换新，不是修'],
      ['对，没错', '就是说周五前能到对吧'],
      ['错不了', '这个是上次那个型号吧'],
      ['沒錯', '我選的是黑色那款'],
      ['没毛病', '我填的地址是这个没问题吧'],
    ],
  )
})

// 1b. A search reported with its result (我在网上查到的, 网上搜到的资料) is no buyer sent to search.
describe('curt-reply cu37: a search with its result is reported, not pushed', () => {
  checkKinds(
    'curt-reply',
    [['自己上网搜', '这个怎么激活', '自己上网搜', 'warning']],
    [
      ['跟我网上查到的一样呢', '是这么规定的吗'],
      ['小妹在网上搜到的说明是这样的', '保修怎么算'],
    ],
  )
})

// 1c. The buyer announces more to come (还有, 另外, 我还想问一下, 對了) and says nothing yet: a grunt invites them on. 还有吗 asks.
describe('curt-reply cu37: a grunt to the buyer announcing more', () => {
  checkKinds(
    'curt-reply',
    [['嗯嗯', '收到的裤子开线了', '嗯嗯', 'warning']],
    [
      ['嗯呢', '还有'],
      ['嗯嗯亲', '另外还有个问题'],
      ['嗯', '我还想问一下'],
      ['嗯嗯', '對了'],
    ],
  )
})

// 1d. A trouble said as the condition of a rule (不满意就七天无理由退, 有质量问题的话能换吗) complains of nothing; the buyer's own
//     apology (那对不起了) neither. A grunt or an ok to them confirms; the real trouble still wants more.
describe('curt-reply cu37: a trouble as a condition, the buyer apologising', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '不满意，质量太差了', '嗯嗯', 'warning'],
      ['好的', '收到的杯子碎了', '好的', 'warning'],
    ],
    [
      ['嗯呢', '这个杯子，不喜欢的话七天无理由退'],
      ['嗯嗯', '有质量问题就包换是吧'],
      ['好的', '噢，那对不起了，是我看错了'],
    ],
  )
})

// 1e. A soft no after the agent's apology sent in an EARLIER message of the same turn stays curt. Lane cu37 had cleared it
//     (ASAP's reviewer did not uphold 这个无法修改的呢 after 抱歉的哦); on CSDS, held out from the lane, it cleared no false alarm
//     and lost two flags that reviewer upheld (很抱歉亲 → 妹子无法帮您进行申请的呢), so the lead took it out (s37).
describe('curt-reply cu37: a soft no after an apology sent just before is still a bare no', () => {
  it.each([
    ['这个改不了的呢', '那我就直接付款吧', '抱歉的哦', '改不了'],
    ['不可以的哦', '帮我把两单合一起发', '非常抱歉亲', '不可以'],
  ])('flags %s after %s', (text, previous, before, actual) => {
    expect(lint(text, previous, before).map((m) => m.actual)).toEqual([actual])
  })
  it.each([
    ['这个改不了的呢', '那我就直接付款吧', '改不了'],
    ['不可以的哦', '帮我把两单合一起发', '不可以'],
  ])('flags %s with nothing before', (text, previous, actual) => {
    expect(lint(text, previous).map((m) => m.actual)).toEqual([actual])
  })
  it('flags the same no after a closing', () => {
    expect(lint('这个改不了的呢', '那我就直接付款吧', '请问还有其他可以帮您的吗').length).toBe(1)
  })
})

// 1f. The way told step by step as a menu path (点击我的-客户服务-发票) before the agent's can't: the path is the answer.
describe('curt-reply cu37: a menu path before the can-not', () => {
  checkKinds(
    'curt-reply',
    [['这边无法帮您截图', '你给我截个图吧', '无法帮您', 'warning']],
    [
      ['手机点击我的-客户服务-发票，这边无法帮您截图哦', '你给我截个图吧'],
      ['進入 我的>訂單>申請售後，這邊沒辦法幫您操作', '你幫我申請一下'],
    ],
  )
})

// ---- Part 2: taxonomy kinds ----

// 2.1 bare-dont-know: "haven't noticed / tried / measured" as the whole answer (class ignorance.untried); not with a follow-up,
//     not with the buyer as its subject.
describe('curt-reply cu37: not noticed, not tried, not measured', () => {
  checkKinds(
    'curt-reply',
    [
      ['没留意', '你们发的是顺丰吗', '没留意', 'warning'],
      ['小妹也没试过呢', '这个锅能用电磁炉吗', '也没试过', 'warning'],
      ['这个还没量过', '这件衣长多少', '还没量过', 'warning'],
      ['沒注意耶', '出貨前有檢查嗎', '沒注意', 'warning'],
    ],
    [
      ['没试过，我帮您问下厂家再回复您', '这个锅能用电磁炉吗'],
      ['您没注意看吧，在箱子底下', '怎么没有赠品'],
      ['没量过的话可以先量一下腰围再选', '我穿多大'],
    ],
  )
})

// 2.3 push-to-third-party: Taiwan's 自行聯絡 (請您自行聯絡物流公司); the shop's own action beside it passes.
describe('curt-reply cu37: left to contact them on their own, Taiwan wording', () => {
  checkKinds(
    'curt-reply',
    [
      ['請您自行聯絡物流公司', '包裹還沒到', '自行聯絡', 'warning'],
      ['您自行联络厂商吧', '用两天就坏了', '自行联络', 'warning'],
      ['这种情况请自行询问快递', '快递三天没动了', '自行询问', 'warning'],
    ],
    [
      ['您也可以自行聯絡物流，我這邊也幫您催', '包裹還沒到'],
      ['不用您自行联络，我们这边来处理', '用两天就坏了'],
    ],
  )
})

// 2.4 bare-referral-to-page: the goods themselves as the measure (以实物为准) and a chart "then you'll know" as the whole answer to a
//     question about them; with the answer beside it, it passes.
describe('curt-reply cu37: the goods as the measure, the chart as the answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['以实物为准', '实物颜色和图片一样吗', '以实物为准', 'warning'],
      ['以收到的为准哦', '是白色还是米白', '以收到的为准哦', 'warning'],
      ['看一下尺码表就知道了', '我穿多大的', '看一下尺码表就知道了', 'warning'],
      ['尺码表上都有', '我165穿什么码', '尺码表上都有', 'warning'],
    ],
    [
      ['是米白色，灯光下会略偏黄，以实物为准', '是白色还是米白'],
      ['看一下尺码表，您165、110斤穿M刚好', '我穿多大的'],
    ],
  )
})

// 2.5 bare-filler-ack: complaints the shared class lacked — a hole in the goods, the delivery not brought to the door.
describe('curt-reply cu37: a grunt to a hole or a delivery left downstairs', () => {
  checkKinds(
    'curt-reply',
    [
      ['知道了', '衣服上有个洞', '知道了', 'warning'],
      ['好的', '裤子破了个洞', '好的', 'warning'],
      ['了解了', '快递员不送上门', '了解', 'warning'],
      ['喔', '少寄了一件', '喔', 'warning'],
      ['明白', '收到的灯不亮', '明白', 'warning'],
      ['好的', '包裹破损了', '好的', 'warning'],
    ],
    [
      ['抱歉，破洞的话给您补发一件新的', '衣服上有个洞'],
      ['好的', '你们送上门吗，我家没电梯'],
      ['是的', '破损包赔吗'],
    ],
  )
})

// 2.6 rigid-policy-refusal: haggling refused after the price rule (统一定价，不议价); a reason or an offer after it passes.
describe('curt-reply cu37: the price rule as final', () => {
  checkKinds(
    'curt-reply',
    [
      ['我们是统一定价的，不议价', '能不能少点', '统一定价的，不议价', 'warning'],
      ['明码标价，概不还价', '便宜十块行吗', '明码标价，概不还价', 'warning'],
      ['公司规定不讲价', '能打个折吗', '公司规定不讲价', 'warning'],
      ['系统就是这么设置的', '为什么不能改地址', '系统就是这么设置的', 'warning'],
    ],
    [
      ['我们统一定价，不议价，不过可以送您一个收纳袋', '能不能少点'],
      ['不讲价的，但现在下单有满减券可以领', '能便宜吗'],
    ],
  )
})

// 2.7 not-my-job: another internal role's business (财务那边的事, 技术部负责的) and a party's side (快递那边的事).
describe('curt-reply cu37: another department’s business', () => {
  checkKinds(
    'curt-reply',
    [
      ['退款是财务那边的事', '退款怎么还没到', '是财务那边的事', 'warning'],
      ['那是快递那边的事', '快递没送上门', '是快递那边的事', 'warning'],
      ['这个是技术部负责的', '软件打不开', '这个是技术部负责的', 'warning'],
      ['這是倉庫那邊的事', '怎麼還沒出貨', '是倉庫那邊的事', 'warning'],
      ['亲亲，退款是财务部负责的哦', '退款什么时候到', '是财务部负责的', 'warning'],
      ['我这边只负责咨询', '我要退货', '只负责咨询', 'warning'],
    ],
    [
      ['退款是财务那边的事，我帮您催一下财务', '退款怎么还没到'],
      ['这不是财务的事，是我们这边漏了，马上给您补', '退款怎么还没到'],
    ],
  )
})

// 2.8 impatience-hurry: the buyer hurried to decide (快点决定, 赶紧定); after a sale's deadline it is a sales push.
describe('curt-reply cu37: hurried to decide', () => {
  checkKinds(
    'curt-reply',
    [
      ['您快点决定', '我再想想', '快点决定', 'warning'],
      ['你赶紧定吧', '我再考虑一下', '赶紧定', 'warning'],
      ['快點決定啦', '我再比較一下', '快點決定', 'warning'],
    ],
    [
      ['优惠今晚截止，喜欢的话赶紧下单哦', '我再想想'],
      ['不着急，您慢慢考虑，想好了随时找我', '我再想想'],
    ],
  )
})

// 2.9 self-help-dismissal: told to keep trying alone (您自己多试几次), the job thrown back with "then you'll know".
describe('curt-reply cu37: keep trying yourself, then you will know', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己多试几次', '登录不上去', '自己多试几次', 'warning'],
      ['自己再试试吧', '蓝牙连不上', '自己再试试', 'warning'],
      ['自己量一下就知道了', '我穿多大', '自己量一下就知道了', 'warning'],
      ['您自己試試就清楚了', '這個會不會太硬', '您自己試試就清楚了', 'warning'],
    ],
    [
      ['您可以自己再试试，不行的话我帮您远程看看', '蓝牙连不上'],
      ['我们自己试过，装开水没问题', '能装开水吗'],
    ],
  )
})

// 2.11 conversation-shutdown: the agent will say no more (不想多说了, 我说完了, 不跟你说了), told to ask no more, or 就这样吧 closing
//      a reply while the trouble is open; after the buyer closed the chat it is a courtesy.
describe('curt-reply cu37: the talk shut down while the trouble is open', () => {
  checkKinds(
    'curt-reply',
    [
      ['不想多说了', '为什么这样', '不想多说了', 'warning'],
      ['我说完了', '可是还有问题呢', '我说完了', 'warning'],
      ['不跟你说了', '你们什么态度', '不跟你说了', 'warning'],
      ['不用再问了', '我再问一下', '不用再问了', 'warning'],
      ['行了，就这样吧', '还没解决呢', '就这样吧', 'warning'],
      ['沒什麼好說的', '你們到底管不管', '沒什麼好說的', 'warning'],
      ['我已经说完了', '我还没明白', '我已经说完了', 'warning'],
      ['没什么好谈的', '那我要赔偿', '没什么好谈的', 'warning'],
    ],
    [
      ['好的，就这样吧', '那就先这样吧'],
      ['不用再问了，已经给您补发了', '我再问一下'],
      ['该说的都说清楚了吗？有不明白的随时问我', '好的'],
      ['我说完了，您看还有什么不清楚的吗', '好的'],
      ['驰名商标，质量就不用多说了', '质量怎么样'],
    ],
  )
})
