import { describe, expect, it } from 'vitest'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 29, lane cu29: curt-reply false alarms read on the third and fourth real corpora (ASAP, CSDS), kinds with members
 * in both. Sentences in our own words, with the traps that must stay flagged.
 */

/** A reply linted with the customer's message and, where given, what the agent already sent in the turn (agentBefore). */
const turnLinter = linterFor('curt-reply')
const lint = (text: string, previous: string, agentBefore?: string) =>
  brief(turnLinter.lint(text, agentBefore === undefined ? { previous } : { previous, agentBefore }).messages)

// 1. A polite wait or a reassurance after the agent's own answer or step earlier in the same turn (agentBefore) closes that
//    answer; it is not the whole reply. A bare imperative (耐心等待), a wait after only an apology, and the same wait with nothing
//    before it stay curt to a complaint or a chaser.
describe('curt-reply: a polite wait after the agent acted in the turn', () => {
  it.each([
    ['请您耐心等待一下呢', '快递三天没动了', '已经帮您联系站点加急了'],
    ['辛苦您再等等哦', '能不能快点处理', '这边已经给您提交给专员了'],
    ['还请您耐心等待下哈', '怎么还没人联系我', '售后今天会给您回电话的'],
    ['您放心哦', '一直没有物流信息', '仓库显示今天下午出库的'],
    // an ok to the buyer pressing takes the chase in; the wait after it closes it.
    ['请您耐心等待一下呢', '那就麻烦尽快吧', '好的呢'],
  ])('passes %s after the answer %s', (text, previous, before) => {
    expect(lint(text, previous, before)).toEqual([])
  })
  it.each([
    // the bare imperative, whatever came before.
    ['耐心等待', '快递三天没动了', '已经帮您联系站点加急了'],
    // only an apology before it: nothing answered yet.
    ['还请您耐心等待一下哦', '怎么还不发货啊', '非常抱歉'],
    // nothing before it.
    ['请您耐心等待一下呢', '快递三天没动了', undefined],
    ['您放心哦', '都一个星期了还没收到货', undefined],
  ])('flags %s (to %s after %s)', (text, previous, before) => {
    const found = lint(text, previous, before)
    expect(found.map((m) => m.ruleId)).toEqual(['curt-reply'])
  })
})

// 2. A soft no to a negated can-question asked as the message's own question (不能…吗, …不可以…吗?) answers whether it is
//    possible. Pressing again (也不能, 就不能, 怎么不能), a shortcut pushed (直接…不可以吗) or a favour asked keeps the no curt.
describe('curt-reply: a soft no to a negated can-question', () => {
  checkKinds(
    'curt-reply',
    [
      ['不可以的呢', '收货人也不能改吗', '不可以', 'warning'],
      ['后台处理不了呢', '现在直接后台处理不可以吗?', '处理不了', 'warning'],
      ['不能的亲', '怎么就不能退到银行卡呢', '不能', 'warning'],
      ['不可以的哦', '不能给我便宜一点吗', '不可以', 'warning'],
    ],
    [
      ['不能的亲', '不能退到微信零钱吗'],
      ['系统处理不了呢', '你们系统不可以自动处理吗?'],
      ['不行的哦', '积分不可以抵现金吗'],
    ],
  )
})

// 3. 看不到 after the buyer's own side (您那边, 手机上, 前台) tells what shows there: no can't-see of the agent's. The agent's own side
//    (我这边, 小妹) or no side at all stays a bare can't-see.
describe('curt-reply: what the buyer side cannot show', () => {
  checkKinds(
    'curt-reply',
    [
      ['我这边看不到', '我的发票开好了没有', '我这边看不到', 'warning'],
      ['这个小妹也看不到呢', '帮我查下包裹到哪了', '看不到', 'warning'],
    ],
    [
      ['手机端是看不到的', '为什么我这里没有发票信息'],
      ['您那边是看不到的哦', '我订单上怎么没显示修改后的地址'],
      ['前台看不到的呢', '我在哪能看到退款进度'],
    ],
  )
})

