import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 27 (twenty-third working session), the lead. Kinds the fourth real corpus (CSDS) and set AQ showed,
 * each in our own words, with the traps that must stay flagged.
 */

// 1. internet-slang: 妹纸 (the agent calling herself 妹子, spelled cute) is light. Two reviewers of real JD turns
//    upheld it alone 0 of 53 times and with 么么哒 or a meme every time: it counts toward a register, not alone.
describe('internet-slang: 妹纸 alone is light, with more slang it is a register', () => {
  const slang = linterFor('internet-slang')
  const spans = (text: string) => slang.lint(text).messages.map((m) => `${m.severity} ${text.slice(m.start, m.end)}`)
  it.each([
    ['妹纸这就给您催一下，么么哒', ['warning 妹纸', 'warning 么么哒']],
    ['妹纸帮您查到啦，好滴', ['warning 妹纸', 'warning 好滴']],
    ['集美们，妹纸在这里', ['warning 集美们', 'warning 妹纸']],
    ['记得给妹纸打个分哦，十里春风不如您的一个好评', ['warning 妹纸', 'warning 十里春风不如您']],
    ['妹纸先退下啦，祝您天天牙齿晒太阳', ['warning 妹纸', 'warning 牙齿晒太阳']],
  ])('flags %s with every piece of the register', (text, expected) => {
    expect(spans(text)).toEqual(expected)
  })
  it.each(['妹纸这就给您催一下快递哦', '请问还有什么需要妹纸为您做的吗', '亲亲稍等，妹纸马上帮您看看物流', '小妹这边已经给您登记好了', '祝您天天牙齿晒太阳，生活顺利'])('passes %s', (text) => {
    expect(spans(text)).toEqual([])
  })
})
