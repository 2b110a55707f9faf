import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Issue 8, ninth session (r10ae): classes behind set P's false alarms and misses of absolute-promise
 * and exaggeration that recur in other authors' sets, each with its traps. Replies in our own words.
 */

describe('absolute-promise: a bound of the delivery window (最快/最晚/最迟) gives a range, an estimate', () => {
  checkKinds(
    'absolute-promise',
    [
      // No bound: the date is stated as settled; a promise word keeps its own finding.
      ['快递后天下午能到', undefined, '后天下午能到', 'error'],
      ['最晚后天一定到', undefined, '一定', 'error'],
    ],
    [
      ['快递最晚后天下午能到，最快明天晚上'],
      ['最迟周四送达，到了请当面验货'],
      ['最快明天就能送到，最晚后天'],
      ['最晚下週二會到貨，到了我通知您'],
    ],
  )
})

describe('absolute-promise: a guarantee disowned earlier in the clause covers the rest of it', () => {
  checkKinds(
    'absolute-promise',
    [
      // Nothing disowned, or disowned in another clause.
      ['不用担心，周六前一定送到', undefined, '一定', 'error'],
      ['不能保证明天到，后天一定到', undefined, '一定', 'error'],
    ],
    [
      ['不能保证宝宝一定爱喝，可以先买小罐试试'],
      ['没办法保证周六前一定送到，我们帮您备注加急'],
      ['不敢说每个都一定甜，有坏果包赔'],
      ['沒辦法保證颱風天也一定準時到，還請見諒'],
    ],
  )
})

describe('absolute-promise: regret ruled out (买了不会后悔) recommends, unless a promise word says it', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您买回去肯定不会后悔', undefined, '肯定', 'error'],
      ['包不踩雷的', undefined, '包不踩雷', 'error'],
    ],
    [['这款真的好用，买了不会后悔的'], ['闭眼入，不会后悔哒'], ['入手不会失望的'], ['買了不會後悔喔']],
  )
})

describe('absolute-promise: a promise word before "not even one" bad outcome (保证一个坏果都没有)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['冷链发货，保证一个坏果都没有', undefined, '保证', 'error'],
      ['绝对一点色差都没有', undefined, '绝对', 'error'],
      ['實物絕對一點色差也沒有', undefined, '絕對', 'error'],
      ['雨季用它墙面保证一滴水都没有', undefined, '保证', 'error'],
    ],
    [
      // The downside admitted (a disclaimer), a bad outcome warned of, the guarantee disowned.
      ['肯定会有一点色差，介意慎拍'],
      ['肯定坏了也没法修'],
      ['不能保证一个坏果都没有'],
    ],
  )
})

describe('exaggeration: a skin change promised for a course of use, with a promise word inside (敷一周肯定变白)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款精华连用两周保证变白', undefined, '保证变白', 'error'],
      ['敷一个月绝对白一个度', undefined, '绝对白一个度', 'error'],
      ['每天喝，三天保准不便秘', undefined, '保准不便秘', 'error'],
      ['這款面膜保證一週變白喔', undefined, '保證一週變白', 'error'],
    ],
    [
      // No course of use (the promise alone: absolute-promise's), disowned, asked, hedged, a condition.
      ['敷完肯定白一个度'],
      ['不敢保证两周变白'],
      ['两周能保证变白吗？'],
      ['一般坚持一个月才会变白'],
      ['吃三天保证不拉稀的话就好了'],
    ],
  )
})

describe('absolute-promise: a troubleshooting step declared sure to fix a function that fails (打不了, 登不上)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['重启一下就好了', '蓝牙耳机接不了电话', '重启一下就好了', 'error'],
      ['恢复出厂设置就行了', '手表登不上账号', '恢复出厂设置就行了', 'error'],
    ],
    [
      // A try handed over, a hedge, a how-to question.
      ['重启一下试试，一般就好了', '手机打不了电话'],
      ['在设置里重启就可以了', '怎么重启'],
    ],
  )
})

describe('absolute-promise: a clock time stated as the arrival (11点可以送到您家的)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['11点可以送到您家的', undefined, '11点可以送到您家', 'error'],
      ['[数字x]-[数字x]点可以送到您手中的', '嗯嗯', '[数字x]点可以送到', 'error'],
    ],
    [
      // The order cut-off (a service rule with a condition), tracking, an estimate, a question.
      ['3点前下单的话当天可以送到'],
      ['物流显示10点送达'],
      ['预计[数字x]点可以送到'],
      ['[数字x]点以后送可以吗'],
    ],
  )
})

