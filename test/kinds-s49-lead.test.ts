import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 49 (the lead, forty-fifth session): an embedded whether-question with no question mark (act.depends). A clause that
 * asks (能不能, 会不会, 什么时候…) followed in the sentence by what it depends on (要看, 取决于, 因人而异) says the outcome is open;
 * the thesaurus lane found exaggeration flagging 伤疤能不能消失要看个人体质. Sentences written for these tests.
 */
describe('exaggeration: a whether-clause followed by what it depends on is not a claim (act.depends)', () => {
  checkKinds(
    'exaggeration',
    [
      // stated, not asked; and an asking clause without a "depends" is still a statement
      ['用了两个月，疤痕都消失了', undefined, '疤痕都消失了', 'error'],
      ['痘印能消失的，放心用', undefined, '痘印能消失', 'error'],
    ],
    [
      ['伤疤能不能消失要看个人体质', undefined],
      ['皱纹能不能消失，这个因人而异', undefined],
      ['痘印什么时候能消失取决于您的肤质', undefined],
      ['斑能不能淡化主要看个人坚持', undefined],
    ],
  )
})

describe('absolute-promise: a whether-clause followed by what it depends on is not a promise (act.depends)', () => {
  checkKinds(
    'absolute-promise',
    [
      // a question word without a "depends" is a rhetorical statement
      ['怎么洗都不会掉色', undefined, '不会掉色', 'error'],
      ['保证不掉色，要看实拍可以找我', undefined, '保证', 'error'],
    ],
    [
      ['会不会掉色取决于洗的方法', undefined],
      ['能不能准时到要看快递那边', undefined],
      ['会不会起球要看个人穿着习惯', undefined],
    ],
  )
})
