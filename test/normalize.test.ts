import { describe, expect, it } from 'vitest'
import { normalize, normalizePhrase } from '../src/index.js'
import { T2S_FROM, T2S_TO } from '../src/normalize/t2s-data.js'

describe('normalize', () => {
  it('keeps the length, so offsets are shared with the original', () => {
    for (const s of ['保證１００％ＹＹＤＳ', '亲😊\u200b好', 'A\r\nb']) expect(normalize(s).codes.length).toBe(s.length)
  })
  it('folds Traditional, width and ASCII case per code unit', () => {
    expect(normalize('保證１００％ＹＹＤＳ臺灣出貨').text).toBe('保证100%yyds台湾出货')
    expect(normalize('Type-C').text).toBe('type-c')
  })
  it('marks zero-width characters as ignorable', () => {
    const n = normalize('肯\u200b定')
    expect(n.hasIgnorable).toBe(true)
    expect(n.codes[1]).toBe(0)
    expect(normalizePhrase('肯\u200b定')).toBe('肯定')
  })
  it('is idempotent: a normalised phrase normalises to itself (台 stays 台, 臺 → 台)', () => {
    expect(T2S_FROM.length).toBe(T2S_TO.length)
    expect(normalizePhrase('臺')).toBe('台')
    expect(normalizePhrase('台')).toBe('台')
    // 么 is Simplified in its own right (什么); only 麼 moves.
    expect(normalizePhrase('什麼什么怎麼')).toBe('什么什么怎么')
    expect(normalizePhrase('妳')).toBe('你')
    const once = normalizePhrase(T2S_FROM)
    expect(normalizePhrase(once)).toBe(once)
    expect(once).toBe(normalizePhrase(T2S_TO))
  })
  it('folds styled mathematical digits and letters (𝟏𝟑𝟗, 𝐯𝐱, 𝘆𝘆𝗱𝘀) pair by pair, keeping the length', () => {
    const n = normalize('加𝐯𝐱𝟏𝟑𝟗')
    expect(n.codes.length).toBe('加𝐯𝐱𝟏𝟑𝟗'.length)
    expect(n.text).toBe('加\0v\0x\x001\x003\x009')
    expect(n.hasIgnorable).toBe(true)
    expect(normalize('𝘆𝘆𝗱𝘀𝟘𝟡').text.replaceAll('\0', '')).toBe('yyds09')
    // Other pairs are left alone: an emoji, and a Greek styled letter (𝛂 is no Latin letter).
    expect(normalize('😊𝛂').text).toBe('😊𝛂')
  })
})
