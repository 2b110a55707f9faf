import { describe, expect, it } from 'vitest'
import { Automaton } from '../src/match/automaton.js'
import { normalize } from '../src/normalize/normalize.js'

/**
 * Each node's patterns are kept as one flat run (its own pattern, then those along its failure
 * chain) instead of being found by walking the chain on every character. The order of the matches
 * ending at one offset is what the linter's findings follow, so it must be the chain's: the
 * longest first, then each shorter suffix; and a pattern met only through the chain (不会 inside
 * 一定不会) is reported as if the chain were walked.
 */
function matches(a: Automaton, text: string): string[] {
  const { codes, hasIgnorable } = normalize(text)
  const out: string[] = []
  a.scan(codes, hasIgnorable, (_, start, end) => out.push(`${start}-${end}`))
  return out
}

describe('automaton outputs along the failure chain', () => {
  it('reports the matches ending together longest first, whatever order they were added in', () => {
    const a = new Automaton()
    for (const p of ['会', '不会', '一定不会', '定不会']) a.add(p)
    a.build()
    // 这一定不会: 一定不会 [1,5), 定不会 [2,5), 不会 [3,5), 会 [4,5).
    expect(matches(a, '这一定不会')).toEqual(['1-5', '2-5', '3-5', '4-5'])
  })

  it('reports a suffix pattern from a node without a pattern of its own', () => {
    const a = new Automaton()
    for (const p of ['一定不会坏', '不会']) a.add(p)
    a.build()
    // 一定不会 is a node on the way to 一定不会坏 with no pattern; its chain holds 不会.
    expect(matches(a, '一定不会')).toEqual(['2-4'])
    expect(matches(a, '一定不会坏')).toEqual(['2-4', '0-5'])
  })

  it('keeps the Latin token check and ignorable characters for patterns met through the chain', () => {
    const a = new Automaton()
    for (const p of ['加qq', 'qq', 'q']) a.add(p)
    a.build()
    // qq1 is no token for qq or q; 加qq ends a token there neither.
    expect(matches(a, '加qq1')).toEqual([])
    expect(matches(a, '加qq 号')).toEqual(['0-3', '1-3'])
    // A zero-width space inside is skipped, and the spans cover it.
    expect(matches(a, '加q\u200bq 号')).toEqual(['0-4', '1-4'])
  })
})
