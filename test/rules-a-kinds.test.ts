import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Issue 8, rules-a: kinds of language the three tone/compliance rules must read, each with its
// traps. Sentences written for this file (none is taken from an eval set).

describe('competitor-disparagement: running others down in any wording', () => {
  check(
    'competitor-disparagement',
    [
      // What theirs "really" is: a cheap material or an additive.
      ['那些网店卖的羊绒衫全是腈纶混的', undefined, '那些网店卖的羊绒衫全是腈纶混的', 'warning'],
      ['别家的蜂蜜加了糖浆，我们是原蜜', undefined, '别家的蜂蜜加了糖浆', 'warning'],
      ['别家的橘子是打了膨大剂的', undefined, '别家的橘子是打了膨大剂', 'warning'],
      // Another online shop, an unnamed brand.
      ['其他网店的奶粉都是水货', undefined, '其他网店的奶粉都是水货', 'warning'],
      ['某品牌的电热毯出过自燃的事，还是选我们家的吧', undefined, '某品牌的电热毯出过自燃', 'warning'],
      // How soon theirs fails, with a longer span of use.
      ['别家同价位的空气炸锅用半年就散架', undefined, '别家同价位的空气炸锅用半年就散架', 'warning'],
      // Made by someone else, contents unknown.
      ['别家的保健品是小厂代工的，成分来路不明', undefined, '别家的保健品是小厂代工的，成分来路不明', 'warning'],
      // They copy the shop: 我们 after 抄 / 照着 is the one copied, not the subject.
      ['隔壁那几家都是照着我们抄的款', undefined, '隔壁那几家都是照着我们抄的款', 'warning'],
      // Rivals by their trade name.
      ['友商的扫地机都是二次料做的外壳', undefined, '友商的扫地机都是二次料', 'warning'],
      ['那家的售后基本找不到人', undefined, '那家的售后基本找不到人', 'warning'],
      // Having bought and opened theirs, the shop still says it of them.
      ['别家那款我们买来拆过，里面做工很粗糙', undefined, '别家那款我们买来拆过，里面做工很粗糙', 'warning'],
      // 客服 of another shop is theirs, not the agent: 他们家客服 is the subject.
      ['他们家客服就是骗子，好些人都上过当', undefined, '他们家客服就是骗子', 'warning'],
    ],
    [
      // The shop's own goods, negated claims, advice, the shop named after a seller.
      ['我们这款是实木的，不是颗粒板'],
      ['这件含少量腈纶，更挺括'],
      ['我们的蜂蜜不加糖浆，您放心'],
      ['别家也有实木的，您可以对比一下'],
      ['别家说我们是假货，我们支持验货'],
      // The agent's self-name is the shop too.
      ['别家说小妹这里卖的是假货，我们支持验货'],
      ['那款充电宝别放高温处，容易自燃'],
      ['快递慢得很，我们帮您催'],
      ['我们这边客服找不到人的话您留言'],
    ],
  )
})

describe('curt-reply: curt relative to what was asked', () => {
  check(
    'curt-reply',
    [
      // A grunt to a complaint that the thing does not work.
      ['嗯', '蓝牙音箱没声音了', '嗯', 'warning'],
      // Waiting, told as an order.
      ['等着', '钱到底什么时候退回来', '等着', 'warning'],
      // The job handed back (自己装), a pointer to what is written, a courier by name.
      ['这边不提供上门，自己安装', '师傅能上门安装吗', '自己安装', 'warning'],
      ['都写在详情页了', '这个有几种颜色', '都写在详情页了', 'warning'],
      ['运单号给您了，你自己去问顺丰', '快递三天没动', '你自己去问顺丰', 'warning'],
      // Refusal by repetition, Cantonese too; huh?; do you even read.
      ['冇货就冇货啦', undefined, '冇货就冇货', 'warning'],
      ['蛤？这个早就没货了', undefined, '蛤', 'warning'],
      ['你到底有没有在看我发的链接', undefined, '有没有在看', 'warning'],
      ['说了多少遍了，这款不退', undefined, '说了多少遍', 'warning'],
      // The trouble handed back in official words; a bare 没了.
      ['物流问题请自行联系快递', undefined, '自行联系', 'warning'],
      ['没了', undefined, '没了', 'warning'],
      ['看物流', '什么时候能到', '看物流', 'warning'],
      ['嗯嗯', '拆开发现杯子是碎的', '嗯嗯', 'warning'],
      ['这个不是我们能决定的', undefined, '不是我们能决定的', 'warning'],
      // The agent by a self-name and a particle are still "nothing else" around 不清楚.
      ['这个问题小妹真的不清楚哒', undefined, '不清楚', 'warning'],
    ],
    [
      // s38: after the buyer's own doing (你非要拍) 怪谁 is blame-customer's alone: the dev pool labels it so 15 times to 8, and of
      // the 8 labelled curt as well 6 hold another brush-off that curt-reply reports (爱买不买, 规定就是这样).
      ['冷链到不了你们那里，你非要拍，化了能怪谁', undefined],
      // A short yes to a yes/no question; help offered; the content of the page given.
      ['嗯嗯', '周末发货吗'],
      ['好的，我帮您催一下，请稍等', '钱到底什么时候退回来'],
      ['您也可以自己安装，有视频教程', '能上门安装吗'],
      ['说明书写了要充满电再用哦', '充电宝怎么用'],
      ['我帮您问一下顺丰', '快递三天没动'],
      ['小妹去问一下顺丰', '快递三天没动'],
      ['没有就没有了，我帮您登记到货提醒'],
      ['不急就不急，慢慢挑'],
      // An acknowledgement is not a grunt: 好的 to an explanation stays unflagged.
      ['好的', '我写的是公司地址，这几天不在公司'],
      ['看物流信息是昨天发出的，今天能到', '什么时候能到'],
      ['您也可以自行联系快递，我这边也帮您催'],
      ['后期还请您自行查看物流哦'],
      ['没了的话我帮您登记到货提醒'],
      ['不知道找谁的话可以问我'],
      ['这款蛤蜊是今天到的鲜货'],
      // Told-you-so before an instruction is a lecture (blame-customer's), not a brush-off.
      ['说了多少遍了，冷冻的要放冷冻层'],
    ],
  )
})

