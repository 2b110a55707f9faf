import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { createTwoFilesPatch } from 'diff'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { applyEdits, patchOfEdits, type Edit } from '../src/cli/edits.js'
import { decodeBuffer } from '../src/cli/decode.js'
import { LineIndex } from '../src/cli/positions.js'
import { at, buildOnce, lintJson, ROOT } from './cli-support.js'

/** --fix never loses an edit made while it runs, and its edits and diffs are computed in one pass. */
beforeAll(buildOnce, 180_000)

const SLANG = `custom:
  - id: shop/slang
    kind: substitution
    swap: { 酱紫: 这样, 木有: 没有 }
    fixable: true
    message: "{actual}是网络谐音，建议改为{expected}。"
`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-fix-safety-'))
})

describe('--fix and a concurrent edit', () => {
  it('a line appended while --fix lints the file is kept: the file is reported and left as it is (exit 2)', () => {
    // A plugin rule that appends a line to the file the first time it sees a reply: an edit made
    // after the file was read and before it would be replaced.
    writeFileSync(
      join(dir, 'kefulint.config.mjs'),
      `import { appendFileSync } from 'node:fs'
import { defineRule, parseLexicon } from ${JSON.stringify(join(ROOT, 'dist/index.js'))}
import YAML from ${JSON.stringify(join(ROOT, 'node_modules/yaml/dist/index.js'))}
let done = false
const editor = defineRule({
  meta: { id: 'test/editor', category: 'custom', description: { zh: '改文件', en: 'edits the file' }, defaultSeverity: 'info', fixable: false },
  lexicon: parseLexicon({ rule: 'test/editor', message: { zh: '{actual}', en: '{actual}' }, entries: [{ phrases: ['不会出现的词'] }] }, 'inline'),
  create: () => ({ scan: () => { if (!done) { done = true; appendFileSync(${JSON.stringify(join(dir, 'replies.txt'))}, '同事刚加的：木有问题\\n') } return [] } }),
})
export default { ...YAML.parse(${JSON.stringify(SLANG)}), plugins: [editor] }
`,
    )
    writeFileSync(join(dir, 'replies.txt'), '亲，酱紫的话建议您选大一码\n')
    const r = lintJson(['--rules', 'shop/slang,test/editor', '--fix', 'replies.txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.results[0]!.errors).toEqual([{ message: '--fix: the file changed while it was being linted; not rewritten (run again to fix the new content)' }])
    expect(r.results[0]!.fixed).toBeUndefined()
    expect(r.results[0]!.messages.map(at)).toEqual(['1:3-1:5 warning shop/slang 酱紫'])
    // Both the original reply and the colleague's line are there, unfixed.
    expect(readFileSync(join(dir, 'replies.txt'), 'utf8')).toBe('亲，酱紫的话建议您选大一码\n同事刚加的：木有问题\n')
    expect(readdirSync(dir).sort()).toEqual(['kefulint.config.mjs', 'replies.txt'])
  })
})

describe('temp files of a killed --fix', () => {
  it('are removed by the next --fix when their process is gone; a live process keeps its own', () => {
    writeFileSync(join(dir, '.kefulintrc.yaml'), SLANG)
    writeFileSync(join(dir, 'replies.txt'), '亲，酱紫的话建议您选大一码\n')
    // A pid that has exited: a child that already finished.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!
    const stale = `.replies.txt.kefu-lint-${dead}-1.tmp`
    const live = `.replies.txt.kefu-lint-${process.pid}-1.tmp`
    writeFileSync(join(dir, stale), '亲，这样的话')
    writeFileSync(join(dir, live), '亲，这')
    const r = lintJson(['--rules', 'shop/slang', '--fix', 'replies.txt'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.results[0]!.fixed).toBe(true)
    expect(readFileSync(join(dir, 'replies.txt'), 'utf8')).toBe('亲，这样的话建议您选大一码\n')
    expect(readdirSync(dir).sort()).toEqual(['.kefulintrc.yaml', live, 'replies.txt'].sort())
  })
})

describe('edits applied in one pass', () => {
  const doc = (text: string) => {
    const d = decodeBuffer(Buffer.from(text), { name: 'utf-8', bom: 0 })
    return { text: d.text, lines: d.lines, index: new LineIndex(d.lines) }
  }
  const text = Array.from({ length: 40 }, (_, i) => `第${i + 1}行 ${i % 3 === 0 ? '酱紫' : '好的'}`).join('\n') + '\n最后一行没有换行 酱紫'
  const edits: Edit[] = []
  for (let i = text.indexOf('酱紫'); i !== -1; i = text.indexOf('酱紫', i + 1)) edits.push({ from: i, to: i + 2, text: '这样' })

  it('apply every edit', () => {
    expect(applyEdits(text, edits)).toBe(text.replaceAll('酱紫', '这样'))
    expect(applyEdits('abc', [{ from: 1, to: 1, text: 'X' }, { from: 2, to: 3, text: '' }])).toBe('aXb')
  })

  it('the diff is the one jsdiff gives for the whole file (merged and separate hunks, no newline at end)', () => {
    const d = doc(text)
    const whole = createTwoFilesPatch('f.txt', 'f.txt', text, applyEdits(text, edits), undefined, undefined, { context: 1 })
    expect(patchOfEdits('f.txt', d, edits)).toBe(whole)
    // Edits three lines apart share a hunk; a multi-line replacement shifts later hunks.
    const grow: Edit[] = [edits[0]!, { ...edits[1]!, text: '这样\n多一行' }, edits[5]!]
    const wholeGrow = createTwoFilesPatch('f.txt', 'f.txt', text, applyEdits(text, grow), undefined, undefined, { context: 1 })
    expect(patchOfEdits('f.txt', d, grow)).toBe(wholeGrow)
  })

  it('same as jsdiff for CRLF, adjacent lines, two edits on one line, a first and an unterminated last line', () => {
    const crlf = '酱紫a\r\nb酱紫c酱紫\r\n酱紫\r\nx\r\ny\r\nz\r\nw\r\n尾巴酱紫'
    const all: Edit[] = []
    for (let i = crlf.indexOf('酱紫'); i !== -1; i = crlf.indexOf('酱紫', i + 1)) all.push({ from: i, to: i + 2, text: '这样' })
    for (const chosen of [all, [all[0]!], [all[1]!, all[2]!], [all[4]!], [all[0]!, all[4]!]]) {
      const expected = createTwoFilesPatch('g.csv', 'g.csv', crlf, applyEdits(crlf, chosen), undefined, undefined, { context: 1 })
      expect(patchOfEdits('g.csv', doc(crlf), chosen)).toBe(expected)
    }
  })
})
