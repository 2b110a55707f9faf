import { isMap, isScalar, parseDocument } from 'yaml'
import { roleFromWord } from '../agent.js'
import type { Line } from '../decode.js'
import { alignValue, type OffsetMap } from '../positions.js'
import { jsonError } from './json-error.js'
import type { Reader, Turn } from './types.js'

/**
 * JSON Lines chat logs, one message per line:
 * `{"session": "...", "role": "agent"|"customer", "name": "...", "time": "...", "text": "..."}`.
 * Streamed line by line. Positions of a message's text inside its line are only worked out
 * (with the yaml parser's source ranges) for lines that have something to report.
 */
const TEXT_KEYS = ['text', 'content', 'message', 'msg', 'reply']

function field(obj: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = obj[k]
    if (typeof v === 'string' && v.trim()) return v
    if (typeof v === 'number') return String(v)
  }
  return undefined
}

export const jsonlReader: Reader = {
  format: 'jsonl',
  kind: 'transcript',
  input: 'lines',
  async *read(lines: AsyncIterable<Line> | Iterable<Line>, _options, sink) {
    let index = 0
    for await (const l of lines) {
      const raw = l.text
      if (!raw.trim()) continue
      let obj: unknown
      try {
        obj = JSON.parse(raw)
      } catch (e) {
        sink.error({ message: `invalid JSON line: ${jsonError(raw, e).reason}`, line: l.line })
        continue
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
        sink.error({ message: 'invalid JSON line: expected an object', line: l.line })
        continue
      }
      const o = obj as Record<string, unknown>
      const textKey = TEXT_KEYS.find((k) => typeof o[k] === 'string')
      // Images, stickers, order cards: nothing to lint.
      if (!textKey) continue
      const text = o[textKey] as string
      const n = l.line
      let map: OffsetMap | undefined
      const turn: Turn = {
        text,
        info: { index: index++ },
        locate: (i) => [n, (map ??= locateValue(raw, textKey, text))(i) + 1],
      }
      const role = roleFromWord(o.role ?? o.from ?? o.sender_type)
      if (role) turn.role = role
      const info = turn.info
      const speaker = field(o, ['name', 'speaker', 'sender', 'nick'])
      const time = field(o, ['time', 'timestamp', 'ts', 'created_at'])
      const session = field(o, ['session', 'session_id', 'conversation', 'conversation_id', 'chat_id'])
      if (speaker !== undefined) info.speaker = speaker
      if (time !== undefined) info.time = time
      if (session !== undefined) info.session = session
      yield turn
    }
  },
}

function locateValue(line: string, key: string, value: string): OffsetMap {
  const doc = parseDocument(line)
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.value === key && isScalar(pair.value) && pair.value.range) {
        const [from, to] = pair.value.range
        return alignValue(value, line.slice(from, to), from, 'double')
      }
    }
  }
  return () => 0
}
