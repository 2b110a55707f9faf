import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 44 (the lead, fortieth session): a false alarm the blame lane met while reading para-40 (二手包会有使用痕迹 read as
 * 包会, "sure to learn"), fixed as its class: a word that makes 包 a bag before it (class bag.noun.before, shared by 包 and 包过).
 */
describe('absolute-promise: 包 as a bag is not 包 as a guarantee (class bag.noun.before)', () => {
  checkKinds(
    'absolute-promise',
    [
      // the guarantee itself, after a span of practice, a verb or a comma
      ['零基础跟着课程练，半个月包会', undefined, '包会', 'error'],
      ['鞋码按平常穿的拍，包合脚', undefined, '包合脚', 'error'],
      ['这个驾考班报了就包过', undefined, '包过', 'error'],
    ],
    [
      // a bag, whatever makes it one: a modifier, a measure word, a kind of bag, a material
      ['中古包会有正常的使用痕迹，介意慎拍', undefined],
      ['这只包会比图片上稍微深一点', undefined],
      ['新款斜挎包会在周五上架', undefined],
      ['真皮包会有一点皮革本身的味道，通风几天就好', undefined],
      ['您的快递包过了分拣中心就快了', undefined],
      ['这个帆布包满意的话可以帮忙给个评价', undefined],
    ],
  )
})
