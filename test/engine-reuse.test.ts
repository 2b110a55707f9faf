import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

/**
 * A linter keeps state from one reply to the next (buffers, the customer's last message and its
 * cues, the cue table): whatever it reuses, each answer must be the one a fresh linter gives.
 */
describe('a linter reused across replies answers like a fresh one', () => {
  const reused = createLinter()
  const fresh = (text: string, previous?: string) => createLinter().lint(text, previous === undefined ? undefined : { previous })

  // The same short certainty reads differently after a question about the shop's own dispatch
  // and after one about delivery, which the shop does not control.
  const turns: [string, string | undefined][] = [
    ['肯定的亲', '明天能到吗'],
    ['肯定的亲', '明天能到吗'],
    ['肯定的亲', '今天能发货吗'],
    ['肯定的亲', undefined],
    ['肯定的亲', ''],
    ['肯定的亲', ['明天', '能到吗'].join('')],
    ['不知道', '快递到哪了'],
    ['肯定会到的', '能保证明天到吗'],
    ['肯定的亲', '今天能发货吗'],
  ]

  it('when the previous message changes, repeats, or is left out', () => {
    for (const [text, previous] of turns) {
      const got = reused.lint(text, previous === undefined ? undefined : { previous })
      expect(got.messages, `${text} after ${JSON.stringify(previous)}`).toEqual(fresh(text, previous).messages)
    }
  })

  it('the two readings of the same reply differ, so the check above can fail', () => {
    expect(fresh('肯定的亲', '明天能到吗').messages[0]?.severity).toBe('error')
    expect(fresh('肯定的亲', '今天能发货吗').messages[0]?.severity).not.toBe('error')
  })
})
