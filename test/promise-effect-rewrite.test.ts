import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

// A promise verb before an effect on the body (包您睡得香, 保证变白) is hedged with 一般都: 争取睡得香
// still claims the effect and is not Chinese. Before anything else (保证明天到, 包您满意) it stays 争取.
describe('absolute-promise: the rewrite of a promise verb before an effect', () => {
  const linter = createLinter()
  const promise = (text: string) => linter.lint(text).messages.filter((m) => m.ruleId === 'absolute-promise').map((m) => `${m.actual} → ${m.expected[0]}`)
  it.each([
    ['这款花茶喝了包您睡得香', '包您 → 一般都'],
    ['睡前泡一杯，保证一觉到天亮', '保证 → 一般都'],
    ['面膜敷一周保证变白', '保证 → 一般都'],
  ])('%s', (text, expected) => expect(promise(text)).toEqual([expected]))
  it.each([
    ['保证明天到', '保证 → 争取'],
    ['包您满意', '包您 → 争取'],
  ])('%s keeps 争取', (text, expected) => expect(promise(text)).toEqual([expected]))
  it.each(['您睡得好吗', '祝您睡个好觉', '睡前喝一杯，一般都睡得香'])('%s is no promise', (text) => expect(promise(text)).toEqual([]))
})
