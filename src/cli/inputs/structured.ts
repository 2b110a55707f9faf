import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml'
import { roleFromWord } from '../agent.js'
import { alignValue, type OffsetMap } from '../positions.js'
import { DirectiveState, hasDirectives, parseDirectiveLine, splitTrailing } from './directives.js'
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
const TEXT_KEYS = ['text', 'content', 'strcontent', 'reply', 'message', '快捷短语', '回复', '话术', '内容']
/** WeChat exports mark the account owner's (the shop's) messages with a flag. */
const SENDER_FLAG_KEYS = ['issender', 'is_sender']
/** Nesting deeper than any reply library; the parser recurses, so it is refused with a reason. */
const MAX_DEPTH = 256
const CODE_KEYS = ['code', '快捷短语编码', '快捷编码', '编码']
const GROUP_KEYS = ['group', '快捷短语分组', '分组']
const ROLE_KEYS = ['role', '角色']
const SPEAKER_KEYS = ['speaker', 'sender', '昵称', 'nickname']
const TIME_KEYS = ['time', 'timestamp', '时间', 'strtime', 'createtime', 'create_time']
const SESSION_KEYS = ['session', 'session_id', 'conversation', 'talker', 'talkerid', 'strtalker']
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
  const depth = nestingDepth(doc.text)
  if (depth > MAX_DEPTH) {
    sink.error({ message: `${json ? 'JSON' : 'YAML'} nested ${depth} levels deep, more than kefu-lint reads (${MAX_DEPTH}); not read` })
    return
  }
  const parsed = parseDocument(doc.text, { uniqueKeys: false })
  for (const error of parsed.errors) {
    sink.error({ message: `invalid ${json ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`, line: error.linePos?.[0].line ?? 1 })
  }
  if (parsed.errors.length) return
  const foreign = foreignShape(parsed.contents)
  if (foreign) {
    sink.error({ message: `not a reply library or chat: ${foreign}`, line: 1, notShopFile: true })
    return
  }
  const state = { index: 0 }
  const turns: Turn[] = []
  try {
    for (const turn of walk(parsed.contents, undefined, doc, state)) turns.push(turn)
  } catch (e) {
    if (!(e instanceof UnknownShape)) throw e
    sink.error({ message: e.message, line: e.line, notShopFile: true })
  }
  // JSON has no comments; YAML's `#` comments can hold directives.
  if (!json && hasDirectives(doc.text)) applyDirectives(doc, turns, sink)
  yield* turns
}

class UnknownShape extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

/** Deepest bracket (JSON) or flow/indent (YAML, approximated by brackets) nesting, outside strings. */
function nestingDepth(text: string): number {
  let depth = 0
  let max = 0
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = ''
    } else if (c === '"') quote = c
    else if (c === '[' || c === '{') max = Math.max(max, ++depth)
    else if (c === ']' || c === '}') depth--
  }
  return max
}

/** Files that are JSON but not a shop's: kefu-lint's own reports, SARIF, bundler metafiles. */
function foreignShape(node: unknown): string | undefined {
  if (isSeq(node)) {
    const first = node.items[0]
    if (isMap(first) && ['file', 'messages', 'errors'].every((k) => pick(first, [k]))) return 'a kefu-lint JSON report'
  } else if (isMap(node)) {
    const schema = str(pick(node, ['$schema']))
    if (pick(node, ['runs']) && (schema?.includes('sarif') || str(pick(node, ['version'])) === '2.1.0')) return 'a SARIF report'
    if (isMap(pick(node, ['inputs'])) && isMap(pick(node, ['outputs']))) return 'a bundler metafile (inputs/outputs)'
  }
  return undefined
}

/** 1 / true / "1" → the shop's own message (WeChat IsSender). */
function senderFlag(node: Node | undefined): Role | undefined {
  if (!isScalar(node)) return undefined
  const v = String(node.value).trim().toLowerCase()
  return v === '1' || v === 'true' ? 'agent' : v === '0' || v === 'false' ? 'customer' : undefined
}

