import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

// Issue 8, fourth rule round: blame by insinuation in the kinds sets H and I showed missing
// (guesses followed by a defence of the goods, certainty before a cleft on the buyer, the
// shop's fault denied before the buyer's act, the buyer's pet or child as the cause, "why not"
// in a purchase frame, a pointed omission with the trouble called normal, disbelief answering
// a complaint). Each block: wordings of our own from several registers, and the traps beside
// them. Sentences written for this file; none is taken from a dev set.
const ID = 'blame-customer'
type Case = readonly [text: string, actual: string, severity: 'error' | 'warning', previous?: string]
type Clean = readonly [text: string, previous?: string]
const flagsEach = (cases: readonly Case[]) => checkKinds(ID, cases.map(([text, actual, severity, previous]) => [text, previous, actual, severity] as const), [])
const passesEach = (cases: readonly Clean[]) => checkKinds(ID, [], cases)

describe('a guess at what the buyer did, then the goods defended', () => {
  flagsEach([
    ['锅底糊了 您是不是干烧了 这款锅本身没问题', '您是不是干烧', 'warning'],
    ['吹风机烧了，您是不是用了非原装的插头？这种情况不在保修范围哦', '您是不是用了非原装', 'warning'],
    ['手表进水了 是不是您洗澡也戴着？这款不防水的', '您洗澡也戴', 'warning'],
    ['平板充电很烫 您是不是边充电边玩游戏 我们机器本身没问题', '您是不是边充电边玩游戏', 'warning'],
    ['是不是您的瓶盖没拧紧？一般不会漏的', '您的瓶盖没拧紧', 'warning', '酱油漏了一箱子'],
    ['是不是您当时没在旁边看着装？我们师傅都很专业的', '您当时没在旁边看着装', 'warning', '师傅装完柜门是歪的'],
  ])
  passesEach([
    // Help after the guess: it asks in order to help.
    ['锅底糊了 您是不是干烧了 我帮您申请换一个'],
    ['您是不是用了非原装的充电器？可以换原装的试试'],
    ['是不是您的瓶盖没拧紧？麻烦您拧紧再试一下', '酱油漏了'],
    // No trouble and no defence: a plain question; advice is no guess.
    ['您是不是洗澡也戴着呀？'],
    ['这款不防水，洗澡的时候记得摘下来哦'],
  ])
})

describe('the buyer clefted as the one who did it, asserted', () => {
  flagsEach([
    ['这锅粘底一定是您大火干烧了', '是您大火干烧', 'error'],
    ['表带断了 那肯定是你拉得太猛了', '是你拉得太猛', 'error'],
    ['是您拿的时候太用力了，葡萄才掉粒的', '您拿的时候太用力', 'error'],
  ])
  passesEach([
    ['肯定是您的订单先发'],
    ['这款锅可以大火干烧吗？不建议哦'],
    ['如果您用钢丝球刷会刮花涂层'],
    ['不是您拉得太猛，是拉链本身有问题'],
  ])
})

describe("the buyer's pet or child as the cause of the trouble", () => {
  flagsEach([
    ['沙发抓破了多半是猫咪抓的吧', '猫咪抓', 'warning'],
    ['书包带子断了应该是小孩扯的', '小孩扯', 'warning'],
  ])
  passesEach([
    ['猫抓板就是给猫咪抓的哦'],
    // A policy about a kind of damage names nobody.
    ['宠物咬坏的不在保修范围'],
  ])
})

describe("not our fault, it was the buyer's choice", () => {
  flagsEach([
    ['我们核对过了 不是我们发错 是您下单选的就是黑色', '是您下单选的', 'error'],
    ['不是我们发错了，是您当时选的就是L码', '是您当时选的', 'error'],
  ])
  passesEach([['不是我们不给退，是您的订单还在审核']])
})

describe('why not, in a purchase frame', () => {
  flagsEach([
    ['您下单的时候为什么不选顺丰呢', '为什么不选顺丰', 'error'],
    ['买的时候咋不等双十一呢', '咋不等双十一', 'error'],
  ])
  passesEach([['您为什么不喜欢这个颜色呢']])
})

describe("the buyer's pointed omission, then the trouble called normal", () => {
  flagsEach([
    ['您的快递在驿站放了一周都没去取 退回是正常的', '您的快递在驿站放了一周都没去取 退回是正常的', 'error'],
    ['亲 您三天都没回消息 订单被取消很正常', '您三天都没回消息 订单被取消很正常', 'error'],
  ])
  passesEach([
    // Not pointed (还没): a reminder of a state.
    ['您还没付款，订单关闭是正常的哦'],
  ])
})

describe('the reason clefted on what the buyer did not do; "you should have" with 当初', () => {
  flagsEach([
    ['坏掉是因为您没有及时冷藏', '您没有及时', 'warning'],
    ['当初就应该先问清楚再拍', '就应该先问清楚再拍', 'error'],
    ['您當初就應該選大一號', '就應該選大一號', 'error'],
    ['穿了还嫌小，只能说明您脚宽', '只能说明您', 'error'],
  ])
  passesEach([
    ['不是因为您没操作好，是机器故障'],
    ['因为您没选尺码，我帮您备注了M码'],
    ['我们当初就应该提醒您的'],
    ['这说明您的订单已经出库了'],
  ])
})

