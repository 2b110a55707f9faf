import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli, cliAsync, CLI, FIXTURES, ROOT } from './cli-support.js'

/**
 * Streamed reporters against the outputs the collecting reporters wrote before streaming
 * (fixtures/cli/outputs/expected, made with the CLI of commit 00416cf, byte for byte on the
 * stream branch), regenerated once when the branches met: the rewrites of absolute-promise
 * (保准合身 → 一般都合身 instead of dropping the word) and spreadsheet row numbers (header = row
 * 1) are the only differences, reviewed line by line. formats.{stylish,junit,html} were regenerated
 * once more for workbook cells in A1 notation (快捷短语!B3), grouped by sheet: only the
 * phrases.xlsx lines changed. formats.* once more when library.yaml's line 16 became a promise
 * again (可能绝对会慢一点 is now read as a disclaimer about a downside): only that line's text and
 * its suggestion changed; and once more when 绝对会/一定会 began to keep their modal (预计会准时到):
 * only that line's suggestion changed. chats.* and formats.* once more in the fourth session (issue 8):
 * 可以的 answering 敏感肌能用吗 in wechat.csv is a new error, and 明天一定给您发出 in replies.txt
 * moved from warning to info (dispatch committed with 一定 is the shop's own doing); nothing else. formats.* once more in
 * session 38: 零下二十度都不冷 in replies.gb18030.txt line 2 is a new error of its own (performance under an extreme condition
 * stated flat, lane ap38); nothing else differs.
 */
beforeAll(buildOnce, 180_000)

const CASES: Record<string, string[]> = {
  chats: ['fixtures/cli/chats'],
  formats: ['fixtures/cli/formats', 'fixtures/cli/encodings'],
  bad: ['fixtures/cli/bad', 'fixtures/cli/outputs/phrases.csv'],
}
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'html']
const rootless = (s: string) => s.split(`${ROOT.endsWith('/') ? ROOT : `${ROOT}/`}`).join('<ROOT>/')
const expected = (name: string, format: string) => readFileSync(join(FIXTURES, 'outputs/expected', `${name}.${format}`), 'utf8')

describe.concurrent('streamed reports are byte-identical to the collected ones', () => {
  for (const [name, paths] of Object.entries(CASES)) {
    for (const format of FORMATS) {
      it(`${name} --format ${format}`, { timeout: 240_000 }, async () => {
        // These reports were written when every report carried the customer's previous turn.
        const r = await cliAsync(['--rules', 'absolute-promise', '--with-previous', '--jobs', '1', '--format', format, ...paths])
        // A workbook sheet without a reply column is said on stderr, whatever the format.
        expect(r.stderr).toBe(name === 'formats' ? 'kefu-lint: fixtures/cli/encodings/phrases.xlsx: sheet 说明 skipped: no header naming a reply column\n' : '')
        expect(rootless(r.stdout)).toBe(expected(name, format))
      })
    }
  }
})

const only = ['--rules', 'absolute-promise']
const FILE = 'fixtures/cli/outputs/phrases.csv'
const HOSTILE = 'fixtures/cli/config/hostile/kefulint.config.mjs'
const STUCK = 'fixtures/cli/config/stuck-start/kefulint.config.mjs'
const SLOW = 240_000

// Up to the hostile inputs, every case runs one or two CLIs on its own input or folder: side by side
// with the streamed reports above (vitest's maxConcurrency bounds how many at once).
describe.concurrent('--format jsonl', { timeout: SLOW }, () => {
  it('one line per finding as it is made, then one line per file', async () => {
    const [r, jsonRun] = await Promise.all([cliAsync([...only, '--format', 'jsonl', FILE, 'fixtures/cli/missing.txt']), cliAsync([...only, '--format', 'json', FILE])])
    expect(r.code).toBe(2)
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.type, l.file, l.line ?? null, l.actual ?? null])).toEqual([
      ['file', 'fixtures/cli/missing.txt', null, null],
      ['finding', FILE, 3, '肯定'],
      ['finding', FILE, 4, '正品保证'],
      ['finding', FILE, 5, '100%'],
      ['file', FILE, null, null],
    ])
    expect(lines[0]).toEqual({ type: 'file', file: 'fixtures/cli/missing.txt', replies: 0, errors: [{ message: 'cannot read file: no such file or directory' }] })
    expect(lines[4]).toEqual({ type: 'file', file: FILE, replies: 3, errors: [] })
    // The same finding as json prints it.
    const json = JSON.parse(jsonRun.stdout)[0].messages[0]
    const { type, file, ...finding } = lines[1]
    expect([type, file]).toEqual(['finding', FILE])
    expect(finding).toEqual(json)
  })
})

