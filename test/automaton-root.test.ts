import { describe, expect, it } from 'vitest'
import { Automaton } from '../src/match/automaton.js'

/**
 * The root transitions are stored in 16 bits while node ids fit, in 32 bits beyond (a config
 * with tens of thousands of custom phrases). Both must find the same matches.
 */
const codes = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0))

function matches(a: Automaton, text: string): string[] {
  const out: string[] = []
  a.scan(codes(text), false, (_, start, end) => out.push(text.slice(start, end)))
  return out
}

describe('automaton root table', () => {
  it('matches with few nodes', () => {
    const a = new Automaton()
    for (const p of ['保证', '保证金', '明天到']) a.add(p)
    expect(matches(a.build(), '亲，保证明天到，不收保证金')).toEqual(['保证', '明天到', '保证', '保证金'])
  })

  it('matches with more nodes than 16 bits can number', () => {
    const a = new Automaton()
    // 25,000 distinct four-character phrases: over 65,535 trie nodes.
    for (let i = 0; i < 25_000; i++) a.add(String.fromCharCode(0x4e00 + (i % 97), 0x5e00 + ((i / 97) | 0), 0x6e00 + (i % 13), 0x7e00 + (i % 7)))
    a.add('明天到')
    const last = String.fromCharCode(0x4e00 + (24_999 % 97), 0x5e00 + ((24_999 / 97) | 0), 0x6e00 + (24_999 % 13), 0x7e00 + (24_999 % 7))
    expect(matches(a.build(), `好的${last}，明天到`)).toEqual([last, '明天到'])
  })

  it('keeps the root table 16-bit past 65,535 nodes: the root children are numbered first', () => {
    const a = new Automaton()
    for (let i = 0; i < 25_000; i++) a.add(String.fromCharCode(0x4e00 + (i % 97), 0x5e00 + ((i / 97) | 0), 0x6e00 + (i % 13), 0x7e00 + (i % 7)))
    a.build()
    const inner = a as unknown as { rootNext: ArrayLike<number>; fail: Int32Array }
    expect(inner.fail.length).toBeGreaterThan(0xffff)
    expect(inner.rootNext).toBeInstanceOf(Uint16Array)
  })

  it('finds the same matches, in the same order, as a naive search (nested, overlapping, shared prefixes and suffixes)', () => {
    const phrases = ['保证', '保证金', '证金', '金', '明天到', '天到', '明天', '绝对', '绝对保证', '对保', '保', 'ab', 'abc', 'bc']
    const a = new Automaton()
    const ids = phrases.map((p) => a.add(p))
    a.build()
    const text = '绝对保证明天到，保证金abc明天到了 bc ab'
    const got: [number, number, number][] = []
    a.scan(codes(text), false, (p, start, end) => got.push([p, start, end]))
    // Naive: every occurrence, ordered by end; at one end, longest first (the failure chain's order).
    const want: [number, number, number][] = []
    for (let end = 1; end <= text.length; end++) {
      const here = phrases
        .map((p, i) => [ids[i]!, p] as const)
        .filter(([, p]) => end >= p.length && text.slice(end - p.length, end) === p)
        .filter(([, p]) => !/^[a-z]/.test(p) || !/[a-z0-9]/.test(text[end - p.length - 1] ?? ''))
        .filter(([, p]) => !/[a-z]$/.test(p) || !/[a-z0-9]/.test(text[end] ?? ''))
        .sort((x, y) => y[1].length - x[1].length)
      for (const [id, p] of here) want.push([id, end - p.length, end])
    }
    expect(got).toEqual(want)
  })
})
