import type { CompiledRule } from './compile.js'
import type { ResolvedConfig } from './config/schema.js'
import type { Finding, LintMessage, Localized } from './types.js'
import { lineStarts, positionAt as position } from './text/lines.js'

/** Fills `{actual}`, `{expected}` and a finding's own `{name}` values into a template. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m)
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