describe.concurrent('report size is linear: a reply is written once', { timeout: SLOW }, () => {
  const input = '亲，明天肯定给您发货，100%会到的\n'
  it('json: the reply text comes with its first finding; the others refer to it by index', async () => {
    const r = await cliAsync([...only, '--format', 'json', '-'], { input })
    const messages = JSON.parse(r.stdout)[0].messages
    expect(messages.map((m: { actual: string; record: unknown }) => [m.actual, m.record])).toEqual([
      ['肯定', { index: 0, text: '亲，明天肯定给您发货，100%会到的' }],
      ['100%', { index: 0 }],
    ])
  })

  it('a long reply with many findings: the report grows with the reply, not with reply × findings', async () => {
    const long = `${'亲，明天肯定给您发货，'.repeat(2000)}\n`
    const r = await cliAsync([...only, '--format', 'jsonl', '-'], { input: long })
    const findings = r.stdout.split('\n').filter((l) => l.startsWith('{"type":"finding"'))
    expect(findings).toHaveLength(2000)
    expect(r.stdout.split('亲，明天肯定给您发货，'.repeat(2)).length - 1).toBe(1000)
    expect(r.stdout.length).toBeLessThan(long.length + 2000 * 600)
  })
})

describe.concurrent("the customer's previous turn", { timeout: SLOW }, () => {
  const chat = ['{"session":"a","role":"customer","text":"我的手机是13812345678，地址北京市朝阳区建国路88号"}', '{"session":"a","role":"agent","text":"好的，明天肯定发货"}', ''].join('\n')
  it('is left out of reports unless asked for', async () => {
    const [plainRun, askedRun] = await Promise.all([
      cliAsync([...only, '--format', 'json', '--stdin-filename', 'c.jsonl', '-'], { input: chat }),
      cliAsync([...only, '--with-previous', '--format', 'json', '--stdin-filename', 'c.jsonl', '-'], { input: chat }),
    ])
    const plain = JSON.parse(plainRun.stdout)[0].messages[0].record
    expect(plain).toEqual({ index: 1, role: 'agent', session: 'a', text: '好的，明天肯定发货' })
    const asked = JSON.parse(askedRun.stdout)[0]
    expect(asked.messages[0].record.previous).toBe('我的手机是13812345678，地址北京市朝阳区建国路88号')
  })

  it('--redact masks phone numbers and addresses, keeping every position', async () => {
    const r = await cliAsync([...only, '--with-previous', '--redact', '--format', 'json', '--stdin-filename', 'c.jsonl', '-'], {
      input: `${chat}{"session":"a","role":"agent","text":"已记下13812345678，明天肯定到"}\n`,
    })
    const [first, second] = JSON.parse(r.stdout)[0].messages
    expect(first.record.previous).toBe('我的手机是***********，地址************')
    expect(second.record.text).toBe('已记下***********，明天肯定到')
    expect([second.start, second.end, second.actual]).toEqual([17, 19, '肯定'])
  })
})

describe.concurrent('writing the report', { timeout: SLOW }, () => {
  it('a reader that closes the pipe early ends the run quietly', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ session: `s${i}`, role: 'agent', text: '亲，明天肯定给您发货' }))
    const dir = mkdtempSync(join(tmpdir(), 'kefu-pipe-'))
    const file = join(dir, 'big.jsonl')
    writeFileSync(file, `${lines.join('\n')}\n`)
    const child = spawn(process.execPath, [CLI, ...only, '--jobs', '1', '--format', 'jsonl', file], { env: { ...process.env, CI: '1' } })
    let err = ''
    child.stderr.on('data', (b: Buffer) => (err += b))
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(err).toBe('')
    expect([0, 1]).toContain(code)
  }, SLOW)

  it('an unwritable --output is one clear line, exit 2, before any linting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-out-'))
    const notAFolder = join(dir, 'file')
    writeFileSync(notAFolder, 'x')
    const [r, folder] = await Promise.all([cliAsync([...only, '--output', join(notAFolder, 'report.json'), FILE]), cliAsync([...only, '--output', dir, FILE])])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`kefu-lint: cannot write --output ${join(notAFolder, 'report.json')}: a parent is not a folder\n`)
    expect(folder.stderr).toBe(`kefu-lint: cannot write --output ${dir}: is a folder\n`)
    expect(readdirSync(dir)).toEqual(['file'])
  })
})

