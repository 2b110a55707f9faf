import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 46 (lane promise42, forty-second session): kinds of absolute-promise and exaggeration read on DC, DA, BZ and para-40's
 * dev half, written as classes (a speech act, a construction, a word class). Sentences written for these tests, not taken from the sets.
 */
describe('absolute-promise: the shop\'s own reply or attitude, past a time bound (promise42)', () => {
  checkKinds(
    'absolute-promise',
    [
      // the shop's own answer or handling by a time it sets itself, and its attitude to the complaint: info, as 一定给您一个答复 is
      ['我们保证明天中午前给您一个答复', undefined, '保证', 'info'],
      ['这件事我们绝对高度重视', undefined, '绝对', 'info'],
      ['我们一定24小时内给您回复', undefined, '一定', 'info'],
      ['您的投诉我们肯定认真对待', undefined, '肯定', 'info'],
      // an outcome past the same bound is still promised
      ['我们保证明天中午前给您送到', undefined, '保证', 'error'],
    ],
    [],
  )
})

describe('absolute-promise: a step left out, guessed as the cause of a past trouble (promise42)', () => {
  checkKinds(
    'absolute-promise',
    [
      // not the goods' outcome denied: 没问题 / 没有色差 / 没坏 after 肯定是 are promises
      ['放心，这批货肯定是没问题的', undefined, '肯定', 'warning'],
      ['实物肯定是没有色差的', undefined, '肯定', 'error'],
    ],
    [
      ['面膜要敷满十五分钟，您这样肯定是没敷够时间', undefined],
      ['这个按钮要长按五秒才开机，一定是没按到位', undefined],
      ['发面要醒两个小时，肯定是没等够', undefined],
      ['肯定是您没看清楚说明书', undefined],
    ],
  )
})

describe('absolute-promise: a yes about the shop\'s own goods, with the buyer\'s check on receipt (promise42)', () => {
  checkKinds(
    'absolute-promise',
    [
      // the shop vouching for its own goods: info, as 能保证的 answering it is
      ['是的，都是上个月刚灌装的，批号在瓶底，收到可以核对一下', '能保证是今年的新货吗', '是的', 'info'],
      ['是的，收到后您可以看一下包装上的日期', '能保证是今年的新茶吗', '是的', 'info'],
    ],
    [],
  )
})

describe('absolute-promise: 到货 as the shop\'s restock (promise42)', () => {
  checkKinds(
    'absolute-promise',
    [
      // the buyer's own order named before the date: the delivery promised
      ['您的订单周五到货', '我的还有现货吗', '周五到货', 'error'],
      ['下周三到货', '我的快递什么时候到', '下周三到货', 'error'],
    ],
    [
      ['这个颜色卖完了，周五到货，到了我第一时间通知您', undefined],
      ['暂时没有了，下周二到货', '这款还有货吗'],
      ['下周一到货', '这个尺码什么时候有货'],
    ],
  )
})

describe('absolute-promise: makeup that cannot smudge, crisp food kept over a span, flavour kept after uses (promise42)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这支眼线液防汗的，跑步都花不了', undefined, '跑步都花不了', 'error'],
      ['这罐薯片开封放半个月都不会软', undefined, '半个月都不会软', 'error'],
      ['这款花茶保证冲到第五泡都还有香味', undefined, '保证', 'error'],
      ['这包茶叶保证泡到第四次都还有味道', undefined, '保证', 'error'],
      ['這個芒果糖度保證16度以上，不甜包退', undefined, '保證', 'error'],
    ],
    [
      // money or time spent, a hedge, a question, a past record, a smell owned as a downside, "nowhere to"
      ['这支眼线液花不了几十块钱', undefined],
      ['防汗款一般跑步都花不了', undefined],
      ['跑步都花不了吗？', undefined],
      ['我家放了半个月都不会软', undefined],
      ['新沙发刚拆开肯定还有点味道，通风几天就好', undefined],
      ['路边摊的烤肠吃坏了肚子都没地方说理', undefined],
    ],
  )
})

describe('exaggeration: not fit to comment, the first bite (promise42)', () => {
  checkKinds(
    'exaggeration',
    [],
    [
      ['别家的面膜我们没用过不好评价', undefined],
      ['这款火锅底料第一口不太辣，越吃越辣', undefined],
      ['第一下按不动的话再用力按一下', undefined],
    ],
  )
})
