import { chatTextReader } from './chat-text.js'

/**
 * QQ text export: a banner (`消息记录（此消息记录为文本格式，不支持重新导入）`, `====` lines,
 * `消息分组:` / `消息对象:`), then for each message a header `2024-01-02 03:04:05 Name(10001)`
 * and its body. Which side is the shop needs --agent (a name, or the QQ number).
 */
export const QQ_BANNER = /^消息记录（此消息记录为文本格式/
const HEADER = /^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2}) (.+)$/
const IGNORE = [QQ_BANNER, /^=+$/, /^消息(?:分组|对象)[:：]/]

export const qqReader = chatTextReader({
  format: 'qq',
  start(line) {
    const header = HEADER.exec(line.trim())
    return header ? { speaker: header[2]!.trim(), time: header[1]! } : undefined
  },
  ignore: (line) => IGNORE.some((re) => re.test(line)),
})
