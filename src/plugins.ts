import { z } from 'zod'
import { ConfigError } from './config/schema.js'
import { ruleDocsUrl } from './docs-url.js'
import { formatIssues, lexiconOf, LocalizedSchema, SeveritySchema } from './lexicon/schema.js'
import type { Linter } from './linter.js'
import type { Finding, FixResult, LintContext, LintMessage, LintResult, RuleDefinition, RuleHooks } from './types.js'

/**
 * Plugins: rules that come from outside (a config module, an application). They are checked
 * before anything is compiled, and their code runs fenced: a hook that throws becomes a
 * message of that plugin, so `lint()` still never throws.
 */

const MetaSchema = z
  .object({
    id: z.string().min(1),
    category: z.enum(['promise', 'tone', 'claims', 'compliance', 'privacy', 'custom']),
    description: LocalizedSchema,
    defaultSeverity: SeveritySchema,
    fixable: z.boolean(),
    options: z.custom<z.ZodObject>((v) => v instanceof z.ZodObject, 'expected a zod object schema').optional(),
    url: z.string().optional(),
  })
  .strict()

const SHAPE = 'defineRule({ meta: { id, category, description: { zh, en }, defaultSeverity, fixable }, lexicon: { entries: [{ phrases: [...] }] } })'

function invalid(lines: string): never {
  throw new ConfigError(`Invalid kefu-lint plugin:\n${lines}`)
}

function describeValue(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value)
  const keys = Object.keys(value)
  return Array.isArray(value) ? `an array of ${value.length}` : keys.length ? `an object with keys ${keys.join(', ')}` : '{}'
}

/**
 * Validates plugin rules: each must be a rule object with a valid meta and lexicon, and its id
 * must not be a built-in's or another plugin's (a plugin never silently replaces a rule).
 * Returns the rules with their lexicons parsed. Throws ConfigError naming `plugins.<i>`.
 */
export function checkPlugins(plugins: unknown, builtins: readonly RuleDefinition[]): RuleDefinition[] {
  if (!Array.isArray(plugins)) invalid(`plugins: expected an array of rules made with ${SHAPE} (got ${describeValue(plugins)})`)
  const taken = new Map(builtins.map((r) => [r.meta.id, 'a built-in rule']))
  return plugins.map((plugin: unknown, i) => {
    const at = `plugins.${i}`
    if (!plugin || typeof plugin !== 'object' || !('meta' in plugin)) invalid(`${at}: expected a rule made with ${SHAPE} (got ${describeValue(plugin)})`)
    const rule = plugin as RuleDefinition & { lexicon?: unknown; create?: unknown }
    const meta = MetaSchema.safeParse(rule.meta, { reportInput: true })
    if (!meta.success) invalid(formatIssues(meta.error, `${at}.meta`, MetaSchema, rule.meta))
    const id = meta.data!.id
    const owner = taken.get(id)
    if (owner) invalid(`${at}.meta.id: ${JSON.stringify(id)} is already ${owner}'s id; a plugin cannot replace a rule, choose a new id such as "shop/${id}"`)
    taken.set(id, `${at}`)
    if (rule.create !== undefined && typeof rule.create !== 'function') invalid(`${at}.create: expected a function (got ${describeValue(rule.create)})`)
    let lexicon
    try {
      lexicon = lexiconOf(rule.lexicon, meta.data!)
    } catch (e) {
      invalid(`${at} (${id}): ${(e as Error).message}`)
    }
    return { ...rule, meta: rule.meta, lexicon }
  })
}

/** Errors thrown by plugin hooks while one reply is linted, by rule id. */
class Failures {
  readonly byRule = new Map<string, unknown>()
}

function fenced<A extends unknown[], R>(id: string, failures: Failures, hook: (...args: A) => R, fallback: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return hook(...args)
    } catch (error) {
      if (!failures.byRule.has(id)) failures.byRule.set(id, error)
      return fallback(...args)
    }
  }
}

/** The rule with each hook fenced: a throwing judge drops its finding, scan finds nothing, finalize keeps the list. */
function guard(rule: RuleDefinition, failures: Failures): RuleDefinition {
  const { create } = rule
  if (!create) return rule
  const id = rule.meta.id
  return {
    ...rule,
    create(options, env) {
      let hooks: RuleHooks
      try {
        hooks = create.call(rule, options, env) ?? {}
      } catch (e) {
        throw new ConfigError(`plugin rule ${id}: create() threw: ${(e as Error)?.message ?? String(e)}`)
      }
      // Declared cue names and a scan's cue gate are data, checked when the linter is built: they
      // pass unfenced. Dropping a gate would not change what the plugin finds, only run its scan
      // on every reply and stop the linter skipping replies without a lexicon hit.
      const out: RuleHooks = {}
      if (hooks.cueNames) out.cueNames = hooks.cueNames
      if (hooks.scanWhenCues) out.scanWhenCues = hooks.scanWhenCues
      const { scanWhen } = hooks
      // A gate that throws lets the scan run: the scan's own result (or failure) then stands.
      if (scanWhen) out.scanWhen = typeof scanWhen === 'function' ? fenced<[string], boolean>(id, failures, scanWhen.bind(hooks), () => true) : scanWhen
      if (hooks.judge) out.judge = fenced<[Finding, LintContext], Finding | null>(id, failures, hooks.judge.bind(hooks), () => null)
      if (hooks.scan) out.scan = fenced<Parameters<NonNullable<RuleHooks['scan']>>, Finding[]>(id, failures, hooks.scan.bind(hooks), () => [])
      if (hooks.finalize) out.finalize = fenced<[Finding[], LintContext], Finding[]>(id, failures, hooks.finalize.bind(hooks), (findings) => findings)
      return out
    },
  }
}

function failureMessage(id: string, error: unknown, linter: Linter): LintMessage {
  const reason = error instanceof Error ? error.message : String(error)
  const rule = linter.rules.find((r) => r.meta.id === id)
  return {
    ruleId: id,
    severity: 'error',
    message: linter.config.locale === 'en' ? `plugin rule ${id} failed on this reply: ${reason}` : `插件规则 ${id} 处理这条回复时出错：${reason}`,
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    actual: '',
    expected: [],
    url: rule?.meta.url ?? ruleDocsUrl(linter.config.docsUrl, id),
  }
}

/**
 * Builds a linter whose plugin rules run fenced: what a plugin hook throws while linting a
 * reply is reported on that reply as an error message of the plugin's rule, in place of that
 * rule's findings there.
 */
export function withPlugins(plugins: readonly RuleDefinition[], create: (plugins: RuleDefinition[]) => Linter): Linter {
  const failures = new Failures()
  const linter = create(plugins.map((p) => guard(p, failures)))
  const report = <T extends LintResult>(result: T): T => {
    if (failures.byRule.size === 0) return result
    // What a rule found on a reply where it broke is not to be trusted: its failure replaces it.
    const kept = result.messages.filter((m) => !failures.byRule.has(m.ruleId))
    const extra = [...failures.byRule].map(([id, error]) => failureMessage(id, error, linter))
    failures.byRule.clear()
    return { ...result, messages: [...kept, ...extra] }
  }
  return {
    config: linter.config,
    rules: linter.rules,
    lint(text, options) {
      failures.byRule.clear()
      return report(linter.lint(text, options))
    },
    fix(text, options): FixResult {
      failures.byRule.clear()
      return report(linter.fix(text, options))
    },
  }
}
