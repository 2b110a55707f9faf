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
})
