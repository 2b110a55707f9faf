import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 28 (twenty-fourth working session), the lead. Kinds that set AS showed and that an earlier author's set
 * also holds (the two-source rule: a kind read from one written set alone did not transfer last round), each in our
 * own words, with the traps that must stay clean.
 */

// 1. privacy-leak: what a particular other person bought here and where they are. A purchase said with every way of
//    naming the shop (在我们这里 / 咱家 / 店里 + a verb of ordering), their whereabouts put next to the buyer (在您隔壁),
//    the compound they live in by its name's last word (…花园, …苑), where their parcel went, the address they wrote,
//    a neighbour's door. Buyers in general, the buyer's own address and a refusal stay clean.
describe('privacy-leak: another person’s purchases and whereabouts', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您爱人前天也在咱家拍了两罐奶粉', undefined, '在咱家拍了两罐奶粉', 'error'],
      ['您朋友之前在我们这里订了一个蛋糕，写的是生日快乐', undefined, '在我们这里订了一个蛋糕', 'error'],
      ['隔壁那位孙阿姨就在您楼下，她也说好用', undefined, '在您楼下', 'error'],
      ['上次买过的钱女士住翠湖苑，她说不串味', undefined, '住翠湖苑', 'error'],
      ['您同事买的那件，寄的是她公司', undefined, '寄的是她公司', 'error'],
      ['您朋友的地址写的是滨江区那边', undefined, '地址写的是滨江区那边', 'error'],
      ['您邻居1802也在等这批货', undefined, '邻居1802', 'error'],
    ],
    [
      ['很多老顾客都在我们这里买了好几年了'],
      ['您之前也在我们这里买过同款，还是寄到原来的地址吗？'],
      ['您的地址写的是滨江区那边，没错吧？'],
      ['别的顾客的信息我们不能透露，请您理解'],
      ['快递放在您楼下的快递柜了，取件码短信发您了'],
      ['我们店在翠湖苑旁边，自提的话可以过来'],
    ],
  )
})

// 2. review-manipulation: the reward named first, then paid or waived (差价…补给您, 运费…不用付了) after a review.
//    Without a review, a price difference refunded is price protection.
describe('review-manipulation: a reward fronted, then paid or waived', () => {
  checkKinds(
    'review-manipulation',
    [
      ['晒个图加五星好评，邮费就给您退了', undefined, '晒个图加五星好评，邮费就给您退了', 'error'],
      ['好评写满三十字，尾款就不用付了哦', undefined, '好评写满三十字，尾款就不用付了', 'error'],
    ],
    [
      ['降价了的话差价就给您退了，不用担心'],
      ['运费我们出，您放心寄回来'],
      ['用得满意的话麻烦给个好评哦，谢谢亲'],
    ],
  )
})

// 3. off-platform: the platform's rule stated with another verb of forbidding (不让 / 不准) is a refusal, not an invitation.
describe('off-platform: the platform forbids it', () => {
  checkKinds(
    'off-platform',
    [['加我微信吧，平台这边聊不方便', undefined, '加我微信', 'error']],
    [['平台不让加微信的，有事在这里说就行'], ['规定不准私下转账哦，请在订单里付款']],
  )
})

// 4. exaggeration: a premium word with a model's suffix (Pro, Max, 系列, 款) is a model name; the name said to be the
//    maker's (起的名字, 命名). Used as praise it is still a claim.
describe('exaggeration: premium words in model names', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款空气炸锅是极致的享受', undefined, '极致', 'warning'],
      ['秃的地方用两个月就能长新发', undefined, '长新发', 'error'],
    ],
    [['您看的是至尊Max吧，这个月有货'], ['王牌系列是这个牌子的入门线'], ['终极款就是配置最高的那个型号名，厂家起的名字']],
  )
})

// 5. competitor-disparagement: 的话 naming the topic right before the seller (材质的话别家…) does not hedge the claim;
//    a seller inside the condition (别家的话…) or a hedge in the claim's clause still does.
describe('competitor-disparagement: a topic 的话 before the seller', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['同样价格的话外面都是翻新机', undefined, '外面都是翻新机', 'warning'],
      ['做工的话，别家都是偷工减料的', undefined, '别家都是偷工减料', 'warning'],
    ],
    [['别家的话我们不清楚，我们家是实木的'], ['同样价格的话别家是不是翻新机我们不好说']],
  )
})

// 6. The engine: a one-character notBefore / notAfter word is part of the phrase's word only when it touches it. A
//    space typed between Chinese words ends a clause, so 第一 保证… is a ranking, then a guarantee (not 一保证), and
//    最低价 保证… is a price, then a guarantee (not 价保). Touching, the compound reading stays (价保您自己申请).
describe('engine: one-character neighbours must touch the phrase', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这双是店里卖得第一 保证穿不坏', undefined, '保证', 'error'],
      ['全店最低价 保证不起球', undefined, '保证', 'error'],
    ],
    [['价保您自己在订单页申请就可以'], ['那包您留着吃，我们再补一包']],
  )
})

// 7. curt-reply and the turn after (tt28's agentAfter): a later message that only hands the buyer on (咨询一下客服, 在商城
//    查看下, 售后会联系您) or says the same no with its topic named (这个尺码不支持换的哦) answers nothing, so the message
//    stays curt; a later message with the reason or the way clears it. (From a re-review of 170 followed flags with the
//    whole turn shown: fixtures/eval/real-turn-review/curt-reply.jsonl, scripts/real/turn-review.mjs.)
describe('curt-reply: what the rest of the turn must give', () => {
  const linter = createLinter()
  const curt = (text: string, previous: string, agentAfter: string) =>
    linter.lint(text, { previous, agentAfter }).messages.filter((m) => m.ruleId === 'curt-reply').map((m) => text.slice(m.start, m.end))
  it.each([
    ['不清楚哦', '这个能用多久啊', '您可以咨询一下京东客服'],
    ['改不了', '能把尺码换成大一号吗', '这个尺码不支持换的哦'],
    ['不知道呢', '赠品什么时候发', '售后会联系您告知的'],
  ])('%s stays curt when the turn goes on with %s', (text, previous, after) => {
    expect(curt(text, previous, after)).not.toEqual([])
  })
  it.each([
    ['改不了', '能把尺码换成大一号吗', '已经出库了，您收到后可以申请换货，运费我们承担'],
    ['不清楚哦', '这个能用多久啊', '正常使用一般两三年，具体看使用频率'],
  ])('%s is cleared when the turn goes on with %s', (text, previous, after) => {
    expect(curt(text, previous, after)).toEqual([])
  })
})
