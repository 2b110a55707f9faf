import { describe, expect, it } from 'vitest'
import { ConfigError, createLinter, type ConfigInput } from '../src/index.js'

/** Only the custom rules, so the built-in ones do not blur what is tested. */
function linterWith(custom: NonNullable<ConfigInput['custom']>, extra: ConfigInput = {}) {
  const off = Object.fromEntries(createLinter().rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ ...extra, custom, rules: { ...off, ...extra.rules } })
}

const issueExample: NonNullable<ConfigInput['custom']> = [
  {
    id: 'shop/no-other-platforms',
    kind: 'existence',
    phrases: ['拼夕夕', '某宝'],
    message: '不要提及其他平台',
    severity: 'warning',
    specs: { flag: ['去拼夕夕买吧'], pass: ['欢迎光临本店'] },
  },
  { id: 'shop/polite-you', kind: 'substitution', swap: { 你: '您' }, exceptions: ['你们', '迷你'], fixable: true },
  { id: 'shop/exclaim', kind: 'occurrence', phrases: ['！', '!'], max: 2 },
]

describe('custom rules: existence', () => {
  const linter = linterWith(issueExample)
  it('flags the phrases with the configured message and severity', () => {
    const { messages } = linter.lint('别去某宝买')
    expect(messages.map((m) => [m.ruleId, m.severity, m.actual, m.start, m.end, m.message])).toEqual([
      ['shop/no-other-platforms', 'warning', '某宝', 2, 4, '不要提及其他平台'],
    ])
  })
  it('normalises like the built-in rules (Traditional, width)', () => {
    const l = linterWith([{ id: 'shop/x', kind: 'existence', phrases: ['拼夕夕', 'PDD'] }])
    expect(l.lint('去ｐｄｄ看看').messages.map((m) => m.actual)).toEqual(['ｐｄｄ'])
    expect(l.lint('去拼夕夕看看').messages.map((m) => m.message)).toEqual(['请避免使用「拼夕夕」。'])
  })
  it('is negation-aware only when asked', () => {
    const plain = linterWith([{ id: 'shop/x', kind: 'existence', phrases: ['包过'] }])
    const aware = linterWith([{ id: 'shop/x', kind: 'existence', phrases: ['包过'], negation: true }])
    expect(plain.lint('我们不包过').messages).toHaveLength(1)
    expect(aware.lint('我们不包过').messages).toEqual([])
    expect(aware.lint('我们包过').messages).toHaveLength(1)
  })
})

describe('custom rules: substitution', () => {
  const linter = linterWith(issueExample)
  it('suggests the replacement and skips exceptions', () => {
    expect(linter.lint('你好，迷你款和你们说的一样').messages.map((m) => [m.actual, m.start, m.expected, m.message])).toEqual([
      ['你', 0, ['您'], '建议把「你」改为「您」。'],
    ])
  })
  it('fixes safely when fixable', () => {
    expect(linter.fix('你好，你们的迷你款到了，你看看').output).toBe('您好，你们的迷你款到了，您看看')
    const notFixable = linterWith([{ id: 'shop/y', kind: 'substitution', swap: { 搞定: ['处理好', '办好'] } }])
    const [m] = notFixable.lint('马上搞定').messages
    expect(m!.expected).toEqual(['处理好', '办好'])
    expect(m!.fix).toBeUndefined()
    expect(notFixable.fix('马上搞定').output).toBe('马上搞定')
  })
})

describe('custom rules: occurrence', () => {
  const linter = linterWith(issueExample)
  it('reports once, at the first occurrence over the limit, counting ！ and ! alike', () => {
    const { messages } = linter.lint('好的！马上！发货!')
    expect(messages.map((m) => [m.ruleId, m.actual, m.start, m.message])).toEqual([
      ['shop/exclaim', '!', 8, '「!」等用语在一条回复中出现3次，超过上限2次。'],
    ])
    expect(linter.lint('好的！马上发货!').messages).toEqual([])
  })
})

describe('custom rules: loading', () => {
  it('runs specs on load and names the rule and the failing example', () => {
    expect(() =>
      createLinter({ custom: [{ id: 'shop/broken', kind: 'existence', phrases: ['拼夕夕'], specs: { flag: ['去拼多多买吧'], pass: [] } }] }),
    ).toThrow(new ConfigError('Invalid kefu-lint config:\nconfig.custom.0.specs.flag.0: rule shop/broken does not flag "去拼多多买吧"'))
    expect(() =>
      createLinter({ custom: [{ id: 'shop/broken', kind: 'existence', phrases: ['宝'], specs: { flag: [], pass: ['宝贝已发货'] } }] }),
    ).toThrow('config.custom.0.specs.pass.0: rule shop/broken flags "宝贝已发货", which should pass')
  })
  it('rejects an exception that can never apply, a clash with a built-in id, and a bad kind', () => {
    expect(() => createLinter({ custom: [{ id: 'shop/x', kind: 'existence', phrases: ['拼夕夕'], exceptions: ['拼多多'] }] })).toThrow(
      'config.custom.0.exceptions: "拼多多" contains none of the rule\'s phrases, so it can never apply',
    )
    expect(() => createLinter({ custom: [{ id: 'absolute-promise', kind: 'existence', phrases: ['x'] }] })).toThrow(
      'config.custom.0.id: "absolute-promise" is already a rule id',
    )
    expect(() => createLinter({ custom: [{ id: 'shop/x', kind: 'regex', phrases: ['x'] } as never] })).toThrow(/config\.custom\.0\.kind/)
    expect(() => createLinter({ custom: [{ id: 'shop/x', kind: 'occurrence', phrases: ['!'] } as never] })).toThrow(/config\.custom\.0\.max/)
  })
  it('can be switched off or re-levelled under rules like any rule', () => {
    const l = linterWith(issueExample, { rules: { 'shop/no-other-platforms': 'error', 'shop/polite-you': 'off' } })
    expect(l.lint('你去某宝').messages.map((m) => [m.ruleId, m.severity])).toEqual([['shop/no-other-platforms', 'error']])
  })
  it('compiles 2,000 custom phrases into the same automaton', () => {
    const phrases = Array.from({ length: 2000 }, (_, i) => `禁语${i}号`)
    const l = linterWith([{ id: 'shop/many', kind: 'existence', phrases }])
    expect(l.lint('这是禁语1999号和禁语7号').messages.map((m) => m.actual)).toEqual(['禁语1999号', '禁语7号'])
  })
})