function* walk(node: unknown, group: string | undefined, doc: Document, state: { index: number }): Generator<Turn> {
  if (isSeq(node)) {
    for (const item of node.items) yield* walk(item, group, doc, state)
  } else if (isMap(node)) {
    const text = pick(node, TEXT_KEYS)
    const flag = pick(node, SENDER_FLAG_KEYS)
    if (flag) {
      // A WeChat message: Type 1 is text; images, voice, system notices have other types.
      const type = str(pick(node, ['type']))
      if (type !== undefined && type !== '1') return
    }
    if (text && isScalar(text) && typeof text.value === 'string') {
      const role = senderFlag(flag) ?? roleFromWord(str(pick(node, ROLE_KEYS)))
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
    // Replies grouped under keys: every value a reply, a list or a group. A map with numbers,
    // booleans or nulls among its values is a record of something else: named, not walked.
    const odd = node.items.find((p) => isScalar(p.value) && (typeof p.value.value === 'number' || typeof p.value.value === 'boolean'))
    if (odd) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?')).slice(0, 8)
      const [line] = doc.index.position(node.range?.[0] ?? 0)
      throw new UnknownShape(`unknown object shape {${keys.join(', ')}}: expected replies (strings or objects with ${TEXT_KEYS.slice(0, 4).join('/')}), groups of them, or chat messages`, line)
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
  spans.set(turn, [from, to])
  return turn
}

/** Where each reply's scalar lies in the file (directives are read around, never inside, them). */
const spans = new WeakMap<Turn, [from: number, to: number]>()

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

/**
 * YAML directives: whole-line `#` comments outside the replies' scalars (blocks and
 * disable-next-line, which is for the next line that is neither blank nor a comment), and
 * ` # kefu-lint-disable-line …` after a reply on the line where its scalar ends.
 */
function applyDirectives(doc: Document, turns: Turn[], sink: Sink): void {
  const directives = new DirectiveState(sink.directive?.bind(sink))
  const inside = (offset: number) => turns.some((t) => spans.get(t)![0] <= offset && offset < spans.get(t)![1])
  const isContent = (l: number) => !/^\s*(?:#|$)/.test(doc.lines[l - 1]!.text)
  let line = 1
  const feedUntil = (until: number) => {
    for (; line < until && line <= doc.lines.length; line++) {
      const l = doc.lines[line - 1]!
      const directive = /^\s*#/.test(l.text) && !inside(l.offset) ? parseDirectiveLine(l.text, line) : undefined
      if (!directive) continue
      let next = line + 1
      while (next <= doc.lines.length && !isContent(next)) next++
      directives.comment(directive, next)
    }
  }
  // A flow sequence can hold several replies on the line of one same-line directive.
  const sameLine = new Map<number, ReturnType<typeof splitTrailing>>()
  for (const turn of turns) {
    const [from, range] = spans.get(turn)!
    const [start] = doc.index.position(from)
    feedUntil(start)
    // A block scalar's range ends after its last line break.
    let to = range
    while (to > from && (doc.text[to - 1] === '\n' || doc.text[to - 1] === '\r')) to--
    const [end, column] = doc.index.position(to)
    if (!sameLine.has(end)) {
      const l = doc.lines[end - 1]!
      sameLine.set(end, splitTrailing(l.text.slice(to - l.offset), end, column))
    }
    const trailing = sameLine.get(end)
    const disabled = directives.reply(start, trailing?.directive)
    if (disabled) turn.disabled = disabled
    line = Math.max(line, end + 1)
  }
  feedUntil(doc.lines.length + 1)
}

export const jsonReader: Reader = { format: 'json', kind: 'library', input: 'text', read: (doc, _o: ReaderOptions, sink) => readStructured(doc, sink, true) }
export const yamlReader: Reader = { format: 'yaml', kind: 'library', input: 'text', read: (doc, _o: ReaderOptions, sink) => readStructured(doc, sink, false) }
