import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend D, session 31 (review 31, findings 1 and 5): absolute-promise. Rows in our own words.
 */

// 1. A bare yes to a guarantee asked for the shop's own batch, courier, condition or packing is rated as 能保证的 answering it
//    is: info. A guarantee asked for an outcome (on the way, the arrival, the body) keeps the yes an error.
describe('absolute-promise: a yes to a guarantee of the shop own goods', () => {
  checkKinds(
    'absolute-promise',
    [
      ['可以的', '能保证这罐是今年的新茶吗', '可以的', 'info'],
      ['能的', '可以保证走顺丰寄吗', '能的', 'info'],
      ['可以的亲', '敢保证发过来的是全新未拆封的吗？', '可以的', 'info'],
      ['能的', '能确保每块都是独立包装的吗', '能的', 'info'],
      ['能保证的', '可以保证发顺丰吗', '保证', 'info'],
      // The outcome asked for stays the yes's promise.
      ['可以的', '能保证顺丰后天送到我家吗', '可以的', 'error'],
      ['能', '可以保证路上玻璃杯不碎吗', '能', 'error'],
      ['可以的', '能保证孩子用了不过敏吗', '可以的', 'error'],
    ],
    [],
  )
})

// 1b. The storage told as the yes's condition (放得住的前提): it states how to keep the goods, as 只要 does. Without it the yes
//     to how long the goods last stays a promise.
describe('absolute-promise: a yes given with the storage it holds under', () => {
  checkKinds(
    'absolute-promise',
    [
      ['可以的', '这盒寿司能放到明天晚上吗', '可以的', 'error'],
      ['没问题', '月饼可以放到下周吗', '没问题', 'error'],
    ],
    [
      ['可以的，放冰箱冷藏就行', '这盒寿司能放到明天晚上吗'],
      ['可以的，记得冷藏', '这个蛋挞能放到明天早上吗'],
      ['可以的，密封保存即可', '坚果开了袋能放到下周吗'],
    ],
  )
})

// 5. The sensitive group as part of a product's name (宝宝 + 餐椅, 儿童 + 座椅, 狗狗 + 窝): the goods are vouched for, not a body.
//    A group that takes the goods in (孕妇 … 涂 …, 宝宝的衣服) is still reached across the goods.
describe('absolute-promise: the sensitive group inside a product name', () => {
  checkKinds(
    'absolute-promise',
    [
      ['哺乳期的妈妈抹这支润唇膏也不会有事', undefined, '哺乳期的妈妈抹这支润唇膏也不会有事', 'error'],
      ['这款洗洁精宝宝的奶瓶洗了也没事', undefined, '宝宝的奶瓶洗了也没事', 'error'],
      ['儿童喝这款果汁也没问题', undefined, '儿童喝这款果汁也没问题', 'error'],
    ],
    [
      ['这款宝宝摇椅的布套拆下来丢洗衣机也没问题'],
      ['儿童安全座椅装在副驾驶后面也没问题，卡扣很牢'],
      ['狗狗窝放在阳台上淋点雨也没事，面料防水'],
      ['宝宝浴盆折起来塞进柜子也没问题'],
    ],
  )
})
