import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, cli, lintJson, ROOT } from './cli-support.js'

/** The habits of ESLint/textlint/Vale users: --stdin, --rule, --list-rules, --explain, FORCE_COLOR, --print-config. */
beforeAll(buildOnce, 180_000)

describe('--stdin', () => {
  it('lints what is piped in, named by --stdin-filename (format and config follow the name)', () => {
    const r = lintJson(['--stdin', '--stdin-filename', 'replies.csv', '--rules', 'absolute-promise'], { input: 'reply\n明天肯定到\n' })
    expect(r.code).toBe(1)
    expect(r.results.map((f) => [f.file, f.messages.map(at)])).toEqual([['replies.csv', ['2:3-2:5 error absolute-promise 肯定']]])
  })
})

describe("--rule 'id: severity'", () => {
  it('sets the severity over the config and profile; repeatable, the last one wins', () => {
    const r = lintJson(['--stdin', '--rule', 'off-platform: warning', '--rule', 'absolute-promise: off', '--rule', 'absolute-promise: info'], { input: '加我微信，明天肯定到\n' })
    expect(r.code).toBe(0)
    expect(r.results[0]!.messages.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['off-platform warning', 'absolute-promise info'])
  })

  it('a malformed value or an unknown rule is one clear line (exit 2)', () => {
    expect(cli(['--stdin', '--rule', 'absolute-promise=error'], { input: 'x' })).toEqual({
      code: 2,
      stdout: '',
      stderr: `kefu-lint: --rule "absolute-promise=error": expected 'rule-id: severity' with severity off, info, warning or error (e.g. --rule 'absolute-promise: error')\n`,
    })
    const unknown = cli(['--stdin', '--rule', 'absolute-promis: error'], { input: 'x' })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^kefu-lint: --rule: unknown rule absolute-promis; expected one of absolute-promise, internet-slang, /)
  })
})