describe.concurrent('custom formatters (--format <path|package>)', { timeout: SLOW }, () => {
  it('a streaming formatter module by path sees findings per file, then the totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-fmt-'))
    writeFileSync(
      join(dir, 'count.mjs'),
      `export function createWriter(out) {
        return {
          findings(file, ms) { for (const m of ms) out.write(file + ' ' + m.line + ':' + m.column + ' ' + m.ruleId + '\\n') },
          end(s) { out.write('end ' + s.file + ' ' + s.replies + ' ' + JSON.stringify(s.counts) + '\\n') },
          close(t) { out.write('total ' + t.files + ' ' + t.errors + '\\n') },
        }
      }\n`,
    )
    const r = await cliAsync([...only, '--format', join(dir, 'count.mjs'), FILE])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      `${FILE} 3:3 absolute-promise\n${FILE} 4:6 absolute-promise\n${FILE} 5:13 absolute-promise\nend ${FILE} 3 {"error":1,"warning":1,"info":1}\ntotal 1 1\n`,
    )
  })

  it('a package exporting (results, ctx) => string, resolved from the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-fmt-'))
    const pkgDir = join(dir, 'node_modules', 'kefu-lint-formatter-brief')
    mkdirSync(pkgDir, { recursive: true })
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'kefu-lint-formatter-brief', type: 'module', main: 'index.js' }))
    writeFileSync(join(pkgDir, 'index.js'), "export default (results) => results.map((r) => `${r.file}: ${r.messages.length}/${r.replies}`).join('\\n') + '\\n'\n")
    const r = await cliAsync([...only, '--format', 'kefu-lint-formatter-brief', join(ROOT, FILE)], { cwd: dir })
    expect(r.stdout).toBe(`${join(ROOT, FILE)}: 3/3\n`)
  })

  it('a name that is neither built in nor a module is a usage error', async () => {
    const r = await cliAsync(['--format', './no-such-formatter.mjs', FILE])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^kefu-lint: --format \.\/no-such-formatter\.mjs: cannot load the formatter/)
  })
})