// 4. An open-question word that asks nothing: indefinite (什么也不用填, 不管什么时候), a filler (那个什么), rhetorical (要不怎么会…呢).
//    A short yes confirms such a message. 怎么安装 and 为什么都…不发货 still ask.
describe('curt-reply: a question word that asks nothing', () => {
  checkKinds(
    'curt-reply',
    [
      ['是的', '这个怎么安装', '是的', 'warning'],
      ['对的', '为什么都三天了还不发货', '对的', 'warning'],
      // indefinite 什么都 in a message that confirms nothing: the buyer complains.
      ['嗯嗯', '东西什么都没装好人就走了', '嗯嗯', 'warning'],
      ['了解了', '这个怎么退', '了解', 'warning'],
    ],
    [
      ['是的呢', '所以我什么也不用填呗'],
      // a grunt takes in a message that reasons aloud (要不怎么…呢) as it takes in a statement.
      ['了解了', '申请过了呀，要不怎么会有单号呢'],
      ['对的亲', '哦，那就是不管什么时候退都行'],
      ['对的哈', '要不怎么会寄到公司呢'],
      ['可以的', '那个什么，我记得是领过优惠券的'],
    ],
  )
})

// 5. A party the buyer is sent to, after the agent's own answer earlier in the same turn (agentBefore): the next step of that
//    answer, not the whole reply. With nothing or only an apology before it, the pointer stays curt.
describe('curt-reply: a party named after the agent answered in the turn', () => {
  it.each([
    ['您和师傅说一下就好呢', '那我要不要在家等', '师傅明天上午会先给您打电话的'],
    ['您去营业厅问一下哦', '这张卡怎么开通流量', '这张卡到手是要先实名激活的'],
  ])('passes %s after an answer', (text, previous, before) => {
    expect(lint(text, previous, before)).toEqual([])
  })
  it.each([
    ['您和师傅说一下就好呢', '那我要不要在家等', undefined],
    ['您和师傅说一下就好呢', '那我要不要在家等', '非常抱歉'],
    ['您去营业厅问一下哦', '这张卡怎么开通流量', undefined],
  ])('flags %s (to %s after %s)', (text, previous, before) => {
    expect(lint(text, previous, before).map((m) => m.ruleId)).toEqual(['curt-reply'])
  })
})

// 6. Complaints the shared class did not know, grunted at in outside sets: a screen that fails, a crack, a strong smell, live
//    goods dead on arrival, the buyer not told. A grunt to them is curt; asked about as a possibility they are no complaint.
describe('curt-reply: a grunt to a complaint of a failed screen, a crack, a smell, dead goods, no notice', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '笔记本收到一开机就黑屏', '嗯嗯', 'warning'],
      ['嗯', '碗的边上有一道裂痕', '嗯', 'warning'],
      ['哦哦', '被子拆开一股怪味', '哦哦', 'warning'],
      ['嗯', '寄来的螃蟹全是死的', '嗯', 'warning'],
      ['嗯嗯', '包裹放门卫三天了也不通知我', '嗯嗯', 'warning'],
    ],
    [
      ['嗯嗯', '好的，我明天再开机试试'],
      ['不会的哦', '这个杯子用久了会不会有裂痕'],
    ],
  )
})

// 7. Told to rest easy in answer to a worry asked yes or no (会…吧?, 不会…吧): the reassurance is the answer. To an open question
//    or a complaint that asks nothing it answers nothing.
describe('curt-reply: reassurance to a worry asked yes or no', () => {
  checkKinds(
    'curt-reply',
    [
      ['您放心哦', '怎么还没发货，都五天了', '您放心哦', 'warning'],
      ['放心吧', '杯子到手就裂了', '放心吧', 'warning'],
    ],
    [
      ['您放心呢', '师傅装的时候会帮我检查吧?我怕装歪'],
      ['放心～', '瓷碗寄过来不会碎吧，上回就碎了一个'],
    ],
  )
})
