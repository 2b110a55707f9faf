import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, cli, lintJson, type JsonMessage } from './cli-support.js'

/** Directives in text, CSV/TSV and YAML: blocks, same-line, next-line, reasons; misspelt and unused ones reported. */
beforeAll(buildOnce, 180_000)

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-directives-'))
})

const RULES = ['--no-config-lookup', '--rules', 'absolute-promise,internet-slang']
const write = (name: string, text: string) => writeFileSync(join(dir, name), text)
const lint = (args: readonly string[]) => lintJson([...RULES, ...args], { cwd: dir })
const lines = (ms: readonly JsonMessage[]) => ms.map(at)

describe('directives in plain text', () => {
  it('blocks, enable of one rule, same-line and next-line directives, reasons after --', () => {
    write(
      'block.txt',
      [
        '明天肯定到', // 1: reported
        '# kefu-lint-disable -- 顾客原话摘录', // 2: every rule off
        '保证明天到', // 3
        '亲 yyds 绝对正品', // 4
        '# kefu-lint-enable internet-slang', // 5: slang back on, promises still off
        '亲 yyds 肯定到', // 6: only the slang
        '# kefu-lint-enable', // 7
        '明天肯定到 # kefu-lint-disable-line absolute-promise -- 已和顾客确认', // 8
        '亲 yyds 肯定到 # kefu-lint-disable-line', // 9: everything on this line
        '# kefu-lint-disable-next-line internet-slang -- 品牌名', // 10
        '', // 11: blank lines are stepped over
        '亲 yyds 肯定到', // 12: the promise only
        '#双11# 肯定到', // 13: a topic tag is a reply, not a directive
        '// kefu-lint-disable-next-line absolute-promise', // 14: `//` as before
        '肯定到', // 15
      ].join('\n') + '\n',
    )
    const r = lint(['block.txt'])
    expect(r.code).toBe(1)
    expect(lines(r.results[0]!.messages)).toEqual([
      '1:3-1:5 error absolute-promise 肯定',
      '6:3-6:7 warning internet-slang yyds',
      '12:8-12:10 error absolute-promise 肯定',
      '13:7-13:9 error absolute-promise 肯定',
    ])
    // The same-line directive is not part of the reply.
    expect(r.results[0]!.replies).toBe(9)
  })

  it('a trailing directive needs whitespace before # (no reply text is ever taken for one)', () => {
    write('glued.txt', '明天肯定到#kefu-lint-disable-line\n')
    const r = lint(['glued.txt'])
    expect(lines(r.results[0]!.messages)).toEqual(['1:3-1:5 error absolute-promise 肯定'])
  })
})

describe('directives in CSV and TSV', () => {
  it('comment lines hold blocks and next-line directives; spreadsheet rows count them as rows', () => {
    write(
      'phrases.csv',
      [
        '快捷短语编码,快捷短语',
        '# kefu-lint-disable-next-line absolute-promise -- 原话',
        'a1,明天肯定到',
        'a2,保证明天到',
        '# kefu-lint-disable absolute-promise',
        'a3,"绝对',
        '正品"',
        '# kefu-lint-enable',
        'a4,肯定到',
      ].join('\n') + '\n',
    )
    const r = lint(['phrases.csv'])
    expect(r.code).toBe(1)
    expect(r.results[0]!.messages.map((m) => [at(m), m.record.row, m.record.code])).toEqual([
      ['4:4-4:6 error absolute-promise 保证', 4, 'a2'],
      ['9:4-9:6 error absolute-promise 肯定', 8, 'a4'],
    ])
  })

  it('TSV the same', () => {
    write('phrases.tsv', '快捷短语编码\t快捷短语\n# kefu-lint-disable-next-line\na1\t明天肯定到\na2\t肯定到\n')
    const r = lint(['phrases.tsv'])
    expect(lines(r.results[0]!.messages)).toEqual(['4:4-4:6 error absolute-promise 肯定'])
  })
})

describe('directives in YAML', () => {
  it('comment lines and same-line comments; a # line inside a block scalar is reply text', () => {
    write(
      'library.yaml',
      [
        '售后:',
        '  - 明天肯定到 # kefu-lint-disable-line absolute-promise',
        '  # kefu-lint-disable-next-line absolute-promise -- 原话',
        '',
        '  - 保证明天到',
        '  - "绝对正品" # kefu-lint-disable-line',
        '  - |',
        '    # kefu-lint-disable',
        '    肯定好用',
        '  - 肯定到',
        '# kefu-lint-disable',
        '售前:',
        '  - 保证正品',
      ].join('\n') + '\n',
    )
    const r = lint(['library.yaml'])
    expect(lines(r.results[0]!.messages)).toEqual(['9:5-9:7 error absolute-promise 肯定', '10:5-10:7 error absolute-promise 肯定'])
  })
})

