import { describe, expect, it } from 'vitest'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 28, lane ap28. Kinds of false alarm and miss of absolute-promise (and blame-customer, internet-slang) read
 * from the four real corpora (CSDS above all), each in our own words, with the traps that must stay flagged.
 */

// 1. The shop's own act on the buyer said with certainty (its invoice, its refund, a change it makes, its call-back, the
//    manner of its own handling) is a commitment it can keep: info. An arrival said with the same adverb stays an error.
describe('absolute-promise: certainty about the shop’s own act', () => {
  checkKinds(
    'absolute-promise',
    [
      ['发票这边肯定给您开的', undefined, '肯定', 'info'],
      ['多收的运费一定会退钱给您的', undefined, '一定会', 'info'],
      ['型号能换的话我一定帮您改过来', undefined, '一定', 'info'],
      ['售后同事肯定会公平地给您处理', undefined, '肯定会', 'info'],
      ['我们承诺给您回电的', undefined, '承诺', 'info'],
      // Traps: the arrival or the goods' state is not the shop's act.
      ['后天肯定给您送到家', undefined, '肯定', 'error'],
      ['这个锅一定不会粘', undefined, '一定', 'warning'],
    ],
    [],
  )
})

// 2. 保证 + the state the buyer keeps the goods in for a return, with a degree or a duty word inside (基本完好): a condition
//    of the return policy. The goods promised to arrive whole stay a promise.
describe('absolute-promise: the return condition with a degree word', () => {
  checkKinds(
    'absolute-promise',
    [['我们保证东西到您手里完好无损', undefined, '保证', 'error']],
    [['退回来的时候要保证配件基本齐全哦'], ['寄回需保证包装基本完整才能退']],
  )
})

// 3. A dated arrival with an approximate time (傍晚左右) is an estimate; a negated run (送不到, 配送不到) a status.
describe('absolute-promise: approximate and denied arrival times', () => {
  checkKinds(
    'absolute-promise',
    [
      ['后天傍晚可以送达的', undefined, '后天傍晚可以送达', 'error'],
      ['您的包裹明天上午给您派送', '确定明天能到吗', '明天上午给您派送', 'error'],
    ],
    [['后天傍晚左右可以送达的'], ['真不好意思，明天配送不到了', '明天能送来吗']],
  )
})

// 4. The courier's next step with neither a date nor a speed (会…配送的) describes the process; with one it is a promise.
describe('absolute-promise: the delivery run described without a date', () => {
  checkKinds(
    'absolute-promise',
    [
      ['站点周六会给您配送的', undefined, '会给您配送的', 'error'],
      ['站点那边会加速给您送过去的', undefined, '会加速给您送过去的', 'error'],
      ['网点那边会早点给您派送的', undefined, '会早点给您派送的', 'error'],
    ],
    [['包裹分拣好以后会为您派送的哦'], ['他们会从仓库调回来再给您配送的'], ['放心，东西还是会给您送过来的，现在在路上']],
  )
})

// 5. An order that goes through is covered by delivery (下单成功就能送到): no time is promised; a dated one is.
describe('absolute-promise: delivery coverage after a purchase step', () => {
  checkKinds(
    'absolute-promise',
    [['这款周五就能送到', undefined, '周五就能送到', 'error']],
    [['您那边只要下单成功就能送到的'], ['地址能下单就能送到哦']],
  )
})

// 6. Short answers to questions that are not about an uncontrolled outcome: a worry about the shop's own price or its own
//    check, a question that quotes the system's estimate, what the buyer can see, whether a step of the buyer's touches the
//    account, an instruction on where to deliver. The same answers to the outcome itself stay promises.
describe('absolute-promise: short answers about price, process, estimate, visibility, account, address', () => {
  checkKinds(
    'absolute-promise',
    [
      ['放心的', '担心路上会被压坏', '放心的', 'error'],
      ['对的', '后天中午之前能到是吗', '对的', 'error'],
      ['可以的', '周六之前能送到吗', '可以的', 'error'],
      ['不会的', '用这个软件会不会被封号', '不会的', 'error'],
      ['好的', '后天务必送到，我要带走', '好的', 'error'],
    ],
    [
      ['放心', '我担心现在下单过两天又降价'],
      ['您放心', '上门的师傅会核对型号吧？我担心装错'],
      ['对的', '系统上预计后天能到是吗'],
      ['可以的', '我在手机上能看到物流进度吗'],
      ['不会的', '我把订单取消了，对我账号会有影响吗'],
      ['好的', '就按照这个新地址配送，务必仔细点'],
    ],
  )
})

