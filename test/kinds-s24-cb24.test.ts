import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 24, lane cb24 (issue 8). The sentences are ours; the words reach them through the shared classes
 * (src/vocab/classes.yaml, `# --- cb24 ---`).
 */
describe('curt-reply: the buyer sent to a party named before, by a pronoun (party.pronoun × party.answerable)', () => {
  checkKinds(
    'curt-reply',
    [
      ['那是主播直播时答应的，不归我们，你找他', undefined, '你找他', 'warning'],
      ['安装师傅是外包的，您自己联系他', undefined, '您自己联系他', 'warning'],
      ['快遞員自己送錯的，你去問他', undefined, '你去問他', 'warning'],
      ['厂家那边定的价，你去找他们', undefined, '你去找他们', 'warning'],
      // The trouble as a condition closed by 了, then the bare imperative (坏了找物流).
      ['碎了找快递，我们出库是好的', undefined, '找快递', 'warning'],
      ['少了问仓库', undefined, '问仓库', 'warning'],
    ],
    [
      // The agent asks; the buyer asked whether they did; help offered; a person, not a party.
      ['师傅那边我去问他，今天给您答复'],
      ['主播说的话您问他了吗？'],
      ['安装师傅的电话发您了，有问题您找他就行，他会帮您处理'],
      ['快递送到隔壁阿姨家了，她在家，您去找她拿一下'],
      ['上次买的那位顾客说效果不错，您可以问问她'],
      ['这款其他颜色也有，我找他们要一下实拍图'],
      // 了 after an adverb or the agent's own asking is no named trouble.
      ['刚问了快递，说明天到'],
      ['已经找了厂家，在安排换货'],
      ['坏了找物流不如找我们，我们直接给您补发'],
    ],
  )
})

describe('blame-customer: the buyer\'s perception, measure or handling named as the cause; instructions not followed', () => {
  checkKinds(
    'blame-customer',
    [
      // fault.perception with the buyer as subject.
      ['活动页写的是满三件，您看岔了', undefined, '您看岔', 'error'],
      ['是您记混了吧，我们寄出的就是灰色', undefined, '是您记混', 'error'],
      ['客服没这么答应过，您听错了', undefined, '您听错', 'error'],
      ['您理解错了，这个券只能用在新品上', undefined, '您理解错', 'error'],
      ['您記錯了，我們說的是週五出貨', undefined, '您記錯', 'error'],
      // fault.measure: the buyer's scale or ruler as the cause.
      ['重量没问题，是您家的秤不准', undefined, '秤不准', 'error'],
      ['是你自己尺子有误差，衣长是对的', undefined, '是你自己尺子有误差', 'error'],
      // fault.damage.caused: 的 makes the handling the cause.
      ['您这是暴晒晒裂的，塑料件不能放阳台', undefined, '晒裂的', 'error'],
      ['你这明显是踩坏的', undefined, '踩坏的', 'error'],
      // fault.unheeded: what the shop said, not followed.
      ['您肯定没照我们说的先泡一夜再煮', undefined, '没照我们说的', 'warning'],
      ['你没按客服教的装，所以才漏水', undefined, '你没按客服教的', 'warning'],
      // A statement run on before a tag guess is stated (is.Asked: the question is the tag's).
      ['您这明显是人为损坏的，磕的吧？', undefined, '人为损坏', 'error'],
    ],
    [
      // Negated, the shop's own, hypothetical, asked with help, a mix-up by the warehouse, advice.
      ['您没看岔，就是这个价'],
      ['是我记混了，抱歉，您的是灰色'],
      ['如果您记错了尺码，我们可以免费换'],
      ['您是不是记混了订单号？我帮您查一下'],
      ['仓库把您和另一位买家的订单搞混了，是我们的问题，马上补发'],
      ['我们的秤不准，少给您称了二两，马上补'],
      ['您家的秤不准的话，可以拿到超市称一下'],
      ['快递压坏的我们负责，马上给您补发'],
      ['您的箱子是物流路上摔坏的，我们已经跟快递索赔'],
      ['您可以按我们说的先泡一晚再试试'],
      ['如果没按说明书说的步骤装，可能会漏水，我发您视频'],
      ['这款塑料件别放阳台暴晒，容易晒裂'],
    ],
  )
})