describe('misspelt directives and rule ids', () => {
  it('are errors at their line and column, with the nearest known name and the known ids', () => {
    write('typo.txt', '# kefu-lint-disable-next-line absolut-promise, internet-slang\n明天肯定到\n# kefu-lint-disabel\n亲 yyds\n')
    const r = lint(['typo.txt'])
    expect(r.code).toBe(1)
    const [m1, m2, m3] = r.results[0]!.messages
    expect(lines(r.results[0]!.messages)).toEqual([
      '2:3-2:5 error absolute-promise 肯定',
      '4:3-4:7 warning internet-slang yyds',
      '1:31-1:46 error unknown-rule-in-directive absolut-promise',
      '3:3-3:20 error unknown-directive kefu-lint-disabel',
    ])
    expect(m3!.message).toMatch(/^unknown rule "absolut-promise" in kefu-lint-disable-next-line; did you mean "absolute-promise"\? \(known rules: absolute-promise, .*curt-reply.*\)$/)
    expect(m3!.expected).toEqual(['absolute-promise'])
    expect(m3!.record).toEqual({ index: -1 })
    expect(r.results[0]!.messages[3]!.message).toBe(
      'unknown directive "kefu-lint-disabel"; did you mean "kefu-lint-disable"? (directives: kefu-lint-disable, kefu-lint-enable, kefu-lint-disable-line, kefu-lint-disable-next-line)',
    )
    expect([m1, m2].map((m) => m!.record.index)).toEqual([0, 1])
  })

  it('a rule that exists but is switched off is not misspelt', () => {
    write('off.txt', '# kefu-lint-disable-next-line curt-reply\n您好\n')
    const r = lint(['off.txt'])
    expect(r.code).toBe(0)
    expect(r.results[0]!.messages).toEqual([])
  })
})