describe('disbelief or "it was fine when it left us" answering a complaint', () => {
  flagsEach([
    ['怎么可能 我们出库前都检查过', '怎么可能', 'warning', '收到的碗是碎的'],
    ['不可能吧，发货前都测试过的', '不可能吧', 'warning', '灯不亮'],
  ])
  passesEach([
    ['不可能吧，我马上帮您查', '灯不亮'],
    ['不会吧', '这个会不会坏'],
    // Answering whether trouble will come, the checks reassure.
    ['我们发货前都检查的，您放心', '会不会是坏的'],
  ])
})

describe('pointers that inform, and shirking onto a third party, are not blame', () => {
  passesEach([
    // The page pointed at, then the answer or advice; the agent's own note.
    ['成分吊牌上都有标注，冷水手洗就可以'],
    ['我都写了，您放心'],
    // A third party named as the cause before the denial: curt-reply's shirk.
    ['物流那边说是快递丢件了 这个真不怪我们'],
  ])
})

describe('the reason of a trouble clefted on what the buyer did; a guess presumed with 吧 in its clause', () => {
  flagsEach([
    ['椅子腿断了是因为您站上去换灯泡', '是因为您站上去换灯泡', 'error'],
    ['热水壶有水垢是因为您平时不除垢才会这样', '是因为您平时不除垢才会这样', 'error'],
    ['鞋子开胶了？晒的时候没放阴凉处吧，正常穿是不会开胶的', '晒的时候没放阴凉处', 'warning'],
    ['用热水洗的吧，冷水洗哪会这样', '用热水洗', 'warning', '衬衫掉色了'],
    ['你家狗太能咬了，这个不算质量问题', '你家狗太', 'error', '狗窝被咬烂了'],
  ])
  passesEach([
    // No trouble: a reason for a wait, not a fault.
    ['发货慢是因为您选的是预售款'],
    ['是因为您选的是预售，所以晚几天发'],
    // The trouble explained by the goods, with care advice.
    ['起球是因为面料摩擦，您平时可以用去球器处理'],
    // A guess with 吧 and help after it.
    ['用热水洗的吧？我帮您申请换一件', '衬衫掉色了'],
  ])
})

describe("the buyer's own device, surroundings or choice made the cause; shipped as ordered", () => {
  flagsEach([
    ['您家路由器太老了吧', '您家路由器太老', 'warning', '网一直断'],
    ['你那边信号不好吧', '你那边信号不好', 'warning', '直播一直卡'],
    ['是不是您的充电头有问题？', '您的充电头有问题', 'warning', '充不进电'],
    ['颜色是您自己挑的呀', '是您自己挑', 'error', '收到的颜色不喜欢'],
    ['都是按照您拍的型号发的', '按照您拍的', 'warning', '发错型号了'],
    ['我们按订单发的哦', '按订单发的', 'warning', '寄错了'],
    ['衣服洗了半年了才来退吧', '才来退', 'error', '要退货'],
  ])
  passesEach([
    ['您家网络有问题的话可以换个时间试试'],
    ['我们的路由器有问题会免费换'],
    ['您手机系统是多少版本呀', '装不上'],
    ['您自己挑的这款真有眼光'],
    ['按您选的颜色发货哦', '什么时候发货'],
  ])
})

// Sixth rule round (cross-author kinds): a count of telling the buyer, in any numeral and with or
// without 了/过, holds the repetition against them (sets h and k). Found by the construction
// curt-reply reads (findTold), not by a list of 说了三遍.
describe('how many times the buyer was told', () => {
  flagsEach([
    ['都讲五遍了，预售要月底才发', '讲五遍', 'error'],
    ['这个问题我回复你两次了哦', '回复你两次', 'error'],
    ['跟你解释过三四遍了，这是正常色差', '解释过三四遍', 'error'],
    ['給你講咗幾次啦，冇現貨', '講咗幾次', 'error'],
    ['你到底要问几遍，没有优惠券', '问几遍', 'error'],
  ])
  passesEach([
    // The agent's own errands, the buyer's own telling, the agent apologising, a negation, a dose.
    ['我跟仓库催了三次，今天一定发'],
    ['帮您问了两遍快递，还在路上'],
    ['您说了好几次要加急，我们都备注了'],
    ['不好意思，跟您解释了三遍还没讲明白，我换个说法'],
    ['不用说两遍的亲，我都记下了'],
    ['这款面霜一天擦两次就可以'],
    // Counted asking with nobody named: the pool reads it as impatience only (curt-reply's).
    ['今天问第五遍了'],
  ])
})

// Sixth rule round (cross-author kind, sets g and k): the consequence of the buyer's own act thrown
// back as a question only they can answer — who bears it, how could we, how could it not.
describe('the consequence thrown back as a question', () => {
  flagsEach([
    ['您把发票弄丢了，补开的费用谁承担？', '补开的费用谁承担', 'error'],
    ['你自己把标签剪了，这让我们怎么退', '让我们怎么退', 'error'],
    ['您拿开水直接冲，能不裂吗？', '能不裂吗', 'error'],
    ['您直接用开水冲能不裂吗？', '您直接用开水冲能不裂吗', 'error'],
    ['你一口气放了三天，能不烂吗', '能不烂吗', 'error'],
  ])
  passesEach([
    // The shop takes it on, the buyer's wish is asked, the ordinary "can you", no buyer named.
    ['您填错地址了没关系，运费谁出？当然是我们出'],
    ['请问您希望我们怎么处理呢？'],
    ['能不能麻烦您拍张照片'],
    ['快递这样扔能不坏吗，太过分了，我们马上给您补发'],
    ['这种情况一般谁负责呢？我帮您问一下快递'],
    ['您想让我们怎么赔偿都可以说'],
    ['运费谁出都行，您先寄回来'],
  ])
})
