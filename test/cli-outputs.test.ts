import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import pkg from '../package.json' with { type: 'json' }
import { at, buildOnce, cli, lintJson, ROOT } from './cli-support.js'

/** Report formats, output file, exit codes. Only absolute-promise runs (stable expectations). */
beforeAll(buildOnce, 180_000)

const only = ['--rules', 'absolute-promise']
const FILE = 'fixtures/cli/outputs/phrases.csv'
const URL_AP = 'https://github.com/kefu-lint/kefu-lint/blob/main/rules/absolute-promise/README.md'

const MSG_1 = '「肯定」是绝对化承诺，建议改为「尽量」、「争取」，例如「明天尽量给您发货哦」。'
const MSG_2 = '「正品保证」是店铺自身的承诺，可以保留，但请确认能兑现。'
const MSG_3 = '「100%」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「一般」、「应该」，例如「一般会到的」。'

describe('--format json', () => {
  it('prints exactly one object per file with the library fields, file positions and the record', () => {
    const r = cli([...only, '--format', 'json', FILE])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: FILE,
        replies: 3,
        messages: [
          {
            ruleId: 'absolute-promise',
            severity: 'warning',
            message: MSG_1,
            start: 9,
            end: 11,
            // The reply starts on line 2 inside quotes; after its line break, 肯定 is on line 3.
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 5,
            actual: '肯定',
            expected: ['尽量', '争取'],
            url: URL_AP,
            record: { index: 0, row: 2, column: '快捷短语', code: 'fh', group: '发货', text: '亲，今天下单\n明天肯定给您发货哦' },
          },
          {
            ruleId: 'absolute-promise',
            severity: 'info',
            message: MSG_2,
            start: 2,
            end: 6,
            line: 4,
            column: 6,
            endLine: 4,
            endColumn: 10,
            actual: '正品保证',
            expected: [],
            url: URL_AP,
            record: { index: 1, row: 3, column: '快捷短语', code: 'zp', group: '售前', text: '本店正品保证' },
          },
          {
            ruleId: 'absolute-promise',
            severity: 'error',
            message: MSG_3,
            start: 8,
            end: 12,
            line: 5,
            column: 13,
            endLine: 5,
            endColumn: 17,
            actual: '100%',
            expected: ['一般', '应该'],
            url: URL_AP,
            record: { index: 2, row: 4, column: '快捷短语', code: 'kd', group: '物流', text: '快递一般3天到,100%会到的' },
          },
        ],
        errors: [],
      },
    ])
  })

  it('a file that cannot be read appears with its error; the others are still linted (exit 2)', () => {
    const r = lintJson([...only, 'fixtures/cli/no-such-file.csv', FILE])
    expect(r.code).toBe(2)
    expect(r.results.map((x) => x.file)).toEqual(['fixtures/cli/no-such-file.csv', FILE])
    expect(r.results[0]).toEqual({
      file: 'fixtures/cli/no-such-file.csv',
      replies: 0,
      messages: [],
      errors: [{ message: 'cannot read file: no such file or directory' }],
      error: 'cannot read file: no such file or directory',
    })
    expect(r.results[1]!.messages).toHaveLength(3)
  })
})

describe('--format stylish', () => {
  it('prints positions, severity, message, rule, where the reply is, and suggestions; no colour off a TTY', () => {
    const r = cli([...only, FILE])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      [
        FILE,
        `  3:3     warning  ${MSG_1}  absolute-promise`,
        '          row 2 · 发货 · fh',
        '          → 尽量 / 争取',
        `  4:6     info     ${MSG_2}  absolute-promise`,
        '          row 3 · 售前 · zp',
        `  5:13    error    ${MSG_3}  absolute-promise`,
        '          row 4 · 物流 · kd',
        '          → 一般 / 应该',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) in 3 replies in 1 file',
        '',
      ].join('\n'),
    )
  })

  it('--color forces ANSI colours', () => {
    const r = cli([...only, '--color', FILE], { env: { NO_COLOR: '' } })
    expect(r.stdout).toContain('\u001b[31merror\u001b[39m')
  })

  it('a clean input says so and exits 0', () => {
    const r = cli([...only, '-'], { input: '亲，在的，请问有什么可以帮您？\n不能保证明天一定到，我们会尽量帮您催促\n' })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('✔ no problems (2 replies in 1 file)\n')
  })
})