describe('hostile input and plugins', () => {
  it('control characters from replies and file names are shown escaped in stylish and github output', async () => {
    const name = 'a\u001b]0;pwned\u0007.txt'
    const input = '明天肯定\u001b[2J\u0000发货\n'
    const [stylish, ...runs] = await Promise.all([
      cliAsync([...only, '--format', 'stylish', '--rules', 'absolute-promise', '--stdin-filename', 'x.txt', '-'], { input: '\u001b[31m明天肯定发货\n' }),
      ...['stylish', 'github'].map((format) => cliAsync([...only, '--format', format, '--stdin-filename', name, '-'], { input })),
    ])
    for (const r of runs) {
      expect(r.stdout).not.toMatch(/[\u0000\u0007\u001b]/)
      expect(r.stdout).toContain('a\\x1B]0;pwned\\x07.txt')
    }
    expect(stylish.stdout).not.toContain('\u001b')
  })

  it('SARIF links only to web pages: a plugin rule whose url is javascript: has no helpUri', () => {
    const r = cli(['-c', HOSTILE, '--format', 'sarif', '-'], { input: '坏链接\n' })
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string; help: { text: string } }>
    const link = rules.find((x) => x.id === 'hostile/link')!
    expect(link.helpUri).toBeUndefined()
    expect(link.help.text).toBe('hostile/link')
    expect(rules.find((x) => x.id === 'absolute-promise')!.helpUri).toMatch(/^https:\/\//)
  })

  it('--jobs: a plugin that hangs on one file times out that file; the others are linted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-hang-'))
    for (const [n, text] of [['a.txt', '明天肯定发货'], ['b.txt', '挂起测试'], ['c.txt', '100%正品']]) writeFileSync(join(dir, n!), `${text}\n`)
    const r = await cliAsync(['-c', HOSTILE, '--jobs', '2', '--file-timeout', '3', '--format', 'json', dir])
    expect(r.code).toBe(2)
    const results = JSON.parse(r.stdout) as Array<{ file: string; messages: unknown[]; errors: Array<{ message: string }> }>
    expect(results.map((x) => [x.file.split('/').pop(), x.messages.length, x.errors.map((e) => e.message)])).toEqual([
      ['a.txt', 1, []],
      ['b.txt', 0, ['not finished after 3 s: a rule or plugin may hang (see --file-timeout)']],
      ['c.txt', 1, []],
    ])
  }, SLOW)

  // Workers that can never start (a config that never finishes loading in a worker, a heap limit
  // below what loading needs) were replaced without end, or waited on without end: the run hung.
  it('--jobs: workers that never finish starting are given up after three tries; every file says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-stuck-'))
    for (const [n, text] of [['a.txt', '明天肯定发货'], ['b.txt', '您好']]) writeFileSync(join(dir, n!), `${text}\n`)
    const r = await cliAsync(['-c', STUCK, '--jobs', '2', '--format', 'json', dir], { env: { KEFU_LINT_WORKER_START_S: '2' } })
    expect(r.code).toBe(2)
    const results = JSON.parse(r.stdout) as Array<{ file: string; messages: unknown[]; errors: Array<{ message: string }> }>
    const why = 'no lint worker could start (3 tries): lint worker did not start within 2 s (a config that never finishes loading, or a heap limit so near what the linter needs that V8 only collects)'
    expect(results.map((x) => [x.file.split('/').pop(), x.messages.length, x.errors.map((e) => e.message)])).toEqual([
      ['a.txt', 0, [why]],
      ['b.txt', 0, [why]],
    ])
  }, SLOW)

  it('--jobs: workers that run out of memory while starting are given up; the message says it was the start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-stuck-'))
    writeFileSync(join(dir, 'a.txt'), '明天肯定发货\n')
    const r = await cliAsync(['-c', STUCK, '--jobs', '2', '--format', 'json', dir], { env: { KEFU_TEST_STUCK: 'memory', KEFU_LINT_WORKER_HEAP_MB: '160' } })
    expect(r.code).toBe(2)
    const results = JSON.parse(r.stdout) as Array<{ file: string; messages: unknown[]; errors: Array<{ message: string }> }>
    expect(results[0]!.errors.map((e) => e.message)).toEqual([
      'no lint worker could start (3 tries): out of memory while starting (the lint worker reached its heap limit loading the config and building the linter; give it more with NODE_OPTIONS=--max-old-space-size=<MB>, or use --jobs 1)',
    ])
  }, SLOW)

  it('--jobs: a worker out of memory is reported as such, not as an unreadable file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-oom-'))
    for (const [n, text] of [['a.txt', '明天肯定发货'], ['b.txt', '内存测试']]) writeFileSync(join(dir, n!), `${text}\n`)
    // The cap leaves the worker room above the library's own heap (76 MB after a first lint in the
    // eighteenth session, 63 MB before it): at 96 MB the worker never finished starting (V8 spent
    // its time collecting near the limit; such a worker is given up now, the test above). The
    // plugin's hoard still exhausts any cap.
    const r = await cliAsync(['-c', HOSTILE, '--jobs', '2', '--format', 'json', dir], { env: { KEFU_LINT_WORKER_HEAP_MB: '160' } })
    expect(r.code).toBe(2)
    const results = JSON.parse(r.stdout) as Array<{ file: string; messages: unknown[]; errors: Array<{ message: string }> }>
    expect(results[0]!.messages).toHaveLength(1)
    expect(results[1]!.errors.map((e) => e.message)).toEqual([
      'out of memory while linting (the lint worker reached its heap limit; try fewer --jobs, or more memory with NODE_OPTIONS=--max-old-space-size=<MB>)',
    ])
  }, SLOW)
})
