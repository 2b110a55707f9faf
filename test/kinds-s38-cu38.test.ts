import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 38, lane cu38: curt-reply, the taxonomy written from two outside authors' misses (from-misses-B, "Rule: curt-reply").
 * Each kind probed with other members of its word classes than the taxonomy's examples, other positions and a zh-TW or Cantonese
 * form; must-not rows from its Excludes and look-alike kinds. Sentences in our own words.
 */

// 1. door-closing-refusal: the Southwestern and Cantonese door-closers (莫得办法, 莫得法子, 没得法, 冇计) bare in their clause, and the
//    resigned 只能这样了 as the whole reply. Not 莫得问题 (no problem), not with the agent's next step.
describe('curt-reply cu38: door-closing-refusal, other door-closers', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个莫得法子哦', '杯子收到就裂了', '莫得法子', 'warning'],
      ['过了七天了，没得法', '能退吗', '没得法', 'warning'],
      ['莫得法', '能帮我改个地址吗', '莫得法', 'warning'],
      ['冇计', '个锅用咗两日就黐底', '冇计', 'warning'],
      ['也只能這樣了', '物流一個禮拜都沒動', '也只能這樣了', 'warning'],
      ['只能这样了', '颜色跟图片差好多', '只能这样了', 'warning'],
    ],
    [
      ['莫得问题', '这个能用电磁炉吗'],
      ['只能这样了，我再帮您申请一下补偿', '发货太慢了'],
      ['没得法子的话我帮您换一个新的', '杯子收到就裂了'],
      ['这单已经出库改不了地址，我马上帮您联系快递拦截改派。', '能改地址吗'],
      ['不会没办法的，我们一起想想', '东西坏了'],
    ],
  )
})

// 2. retort-at-buyer: the buyer's reasonableness or seriousness questioned (你自己想想合理吗, 讲点道理, 你是在开玩笑吗), told to get it
//    straight (你搞搞清楚), Sichuanese 你咋个想的, Cantonese 你识唔识. Not a genuine question, not the agent asking the buyer to accept an offer.
describe('curt-reply cu38: retort-at-buyer, other retorts', () => {
  checkKinds(
    'curt-reply',
    [
      ['你自己想想合理吗', '用了半年了能退吗', '你自己想想合理吗', 'warning'],
      ['你觉得这说得过去吗', '吃了一半不好吃想退', '你觉得这说得过去吗', 'warning'],
      ['你是在開玩笑嗎', '我要全額退款', '你是在開玩笑嗎', 'warning'],
      ['你搞搞清楚，这是特价款', '你们发错货了', '你搞搞清楚', 'warning'],
      ['你咋个想的嘛', '用了一年想换个新的', '你咋个想的', 'warning'],
      ['你識唔識用㗎', '点解开唔到机', '你識唔識', 'warning'],
      ['运费都要我们出，讲点道理', '退货运费你们出吧', '讲点道理', 'warning'],
    ],
    [
      ['您看这样合理吗？我们承担一半运费', '运费谁出'],
      ['您是想退货还是换货呢？', '衣服小了'],
      ['是不是我刚才没说明白？我换个方式讲。', '没看懂'],
      ['这个价位能买到真羊绒，是不是很划算呀～', '有点贵'],
    ],
  )
})

// 3. impatience-at-repetition: the other verbs of telling (告诉过, 解释过), Taiwan's 回覆, the short 回过你了, pointed back up as the whole
//    reply (見上方, 上面讲过了, 上面都写了) and "no need to keep asking" alone. Not telling someone else, not a lecture before an
//    instruction, not a reassurance with news promised, not 上面写着 + the answer.
describe('curt-reply cu38: impatience-at-repetition, other verbs and point-backs', () => {
  checkKinds(
    'curt-reply',
    [
      ['我已经告诉过你了', '到底什么时候发', '已经告诉过你了', 'warning'],
      ['都解释过了，定制的', '为什么不能退', '都解释过了', 'warning'],
      ['回覆過你了', '怎麼還沒寄出', '回覆過你了', 'warning'],
      ['都回过你了', '退款什么时候到', '都回过你了', 'warning'],
      ['見上方', '運費多少', '見上方', 'warning'],
      ['上面讲过了', '有没有现货', '上面讲过了', 'warning'],
      ['不用一直催', '怎么还没发货', '不用一直催', 'warning'],
    ],
    [
      ['我已经告诉仓库了，今天发', '什么时候发'],
      ['我告诉过快递了，明天上午送上门', '能送上门吗'],
      ['不用一直问的，有消息我第一时间告诉您', '什么时候到'],
      ['上面写着保质期十二个月', '保质期多久'],
      ['我再给您说一遍：这款不能指定快递，默认发中通哦。', '能发顺丰吗'],
      ['您要的尺码表我刚发在上面了，点开就能看到。', '尺码表呢'],
    ],
  )
})

// 4. shrug-non-answer: the shrug in other words and slang (谁知道呢, 我也懵了, 母鸡, 🤷), thrown back (我咋知道, 问我我问谁), Hong Kong's
//    particles after a bare 唔清楚. Not with a check or a path after it, not asking what the buyer meant.
describe('curt-reply cu38: shrug-non-answer, other shrugs', () => {
  checkKinds(
    'curt-reply',
    [
      ['谁知道呢', '怎么还没发货', '谁知道呢', 'warning'],
      ['我也懵了', '赠品怎么没有', '我也懵了', 'warning'],
      ['母鸡', '什么时候补货', '母鸡', 'warning'],
      ['🤷', '快递怎么还没到', '🤷', 'warning'],
      ['我咋知道', '为什么收不到验证码', '我咋知道', 'warning'],
      ['我哪曉得', '為什麼打不開', '我哪曉得', 'warning'],
      ['问我我问谁', '包裹到底去哪了', '问我我问谁', 'warning'],
      ['唔清楚喎', '几时到货', '唔清楚', 'warning'],
    ],
    [
      ['谁知道呢，我帮您问一下仓库', '什么时候发'],
      ['我也懵了，马上帮您查一下物流', '赠品怎么没有'],
      ['不太明白您说的"扣不了"是哪一步，能截个图吗？', '扣不了'],
      ['这个我暂时不清楚，我去跟仓库确认，半小时内回复您。', '什么时候补货'],
    ],
  )
})

