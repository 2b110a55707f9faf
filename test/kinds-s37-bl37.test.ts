import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 33, lane bl37. The blame-customer kinds of the taxonomy "conduct" (fixtures/eval/kinds/conduct.md), turned into data and checked
 * with our own sentences: members of each word class other than the taxonomy's example, zh-TW rows, and the Excludes and look-alike kinds.
 */

// 1. polite-procedural-blame: a formal or causal connector (由于 / 因为 / 鉴于 / 因), the buyer, an act left undone (未在规定时间内, 没有备注,
//    未保持电话畅通, 没有到门市取货), then a loss, what the procedure did by itself (自动关闭, 随机发, 默认收货) or a plea for pardon (请谅解).
//    An apology before the connector excuses nothing. Clean: the shop's own omission, a state with the next step, a third party.
describe('blame-customer (bl37): polite procedural blame', () => {
  checkKinds(
    'blame-customer',
    [
      ["由于您未在规定时间内申请退货，系统已自动关闭售后入口，请您谅解。", undefined, "您未在规定时间内申请退货", 'warning'],
      ["因为您下单时没有备注颜色，所以仓库是随机发的哦，请谅解。", undefined, "您下单时没有备注颜色", 'warning'],
      ["鉴于您未保持电话畅通，快递已退回，二次派送的运费需要您承担哦。", undefined, "您未保持电话畅通", 'warning'],
      ["抱歉哈，由于您没有在活动期间下单，所以不能享受赠品哦。", undefined, "您没有在活动期间下单", 'warning'],
      ["由於您沒有在期限內申請退貨，系統已自動關閉，敬請見諒。", undefined, "您沒有在期限內申請退貨", 'warning'],
      ["因為您沒有到門市取貨，商品已經退回倉庫了喔。", undefined, "您沒有到門市取貨", 'warning'],
      ["由于您没有上传开箱视频，所以这边没办法给您补发，请谅解。", undefined, "您没有上传开箱视频", 'warning'],
      ["您未在48小时内反馈，所以系统默认收货了。", undefined, "您未在48小时内反馈", 'warning'],
      ["由于您忘记填写退货单号，仓库无法核实，所以退款延迟了，请您谅解。", undefined, "您忘记填写退货单号", 'warning'],
      ["由于您错过了活动时间，所以优惠用不了了哦，请理解。", undefined, "您错过了活动时间", 'warning'],
      ["亲亲这边查询了一下，由于您下单时没有选择发票，所以无法补开了哦。", "能给我开个发票吗", "您下单时没有选择发票", 'warning'],
    ],
    [
      ["由于我们没有及时发货，导致您收货延迟，非常抱歉。"],
      ["由于您的订单还未付款，暂时无法发货，付款后马上安排。"],
      ["由于您不在家，快递员放到了驿站，您方便时去取就好。"],
      ["由于仓库没有及时更新库存，导致您的订单无法发货，我们马上给您退款，请谅解。"],
      ["因为您没有及时收到通知，我们这边重新给您发一次。"],
      ["您别忘了确认收货哦。"],
      ["我忘了给您备注，抱歉，马上补上。"],
    ],
  )
})

// 2. didnt-read-reproach: the information said to have been posted long since or to be there all along (早就挂在, 已经注明过, 都有注明的,
//    早就有標示), and a locator between the document and an emphatic verb (说明书第一页就写了). Clean: a neutral pointer, the shop owning its page,
//    the page pointed at with help after, a plain answer closing on where it is written.
describe('blame-customer (bl37): did-not-read reproach', () => {
  checkKinds(
    'blame-customer',
    [
      ["活动规则早就挂在首页了，满300才能减的。", "为什么没有满减", "活动规则早就挂在", 'warning'],
      ["店铺公告里已经注明过春节不发货了。", undefined, "店铺公告里已经注明过", 'warning'],
      ["商品详情里都有注明的，是预售款。", "怎么还不发货", "详情里都有注明的", 'warning'],
      ["商品頁早就有標示是預購了喔。", "怎麼還沒出貨", "商品頁早就有標示", 'warning'],
      ["说明书第一页就写了不能干烧。", undefined, "说明书第一页就写了", 'warning'],
      ["主图第一张就标了是单件的价格。", undefined, "主图第一张就标了", 'warning'],
      ["商品标题就写了是单只装的呀。", "怎么只有一只", "标题就写了", 'warning'],
    ],
    [
      ["尺码表在详情页第三屏，您可以参考一下。"],
      ["我们已经在详情页注明了发货时间，以后会标得更显眼一些，抱歉。"],
      ["说明书第三页就有图示，我截图给您。"],
      ["是纯棉的，页面都有说明的。", "是什么面料"],
      ["尺码表在详情页第三屏就写了。", "尺码表在哪看"],
    ],
  )
})

