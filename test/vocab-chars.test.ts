import { describe, expect, it } from 'vitest'
import { allHan, CLAUSE_TAIL, isHan, isHanAt, PARTICLES } from '../src/vocab/chars.js'

describe('shared character classes', () => {
  it('counts the Unified block, Extension A and compatibility ideographs as Han, nothing else', () => {
    expect(['好', '㐀', '豈'].map((c) => isHan(c.charCodeAt(0)))).toEqual([true, true, true])
    expect(['a', '1', '，', '。', 'ア', '가', '😀'].map((c) => isHan(c.charCodeAt(0)))).toEqual([false, false, false, false, false, false, false])
  })
  it('reads positions outside the text as not Han', () => {
    expect([isHanAt('好a', -1), isHanAt('好a', 0), isHanAt('好a', 1), isHanAt('好a', 2)]).toEqual([false, true, false, false])
  })
  it('tests a whole range', () => {
    expect([allHan('会的'), allHan('会的!'), allHan('会的!', 0, 2), allHan('')]).toEqual([true, false, true, true])
  })
  it('takes the particles from the vocabulary and lets them, 了 and punctuation trail a clause', () => {
    expect(PARTICLES).toContain('哦')
    expect(PARTICLES).toContain('呢')
    expect(['哦', '了', ',', '~', '。'].every((c) => CLAUSE_TAIL.has(c))).toBe(true)
    expect(['的', '到', '吗', 'a'].some((c) => CLAUSE_TAIL.has(c))).toBe(false)
  })
})
