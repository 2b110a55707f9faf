import { detectLayout, rowsToTurns, type Cell, type Layout, type Row } from './table.js'
import type { Reader, Turn } from './types.js'
import { zipProblem } from './zip-limits.js'
import { orderedWorkbookReader, zipParts, type ZipParts } from './xlsx-parts.js'

/**
 * XLSX 快捷短语 workbooks (and chat sheets), streamed row by row with exceljs's WorkbookReader
 * after the archive has been checked against size limits (zip-limits.ts); the parts are opened
 * through the zip's central directory in dependency order (xlsx-parts.ts). Every sheet with a
 * usable header is read; the others are listed as skipped. A finding's position is [sheet row,
 * character in the cell] and its record names the cell in A1 notation (`售后!B3`). Workbooks
 * are never rewritten by --fix (a zip of XML cannot keep every other byte as it was).
 */
const BATCH = 1000

export const xlsxReader: Reader = {
  format: 'xlsx',
  kind: 'library',
  input: 'binary',
  async *read(bytes, options, sink, notes) {
    const problem = await zipProblem(bytes)
    if (problem) {
      sink.error({ message: problem })
      return
    }
    const { default: ExcelJS } = await import('exceljs')
    let parts: ZipParts | undefined
    const skipped: { name: string; why: string; line: number }[] = []
    let sheets = 0
    let read = 0
    let index = 0
    try {
      parts = await zipParts(bytes)
      const workbook = orderedWorkbookReader(ExcelJS.stream.xlsx.WorkbookReader, parts, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'cache',
        entries: 'ignore',
      })
      for await (const sheet of workbook) {
        sheets++
        const name = (sheet as unknown as { name: string }).name
        let layout: Layout | undefined
        let batch: Row[] = []
        const flush = (): Turn[] => {
          const turns = [...rowsToTurns(batch, layout!, sink)]
          for (const t of turns) t.info.index = index++
          batch = []
          return turns
        }
        let refused: string | undefined
        let firstLine: number | undefined
        for await (const row of sheet as AsyncIterable<ExcelRow>) {
          if (refused) continue
          const cells: Cell[] = []
          const count = Math.max(row.cellCount, row.actualCellCount)
          for (let c = 1; c <= count; c++) cells.push({ text: cellText(row.getCell(c)), locate: (i) => [row.number, i + 1] })
          if (cells.every((c) => !c.text.trim())) continue
          const r: Row = { cells, line: row.number, row: row.number, sheet: name }
          if (!layout) {
            // A one-column list without a header is replies only in a workbook of one sheet.
            const single = workbook.model?.sheets?.length === 1
            const found = detectLayout(cells.map((c) => c.text), undefined, options, single)
            if (typeof found === 'string') {
              firstLine ??= row.number
              refused = found
              continue
            }
            layout = found
            if (found.header) continue
          }
          batch.push(r)
          if (batch.length >= BATCH) yield flush()
        }
        if (refused) skipped.push({ name, why: refused, line: firstLine! })
        else if (layout) {
          read++
          yield flush()
        }
      }
    } catch (e) {
      sink.error({ message: `unreadable XLSX workbook: ${(e as Error).message}` })
      return
    } finally {
      parts?.close()
    }
    // A workbook often has a notes or settings sheet: an error only when no sheet is usable.
    if (read === 0 && skipped.length === 1) sink.error({ message: `sheet ${skipped[0]!.name}: ${skipped[0]!.why}`, line: skipped[0]!.line })
    else if (read === 0 && skipped.length) sink.error({ message: `no sheet has a reply column: ${skipped.map((s) => `${s.name} (${s.why})`).join('; ')}` })
    else for (const s of skipped) notes.push(`sheet ${s.name} skipped: ${s.why}`)
    if (sheets === 0) sink.error({ message: 'XLSX workbook has no sheets' })
  },
}

interface ExcelRow {
  number: number
  cellCount: number
  actualCellCount: number
  getCell(c: number): { value: unknown; text: string }
}

/** Cell text as Excel shows it: rich text joined, formulas by their result. */
function cellText(cell: { value: unknown; text: string }): string {
  const v = cell.value as { richText?: { text: string }[]; result?: unknown } | null
  if (v && typeof v === 'object' && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
  if (v && typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result)
  return cell.text ?? ''
}
