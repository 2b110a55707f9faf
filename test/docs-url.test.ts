import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createLinter, DEFAULT_DOCS_URL } from '../src/index.js'
import { REPOSITORY_URL } from '../src/docs-url.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  repository: { url: string }
  homepage: string
  bugs: { url: string }
}

describe('rule doc addresses', () => {
  it('point into the repository package.json declares', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`)
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`)
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`)
    expect(DEFAULT_DOCS_URL).toBe('https://github.com/kefu-lint/kefu-lint/blob/main/rules/')
  })

  it('are the rule page under the docs base, which docsUrl replaces', () => {
    const [byDefault] = createLinter().lint('明天肯定到').messages
    expect(byDefault!.url).toBe('https://github.com/kefu-lint/kefu-lint/blob/main/rules/absolute-promise/README.md')
    const [mirrored] = createLinter({ docsUrl: 'https://qa.example.com/kefu/' }).lint('明天肯定到').messages
    expect(mirrored!.url).toBe('https://qa.example.com/kefu/absolute-promise/README.md')
  })
})
