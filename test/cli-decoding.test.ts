import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, lintJson } from './cli-support.js'

/**
 * Honest decoding: a file is read in the encoding it is written in, or refused with a message
 * (exit 2) — never read as mojibake that lints clean.
 */
beforeAll(buildOnce, 180_000)

const rules = ['--rules', 'absolute-promise,off-platform']
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-decode-'))
})
const file = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(dir, name), bytes)
  return name
}
const lint = (...names: string[]) => lintJson([...rules, ...names], { cwd: dir })

const THREE_LINES = '亲，这款绝对正品\n有问题加我微信 abc123\n我们保证不起球\n'
const THREE_FINDINGS = ['1:5-1:7 info absolute-promise 绝对', '2:4-2:8 error off-platform 加我微信', '3:3-3:5 error absolute-promise 保证']

describe('encoding detection', () => {
  it('UTF-16LE and UTF-16BE without a BOM are told by their zero bytes', () => {
    const le = file('le.txt', iconv.encode(THREE_LINES, 'utf16le'))
    const be = file('be.txt', iconv.encode(THREE_LINES, 'utf16be'))
    const r = lint(le, be)
    expect(r.code).toBe(1)
    expect(r.results.map((x) => [x.file, x.errors, x.messages.map(at)])).toEqual([
      ['be.txt', [], THREE_FINDINGS],
      ['le.txt', [], THREE_FINDINGS],
    ])
  })

  it('a GBK CSV that is mostly ASCII is read as GB18030, not Latin-1', () => {
    const csv = file('mostly-ascii.gbk.csv', iconv.encode('code,text\nq1,hello\nq2,亲 yyds 绝对正品\n', 'gbk'))
    const r = lint(csv)
    expect(r.results[0]!.errors).toEqual([])
    expect(r.results[0]!.messages.map((m) => [at(m), m.record.code, m.record.text])).toEqual([['3:11-3:13 info absolute-promise 绝对', 'q2', '亲 yyds 绝对正品']])
  })

  it('a short GBK file is read as GB18030, not Shift_JIS or Big5', () => {
    const r = lint(file('short.gbk.txt', iconv.encode('绝对正品\n加我微信\n', 'gbk')))
    expect(r.code).toBe(1)
    expect(r.results[0]!.errors).toEqual([])
    expect(r.results[0]!.messages.map(at)).toEqual(['1:1-1:3 info absolute-promise 绝对', '2:1-2:5 error off-platform 加我微信'])
  })

  it('a PNG renamed .csv is refused as binary (exit 2); the other files are still linted', () => {
    const png = file('image.csv', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201d5f3a4e90000000049454e44ae426082', 'hex'))
    const ok = file('ok.txt', Buffer.from('明天肯定到\n'))
    const r = lint(png, ok)
    expect(r.code).toBe(2)
    expect(r.results.map((x) => [x.file, x.errors, x.replies, x.messages.map(at)])).toEqual([
      ['image.csv', [{ message: 'binary file, not text (NUL or control bytes); not linted' }], 0, []],
      ['ok.txt', [], 1, ['1:3-1:5 error absolute-promise 肯定']],
    ])
  })

  it('a weak guess is said, not read as a clean file (exit 2)', () => {
    const r = lint(file('latin.txt', Buffer.from('caf\xe9 na\xefve \xa9 ok\n', 'latin1')))
    expect(r.code).toBe(2)
    expect(r.results[0]!.errors).toEqual([
      { message: "cannot tell the file's encoding (not UTF-8, UTF-16 or GB18030; best guess ISO-8859-9 at 20% confidence); name it with --encoding" },
    ])
    // Named, the encoding is used as given.
    const forced = lintJson([...rules, '--encoding', 'latin1', 'latin.txt'], { cwd: dir })
    expect(forced.code).toBe(0)
    expect(forced.results[0]!.replies).toBe(1)
  })

  it('Shift_JIS that chardet is sure of is still read as such', () => {
    const r = lint(file('ja.txt', iconv.encode('このお店は絶対おすすめです\n', 'shift_jis')))
    expect(r.code).toBe(0)
    expect(r.results[0]!.errors).toEqual([])
    expect(r.results[0]!.replies).toBe(1)
  })
})