describe('--list-rules and --explain', () => {
  it('--list-rules prints every rule with the severity it runs at', () => {
    const r = cli(['--list-rules', '--rule', 'curt-reply: off'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines.map((l) => l.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'absolute-promise warning promise',
      'internet-slang warning tone',
      'exaggeration warning claims',
      'blame-customer error tone',
      'off-platform error compliance',
      'review-manipulation error compliance',
      'privacy-leak error privacy',
      'curt-reply off tone',
      'competitor-disparagement warning compliance',
    ])
    expect(lines[1]).toMatch(/^internet-slang\s+warning\s+tone\s+fix\s+大量网络用语/)
  })

  it("--explain prints the rule's doc page under a header", () => {
    const r = cli(['--explain', 'absolute-promise'])
    expect(r.code).toBe(0)
    const doc = readFileSync(join(ROOT, 'rules/absolute-promise/README.md'), 'utf8')
    expect(r.stdout).toBe(
      `absolute-promise — 绝对化承诺（肯定/保证/绝对/一定/百分百…），尤其是物流、效果、尺码等店铺无法掌控的结果\ncategory promise · default warning · here warning · no auto-fix\nhttps://github.com/kefu-lint/kefu-lint/blob/main/rules/absolute-promise/README.md\n\n${doc}`,
    )
    const unknown = cli(['--explain', 'nope'])
    expect([unknown.code, unknown.stderr.split(';')[0]]).toEqual([2, 'kefu-lint: --explain: unknown rule nope'])
  })
})

describe('FORCE_COLOR', () => {
  const run = (env: Record<string, string>, extra: string[] = []) => cli(['--stdin', '--rules', 'off-platform', ...extra], { input: '加我微信\n', env })
  it('colours a piped report unless it is 0 or false; --no-color still wins', () => {
    expect(run({ FORCE_COLOR: '1' }).stdout).toContain('\u001b[')
    expect(run({ FORCE_COLOR: '' }).stdout).toContain('\u001b[')
    expect(run({ FORCE_COLOR: '0' }).stdout).not.toContain('\u001b[')
    expect(run({ FORCE_COLOR: 'false' }).stdout).not.toContain('\u001b[')
    expect(run({ FORCE_COLOR: '1' }, ['--no-color']).stdout).not.toContain('\u001b[')
    expect(run({}).stdout).not.toContain('\u001b[')
  })
})

describe('--print-config', () => {
  it('shows the effective severity of every rule, from profile, config and command line', () => {
    const r = cli(['--print-config', 'x.txt', '--profile', 'strict', '--rule', 'off-platform: warning'])
    const rules = JSON.parse(r.stdout).rules as Record<string, unknown>
    expect(Object.keys(rules)).toEqual([
      'absolute-promise',
      'internet-slang',
      'exaggeration',
      'blame-customer',
      'off-platform',
      'review-manipulation',
      'privacy-leak',
      'curt-reply',
      'competitor-disparagement',
    ])
    expect(rules['off-platform']).toBe('warning')
    expect(Object.values(rules).every((v) => ['off', 'info', 'warning', 'error'].includes(v as string))).toBe(true)
  })
})

describe('--fix on stdin', () => {
  it('writes the fixed text to stdout and the report to stderr', () => {
    const r = cli(['--stdin', '--fix', '--rules', 'internet-slang,absolute-promise'], { input: '灰常好，木有问题\n明天肯定到\n' })
    expect(r.stdout).toBe('非常好，没有问题\n明天肯定到\n')
    expect(r.stderr).toContain('<stdin> (fixed)\n  2:3     error    「肯定」')
    expect(r.code).toBe(1)
  })

  it('passes the text through unchanged when nothing is fixable', () => {
    const r = cli(['--stdin', '--fix', '--rules', 'absolute-promise'], { input: '明天肯定到\r\n好的' })
    expect(r.stdout).toBe('明天肯定到\r\n好的')
    expect(r.code).toBe(1)
  })
})

describe('JSON config errors', () => {
  it('give file:line:column and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-json-'))
    writeFileSync(join(dir, 'replies.txt'), '好的\n')
    writeFileSync(join(dir, '.kefulintrc.json'), '{\n  "profile": "strict",\n  "rules": { "absolute-promise": "error", }\n}\n')
    expect(cli(['replies.txt'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `kefu-lint: ${join(dir, '.kefulintrc.json')}:3:43: invalid JSON: Expected double-quoted property name\n`,
    })
    writeFileSync(join(dir, '.kefulintrc.json'), '{\n  "profile": "strict"\n  "locale": "en"\n}\n')
    expect(cli(['replies.txt'], { cwd: dir }).stderr).toBe(`kefu-lint: ${join(dir, '.kefulintrc.json')}:3:3: invalid JSON: Expected ',' or '}' after property value\n`)
  })
})

describe('file selection habits', () => {
  const cwd = join(ROOT, 'fixtures/cli/config/ignore')
  it('a file named on the command line that the ignore file skips is warned about', () => {
    const r = cli(['--rules', 'absolute-promise', 'old.bak.txt', 'replies.txt'], { cwd })
    expect(r.stderr).toBe('kefu-lint: warning: old.bak.txt: ignored by the ignore rules, not linted (--no-ignore lints it)\n')
    expect(r.stdout).not.toContain('old.bak.txt')
  })

  it('--no-error-on-unmatched-pattern: a day without exports writes an empty report and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-unmatched-'))
    const args = ['--format', 'json', '--output', 'report.json', 'exports/2024-06-02/*.jsonl', 'exports/2024-06-02/*.txt']
    const strict = cli(args, { cwd: dir })
    expect([strict.code, strict.stderr]).toEqual([2, 'kefu-lint: no files match exports/2024-06-02/*.jsonl\n'])
    const r = cli(['--no-error-on-unmatched-pattern', ...args], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', ''])
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual([])
  })
})
