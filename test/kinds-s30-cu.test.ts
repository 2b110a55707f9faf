import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 30, lane cu30: curt-reply misses read on the outside authors' sets (AV, AW, AX and the older incoming sets and the
 * pool), grouped into kinds with members from at least two authors. Sentences in our own words, each kind with the traps that
 * must stay clean (advice, the agent acting, a way offered, a question asked rather than a complaint).
 */

// 1. A doctor, a vet or a hospital as the whole reply: the buyer is sent off. Advice that says why or when (建议您问问医生,
//    不舒服的话去医院看看) is the answer a shop owes on health goods, and a referral inside an explanation is not alone.
describe('curt-reply cu30: a doctor or a vet as the whole reply', () => {
  checkKinds(
    'curt-reply',
    [
      ['问医生吧', '哺乳期能喝这个茶吗', '问医生吧', 'warning'],
      ['去看医生。', '吃了你们的保健品一直拉肚子', '去看医生', 'warning'],
      ['看兽医', '狗狗吃了这个零食一直抓耳朵', '看兽医', 'warning'],
      ['去宠物医院吧', '猫咪用了驱虫药精神不好', '去宠物医院吧', 'warning'],
    ],
    [
      ['建议您问问医生', '哺乳期能喝这个茶吗'],
      ['不舒服的话请先停用，一直不好要去医院看看，没拆的我们给您退', '吃了你们的保健品一直拉肚子'],
      ['这个是普通食品，不能代替药物，宝宝湿疹还是要看医生'],
      ['我们的营养师也是兽医出身，可以帮您看看'],
    ],
  )
})

// 2. Sent to look the order up, as the whole reply (as 看物流 already was); 问财务 bare; a party the list lacked (出版社).
//    The buyer's own finance desk named in a referral (您去问一下财务吧) is left alone (ASAP: a fair referral there).
describe('curt-reply cu30: look it up yourself / ask the desk, bare', () => {
  checkKinds(
    'curt-reply',
    [
      ['看订单', '我的收货地址写的是哪里', '看订单', 'warning'],
      ['查订单', '下单用的是哪个手机号', '查订单', 'warning'],
      ['找财务', '电子发票怎么还没开', '找财务', 'warning'],
    ],
    [
      ['订单页可以看到单号，我也复制给您：见下条', '单号是多少'],
      ['您去问一下财务吧', '这个税点我们单位能报吗'],
      ['我帮您问一下财务同事，十分钟内回复您', '电子发票怎么还没开'],
      ['出版社那边定了下个月印，到货我第一时间通知您', '这套书下册什么时候印'],
    ],
  )
})

// 3. "In the queue" as the whole answer to a chaser or a complaint (the kind of 处理中). To a plain question it is the answer.
describe('curt-reply cu30: 排队 as a bare status', () => {
  checkKinds(
    'curt-reply',
    [
      ['排队中。', '孩子等着穿，快点发好吗', '排队中', 'warning'],
      ['在排队', '送修半个月了还没修好', '在排队', 'warning'],
    ],
    [
      ['排队中哦', '现在是什么状态'],
      ['在排队发货，今天下午出库，单号出来我发您', '孩子等着穿，快点发好吗'],
      ['排队'],
    ],
  )
})

// 4. Go ahead and return it, said as a shrug: without the buyer named (那退吧), with 就 + 啊 (那你就退货啊), bare (要退就退) or
//    after the trouble (看不懂就退货). With the agent doing it or a way offered it is service.
describe('curt-reply cu30: the go-ahead to return', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯 那退吧', '鞋子两只颜色不一样', '那退吧', 'warning'],
      ['那你就退货啊', '台灯插上电不亮', '那你就退货啊', 'warning'],
      ['不会装就退', '这个架子我装不上', '不会装就退', 'warning'],
    ],
    [
      ['那就退吧，我帮您申请上门取件', '鞋子两只颜色不一样'],
      ['想退就退，我们支持七天无理由', '质量太差了我不要了'],
      ['看不懂的话我给您发安装视频，还不行就退', '说明书看不懂'],
      ['我给您退吧，运费我们出', '台灯插上电不亮'],
    ],
  )
})

