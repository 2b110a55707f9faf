import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, CLI, type JsonResult } from './cli-support.js'

/** Workbooks: size limits, sheets skipped on purpose listed, spreadsheet cell names, findings by sheet. */
beforeAll(buildOnce, 180_000)

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-xlsx-'))
})

function lint(args: readonly string[]) {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--rules', 'absolute-promise', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: '1' } })
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
