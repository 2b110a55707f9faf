import type { LineBatches } from '../decode.js'
import type { InputFormat, Reader, Role, Turn } from './types.js'

/** What a line that starts a message says about it. */
export interface MessageStart {
  speaker: string
  time?: string
  role?: Role
  /** Text of the message on the header line itself (`speaker:text` logs), and its column (0-based). */
  body?: { text: string; column: number }
  /** A message to drop entirely, with its body (a bot's canned answer). */
  skip?: boolean
}

export interface ChatTextFormat {
  format: InputFormat
  /** The message a line starts, if it starts one. */
  start(line: string): MessageStart | undefined
  /** Lines that belong to no message: status lines, system notices, export banners. */
  ignore(line: string): boolean
}

interface Segment {
  line: number
  column: number
  text: string
}

/**
 * Chat text where a header line starts each message and the lines after it are its body
 * (千牛 copies, QQ exports, Tmall logs). Streamed: only the current message is held.
 */
export function chatTextReader(f: ChatTextFormat): Reader {
  return {
    format: f.format,
    kind: 'transcript',
    input: 'lines',
    async *read(batches: LineBatches) {
      let index = 0
      let pending: { start: MessageStart; segments: Segment[] } | undefined
      const flush = (): Turn | undefined => {
        const p = pending
        pending = undefined
        if (!p || p.start.skip) return undefined
        const s = p.segments
        while (s.length && !s[s.length - 1]!.text.trim()) s.pop()
        while (s.length && !s[0]!.text.trim()) s.shift()
        return s.length ? makeTurn(p.start, s, index++) : undefined
      }
      for await (const batch of batches) {
        const out: Turn[] = []
        for (const l of batch) {
          const start = f.start(l.text)
          if (start) {
            const turn = flush()
            if (turn) out.push(turn)
            pending = { start, segments: start.body ? [{ line: l.line, ...start.body }] : [] }
            continue
          }
          if (f.ignore(l.text.trim())) continue
          pending?.segments.push({ line: l.line, column: 0, text: l.text })
        }
        if (out.length) yield out
      }
      const turn = flush()
      if (turn) yield [turn]
    },
  }
}

function makeTurn(start: MessageStart, segments: Segment[], index: number): Turn {
  const starts: number[] = []
  let text = ''
  for (const s of segments) {
    if (starts.length) text += '\n'
    starts.push(text.length)
    text += s.text
  }
  const turn: Turn = {
    text,
    info: { index, speaker: start.speaker },
    locate: (i) => {
      let k = starts.length - 1
      while (k > 0 && starts[k]! > i) k--
      const s = segments[k]!
      return [s.line, s.column + i - starts[k]! + 1]
    },
  }
  if (start.time !== undefined) turn.info.time = start.time
  if (start.role) turn.role = start.role
  return turn
}