// 5. "We don't handle this", flat, the buyer then sent elsewhere. With the agent passing it on it is a step.
describe('curt-reply cu30: 我们不处理', () => {
  checkKinds(
    'curt-reply',
    [
      ['这种我们不处理，请找物业', undefined, '我们不处理', 'warning'],
      ['坏了请您自己寄给厂家，我们这边不处理', undefined, '我们这边不处理', 'warning'],
    ],
    [
      ['这个我们不处理，我帮您转给平台客服跟进'],
      ['周末仓库不发货，周一一早给您发'],
    ],
  )
  checkKinds(
    'curt-reply',
    [['這類問題我們不處理，請找原廠', undefined, '我們不處理', 'warning']],
    [['這個我們會幫您處理，請稍等']],
    { profile: 'zh-TW' },
  )
})

// 6. "Go and buy it there then" after a cheaper shop is named (the take-it-or-leave-it kind). Praise of one's own goods is no
//    send-off.
describe('curt-reply cu30: 您去买吧 after a cheaper shop', () => {
  checkKinds(
    'curt-reply',
    [
      ['那边便宜你去买呗', '隔壁店比你们少十块', '你去买呗', 'warning'],
      ['您去买吧', '别的店有送赠品的', '您去买吧', 'warning'],
    ],
    [
      ['我们是品牌授权的，价格贵一点但保修三年', '隔壁店比你们少十块'],
      ['您买之前可以先领店铺券，能再便宜十块'],
    ],
  )
})

// 7. Told to settle it with a private person themselves (自己 before the pronoun): the buyer is sent away, whoever the pronoun
//    stands for. The plain handover (您直接联系她拿一下), the agent contacting them, or the person acting, stay clean here.
describe('curt-reply cu30: 您自己联系他 about a private person', () => {
  checkKinds(
    'curt-reply',
    [
      ['快递放到了二楼王大姐家，您自己去找她拿吧', undefined, '您自己去找她', 'warning'],
      ['那箱是隔壁老李的，你自己问他去', undefined, '你自己问他去', 'warning'],
      ['发错的那件在另一位先生手里，您自己联系他换回来', undefined, '您自己联系他', 'warning'],
    ],
    [
      ['快递放到了二楼王大姐家，您直接联系她拿一下'],
      ['发错的那件在另一位先生手里，我们自己联系他换回来再寄给您'],
      ['王大姐说她自己会给您送过去'],
    ],
  )
  checkKinds(
    'curt-reply',
    [['包裹在鄰居陳先生那裡，您自己聯絡他拿', undefined, '您自己聯絡他', 'warning']],
    [['包裹在鄰居陳先生那裡，我們已經聯絡他送過去']],
    { profile: 'zh-TW' },
  )
})

// 8. One fix step barked as the whole answer to goods that are dirty, untidy, mis-set or a code that will not redeem. With a
//    next step, or to a how-question, it is the answer.
describe('curt-reply cu30: one step barked at a complaint', () => {
  checkKinds(
    'curt-reply',
    [
      ['剪掉就好', '裙摆上全是线头', '剪掉就好', 'warning'],
      ['洗洗就好', '领口有一片污渍', '洗洗就好', 'warning'],
      ['调一下温度', '冷冻室老是结冰', '调一下温度', 'warning'],
      ['你再试试', '兑换码无效', '你再试试', 'warning'],
    ],
    [
      ['剪掉就好，您介意的话我给您换一条', '裙摆上全是线头'],
      ['洗洗就好', '这件第一次怎么洗'],
      ['你再试试，还不行我马上给您换一个码', '兑换码无效'],
    ],
  )
})

// 9. Complaints the shared class did not know, grunted at: live goods dead by count, frozen goods thawed, a repair that drags
//    on. A question about the risk is no complaint, so a plain answer to it stays clean.
describe('curt-reply cu30: grunts to complaints the class now knows', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '到货的鲍鱼死了好几只', '嗯', 'warning'],
      ['哦', '冰淇淋收到全化了', '哦', 'warning'],
      ['处理中', '手表修了一个月了还没修好', '处理中', 'warning'],
    ],
    [
      ['不会的，我们用泡沫箱加冰袋发', '路上会不会化掉'],
      ['非常抱歉，死的那几只拍个照，我马上按只给您退款', '到货的鲍鱼死了好几只'],
    ],
  )
})

// 10. The picture disowned as the whole answer to a mismatch (the kind of 以实物为准). To a question about the photo it answers.
describe('curt-reply cu30: 图片仅供参考 to a mismatch', () => {
  checkKinds(
    'curt-reply',
    [['图片仅供参考', '收到的沙发颜色跟图片不一样', '图片仅供参考', 'warning']],
    [
      ['图片仅供参考', '主图是实拍的吗'],
      ['图片仅供参考，颜色不满意可以七天无理由退，运费我们出', '收到的沙发颜色跟图片不一样'],
    ],
  )
})