// 5. bare-token-reply: an interjection or an ok as the whole reply (额, 呃, 啊, ok, 👌) to a complaint or an open question, and colour
//    running said with its degree as a complaint. Not to thanks, not to a yes/no question, not an ok with the step after it.
describe('curt-reply cu38: bare-token-reply, other tokens', () => {
  checkKinds(
    'curt-reply',
    [
      ['额', '快递送错地址了', '额', 'warning'],
      ['呃。', '退款怎么还没到', '呃', 'warning'],
      ['啊', '杯子收到是碎的', '啊', 'warning'],
      ['ok', '什么时候发货', 'ok', 'warning'],
      ['OK', '裙子洗一次掉色很嚴重', 'OK', 'warning'],
      ['👌', '收到的碗缺了个口', '👌', 'warning'],
      ['好吧', '衣服掉色好严重', '好吧', 'warning'],
    ],
    [
      ['👌', '好的谢谢'],
      ['ok的亲，马上给您改', '能改地址吗'],
      ['额，我帮您查一下', '退款怎么还没到'],
      ['嗯', '好的我下单了'],
      ['是的呢，今天下单明天发。', '今天能发吗？'],
      ['嗯嗯', '会不会一洗就掉色'],
      ['是的', '掉色严重吗？'],
    ],
  )
})

// 6. formula-ignoring-the-message: a rating asked for in other words (记得给个五星好评, 请您对本次服务进行评价) and a sales line
//    (看中就直接拍, 欢迎选购, 喜欢的话可以入手) sent to a complaint, a chaser or a request. Not after thanks, not to a yes/no question or a
//    statement, where the sales line may be the yes or a fair reply.
describe('curt-reply cu38: formula-ignoring-the-message, rating and sales lines', () => {
  checkKinds(
    'curt-reply',
    [
      ['记得给个五星好评哦', '收到的鞋子两只不一样大', '记得给个五星好评哦', 'warning'],
      ['请您对本次服务进行评价', '为什么还没发货', '请您对本次服务进行评价', 'warning'],
      ['看中就直接拍哦', '东西坏了', '看中就直接拍哦', 'warning'],
      ['歡迎選購', '包裹丟了', '歡迎選購', 'warning'],
      ['喜欢的话可以入手呀', '帮我留一件L码', '喜欢的话可以入手呀', 'warning'],
    ],
    [
      ['给个好评吧', '好的谢谢'],
      ['喜欢的话可以下单哦', '我再看看'],
      ['喜欢的话可以拍哦', '能拍吗'],
      ['欢迎选购', '这个是纯棉的吗'],
      ['不客气，祝您生活愉快～', '好的谢谢'],
      ['已为您补发，单号稍后同步，还有什么可以帮您的吗？', '少发了'],
    ],
  )
})

// 7. pointer-elsewhere: the measurer, the designer and a pickup store's assistant as parties the buyer is sent to, "not ours to
//    handle" (不是我们处理的) and Cantonese "we only sell" (净系卖嘢). Not the agent arranging it, not a referral with the shop's help.
describe('curt-reply cu38: pointer-elsewhere, other parties and not-my-job', () => {
  checkKinds(
    'curt-reply',
    [
      ['量错了您找测量师傅', '窗帘尺寸量错了', '您找测量师傅', 'warning'],
      ['你问设计师吧', '图案印错了', '你问设计师', 'warning'],
      ['那不是我們處理的', '退款怎麼還沒到', '不是我們處理的', 'warning'],
      ['我哋淨係賣嘢', '部机点装', '淨係賣嘢', 'warning'],
      ['发票不是我们这边处理的', '发票抬头开错了', '不是我们这边处理的', 'warning'],
    ],
    [
      ['我帮您跟测量师傅约个时间重新量', '窗帘尺寸量错了'],
      ['设计师那边我帮您催一下改稿', '图案印错了'],
      ['这个不是我们处理的，我帮您转给平台客服跟进', '退款怎么还没到'],
      ['具体用量请遵医嘱，我把说明书拍给您参考。', '怎么吃'],
    ],
  )
})

// Look-alike go-elsewhere-as-comparison: another shop named to compare the price, not to send the buyer away. The brush-off stays.
describe('curt-reply cu38: go-elsewhere as a comparison', () => {
  checkKinds(
    'curt-reply',
    [
      ['不满意你去别家看看', '质量一般', '不满意你去别家看看', 'warning'],
      ['嫌贵您去别家', '能便宜点吗', '嫌贵您去别家', 'warning'],
      ['嫌貴你去別家買啦', '太貴了', '你去別家買', 'warning'],
    ],
    [
      ['你去别家问问，同样的料子也是这个价。', '太贵了'],
      ['您去别家比比，这个价格买不到的', '贵了'],
      ['去商场买同款要贵不少呢。', '有点贵'],
      ['您可以先去门店试一下尺码，再回来下单。', '不知道穿多大'],
    ],
  )
})
