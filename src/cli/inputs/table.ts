import { roleFromWord } from '../agent.js'
import type { OffsetMap } from '../positions.js'
import type { InputFormat, ReaderOptions, Role, Sink, Turn } from './types.js'

/** One cell of a CSV/TSV/XLSX row, with what is needed to point into (and rewrite) the file. */
export interface Cell {
  text: string
  locate(offset: number): [line: number, column: number]
  source?: OffsetMap
  escape?(text: string): string | undefined
}

export interface Row {
  cells: Cell[]
  /** 1-based line (CSV) or sheet row (XLSX) where the row starts. */
  line: number
  /** The row number a spreadsheet shows for it (header included). */
  row?: number
  disabled?: Turn['disabled']
  sheet?: string
}

/** Which columns mean what, decided from the header row (see ../../../shared formats brief). */
export interface Layout {
  name: string
  kind: 'library' | 'transcript'
  header: boolean
  text: number
  textName: string
  code?: number
  group?: number
  session?: number
  speaker?: number
  time?: number
  role?(cells: readonly string[]): Role | undefined
  /** Rows to leave out entirely (non-text WeChat messages). */
  skip?(cells: readonly string[]): boolean
}

const norm = (s: string) => s.replace(/^\uFEFF/, '').trim().toLowerCase()

const TEXT_NAMES = ['快捷短语', 'text', 'content', 'reply', 'message', 'msg', '回复', '回复内容', '话术', '内容', '消息', '消息内容', '短语']
const ROLE_NAMES = ['role', '角色', '身份']
/** Columns that say who sent a message: a side (顾客/客服, buyer/seller) or a name. */
const SENDER_NAMES = ['发送方', '发送者', '发送人', 'sender', 'from']
const SPEAKER_NAMES = ['name', 'speaker', 'sender', 'nick', 'nickname', '昵称', '发送人', '发送者', '客服']
const TIME_NAMES = ['time', 'timestamp', 'datetime', '时间', '发送时间']
const SESSION_NAMES = ['session', 'session_id', 'sessionid', 'conversation', 'conversation_id', 'chat_id', '会话', '会话id']
const CODE_NAMES = ['快捷短语编码', '快捷编码', 'code', '编码']
const GROUP_NAMES = ['快捷短语分组', 'group', '分组', 'category', '分类']

function find(header: readonly string[], names: readonly string[]): number | undefined {
  for (const n of names) {
    const i = header.indexOf(n)
    if (i !== -1) return i
  }
  return undefined
}

/**
 * Decides the layout from the header row: 千牛 快捷短语, JD dialogue dumps (waiter_send),
 * WeChat exports (IsSender / SenderName), a generic role+text chat, or a generic reply list.
 * Returns an error message when the reply column cannot be told.
 */
export function detectLayout(
  headerCells: readonly string[],
  forced: InputFormat | undefined,
  options: ReaderOptions,
  /** Whether a one-column table without a known header is a list of replies (not in workbooks with several sheets, where it is usually a notes sheet). */
  headerless = true,
): Layout | string {
  const header = headerCells.map(norm)
  const has = (n: string) => header.includes(n)
  let layout: Layout | string
  if ((forced === 'jd' || !forced || forced === 'csv' || forced === 'tsv') && has('waiter_send') && has('content')) {
    layout = {
      name: 'jd',
      kind: 'transcript',
      header: true,
      text: header.indexOf('content'),
      textName: 'content',
      // user_id is the customer's id on every row, so it names no speaker.
      session: find(header, ['session_id']),
      role: (cells) => {
        const v = cells[header.indexOf('waiter_send')]?.trim()
        return v === '1' ? 'agent' : v === '0' ? 'customer' : undefined
      },
    }
  } else if ((forced === 'wechat' || !forced || forced === 'csv' || forced === 'tsv') && has('issender') && has('strcontent')) {
    const type = header.indexOf('type')
    layout = {
      name: 'wechat',
      kind: 'transcript',
      header: true,
      text: header.indexOf('strcontent'),
      textName: headerCells[header.indexOf('strcontent')]!,
      session: find(header, ['talkerid', 'talker', 'strtalker']),
      time: find(header, ['strtime', 'createtime']),
      role: (cells) => (cells[header.indexOf('issender')]?.trim() === '1' ? 'agent' : 'customer'),
      // Type 1 is a text message; images, voice, system notices have other types.
      skip: type === -1 ? undefined : (cells) => cells[type]?.trim() !== '1',
    }
  } else if ((forced === 'wechat' || !forced || forced === 'csv' || forced === 'tsv') && has('sendername') && has('content')) {
    layout = {
      name: 'wechat',
      kind: 'transcript',
      header: true,
      text: header.indexOf('content'),
      textName: headerCells[header.indexOf('content')]!,
      speaker: header.indexOf('sendername'),
      session: find(header, ['talker', 'talkername']),
      time: find(header, ['time', 'strtime']),
    }
  } else if (forced === 'jd' || forced === 'wechat') {
    return `not a ${forced === 'jd' ? 'JD dialogue' : 'WeChat export'} CSV: header is ${JSON.stringify(headerCells.join(','))}`
  } else {
    layout = genericLayout(header, headerCells)
  }
  if (options.column) return withColumn(layout, header, headerCells, options.column)
  if (typeof layout !== 'string' && !layout.header && !headerless) return 'no header naming a reply column'
  return layout
}

