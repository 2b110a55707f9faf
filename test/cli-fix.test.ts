import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { at, buildOnce, cli, FIXTURES, lintJson } from './cli-support.js'

/**
 * --fix rewrites only the reply cells of canned-reply libraries, byte for byte everywhere else;
 * transcripts are never touched. The fixable rule is the fixture config's own substitution rule
 * (酱紫→这样, 木有→没有, 灰常→非常).
 */
beforeAll(buildOnce, 180_000)

const rules = ['--rules', 'absolute-promise,shop/slang']
let dir: string
const original = (name: string) => readFileSync(join(FIXTURES, 'fix', name))
const now = (name: string) => readFileSync(join(dir, name))
const swap = (s: string) => s.replaceAll('酱紫', '这样').replaceAll('木有', '没有').replaceAll('灰常', '非常')

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-fix-'))
  cpSync(join(FIXTURES, 'fix'), dir, { recursive: true })
})

describe('--fix', () => {
  it('rewrites each library in place, keeping encoding, BOM, quoting and line endings', () => {
    const r = lintJson([...rules, '--fix', '.'], { cwd: dir })
    // What is left: absolute-promise findings (no safe fix) and the transcript's slang.
    expect(r.code).toBe(1)
    expect(r.results.map((x) => [x.file, x.fixed ?? false, x.messages.map(at)])).toEqual([
      ['chat.jsonl', false, ['2:25-2:27 warning shop/slang 木有']],
      ['library.json', true, []],
      ['library.yaml', true, []],
      ['phrases.gbk.csv', true, []],
      ['phrases.utf8-bom.csv', true, ['5:3-5:5 warning absolute-promise 肯定']],
      // Line 3's 木有 is switched off by its directive, so it is neither fixed nor reported.
      ['replies.txt', true, ['5:3-5:5 error absolute-promise 肯定']],
    ])

    // UTF-8 + BOM + CRLF, "" quoting and a multi-line cell: only the replaced characters changed.
    const csv = original('phrases.utf8-bom.csv')
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(now('phrases.utf8-bom.csv')).toEqual(Buffer.from(swap(csv.toString('utf8')), 'utf8'))
    expect(now('phrases.utf8-bom.csv').toString('utf8')).toContain('a2,"没有问题的，""非常""耐穿",售前\r\na3,"亲，没有货了\r\n明天肯定补上",缺货\r\n')

    // GBK stays GBK.
    const gbk = iconv.decode(original('phrases.gbk.csv'), 'gbk')
    expect(now('phrases.gbk.csv')).toEqual(iconv.encode(swap(gbk), 'gbk'))

    // YAML: plain, double-quoted (\" kept), single-quoted ('' kept), block scalar.
    expect(now('library.yaml').toString()).toBe(swap(original('library.yaml').toString()))
    expect(now('library.yaml').toString()).toContain(`'没有关系的，''非常''好搭配'`)

    // JSON: the changed span is written back as JSON (here over a \\u escape).
    expect(now('library.json').toString()).toBe(
      '[\n  { "code": "a1", "text": "亲，这样的话建议您选大一码" },\n  { "code": "a2", "text": "没有问题的，\\"非常\\"耐穿" }\n]\n',
    )

    // Plain text: the directive keeps its reply as written.
    expect(now('replies.txt').toString()).toBe('亲，这样的话建议您选大一码\n# kefu-lint-disable-next-line shop/slang\n木有问题的，这是原话引用\n非常感谢您的支持，没有问题\n明天肯定到\n')

    // Transcripts are records of what was said: never rewritten.
    expect(now('chat.jsonl')).toEqual(original('chat.jsonl'))
    // Atomic writes leave no temporary files.
    expect(readdirSync(dir).sort()).toEqual(['.kefulintrc.yaml', 'chat.jsonl', 'library.json', 'library.yaml', 'phrases.gbk.csv', 'phrases.utf8-bom.csv', 'replies.txt'])
  })

  it('a second run has nothing left to fix', () => {
    lintJson([...rules, '--fix', '.'], { cwd: dir })
    const before = readdirSync(dir).map((f) => now(f))
    const again = lintJson([...rules, '--fix', '.'], { cwd: dir })
    expect(again.results.filter((x) => x.fixed)).toEqual([])
    expect(readdirSync(dir).map((f) => now(f))).toEqual(before)
  })

  it('never rewrites a file with unreadable rows (exit 2)', () => {
    const broken = '快捷短语编码,快捷短语,快捷短语分组\na1,酱紫就好,尺码\na2,"坏"掉的,x\n'
    writeFileSync(join(dir, 'broken.csv'), broken)
    const r = lintJson([...rules, '--fix', 'broken.csv'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.results[0]!.errors).toEqual([{ message: 'malformed CSV row: text after the closing quote of a quoted field', line: 3 }])
    expect(r.results[0]!.fixed).toBeUndefined()
    expect(now('broken.csv').toString()).toBe(broken)
  })

  it('leaves workbooks alone', () => {
    cpSync(join(FIXTURES, 'encodings/phrases.xlsx'), join(dir, 'phrases.xlsx'))
    const before = now('phrases.xlsx')
    lintJson([...rules, '--fix', 'phrases.xlsx'], { cwd: dir })
    expect(now('phrases.xlsx')).toEqual(before)
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff of the fixes and writes nothing', () => {
    const r = cli([...rules, '--fix-dry-run', 'replies.txt', 'chat.jsonl'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout.startsWith(`Index: replies.txt
===================================================================
--- replies.txt
+++ replies.txt
@@ -1,5 +1,5 @@
-亲，酱紫的话建议您选大一码
+亲，这样的话建议您选大一码
 # kefu-lint-disable-next-line shop/slang
 木有问题的，这是原话引用
-灰常感谢您的支持，木有问题
+非常感谢您的支持，没有问题
 明天肯定到
`)).toBe(true)
    // Then the report, of the text as it would be after the fix, which is not called fixed.
    expect(r.stdout).toContain('replies.txt (as the fixes would leave it; not written)\n  5:3     error')
    expect(r.stdout).not.toContain('(fixed)')
    for (const f of ['replies.txt', 'chat.jsonl']) expect(now(f)).toEqual(original(f))
  })

  it('cannot be combined with --fix', () => {
    const r = cli([...rules, '--fix', '--fix-dry-run', 'replies.txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('kefu-lint: --fix and --fix-dry-run: choose one\n')
  })
})
