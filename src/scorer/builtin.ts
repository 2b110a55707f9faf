import weights from './weights.json' with { type: 'json' }
import messagesData from './messages.yaml'
import { createScorer, parseScorerMessages, type Scorer } from './index.js'
import { lineStarts, positionAt } from '../text/lines.js'
import type { LintMessage, Severity } from '../types.js'
import type { ResolvedConfig } from '../config/schema.js'

const messages = parseScorerMessages(messagesData)

/**
 * The built-in scorer for a resolved config (undefined when `scorer: false`): rules that are
 * off get no scorer finding, and a rule's configured severity is the severity of its scorer
 * findings too; without one, the weights file states it.
 */
export function builtinScorer(config: ResolvedConfig, urls: ReadonlyMap<string, string>): ((text: string, previous: string | undefined, found: LintMessage[]) => LintMessage[]) | undefined {
  if (!config.scorer) return undefined
  const levelOf = (id: string) => config.rules.get(id)?.level
  const scorer: Scorer = createScorer(weights, (id) => urls.has(id) && levelOf(id) !== 'off', messages)
  const locale = config.locale
  return (text, previous, found) =>
    scorer.apply(text, previous, found, (ruleId, severity, start, end) => {
      const starts = lineStarts(text)
      const [line, column] = positionAt(starts, start)
      const [endLine, endColumn] = positionAt(starts, end)
      const said = messages.rules[ruleId]!
      return {
        ruleId,
        severity: (levelOf(ruleId) as Severity | undefined) ?? severity,
        message: messages.prefix[locale] + said[locale],
        start,
        end,
        line,
        column,
        endLine,
        endColumn,
        actual: text.slice(start, end),
        expected: [...said.expected],
        url: urls.get(ruleId)!,
      }
    })
}