// 3. competence-belittling: "what is hard about it" (这有什么难的 / 这有啥复杂的), "not hard, is it" answering a buyer who cannot manage,
//    told to use their head, "read it carefully and you would not have erred", asked or taught again for the simplest thing, "how can you not".
//    Clean: the hard part invited, reassurance with help after (also in a later sentence), a toy that makes children think, the shop asking.
describe('blame-customer (bl37): competence belittling', () => {
  checkKinds(
    'blame-customer',
    [
      ["这有什么难的，拧上去就好了。", undefined, "这有什么难的", 'error'],
      ["你仔细看看就懂了，这有啥复杂的。", undefined, "这有啥复杂的", 'error'],
      ["這有什麼難的，照著圖裝就好了。", undefined, "這有什麼難的", 'error'],
      ["这个不难吧，照着图装就行了。", "这个太难装了", "不难吧", 'warning'],
      ["稍微动下脑子就知道怎么装了。", undefined, "稍微动下脑子", 'error'],
      ["认真看一下就不会错了。", "拼错了", "认真看一下就不会错了", 'warning'],
      ["这种东西还用人教？插上电就能用。", undefined, "还用人教", 'error'],
      ["这么基础的问题还要问吗？", undefined, "这么基础的问题还要问", 'error'],
      ["三岁小孩都会用的东西，您怎么就不会呢？", undefined, "您怎么就不会呢", 'error'],
      ["小朋友都会用，您按一下开关就好了。", "遥控器没反应", "小朋友都会", 'warning'],
    ],
    [
      ["有什么难的地方可以随时问我。"],
      ["这有什么难的？我一步步教您。"],
      ["这个拼图可以让孩子动动脑子，很益智。"],
      ["这款操作不复杂，我一步一步教您。"],
      ["这个不难吧？我发个视频给您。", "这个太难装了"],
      ["我们还要问一下仓库。"],
    ],
  )
})

// 4. responsibility-denial: the trouble or liability placed away from the shop (问题不在我们, 没有任何责任, 不是我们造成的, 算我们头上, 锅背不了,
//    概不负责). Clean: the buyer cleared, the shop owning it, a denial that takes it on anyway, a condition.
describe('blame-customer (bl37): responsibility denial', () => {
  checkKinds(
    'blame-customer',
    [
      ["问题不在我们，是您授权的扣款。", undefined, "问题不在我们", 'error'],
      ["我们这边没有任何责任，货是按您填的发的。", undefined, "我们这边没有任何责任", 'error'],
      ["这个问题真的不是我们造成的。", undefined, "真的不是我们造成的", 'error'],
      ["出了问题也不能算我们头上。", undefined, "不能算我们头上", 'error'],
      ["这个锅我们背不了，地址是您填的。", undefined, "锅我们背不了", 'error'],
      ["我們這邊沒有任何責任喔，是您自己選的超商。", undefined, "我們這邊沒有任何責任", 'error'],
      ["本店概不负责哦，是您自己选的到付。", undefined, "本店概不负责", 'error'],
    ],
    [
      ["问题不在您，是我们仓库发错了，马上补发。"],
      ["这次责任在我们，运费我们承担。"],
      ["不是我们造成的也没关系，我们帮您处理。"],
      ["如果不是我们的问题，我们也会帮您联系厂家。"],
      ["我们承担所有责任，给您补发。"],
    ],
  )
})

