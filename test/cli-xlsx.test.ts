import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { sheetOrder } from '../src/cli/inputs/xlsx-parts.js'
import { at, buildOnce, CLI, type JsonResult } from './cli-support.js'

/** Workbooks: size limits, sheets skipped on purpose listed, spreadsheet cell names, findings by sheet. */
beforeAll(buildOnce, 180_000)

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-xlsx-'))
})

function lint(args: readonly string[]) {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--rules', 'absolute-promise', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1' } })
  if (r.error) throw new Error(`the CLI did not finish: ${r.error.message}`)
  return { code: r.status, stderr: r.stderr, results: JSON.parse(r.stdout) as JsonResult[] & { notes?: string[] }[] }
}

/** A zip of one deflated entry of `size` spaces; `declared` is the size its headers claim. */
function zipBomb(size: number, declared: number): Buffer {
  const data = Buffer.alloc(size, 0x20)
  const packed = deflateRawSync(data, { level: 9 })
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const crc = crc32(data)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(packed.length, 18)
  local.writeUInt32LE(declared, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(declared, 24)
  central.writeUInt16LE(name.length, 28)
  const cdOffset = local.length + name.length + packed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(cdOffset, 16)
  return Buffer.concat([local, name, packed, central, name, end])
}

describe('XLSX limits', () => {
  it('a zip bomb (honest or lying headers) is a per-file error; the other files are still reported', () => {
    const size = 300 * 1024 * 1024
    writeFileSync(join(dir, 'bomb.xlsx'), zipBomb(size, size))
    writeFileSync(join(dir, 'liar.xlsx'), zipBomb(size, 1000))
    writeFileSync(join(dir, 'ok.txt'), '明天肯定到\n')
    const r = lint(['bomb.xlsx', 'liar.xlsx', 'ok.txt'])
    expect(r.code).toBe(2)
    expect(r.results.map((x) => [x.file, x.errors.length, x.messages.map(at)])).toEqual([
      ['bomb.xlsx', 1, []],
      ['liar.xlsx', 1, []],
      ['ok.txt', 0, ['1:3-1:5 error absolute-promise 肯定']],
    ])
    expect(r.results[0]!.errors[0]).toEqual({ message: 'XLSX workbook expands to more than 256 MB (a zip bomb?); not read' })
    // yauzl stops inflating at the first chunk past the declared size.
    expect(r.results[1]!.errors[0]!.message).toMatch(/^unreadable XLSX workbook: too many bytes in the stream\. expected 1000\. got at least \d+$/)
  })
})

describe('XLSX sheets', () => {
  it('findings are grouped by sheet and name their cell (售后!B3); a sheet without a reply column is listed as skipped', async () => {
    const book = new ExcelJS.Workbook()
    const after = book.addWorksheet('售后')
    after.addRows([['编码', '快捷短语'], ['a1', '亲，在的'], ['a2', '绝对不会掉色'], ['a3', '明天肯定到']])
    book.addWorksheet('说明').addRows([['这是说明页'], ['不要改动']])
    const before = book.addWorksheet('Pre sale')
    before.addRows([['快捷短语'], ['保证正品']])
    await book.xlsx.writeFile(join(dir, 'book.xlsx'))
    const r = lint(['book.xlsx'])
    expect(r.code).toBe(1)
    const [x] = r.results
    expect(x!.errors).toEqual([])
    expect((x as { notes?: string[] }).notes).toEqual(['sheet 说明 skipped: no header naming a reply column'])
    expect(r.stderr).toBe('kefu-lint: book.xlsx: sheet 说明 skipped: no header naming a reply column\n')
    expect(x!.messages.map((m) => [at(m), m.record.sheet, m.record.row, m.record.cell])).toEqual([
      ['3:1-3:3 error absolute-promise 绝对', '售后', 3, '售后!B3'],
      ['4:3-4:5 error absolute-promise 肯定', '售后', 4, '售后!B4'],
      ['2:1-2:5 info absolute-promise 保证正品', 'Pre sale', 2, "'Pre sale'!A2"],
    ])
  })
})

describe('XLSX locations in the reports people read', () => {
  // The workbook of the test above, written again so this block stands alone.
  let book: string
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('售后').addRows([['编码', '快捷短语'], ['a1', '亲，在的'], ['a2', '绝对不会掉色'], ['a3', '明天肯定到']])
    wb.addWorksheet('说明').addRows([['这是说明页'], ['不要改动']])
    wb.addWorksheet('Pre sale').addRows([['快捷短语'], ['保证正品']])
    book = join(dir, 'located.xlsx')
    await wb.xlsx.writeFile(book)
  })
  const report = (format: string) => {
    const r = spawnSync(process.execPath, [CLI, '--no-config-lookup', '--rules', 'absolute-promise', '--locale', 'en', '--format', format, 'located.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: undefined },
    })
    expect(r.status).toBe(1)
    return r.stdout
  }
  const ABSOLUTE = (word: string, first: string, second: string, example: string) =>
    `“${word}” is an absolute promise about something the shop does not control (delivery, effect, fit, skin); say “${first}”, “${second}” instead, e.g. “${example}”.`
  const POLICY = '“保证正品” promises the shop\'s own policy: keep it only if the shop can always honour it.'

  it('stylish: findings under their sheet, each at its cell in A1 notation, with the character in the cell', () => {
    expect(report('stylish')).toBe(
      [
        'located.xlsx',
        '  sheet 售后',
        `  售后!B3 error    ${ABSOLUTE('绝对', '一般', '正常情况下', '一般不会掉色')}  absolute-promise`,
        '          char 1 · a2',
        '          → 一般 / 正常情况下',
        `  售后!B4 error    ${ABSOLUTE('肯定', '预计', '一般', '明天预计到')}  absolute-promise`,
        '          char 3 · a3',
        '          → 预计 / 一般',
        '  sheet Pre sale',
        `  'Pre sale'!A2 info     ${POLICY}  absolute-promise`,
        '                char 1',
        '',
        '✖ 3 problems (2 errors, 0 warnings, 1 info) in 4 replies in 1 file',
        '',
      ].join('\n'),
    )
  })

  it('junit: cases named by cell and classed by sheet', () => {
    const out = report('junit')
    expect([...out.matchAll(/<testcase classname="([^"]*)" name="([^"]*)">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['located.xlsx › 售后', 'located.xlsx 售后!B3 absolute-promise'],
      ['located.xlsx › 售后', 'located.xlsx 售后!B4 absolute-promise'],
      ['located.xlsx › Pre sale', 'located.xlsx &apos;Pre sale&apos;!A2 absolute-promise'],
    ])
    expect([...out.matchAll(/">(\w+ at [^\n]*)/g)].map((m) => m[1])).toEqual([
      'error at located.xlsx 售后!B3 (char 1 · a2)',
      'error at located.xlsx 售后!B4 (char 3 · a3)',
      'info at located.xlsx &apos;Pre sale&apos;!A2 (char 1)',
    ])
  })

  it('html: each reply at its cell, each finding at its character, problems per sheet under the workbook', () => {
    const out = report('html')
    const href = `file://${join(dir, 'located.xlsx')}`
    expect([...out.matchAll(/<div class="meta">(.*)<\/div>/g)].map((m) => m[1])).toEqual([
      `<a href="${href}">located.xlsx 售后!B3</a> · 编码 a2 · score 10`,
      `<a href="${href}">located.xlsx 售后!B4</a> · 编码 a3 · score 10`,
      `<a href="${href}">located.xlsx &#39;Pre sale&#39;!A2</a> · score 1`,
    ])
    expect([...out.matchAll(/<span class="note">([^<]*char[^<]*)<\/span>/g)].map((m) => m[1])).toEqual(['售后!B3 char 1', '售后!B4 char 3', '&#39;Pre sale&#39;!A2 char 1'])
    expect(out).toContain(
      `<tr><td><a href="${href}">located.xlsx</a></td><td class="n">4</td><td class="n">3</td><td class="n">0</td></tr>\n<tr class="sheet"><td>› sheet 售后</td><td class="n">—</td><td class="n">2</td><td class="n">—</td></tr>\n<tr class="sheet"><td>› sheet Pre sale</td><td class="n">—</td><td class="n">1</td><td class="n">—</td></tr>`,
    )
  })

  it('json keeps line/column (sheet row : character) and adds nothing but the record it already had', () => {
    const r = lint(['--no-config-lookup', 'located.xlsx'])
    expect(r.results[0]!.errors).toEqual([])
    expect(r.results[0]!.messages.map((m) => [m.line, m.column, m.record])).toEqual([
      [3, 1, { index: 1, row: 3, column: '快捷短语', sheet: '售后', cell: '售后!B3', code: 'a2', text: '绝对不会掉色' }],
      [4, 3, { index: 2, row: 4, column: '快捷短语', sheet: '售后', cell: '售后!B4', code: 'a3', text: '明天肯定到' }],
      [2, 1, { index: 3, row: 2, column: '快捷短语', sheet: 'Pre sale', cell: "'Pre sale'!A2", text: '保证正品' }],
    ])
  })
})

describe('XLSX parts read through the central directory', () => {
  // exceljs stores worksheets before sharedStrings.xml and workbook.xml; a front-to-back reader
  // has to spill them to the temp folder and intermittently lost workbook.xml under load.
  it('needs no temp folder: the same findings with TMPDIR pointing nowhere', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('售后').addRows([['编码', '快捷短语'], ['a1', '亲，在的'], ['a2', '绝对不会掉色']])
    await wb.xlsx.writeFile(join(dir, 'no-tmp.xlsx'))
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--rules', 'absolute-promise', '--no-config-lookup', 'no-tmp.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, CI: '1', TMPDIR: join(dir, 'does-not-exist'), TMP: join(dir, 'does-not-exist'), TEMP: join(dir, 'does-not-exist') },
    })
    expect(r.status).toBe(1)
    const [x] = JSON.parse(r.stdout) as JsonResult[]
    expect(x!.errors).toEqual([])
    expect(x!.messages.map((m) => [at(m), m.record.cell])).toEqual([['3:1-3:3 error absolute-promise 绝对', '售后!B3']])
  })

  it('keeps Chinese characters whole where a part is inflated across chunk boundaries', async () => {
    // ~460 KB of shared strings: exceljs's own reader decoded each 16 KB chunk alone and turned a
    // character split between two chunks into U+FFFD (18 of these 3,000 rows).
    const texts = Array.from({ length: 3000 }, (_, i) => `亲，第${i}条：明天肯定到，我们会尽快为您安排发货，请耐心等待，谢谢您的支持与理解。`)
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('售后').addRows([['编码', '快捷短语'], ...texts.map((t, i) => [`c${i}`, t])])
    await wb.xlsx.writeFile(join(dir, 'long.xlsx'))
    const r = lint(['--no-config-lookup', 'long.xlsx'])
    expect(r.results[0]!.errors).toEqual([])
    expect(r.results[0]!.messages.map((m) => m.record.text)).toEqual(texts)
  })

  it('orders worksheets by the workbook\'s tabs, then other sheet parts by number', () => {
    const names = new Set(['xl/workbook.xml', 'xl/worksheets/sheet10.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet1.xml.rels'])
    const rels = [
      { Id: 'rId3', Target: 'worksheets/sheet1.xml' },
      { Id: 'rId5', Target: '/xl/worksheets/sheet2.xml' },
      { Id: 'rId9', Target: 'worksheets/sheet7.xml' },
    ]
    expect(sheetOrder(names, [{ rId: 'rId5' }, { rId: 'rId9' }, { rId: 'rId3' }, {}], rels)).toEqual([
      { part: 'xl/worksheets/sheet2.xml', no: '2' },
      { part: 'xl/worksheets/sheet1.xml', no: '1' },
      { part: 'xl/worksheets/sheet3.xml', no: '3' },
      { part: 'xl/worksheets/sheet10.xml', no: '10' },
    ])
  })
})
