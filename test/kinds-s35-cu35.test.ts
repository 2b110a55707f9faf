import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31, lane cu35: curt-reply kinds read on the freshest outside sets (BG, BH) with members in the older sets and the pool
 * (fixtures/eval/lanes-s31/LANE-cu35.md). Sentences in our own words; each kind with the traps that must stay clean (a condition
 * that explains a rule, a question, advice before the fact, the agent acting, a time given as a plan, a third party who said it).
 */

// 1. A finished act restated as the whole reason (X了就是X了): the repetition is the refusal, as 没有就是没有 is.
describe('curt-reply cu35: a done act restated (X了就是X了)', () => {
  checkKinds(
    'curt-reply',
    [
      ['开封了就是开封了，没法退', '只试了一次，能退吗', '开封了就是开封了', 'warning'],
      ['激活过就是激活过', '没用几天，能换新吗', '激活过就是激活过', 'warning'],
      ['剪了就是剪了', '吊牌剪了还能换码吗', '剪了就是剪了', 'warning'],
      ['拆了封就是拆了封', '没用过，能退吗', '拆了封就是拆了封', 'warning'],
      ['那签收了就是签收了', undefined, '签收了就是签收了', 'warning'],
    ],
    [
      // a condition before it explains what the system counts, no refusal
      ['如果已经签收了就是签收了，物流页会显示的，您看下', '显示签收了但我没拿到'],
      // asked back, not restated
      ['您是说拆了就是拆了吗？我帮您问下售后能不能处理', '一盒里我打开了一小袋，其余的还退得了吗'],
      // not the same phrase twice
      ['剪了吊牌就是不能退了，不过可以换码，我帮您登记', '吊牌剪了还能退吗'],
      // affirmative without aspect
      ['好就是好，这款回购率很高的'],
    ],
  )
})

// 2. The buyer's objection answered by sending them to another place of buying. Without the objection the place is a fact or advice.
describe('curt-reply cu35: an objection answered with another place to buy', () => {
  checkKinds(
    'curt-reply',
    [
      ['嫌贵您上商场买呗', '怎么比商场还贵', '嫌贵您上商场买呗', 'warning'],
      ['觉得不值你去批发市场看看', '这个价格有点离谱吧', '觉得不值你去批发市场看看', 'warning'],
      ['亲，价格就这样，您要是觉得贵可以去实体店比比哈', '能便宜点吗', '觉得贵可以去实体店比比', 'warning'],
      ['不满意就去其他平台买吧', '质量一般啊', '不满意就去其他平台买吧', 'warning'],
      ['觉得贵的话就别买了', '能便宜点吗', '觉得贵的话就别买了', 'warning'],
      ['嫌不划算你去便利店看看', '这个价不值', '不划算你去便利店看看', 'warning'],
      // the objection names its object and ends in 的话 before a comma; the place has where it is
      ['不喜欢这款味道的话，您去附近的超市买吧', '味道好怪', '不喜欢这款味道的话，您去附近的超市买吧', 'warning'],
      // another seller to look or compare at, after the objection
      ['嫌价高的话，你上别的店比比', '能少点吗', '嫌价高的话，你上别的店比比', 'warning'],
    ],
    [
      ['超市也有卖这个牌子，价格差不多的', '超市有卖吗'],
      ['需要现场试戴的话，也可以去线下门店体验哦', '能试戴吗'],
      ['觉得贵的话可以等周末的活动，比去超市买划算多了', '有点贵'],
      ['建议您嫌麻烦的话去实体店看看，当场就能试', '网购尺码老不准'],
      ['我们去超市比过价了，这个价是最低的', '怎么这么贵'],
      // a remedy offered, then a comparison after the place
      ['不满意的话可以申请退货，去商场买也未必便宜', '质量一般'],
    ],
  )
})

// 3. A failed try reported (V了还是…) answered by the same job handed back; and a can't of the shop said first, then the job
//    handed back, however long the reply. The agent acting, a reason or a path clears it; a try not reported as failed is no complaint.
describe('curt-reply cu35: a job handed back after a failed try or after the shop’s can’t', () => {
  checkKinds(
    'curt-reply',
    [
      ['您自己再多泡一会儿', '泡了半天还是硬的', '您自己再多泡一会儿', 'warning'],
      ['你自己再重启几遍', '重启了还是连不上', '你自己再重启几遍', 'warning'],
      // a trailing 看看 after the verb is "try it"
      ['您自己重新连接看看', '连了依然显示离线', '您自己重新连接看看', 'warning'],
      // s38: the shop's shrug before it is no longer handed to blame-customer by the 你自己 of the errand, so the one finding
      // is reported under the can't, as below.
      ['快递不接电话我们也没办法，你自己再联系下快递吧', undefined, '我们也没办法', 'warning'],
      ['商家那边不发货我们也管不了，您自己再催催商家', undefined, '您自己再催催商家', 'warning'],
      // beside a finding of the can't itself, the job handed back is the same brush-off, reported once under the can't
      ['这单我们这边处理不了，您自己再找一下平台', undefined, '处理不了', 'warning'],
    ],
    [
      ['您再照两分钟试试，如果还粘手我给您补发一瓶', '照了还是粘'],
      ['好的，您自己再试一下，有问题随时找我', '我回去再试试'],
      // the buyer left to look for themselves is the page-pointer entries' matter, not a try
      ['您自己再看看', '装了还是不亮'],
      ['快递不接电话我们也没办法，我这边再帮您催一下站点', '快递一直不接电话'],
      ['因为是新机要激活，所以需要您自己再重启一次，重启后就能连上了', '重启了还是连不上'],
      // 还 as 'not yet' is no failed try
      ['您自己先拆开看一下', '我买了还没用'],
      // a try still to come, not reported as failed
      ['您自己再装一次', '装了一半，我先去吃饭，等下还是按说明书装'],
    ],
  )
})

// 4. Impatience: the reply opens with "I told you already", gives the answer, and tells the buyer to wait. The same time given
//    without the reminder is a plan; someone else who said it is a report.
describe('curt-reply cu35: told you, then just wait', () => {
  checkKinds(
    'curt-reply',
    [
      ['早说了周五前到，等着就行', '到底什么时候到', '等着就行', 'warning'],
      ['跟你说了仓库三天内发，等着吧', '怎么还不发货', '等着吧', 'warning'],
      ['早就跟您讲过了下周二到，等着就是了', '下周能到吗', '等着就是了', 'warning'],
      ['亲，我前面讲了月底前发，等着吧', '补发的什么时候发', '等着吧', 'warning'],
      // the reminder opening a later clause, after a reason
      ['这两天单子多，早说了五天内发，等着就是了', '怎么还不发货', '等着就是了', 'warning'],
    ],
    [
      ['周五前会到的，您等着就行，有变化我第一时间通知您', '到底什么时候到'],
      ['已经发出了，后天到，等着就行', '什么时候到'],
      ['客服之前说了周五前到，您再耐心等等，我帮您盯着物流', '到底什么时候到'],
    ],
  )
})
