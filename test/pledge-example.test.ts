import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'

// A pledge said as a clause of its own after the outcome (…压不坏的，放一百个心): its example rewrite
// carries the outcome clause hedged too, since a bare 放心 still vouches for the outcome (and, answering
// 会不会压坏, is a promise by itself). A pledge before its outcome keeps its own clause as the example.
describe('absolute-promise: the example rewrite of a trailing pledge', () => {
  const linter = createLinter()
  const example = (text: string, previous?: string) =>
    linter
      .lint(text, previous ? { previous } : undefined)
      .messages.filter((m) => m.ruleId === 'absolute-promise' && m.actual.includes('个心'))
      .map((m) => /例如「(.+?)」/.exec(m.message)?.[1])
  it.each([
    ['这双鞋穿不坏的，放一万个心', undefined, '这双鞋一般穿不坏的，放心'],
    ['玻璃杯裹了三层，摔不碎的，放一百个心。', '路上会不会碎', '一般摔不碎的，放心'],
  ])('%s', (text, previous, expected) => expect(example(text, previous)).toEqual([expected]))
  it('a pledge before the outcome keeps its own clause', () => expect(example('您放一百个心！泡沫箱裹了三层，路上不会压坏的')).toEqual(['您放心']))
  it('the hedged example re-lints clean against the same question', () => {
    const left = linter.lint('一般摔不碎的，放心。', { previous: '路上会不会碎' }).messages.filter((m) => m.severity !== 'info')
    expect(left).toEqual([])
  })
})
