import { describe, expect, it } from 'vitest'
import { isAsked, isQuestion, startReply } from '../src/context/text.js'
import { createLinter } from '../src/index.js'

// 嘛 closes statements far more often than questions in agents' replies: it says "as you can
// see", "that's just how it is" (色差是正常的嘛, 本来就这个价嘛, 别急嘛). It asks only when the
// sentence asks by other means: a question word, a rhetorical word, an A-not-A, or a question mark.
const asked = (t: string) => {
  startReply(t)
  return isQuestion(t, 0, 1)
}

describe('sentence-final 嘛', () => {
  it('after a statement it asserts', () => {
    for (const t of ['这个色差是正常的嘛', '本来就是这个价嘛', '纯棉的衣服洗了都会缩一点嘛', '都好几天了嘛', '别着急嘛']) expect(asked(t), t).toBe(false)
  })
  it('with a question word, a rhetorical word or an A-not-A it asks', () => {
    for (const t of ['您为什么不早点说嘛', '问这么多干嘛', '您到底是不是没收到嘛', '难道要我们全赔嘛', '要不要换一件嘛', '点解唔早啲讲嘛']) expect(asked(t), t).toBe(true)
  })
  it('a question mark or 吗 still asks', () => {
    expect(asked('这个是正常的嘛?')).toBe(true)
    expect(asked('这个是正常的吗')).toBe(true)
  })
  // The engine reads normalised text: commas are ASCII here.
  it('嘛 inside an earlier clause makes it a question only with a question sign', () => {
    const t = '别急嘛,明天能到吗'
    startReply(t)
    expect(isAsked(t, 0, 2)).toBe(false)
    const u = '怎么还没付嘛,要不要我再发一遍吗'
    startReply(u)
    expect(isAsked(u, 0, 2)).toBe(true)
  })
})

describe('the rules read 嘛 as the engine does', () => {
  const linter = createLinter()
  const found = (text: string, rule: string) => linter.lint(text).messages.filter((m) => m.ruleId === rule && m.severity !== 'info').map((m) => m.actual)

  it('a promise closed by an assertive 嘛 is still a promise', () => {
    expect(found('后天之前肯定能送到您家的，京东物流嘛', 'absolute-promise')).toEqual(['肯定'])
    expect(found('这款洗了绝对不会掉色，纯棉的嘛', 'absolute-promise')).not.toEqual([])
  })
  it('a lecture closed by 嘛 is still a lecture', () => {
    expect(found('亲，下次买之前记得先量好尺寸嘛', 'blame-customer')).not.toEqual([])
  })
})