describe('blame-customer: blame by insinuation, asserted, guessed or asked', () => {
  check(
    'blame-customer',
    [
      // A guess about what the customer did, then a refusal.
      ['那件外套您机洗了吧？这种料子只能干洗，洗坏了我们没办法处理', '外套洗完起皱了', '我们没办法处理', 'error'],
      // Only part of it is ours.
      ['你自己放了一周才吃，坏了也不能都算我们的', undefined, '不能都算我们', 'error'],
      // A bare 自己 stands for the customer named earlier in the sentence.
      ['您装机的时候选的是精简版，自己点错了还怪系统', undefined, '点错', 'error'],
      // Why, a gap, then the omission.
      ['收货前为啥当时不验一下', undefined, '为啥当时不验', 'error'],
      // Customers in general made the cause of the trouble.
      ['这类问题一般都是买家自己没按说明接线', undefined, '一般都是买家自己没按说明接线', 'warning'],
      // A guess led by 说不定 / 谁知道 that looks like a question.
      ['说不定是您自己拆的时候划到的', undefined, '是您自己拆的时候划到', 'warning'],
      ['谁知道是不是您自己摔的', undefined, '是您自己摔', 'warning'],
      // A rhetorical omission in a past purchase frame, nobody named.
      ['拍之前不问清楚吗', undefined, '拍之前不问清楚', 'error'],
      // The customer's handling made the cause (才 + a bad outcome).
      ['您放在暖气边上才变质的', undefined, '您放在暖气边上', 'error'],
      // A document pointed at in answer to a complaint.
      ['水洗标写着不能机洗哦', '洗了一次就缩水了', '水洗标写着', 'warning'],
      // A lecture about next time, introduced by 记得.
      ['抱歉哈，下次记得签收时当面检查', undefined, '下次记得签收时当面', 'warning'],
      // A late complaint questioned in its frame.
      ['签收了才说有划痕？', undefined, '才说', 'error'],
      ['我已经回复过你了', undefined, '已经回复过你了', 'error'],
      // Asked: a guess at the customer's omission as the whole answer to goods that do not work.
      ['您是不是没插紧电源呢？', '插上没反应', '您是不是没插紧电源', 'warning'],
      ['屏幕边上有磕痕，您是不是掉地上了？', '屏幕裂了', '掉地上', 'warning'],
      // The trouble placed after the goods reached the customer; worn goods; a past obligation.
      ['出库时检查过是好的，到您手里才裂的', undefined, '到您手里才裂', 'error'],
      ['裤子是您穿过的，所以不给退', undefined, '是您穿过', 'error'],
      ['您应该早点联系我们的', undefined, '应该早点联系我们', 'warning'],
      ['这只能说明您用法有问题', undefined, '您用法有问题', 'error'],
    ],
    [
      // A clarifying guess followed by help; a refusal that answers nobody's guess.
      ['您是不是用热水泡了？我们帮您换一个', '杯子裂了'],
      ['杯子漏水了我们没办法处理，麻烦您拍个视频', '杯子漏了'],
      // The shop's own mistakes and questions.
      ['我们自己点错了，马上改'],
      ['为什么我们没收到退货，我去问一下仓库'],
      ['发货前我们没检查吗？我去问问仓库'],
      // Customers in general, no fault.
      ['一般都是买家自己选颜色的'],
      ['说不定是快递摔的，我们帮您查'],
      // A condition, not a cause; an invitation, not a lecture.
      ['您放在冰箱里就不会变质'],
      ['下次记得早点下单哦，活动名额有限'],
      ['以后记得常来哦'],
      // The page's content as help; shirking onto the courier is curt-reply's business.
      ['说明书写了充满电再用，您再试一次', '充不进电'],
      ['送货的快递又不是我管的'],
      ['请问您现在才收到吗？'],
      // 应该的 is "you're welcome"; a question about who wears it; a third party dropped it.
      ['您客气了，应该做的'],
      ['为您服务都是应该的呢'],
      ['是您穿的吗'],
      ['快递摔过，我们帮您索赔'],
      ['您是不是掉地上了？我们帮您看看保修', '屏幕裂了'],
      ['到您手上才发现少了配件的话，随时联系我们'],
      // The same guess with help after, or answering something that is not broken.
      ['亲，您是不是没插紧电源呢？麻烦您再试一下', '插上没反应'],
      ['您是不是没领券呀？', '怎么价格不一样'],
    ],
  )
})
