import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 20, the lead (issue 8). Kind, in our own words: an arrival date named and then disowned by
 * the shop (后天送到我们做不到, 明天到货这个办不到) is a refusal, not a promise; the class
 * `certain.disavow` (src/vocab/classes.yaml) now holds the capability denials beside 不能保证/保证不了,
 * and the arrival-date construction reads it after the date.
 */
describe('absolute-promise: an arrival date the shop says it cannot meet', () => {
  checkKinds(
    'absolute-promise',
    [
      // Still a promise: the date stated, with no denial after it.
      ['周五之前一定给您送到家', undefined, '一定', 'error'],
      ['包裹后天中午就到您家', undefined, '后天中午就到您家', 'error'],
      // A denial in another sentence does not reach back.
      ['明天下午给您送到。加急我们做不到', undefined, '明天下午给您送到', 'error'],
    ],
    [
      ['后天送到这个我们实在办不到，抱歉'],
      ['今晚到货我们这边达不到哦，最快也要周四'],
      ['明天到貨我們確實做不到，很抱歉'],
      ['明天下午送到您家，这个真的没法保证'],
      ['周日到您手上这个不现实，跨省要三天左右'],
    ],
  )
})
