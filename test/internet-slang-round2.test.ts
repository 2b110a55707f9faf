import { describe, expect, it } from 'vitest'
import { linterFor } from './support/harness.js'

/**
 * Set F's kind for internet-slang, in other words: love declared to the buyer with a cute
 * particle (爱你哦, 爱您呦) is light slang, reported with 么么哒 or other slang, never alone.
 */
const ID = 'internet-slang'
const linter = linterFor(ID)
const ids = (text: string) => linter.lint(text).messages.map((m) => m.ruleId)

describe('internet-slang: set F kinds, other wordings', () => {
  it.each(['感谢亲的五星，么么哒，爱你哦～', '好滴亲，爱您呦', '亲，收到啦，爱你么么哒'])('flags: %s', (text) => {
    expect(ids(text)).toContain(ID)
  })
  it.each(['爱您哦，祝您生活愉快', '谢谢亲，么么哒', '这款是爱你一生系列的对戒'])('passes: %s', (text) => {
    expect(ids(text)).not.toContain(ID)
  })
})
