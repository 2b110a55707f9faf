import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

// A change of the body named as the result after a dose (涂两周…变淡): 肯定 before it is a
// promise about an effect the shop does not control. Dropping 肯定 leaves the dose-effect
// claim standing (涂两周变淡), so the rewrite must hedge it instead (found by set P's author).
describe('absolute-promise: certainty before a change of the body', () => {
  const linter = createLinter()
  const cases: Array<[string, string]> = [
    ['这款祛斑霜涂两周肯定变淡', '这款祛斑霜涂两周一般都变淡'],
    ['这个茶喝一个月肯定变瘦', '这个茶喝一个月一般都变瘦'],
    ['面膜连敷七天肯定变白', '面膜连敷七天一般都变白'],
  ]
  for (const [text, rewrite] of cases) {
    it(`${text} → ${rewrite}`, () => {
      const found = linter.lint(text).messages.filter((m) => m.ruleId === 'absolute-promise')
      expect(found.map((m) => [m.severity, text.slice(m.start, m.end)])).toEqual([['error', '肯定']])
      expect(/例如「(.+?)」/.exec(found[0]!.message)?.[1]).toBe(rewrite)
      expect(linter.lint(rewrite).messages.filter((m) => m.severity !== 'info')).toEqual([])
    })
  }
  // Traps: the same words negated, or beside 一定要 as advice to the buyer.
  for (const text of ['敷完不一定变白，效果因人而异', '好转以后也请一定按说明书坚持用完一个疗程', '康复期间一定要注意休息哦']) {
    it(`passes ${text}`, () => {
      expect(linter.lint(text).messages).toEqual([])
    })
  }
})
