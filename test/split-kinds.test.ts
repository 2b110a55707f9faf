import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const script = join(__dirname, '..', 'scripts', 'split-kinds.mjs')
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })
const line = (text: string, kind?: string) => JSON.stringify({ text, labels: [], ...(kind ? { kind } : {}) })

describe('scripts/split-kinds.mjs', () => {
  it('sends alternate lines of each kind to the two halves, in input order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-split-'))
    const input = join(dir, 'set.jsonl')
    writeFileSync(input, [line('a1', 'A'), line('b1', 'B'), line('a2', 'A'), line('a3', 'A'), line('b2', 'B'), ''].join('\n'))
    const r = run(input, join(dir, 'dev.jsonl'), join(dir, 'hold.jsonl'))
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`2 kinds: 3 lines to ${join(dir, 'dev.jsonl')}, 2 to ${join(dir, 'hold.jsonl')}\n`)
    const texts = (f: string) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)
    expect(texts('dev.jsonl')).toEqual(['a1', 'b1', 'a3'])
    expect(texts('hold.jsonl')).toEqual(['a2', 'b2'])
  })

  it('names the file and line of a line without a kind, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-split-'))
    const input = join(dir, 'set.jsonl')
    writeFileSync(input, [line('a1', 'A'), line('no kind')].join('\n'))
    const r = run(input, join(dir, 'dev.jsonl'), join(dir, 'hold.jsonl'))
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`${input}:2: no "kind"\n`)
    expect(existsSync(join(dir, 'dev.jsonl'))).toBe(false)
    expect(existsSync(join(dir, 'hold.jsonl'))).toBe(false)
  })

  it('prints its usage without three paths', () => {
    const r = run('only-one.jsonl')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^usage: node scripts\/split-kinds\.mjs/)
  })
})
