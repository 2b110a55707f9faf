import type { Role } from './types.js'
import { chatTextReader } from './chat-text.js'

/**
 * 千牛 chat text, as copied or exported: each message starts with a header line
 * `昵称 YYYY-M-D H:MM:SS` (the name sometimes glued to the time; a transfer reads
 * `A --> B 时间`), then its body lines, sometimes a status line 已读 / 未读 / 发送中.
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

export const qianniuReader = chatTextReader({
  format: 'qianniu',
  start(line) {
    const header = HEADER.exec(line.trim())
    if (!header) return undefined
    const transfer = TRANSFER.exec(header[1]!)
    const speaker = (transfer ? transfer[1]! : header[1]!).trim()
    const role = roleOf(speaker)
    return { speaker, time: header[2]!, ...(role ? { role } : {}) }
  },
  ignore: (line) => STATUS.test(line) || isSystemLine(line),
})
