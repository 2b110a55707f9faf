import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap37, session 33: absolute-promise kinds of the tax33 promise taxonomy (no instances seen), in our own words:
 * each kind's word classes and their neighbours, with its Excludes and the look-alike kinds as traps.
 */

// Kind 4, plain-assertion-reassurance: 不会 + a small bad outcome the shop does not control, with 放心 / 别担心 in the
// sentence or the one next to it. Traps: the same said bare (a description), a hedge, a condition, the shop's conduct.
describe('absolute-promise: a small bad outcome ruled out with a reassurance', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，这个落地扇不会晃的', undefined, '不会晃', 'error'],
      ['别担心，插头用久了也不会松的', undefined, '也不会松', 'error'],
      ['放心吧，充电的时候不会烫的', undefined, '不会烫', 'error'],
      ['不用担心，这个键盘不会卡的', undefined, '不会卡', 'error'],
      ['放心，宝宝用了不会红的', undefined, '不会红', 'error'],
      ['放心，穿上不会紧的', undefined, '不会紧', 'error'],
      ['放心，这个鞋底不会滑的', undefined, '不会滑', 'error'],
      ['這張椅子不會晃的，請放心', undefined, '不會晃', 'error'],
    ],
    [
      ['实木的很稳，不会晃'],
      ['放心，一般不会晃的'],
      ['放心，按说明装好不会晃的'],
      ['放心，不会丢下您不管的'],
      ['放心，订单不会有问题的', '我改了地址会不会有问题'],
      ['放心，不会红包的'],
      ['放心，这个价格不会涨的'],
      ['放心，不会给您发错的'],
      ['只能通过采购源头来把关，您放心'],
      ['亲爱的 会提前联系您的呢 您放心呢'],
      ['放心，京东会送货上门的'],
    ],
  )
})

// Kinds 4, 7, 11, 6: a good outcome foretold with 会 / 能 and a reassurance (liking, a claim paid, a refund in, the courier
// carrying it up). Traps: a wish or a belief, the shop's own service, a question.
describe('absolute-promise: a good outcome foretold with a reassurance', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心，宝宝会喜欢的', undefined, '会喜欢的', 'error'],
      ['您放心，老人家用了会很满意的', undefined, '会很满意的', 'error'],
      ['放心啦，妳男朋友會很喜歡的', undefined, '會很喜歡的', 'error'],
      ['运费险会理赔的，放心', undefined, '会理赔', 'error'],
      ['放心，退款今天就能到账', undefined, '就能到账', 'error'],
      ['不用担心，快递员会送上楼的', undefined, '会送上楼', 'error'],
    ],
    [
      ['希望宝宝会喜欢'],
      ['放心，我们会送货上门的'],
      ['放心，相信您会满意的'],
      ['退款审核通过后一般1-3个工作日到账'],
    ],
  )
})

// Kind 7, satisfaction-promise: a recipient's liking foretold flat, and everyone's. Traps: 会喜欢的 + noun (a modifier),
// a wish, not knowing, satisfaction as a condition.
describe('absolute-promise: the recipient will like it', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这条围巾她收到会喜欢的', undefined, '会喜欢的', 'error'],
      ['小朋友拿到会很开心的哦', undefined, '会很开心的', 'error'],
      ['送妈妈的話，她會很高興的', undefined, '會很高興的', 'error'],
      ['谁收到都会开心的', undefined, '都会开心', 'error'],
      ['大人小孩都会喜欢的', undefined, '都会喜欢', 'error'],
    ],
    [
      ['她会喜欢的颜色您可以参考一下'],
      ['希望她收到会喜欢的'],
      ['满意的话麻烦给个好评哦'],
      ['如果不喜欢，七天无理由退换'],
    ],
  )
})

