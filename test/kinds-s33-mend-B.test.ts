import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Mend B of the twenty-ninth review (/work/notes/review29.md, findings 4–7 and 12–15). Each pass row is a reply the merged
 * build (650710f) got wrong; each flag row is a reply it got wrong or one the mend must keep. The sentences are ours.
 */

describe('absolute-promise: 就能签收 about the means of receiving, not the time (finding 4)', () => {
  checkKinds(
    'absolute-promise',
    [['今晚发顺丰，明早一睁眼就能签收', undefined, '就能签收', 'error']],
    [
      // A code shown or a neighbour signing: how the parcel is received.
      ['凭取件码就能签收'],
      ['您让邻居代签一下，这样就能签收了'],
    ],
  )
})

describe('absolute-promise: the buyer asking about their own assembling (finding 5)', () => {
  checkKinds(
    'absolute-promise',
    [['能的，放心', '周日之前能装好吗？', '能的', 'error']],
    [['能的，附带安装视频', '这个书架我自己装得好吗？']],
  )
})

describe('absolute-promise: goods merely named, or a bare work order, do not make the promise the shop\'s policy (finding 6)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['保证这批新米寄到不会生虫', undefined, '保证', 'error'],
      ['我保证工单提交后师傅周五上门', undefined, '保证', 'warning'],
      ['保证派单以后师傅当天就能修好', undefined, '保证', 'error'],
      // The shop's own step and its own batch stay borderline.
      ['我们能保证的是今天把工单转给网点', undefined, '保证', 'info'],
      ['能保证的', '能保证是今年的新茶吗？', '保证', 'info'],
    ],
    [],
  )
})

describe('mention: 说的是 opens a quote only when the buyer or a third party said it (finding 7)', () => {
  checkKinds('absolute-promise', [['我们说的是“永不掉色”，放心', undefined, '永不', 'error']], [['您说的是“永不掉色”那款吗？']])
  checkKinds('exaggeration', [['我们说的是“永不掉色”，放心', undefined, '永不掉色', 'warning']], [['您说的是“永不掉色”那款吗？']])
})

describe('internet-slang: 纯纯 as plain "pure" or in a product name (finding 12)', () => {
  checkKinds(
    'internet-slang',
    [['纯纯割韭菜的价', undefined, '纯纯', 'warning']],
    [['这条围巾是纯纯的山羊绒'], ['这次上新的叫纯纯精华'], ['纯纯的手工缝制，每只都有差别']],
  )
})

describe('exaggeration: nowhere else to buy, said as a condition (finding 13)', () => {
  checkKinds(
    'exaggeration',
    [['普通人根本买不到', undefined, '普通人根本买不到', 'warning']],
    [['一般人买不到的时候可以联系我们'], ['市面上买不到的话可以找我们预订'], ['老百姓买不到的话可以留个电话']],
  )
})

describe('competitor-disparagement: a rival pointed at after the shop introduces itself (finding 14)', () => {
  checkKinds(
    'competitor-disparagement',
    [['这里是小鹿母婴旗舰店而那些旗舰店都是代理商开的', undefined, '旗舰店都是代理商开的', 'warning']],
    [['这边是小鹿母婴旗舰店，这款湿巾不含香精']],
  )
})