// 5. rhetorical-reproach: what the buyer said before asked back as inconsistency (前面不是说好了…吗, 你一开始不是说…吗). Clean: the same
//    question as a genuine check with help after it, a clarifying choice.
describe('blame-customer (bl37): rhetorical reproach', () => {
  checkKinds(
    'blame-customer',
    [
      ["前面不是说好了要黑色吗？", undefined, "前面不是说好", 'error'],
      ["你一开始不是说可以接受色差吗？", undefined, "你一开始不是说", 'error'],
      ["下单的时候您不是说好不要发票吗？", undefined, "下单的时候您不是说好", 'error'],
      ["刚才您不是說不要了嗎？", undefined, "刚才您不是說", 'error'],
      ["聊天记录里我都跟您说过了。", undefined, "都跟您说过了", 'error'],
    ],
    [
      ["您之前不是说要M码吗？我帮您核对一下订单。"],
      ["请问您是要黑色还是白色呢？"],
    ],
  )
})

// 6. others-comparison-insinuation: others wearing it fine (都穿得好好的), this buyer's piece singled out (就您这件), the buyer called the odd
//    one out (您可能比较特殊). Clean: social proof for a choice.
describe('blame-customer (bl37): others held up', () => {
  checkKinds(
    'blame-customer',
    [
      ["同一批发了几百件，就您这件有问题？", undefined, "同一批发了几百件，就您这件", 'error'],
      ["人家都穿得好好的，就您穿着不合适。", undefined, "人家都穿得好好的", 'error'],
      ["別人都用得好好的，就您這台有問題？", undefined, "別人都用得好好的，就您這台", 'error'],
      ["评价里大家都说好，您可能比较特殊。", undefined, "大家都说好，您可能比较特殊", 'error'],
    ],
    [
      ["其他买家反馈偏小，建议拍大一码。"],
      ["很多买家回购，质量您放心。"],
    ],
  )
})

// 7. lecture-next-time: don't act on your own or directly next time (下次别直接寄回来, 以后不要自己拆, 下次別擅自). Clean: invitations and
//    the shop's own promise.
describe('blame-customer (bl37): lecture next time', () => {
  checkKinds(
    'blame-customer',
    [
      ["下次别直接寄回来了，先联系客服。", undefined, "下次别直接", 'warning'],
      ["以后不要自己拆了，这次先给您修。", undefined, "以后不要", 'warning'],
      ["下次別擅自拆機喔。", undefined, "下次別擅自", 'warning'],
    ],
    [
      ["以后有问题随时联系我们哦。"],
      ["下次我们会仔细检查再发货。"],
    ],
  )
})

// 8. direct-fault-attribution (and apology-with-blame): 人为 before the handling verdict, the address or number the buyer gave said to be
//    incomplete or wrong, the problem said to lie with the buyer (问题确实出在您…) after an apology turned by 但.
//    Clean: the system's note asking for a fix, a condition with help.
describe('blame-customer (bl37): direct fault', () => {
  checkKinds(
    'blame-customer',
    [
      ["这属于人为使用不当，不在售后范围内。", undefined, "人为使用不当", 'warning'],
      ["因您填写的地址不完整，导致快递无法派送，还请谅解。", undefined, "您填写的地址不完整", 'error'],
      ["是您留的电话有误，快递才联系不上您。", undefined, "是您留的电话有误", 'error'],
      ["這屬於人為使用不當，不在保固範圍內。", undefined, "人為使用不當", 'warning'],
      ["给您添麻烦了，但问题确实出在您填写的地址上。", undefined, "问题确实出在您", 'error'],
    ],
    [
      ["问题在您这边的话我们帮您看看。"],
      ["系统显示地址不完整，麻烦您补充一下门牌号。"],
      ["如果是人为使用不当造成的，我们也可以帮您维修。"],
    ],
  )
})
