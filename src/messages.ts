import type { CompiledRule } from './compile.js'
import type { ResolvedConfig } from './config/schema.js'
import type { Finding, LintMessage, Localized } from './types.js'

/** Fills `{actual}`, `{expected}` and a finding's own `{name}` values into a template. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m)
}

/** Line starts of a text, computed only when a reply has something to report. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

function position(starts: number[], offset: number): [line: number, column: number] {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return [lo + 1, offset - starts[lo]! + 1]
}

const QUOTE: Record<'zh' | 'en', (s: string) => string> = { zh: (s) => `「${s}」`, en: (s) => `“${s}”` }
const OR: Record<'zh' | 'en', string> = { zh: '、', en: ', ' }

export function toMessages(text: string, findings: Finding[], rules: CompiledRule[], config: ResolvedConfig): LintMessage[] {
  if (findings.length === 0) return []
  const starts = lineStarts(text)
  const locale = config.locale
  const byId = new Map(rules.map((r) => [r.definition.meta.id, r]))
  const messages = findings.map((f): LintMessage => {
    const rule = byId.get(f.ruleId)!
    const actual = text.slice(f.start, f.end)
    const template: Localized = f.message ?? f.entry.message ?? rule.definition.lexicon.message
    const message = format(template[locale], {
      actual: QUOTE[locale](actual),
      expected: f.expected.length ? f.expected.map(QUOTE[locale]).join(OR[locale]) : '',
      ...f.data,
    })
    const [line, column] = position(starts, f.start)
    const [endLine, endColumn] = position(starts, f.end)
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
  return messages.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
}
