import { detectLayout, rowsToTurns, type Cell, type Row } from './table.js'
import type { Reader, Turn } from './types.js'

/**
 * XLSX 快捷短语 workbooks (and chat sheets), read with exceljs. Every sheet with a usable header
 * is read. A position is [sheet row, character in the cell]; workbooks are never rewritten by
 * --fix (a zip of XML cannot keep every other byte as it was).
 */
export const xlsxReader: Reader = {
  format: 'xlsx',
  kind: 'library',
  input: 'binary',
  async read(bytes, options, sink) {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
    } catch (e) {
      sink.error({ message: `unreadable XLSX workbook: ${(e as Error).message}` })
      return []
    }
    const turns: Turn[] = []
    let index = 0
    for (const sheet of workbook.worksheets) {
      const rows: Row[] = []
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: Cell[] = []
        const count = Math.max(row.cellCount, row.actualCellCount)
        for (let c = 1; c <= count; c++) {
          const text = cellText(row.getCell(c))
          cells.push({ text, locate: (i) => [rowNumber, i + 1] })
        }
        rows.push({ cells, line: rowNumber, sheet: sheet.name })
      })
      if (rows.length === 0) continue
      const layout = detectLayout(rows[0]!.cells.map((c) => c.text), undefined, options, workbook.worksheets.length === 1)
      if (typeof layout === 'string') {
        // A workbook often has a notes or settings sheet: only complain when no sheet is usable.
        if (workbook.worksheets.length === 1) sink.error({ message: `sheet ${sheet.name}: ${layout}`, line: rows[0]!.line })
        continue
      }
      for (const turn of rowsToTurns(layout.header ? rows.slice(1) : rows, layout, sink)) {
        turn.info.index = index++
        turns.push(turn)
      }
    }
    return turns
  },
}

/** Cell text as Excel shows it: rich text joined, formulas by their result. */
function cellText(cell: { value: unknown; text: string }): string {
  const v = cell.value as { richText?: { text: string }[]; result?: unknown } | null
  if (v && typeof v === 'object' && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
  if (v && typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result)
  return cell.text ?? ''
}
