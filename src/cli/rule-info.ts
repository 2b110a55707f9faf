import docs from 'kefu-lint:rule-docs'
import type { Linter, RuleDefinition } from '../node.js'
import { effectiveSeverity } from '../config/schema.js'
import { ruleDocsUrl } from '../docs-url.js'
import { UsageError } from './errors.js'

/** --list-rules and --explain: what the rules are, read in the terminal. */

function severityOf(def: RuleDefinition, linter: Linter): string {
  return effectiveSeverity(linter.config.rules.get(def.meta.id)?.level, def.meta.defaultSeverity) ?? 'off'
}

/** One line per rule of the effective config: id, severity it runs at, category, fixable, description. */
export function listRules(linter: Linter): string {
  const defs = linter.config.definitions
  const width = Math.max(...defs.map((d) => d.meta.id.length))
  const lang = linter.config.locale
  const lines = defs.map((d) => {
    const { id, category, fixable, description } = d.meta
    return `${id.padEnd(width)}  ${severityOf(d, linter).padEnd(7)}  ${category.padEnd(10)}  ${fixable ? 'fix' : '   '}  ${description[lang]}`
  })
  return `${lines.join('\n')}\n`
}

/** The rule's documentation page (built-in rules), or its meta and link (custom and plugin rules). */
export function explainRule(id: string, linter: Linter): string {
  const def = linter.config.definitions.find((d) => d.meta.id === id)
  if (!def) throw new UsageError(`--explain: unknown rule ${id}; expected one of ${linter.config.definitions.map((d) => d.meta.id).join(', ')}`)
  const { category, fixable, description, defaultSeverity, url } = def.meta
  const head = `${id} — ${description[linter.config.locale]}\ncategory ${category} · default ${defaultSeverity} · here ${severityOf(def, linter)} · ${fixable ? 'fixable' : 'no auto-fix'}\n${url ?? ruleDocsUrl(linter.config.docsUrl, id)}\n`
  const doc = docs[id]
  return doc ? `${head}\n${doc.endsWith('\n') ? doc : `${doc}\n`}` : head
}
