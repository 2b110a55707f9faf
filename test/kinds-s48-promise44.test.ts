import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 48 (lane promise44, forty-fourth session): kinds of absolute-promise read on DG and DF, written as classes and
 * tried on the check sets before they were kept. Sentences written for these tests, not taken from the sets.
 */
describe('absolute-promise: no trouble at all said as certain (promise44, certain.trouble.none)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款电饭煲质量过硬，不会有任何问题', undefined, '不会有任何问题', 'error'],
      ['您放心，运输途中不会有任何闪失', undefined, '不会有任何闪失', 'error'],
      ['放心，這雙鞋穿起來不會有任何問題的', undefined, '不會有任何問題', 'error'],
      ['冷链发过去，路上不会出意外的', undefined, '不会出意外', 'error'],
    ],
    [
      // hedged, disowned, asked
      // a bare 不会有问题 is not the class: said of the shop's own handling it is clean
      ['放心，订单不会有问题的', undefined],
      ['正常使用一般不会有问题', undefined],
      ['不能保证完全不会有问题', undefined],
      ['会不会有问题？', undefined],
      ['不会有问题吧？', undefined],
      // the buyer's own check before the next step, a condition, advice
      ['收到先检查，不会有问题再签收', undefined],
      ['您确认地址不会有问题就可以提交了', undefined],
      ['如果不会有问题的话我就下单了', undefined],
      ['请您确保包装不会有问题', undefined],
      // the shop looking into it
      ['我们这边核实一下，看看会不会有问题', undefined],
    ],
  )
})

describe('absolute-promise: a Taiwan store pickup reached on a date is the logistics\' leg (promise44, pickup.point.tw)', () => {
  checkKinds(
    'absolute-promise',
    [
      // the buyer's own delivery dated flat stays a promise, and 全家 (the whole family) is no store
      ['您的包裹明天下午给您送到的', undefined, '明天下午给您送到', 'error'],
      ['明天就到，全家人都能吃上', undefined, '明天就到', 'error'],
      ['明天會到，請留意簡訊', undefined, '明天會到', 'error'],
    ],
    [
      ['您的包裹明天會到7-11，到店會有簡訊通知', undefined],
      ['已經出貨了，後天會到全家便利店', undefined],
      ['明天会到门市，您带证件去取就可以', undefined],
      ['明天会到超商吗？', undefined],
    ],
  )
})