// 7. A day of the month in the masked form of the CSDS logs ([数字]号) dates an arrival as a written day does.
describe('absolute-promise: a masked day of the month', () => {
  checkKinds(
    'absolute-promise',
    [['已经到您那边的站点了，[数字]号可以送达', undefined, '[数字]号可以送达', 'error']],
    [['预计[数字]号送达'], ['[数字]号送达的话您方便签收吗']],
  )
})

// 8. blame-customer: neutral turns that name the buyer — who pays under the policy, the choice left to a buyer who asked
//    which option to take, the buyer's own words reported back, the wrong buy naming the goods a step handles, the warehouse's
//    sorting, a place that is not near the buyer, whether the courier told the buyer. The buyer named as the cause stays blamed.
describe('blame-customer: the buyer named without blame', () => {
  checkKinds(
    'blame-customer',
    [
      ['地址是您自己填错的', undefined, '是您自己填错', 'error'],
      ['尺码是您自己选的，不合适我们也没办法', '鞋子小了一码', '是您自己选', 'error'],
      ['您选错了颜色', undefined, '您选错', 'error'],
      // s37: the span takes in 早就 since bl37 (the told-you-so with its "long ago").
      ['我早就跟您说过了，定制的不退', undefined, '早就跟您说过', 'error'],
    ],
    [
      ['不是质量问题的话，来回运费是您承担的哦', '退货要我出运费吗？'],
      ['这个是您选择的哦', '退回的方式选哪个？'],
      ['下单时您说拍错了型号，所以我们给您取消了', '怎么取消了'],
      ['麻烦先将您拍错的那件申请退货'],
      ['应该是仓库当时分拣错了，马上给您补发', '怎么发到别的城市去了'],
      ['您小区附近也没有驿站之类的吧？', '放哪都行'],
      ['配送员有告知您改期的原因么？', '货又退回去了'],
    ],
  )
})

// 9. internet-slang: one light homophone spelling alone (矮油) is no register; with more slang it counts, as 好滴 and 妹纸 do.
describe('internet-slang: a light homophone alone', () => {
  checkKinds(
    'internet-slang',
    [],
    [['矮油，亲太客气啦'], ['哎哟，让您久等了'], ['哎油，您说的对，我们马上处理']],
  )
  // With more slang it is part of the register and reported with it.
  it('counts 矮油 together with more slang', () => {
    const got = brief(linterFor('internet-slang').lint('矮油，亲太客气啦，么么哒').messages).map((m) => m.actual)
    expect(got).toEqual(['矮油', '么么哒'])
    const got2 = brief(linterFor('internet-slang').lint('哎油，谢谢亲的好评，么么哒').messages).map((m) => m.actual)
    expect(got2).toEqual(['哎油', '么么哒'])
  })
})

// 10. Certainty said after a bodily outcome with 不是问题 (瘦八斤不是问题: written sets AN and AQ). The same words about price, or
//     asked, pass. (A cure by a span of use with a bare 就好, AL and AQ, was tried and dropped: six older pool sets label it
//     exaggeration only, eight false alarms against three gains.)
describe('absolute-promise: 不是问题 after an outcome', () => {
  checkKinds(
    'absolute-promise',
    [['这款奶昔早晚各一杯，两个礼拜瘦六斤不是问题', undefined, '不是问题', 'error']],
    [['运费不是问题，我们包邮'], ['这个价格不是问题吗？'], ['颜色深一点浅一点都不是问题，您挑喜欢的']],
  )
})

// 11. A bare grunt as the whole reply to a question that puts a delivery day to the agent confirms the day (real ASAP miss).
//     Not to a question word, to the buyer's own estimate, or with more said after it.
describe('absolute-promise: a bare grunt confirming a delivery day', () => {
  checkKinds(
    'absolute-promise',
    [
      ['嗯', '那这样是周四送到公司吗', '嗯', 'error'],
      ['嗯嗯', '所以后天就能收到？', '嗯嗯', 'error'],
    ],
    [['嗯', '周四几点能送到？'], ['嗯嗯，正常周四能到，我给您备注一下', '那这样是周四送到公司吗'], ['嗯', '系统预计周四到是吧'], ['嗯', '我周四去取可以吗']],
  )
})

// 12. blame-customer: customers in general named as the cause, with the damage said to be caused by their handling or with the
//     handling's moment (安装时, 刷机的时候) before an omission (written sets AM, AS). A handling with no fault, or the shop's own, passes.
describe('blame-customer: customers in general as the cause of the damage', () => {
  checkKinds(
    'blame-customer',
    [
      ['这种问题一般都是用户自己拧断的', undefined, '一般都是用户自己拧断', 'warning'],
      ['屏幕进灰一般都是拆机的时候没装好', undefined, '一般都是拆机的时候没装好', 'warning'],
    ],
    [['这种一般是安装的时候会有一点响，正常的'], ['一般都是我们仓库打包时压坏的，抱歉'], ['大部分是买家自己安装，很简单']],
  )
})
