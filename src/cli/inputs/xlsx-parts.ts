import type { Readable } from 'node:stream'
import yauzl from 'yauzl'

/**
 * An XLSX workbook read through its zip's central directory, so each part can be opened when it
 * is needed rather than when it happens to come by in the archive.
 *
 * Why not exceljs's own streaming reader over the bytes: it walks the archive front to back with
 * unzipper, and files written by exceljs (and other generators) store the worksheets before
 * sharedStrings.xml and workbook.xml. The reader then spills the worksheets to temp files and
 * parses them once the strings arrive, and under load its async hand-offs lose parts: the same
 * workbook intermittently fails with "Cannot read properties of undefined (reading 'sheets')"
 * (exceljs issues 1558 and 3064; our CI met it once in ~11,000 tests). It also decodes each
 * inflated chunk on its own, so a Chinese character split across a 16 KB chunk boundary became
 * two U+FFFD (16 of 3,000 replies in a 460 KB strings part). Here the parts every sheet depends
 * on are parsed first, in a fixed order, and every part is decoded as one UTF-8 stream; nothing
 * touches the temp folder. The worksheets are still streamed row by row.
 */
export interface ZipParts {
  readonly names: ReadonlySet<string>
  /** The part decoded as UTF-8 text (multi-byte characters kept whole across chunks). */
  text(name: string): Promise<Readable>
  close(): void
}

export function zipParts(bytes: Uint8Array): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip archive'))
      const entries = new Map<string, yauzl.Entry>()
      zip.on('error', reject)
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry)
        zip.readEntry()
      })
      zip.on('end', () =>
        resolve({
          names: new Set(entries.keys()),
          text: (name) =>
            new Promise((ok, fail) => {
              const entry = entries.get(name)
              if (!entry) return fail(new Error(`no part ${name}`))
              zip.openReadStream(entry, (e, stream) => (e || !stream ? fail(e ?? new Error(`part ${name} cannot be read`)) : ok(stream.setEncoding('utf8'))))
            }),
          close: () => zip.close(),
        }),
      )
      zip.readEntry()
    })
  })
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/

interface Rel {
  Id: string
  Target: string
}

/**
 * Worksheet parts in the order of the workbook's tabs (workbook.xml through its rels), then any
 * other sheetN.xml part by number: the order a person sees, whatever the archive's order.
 */
export function sheetOrder(names: ReadonlySet<string>, sheets: readonly { rId?: string }[], rels: readonly Rel[]): { part: string; no: string }[] {
  const parts = [...names].filter((n) => SHEET_PART.test(n)).sort((a, b) => Number(SHEET_PART.exec(a)![1]) - Number(SHEET_PART.exec(b)![1]))
  const byTab: string[] = []
  for (const sheet of sheets) {
    const target = rels.find((r) => r.Id === sheet.rId)?.Target
    if (!target) continue
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`
    if (parts.includes(part) && !byTab.includes(part)) byTab.push(part)
  }
  return [...byTab, ...parts.filter((p) => !byTab.includes(p))].map((part) => ({ part, no: SHEET_PART.exec(part)![1]! }))
}

/** What the subclass below uses of exceljs 4's WorkbookReader (not in its type declarations). */
interface ReaderInternals {
  model?: { sheets?: { rId?: string }[] }
  workbookRels?: Rel[]
  _parseRels(stream: Readable): Promise<void>
  _parseWorkbook(stream: Readable): Promise<void>
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>
  _parseStyles(stream: Readable): Promise<void>
  _parseWorksheet(stream: Readable, sheetNo: string): Generator<unknown>
}

type ReaderClass = new (input: undefined, options: object) => ReaderInternals & AsyncIterable<unknown>

/**
 * exceljs's WorkbookReader with `parse()` replaced: dependencies first (rels, workbook, shared
 * strings, styles), then each worksheet from `parts`. Everything else (cell values, rich text,
 * dates through the styles, sheet names) stays exceljs's.
 */
export function orderedWorkbookReader(WorkbookReader: unknown, parts: ZipParts, options: object): AsyncIterable<unknown> & { model?: { sheets?: unknown[] } } {
  const Base = WorkbookReader as ReaderClass
  for (const method of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles', '_parseWorksheet'] as const) {
    if (typeof (Base.prototype as unknown as Record<string, unknown>)[method] !== 'function') throw new Error(`exceljs's WorkbookReader has no ${method} (a version this reader was not written for)`)
  }
  class Ordered extends Base {
    async *parse(): AsyncGenerator<unknown> {
      const has = (name: string) => parts.names.has(name)
      if (has('xl/_rels/workbook.xml.rels')) await this._parseRels(await parts.text('xl/_rels/workbook.xml.rels'))
      if (has('xl/workbook.xml')) await this._parseWorkbook(await parts.text('xl/workbook.xml'))
      this.model ??= { sheets: [] }
      if (has('xl/sharedStrings.xml')) yield* this._parseSharedStrings(await parts.text('xl/sharedStrings.xml'))
      if (has('xl/styles.xml')) await this._parseStyles(await parts.text('xl/styles.xml'))
      for (const { part, no } of sheetOrder(parts.names, this.model.sheets ?? [], this.workbookRels ?? [])) yield* this._parseWorksheet(await parts.text(part), no)
    }
  }
  return new Ordered(undefined, options)
}
