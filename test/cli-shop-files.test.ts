import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, lintJson } from './cli-support.js'

/** Shop files read right (WeChat JSON, sender columns), foreign files refused or skipped with a reason. */
beforeAll(buildOnce, 180_000)

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-shop-files-'))
})
const lint = (...args: string[]) => lintJson(['--rules', 'absolute-promise', '--with-previous', ...args], { cwd: dir })
const put = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return name
}

const WECHAT = `[
  {"localId": 1, "Type": 1, "IsSender": 0, "StrContent": "这个能保证明天到吗", "StrTime": "2024-06-01 10:00:01", "StrTalker": "wxid_abc"},
  {"localId": 2, "Type": 3, "IsSender": 0, "StrContent": "[图片]", "StrTime": "2024-06-01 10:00:05", "StrTalker": "wxid_abc"},
  {"localId": 3, "Type": 1, "IsSender": 1, "StrContent": "亲，保证明天到", "StrTime": "2024-06-01 10:00:30", "StrTalker": "wxid_abc"}
]
`

describe('WeChat JSON exports are chats', () => {
  it('IsSender/StrContent: only the shop side is linted, the customer turn is its context', () => {
    const r = lint(put('wx.json', WECHAT))
    expect(r.code).toBe(1)
    expect(r.results[0]!.replies).toBe(1)
    expect(r.results[0]!.messages.map((m) => [at(m), m.record.role, m.record.previous, m.record.time, m.record.session])).toEqual([
      ['4:61-4:63 error absolute-promise 保证', 'agent', '这个能保证明天到吗', '2024-06-01 10:00:30', 'wxid_abc'],
    ])
  })

  it('is_sender/content', () => {
    const r = lint(put('wx2.json', '[\n  {"is_sender": 0, "content": "会掉色吗", "nickname": "小王"},\n  {"is_sender": 1, "content": "肯定不会掉色", "nickname": "店主"}\n]\n'))
    expect(r.results[0]!.replies).toBe(1)
    expect(r.results[0]!.messages.map((m) => [at(m), m.record.speaker, m.record.previous])).toEqual([['3:32-3:34 error absolute-promise 肯定', '店主', '会掉色吗']])
  })
})

describe('CSV chats with a sender column', () => {
  it('发送方 with 顾客/客服 and from with buyer/seller are read as chats', () => {
    const zh = put('zh.csv', '时间,发送方,内容\n10:00,顾客,这个能保证明天到吗\n10:01,客服,亲，保证明天到\n')
    const en = put('en.csv', 'from,message\nbuyer,在吗\nseller,亲，这款肯定不掉色\n')
    const r = lint(en, zh)
    expect(r.results.map((x) => [x.file, x.replies, x.messages.map((m) => [at(m), m.record.row, m.record.previous])])).toEqual([
      ['en.csv', 1, [['3:12-3:14 error absolute-promise 肯定', 3, '在吗']]],
      ['zh.csv', 1, [['3:12-3:14 error absolute-promise 保证', 3, '这个能保证明天到吗']]],
    ])
  })
})

describe('JSON that is not a shop file', () => {
  it('named: an unknown object shape, a bundler metafile, very deep JSON are errors that say what they are (exit 2)', () => {
    put('other.json', '{"version": 3, "items": [{"id": 1, "enabled": true}]}\n')
    put('meta.json', '{"inputs": {"src/a.ts": {"bytes": 10, "imports": []}}, "outputs": {"dist/a.js": {"bytes": 20}}}\n')
    put('deep.json', `${'['.repeat(5000)}"亲，绝对正品"${']'.repeat(5000)}`)
    const r = lint('other.json', 'meta.json', 'deep.json')
    expect(r.code).toBe(2)
    expect(r.results.map((x) => [x.file, x.errors])).toEqual([
      ['deep.json', [{ message: 'JSON nested 5000 levels deep, more than kefu-lint reads (256); not read' }]],
      ['meta.json', [{ message: 'not a reply library or chat: a bundler metafile (inputs/outputs)', line: 1 }]],
      [
        'other.json',
        [{ message: 'unknown object shape {id, enabled}: expected replies (strings or objects with text/content/strcontent/reply), groups of them, or chat messages', line: 1 }],
      ],
    ])
  })

  it('in a folder run: kefu-lint reports and bundler metafiles are skipped and listed; Office lock files are ignored', () => {
    mkdirSync(join(dir, 'lib'))
    put('lib/wx.json', WECHAT)
    put('lib/meta.json', '{"inputs": {"src/a.ts": {"bytes": 10}}, "outputs": {}}\n')
    put('lib/report.json', '[{"file":"lib/wx.json","replies":1,"messages":[{"message":"「保证」是绝对化承诺"}],"errors":[]}]\n')
    put('lib/~$book.xlsx', 'owner lock')
    const r = lint('lib')
    expect(r.code).toBe(1)
    expect(r.results.map((x) => [x.file, x.replies, x.errors, (x as { notes?: string[] }).notes])).toEqual([
      ['lib/meta.json', 0, [], ['skipped: not a reply library or chat: a bundler metafile (inputs/outputs)']],
      ['lib/report.json', 0, [], ['skipped: not a reply library or chat: a kefu-lint JSON report']],
      ['lib/wx.json', 1, [], undefined],
    ])
    expect(r.stderr).toBe(
      'kefu-lint: lib/meta.json: skipped: not a reply library or chat: a bundler metafile (inputs/outputs)\nkefu-lint: lib/report.json: skipped: not a reply library or chat: a kefu-lint JSON report\n',
    )
  })
})