describe('absolute-promise: coming or falling off ruled out (涂层不会掉的, 跑山路都不会掉)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这口锅的涂层不会掉的，放心用', undefined, '不会掉', 'error'],
      ['磁吸支架，过减速带也不掉', undefined, '也不掉', 'error'],
      ['手机壳装上不会掉下来', undefined, '不会掉', 'error'],
      // Answering the question that names it: reported once.
      ['不会掉的亲', '这个挂钩会不会掉', '不会掉', 'error'],
    ],
    [
      // 掉 starting another word, a condition, a hedge, a question, the guarantee disowned.
      ['价格不会掉价的'],
      ['这种事我们不会掉以轻心'],
      ['旧包装不会扔掉'],
      ['挂钩不会掉的话就不用换了'],
      ['正常情况下不会掉'],
      ['涂层会不会掉？'],
      ['没法保证一点都不掉'],
    ],
  )
})

describe('absolute-promise: the asked fit echoed as a short yes (穿S码合适吗？— 嗯 合适的)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['嗯 合适的', '我家宝宝14斤穿S码合适吗', '合适的', 'error'],
      ['亲，合身的', '我175穿L合身吗？', '合身的', 'error'],
    ],
    [
      // A condition, a hedge, a price asked about, a fit nobody asked about.
      ['合适的话您再拍', '我165穿M码合适吗'],
      ['一般合适的，具体看肩宽', '我165穿M码合适吗'],
      ['合适的', '这个价格合适吗？'],
      ['合适的'],
    ],
  )
})

describe('absolute-promise: a yes to a customer who asks for certainty itself (插上就一定能用吧？)', () => {
  checkKinds(
    'absolute-promise',
    [['会的亲，放心用', '这个转接头插上就一定能用吧？', '会的', 'error']],
    [
      // The shop's own dispatch or invoice asked with 一定能: its own doing.
      ['可以的', '今天一定能发货吧？'],
      ['可以的', '一定能开发票吧？'],
      ['一般可以的，个别型号要看系统版本', '这个转接头插上就一定能用吧？'],
    ],
  )
})

describe('exaggeration: better than all the rest (比任何保健品都好, 没有哪个牌子比得过)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款滤芯比任何进口货都耐用', undefined, '比任何进口货都', 'warning'],
      ['论保暖，这件比市面上哪款都强', undefined, '比市面上哪款都', 'warning'],
      ['这款床垫卖得比哪家都好', undefined, '比哪家都', 'warning'],
      ['静音效果没有哪个牌子比得过', undefined, '没有哪个牌子比得过', 'warning'],
    ],
    [
      // People and times, the shop's own range, a denial, a condition, a question.
      ['我们比任何人都着急帮您解决'],
      ['今年发货比任何时候都快'],
      ['这款比店里其他款都轻'],
      ['价格不能保证比所有人都低'],
      ['要是比哪家都便宜的话我就买'],
      ['比哪款都好吗？'],
      ['不敢说没有哪个牌子比得过'],
    ],
  )
})

describe('absolute-promise: a short yes to a customer who names their own allergy (我对花生过敏这个能吃吗)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能吃的亲，放心', '我对芒果过敏这个果干能吃吗', '能吃的', 'error'],
      ['可以用的', '我皮肤很敏感这款能用吗？', '可以用的', 'error'],
    ],
    [
      // Advice to ask a doctor, a return asked about, a hedge.
      ['可以吃的，但含芒果成分，建议先咨询医生', '我对芒果过敏这个果干能吃吗'],
      ['可以的', '过敏的话能退吗'],
      ['一般可以，建议先在耳后试用', '我皮肤很敏感这款能用吗？'],
    ],
  )
})

describe('absolute-promise: the rewrite of a promise before not-even-one keeps the negation and adds a hedge', () => {
  const linter = linterFor('absolute-promise')
  it.each([
    ['冷链发货，保证一个坏果都没有', '一般'],
    ['实物绝对一点色差也没有', '一般'],
  ])('%s → %s', (text, hedge) => {
    const [m] = linter.lint(text).messages
    // 争取一个坏果都没有 / 一般都一点色差 are not Chinese; the hedge takes the promise word's place.
    expect(m?.expected[0]).toBe(hedge)
  })
})
