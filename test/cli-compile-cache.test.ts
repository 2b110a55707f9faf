import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli, cliAsync, ROOT } from './cli-support.js'

// The compiled-linter cache (src/compile-cache.ts, src/compile-cache-file.ts): a second run reads
// what the first wrote, output is the same with and without it, and a bad file is never trusted.
// KEFU_LINT_DEBUG=compile-cache makes each look-up observable on stderr.
beforeAll(() => buildOnce(), 300_000)

const REPLIES = '亲，这款绝对不会掉色的\n加我微信 abc12345 给您返现\n你自己没看详情页吗？\n灰常好，木有问题\n'

function setup(): { dir: string; cache: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-compile-cache-'))
  writeFileSync(join(dir, 'a.txt'), REPLIES)
  const cache = join(dir, 'cache')
  return { dir, cache, env: { KEFU_LINT_COMPILE_CACHE: cache, KEFU_LINT_DEBUG: 'compile-cache' } }
}

/** The compile-cache lines of a run's stderr, as [outcome, file] pairs. */
const events = (stderr: string) =>
  stderr
    .split('\n')
    .map((l) => /^kefu-lint: compile cache (\w+)(?: \(([^)]*)\))?: (.*)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[3]!] as const)
const outcomes = (stderr: string) => events(stderr).map(([o]) => o)
const binFiles = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.bin'))
/**
 * Two rules instead of nine where the full config is not the point: a cold run then compiles a
 * small automaton, so each case costs a CLI start rather than a full build and a 12 MB write
 * (the file's checks are the same whatever it holds).
 */
const SMALL = ['--rules', 'absolute-promise,off-platform']

