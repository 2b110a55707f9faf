import { describe, expect, it } from 'vitest'
import { AFTER_CHARS, AFTER_MESSAGES, AFTER_REACH, TurnAfter } from '../src/cli/after.js'

/**
 * Session 28 (tt28): src/cli/after.ts, the book of replies waiting for the rest of their turn. Replies come out in the
 * order they went in, each with what its session's agent said after it until the customer spoke again, bounded.
 */
function run(turns: ReadonlyArray<readonly [session: string | undefined, role: 'agent' | 'customer' | undefined, text: string]>) {
  const out: Array<[string, string | undefined]> = []
  const book = new TurnAfter<string>((item, after) => out.push([item, after]))
  for (const [session, role, text] of turns) {
    book.turn(session, role, text)
    if (role === 'agent' || session === undefined) book.reply(text, session)
  }
  book.end()
  return out
}

describe('TurnAfter: the rest of each agent turn', () => {
  it('gives each reply its later messages in the session, until the customer speaks; file order kept', () => {
    expect(
      run([
        ['A', 'customer', 'q1'],
        ['A', 'agent', 'a1'],
        ['B', 'customer', 'q2'],
        ['B', 'agent', 'b1'],
        ['A', 'agent', 'a2'],
        ['B', 'customer', 'q3'],
        ['A', 'agent', 'a3'],
        ['A', 'customer', 'q4'],
        ['A', 'agent', 'a4'],
      ]),
    ).toEqual([
      ['a1', 'a2\na3'],
      ['b1', undefined],
      ['a2', 'a3'],
      ['a3', undefined],
      ['a4', undefined],
    ])
  })

  it('a speaker not told apart neither closes nor extends a turn; replies outside a chat pass straight on, in order', () => {
    expect(
      run([
        ['A', 'agent', 'a1'],
        ['A', undefined, 'x'],
        [undefined, undefined, 'plain'],
        ['A', 'agent', 'a2'],
      ]),
    ).toEqual([
      ['a1', 'a2'],
      ['plain', undefined],
      ['a2', undefined],
    ])
  })

  it(`keeps at most ${AFTER_MESSAGES} messages and ${AFTER_CHARS} characters, and looks ${AFTER_REACH} turns ahead`, () => {
    const many = run(Array.from({ length: AFTER_MESSAGES + 3 }, (_, i) => ['A', 'agent', `m${i}`] as const))
    expect(many[0]![1]!.split('\n')).toHaveLength(AFTER_MESSAGES)
    const long = run([['A', 'agent', 'x'], ['A', 'agent', '长'.repeat(AFTER_CHARS + 50)]])
    expect(long[0]![1]).toHaveLength(AFTER_CHARS)
    const gap = Array.from({ length: AFTER_REACH }, (_, i) => [`X${i}`, 'customer', '在吗'] as const)
    expect(run([['A', 'agent', 'a1'], ...gap.slice(1), ['A', 'agent', 'a2']])[0]).toEqual(['a1', 'a2'])
    expect(run([['A', 'agent', 'a1'], ...gap, ['A', 'agent', 'a2']])[0]).toEqual(['a1', undefined])
  })
})