describe('review-manipulation: the deal across a question, around dictated text, claimed from the agent, paid in platform currency', () => {
  checkKinds(
    'review-manipulation',
    [
      // review.change.asked: the change asked with a bare modal, money offered to the buyer in the next sentence.
      ['那条中评可以撤吗？我这边给您转十块', undefined, '中评可以撤吗？我这边给您转十块', 'error'],
      ['負評能刪嗎？我們補你一百元購物金', undefined, '負評能刪嗎？我們補你一百元購物金', 'error'],
      // A 不/没 inside the review text the agent dictates refuses nothing.
      ['评价里写“口感不错，一点都不腥”，返您3元', undefined, '评价里写“口感不错，一点都不腥”，返您3元', 'error'],
      // The agent as the one to come back to once the review is done.
      ['晒图完私我，有小惊喜', undefined, '晒图完私我，有小惊喜', 'error'],
      ['五星好评以后戳我领券哦', undefined, '五星好评以后戳我', 'error'],
      // A platform currency handed to the buyer by the shop.
      ['给个带图好评，我们再送您500京豆', undefined, '带图好评，我们再送您', 'error'],
    ],
    [
      ['那条中评可以撤吗？我们先把问题处理好'],
      ['差评能改吗？'],
      ['差评能改吗？改不改都行，补发照常给您寄'],
      ['评价里写“不满意”也没关系，如实评价就好'],
      ['满意的话给个好评，有问题随时找我'],
      ['评价后有问题找我'],
      ['好评后平台会送您京豆'],
      ['评价完成后系统会发放京豆到您账户'],
    ],
  )
})

describe('curt-reply: the shop offering its own service, a rule that grants, a yes to a can-question after the buyer\'s slip', () => {
  checkKinds(
    'curt-reply',
    [
      // Still curt: the rule as the whole answer or before a bare no; a yes to a complaint that asks nothing.
      ['这是店铺的规定。', undefined, '店铺的规定', 'warning'],
      ['这是平台规定，不退', undefined, '平台规定', 'warning'],
      ['可以的', '柜子送来就裂了，太差了', '可以的', 'warning'],
      // Still curt: handed back with no offer, 我们可以 before no service.
      ['自己申请，我们可以理解您的心情', '我想退货', '自己申请', 'warning'],
    ],
    [
      // offer.shop: the shop offers a service after the buyer's own way is called hard.
      ['您自己操作可能有点复杂，我们可以远程一步步教您'],
      ['您自己申请的话步骤多，我这边可以先给您提交'],
      ['您自己安裝可能比較麻煩，我們可以派師傅上門'],
      // grant.policy: the rule is what the buyer is allowed.
      ['这是店铺的规定，没发货的订单都可以直接撤销', '没发货的单能取消吗'],
      ['这是平台的规定，退款会原路退回，不扣手续费'],
      // A yes or an ok to a can-question after the buyer's own slip.
      ['可以的', '地址填错了，还没发货能改吗'],
      ['好的', '尺码拍错了，能不能换成大一号'],
    ],
  )
})

describe('blame-customer: a lecture on what the buyer should have done before acting against the shop (frame.buyer.act)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您打差评之前就该先来问问我们', undefined, '就该先来问问我们', 'warning'],
      ['投訴之前您應該先聯繫我們的', undefined, '應該先聯繫我們', 'warning'],
      ['你寄回前就该先拍个视频', undefined, '就该先拍个视频', 'warning'],
    ],
    [
      ['以后退货前可以先联系我们，处理得更快'],
      ['您退货前应该已经收到短信了'],
      ['我们寄回之前就该检查的，是我们疏忽了'],
      ['申请售后前建议您先拍照留底'],
    ],
  )
})

describe('curt-reply: don\'t buy then, after a need that cannot be met (objection.unmet)', () => {
  checkKinds(
    'curt-reply',
    [
      ['赶不上别拍了', '周六婚礼要用，今天拍来得及吗', '赶不上别拍', 'warning'],
      ['送不到就别下单', '新疆能送吗', '送不到就别下单', 'warning'],
      ['等不了別買', '要等多久才有貨', '等不了別買', 'warning'],
    ],
    [
      ['赶不上的话建议您先别拍，我帮您问问有没有现货', '周六要用来得及吗'],
      ['送不到的地区最好先别下单，我们正在开通'],
      ['如果等不及，可以先拍现货款'],
    ],
  )
})