describe('--report-unused-disable-directives', () => {
  const text = [
    '# kefu-lint-disable-next-line internet-slang -- 没有网络用语', // 1: unused
    '明天肯定到',
    '# kefu-lint-disable absolute-promise, internet-slang', // 3: only absolute-promise used
    '保证到',
    '# kefu-lint-enable', // 5: used
    '# kefu-lint-enable', // 6: nothing to enable
    '您好 # kefu-lint-disable-line', // 7: unused
  ].join('\n')

  it('is off by default', () => {
    write('unused.txt', `${text}\n`)
    const r = lint(['unused.txt'])
    expect(lines(r.results[0]!.messages)).toEqual(['2:3-2:5 error absolute-promise 肯定'])
  })

  it('the flag reports directives that switched nothing off as errors (exact stylish output, exit 1)', () => {
    write('unused-clean.txt', '# kefu-lint-disable-next-line internet-slang\n您好\n')
    const r = cli([...RULES, '--report-unused-disable-directives', 'unused-clean.txt'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      'unused-clean.txt\n  1:3     error    unused kefu-lint-disable-next-line directive (no problems were reported from "internet-slang")  unused-disable-directive\n\n✖ 1 problem (1 error, 0 warnings, 0 info) in 1 reply in 1 file\n',
    )
  })

  it('--report-unused-disable-directives-severity sets the severity, per rule named', () => {
    const r = lint(['--report-unused-disable-directives-severity', 'warning', 'unused.txt'])
    expect(r.code).toBe(1)
    expect(r.results[0]!.messages.map((m) => `${at(m)} | ${m.message}`)).toEqual([
      '2:3-2:5 error absolute-promise 肯定 | 「肯定」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「预计」、「一般」，例如「明天预计到」。',
      '1:3-1:30 warning unused-disable-directive kefu-lint-disable-next-line | unused kefu-lint-disable-next-line directive (no problems were reported from "internet-slang")',
      '3:3-3:20 warning unused-disable-directive kefu-lint-disable | unused kefu-lint-disable directive (no problems were reported from "internet-slang")',
      '6:3-6:19 warning unused-disable-directive kefu-lint-enable | unused kefu-lint-enable directive (no kefu-lint-disable was in force)',
      '7:6-7:28 warning unused-disable-directive kefu-lint-disable-line | unused kefu-lint-disable-line directive (no problems were reported)',
    ])
  })

  it('worker threads (--jobs 2) and the cache report the same', () => {
    const args = ['--report-unused-disable-directives-severity', 'warning', 'unused.txt', 'typo.txt']
    const one = lint(['--jobs', '1', ...args])
    const two = lint(['--jobs', '2', ...args])
    expect(two.stdout).toBe(one.stdout)
    // Files in path order: typo.txt (two misspelt, one unused internet-slang), unused.txt (four unused).
    expect(one.results.map((f) => [f.file, f.messages.filter((m) => m.ruleId !== 'absolute-promise' && m.ruleId !== 'internet-slang').length])).toEqual([
      ['typo.txt', 3],
      ['unused.txt', 4],
    ])
    const cache = ['--cache', '--cache-location', join(dir, '.cache')]
    lint([...cache, ...args])
    const cached = lint([...cache, ...args])
    // The cache writes a finding's keys in its own order: the same findings, compared as data.
    expect(cached.results).toEqual(one.results)
    // The severity is part of the cache key: another severity is linted again.
    const errors = lint([...cache, '--report-unused-disable-directives', 'unused.txt'])
    expect(errors.results[0]!.messages.filter((m) => m.ruleId === 'unused-disable-directive').map((m) => m.severity)).toEqual(['error', 'error', 'error', 'error'])
  })

  it('warnings alone exit 0; --quiet leaves them out; a used directive is never reported', () => {
    write('used.txt', '# kefu-lint-disable-next-line absolute-promise\n明天肯定到\n# kefu-lint-disable-next-line internet-slang\n您好\n')
    const w = lint(['--report-unused-disable-directives-severity', 'warning', 'used.txt'])
    expect(w.code).toBe(0)
    expect(lines(w.results[0]!.messages)).toEqual(['3:3-3:30 warning unused-disable-directive kefu-lint-disable-next-line'])
    const q = lint(['--report-unused-disable-directives-severity', 'warning', '--quiet', 'used.txt'])
    expect(q.results[0]!.messages).toEqual([])
    const off = lint(['--report-unused-disable-directives-severity', 'off', 'used.txt'])
    expect(off.results[0]!.messages).toEqual([])
  })

  it('the config key reportUnusedDisableDirectives, which the flag overrides; a bad value names the file', () => {
    const sub = mkdtempSync(join(dir, 'cfg-'))
    writeFileSync(join(sub, '.kefulintrc.yaml'), 'reportUnusedDisableDirectives: info\n')
    writeFileSync(join(sub, 'r.txt'), '# kefu-lint-disable-next-line internet-slang\n您好\n')
    const base = ['--rules', 'absolute-promise,internet-slang']
    const fromConfig = lintJson([...base, 'r.txt'], { cwd: sub })
    expect(fromConfig.code).toBe(0)
    expect(lines(fromConfig.results[0]!.messages)).toEqual(['1:3-1:30 info unused-disable-directive kefu-lint-disable-next-line'])
    const flag = lintJson([...base, '--report-unused-disable-directives', 'r.txt'], { cwd: sub })
    expect(flag.code).toBe(1)
    expect(lines(flag.results[0]!.messages)).toEqual(['1:3-1:30 error unused-disable-directive kefu-lint-disable-next-line'])
    writeFileSync(join(sub, '.kefulintrc.yaml'), 'reportUnusedDisableDirectives: loud\n')
    const bad = cli([...base, 'r.txt'], { cwd: sub })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`reportUnusedDisableDirectives: expected "off", "info", "warning", "error", true or false, got "loud"`)
  })

  it('--fix keeps directives working: a switched-off rule is not fixed, and the report of the fixed file still names unused directives', () => {
    write('fix.txt', '# kefu-lint-disable-next-line internet-slang\n酱紫的话可以的\n# kefu-lint-disable-next-line absolute-promise\n亲 yyds\n灰常感谢\n')
    const r = lint(['--report-unused-disable-directives', '--fix', 'fix.txt'])
    expect(readFileSync(join(dir, 'fix.txt'), 'utf8')).toBe('# kefu-lint-disable-next-line internet-slang\n酱紫的话可以的\n# kefu-lint-disable-next-line absolute-promise\n亲 yyds\n非常感谢\n')
    expect(r.results[0]!.fixed).toBe(true)
    expect(lines(r.results[0]!.messages)).toEqual(['4:3-4:7 warning internet-slang yyds', '3:3-3:30 error unused-disable-directive kefu-lint-disable-next-line'])
    expect(r.code).toBe(1)
  })
})
