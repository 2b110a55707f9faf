import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Output } from '../src/cli/report/output.js'
import { Spool } from '../src/cli/report/spool.js'
import { FindingPacker, unpack } from '../src/cli/transfer.js'
import type { CliMessage, RecordInfo } from '../src/cli/types.js'
import { buildOnce, cliAsync } from './cli-support.js'

/**
 * Session 18, lane cl18: report text is encoded to UTF-8 piece by piece into a reused buffer
 * (report/utf8-batch.ts), a worker's spool buffers are reused by its next task (transfer.ts),
 * and KEFU_LINT_TRACE=1 describes a --jobs run. Reuse must never show through: what was handed
 * on earlier stays as it was.
 */

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-cl18-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Pieces of every width: ASCII, CJK (3 bytes each), astral (a surrogate pair, 4 bytes), huge. */
function pieces(): string[] {
  const out: string[] = []
  for (let i = 0; i < 3000; i++) out.push(i % 3 === 0 ? `{"n":${i}}` : i % 3 === 1 ? `亲，第${i}条回复已收到😊` : '绝对正品'.repeat(i % 50))
  out.splice(1500, 0, '退'.repeat(300_000)) // larger than any batch (900,000 bytes)
  out.push('🎉'.repeat(70_000))
  return out
}

/** A stream that keeps every chunk it is given, by reference. */
function keeper(): { stream: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = []
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk)
      setImmediate(done)
    },
  })
  return { stream, chunks }
}

describe('report text encoded into a reused buffer', () => {
  it('a file gets every piece in order, byte for byte', async () => {
    const path = join(dir, 'out.txt')
    const out = Output.toFile(path, 'out.txt')
    const all = pieces()
    for (let i = 0; i < all.length; i++) {
      if (i % 7 === 0) await out.writeBytes(Buffer.from(all[i]!))
      else out.write(all[i]!)
      if (i % 11 === 0) await out.ready()
    }
    await out.close()
    expect(readFileSync(path, 'utf8')).toBe(all.join(''))
  })

  it('a stream keeps what it was given: later text never overwrites an earlier chunk', async () => {
    const { stream, chunks } = keeper()
    const out = Output.toStream(stream)
    const all = pieces()
    for (let i = 0; i < all.length; i++) {
      out.write(all[i]!)
      await out.ready()
    }
    await out.close()
    await new Promise<void>((resolve) => stream.end(resolve))
    expect(chunks.length).toBeGreaterThan(5)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(all.join(''))
  })

  it('a spool on disk and a spool in memory drain what was written; a drained spool starts empty', async () => {
    const kept: Uint8Array[] = []
    const sink = { write: (s: string) => void kept.push(Buffer.from(s)), writeBytes: (b: Uint8Array) => void kept.push(b) }
    const big = new Spool()
    const all = pieces()
    for (const p of all) big.write(p)
    expect(big.empty).toBe(false)
    await big.drainTo(sink)
    const small = new Spool()
    small.write('亲，')
    small.writeBytes(Buffer.from('稍等😊'))
    small.write('马上好')
    await small.drainTo(sink)
    const first = Buffer.concat(kept).toString('utf8')
    // Written again after draining: what the sink was given before must not change.
    small.write('覆盖'.repeat(100))
    expect(Buffer.concat(kept).toString('utf8')).toBe(first)
    expect(first).toBe(`${all.join('')}亲，稍等😊马上好`)
    await small.drainTo(sink)
    expect(Buffer.concat(kept).toString('utf8')).toBe(`${first}${'覆盖'.repeat(100)}`)
    expect(new Spool().empty).toBe(true)
  })
})

