import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, eighth session (r8eng): classes behind set O's misses and false alarms of
 * absolute-promise and exaggeration, each with its traps. Replies in our own words.
 */

describe('absolute-promise: a short no to a worry about noise, drying out or the skin after a treatment', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的亲，晚上开着睡觉都没问题', '空气净化器开一整夜会不会很吵', '不会的', 'error'],
      ['不會喔，我們家的風扇聲音很小', '電風扇會不會很吵', '不會喔', 'error'],
      ['不會，這款吹風機聲音很小的', '這款會不會吵到小孩', '不會', 'error'],
      ['不会，盖子盖好放半年都能写', '这支笔放久了会不会干掉', '不会', 'error'],
      ['放心，做完按时涂修复霜就行', '点痣以后会不会留疤', '放心', 'error'],
    ],
    [
      // Hedged, advice, or a warning: no certainty about the outcome.
      ['会不会吵要看您放在哪个房间哦', '晚上开会不会很吵'],
      ['开盖太久笔头容易干掉，用完记得盖好'],
      ['做完激光一般不会反黑，个别体质会有色沉', '做了会不会反黑'],
      ['做完要注意防晒，不然容易反黑'],
    ],
  )
})

describe('absolute-promise: 包 + a skill learnt (包会, 包学会) — the learner decides, not the shop', () => {
  checkKinds(
    'absolute-promise',
    [
      ['跟着视频练两周包会', undefined, '包会', 'error'],
      ['零基础也包学会的', undefined, '包学会', 'error'],
    ],
    [
      // 包 of a package (包会员), and a question.
      ['年卡包会员日的折扣'],
      ['包会学会吗？'],
    ],
  )
})

describe('absolute-promise: certainty + 帮您/给您 + the party turned to + the shop\'s own verb is a commitment (info)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['好的，一定帮您跟仓库反馈，给您包装加一层气泡膜', '能帮我跟仓库说一下轻拿轻放吗', '一定', 'info'],
      ['我们一定帮您向快递公司反映这个情况', undefined, '一定', 'info'],
      ['一定给您和物流那边核实清楚', undefined, '一定', 'info'],
      // Traps: no verb of the shop's own, the outcome is promised.
      ['一定给您按时送到，帮您跟快递说', undefined, '一定', 'error'],
      ['保证给您送到家门口', undefined, '保证', 'error'],
    ],
    [],
  )
})

describe('exaggeration: 万能 naming a tradesman or a part, and the shop\'s own best seller typed without 得', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款万能清洁膏用起来很顺手', undefined, '万能', 'warning'],
      // A market ranking stays a claim.
      ['这是全网卖最火的', undefined, '卖最火', 'warning'],
    ],
    [
      ['不能，找万能师傅。', '衣柜能上门安装吗'],
      ['可以叫楼下的万能工来装'],
      ['这款抽纸是我们店卖最好的，就是薄一点'],
      ['這款衛生紙是我們賣最好的，但比較薄一點'],
    ],
  )
})

describe('absolute-promise: the asked good outcome echoed as the yes, and a yes to an arrival asked by its date', () => {
  checkKinds(
    'absolute-promise',
    [
      ['好用哒亲', '这个除螨仪好用吗', '好用哒', 'error'],
      ['是的亲', '是明天到吗', '是的', 'error'],
      ['是的呢', '我就想问下是今晚到吗', '是的', 'error'],
      // 准 + getting well: surely, as 准能 is.
      ['喝两天准好', '这个感冒冲剂管用吗', '准好', 'error'],
    ],
    [
      // The yes with room, a yes about the shop's own dispatch, a fact already happened.
      ['好用的，不过效果因人而异', '这个好用吗'],
      ['是的亲，已经给您发出了', '是今天发货吗'],
      ['是的，已经签收了', '快递今天到了吗'],
      ['好用的话记得回来复购哦'],
      ['这个标准好像不一样'],
    ],
  )
})

describe('exaggeration: a disease rooted out or stopped for good (断根, 不再加深, 再也不犯)', () => {
  checkKinds(
    'exaggeration',
    [
      ['本店的推拿能让颈椎病断根，做一次就有感觉', undefined, '断根', 'error'],
      ['用过这个护眼台灯的孩子，近视都不再加深了', undefined, '近视都不再加深', 'error'],
    ],
    [
      // Denied, hard to do, or asked.
      ['颈椎病很难断根，建议去医院看看'],
      ['这个不能断根的，只能缓解'],
      ['近视不再加深了吗？'],
      ['鼻炎再也不犯了吗？'],
    ],
  )
})

describe('exaggeration: the only one in a place (全市就我们一家) and nowhere else this cheap (全网都找不到这么低)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个证书全省只有我们一家拿到', undefined, '只有我们一家', 'warning'],
      ['这个价您在别处找不到这么便宜的', undefined, '找不到这么便宜', 'warning'],
      ['这款面膜现在这个价全网都找不到', undefined, '全网都找不到', 'warning'],
    ],
    [
      // A family, a quantity, a question, a claim denied.
      ['这个户型就我们一家人住，很安静'],
      ['暂时找不到这么多库存，要等补货'],
      ['您要的物流信息全网都找不到吗？'],
      ['我们不敢说找不到这么便宜的'],
    ],
  )
})

describe('absolute-promise: a wager said as "come to me" after the bad outcome (变形您找我, 不爱吃你找我, 会的话您来找我)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的话您来找我', '这件会缩水吗', '会的话您来找我', 'error'],
      ['起球了您找我，这个面料我们卖了三年', undefined, '起球了您找我', 'error'],
      ['狗狗不爱吃你找我', undefined, '不爱吃你找我', 'error'],
    ],
    [
      // After-sales help offered for any trouble, a fallback with 万一, a skill taught, the shop's own fault.
      ['有问题您直接找我'],
      ['要是有问题您随时回来找我'],
      ['万一路上压坏了您拍照找我，我们给您补发'],
      ['不会的话您来找我，我教您'],
      ['有什么不合适随时来找我们'],
    ],
  )
})

describe('absolute-promise: the asked change ruled out as a bare answer (会不会变形？— 变不了; 会变色吗？— 不变的)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['变不了，您随便洗', '这个坐垫洗了会不会变形', '变不了', 'error'],
      ['不变的亲', '这个杯子用久了会变色吗', '不变的', 'error'],
    ],
    [
      // The same words about the shop's own price, and the answer hedged.
      ['变不了了亲，这已经是活动价', '价格能再便宜点吗'],
      ['不变的，订单价格就是最终价', '下单后价格会变吗'],
      ['一般变不了，不过别暴晒', '会不会变形'],
    ],
  )
})

// Fortieth session: the claim that it cleans anything (什么都能擦干净, promise40's universal fix) is a second claim beside 万能, so
// the reply this table used to hold carries both, each with its own span.
describe('exaggeration: 万能 and "cleans anything" in one reply are two findings', () => {
  it('reports 万能 and 什么都能擦干净', () => {
    const messages = createLinter().lint('这款万能清洁膏什么都能擦干净').messages
    expect(messages.filter((m) => m.ruleId === 'exaggeration').map((m) => [m.actual, m.start, m.end, m.severity])).toEqual([
      ['万能', 2, 4, 'warning'],
      ['什么都能擦干净', 7, 14, 'warning'],
    ])
  })
})
