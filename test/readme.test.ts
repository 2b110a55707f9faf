import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinRules, createLinter } from '../src/index.js'
// @ts-expect-error plain JS module shared with scripts/gen-readme-rules.mjs
import { replaceTable } from '../scripts/rules-table.mjs'

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  it('lists every rule as its metadata says (run npm run gen:readme when this fails)', () => {
    expect(replaceTable(readme, builtinRules)).toBe(readme)
  })
  it('shows what the API really returns', () => {
    // The first-screen example, run as written.
    const linter = createLinter({ profile: 'marketplace' })
    const [m, ...rest] = linter.lint('这款绝对不会掉色的').messages
    expect(rest).toEqual([])
    expect([m!.ruleId, m!.severity, m!.start, m!.end, m!.actual, m!.expected]).toEqual(['absolute-promise', 'error', 2, 4, '绝对', ['一般', '正常情况下']])
    expect(m!.message).toMatch(/^「绝对」是绝对化承诺，而结果不在店铺掌控之内.*例如「这款一般不会掉色的」。$/)
    expect(readme).toContain("linter.fix('灰常好，木有问题')")
    expect(linter.fix('灰常好，木有问题').output).toBe('非常好，没有问题')
  })
  it('gives the two first-screen commands', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n')
    expect(firstScreen).toContain('npm install && npm run demo')
    expect(firstScreen).toContain('npm install && npm test')
  })
})
