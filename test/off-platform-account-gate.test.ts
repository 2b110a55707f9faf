import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { hasAccountRun } from '../rules/off-platform/handle.js'

/**
 * off-platform's scan gate looks for a run that could be an account or a dialled number (five
 * handle characters or more, spaces or dashes inside: 138-0013-8000). It used to be this regular expression; the one-pass test must agree
 * with it on any text.
 */
const HANDLE = 'a-zA-Z0-9_*\u3007\u96f6\u5e7a\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d壹贰叁肆伍陆柒捌玖'
const RUN = new RegExp(`[${HANDLE}][${HANDLE} -]{3,}[${HANDLE}]`)

describe('off-platform account-run gate', () => {
  it('flags runs that could be an account', () => {
    for (const text of ['微信kefu_2024', '扣扣：八八六二三四一零', '139****8888', '加我 1 3 8 0 0', 'ab cde', '打 139-0011-2233 找我', '扣扣是贰肆陆捌壹']) expect(hasAccountRun(text)).toBe(true)
  })

  it('passes replies without one', () => {
    for (const text of ['亲，好的呢', 'SKU是', '一二三四', 'ab c', ' abcd ', '第一时间给您处理', '12-3']) expect(hasAccountRun(text)).toBe(false)
  })

  it('agrees with the regular expression it replaces', () => {
    const unit = fc.constantFrom(...'ab Z9_*-一二三零〇幺贰肆好的,。 '.split(''))
    fc.assert(fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
      const text = units.join('')
      expect(hasAccountRun(text)).toBe(RUN.test(text))
    }), { numRuns: 3000 })
  })
})
