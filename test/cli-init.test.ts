import { PassThrough } from 'node:stream'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { init, starterConfig } from '../src/cli/init.js'
import { at, buildOnce, cli, lintJson } from './cli-support.js'

/** --init writes a starter config from profile and platform: asked on a terminal, or given as flags. */
beforeAll(buildOnce, 180_000)

describe('--init', () => {
  it('with --profile and --platform writes a config the linter uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-init-'))
    const r = cli(['--init', '--profile', 'strict', '--platform', 'jd'], { cwd: dir })
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `kefu-lint: wrote ${join(dir, '.kefulintrc.yaml')}\n`, ''])
    const text = readFileSync(join(dir, '.kefulintrc.yaml'), 'utf8')
    expect(text).toBe(starterConfig('strict', 'jd'))
    expect(text).toContain('profile: strict\n')
    expect(text).toContain('phrases: [淘宝, 天猫, 千牛, 拼多多, 拼夕夕, 抖音, 抖店]\n')
    writeFileSync(join(dir, 'replies.txt'), '京东自营的哦\n您也可以去拼多多看看\n')
    const lint = lintJson(['--rules', 'shop/other-platforms', 'replies.txt'], { cwd: dir })
    expect(lint.results[0]!.messages.map(at)).toEqual(['2:6-2:9 warning shop/other-platforms 拼多多'])
  })

  it('never overwrites a config, and names an unknown platform', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-init-'))
    writeFileSync(join(dir, '.kefulintrc.json'), '{}')
    expect(cli(['--init'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `kefu-lint: --init: ${join(dir, '.kefulintrc.json')} already exists; not overwritten\n` })
    const bad = cli(['--init', '--platform', 'ebay'], { cwd: mkdtempSync(join(tmpdir(), 'kefu-init-')) })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("option '--platform <name>' argument 'ebay' is invalid")
  })

  it('on a terminal, asks for the profile and the platform (a number or a name; empty takes the first)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-init-'))
    const stdin = Object.assign(new PassThrough(), { isTTY: true })
    const stdout = new PassThrough()
    let shown = ''
    // Typed in order, one per prompt: 9 is no choice (asked again), 2 is zh-TW, then a platform by name.
    const answers = ['9', '2', 'pinduoduo']
    stdout.on('data', (c: Buffer) => {
      shown += c.toString()
      if (shown.endsWith('default 1]: ')) stdin.write(`${answers.shift() ?? ''}\n`)
    })
    const file = await init({}, { cwd: dir, stdin, stdout })
    expect(file).toBe(join(dir, '.kefulintrc.yaml'))
    expect(shown).toContain('Profile 规则档位\n  1) marketplace — 电商店铺（默认）\n  2) zh-TW — 繁体中文店铺\n  3) strict — 严格：提示级别的问题也报告\n[1-3, default 1]: ')
    expect(shown.match(/Profile 规则档位/g)).toHaveLength(2)
    expect(readFileSync(file, 'utf8')).toBe(starterConfig('zh-TW', 'pinduoduo'))
  })
})
