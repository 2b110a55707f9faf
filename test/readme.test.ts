import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../src/index.js'
// @ts-expect-error plain JS module shared with scripts/gen-readme-rules.mjs
import { replaceTable } from '../scripts/rules-table.mjs'

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  it('lists every rule as its metadata says (run npm run gen:readme when this fails)', () => {
    expect(replaceTable(readme, builtinRules)).toBe(readme)
  })
  it('gives the two first-screen commands', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n')
    expect(firstScreen).toContain('npm install && npm run demo')
    expect(firstScreen).toContain('npm install && npm test')
  })
})