// Kind 3, bare-yes-answer: the arrival echoed with 可以, the fit echoed as just right, the liking echoed, a steady yes, the
// courier carrying it upstairs. Traps: questions about the shop's own terms, a condition, a product fact.
describe('absolute-promise: more bare yeses to an outcome asked', () => {
  checkKinds(
    'absolute-promise',
    [
      ['可以到的', '后天能到吗', '可以到的', 'error'],
      ['刚好的', '脚长24.5穿38码合适吗', '刚好的', 'error'],
      ['正好的', '我160穿S合适吗', '正好的', 'error'],
      ['喜欢的，放心', '我男朋友会喜欢吗', '喜欢的', 'error'],
      ['稳的', '周五前能到吗', '稳的', 'error'],
      ['沒問題的', '快遞能送上樓嗎', '沒問題', 'error'],
      ['能按时到的', '能按时到吗', '能', 'error'],
      ['不冷的', '冬天穿冷不冷', '不冷的', 'error'],
      ['不挤的', '会挤脚吗', '不挤的', 'error'],
      ['会的', '用了会白吗', '会的', 'error'],
      ['大小刚好', '我手指13号，戒指13号合适吗', '大小刚好', 'error'],
    ],
    [
      ['可以的', '可以到付吗'],
      ['喜欢的话可以拍', '有什么推荐'],
      ['稳的', '这个支架稳吗'],
      ['不会的', '会不会走冷链'],
      ['可以的', '能按时发货吗'],
      ['有的', '有货吗'],
    ],
  )
})

// Kinds 6 and 11: a third party as the subject before the promise word (the courier calls first, the maker replaces it, the
// platform rules for the buyer): its doing, not the shop's own action. Traps: the shop acting for the buyer about them.
describe('absolute-promise: a third party does it, not the shop', () => {
  checkKinds(
    'absolute-promise',
    [
      ['快递员肯定会联系您', undefined, '肯定会', 'error'],
      ['快递派送前肯定会联系您', undefined, '肯定会', 'error'],
      ['快遞員一定會先聯繫您', undefined, '一定會', 'error'],
      ['厂家那边一定会给您换新的', undefined, '一定会', 'error'],
      ['平台肯定会判您赢的', undefined, '肯定会', 'error'],
      ['快递员保证送货上门', undefined, '保证', 'error'],
      ['放心，快递会送到您家门口的', undefined, '会送到您家门口', 'error'],
      // shop-own-commitment stays info (not counted): the shop acts for the buyer, the platform states its policy.
      ['快递那边我们一定帮您催', undefined, '一定', 'info'],
      ['我们一定帮您联系快递员', undefined, '一定', 'info'],
      ['快递的事我一定帮您跟进', undefined, '一定', 'info'],
      ['平台承诺七天无理由退货', undefined, '承诺', 'info'],
    ],
    [
      ['快递员会打电话吗？这个要看快递员的习惯'],
      ['快递员一般会提前联系您，您留意下电话'],
    ],
  )
})

// Kind 11, after-sales-outcome-promise: a third party's decision (申请成功, 到账) promised; the shop's verb inside it (申请) is
// not its own step. Traps: the shop's own application, a hedged timeline.
describe('absolute-promise: after-sales results decided by others', () => {
  checkKinds(
    'absolute-promise',
    [
      ['價保肯定能申請成功', undefined, '肯定', 'error'],
      ['银行那边肯定今天到账', undefined, '肯定', 'error'],
      ['这次理赔保证能赔下来', undefined, '保证', 'error'],
      ['我们一定帮您申请价保', undefined, '一定', 'info'],
      ['大件家具我们保证送货上门', undefined, '保证', 'info'],
    ],
    [
      ['我这边马上同意退款'],
      ['退款以银行处理时间为准'],
    ],
  )
})

// Kind 8, skin-reaction-promise: pricking said bare, harm to the scalp or nails. Traps: hedged, the outcome as an open question.
describe('absolute-promise: pricking and harm to the scalp or nails', () => {
  checkKinds(
    'absolute-promise',
    [
      ['這件毛衣不會扎的', undefined, '不會扎', 'error'],
      ['羊绒围巾不会扎的，放心戴', undefined, '不会扎', 'error'],
      ['这款染发剂不会伤头皮', undefined, '不会伤头皮', 'error'],
      ['这款卸甲水不会伤指甲', undefined, '不会伤指甲', 'error'],
    ],
    [
      ['这件毛衣会不会扎要看个人'],
      ['一般不会扎，敏感的话建议里面穿件打底'],
    ],
  )
})

