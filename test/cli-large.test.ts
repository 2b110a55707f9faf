import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, cliAsync, lintJson, lintJsonAsync, type JsonResult, type Run } from './cli-support.js'

/** Large inputs: worker threads, shards, the cache, stdin streaming. */
beforeAll(buildOnce, 180_000)

const only = ['--rules', 'absolute-promise']
let dir: string
let transcript: string

const REPLIES = ['亲，明天肯定给您发货', '好的亲，我们会尽快为您安排', '这款绝对不会掉色的', '不能保证明天到，我们尽量帮您催', '本店正品保证', '亲，在的']
const QUESTIONS = ['什么时候发货', '会掉色吗', '能保证明天到吗', '是正品吗']

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-large-'))
  transcript = join(dir, 'day.jsonl')
  const lines: string[] = []
  for (let i = 0; i < 30_000; i++) {
    const agent = i % 3 !== 0
    const text = agent ? REPLIES[(i * 7) % REPLIES.length] : QUESTIONS[i % QUESTIONS.length]
    lines.push(JSON.stringify({ session: `S${Math.floor(i / 6)}`, role: agent ? 'agent' : 'customer', name: agent ? `店:客服${i % 4}` : 'b***1', text }))
  }
  writeFileSync(transcript, `${lines.join('\n')}\n`)
})

/**
 * `--rules absolute-promise --format json <transcript>`, the plain run: 'streaming' compares stdin
 * with it and 'no progress bar' reads its stderr. One run (made on first use) serves both.
 */
let plain: Promise<Run> | undefined
const plainRun = () => (plain ??= cliAsync([...only, '--format', 'json', transcript]))

// The runs of a test that do not depend on one another go side by side (the tests themselves one
// after another: each already starts up to four CLIs on the 30,000-line transcript).

describe('--jobs', { timeout: 240_000 }, () => {
  it('worker threads give exactly the in-process result, in file order', async () => {
    const runs = await Promise.all(['1', '2'].map((j) => lintJsonAsync([...only, '--jobs', j, transcript])))
    const [one, two] = [runs[0]!, runs[1]!]
    expect(one.code).toBe(1)
    expect(one.results[0]!.replies).toBe(20_000)
    expect(one.results[0]!.messages.length).toBe(10_000)
    expect(two.stdout).toBe(one.stdout)
  })

  it('many small files over workers: same result as in-process', async () => {
    const args = [...only, '--input-format', 'text', 'fixtures/cli/formats/replies.txt', 'fixtures/cli/encodings/replies.gb18030.txt', 'fixtures/cli/chats']
    const [three, one] = await Promise.all(['3', '1'].map((j) => cliAsync([...args, '--jobs', j, '--format', 'json'])))
    expect(three!.stdout).toBe(one!.stdout)
  })
})

describe('--shard', { timeout: 240_000 }, () => {
  it('by file: every file in exactly one shard', async () => {
    const [allRun, ...shardRuns] = await Promise.all([
      lintJsonAsync([...only, 'fixtures/cli/encodings', 'fixtures/cli/formats']),
      ...[1, 2, 3].map((i) => lintJsonAsync([...only, '--shard', `${i}/3`, 'fixtures/cli/encodings', 'fixtures/cli/formats'])),
    ])
    const all = allRun.results.map((r) => r.file)
    const shards = shardRuns.map((s) => s.results.map((r) => r.file))
    expect(shards.flat().sort()).toEqual([...all].sort())
    expect(shards.every((s) => s.length > 0 && s.length < all.length)).toBe(true)
  })

  it('by record: every reply in exactly one shard, with its context', async () => {
    const [fullRun, ...partRuns] = await Promise.all([
      lintJsonAsync([...only, '--with-previous', transcript]),
      ...[1, 2, 3].map((i) => lintJsonAsync([...only, '--with-previous', '--shard', `${i}/3`, '--shard-by', 'record', transcript])),
    ])
    const full = fullRun.results[0]!
    const parts = partRuns.map((p) => p.results[0]!)
    expect(parts.reduce((n, p) => n + p.replies, 0)).toBe(full.replies)
    const key = (r: JsonResult) => r.messages.map((m) => `${at(m)} ${m.record.previous}`)
    expect(parts.flatMap(key).sort()).toEqual(key(full).sort())
  })

  it('rejects a malformed shard', async () => {
    const r = await cliAsync(['--shard', '4/3', transcript])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('expected i/n with 1 ≤ i ≤ n')
  })
})

describe('--cache', { timeout: 240_000 }, () => {
  it('reuses a result while content, config and options are unchanged', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kefu-cache-'))
    const file = join(cacheDir, 'replies.txt')
    writeFileSync(file, '明天肯定发货\n')
    const cacheFile = join(cacheDir, 'cache.json')
    const run = (...extra: string[]) => lintJson([...only, '--cache', '--cache-location', cacheFile, ...extra, file])
    const first = run()
    expect(first.results[0]!.messages.map(at)).toEqual(['1:3-1:5 warning absolute-promise 肯定'])

    // Prove the second run reads the cache: mark the stored result.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    const entry = cache.entries[file]
    entry.result.messages[0].message = 'FROM CACHE'
    writeFileSync(cacheFile, JSON.stringify(cache))
    expect(run().results[0]!.messages[0]!.message).toBe('FROM CACHE')

    // Other options (here --quiet), other content: linted afresh.
    expect(run('--quiet').results[0]!.messages).toEqual([])
    writeFileSync(file, '明天肯定发货！\n')
    expect(run().results[0]!.messages[0]!.message).not.toBe('FROM CACHE')
  })
})

describe('streaming', { timeout: 240_000 }, () => {
  it('a transcript piped to stdin gives the same result as the file', async () => {
    const [fileRun, stdinRun] = await Promise.all([plainRun(), lintJsonAsync([...only, '--stdin-filename', 'day.jsonl', '-'], { input: readFileSync(transcript) })])
    const fromFile = (JSON.parse(fileRun.stdout) as JsonResult[])[0]!
    const fromStdin = stdinRun.results[0]!
    expect(fromStdin.messages.map(at)).toEqual(fromFile.messages.map(at))
    expect(fromStdin.replies).toBe(fromFile.replies)
  })

  it('no progress bar when stderr is not a terminal', async () => {
    expect((await plainRun()).stderr).toBe('')
  })
})