// Each test has a folder and a cache of its own (setup()): the tests run side by side, and within a
// test the runs that do not depend on one another's cache writes do too.
describe.concurrent('compile cache', { timeout: 240_000 }, () => {
  it('the first run writes it, the second reads it, and the report is the same as without a cache', async () => {
    const { dir, cache, env } = setup()
    const [first, none] = await Promise.all([
      cliAsync(['--format', 'json', 'a.txt'], { cwd: dir, env }),
      cliAsync(['--format', 'json', 'a.txt'], { cwd: dir, env: { KEFU_LINT_COMPILE_CACHE: '0', KEFU_LINT_DEBUG: 'compile-cache' } }),
    ])
    expect(outcomes(first.stderr)).toEqual(['miss', 'wrote'])
    expect(binFiles(cache)).toHaveLength(1)
    const second = await cliAsync(['--format', 'json', 'a.txt'], { cwd: dir, env })
    expect(outcomes(second.stderr)).toEqual(['hit'])
    expect(outcomes(none.stderr)).toEqual([])
    expect(JSON.parse(first.stdout)[0].messages.length).toBeGreaterThan(3)
    expect(second.stdout).toBe(none.stdout)
    expect(first.stdout).toBe(none.stdout)
    expect(second.code).toBe(none.code)
  })

  // The file's checks, in process through kefu-lint/node's store (the CLI hands the same store its
  // config): a CLI start per case would cost ~1 s of import for the same assertions.
  it.each([
    ['corrupt (a flipped byte)', (b: Buffer) => (b.writeUInt8(b.readUInt8(b.length - 100) ^ 0xff, b.length - 100), b), 'checksum'],
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 4096), 'truncated'],
    ['foreign (not a cache file)', () => Buffer.from('{"version":1,"entries":{}}\n'.repeat(8)), 'truncated|not a kefu-lint compile cache'],
    ['of another format version', (b: Buffer) => (b.writeInt32LE(99, 4), b), 'format version 99'],
    ['empty', () => Buffer.alloc(0), 'truncated'],
  ])('a %s file is ignored and rewritten', async (_, spoil, reason) => {
    const { cache } = setup()
    const { createLinter, fileCompileCache, builtinRules } = (await import(join(ROOT, 'dist/node.js'))) as typeof import('../src/node.js')
    const seen: { type: string; reason?: string }[] = []
    const store = fileCompileCache({ dir: cache, onEvent: (e) => seen.push(e) })
    const rules: Record<string, 'warning' | 'off'> = Object.fromEntries(builtinRules.map((r) => [r.meta.id, SMALL[1]!.split(',').includes(r.meta.id) ? 'warning' : 'off']))
    const config = { rules }
    const report = (l: ReturnType<typeof createLinter>) => JSON.stringify(REPLIES.split('\n').map((t) => l.lint(t).messages))
    const good = report(createLinter(config, { compileCache: store }))
    expect(seen.map((e) => e.type)).toEqual(['miss', 'wrote'])
    const [file] = binFiles(cache)
    const path = join(cache, file!)
    const bytes = readFileSync(path)
    writeFileSync(path, spoil(Buffer.from(bytes)))
    seen.length = 0
    const again = report(createLinter(config, { compileCache: store }))
    expect(seen.map((e) => e.type)).toEqual(['rejected', 'wrote'])
    expect(seen[0]!.reason).toMatch(new RegExp(`^(${reason})$`))
    expect(again).toBe(good)
    expect(readFileSync(path).equals(bytes)).toBe(true)
    seen.length = 0
    createLinter(config, { compileCache: store })
    expect(seen.map((e) => e.type)).toEqual(['hit'])
  })

  it('a file holding another key (renamed into place) is not trusted', async () => {
    const { dir, cache, env } = setup()
    await Promise.all([cliAsync([...SMALL, 'a.txt'], { cwd: dir, env }), cliAsync([...SMALL, '--profile', 'strict', 'a.txt'], { cwd: dir, env })])
    const files = binFiles(cache).map((f) => join(cache, f))
    expect(files).toHaveLength(2)
    // The two files swapped: the default config's file now holds the strict profile's tables.
    const [first, second] = files.map((f) => readFileSync(f))
    writeFileSync(files[0]!, second!)
    writeFileSync(files[1]!, first!)
    const r = await cliAsync([...SMALL, 'a.txt'], { cwd: dir, env })
    expect(r.stderr).toMatch(/compile cache rejected \(another key\)/)
  })

  it('a changed profile, --rules subset, allow list or class makes a new entry; the same settings hit again', async () => {
    const { dir, cache, env } = setup()
    // Two rounds: four settings of four keys (each a miss), then four settings that must find
    // what the first round wrote. The runs of a round touch different entries or only read.
    const rounds: [string[], string[]][][] = [
      [
        [[...SMALL], ['miss', 'wrote']],
        [[...SMALL, '--profile', 'strict'], ['miss', 'wrote']],
        [[...SMALL, '--profile', 'zh-TW'], ['miss', 'wrote']],
        [['--rules', 'absolute-promise,internet-slang'], ['miss', 'wrote']],
      ],
      [
        [['--rules', 'off-platform,absolute-promise'], ['hit']],
        [[...SMALL, '--rule', 'absolute-promise: error'], ['hit']],
        [[...SMALL, '--profile', 'strict'], ['hit']],
        [[...SMALL], ['hit']],
      ],
    ]
    for (const runs of rounds) {
      const seen = await Promise.all(runs.map(async ([args]) => [args, outcomes((await cliAsync([...args, 'a.txt'], { cwd: dir, env })).stderr)]))
      expect(seen).toEqual(runs)
    }
    expect(binFiles(cache)).toHaveLength(4)
    writeFileSync(join(dir, '.kefulintrc.json'), JSON.stringify({ allow: ['绝对不会掉色'] }))
    expect(outcomes((await cliAsync([...SMALL, 'a.txt'], { cwd: dir, env })).stderr)).toEqual(['miss', 'wrote'])
    writeFileSync(join(dir, '.kefulintrc.json'), JSON.stringify({ classes: { 'outcome.damage': ['脱胶'] } }))
    expect(outcomes((await cliAsync([...SMALL, 'a.txt'], { cwd: dir, env })).stderr)).toEqual(['miss', 'wrote'])
    expect(outcomes((await cliAsync([...SMALL, 'a.txt'], { cwd: dir, env })).stderr)).toEqual(['hit'])
    expect(binFiles(cache)).toHaveLength(6)
  })

  it('a config with a plugin is never cached; custom rules from data are part of the key', () => {
    const { dir, cache, env } = setup()
    writeFileSync(
      join(dir, 'kefulint.config.mjs'),
      "export default { plugins: [{ meta: { id: 'shop/x', category: 'custom', description: { zh: 'x', en: 'x' }, defaultSeverity: 'error', fixable: false }, lexicon: { entries: [{ phrases: ['赶紧下单'] }] } }] }\n",
    )
    const r = cli(['a.txt'], { cwd: dir, env })
    expect(r.stderr).toBe('')
    writeFileSync(join(dir, 'kefulint.config.mjs'), "export default { custom: [{ id: 'shop/y', kind: 'existence', message: '不催单', phrases: ['赶紧下单'] }] }\n")
    const custom = cli(['--format', 'json', 'a.txt'], { cwd: dir, env })
    expect(outcomes(custom.stderr)).toEqual(['miss', 'wrote'])
    expect(outcomes(cli(['a.txt'], { cwd: dir, env }).stderr)).toEqual(['hit'])
    writeFileSync(join(dir, 'kefulint.config.mjs'), "export default { custom: [{ id: 'shop/y', kind: 'existence', message: '不催单', phrases: ['赶紧下单吧'] }] }\n")
    expect(outcomes(cli(['a.txt'], { cwd: dir, env }).stderr)).toEqual(['miss', 'wrote'])
    expect(binFiles(cache)).toHaveLength(2)
  })

  it('an unwritable location means no cache: same report, exit code and no warning', async () => {
    const { dir, env } = setup()
    // A file where the folder should be: nothing can be made under it (whoever runs the test).
    writeFileSync(join(dir, 'blocked'), 'not a folder')
    // A read-only folder (when the test does not run as root, which may write anyway).
    const ro = join(dir, 'ro')
    mkdirSync(ro)
    chmodSync(ro, 0o500)
    // The four runs write nothing another reads: side by side.
    const [plain, blocked, traced, readOnly] = await Promise.all([
      cliAsync([...SMALL, '--format', 'json', 'a.txt'], { cwd: dir, env: { KEFU_LINT_COMPILE_CACHE: 'off' } }),
      cliAsync([...SMALL, '--format', 'json', 'a.txt'], { cwd: dir, env: { KEFU_LINT_COMPILE_CACHE: join(dir, 'blocked', 'cache') } }),
      cliAsync([...SMALL, 'a.txt'], { cwd: dir, env: { ...env, KEFU_LINT_COMPILE_CACHE: join(dir, 'blocked', 'cache') } }),
      cliAsync([...SMALL, '--format', 'json', 'a.txt'], { cwd: dir, env: { KEFU_LINT_COMPILE_CACHE: ro } }),
    ])
    expect(blocked.stderr).toBe('')
    expect(blocked.stdout).toBe(plain.stdout)
    expect(blocked.code).toBe(plain.code)
    expect(outcomes(traced.stderr)).toEqual(['miss', 'unwritable'])
    expect(readOnly.stderr).toBe('')
    expect(readOnly.stdout).toBe(plain.stdout)
  })

  it('first runs side by side are safe: each reads a whole file or none, and all report the same', async () => {
    const { dir, cache, env } = setup()
    const runs = await Promise.all([0, 1, 2, 3].map(() => cliAsync([...SMALL, '--format', 'json', 'a.txt'], { cwd: dir, env })))
    for (const r of runs) {
      expect(r.stdout).toBe(runs[0]!.stdout)
      expect(outcomes(r.stderr).filter((o) => o === 'rejected')).toEqual([])
    }
    expect(binFiles(cache)).toHaveLength(1)
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(outcomes((await cliAsync([...SMALL, 'a.txt'], { cwd: dir, env })).stderr)).toEqual(['hit'])
  })

  it('--jobs 2: the workers read the tables the first process wrote', async () => {
    const { dir, cache, env } = setup()
    for (const name of ['b.txt', 'c.txt', 'd.txt']) writeFileSync(join(dir, name), REPLIES)
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt']
    const one = await cliAsync([...SMALL, '--format', 'json', '--jobs', '1', ...files], { cwd: dir, env })
    expect(outcomes(one.stderr)).toEqual(['miss', 'wrote'])
    const written = statSync(join(cache, binFiles(cache)[0]!)).size
    // KEFU_LINT_MAIN_LINTS=0: the workers lint every file (the main thread would otherwise take
    // these small files before a worker is up).
    const workerEnvs: Record<string, string>[] = [{ KEFU_LINT_MAIN_LINTS: '0' }, { KEFU_LINT_MAIN_LINTS: '0', KEFU_LINT_PROCESSES: '1' }]
    // Both only read the cache: side by side.
    const twos = await Promise.all(workerEnvs.map((workerEnv) => cliAsync([...SMALL, '--format', 'json', '--jobs', '2', ...files], { cwd: dir, env: { ...env, ...workerEnv } })))
    for (const two of twos) {
      const seen = outcomes(two.stderr)
      // Every linter made (the workers' and the main thread's) is read from the cache.
      expect(seen.length).toBeGreaterThanOrEqual(2)
      expect(new Set(seen)).toEqual(new Set(['hit']))
      expect(two.stdout).toBe(one.stdout)
    }
    expect(statSync(join(cache, binFiles(cache)[0]!)).size).toBe(written)
  })
})
