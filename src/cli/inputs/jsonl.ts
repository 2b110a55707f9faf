import { roleFromWord } from '../agent.js'
import type { LineBatches } from '../decode.js'
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
const SPEAKER_KEYS = ['name', 'speaker', 'sender', 'nick']
const TIME_KEYS = ['time', 'timestamp', 'ts', 'created_at']
const SESSION_KEYS = ['session', 'session_id', 'conversation', 'conversation_id', 'chat_id']

function textKeyOf(o: Record<string, unknown>): string | undefined {
  for (const k of TEXT_KEYS) if (typeof o[k] === 'string') return k
  return undefined
}

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
  async *read(batches: LineBatches, _options, sink) {
    let index = 0
    for await (const batch of batches) {
      const out: Turn[] = []
      for (const l of batch) {
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
        const textKey = textKeyOf(o)
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
        const speaker = field(o, SPEAKER_KEYS)
        const time = field(o, TIME_KEYS)
        const session = field(o, SESSION_KEYS)
        if (speaker !== undefined) info.speaker = speaker
        if (time !== undefined) info.time = time
        if (session !== undefined) info.session = session
        out.push(turn)
      }
      if (out.length) yield out
    }
  },
}

function locateValue(line: string, key: string, value: string): OffsetMap {
  const span = stringValueSpan(line, key)
  return span ? alignValue(value, line.slice(span[0], span[1]), span[0], 'double') : () => 0
}

/**
 * [start, end) of the string value of a top-level `key` in a JSON object line (quotes
 * included). The line has already been accepted by JSON.parse: this only walks it to find
 * where the value is written, skipping over strings, nested objects and arrays.
 */
export function stringValueSpan(line: string, key: string): [number, number] | undefined {
  const skipString = (i: number) => {
    for (let j = i + 1; j < line.length; j++) {
      const c = line[j]
      if (c === '\\') j++
      else if (c === '"') return j + 1
    }
    return line.length
  }
  const skipValue = (i: number) => {
    let depth = 0
    for (let j = i; j < line.length; j++) {
      const c = line[j]
      if (c === '"') {
        j = skipString(j) - 1
        if (depth === 0) return j + 1
      } else if (c === '{' || c === '[') depth++
      else if (c === '}' || c === ']') {
        if (depth === 0) return j
        if (--depth === 0) return j + 1
      } else if (c === ',' && depth === 0) return j
    }
    return line.length
  }
  const ws = (i: number) => {
    while (i < line.length && /\s/.test(line[i]!)) i++
    return i
  }
  let i = ws(0)
  if (line[i] !== '{') return undefined
  i = ws(i + 1)
  while (line[i] === '"') {
    const keyEnd = skipString(i)
    const name = JSON.parse(line.slice(i, keyEnd)) as string
    i = ws(ws(keyEnd) + 1)
    const end = skipValue(i)
    if (name === key && line[i] === '"') return [i, end]
    i = ws(end)
    if (line[i] !== ',') return undefined
    i = ws(i + 1)
  }
  return undefined
}
