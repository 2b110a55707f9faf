import type { Line, LineBatches } from '../decode.js'
import type { Reader, Role, Turn } from './types.js'

/**
 * 千牛 chat text, as copied or exported: each message starts with a header line
 * `昵称 YYYY-M-D H:MM:SS` (the name sometimes glued to the time; a transfer reads
 * `A --> B 时间`), then its body lines, sometimes a status line 已读 / 未读 / 发送中.
 * System lines are skipped. Streamed: only the current message is held in memory.
 */
export const HEADER = /^(.+?)\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$/
const TRANSFER = /^(.+?)\s*-->\s*(.+)$/
const STATUS = /^(?:已读|未读|发送中|发送失败|对方已读)$/
const SYSTEM = [
  /^当前用户来自/,
  /^由\s*.+\s*转交给/,
  /^原因[：:]/,
  /撤回了一条消息$/,
  /^(?:以上是历史消息|以下为新消息|-{3,}.*-{3,})$/,
  /^系统(?:消息|提示)[：:]/,
]

export function isSystemLine(text: string): boolean {
  return SYSTEM.some((re) => re.test(text))
}

/** Shop-side names are written 店铺名:子账号; buyers' nicknames are masked (t******7). */
function roleOf(speaker: string): Role | undefined {
  if (/^[^:：\s]+[:：]\S/.test(speaker)) return 'agent'
  if (/^\S+\*{2,}\S*$/.test(speaker)) return 'customer'
  return undefined
}

interface Pending {
  speaker: string
  time: string
  lines: Line[]
}

export const qianniuReader: Reader = {
  format: 'qianniu',
  kind: 'transcript',
  input: 'lines',
  async *read(batches: LineBatches) {
    let index = 0
    let pending: Pending | undefined
    const flush = (): Turn | undefined => {
      const p = pending
      pending = undefined
      if (!p) return undefined
      while (p.lines.length && !p.lines[p.lines.length - 1]!.text.trim()) p.lines.pop()
      while (p.lines.length && !p.lines[0]!.text.trim()) p.lines.shift()
      if (p.lines.length === 0) return undefined
      return makeTurn(p, index++)
    }
    for await (const batch of batches) {
      const out: Turn[] = []
      for (const l of batch) {
        const text = l.text.trim()
        const header = HEADER.exec(text)
        if (header) {
          const turn = flush()
          if (turn) out.push(turn)
          const transfer = TRANSFER.exec(header[1]!)
          pending = { speaker: (transfer ? transfer[1]! : header[1]!).trim(), time: header[2]!, lines: [] }
          continue
        }
        if (STATUS.test(text) || isSystemLine(text)) continue
        pending?.lines.push(l)
      }
      if (out.length) yield out
    }
    const turn = flush()
    if (turn) yield [turn]
  },
}

function makeTurn(p: Pending, index: number): Turn {
  const starts: number[] = []
  let text = ''
  for (const l of p.lines) {
    if (text) text += '\n'
    starts.push(text.length)
    text += l.text
  }
  const lineNos = p.lines.map((l) => l.line)
  const turn: Turn = {
    text,
    info: { index, speaker: p.speaker, time: p.time },
    locate: (i) => {
      let k = starts.length - 1
      while (k > 0 && starts[k]! > i) k--
      return [lineNos[k]!, i - starts[k]! + 1]
    },
  }
  const role = roleOf(p.speaker)
  if (role) turn.role = role
  return turn
}
