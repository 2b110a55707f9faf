import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizePhrase } from '../src/normalize/normalize.js'
import { indexHiddenWords, readAcross, squeeze } from '../rules/off-platform/squeeze.js'
import { hasGluedChannel, latinTails } from '../rules/off-platform/handle.js'
import { brief, linterFor } from './support/harness.js'

/**
 * off-platform reads a squeezed view of the reply (separators dropped, look-alikes folded) to
 * catch 微 信, v-x and 打我们 前台. The view is built only where a word can really be spelt across
 * a separator run, not wherever a separator stands between two characters some word contains
 * (Type-C, USB-C and 前台 with spaces or dashes around them used to open it on 1,525 of 20,000
 * bench replies; now on none).
 */
const ID = 'off-platform'
const linter = linterFor(ID)
const lint = (text: string) => brief(linter.lint(text).messages)

describe('off-platform squeezed view: where it is built', () => {
  // Words of our own, not the lexicon's: the gate is tested for what it does with any list.
  const phrases = ['加我微信', '留个wechat', '打我们前台'].map(normalizePhrase)
  const channels = ['微信', 'qq', 'vx'].map(normalizePhrase)
  const index = indexHiddenWords(phrases, channels)
  const level = (text: string) => readAcross(normalizePhrase(text), index)

  it('reads a word spelt across separators, look-alikes folded', () => {
    for (const text of ['加我微 信', '加我 微-信', '留个we-chat', '留个 w.e.c.h.a.t', '打我们 前台', '打我们前-台', '加我 魏 信，前 台']) expect(level(text), text).toBe(2)
    // The view was never opened for a look-alike that no phrase character stands next to (as before).
    expect(level('加我 魏 信')).toBe(0)
  })

  it('a channel spelt across separators counts as a word', () => {
    // 'q' and 'x' are no phrase characters: the phrase test opens the view elsewhere (微 信 here).
    expect(level('v x 12345 加我微 信')).toBe(2)
  })

  it('tells a separator between two word characters from a word spelt across it', () => {
    // e before c (wechat), 前 before 台 (前台): the old test opened the view on these.
    for (const text of ['支持Type-C快充', '前 台签收', '打 前台', '留个 chat']) expect(level(text), text).toBe(1)
    for (const text of ['USB-C接口', '好的 亲', '亲，好的', 'iPhone 15 Pro']) expect(level(text), text).toBe(0)
  })

  it('never misses a word the squeezed view finds across a separator', () => {
    const unit = fc.constantFrom(...['加', '我', '微', '魏', '信', '芯', '留', '个', 'w', 'e', 'c', 'h', 'a', 't', '打', '们', '前', '台', 'q', 'v', 'x', ' ', '-', '.', '的', '1'])
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        const text = normalizePhrase(units.join(''))
        const view = squeeze(text)
        // A word in the view whose span in the reply holds a separator: the view was needed.
        const needed = [...phrases, ...channels].some((w) => {
          for (let at = view.text.indexOf(w); at >= 0; at = view.text.indexOf(w, at + 1)) {
            if (view.origin[at + w.length - 1]! - view.origin[at]! + 1 > w.length) return true
          }
          return false
        })
        const opened = readAcross(text, index) >= 1
        if (needed && opened) expect(readAcross(text, index), text).toBe(2)
      }),
      { numRuns: 3000 },
    )
  })

  it('finds channels glued to their account (no cue reads them there)', () => {
    const tails = latinTails(['qq', '加v', 'wechat', '微信'].map(normalizePhrase))
    for (const text of ['qq12345678', 'qq1234 5678', '加v13800138000', '我的wechat123456']) expect(hasGluedChannel(text, tails), text).toBe(true)
    for (const text of ['qq 好的', 'qq123', '5000mah', 'vip会员', '微信12345678', 'aqq123456']) expect(hasGluedChannel(text, tails), text).toBe(false)
  })
})

describe('off-platform squeezed view: findings', () => {
  it('still flags evasions spelt across separators', () => {
    const cases: ReadonlyArray<readonly [string, string, number]> = [
      ['有问题可以加我微 信细聊', '加我微 信', 5],
      ['加我 v x 细聊', '加我 v x', 0],
      ['有事直接打我们 前台', '打我们 前台', 4],
      ['有事打我们前-台座机', '打我们前-台座机', 2],
      ['留个we-chat吧', '留个we-chat', 0],
      ['Q Q 12345678 找我', 'Q Q 12345678', 0],
      ['v x：kefu_mei', 'v x：kefu_mei', 0],
      ['微.信 号 kefu_mei', '微.信 号 kefu_mei', 0],
    ]
    for (const [text, actual, start] of cases) expect(lint(text), text).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it('leaves product names and places with a dash or a space alone', () => {
    for (const text of ['支持Type-C快充，充电很快的', 'USB-C接口的，通用', '前台 - 有人签收的话会通知您', '快递放在前 台了，您方便时取一下', 'iPhone 15 Pro 的壳也有']) {
      expect(lint(text), text).toEqual([])
    }
  })

  it('reads an account after a named channel as before, whatever else the reply holds', () => {
    // The view also joins the account's groups (138-0013-8000); it is still built when a channel is named.
    expect(lint('微信 138-0013-8000 支持Type-C')).toEqual([{ ruleId: ID, severity: 'error', actual: '微信 138-0013-8000', start: 0, end: 16 }])
    expect(lint('qq12345678 随时在')).toEqual([{ ruleId: ID, severity: 'error', actual: 'qq12345678', start: 0, end: 10 }])
  })
})
