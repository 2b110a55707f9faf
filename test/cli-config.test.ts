import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, cli, FIXTURES, lintJson } from './cli-support.js'

/** Config discovery, --config, --print-config, .kefulintignore, broken configs. */
beforeAll(buildOnce, 180_000)

const only = ['--rules', 'absolute-promise']
const dir = 'fixtures/cli/config'

describe('config discovery (nearest file upward from each linted file, within the working directory)', () => {
  it('.kefulintrc.yaml two folders up: its allowlist applies', () => {
    const { code, results } = lintJson([...only, `${dir}/nested/deeper/replies.txt`])
    expect(code).toBe(0)
    // 保证正品 is allowed by the config; 肯定 is not.
    expect(results[0]!.messages.map(at)).toEqual(['2:3-2:5 warning absolute-promise 肯定'])
  })

  it('.kefulintrc (YAML without extension): locale and severity', () => {
    const { code, results } = lintJson([...only, `${dir}/yaml-en/replies.txt`])
    expect(code).toBe(1)
    expect(results[0]!.messages.map((m) => [at(m), m.message])).toEqual([
      ['1:3-1:5 error absolute-promise 肯定', '“肯定” is an absolute promise; say “尽量”, “争取” instead, e.g. “明天尽量发货”.'],
    ])
  })

  it('package.json#kefulint; package.json itself is not linted', () => {
    const { code, results } = lintJson([...only, `${dir}/pkg`])
    expect(code).toBe(0)
    expect(results.map((r) => r.file)).toEqual([`${dir}/pkg/replies.txt`])
    expect(results[0]!.messages.map(at)).toEqual(['1:3-1:5 info absolute-promise 肯定'])
  })

  it('kefulint.config.mjs (in the working directory: code runs only from there) with a plugin rule', () => {
    const { code, results } = lintJson(['.', '--rules', 'absolute-promise,shop/no-hard-sell'], { cwd: `${FIXTURES}/config/mjs` })
    expect(code).toBe(1)
    expect(results[0]!.messages.map(at)).toEqual(['1:7-1:11 warning shop/no-hard-sell 赶紧下单', '2:3-2:5 error absolute-promise 肯定'])
  })

  it('each file gets its own config in one run', () => {
    const { results } = lintJson([...only, `${dir}/yaml-en/replies.txt`, `${dir}/pkg/replies.txt`])
    expect(results.map((r) => [r.file, r.messages[0]!.severity])).toEqual([
      [`${dir}/pkg/replies.txt`, 'info'],
      [`${dir}/yaml-en/replies.txt`, 'error'],
    ])
  })

  it('--config overrides discovery for every file', () => {
    const { results } = lintJson([...only, '--config', `${dir}/pkg/package.json`, `${dir}/yaml-en/replies.txt`])
    expect(results[0]!.messages.map(at)).toEqual(['1:3-1:5 info absolute-promise 肯定'])
  })

  it('--locale and --profile override the config file', () => {
    const { results } = lintJson([...only, '--locale', 'en', `${dir}/pkg/replies.txt`])
    expect(results[0]!.messages[0]!.message).toMatch(/is an absolute promise/)
  })
})

describe('--print-config', () => {
  it('prints the effective config (defaults filled in) and names the file it came from', () => {
    const r = cli(['--print-config', `${dir}/nested/deeper/replies.txt`])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      profile: 'marketplace',
      locale: 'zh',
      allow: [],
      // Every rule with the severity it runs at; the configured one keeps its settings.
      rules: {
        'absolute-promise': { allow: ['保证正品'], severity: 'warning' },
        'internet-slang': 'warning',
        exaggeration: 'warning',
        'blame-customer': 'error',
        'off-platform': 'error',
        'review-manipulation': 'error',
        'privacy-leak': 'error',
        'curt-reply': 'warning',
        'competitor-disparagement': 'warning',
      },
      custom: [],
      // Words the config adds to the shared word classes (none here).
      classes: {},
      docsUrl: 'https://github.com/kefu-lint/kefu-lint/blob/main/rules/',
    })
    expect(r.stderr).toBe(`# config for ${dir}/nested/deeper/replies.txt: ${FIXTURES}/config/nested/.kefulintrc.yaml\n`)
  })

  it('with --rules, shows the rules switched off', () => {
    const r = cli(['--print-config', `${dir}/pkg/replies.txt`, '--rules', 'absolute-promise'])
    const rules = JSON.parse(r.stdout).rules as Record<string, unknown>
    expect(rules['absolute-promise']).toBe('info')
    expect(Object.entries(rules).filter(([, v]) => v !== 'off').map(([k]) => k)).toEqual(['absolute-promise'])
  })
})

describe('a broken config stops the run before anything is linted (exit 2, file named)', () => {
  it('invalid value', () => {
    const r = cli([`${dir}/bad/replies.txt`, `${dir}/pkg/replies.txt`])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(new RegExp(`^kefu-lint: ${FIXTURES}/config/bad/\\.kefulintrc\\.json: Invalid kefu-lint config:\\nconfig\\.rules\\.absolute-promise: .*"fatal"`))
  })

  it('unparsable file', () => {
    const r = cli(['--config', `${dir}/nested/deeper/replies.txt`, `${dir}/pkg/replies.txt`], { input: '' })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^kefu-lint: .*replies\.txt: a config must be an object\n$/)
    const missing = cli(['--config', `${dir}/none.yaml`, `${dir}/pkg/replies.txt`])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^kefu-lint: .*none\.yaml: cannot read config: ENOENT/)
  })
})

describe('.kefulintignore', () => {
  it('folders and patterns in the ignore file are skipped', () => {
    const { results } = lintJson([...only, '.'], { cwd: `${FIXTURES}/config/ignore` })
    expect(results.map((r) => r.file)).toEqual(['replies.txt'])
  })

  it('--ignore-pattern adds patterns; --no-ignore lints everything', () => {
    const cwd = `${FIXTURES}/config/ignore`
    expect(lintJson([...only, '--ignore-pattern', 'replies.txt', '.'], { cwd }).results.map((r) => r.file)).toEqual(['.'])
    expect(lintJson([...only, '--no-ignore', '.'], { cwd }).results.map((r) => r.file)).toEqual(['drafts/new.txt', 'old.bak.txt', 'replies.txt'])
  })

  it('a folder with nothing to lint is reported (exit 2), not silently passed', () => {
    const r = lintJson([...only, '--ignore-pattern', 'replies.txt', '.'], { cwd: `${FIXTURES}/config/ignore` })
    expect(r.code).toBe(2)
    expect(r.results[0]!.errors[0]!.message).toMatch(/^no files to lint in this folder/)
  })
})