describe('--format github', () => {
  it('prints one workflow command per problem; info is a notice; % is escaped', () => {
    const r = cli([...only, '--format', 'github', FILE])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      [
        `::warning file=${FILE},line=3,col=3,endLine=3,endColumn=5,title=absolute-promise::${MSG_1} (→ 尽量 / 争取)`,
        `::notice file=${FILE},line=4,col=6,endLine=4,endColumn=10,title=absolute-promise::${MSG_2}`,
        `::error file=${FILE},line=5,col=13,endLine=5,endColumn=17,title=absolute-promise::${MSG_3.replace('%', '%25')} (→ 一般 / 应该)`,
        '',
      ].join('\n'),
    )
  })

  it('escapes , and : in properties; read errors are annotations too', () => {
    const r = cli([...only, '--format', 'github', '--stdin-filename', 'a,b:c.jsonl', '-'], {
      input: '{"role":"agent","text":"保证明天到"}\nnot json\n',
    })
    expect(r.code).toBe(2)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe("::error file=a%2Cb%3Ac.jsonl,line=2,title=kefu-lint::invalid JSON line: Unexpected token 'o'")
    expect(lines[1]).toMatch(/^::error file=a%2Cb%3Ac\.jsonl,line=1,col=25,endLine=1,endColumn=27,title=absolute-promise::「保证」/)
  })

  it('escapes line breaks in a message', () => {
    const r = cli(['--rules', 'shop/no-cant-help', '--format', 'github', 'fixtures/cli/outputs/multiline/replies.txt'])
    expect(r.stdout).toBe(
      '::warning file=fixtures/cli/outputs/multiline/replies.txt,line=1,col=5,endLine=1,endColumn=8,title=shop/no-cant-help::不要说「帮不了」。%0A请说：我帮您查一下。\n',
    )
  })
})

describe('--format junit', () => {
  it('one suite per file, one failing case per problem, read problems as <error>', () => {
    const r = cli([...only, '--format', 'junit', FILE, 'fixtures/cli/missing.txt'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="kefu-lint" tests="4" failures="3" errors="1">
  <testsuite name="fixtures/cli/missing.txt" tests="1" failures="0" errors="1">
    <testcase classname="fixtures/cli/missing.txt" name="fixtures/cli/missing.txt read">
      <error message="cannot read file: no such file or directory"/>
    </testcase>
  </testsuite>
  <testsuite name="${FILE}" tests="3" failures="3" errors="0">
    <testcase classname="${FILE}" name="${FILE}:3:3 absolute-promise">
      <failure type="absolute-promise" message="${MSG_1}">warning at ${FILE}:3:3 (row 2 · 发货 · fh)
${MSG_1}
→ 尽量 / 争取</failure>
    </testcase>
    <testcase classname="${FILE}" name="${FILE}:4:6 absolute-promise">
      <failure type="absolute-promise" message="${MSG_2}">info at ${FILE}:4:6 (row 3 · 售前 · zp)
${MSG_2}</failure>
    </testcase>
    <testcase classname="${FILE}" name="${FILE}:5:13 absolute-promise">
      <failure type="absolute-promise" message="${MSG_3}">error at ${FILE}:5:13 (row 4 · 物流 · kd)
${MSG_3}
→ 一般 / 应该</failure>
    </testcase>
  </testsuite>
</testsuites>
`)
  })

  it('escapes XML special characters', () => {
    const r = cli([...only, '--format', 'junit', '--stdin-filename', 'a&b<c>.txt', '-'], { input: '"保证" <明天> & 到\n' })
    expect(r.stdout).toContain('<testsuite name="a&amp;b&lt;c&gt;.txt"')
    expect(r.stdout).toContain('message="「保证」')
    expect(r.stdout).not.toMatch(/<明天>/)
  })
})

describe('--format sarif', () => {
  type Sarif = {
    $schema: string
    version: string
    runs: {
      tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } }
      invocations: { executionSuccessful: boolean; toolExecutionNotifications: Record<string, unknown>[] }[]
      originalUriBaseIds: Record<string, { uri: string }>
      columnKind: string
      results: Record<string, any>[]
    }[]
  }
  const sarif = (args: string[]) => {
    const r = cli([...only, '--format', 'sarif', ...args])
    return { code: r.code, log: JSON.parse(r.stdout) as Sarif }
  }

  it('is a SARIF 2.1.0 log: rules from the rules metadata, levels, regions in the file', () => {
    const { code, log } = sarif([FILE])
    expect(code).toBe(1)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    const [run] = log.runs
    expect(run!.tool.driver).toMatchObject({ name: 'kefu-lint', version: pkg.version, informationUri: 'https://github.com/kefu-lint/kefu-lint' })
    expect(run!.tool.driver.rules).toEqual([
      {
        id: 'absolute-promise',
        name: 'AbsolutePromise',
        shortDescription: { text: expect.stringMatching(/^Absolute promises/) },
        fullDescription: { text: expect.stringContaining('绝对化承诺') },
        helpUri: URL_AP,
        help: { text: expect.stringContaining(URL_AP) },
        defaultConfiguration: { level: 'warning' },
        properties: { category: 'promise', fixable: false, tags: ['kefu-lint', 'promise'] },
      },
    ])
    expect(run!.columnKind).toBe('utf16CodeUnits')
    expect(run!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${ROOT.endsWith('/') ? ROOT : `${ROOT}/`}`)
    expect(run!.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }])
    expect(run!.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.locations[0].physicalLocation.region])).toEqual([
      ['absolute-promise', 0, 'warning', { startLine: 3, startColumn: 3, endLine: 3, endColumn: 5, snippet: { text: '肯定' } }],
      ['absolute-promise', 0, 'note', { startLine: 4, startColumn: 6, endLine: 4, endColumn: 10, snippet: { text: '正品保证' } }],
      ['absolute-promise', 0, 'error', { startLine: 5, startColumn: 13, endLine: 5, endColumn: 17, snippet: { text: '100%' } }],
    ])
    for (const r of run!.results) {
      expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'fixtures/cli/outputs/phrases.csv', uriBaseId: '%SRCROOT%' })
      expect(typeof r.message.text).toBe('string')
      expect(Object.keys(r.partialFingerprints)).toEqual(['kefuLint/v1'])
    }
    expect(run!.results[0]!.message.text).toBe(`${MSG_1} (→ 尽量 / 争取)`)
  })

  it('percent-encodes non-ASCII paths; a read problem is a notification and an unsuccessful run', () => {
    const { code, log } = sarif(['fixtures/cli/没有这个文件.csv'])
    expect(code).toBe(2)
    expect(log.runs[0]!.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: 'cannot read file: no such file or directory' },
          locations: [{ physicalLocation: { artifactLocation: { uri: `fixtures/cli/${encodeURIComponent('没有这个文件.csv')}`, uriBaseId: '%SRCROOT%' } } }],
        },
      ],
    })
  })

  it('custom rules are listed too, and a fixable finding carries a SARIF fix', () => {
    const { log } = sarif(['--rules', 'absolute-promise,shop/slang', 'fixtures/cli/fix/replies.txt'])
    const run = log.runs[0]!
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['absolute-promise', 'shop/slang'])
    const slang = run.results.find((r) => r.ruleId === 'shop/slang')!
    expect(slang.ruleIndex).toBe(1)
    expect(slang.fixes).toEqual([
      {
        description: { text: '酱紫 → 这样' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'fixtures/cli/fix/replies.txt', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 5 }, insertedContent: { text: '这样' } }],
          },
        ],
      },
    ])
  })
})

