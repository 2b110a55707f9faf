import { describe, expect, it } from 'vitest'
import { LineSplitter, type Line } from '../src/cli/decode.js'

/**
 * Files are read in small chunks (decode.ts CHUNK_BYTES), so lines straddle chunks all the
 * time: however the bytes are cut, the lines (text, number, offset, terminator, invalid flag)
 * are those of the whole file split at once.
 */
function split(bytes: Uint8Array, encoding: string, cuts: number[]): Line[] {
  const s = new LineSplitter(encoding)
  const out: Line[] = []
  let at = 0
  for (const cut of [...cuts, bytes.length]) {
    out.push(...s.push(bytes.subarray(at, cut)))
    at = cut
  }
  out.push(...s.end())
  return out
}

const TEXT = '{"text":"亲，明天肯定发货"}\r\n\n{"text":"abc"}\n最后一行没有换行\r'

describe('LineSplitter', () => {
  it('UTF-8: every cut gives the lines of the whole file', () => {
    const bytes = Buffer.from(TEXT, 'utf8')
    const whole = split(bytes, 'utf-8', [])
    expect(whole.map((l) => [l.text, l.line, l.offset, l.eol])).toEqual([
      ['{"text":"亲，明天肯定发货"}', 1, 0, '\r\n'],
      ['', 2, 21, '\n'],
      ['{"text":"abc"}', 3, 22, '\n'],
      ['最后一行没有换行\r', 4, 37, ''],
    ])
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b += 3) expect(split(bytes, 'utf-8', [a, b])).toEqual(whole)
    }
  })

  it('a broken byte sequence is pinned to its line wherever the chunks are cut', () => {
    const bytes = Buffer.concat([Buffer.from('好的\n'), Buffer.from([0xe4, 0xbd]), Buffer.from('坏\n第三行\n')])
    const whole = split(bytes, 'utf-8', [])
    expect(whole.map((l) => [l.line, !!l.invalid])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ])
    for (let a = 0; a <= bytes.length; a++) expect(split(bytes, 'utf-8', [a])).toEqual(whole)
  })

  it('UTF-16LE: cuts at odd bytes and inside lines', () => {
    const bytes = Buffer.from(TEXT, 'utf16le')
    const whole = split(bytes, 'utf-16le', [])
    expect(whole.map((l) => l.text)).toEqual(['{"text":"亲，明天肯定发货"}', '', '{"text":"abc"}', '最后一行没有换行\r'])
    for (let a = 0; a <= bytes.length; a += 3) expect(split(bytes, 'utf-16le', [a, a + 1, a + 8])).toEqual(whole)
  })
})
