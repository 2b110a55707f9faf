import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 37 (the lead, merging): 一定 across a word boundary — 一 ends the word before (统一, 一对一, 三分之一, 唯一) and 定
 * starts the next (定价, 定制, 定金, 定位): no certainty is said (lane cu37 met 统一定价的，不议价 flagged). The adverb after
 * such a word is still read (统一发货，一定明天到 keeps its promise).
 */
describe('absolute-promise: 一 + 定 across a word boundary is not 一定', () => {
  checkKinds(
    'absolute-promise',
    [
      ['全国统一发货，明天一定到', undefined, '一定', 'error'],
      ['这款洗了一定不会褪色，全店统一定价', undefined, '一定', 'error'],
      ['統一出貨，明天一定到', undefined, '一定', 'error'],
    ],
    [
      ['我们是统一定价的，不议价哦'],
      ['可以提供一对一定制服务，尺寸按您家的来'],
      ['先付三分之一定金，尾款发货前补齐'],
      ['全店統一定價，不二價喔'],
      ['这款是唯一定制款，没有现货'],
    ],
  )
})
