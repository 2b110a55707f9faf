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

/**
 * Session 37 (the lead): chat's 么 (麼) ends a question as 吗 does (我给您回电可以么: the agent asks leave, CSDS); the 么 of 什么, 怎么,
 * 这么, 那么 at a sentence's end asks nothing (别人都会问你喷的什么 keeps its promise).
 */
describe('a question ending in 么 is asked, not stated', () => {
  checkKinds(
    'off-platform',
    [['打字说不清，我给您回个电话吧', undefined, '我给您回个电话', 'error']],
    [['我给您回电可以么', '不是说plus会员有专属客服吗'], ['打字说不清，我给您回个电话好么'], ['我打給您可以麼']],
  )
  checkKinds(
    'absolute-promise',
    [
      ['这个香水留香持久，保证一整天都有香味，别人都会问你喷的什么', undefined, '保证', 'warning'],
      ['这款保证不掉色，就是这么', undefined, '保证', 'error'],
    ],
    [['这款保证不掉色么'], ['明天肯定能到么？我帮您问问快递']],
  )
})

/**
 * Session 37 (the lead, from ap37's report): 请 ending another word (申请, 邀请) asks the customer nothing, so the certainty after it
 * is no advice (价保申请肯定能通过 is a promise about the platform's decision); 请 as "please" still makes advice.
 */
describe('absolute-promise: the 请 of 申请 is no "please"', () => {
  checkKinds(
    'absolute-promise',
    [
      ['价保申请肯定能通过', undefined, '肯定', 'warning'],
      ['運費險申請一定會過，您不用擔心。', undefined, '一定會', 'warning'],
    ],
    [['请您一定要在签收前检查'], ['申请后请一定要保留好凭证'], ['麻烦您一定先量好尺寸再拍']],
  )
})