describe('--output, --quiet, --max-warnings, exit codes', () => {
  it('--output writes the report to a file (creating folders) and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-out-'))
    const out = join(dir, 'reports', 'kefu.sarif')
    const r = cli([...only, '--format', 'sarif', '--output', out, FILE])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toHaveLength(3)
    // Written atomically: no temporary files left beside it.
    expect(readdirSync(join(dir, 'reports'))).toEqual(['kefu.sarif'])
  })

  it('--quiet reports errors only', () => {
    const { code, results } = lintJson([...only, '--quiet', FILE])
    expect(code).toBe(1)
    expect(results[0]!.messages.map(at)).toEqual(['5:13-5:17 error absolute-promise 100%'])
  })

  it('warnings alone exit 0; more than --max-warnings exit 1', () => {
    const input = '我们家的宝贝质量是保证的哦\n亲，今天下单明天肯定给您发货哦\n'
    expect(lintJson([...only, '-'], { input }).results[0]!.messages.map((m) => m.severity)).toEqual(['warning', 'warning'])
    expect(cli([...only, '-'], { input }).code).toBe(0)
    expect(cli([...only, '--max-warnings', '2', '-'], { input }).code).toBe(0)
    const over = cli([...only, '--max-warnings', '1', '-'], { input })
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('kefu-lint: 2 warnings, more than --max-warnings 1\n')
  })

  it('usage errors exit 2: unknown format, no input, a glob matching nothing, an unknown rule', () => {
    const badFormat = cli(['--format', 'xml', FILE])
    expect(badFormat.code).toBe(2)
    expect(badFormat.stderr).toContain("option '-f, --format <name>' argument 'xml' is invalid")
    expect(cli([]).code).toBe(2)
    const glob = cli(['fixtures/cli/**/*.nothing'])
    expect(glob.code).toBe(2)
    expect(glob.stderr).toBe('kefu-lint: no files match fixtures/cli/**/*.nothing\n')
    const rule = cli(['--rules', 'no-such-rule', FILE])
    expect(rule.code).toBe(2)
    expect(rule.stderr).toMatch(/^kefu-lint: --rules: unknown rule no-such-rule; expected some of absolute-promise/)
  })

  it('--help and --version exit 0', () => {
    const help = cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--agent <name|/regex/>')
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` })
  })
})
