import { extname } from 'node:path'
import { csvReaders } from './csv.js'
import { jsonlReader } from './jsonl.js'
import { HEADER, isSystemLine, qianniuReader } from './qianniu.js'
import { QQ_BANNER, qqReader } from './qq.js'
import { jsonReader, yamlReader } from './structured.js'
import { textReader } from './text.js'
import { BUYER, tmallReader } from './tmall.js'
import type { InputFormat, Reader } from './types.js'
import { xlsxReader } from './xlsx.js'

export const READERS: Record<InputFormat, Reader> = {
  text: textReader,
  ...csvReaders,
  json: jsonReader,
  yaml: yamlReader,
  jsonl: jsonlReader,
  qianniu: qianniuReader,
  tmall: tmallReader,
  qq: qqReader,
  xlsx: xlsxReader,
}

/** Extensions a directory is searched for. */
export const DEFAULT_EXTENSIONS = ['txt', 'csv', 'tsv', 'json', 'jsonl', 'ndjson', 'yaml', 'yml', 'xlsx', 'log']

const BY_EXTENSION: Record<string, InputFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
}

/** A zip archive (an XLSX workbook is one). */
export const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04

/**
 * The format of a file from its extension, and from its first lines when the extension says
 * little (.txt, .log, stdin): 千牛 chat text, QQ exports, Tmall logs, JSON Lines, JSON, a CSV
 * with a known header, or plain text.
 */
export function detectFormat(file: string, head: Uint8Array, sample: string): InputFormat {
  if (isZip(head)) return 'xlsx'
  const ext = extname(file).toLowerCase()
  const byExt = BY_EXTENSION[ext]
  const lines = sample.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 40)
  const first = lines[0] ?? ''
  const looksJsonl = first.startsWith('{') && first.endsWith('}') && (lines[1] === undefined || lines[1].startsWith('{'))
  if (byExt === 'json') return looksJsonl && lines.length > 1 ? 'jsonl' : 'json'
  if (byExt) return byExt
  if (looksJsonl) return 'jsonl'
  if (first.startsWith('[')) return 'json'
  if (QQ_BANNER.test(first)) return 'qq'
  const content = lines.filter((l) => !isSystemLine(l))
  if (content[0] && HEADER.test(content[0])) return 'qianniu'
  // Tmall logs: masked buyer ids (t******7:…) on several of the first lines.
  if (lines.filter((l) => BUYER.test(l)).length >= 2) return 'tmall'
  if (/快捷短语|waiter_send|IsSender|StrContent|SenderName/.test(first) && /[,\t]/.test(first)) return first.includes('\t') ? 'tsv' : 'csv'
  return 'text'
}

export type { InputFormat, Reader } from './types.js'
export { INPUT_FORMATS } from './types.js'