// Kind 9, efficacy-result-promise: a promise word before a verb that takes a bad outcome away (止痒, 祛痘, 除臭, 止咳) is a
// promised effect, not certainty of the bad outcome. Traps: the effect hedged, the bad outcome warned of.
describe('absolute-promise: promise word + a verb that removes the complaint', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个止痒膏涂上一定止痒', undefined, '一定', 'error'],
      ['这款祛痘凝胶保证祛痘', undefined, '保证', 'error'],
      ['这瓶除臭喷雾喷了肯定除臭', undefined, '肯定', 'error'],
      ['這款止咳糖漿保證止咳', undefined, '保證', 'warning'],
    ],
    [
      ['止痒效果因人而异'],
      ['不按时涂肯定会痒'],
    ],
  )
})

// Kind 10, idiom-certainty: 没跑, 妥了, 包在我身上 after an outcome. Traps: 没跑 as "did not run", 杠杠的 (praise), the shop's own task.
describe('absolute-promise: 没跑 / 妥了 / 包在我身上 with an outcome', () => {
  checkKinds(
    'absolute-promise',
    [
      ['顺丰走的，后天到没跑', undefined, '没跑', 'error'],
      ['順豐走的，後天到沒跑', undefined, '沒跑', 'error'],
      ['明天到没跑的', undefined, '没跑', 'error'],
      ['周五前到，妥了', undefined, '妥了', 'warning'],
      ['到货时间包在我身上', undefined, '包在我身上', 'error'],
    ],
    [
      ['快递员没跑这一趟，我帮您催'],
      ['催件的事包在我身上'],
      ['这单安排上了，妥了'],
      ['质量杠杠的'],
      ['这款车载空气净化器能杀灭99.9%病毒，防流感效果杠杠的。'],
      ['这款卖得很好，买它准没错'],
    ],
  )
})

// Kind 12, potential-complement-claim: melted by heat (烫不化, 熨不化, 烤不化). Traps: a question, a hedge.
describe('absolute-promise: cannot be melted', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个硅胶锅铲烫不化', undefined, '烫不化', 'error'],
      ['这块砧板熨不化', undefined, '熨不化', 'error'],
      ['这个硅胶模具烤不化', undefined, '烤不化', 'error'],
    ],
    [
      ['这块黄油烤不化吗'],
      ['一般烫不化的'],
    ],
  )
})

// Kind 5, fit-size-promise: 正好 / 刚好 after wearing. Traps: 正好 = happens to, the cut described, the model's fit.
describe('absolute-promise: just right once worn', () => {
  checkKinds(
    'absolute-promise',
    [
      ['拍M码就对了，穿上正好', undefined, '穿上正好', 'error'],
      ['按脚长选，上脚刚好', undefined, '上脚刚好', 'error'],
      ['這雙鞋穿上剛好', undefined, '穿上剛好', 'error'],
    ],
    [
      ['穿上正好出门'],
      ['模特穿上正好'],
      ['穿上刚好到脚踝'],
    ],
  )
})

// Kinds 2 and 4: one-character changes said bare (sticking, lost, cold). Traps: the shop's own conduct (丢下, 冷落).
describe('absolute-promise: sticking, lost, cold ruled out', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这口锅不会粘的', undefined, '不会粘', 'error'],
      ['快递包裹不会丢的', undefined, '不会丢', 'error'],
      ['这个冬天穿着不会冷的', undefined, '不会冷', 'error'],
      ['這口鍋不會粘的', undefined, '不會粘', 'error'],
    ],
    [
      ['我们不会丢下您不管的'],
      ['不会冷落您的'],
      ['一般不会粘的，用前刷点油'],
    ],
  )
})
