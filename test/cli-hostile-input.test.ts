import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { at, buildOnce, CLI, type JsonResult } from './cli-support.js'

/**
 * Inputs that would hang or mislead the run. Each CLI run has a hard timeout, so a regression
 * fails the test instead of hanging the suite (the timeout is a guard, not a measurement).
 */
beforeAll(buildOnce, 180_000)

const GUARD_MS = 60_000
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-hostile-'))
  chmodSync(dir, 0o755)
})

function lint(args: readonly string[], options: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--rules', 'absolute-promise', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: GUARD_MS,
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
    ...options,
  })
  if (r.error) throw new Error(`the CLI did not finish: ${r.error.message}`)
  return { code: r.status, stderr: r.stderr, results: JSON.parse(r.stdout) as JsonResult[] }
}
const summary = (results: JsonResult[]) => results.map((x) => [x.file, x.errors, x.messages.map(at)])

describe('only regular files are read', () => {
  it('a FIFO named on the command line is refused, not waited on; the other file is linted', () => {
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0)
    writeFileSync(join(dir, 'ok.txt'), '明天肯定到\n')
    const r = lint(['pipe.txt', 'ok.txt'])
    expect(r.code).toBe(2)
    expect(summary(r.results)).toEqual([
      ['ok.txt', [], ['1:3-1:5 error absolute-promise 肯定']],
      ['pipe.txt', [{ message: 'cannot read file: a FIFO (named pipe), not a regular file; not read' }], []],
    ])
  })

  it('a symlink to /dev/zero in a folder is refused, not read forever', () => {
    mkdirSync(join(dir, 'replies'))
    symlinkSync('/dev/zero', join(dir, 'replies/a.txt'))
    writeFileSync(join(dir, 'replies/b.txt'), '明天肯定到\n')
    const r = lint(['replies'])
    expect(r.code).toBe(2)
    expect(summary(r.results)).toEqual([
      ['replies/a.txt', [{ message: 'cannot read file: a device, not a regular file; not read' }], []],
      ['replies/b.txt', [], ['1:3-1:5 error absolute-promise 肯定']],
    ])
  })
})

describe('folder walks', () => {
  it('a symlink loop does not lint a file twice', () => {
    mkdirSync(join(dir, 'lib/sub'), { recursive: true })
    writeFileSync(join(dir, 'lib/r.txt'), '明天肯定到\n')
    symlinkSync('..', join(dir, 'lib/sub/loop'))
    symlinkSync('r.txt', join(dir, 'lib/again.txt'))
    const r = lint(['lib'])
    expect(r.code).toBe(1)
    expect(summary(r.results)).toEqual([['lib/r.txt', [], ['1:3-1:5 error absolute-promise 肯定']]])
  })

  // As root every folder is readable, so this runs the CLI as nobody — which needs a checkout
  // nobody may enter (a clone inside a 0700 mktemp folder is not one: then it cannot be shown).
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined
  const canRunAsNobody = !asNobody || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], asNobody).status === 0
  it.skipIf(!canRunAsNobody)('an unreadable subfolder is reported (exit 2); the readable files are linted', () => {
    mkdirSync(join(dir, 'lib/secret'), { recursive: true })
    writeFileSync(join(dir, 'lib/r.txt'), '明天肯定到\n')
    writeFileSync(join(dir, 'lib/secret/s.txt'), '绝对正品\n')
    chmodSync(join(dir, 'lib/secret'), 0o000)
    const r = lint(['lib'], asNobody ?? {})
    chmodSync(join(dir, 'lib/secret'), 0o755)
    expect(r.code).toBe(2)
    expect(summary(r.results)).toEqual([
      ['lib/r.txt', [], ['1:3-1:5 error absolute-promise 肯定']],
      ['lib/secret', [{ message: 'cannot read folder: permission denied; the files in it were not linted' }], []],
    ])
  })
})

describe('--agent /regex/', () => {
  const chat = (name: string) =>
    [
      JSON.stringify({ session: 's', role: 'customer', name: 'buyer', text: '能保证明天到吗' }),
      JSON.stringify({ session: 's', role: 'agent', name, text: '亲，明天肯定到' }),
    ].join('\n') + '\n'

  it('runs in linear time: /^(a+)+$/ on a hostile speaker name finishes', () => {
    writeFileSync(join(dir, 'chat.jsonl'), chat(`${'a'.repeat(64)}!`) + chat('aaaa').split('\n')[1] + '\n')
    const r = lint(['--agent', '/^(a+)+$/', 'chat.jsonl'])
    expect(r.code).toBe(1)
    expect(r.results[0]!.replies).toBe(1)
    expect(r.results[0]!.agents).toEqual({ aaaa: 1 })
    expect(r.results[0]!.messages.map(at)).toEqual(['3:57-3:59 error absolute-promise 肯定'])
  })

  it('flags work; a pattern RE2 cannot run (backreference) is a usage error', () => {
    writeFileSync(join(dir, 'chat.jsonl'), chat('XiaoMei'))
    expect(lint(['--agent', '/^xiaomei$/i', 'chat.jsonl']).results[0]!.replies).toBe(1)
    const r = spawnSync(process.execPath, [CLI, '--agent', '/(a)\\1/', 'chat.jsonl'], { cwd: dir, encoding: 'utf8', timeout: GUARD_MS })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^kefu-lint: --agent \/\(a\)\\1\/: .+ \(RE2 syntax: no backreferences or lookaround\)\n$/)
  })
})

describe('characters per reply', () => {
  it('a reply over 100,000 characters is a per-line error; the other replies are linted', () => {
    const long = `亲${'好'.repeat(150_000)}`
    writeFileSync(join(dir, 'chat.jsonl'), [JSON.stringify({ role: 'agent', text: long }), JSON.stringify({ role: 'agent', text: '明天肯定到' })].join('\n') + '\n')
    const r = lint(['chat.jsonl'])
    expect(r.code).toBe(2)
    expect(r.results[0]!.replies).toBe(1)
    expect(r.results[0]!.errors).toEqual([{ message: 'reply of 150001 characters, more than 100000; not linted', line: 1 }])
    expect(r.results[0]!.messages.map(at)).toEqual(['2:27-2:29 error absolute-promise 肯定'])
  })
})
