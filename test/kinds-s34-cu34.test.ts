import { describe, expect, it } from 'vitest'
import { clauseHead, clauseStart } from '../src/context/text.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 34, lane cu34: curt-reply read on the new dev sets BE and BF (misses and false alarms), each kind with members in two
 * sources. Sentences in our own words, with the traps that must stay as they were (the agent acting, a way offered, a pronoun
 * handover, a real request, praise, reassurance).
 */

// 1. A grunt or an ok to a complaint that says what was ordered (我要的是…) or threatens (我要投诉): no request is made, so 好的
//    answers nothing (sets J, N, R, U, AA, AN, FC, BF). A real request (我要退货, 我要黑色的) is still taken in by 好的.
describe('curt-reply cu34: an ok to a complaint that only looks like a request', () => {
  checkKinds(
    'curt-reply',
    [
      ['好的', '尺码发错了，我要的是L码！', '好的', 'warning'],
      ['好', '我要投诉，说好昨天到的到现在还没影', '好', 'warning'],
      ['好的', '我要差评，杯子碎成这样', '好的', 'warning'],
      ['嗯', '吹风机插上电一点反应都没有', '嗯', 'warning'],
    ],
    [
      ['好的', '我要退货'],
      ['好的', '那我要L码的吧'],
      ['好的，非常抱歉，我马上给您换成L码寄出', '尺码发错了，我要的是L码！'],
      ['好的', '用了一个月一点过敏反应都没有，回购'],
    ],
  )
})

// 2. The buyer sent straight to a named party (您直接问质检机构吧; sets BF, M), to claim from it bare (找快递索赔去; set BE, with
//    您 in E, R, AT, BF), or told to phone the man straight (您直接打他问; set BE, as 直接打给他问 in J, AL).
describe('curt-reply cu34: sent straight to a party', () => {
  checkKinds(
    'curt-reply',
    [
      ['结果没出来我也说不准，您直接问检测机构吧。', undefined, '您直接问检测机构', 'warning'],
      ['保修这块您直接找厂家就行。', undefined, '您直接找厂家', 'warning'],
      ['路上摔坏的，找快递索赔去。', undefined, '找快递索赔', 'warning'],
      ['司机号码在单子上，你直接打她问。', undefined, '直接打她问', 'warning'],
    ],
    [
      // a pronoun: the plain handover the pool splits on
      ['邻居帮您代收了，您直接找她拿就行'],
      ['您直接找他吧'],
      // a way offered, the agent acting, the clause going on
      ['您可以直接问检测机构，我这边也帮您跟进'],
      ['我们直接找快递索赔，您不用管'],
      ['包裹在门口驿站，您直接找驿站拿就行'],
      ['有问题直接找厂家就行'],
    ],
  )
})

// 3. "You are not the only one" thrown at the buyer (又不是只有您一单; sets C, E, BF); without 又 it reassures.
describe('curt-reply cu34: not the only one', () => {
  checkKinds(
    'curt-reply',
    [
      ['双十一都这样，又不是只有您一个人在等。', '怎么还不发货', '又不是只有您', 'warning'],
      ['又不是只有你买了这个', undefined, '又不是只有你', 'warning'],
    ],
    [
      ['不是只有您哦，这批都晚了，我帮您催一下', '怎么还不发货'],
      ['不是只有您一个人在问，我们已经在加急处理了'],
    ],
  )
})

// 4. Housekeeping: clauseHead is the clause of `at` up to `at`, at most `reach` back.
describe('clauseHead', () => {
  it('is the clause head cut to reach', () => {
    // The text as the normaliser hands it on (full-width ，turned to ASCII): clauseStart splits on the ASCII marks.
    const t = '好的,主播昨天在直播间说了三遍了'
    const at = t.indexOf('说了')
    expect(clauseHead(t, at, 16)).toBe('主播昨天在直播间')
    expect(clauseHead(t, at, 4)).toBe('在直播间')
    expect(clauseStart(t, at)).toBe(3)
    expect(clauseHead(t, 0, 16)).toBe('')
  })
})
