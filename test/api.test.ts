import { describe, expect, it } from 'vitest'
import { ConfigError, createLinter, type ConfigInput, type LintMessage } from '../src/index.js'
import { createLinter as createNodeLinter, loadEnglishSpell } from '../src/node.js'

/**
 * The public contract other tools call: `createLinter(config?)`, `lint`, `fix`, the exact
 * message fields, positions, locale, docs links and config errors.
 */

const spell = loadEnglishSpell()
const onlyPromise = (config: ConfigInput = {}) => {
  const others = createLinter().rules.filter((r) => r.meta.id !== 'absolute-promise')
  const off = Object.fromEntries(others.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ spell, ...config, rules: { ...off, ...config.rules } })
}
const configError = (config: unknown): ConfigError => {
  try {
    createLinter(config as ConfigInput)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error(`no ConfigError for ${JSON.stringify(config)}`)
}

const FIELDS = ['actual', 'column', 'end', 'endColumn', 'endLine', 'expected', 'line', 'message', 'ruleId', 'severity', 'start', 'url']

describe('createLinter', () => {
  it('works without arguments, from the browser entry and the Node entry', () => {
    for (const linter of [createLinter(), createNodeLinter()]) {
      const { messages } = linter.lint('保证明天到')
      expect(messages.map((m) => [m.ruleId, m.actual, m.start, m.end])).toEqual([['absolute-promise', '保证', 0, 2]])
      expect(linter.config.profile).toBe('marketplace')
      expect(linter.config.locale).toBe('zh')
    }
  })

  it('lists its rules with metadata', () => {
    const ids = createLinter().rules.map((r) => r.meta.id)
    expect(ids).toContain('absolute-promise')
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('lint', () => {
  const linter = createNodeLinter()

  it('returns no messages for an empty or clean reply', () => {
    expect(linter.lint('')).toEqual({ messages: [] })
    expect(linter.lint('好的亲，已经帮您备注了')).toEqual({ messages: [] })
  })

  it('never throws on non-string input that slips past the types', () => {
    for (const input of [null, undefined, 42, 0, true, Number.NaN]) {
      expect(() => linter.lint(input as unknown as string)).not.toThrow()
      expect(() => linter.fix(input as unknown as string)).not.toThrow()
    }
    expect(linter.lint(null as unknown as string)).toEqual({ messages: [] })
    expect(linter.lint(undefined as unknown as string)).toEqual({ messages: [] })
    expect(linter.fix(undefined as unknown as string)).toEqual({ output: '', fixed: 0, messages: [] })
  })

  it('gives every message exactly the documented fields', () => {
    const [m] = onlyPromise().lint('这款绝对不会掉色的').messages
    expect(Object.keys(m!).sort()).toEqual(FIELDS)
    expect(m).toEqual({
      ruleId: 'absolute-promise',
      severity: 'error',
      message: expect.stringContaining('「绝对」'),
      start: 2,
      end: 4,
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 5,
      actual: '绝对',
      expected: ['一般', '正常情况下'],
      url: 'https://github.com/kefu-lint/kefu-lint/blob/main/rules/absolute-promise/README.md',
    })
  })

  it('adds `fix` ({start, end, text}) only where a fix is always safe', () => {
    const linter = createLinter({
      custom: [{ id: 'shop/polite-you', kind: 'substitution', swap: { 你: '您' }, fixable: true }],
      rules: { 'absolute-promise': 'off' },
    })
    const [m] = linter.lint('谢谢你').messages.filter((x) => x.ruleId === 'shop/polite-you')
    expect(Object.keys(m!).sort()).toEqual([...FIELDS, 'fix'].sort())
    expect(m!.fix).toEqual({ start: 2, end: 3, text: '您' })
    expect(linter.fix('谢谢你').output).toBe('谢谢您')
    // absolute-promise has no safe fix: its messages carry none.
    expect(onlyPromise().lint('保证明天到').messages.map((x) => 'fix' in x)).toEqual([false])
  })

  it('reports 1-based line and column across \\n and \\r\\n', () => {
    const text = '您好\n这款绝对不会掉色的\r\n\n保证明天到'
    const got = onlyPromise()
      .lint(text)
      .messages.map((m) => ({ actual: m.actual, start: m.start, end: m.end, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }))
    expect(got).toEqual([
      { actual: '绝对', start: 5, end: 7, line: 2, column: 3, endLine: 2, endColumn: 5 },
      { actual: '保证', start: 15, end: 17, line: 4, column: 1, endLine: 4, endColumn: 3 },
    ])
    for (const m of onlyPromise().lint(text).messages) expect(text.slice(m.start, m.end)).toBe(m.actual)
  })

  it('counts columns in UTF-16 code units, like start/end (an emoji is two)', () => {
    const [m] = onlyPromise().lint('😊😊保证明天到').messages
    expect([m!.start, m!.column, m!.endColumn]).toEqual([4, 5, 7])
  })

  it('keeps spans in the original text for Traditional and full-width input', () => {
    const text = '亲，１００％保證不褪色'
    const got = onlyPromise().lint(text).messages
    expect(got.map((m) => [m.actual, m.start, m.end])).toEqual([
      ['１００％', 2, 6],
      ['保證', 6, 8],
    ])
  })

  it('sorts messages by position', () => {
    const messages: LintMessage[] = createNodeLinter().lint('保证明天到，绝对不掉色，肯定满意').messages
    const starts = messages.map((m) => m.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(messages.map((m) => m.actual)).toEqual(['保证', '绝对', '肯定'])
  })
})

describe('fix', () => {
  it('returns the input unchanged when nothing is safely fixable, with the messages of the output', () => {
    const linter = onlyPromise()
    const result = linter.fix('保证明天到')
    expect(result.output).toBe('保证明天到')
    expect(result.fixed).toBe(0)
    expect(result.messages).toEqual(linter.lint('保证明天到').messages)
  })
})

describe('locale and docs', () => {
  it('explains in English with locale en', () => {
    const [m] = onlyPromise({ locale: 'en' }).lint('这款绝对不会掉色的').messages
    expect(m!.message).toBe(
      '“绝对” is an absolute promise about something the shop does not control (delivery, effect, fit, skin); say “一般”, “正常情况下” instead, e.g. “这款一般不会掉色的”.',
    )
  })

  it('builds rule links from docsUrl', () => {
    const [m] = onlyPromise({ docsUrl: 'https://qa.example.com/kefu/' }).lint('保证明天到').messages
    expect(m!.url).toBe('https://qa.example.com/kefu/absolute-promise/README.md')
  })
})

describe('config errors name the key, the value and what was expected', () => {
  it('bad profile (exact text)', () => {
    expect(configError({ profile: 'taiwan' }).message).toBe(
      'Invalid kefu-lint config:\nconfig.profile: Invalid option: expected one of "marketplace"|"zh-TW"|"strict" (got "taiwan")',
    )
  })

  it('bad locale (exact text)', () => {
    expect(configError({ locale: 'fr' }).message).toBe(
      'Invalid kefu-lint config:\nconfig.locale: Invalid option: expected one of "zh"|"en" (got "fr")',
    )
  })

  it('invalid severity in a rule object (exact text)', () => {
    expect(configError({ rules: { 'absolute-promise': { severity: 'loud' } } }).message).toBe(
      'Invalid kefu-lint config:\nconfig.rules.absolute-promise.severity: Invalid option: expected one of "off"|"info"|"warning"|"error" (got "loud")',
    )
  })

  it('invalid severity given as the rule value', () => {
    const { message } = configError({ rules: { 'absolute-promise': 'fatal' } })
    expect(message).toContain('config.rules.absolute-promise')
    expect(message).toContain('"fatal"')
    for (const level of ['off', 'info', 'warning', 'error']) expect(message).toContain(level)
  })

  it('unknown rule id', () => {
    const { message } = configError({ rules: { 'no-such-rule': 'error' } })
    expect(message).toMatch(/^Invalid kefu-lint config:\nconfig\.rules\.no-such-rule: unknown rule \(got "no-such-rule"\); expected one of .*absolute-promise/)
  })

  it('unknown top-level key', () => {
    const { message } = configError({ colour: 'red' })
    expect(message).toContain('colour')
    expect(message).toContain('"red"')
    // What was expected: the keys a config may have.
    for (const key of ['profile', 'locale', 'rules']) expect(message).toContain(key)
  })

  it('wrong type for a list', () => {
    expect(configError({ allow: '保证金' }).message).toBe(
      'Invalid kefu-lint config:\nconfig.allow: Invalid input: expected array, received string (got "保证金")',
    )
  })
})
