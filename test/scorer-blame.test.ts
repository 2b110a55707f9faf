import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

// The built-in weights for blame-customer (sixth attempt, lane sc23: scripts/scorer/sixth.mjs,
// fixtures/eval/SCORER.md), opt-in (config `scorer` listing it, or true): its pre-filter lets too
// many replies through for the default's cost budget. Every reply below is in
// this file's own words. A must-flag reply is one the blame-customer rule itself leaves alone
// (scorer: false gives nothing) and the scorer adds, with its `scored` message; a must-not-flag
// reply holds the same words under a speech act the scorer's gates skip.
const on = createLinter({ scorer: ['competitor-disparagement', 'blame-customer'] })
const off = createLinter({ scorer: false })
const found = (linter: ReturnType<typeof createLinter>, text: string) =>
  linter
    .lint(text)
    .messages.filter((m) => m.severity !== 'info')
    .map((m) => [m.ruleId, text.slice(m.start, m.end), m.severity, m.message.startsWith('统计评分判断') ? 'scored' : 'rule'])

describe('scorer: blame-customer additions (opt-in)', () => {
  const mustFlag: [string, string][] = [
    // The customer's pet guessed as the cause, the shop's goods declared fine.
    // bl29: was 「…我们出厂都是好的」, which the rule itself now reports (a guess at the buyer's doing beside "it left us fine",
    // test/kinds-s29-bl29.test.ts); the same construction in words the rule's list does not hold keeps this a scorer-only case.
    ['你家的狗把沙发腿啃了吧，我们出厂都没问题', '你家的狗把沙发腿啃了吧'],
    // The same in Traditional script.
    ['你家的狗把沙發腿啃了吧，我們出廠都沒問題', '你家的狗把沙發腿啃了吧'],
    // "It was on the page, you did not read it": a reproach by pointing at the listing.
    ['详情页底部那段说明您可能没看到，上面写了不包安装哈', '上面写了不包安装哈'],
  ]
  for (const [text, span] of mustFlag) {
    it(`adds a scored warning: ${text}`, () => {
      expect(found(off, text).filter(([id]) => id === 'blame-customer')).toEqual([])
      expect(found(on, text).filter(([id]) => id === 'blame-customer')).toEqual([['blame-customer', span, 'warning', 'scored']])
    })
  }
  const mustNotFlag: [string, string][] = [
    ['negation: the customer is cleared', '不是你家的狗啃的，是我们出厂就有问题'],
    ['the shop owning its fault', '抱歉，沙发腿是我们发货前就磕坏了，给您补发'],
    ['a question to the customer', '您家的狗会不会啃沙发腿呀？'],
    ['advice to the customer', '建议您家的狗别靠近沙发腿，我们出厂都是好的'],
    ['the page at fault, owned by the shop', '抱歉详情页上没写清楚不包安装，是我们的疏忽'],
    ['a plain pointer to the listing, no reproach', '详情页最下面有写不包安装哈'],
  ]
  for (const [kind, text] of mustNotFlag) {
    it(`no addition on ${kind}: ${text}`, () => {
      expect(found(on, text).filter(([id]) => id === 'blame-customer')).toEqual([])
    })
  }
  it('on by default (twenty-first session); scorer: false or a list without it turns the blame additions off', () => {
    // bl29: was 「…出厂都是好的」, now reported by the rule itself (see above).
    const text = '你家的狗把沙发腿啃了吧，我们出厂都没问题'
    expect(found(createLinter(), text)).toEqual([['blame-customer', '你家的狗把沙发腿啃了吧', 'warning', 'scored']])
    expect(found(createLinter({ scorer: false }), text)).toEqual([])
    expect(found(createLinter({ scorer: true }), text)).toEqual([['blame-customer', '你家的狗把沙发腿啃了吧', 'warning', 'scored']])
    expect(found(createLinter({ scorer: ['competitor-disparagement'] }), text)).toEqual([])
    expect(found(createLinter({ scorer: ['blame-customer'] }), text)).toEqual([['blame-customer', '你家的狗把沙发腿啃了吧', 'warning', 'scored']])
  })
})
