import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli, cliAsync, type JsonResult } from './cli-support.js'

/**
 * --jobs never changes a report: workers lint whole files, or byte ranges of a large
 * transcript (made small here with KEFU_LINT_RANGE_BYTES so a test file has many seams), and
 * sessions that straddle two ranges keep the customer's turn they answer.
 */
beforeAll(buildOnce, 180_000)

let dir: string
let transcript: string

const REPLIES = ['亲，明天肯定给您发货', '好的亲，我们会尽快为您安排', '这款绝对不会掉色的', '不能保证明天到，我们尽量帮您催', '本店正品保证', '亲，在的', '100%正品，假一赔十', '亲亲，yyds']
const QUESTIONS = ['什么时候发货', '会掉色吗', '能保证明天到吗', '是正品吗', '在吗']

/** mulberry32: the same transcript on every machine. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-jobs-'))
  transcript = join(dir, 'day.jsonl')
  // Interleaved sessions with long runs of customer turns and of replies, so that range seams
  // fall inside runs of both kinds; a broken line and an image message in between.
  const rand = prng(7)
  const lines: string[] = []
  for (let i = 0; i < 6000; i++) {
    const session = `S${Math.floor(rand() * 40)}`
    const agent = rand() < 0.55
    const text = agent ? REPLIES[Math.floor(rand() * REPLIES.length)] : QUESTIONS[Math.floor(rand() * QUESTIONS.length)]
    lines.push(JSON.stringify({ session, role: agent ? 'agent' : 'customer', name: agent ? `店:客服${i % 3}` : 'b***1', text }))
    if (i === 2500) lines.push('{"role":"agent","text":')
    if (i === 4000) lines.push('{"role":"customer","image":"a.png"}')
  }
  writeFileSync(transcript, `${lines.join('\n')}\n`)
})

const SMALL_RANGES = { KEFU_LINT_RANGE_BYTES: '8192' }

describe('--jobs', () => {
  it('ranges of one transcript: the same report, byte for byte, for --jobs 1, 2, 3 and auto', { timeout: 240_000 }, async () => {
    const args = ['--rules', 'absolute-promise,internet-slang', '--with-previous', '--format', 'jsonl', transcript]
    const [one, two, three, auto] = await Promise.all(['1', '2', '3', 'auto'].map((j) => cliAsync([...args, '--jobs', j], { env: SMALL_RANGES })))
    expect(one!.code).toBe(2) // the broken line
    expect(one!.stdout).toContain('"type":"finding"')
    expect(one!.stdout.match(/"previous":/g)!.length).toBeGreaterThan(100)
    const fileLine = JSON.parse(one!.stdout.trimEnd().split('\n').at(-1)!)
    expect(fileLine).toMatchObject({ type: 'file', replies: expect.any(Number) })
    expect(fileLine.errors).toEqual([{ message: expect.stringMatching(/^invalid JSON line/), line: 2502 }])
    for (const r of [two, three, auto]) {
      expect(r!.stderr).toBe('')
      expect(r!.stdout).toBe(one!.stdout)
    }
  })

  it('the main thread\'s share (objects, not packed text) reports alike: sarif, html with --redact', { timeout: 240_000 }, async () => {
    // --jobs 2 is one worker and the main thread; the main thread's findings are never packed
    // and parsed, and --redact rewrites them in place: every format must still see the same.
    // The four runs (two formats, one and two jobs) side by side.
    const runs = await Promise.all(
      ['sarif', 'html'].flatMap((format) => {
        const args = ['--rules', 'absolute-promise,internet-slang,privacy-leak', '--with-previous', '--redact', '--format', format, transcript]
        return ['1', '2'].map((j) => cliAsync([...args, '--jobs', j], { env: SMALL_RANGES }))
      }),
    )
    for (let i = 0; i < runs.length; i += 2) {
      const [one, two] = [runs[i]!, runs[i + 1]!]
      expect(two.stderr).toBe('')
      expect(two.code).toBe(one.code)
      expect(two.stdout).toBe(one.stdout)
    }
  })

  it('workers as child processes (KEFU_LINT_PROCESSES=1): the same report, byte for byte, for --jobs 1, 2 and 3', { timeout: 240_000 }, async () => {
    // The findings cross a process's IPC channel instead of a thread's port; ranges, seams and
    // the sessions that straddle them are settled as with threads.
    const args = ['--rules', 'absolute-promise,internet-slang', '--with-previous', '--format', 'json', transcript, 'fixtures/cli/chats']
    const [one, two, three] = await Promise.all([
      cliAsync([...args, '--jobs', '1'], { env: SMALL_RANGES }),
      ...['2', '3'].map((j) => cliAsync([...args, '--jobs', j], { env: { ...SMALL_RANGES, KEFU_LINT_PROCESSES: '1' } })),
    ])
    for (const r of [two, three]) {
      expect(r!.stderr).toBe('')
      expect(r!.code).toBe(one.code)
      expect(r!.stdout).toBe(one.stdout)
    }
  })

  it('many files over workers, json: the same report as in one thread', { timeout: 240_000 }, async () => {
    const args = ['--rules', 'absolute-promise', '--format', 'json', 'fixtures/cli/chats', 'fixtures/cli/formats', 'fixtures/cli/encodings', transcript]
    const [one, two] = await Promise.all([cliAsync([...args, '--jobs', '1']), cliAsync([...args, '--jobs', '2'], { env: SMALL_RANGES })])
    expect(two.stdout).toBe(one.stdout)
    expect(two.code).toBe(one.code)
  })
})

// The tests below read the shared transcript or write in folders of their own, and each runs one or a
// few single-threaded CLI runs: those of a describe go side by side.
describe.concurrent('--shard i/n', () => {
  // The unsharded report each n is compared with is the same run for every n: made once (on first
  // use) instead of once per case.
  const once = <T>(make: () => Promise<T>) => {
    let made: Promise<T> | undefined
    return () => (made ??= make())
  }
  const byFileArgs = ['--rules', 'absolute-promise', '--format', 'json', 'fixtures/cli/chats', 'fixtures/cli/formats', 'fixtures/cli/encodings']
  const allFiles = once(async () => (JSON.parse((await cliAsync(byFileArgs)).stdout) as JsonResult[]).map((r) => r.file))
  const byRecordArgs = () => ['--rules', 'absolute-promise,internet-slang', '--with-previous', '--format', 'json', transcript]
  const fullReport = once(async () => (JSON.parse((await cliAsync(byRecordArgs())).stdout) as JsonResult[])[0]!)
  // Shard counts 1 (the whole input in one part), 2 and 3: no code takes another branch for a larger
  // n (a file's shard is a hash modulo n, a reply's its index modulo n), so 4 and 5 (nine CLI runs
  // each way) only repeated these.
  const COUNTS = [1, 2, 3]

  it.each(COUNTS)('by file, n = %i: every file in exactly one shard', { timeout: 240_000 }, async (n) => {
    const args = byFileArgs
    const all = await allFiles()
    const shards = await Promise.all(Array.from({ length: n }, (_, i) => cliAsync([...args, '--shard', `${i + 1}/${n}`])))
    const files = shards.map((s) => (JSON.parse(s.stdout) as JsonResult[]).map((r) => r.file))
    expect(files.flat().sort()).toEqual([...all].sort())
    expect(new Set(files.flat()).size).toBe(all.length)
  })

  it.each(COUNTS)('by record, n = %i: every reply in exactly one shard, with its context', { timeout: 240_000 }, async (n) => {
    const args = byRecordArgs()
    const full = await fullReport()
    const parts = await Promise.all(Array.from({ length: n }, (_, i) => cliAsync([...args, '--shard', `${i + 1}/${n}`, '--shard-by', 'record'])))
    const results = parts.map((p) => (JSON.parse(p.stdout) as JsonResult[])[0]!)
    expect(results.reduce((sum, r) => sum + r.replies, 0)).toBe(full.replies)
    const key = (r: JsonResult) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.record.index} ${m.record.previous}`)
    const merged = results.flatMap(key)
    expect(merged.sort()).toEqual(key(full).sort())
    expect(new Set(merged).size).toBe(merged.length)
  })
})

describe.concurrent('kefu-lint merge', () => {
  it('jsonl shards by record merge into the report of one run', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-merge-'))
    const args = ['--rules', 'absolute-promise,internet-slang', '--with-previous', '--format', 'jsonl', transcript, 'fixtures/cli/chats']
    const [whole, ...shards] = await Promise.all([
      cliAsync(args),
      ...[1, 2, 3].map((i) => cliAsync([...args, '--shard', `${i}/3`, '--shard-by', 'record', '--output', join(dir, `s${i}.jsonl`)])),
    ])
    expect(shards.map((s) => s.stderr)).toEqual(['', '', ''])
    const merged = cli(['merge', ...[1, 2, 3].map((i) => join(dir, `s${i}.jsonl`))])
    expect(merged.code).toBe(whole.code)
    expect(merged.stdout).toBe(whole.stdout)
  })

  it('sarif shards by file merge into one log with every result', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-merge-'))
    const args = ['--rules', 'absolute-promise', '--format', 'sarif', 'fixtures/cli/chats', 'fixtures/cli/formats']
    const [wholeRun] = await Promise.all([cliAsync(args), ...[1, 2].map((i) => cliAsync([...args, '--shard', `${i}/2`, '--output', join(dir, `s${i}.sarif`)]))])
    const merged = JSON.parse(cli(['merge', join(dir, 's1.sarif'), join(dir, 's2.sarif')]).stdout)
    const whole = JSON.parse(wholeRun!.stdout)
    const key = (r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) =>
      `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.ruleId}`
    expect(merged.runs[0].results.map(key).sort()).toEqual(whole.runs[0].results.map(key).sort())
    const notes = (log: { runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }> }> }) => {
      const [inv] = log.runs[0]!.invocations
      return [inv!.executionSuccessful, inv!.toolExecutionNotifications.map((n) => JSON.stringify(n)).sort()]
    }
    expect(notes(merged)).toEqual(notes(whole))
  })
})

describe('--jobs and the config a worker loads', () => {
  // A config that runs code is run by workers only (the main thread lints nothing), so every
  // finding here comes from a worker. Workers used to ignore a config found by the lookup (only
  // --config reached them) and linted with the defaults: the plugin's findings were missing. A
  // worker takes the built-in lexicons as the main thread validated them (lexicon/validated.ts);
  // what a user wrote (a plugin's lexicon, a config's word classes) it loads and validates itself.
  it('a config found in the working directory, with a plugin and its own word classes: the same report from workers as from one thread', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-jobs-plugin-'))
    mkdirSync(join(dir, 'rules'))
    writeFileSync(
      join(dir, 'rules/no-hard-sell.mjs'),
      "export default { meta: { id: 'shop/no-hard-sell', category: 'custom', description: { zh: '不催单', en: 'No pressure to buy' }, defaultSeverity: 'error', fixable: false }, lexicon: { entries: [{ phrases: ['赶紧下单'] }] } }\n",
    )
    writeFileSync(join(dir, 'kefulint.config.mjs'), "import noHardSell from './rules/no-hard-sell.mjs'\nexport default { plugins: [noHardSell], classes: { 'outcome.damage': ['脱胶'] } }\n")
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), '亲，赶紧下单吧\n保证不会脱胶的\n这款绝对不会掉色\n')
    const [one, two] = await Promise.all(['1', '2'].map((j) => cliAsync(['--format', 'json', '--jobs', j, 'a.txt', 'b.txt', 'c.txt'], { cwd: dir })))
    expect(one!.stderr).toBe('')
    expect(two!.stderr).toBe('')
    expect(two!.code).toBe(one!.code)
    expect(two!.stdout).toBe(one!.stdout)
    const ids = (JSON.parse(one!.stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => m.ruleId))
    expect(ids).toContain('shop/no-hard-sell')
  })
})

describe.concurrent('--jobs and a worker that dies', () => {
  // A plugin that ends its process (or thread) on one file: that file is reported with the
  // worker's exit, the files before and after are linted, and the report is whole (valid JSON).
  it.each([
    ['worker threads', {}],
    ['child processes', { KEFU_LINT_PROCESSES: '1' }],
  ])('%s: the file it had fails alone', { timeout: 240_000 }, async (_, env) => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-jobs-crash-'))
    writeFileSync(
      join(dir, 'kefulint.config.mjs'),
      "export default { plugins: [{ meta: { id: 'shop/crash', category: 'custom', description: { zh: '崩溃', en: 'crash' }, defaultSeverity: 'error', fixable: false }, lexicon: { entries: [{ phrases: ['崩溃测试'] }] }, create: () => ({ scan: (ctx) => { if (ctx.original.includes('崩溃测试')) process.exit(7); return [] } }) }] }\n",
    )
    for (const [name, text] of [['a.txt', '明天肯定发货'], ['b.txt', '崩溃测试'], ['c.txt', '100%正品']]) writeFileSync(join(dir, name!), `${text}\n`)
    const r = await cliAsync(['--format', 'json', '--jobs', '2', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir, env })
    expect(r.code).toBe(2)
    const results = JSON.parse(r.stdout) as JsonResult[]
    expect(results.map((x) => [x.file, x.messages.length, x.errors.map((e) => e.message)])).toEqual([
      ['a.txt', 1, []],
      ['b.txt', 0, ['lint worker stopped (exit code 7)']],
      ['c.txt', 1, []],
    ])
  })
})
