import { parse } from 'csv-parse/sync'
import type { Line } from '../decode.js'
import type { OffsetMap } from '../positions.js'
import { hasDirectives, parseDirective } from './directives.js'
import { detectLayout, rowsToTurns, type Cell, type Row } from './table.js'
import type { Document, InputFormat, Reader, ReaderOptions, Sink, Turn } from './types.js'

/**
 * CSV/TSV read by csv-parse. csv-parse gives each record's raw text; the reader keeps a running
 * offset over those raw texts, so every record and cell has its place in the file, and a
 * malformed row is reported at its line while parsing resumes on the next line.
 */
function readCsv(doc: Document, options: ReaderOptions, sink: Sink, format: InputFormat): Iterable<Turn> {
  const delimiter = format === 'tsv' ? '\t' : sniffDelimiter(doc.text)
  const records = [...parseRecords(doc, delimiter, sink)]
  if (records.length === 0) return []
  const layout = detectLayout(records[0]!.cells.map((c) => c.text), format, options)
  if (typeof layout === 'string') {
    sink.error({ message: layout, line: records[0]!.line })
    return []
  }
  return rowsToTurns(layout.header ? records.slice(1) : records, layout, sink)
}

/** A .csv that is really tab-separated (Excel's "Unicode text" export) is read as such. */
function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/))
  return first.includes('\t') && !first.includes(',') ? '\t' : ','
}

function* parseRecords(doc: Document, delimiter: string, sink: Sink): Generator<Row> {
  const { text } = doc
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n'
  // Comment lines only when the file uses directives: a reply cell may start with '#'.
  const comments = hasDirectives(text)
  let base = 0
  while (base < text.length) {
    const rows: Row[] = []
    let consumed = base
    try {
      parse(text.slice(base), {
        raw: true,
        delimiter,
        record_delimiter: eol,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        ...(comments ? { comment: '#', comment_no_infix: true } : {}),
        // With `raw`, csv-parse hands on_record {record, raw} (its types only know string[]).
        on_record: ((value: unknown) => {
          const { raw, record } = value as { raw: string; record: string[] }
          const row = locateRecord(doc, consumed, raw, record, delimiter, comments)
          consumed += raw.length
          if (row) rows.push(row)
          return null
        }) as (record: string[]) => null,
      })
      yield* rows
      return
    } catch (e) {
      yield* rows
      // The broken record starts where the last good one ended (after blank/comment lines).
      let start = consumed
      while (start < text.length && /[\r\n]/.test(text[start]!)) start++
      const [line] = doc.index.position(start)
      sink.error({ message: `malformed CSV row: ${(e as Error).message.replace(/ at line \d+/, '')}`, line })
      const next = text.indexOf('\n', start)
      if (next === -1) return
      base = next + 1
    }
  }
}

/** Finds the cells of one record in the file: [start, end) of each field's content. */
function locateRecord(doc: Document, at: number, raw: string, record: string[], delimiter: string, comments: boolean): Row | undefined {
  // Blank and comment lines that csv-parse skipped are part of the record's raw text.
  let disabled: Turn['disabled']
  let start = 0
  for (;;) {
    const nl = raw.indexOf('\n', start)
    const lineText = raw.slice(start, nl === -1 ? raw.length : nl).replace(/\r$/, '')
    const isBlank = lineText === ''
    const isComment = comments && lineText.startsWith('#')
    if (nl === -1 || !(isBlank || isComment)) break
    if (isComment) disabled = parseDirective(lineText) ?? disabled
    start = nl + 1
  }
  const body = raw.slice(start).replace(/\r?\n$/, '')
  const spans = fieldSpans(body, delimiter)
  const cells = record.map((value, i): Cell => {
    const span = spans[i]
    if (!span) return { text: value, locate: pointAt(doc, at + start) }
    const from = at + start + span.start
    const source = span.quoted ? quotedMap(body.slice(span.start, span.end), from) : (k: number) => from + Math.min(k, value.length)
    return {
      text: value,
      locate: (k) => doc.index.position(source(k)),
      source,
      escape: span.quoted
        ? (s) => s.replaceAll('"', '""')
        : (s) => (s.includes(delimiter) || /["\r\n]/.test(s) ? undefined : s),
    }
  })
  const row: Row = { cells, line: doc.index.position(at + start)[0] }
  if (disabled) row.disabled = disabled
  return row
}

const pointAt = (doc: Document, offset: number) => () => doc.index.position(offset)

/**
 * Field boundaries inside one raw record that csv-parse accepted (so quotes are balanced):
 * a locator, not a parser — the values themselves come from csv-parse.
 */
function fieldSpans(body: string, delimiter: string): { start: number; end: number; quoted: boolean }[] {
  const spans: { start: number; end: number; quoted: boolean }[] = []
  let i = 0
  for (;;) {
    if (body[i] === '"') {
      let j = i + 1
      for (;;) {
        const q = body.indexOf('"', j)
        if (q === -1) {
          j = body.length
          break
        }
        if (body[q + 1] === '"') j = q + 2
        else {
          j = q
          break
        }
      }
      spans.push({ start: i + 1, end: j, quoted: true })
      const next = body.indexOf(delimiter, j)
      if (next === -1) break
      i = next + delimiter.length
    } else {
      const next = body.indexOf(delimiter, i)
      spans.push({ start: i, end: next === -1 ? body.length : next, quoted: false })
      if (next === -1) break
      i = next + delimiter.length
    }
  }
  return spans
}

/** Offsets inside a quoted field, where "" stands for one quote of the value. */
function quotedMap(content: string, from: number): OffsetMap {
  const map: number[] = []
  for (let j = 0; j < content.length; j++) {
    map.push(from + j)
    if (content[j] === '"' && content[j + 1] === '"') j++
  }
  map.push(from + content.length)
  return (k) => map[Math.min(Math.max(k, 0), map.length - 1)]!
}

const csvReader = (format: InputFormat): Reader => ({
  format,
  kind: 'library',
  input: 'text',
  read: (doc, options, sink) => readCsv(doc, options, sink, format),
})

export const csvReaders = {
  csv: csvReader('csv'),
  tsv: csvReader('tsv'),
  jd: csvReader('jd'),
  wechat: csvReader('wechat'),
}

export type { Line }
