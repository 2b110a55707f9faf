import type { CompiledRule } from './compile.js'
import type { ResolvedConfig } from './config/schema.js'
import type { Finding, LintMessage, Localized } from './types.js'
import { lineStarts, positionAt as position } from './text/lines.js'

/** Fills `{actual}`, `{expected}` and a finding's own `{name}` values into a template. */
export function format(template: string, values: Record<string, string>): string {
  const parts = partsOf(template)
  let out = parts.text[0]!
  for (let i = 0; i < parts.keys.length; i++) out += fill(values, parts.keys[i]!) + parts.text[i + 1]!
  return out
}

/** A template split once at its `{name}` placeholders: text[0] key[0] text[1] … text[n]. */
interface Parts {
  text: string[]
  keys: string[]
  /** Whether every placeholder is {actual} or {expected}. */
  plain: boolean
}

const PLACEHOLDER = /\{(\w+)\}/g
/** Templates are few (one per entry or rule) and live as long as the rules. */
const partsCache = new Map<string, Parts>()

function partsOf(template: string): Parts {
  let parts = partsCache.get(template)
  if (!parts) {
    parts = { text: [], keys: [], plain: true }
    let last = 0
    for (const m of template.matchAll(PLACEHOLDER)) {
      parts.text.push(template.slice(last, m.index))
      parts.keys.push(m[1]!)
      if (m[1] !== 'actual' && m[1] !== 'expected') parts.plain = false
      last = m.index + m[0].length
    }
    parts.text.push(template.slice(last))
    partsCache.set(template, parts)
  }
  return parts
}

/** What String.replace would put for `{key}`: the value, or the placeholder when there is none. */
function fill(values: Record<string, string>, key: string): string {
  const v = values[key]
  return v === undefined || v === null ? `{${key}}` : String(v)
}

const QUOTE: Record<'zh' | 'en', (s: string) => string> = { zh: (s) => `「${s}」`, en: (s) => `“${s}”` }
const OR: Record<'zh' | 'en', string> = { zh: '、', en: ', ' }

/** A linter's rules by id, built on its first finding rather than on every reply. */
const rulesById = new WeakMap<CompiledRule[], Map<string, CompiledRule>>()

/**
 * A span never cuts a surrogate pair (an emoji, a styled 𝟏 or 𝐯): the normalised view reads such a pair as one ignorable
 * unit and one character, so a match may start on its second half; the span then takes in the whole pair.
 */
function whole(text: string, f: Finding): Finding {
  const start = f.start > 0 && isLow(text.charCodeAt(f.start)) && isHigh(text.charCodeAt(f.start - 1)) ? f.start - 1 : f.start
  const end = f.end < text.length && isLow(text.charCodeAt(f.end)) && isHigh(text.charCodeAt(f.end - 1)) ? f.end + 1 : f.end
  if (start === f.start && end === f.end) return f
  const fix = f.fix && { ...f.fix, start: f.fix.start === f.start ? start : f.fix.start, end: f.fix.end === f.end ? end : f.fix.end }
  return fix ? { ...f, start, end, fix } : { ...f, start, end }
}
const isHigh = (c: number) => (c & 0xfc00) === 0xd800
const isLow = (c: number) => (c & 0xfc00) === 0xdc00

export function toMessages(text: string, findings: Finding[], rules: CompiledRule[], config: ResolvedConfig): LintMessage[] {
  if (findings.length === 0) return []
  const starts = lineStarts(text)
  const locale = config.locale
  let byId = rulesById.get(rules)
  if (!byId) rulesById.set(rules, (byId = new Map(rules.map((r) => [r.definition.meta.id, r]))))
  const messages = findings.map((found): LintMessage => {
    const f = whole(text, found)
    const rule = byId.get(f.ruleId)!
    const actual = text.slice(f.start, f.end)
    const template: Localized = f.message ?? f.entry.message ?? rule.definition.lexicon.message
    const parts = partsOf(template[locale])
    let message = parts.text[0]!
    if (parts.keys.length && (f.data || !parts.plain)) {
      const values: Record<string, string> = { actual: QUOTE[locale](actual), expected: f.expected.length ? f.expected.map(QUOTE[locale]).join(OR[locale]) : '', ...f.data }
      for (let i = 0; i < parts.keys.length; i++) message += fill(values, parts.keys[i]!) + parts.text[i + 1]!
    } else if (parts.keys.length) {
      // {actual} and {expected} only (most templates): each quoted once, when used, with no
      // values object per message.
      let quotedActual: string | undefined
      let quotedExpected: string | undefined
      for (let i = 0; i < parts.keys.length; i++) {
        const value =
          parts.keys[i] === 'actual'
            ? (quotedActual ??= QUOTE[locale](actual))
            : (quotedExpected ??= f.expected.length ? f.expected.map(QUOTE[locale]).join(OR[locale]) : '')
        message += value + parts.text[i + 1]!
      }
    }
    // One line (most replies): no bisection, no pair per offset.
    let line = 1
    let column = f.start + 1
    let endLine = 1
    let endColumn = f.end + 1
    if (starts.length > 1) {
      ;[line, column] = position(starts, f.start)
      ;[endLine, endColumn] = position(starts, f.end)
    }
    const m: LintMessage = {
      ruleId: f.ruleId,
      severity: f.severity,
      message,
      start: f.start,
      end: f.end,
      line,
      column,
      endLine,
      endColumn,
      actual,
      expected: [...f.expected],
      url: rule.url,
    }
    if (f.fix) m.fix = { ...f.fix }
    return m
  })
  // One message (most replies with any) needs no sort, and Array.prototype.sort allocates a work copy.
  return messages.length < 2 ? messages : messages.sort(byPosition)
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}
