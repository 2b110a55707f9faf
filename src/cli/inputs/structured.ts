import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml'
import { roleFromWord } from '../agent.js'
import { alignValue, type OffsetMap } from '../positions.js'
import { parseDirective } from './directives.js'
import { jsonError } from './json-error.js'
import type { Document, Reader, ReaderOptions, Role, Sink, Turn } from './types.js'

/**
 * JSON and YAML canned-reply libraries, read by the `yaml` package (JSON is YAML), which keeps
 * every node's source range: a reply's characters are mapped back into the file through it.
 *
 * Shapes: an array of replies; replies as strings or objects ({code, text, group} and the
 * 千牛 names); replies grouped under keys (`售后: [...]`, nested groups joined with `/`);
 * a chat as an array of {role|name, time, text} objects.
 */
const TEXT_KEYS = ['text', 'content', 'reply', 'message', '快捷短语', '回复', '话术', '内容']
const CODE_KEYS = ['code', '快捷短语编码', '快捷编码', '编码']
const GROUP_KEYS = ['group', '快捷短语分组', '分组']
const ROLE_KEYS = ['role', '角色']
const SPEAKER_KEYS = ['speaker', 'sender', '昵称']
const TIME_KEYS = ['time', 'timestamp', '时间']
const SESSION_KEYS = ['session', 'session_id', 'conversation']
/** Keys whose array holds the replies of an object that also has a name (`{name, replies}`). */
const LIST_KEYS = ['replies', 'items', 'phrases', '快捷短语列表', 'list', 'messages']

function* readStructured(doc: Document, sink: Sink, json: boolean): Generator<Turn> {
  if (json) {
    try {
      JSON.parse(doc.text)
    } catch (e) {
      // YAML would accept some of it; a .json file must be JSON.
      const { reason, offset } = jsonError(doc.text, e)
      sink.error({ message: `invalid JSON: ${reason}`, ...(offset === undefined ? {} : { line: doc.index.position(offset)[0] }) })
      return
    }
  }
  const parsed = parseDocument(doc.text, { uniqueKeys: false })
  for (const error of parsed.errors) {
    sink.error({ message: `invalid ${json ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`, line: error.linePos?.[0].line ?? 1 })
  }
  if (parsed.errors.length) return
  const state = { index: 0 }
  yield* walk(parsed.contents, undefined, doc, state)
}

function* walk(node: unknown, group: string | undefined, doc: Document, state: { index: number }): Generator<Turn> {
  if (isSeq(node)) {
    for (const item of node.items) yield* walk(item, group, doc, state)
  } else if (isMap(node)) {
    const text = pick(node, TEXT_KEYS)
    if (text && isScalar(text) && typeof text.value === 'string') {
      const role = roleFromWord(str(pick(node, ROLE_KEYS)))
      // `name` is who spoke in a chat message, and a reply's title in a library.
      const name = str(pick(node, ['name']))
      yield makeTurn(text, doc, state, {
        group: str(pick(node, GROUP_KEYS)) ?? group,
        code: str(pick(node, CODE_KEYS)) ?? (role ? undefined : name),
        role,
        speaker: str(pick(node, SPEAKER_KEYS)) ?? (role ? name : undefined),
        time: str(pick(node, TIME_KEYS)),
        session: str(pick(node, SESSION_KEYS)),
      })
      return
    }
    const list = pick(node, LIST_KEYS)
    if (list && isSeq(list)) {
      yield* walk(list, join(group, str(pick(node, ['name', 'group', '分组', 'title']))), doc, state)
      return
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      yield* walk(pair.value, join(group, key), doc, state)
    }
  } else if (isScalar(node) && typeof node.value === 'string') {
    yield makeTurn(node, doc, state, { group })
  }
}

const join = (a: string | undefined, b: string | undefined) => (a && b ? `${a}/${b}` : (a ?? b))

function pick(map: { items: { key: unknown; value: unknown }[] }, keys: readonly string[]): Node | undefined {
  for (const k of keys) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === k)
    if (pair) return pair.value as Node
  }
  return undefined
}

function str(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
  const v = String(node.value).trim()
  return v || undefined
}

interface Extra {
  group?: string
  code?: string
  role?: Role
  speaker?: string
  time?: string
  session?: string
}

function makeTurn(node: Scalar, doc: Document, state: { index: number }, extra: Extra): Turn {
  const value = node.value as string
  const [from, to] = node.range!
  const { source, escape } = scalarSource(node, doc.text, from, to)
  const turn: Turn = { text: value, info: { index: state.index++ }, locate: (i) => doc.index.position(source(i)) }
  const info = turn.info
  for (const k of ['group', 'code', 'speaker', 'time', 'session'] as const) if (extra[k] !== undefined) info[k] = extra[k]
  if (extra.role) turn.role = extra.role
  // Chats are never rewritten: only replies without a speaker get a place to write fixes to.
  if (!extra.role && !extra.speaker) {
    turn.source = source
    if (escape) turn.escape = escape
  }
  const disabled = directiveAbove(doc, source(0))
  if (disabled) turn.disabled = disabled
  return turn
}

function scalarSource(node: Scalar, text: string, from: number, to: number): { source: OffsetMap; escape?: (s: string) => string | undefined } {
  const raw = text.slice(from, to)
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return { source: alignValue(node.value as string, raw, from, 'double'), escape: (s) => JSON.stringify(s).slice(1, -1) }
    case 'QUOTE_SINGLE':
      return { source: alignValue(node.value as string, raw, from, 'single'), escape: (s) => (/[\r\n]/.test(s) ? undefined : s.replaceAll("'", "''")) }
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // Skip the `|` / `>` header line; the content starts on the next line.
      const nl = raw.indexOf('\n')
      const at = nl === -1 ? to : from + nl + 1
      return { source: alignValue(node.value as string, text.slice(at, to), at, 'plain'), escape: (s) => (/[\r\n]/.test(s) ? undefined : s) }
    }
    default:
      return {
        source: alignValue(node.value as string, raw, from, 'plain'),
        // A plain scalar cannot take characters YAML would read as syntax.
        escape: (s) => (/[\r\n:#'"[\]{},&*!|>%@`]/.test(s) ? undefined : s),
      }
  }
}

/** A `# kefu-lint-disable-next-line` comment on the line above a reply (YAML comments). */
function directiveAbove(doc: Document, offset: number): Turn['disabled'] {
  const [line] = doc.index.position(offset)
  for (let l = line - 1; l >= 1; l--) {
    const text = doc.lines[l - 1]!.text
    if (!text.trim()) continue
    return parseDirective(text)
  }
  return undefined
}

export const jsonReader: Reader = { format: 'json', kind: 'library', input: 'text', read: (doc, _o: ReaderOptions, sink) => readStructured(doc, sink, true) }
export const yamlReader: Reader = { format: 'yaml', kind: 'library', input: 'text', read: (doc, _o: ReaderOptions, sink) => readStructured(doc, sink, false) }
