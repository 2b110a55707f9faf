import { parse } from 'csv-parse/sync'
import type { OffsetMap } from '../positions.js'
import { DirectiveState, hasDirectives, parseDirectiveLine } from './directives.js'
import { detectLayout, rowsToTurns, type Cell, type Row } from './table.js'
import type { Document, InputFormat, Reader, ReaderOptions, Sink, Turn } from './types.js'

/**
 * CSV/TSV read by csv-parse (values, quoting rules, malformed-row detection). Positions come
 * from walking the same text alongside it: csv-parse's `raw` drops the last character of a
 * CRLF record delimiter, so its lengths cannot be summed into offsets. A malformed row is
 * reported at its line and parsing resumes on the next line.
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
  const directives = new DirectiveState(sink.directive?.bind(sink))
  let base = 0
  // The spreadsheet's row number of the last record: every line break outside quotes starts a
  // row, blank lines and broken rows included, as Excel numbers them.
  let row = 0
  while (base < text.length) {
    const rows: Row[] = []
    let at = base
    try {
      parse(text.slice(base), {
        delimiter,
        record_delimiter: eol,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        ...(comments ? { comment: '#', comment_no_infix: true } : {}),
        on_record: (record: string[]) => {
          const located = locateRecord(doc, at, record, delimiter, comments, directives)
          at = located.end
          row += located.skipped + 1
          located.row.row = row
          // relax_quotes keeps quotes inside unquoted fields ("正品"保证); a quoted field that
          // goes on after its closing quote is a broken row, not a value.
          if (located.row.irregular) sink.error({ message: 'malformed CSV row: text after the closing quote of a quoted field', line: located.row.line })
          else rows.push(located.row)
          return null
        },
      })
      yield* rows
      // Directives after the last row (a closing kefu-lint-enable).
      skipBlankAndComments(doc, at, comments, directives)
      return
    } catch (e) {
      yield* rows
      // The broken record starts where the last good one ended (after blank/comment lines).
      const blank = skipBlankAndComments(doc, at, comments, directives)
      const start = blank.start
      // Parsing resumes on the next line, which is the broken row's next row.
      row += blank.skipped + 1
      const [line] = doc.index.position(start)
      sink.error({ message: `malformed CSV row: ${(e as Error).message.replace(/ at line \d+/, '')}`, line })
      const next = text.indexOf('\n', start)
      if (next === -1) return
      base = next + 1
    }
  }
}

/**
 * Skips blank lines and (when enabled) comment lines, handing the directives among them to
 * `directives`. Each stretch of the file is skipped once, so each directive is seen once.
 */
function skipBlankAndComments(doc: Document, from: number, comments: boolean, directives: DirectiveState): { start: number; skipped: number } {
  const { text } = doc
  let start = from
  let skipped = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const lineText = text.slice(start, nl === -1 ? text.length : nl).replace(/\r$/, '')
    const isComment = comments && lineText.startsWith('#')
    if (!(lineText === '' || isComment)) break
    if (isComment) {
      const directive = parseDirectiveLine(lineText, doc.index.position(start)[0])
      if (directive) directives.comment(directive)
    }
    if (nl === -1) {
      start = text.length
      break
    }
    start = nl + 1
    skipped++
  }
  return { start, skipped }
}

/** Finds the cells of the record csv-parse just read, starting at `from` in the file. */
function locateRecord(
  doc: Document,
  from: number,
  record: string[],
  delimiter: string,
  comments: boolean,
  directives: DirectiveState,
): { row: Row & { irregular?: boolean }; end: number; skipped: number } {
  const { text } = doc
  const { start, skipped } = skipBlankAndComments(doc, from, comments, directives)
  const { spans, end, irregular } = fieldSpans(text, start, delimiter)
  const cells = record.map((value, i): Cell => {
    const span = spans[i]
    if (!span) return { text: value, locate: () => doc.index.position(start) }
    const source = span.quoted ? quotedMap(text.slice(span.start, span.end), span.start) : (k: number) => span.start + Math.min(k, value.length)
    return {
      text: value,
      locate: (k) => doc.index.position(source(k)),
      source,
      escape: span.quoted ? (s) => s.replaceAll('"', '""') : (s) => (s.includes(delimiter) || /["\r\n]/.test(s) ? undefined : s),
    }
  })
  const row: Row & { irregular?: boolean } = { cells, line: doc.index.position(start)[0] }
  const disabled = directives.reply(row.line)
  if (disabled) row.disabled = disabled
  if (irregular) row.irregular = true
  return { row, end, skipped }
}

/**
 * Field boundaries of one record that csv-parse accepted (so its quotes are balanced), and
 * where the record ends (after its line break): a locator, not a parser — the values
 * themselves come from csv-parse.
 */
function fieldSpans(text: string, from: number, delimiter: string): { spans: { start: number; end: number; quoted: boolean }[]; end: number; irregular: boolean } {
  const spans: { start: number; end: number; quoted: boolean }[] = []
  let irregular = false
  let i = from
  for (;;) {
    let stop: number
    if (text[i] === '"') {
      let j = i + 1
      for (;;) {
        const q = text.indexOf('"', j)
        if (q === -1) {
          j = text.length
          break
        }
        if (text[q + 1] === '"') j = q + 2
        else {
          j = q
          break
        }
      }
      spans.push({ start: i + 1, end: j, quoted: true })
      stop = nextStop(text, j + 1, delimiter)
      if (stop !== j + 1) irregular = true
    } else {
      stop = nextStop(text, i, delimiter)
      spans.push({ start: i, end: stop, quoted: false })
    }
    if (text.startsWith(delimiter, stop)) {
      i = stop + delimiter.length
      continue
    }
    // End of record: past the line break.
    const end = text[stop] === '\r' && text[stop + 1] === '\n' ? stop + 2 : text[stop] === '\n' ? stop + 1 : stop
    return { spans, end, irregular }
  }
}

/** The next delimiter or line break at or after i. */
function nextStop(text: string, i: number, delimiter: string): number {
  let j = i
  while (j < text.length && text[j] !== '\n' && !text.startsWith(delimiter, j)) j++
  if (text[j] === '\n' && text[j - 1] === '\r' && j - 1 >= i) return j - 1
  return j
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