describe('a worker\'s spool buffers, reused by its next task', () => {
  const at = (record: RecordInfo, line: number, ruleId: string): CliMessage =>
    ({ ruleId, severity: 'warning', message: '「肯定」', start: 0, end: 2, line, column: 1, endLine: line, endColumn: 3, record }) as CliMessage
  const batch = (tag: string, n: number): CliMessage[] => {
    const out: CliMessage[] = []
    for (let i = 0; i < n; i++) {
      const r = { index: i, text: `${tag}${i}肯定到`.repeat(1 + (i % 9)) } as RecordInfo
      out.push(at(r, i + 1, 'absolute-promise'), at(r, i + 1, 'exaggeration'))
    }
    return out
  }
  const expected = (tag: string, n: number) => JSON.stringify(batch(tag, n).map((m) => ({ ...m, record: { ...m.record } })))

  it('a packer made while another waits, and one made after a pack, each give their own findings', () => {
    const a = new FindingPacker(true)
    const b = new FindingPacker(true)
    a.add(batch('甲', 4000))
    b.add(batch('乙', 10))
    const fromA = a.pack()
    // c takes a's buffer: a's packed bytes are a copy and stay as they were.
    const c = new FindingPacker(true)
    c.add(batch('丙', 3000))
    b.add(batch('丁', 5))
    const fromC = c.pack()
    const fromB = b.pack()
    expect(JSON.stringify(unpack(fromA))).toBe(expected('甲', 4000))
    expect(JSON.stringify(unpack(fromC))).toBe(expected('丙', 3000))
    expect(JSON.stringify(unpack(fromB))).toBe(JSON.stringify([...JSON.parse(expected('乙', 10)), ...JSON.parse(expected('丁', 5))]))
  })
})

describe('KEFU_LINT_TRACE=1', () => {
  let transcript: string
  beforeAll(() => {
    buildOnce()
    transcript = join(dir, 'chat.jsonl')
    const lines: string[] = []
    for (let i = 0; i < 3000; i++) {
      const agent = i % 2 === 1
      lines.push(JSON.stringify({ session: `S${i % 17}`, role: agent ? 'agent' : 'customer', name: agent ? '店:客服1' : 'b***1', text: agent ? `亲，${i}号绝对正品，明天肯定到` : `${i}号什么时候发货` }))
    }
    writeFileSync(transcript, `${lines.join('\n')}\n`)
  })

  it('--jobs 2: the same report, and one JSON line saying which thread linted which range', { timeout: 120_000 }, async () => {
    const args = ['--rules', 'absolute-promise', '--format', 'jsonl', '--jobs', '2', transcript]
    const env = { KEFU_LINT_RANGE_BYTES: '16384' }
    const [plain, traced] = await Promise.all([cliAsync(args, { env }), cliAsync(args, { env: { ...env, KEFU_LINT_TRACE: '1' } })])
    expect(plain.code).toBe(1)
    expect(traced.code).toBe(1)
    expect(plain.stderr).toBe('')
    expect(traced.stdout).toBe(plain.stdout)
    const lines = traced.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const t = JSON.parse(lines[0]!) as { total: number; elu: Record<string, number>; report: number[][]; tasks: Array<{ slot: number; sent: number; pending: number; resolved: number; done: number; worker: number[]; bytes: number; range: [number, number] }> }
    expect(Object.keys(t.elu).sort()).toEqual(['main', 'worker0'])
    const ranges = t.tasks.map((x) => x.range).sort((x, y) => x[0] - y[0])
    // Every byte of the file in exactly one task, in ranges of about the size asked for.
    expect(ranges[0]![0]).toBe(0)
    expect(ranges.at(-1)![1]).toBe(statSync(transcript).size)
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1])
    expect(t.report).toHaveLength(ranges.length)
    for (const x of t.tasks) {
      expect([0, 1]).toContain(x.slot)
      expect(x.worker).toHaveLength(3)
      expect(x.pending).toBeGreaterThanOrEqual(x.sent)
      expect(x.done).toBeGreaterThanOrEqual(x.resolved)
      // A worker's findings come packed (bytes); the main thread's as objects (minus their count).
      expect(x.slot === 0 ? x.bytes > 0 : x.bytes < 0).toBe(true)
    }
  })
})