function genericLayout(header: readonly string[], headerCells: readonly string[]): Layout | string {
  const text = find(header, TEXT_NAMES)
  const role = find(header, ROLE_NAMES) ?? find(header, SENDER_NAMES)
  if (text !== undefined) {
    const layout: Layout = {
      name: header.includes('快捷短语') ? 'qianniu-phrases' : 'table',
      kind: role !== undefined ? 'transcript' : 'library',
      header: true,
      text,
      textName: headerCells[text]!.replace(/^\uFEFF/, '').trim(),
      code: find(header, CODE_NAMES),
      group: find(header, GROUP_NAMES),
    }
    if (role !== undefined) {
      layout.role = (cells) => roleFromWord(cells[role])
      layout.speaker = find(header, SPEAKER_NAMES)
      layout.time = find(header, TIME_NAMES)
      layout.session = find(header, SESSION_NAMES)
    }
    return layout
  }
  // A single column without a known header: a list of replies, every row one of them.
  if (header.length === 1) return { name: 'table', kind: 'library', header: false, text: 0, textName: '1' }
  return `cannot tell which column holds the replies (header: ${JSON.stringify(headerCells.join(','))}); use --column <name|number>`
}

function withColumn(layout: Layout | string, header: readonly string[], headerCells: readonly string[], column: string): Layout | string {
  const byName = header.indexOf(norm(column))
  const byNumber = /^\d+$/.test(column) ? Number(column) - 1 : -1
  const index = byName !== -1 ? byName : byNumber
  if (index < 0) return `--column ${column}: no such column (header: ${JSON.stringify(headerCells.join(','))})`
  // A table of several columns has a header row (as every spreadsheet export does); only a
  // one-column list without a known name is headerless.
  const base: Layout = typeof layout === 'string' ? { name: 'table', kind: 'library', header: true, text: index, textName: '' } : { ...layout, header: layout.header || byName !== -1 }
  const textName = base.header ? headerCells[index]?.replace(/^\uFEFF/, '').trim() || String(index + 1) : String(index + 1)
  return { ...base, text: index, textName }
}

/** A cell in A1 notation as Excel writes it in a formula: `售后!B3`, `'Sheet 1'!AA10`. */
export function a1(sheet: string, column: number, row: number): string {
  let letters = ''
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`
  return `${name}!${letters}${row}`
}

/** Turns rows into replies / chat turns according to the layout. */
export function* rowsToTurns(rows: Iterable<Row>, layout: Layout, sink: Sink): Generator<Turn> {
  let index = 0
  let dataRow = 0
  for (const row of rows) {
    dataRow++
    const values = row.cells.map((c) => c.text)
    if (layout.skip?.(values)) continue
    const cell = row.cells[layout.text]
    if (!cell) {
      if (values.some((v) => v.trim())) sink.error({ message: `row ${dataRow} has no column ${layout.textName}`, line: row.line })
      continue
    }
    if (!cell.text.trim()) continue
    const value = (i: number | undefined) => {
      const v = i === undefined ? undefined : values[i]?.trim()
      return v ? v : undefined
    }
    const turn: Turn = {
      text: cell.text,
      info: { index: index++, row: row.row ?? dataRow, column: layout.textName },
      locate: cell.locate,
    }
    const info = turn.info
    if (row.sheet !== undefined) {
      info.sheet = row.sheet
      info.cell = a1(row.sheet, layout.text, row.line)
    }
    const set = <K extends keyof typeof info>(k: K, v: (typeof info)[K] | undefined) => {
      if (v !== undefined) info[k] = v
    }
    set('code', value(layout.code))
    set('group', value(layout.group))
    set('session', value(layout.session))
    set('speaker', value(layout.speaker))
    set('time', value(layout.time))
    const role = layout.role?.(values)
    if (role) turn.role = role
    if (layout.kind === 'library') {
      if (cell.source) turn.source = cell.source
      if (cell.escape) turn.escape = cell.escape
    }
    if (row.disabled) turn.disabled = row.disabled
    yield turn
  }
}
