import { z } from 'zod'
import { DEFAULT_DOCS_URL } from '../docs-url.js'
import { formatIssues } from '../lexicon/schema.js'
import { CustomRuleSchema } from '../custom/schema.js'
import { compileCustomRule } from '../custom/compile-custom.js'
import { PROFILES } from './profiles.js'
import type { Profile, RuleDefinition, Severity, SpellChecker } from '../types.js'
import { extendVocab, vocab, type WordClasses } from '../vocab/index.js'
import { DEFAULT_SCORED_RULES, scoredRuleIds } from '../scorer/index.js'

export const RuleLevelSchema = z.enum(['off', 'info', 'warning', 'error'])
export type RuleLevel = z.infer<typeof RuleLevelSchema>

/** Settings every rule accepts, beside its own options. */
export const BaseRuleSettingsSchema = z.object({
  severity: RuleLevelSchema.optional(),
  /** Phrases this rule must not report (exact phrases, normalised like the lexicon). */
  allow: z.array(z.string().min(1)).optional(),
  /** Extra phrases this rule reports, with the rule's default context checks. */
  flag: z.array(z.string().min(1)).optional(),
})

export const ConfigSchema = z
  .object({
    /** Named preset: mainland marketplace (default), Traditional-Chinese shops, regulated categories. */
    profile: z.enum(['marketplace', 'zh-TW', 'strict']).default('marketplace'),
    /** Language of messages. */
    locale: z.enum(['zh', 'en']).default('zh'),
    /** Phrases no rule reports. */
    allow: z.array(z.string().min(1)).default([]),
    /** Per rule: a level, or an object with `severity`, `allow`, `flag` and rule options. */
    rules: z
      .record(
        z.string(),
        z.union([RuleLevelSchema, z.looseObject({})], {
          error: 'expected one of "off"|"info"|"warning"|"error", or an object with severity, allow, flag and the rule\'s options',
        }),
      )
      .default({}),
    /** Rules written in the config, without code (existence / substitution / occurrence). */
    custom: z.array(CustomRuleSchema).default([]),
    /** Words added to the shared word classes (src/vocab/classes.yaml), for every rule that names them. */
    classes: z.record(z.string(), z.array(z.string().min(1))).default({}),
    /** Base address of rule documentation pages (a message's url is `${docsUrl}${ruleId}/README.md`). */
    docsUrl: z.string().default(DEFAULT_DOCS_URL),
    /**
     * The statistical scorer (src/scorer): additions where a rule's lists miss. `true` scores every
     * rule its weights cover, `false` none, a list those rules. Default: the rules where it added
     * right findings and no wrong one on every unread author it met and costs little
     * (DEFAULT_SCORED_RULES: competitor-disparagement and blame-customer); all five cost ~11% lint CPU,
     * over issue 8's 10% budget.
     */
    scorer: z.union([z.boolean(), z.array(z.string().min(1))]).default(() => [...DEFAULT_SCORED_RULES]),
  })
  .strict()

export type ConfigInput = z.input<typeof ConfigSchema> & {
  /** An English spell checker (nspell instance or anything with `correct(word)`). */
  spell?: SpellChecker
}

export interface RuleSettings {
  level: RuleLevel | undefined
  allow: string[]
  flag: string[]
  options: Record<string, unknown>
}

export interface ResolvedConfig {
  profile: Profile
  locale: 'zh' | 'en'
  allow: string[]
  docsUrl: string
  /** Which rules the statistical scorer adds findings to (config `scorer`): all it covers, none, or these. */
  scorer: boolean | string[]
  rules: Map<string, RuleSettings>
  spell: SpellChecker | undefined
  /** Built-in rules followed by the config's custom rules. */
  definitions: RuleDefinition[]
  /** The shared word classes with the config's additions, when it makes any. */
  classes: WordClasses | undefined
  /** Custom rules' examples, checked once the linter is compiled. */
  customSpecs: { id: string; at: string; flag: string[]; pass: string[] }[]
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

const fail = (lines: string | string[]): never => {
  throw new ConfigError(`Invalid kefu-lint config:\n${Array.isArray(lines) ? lines.join('\n') : lines}`)
}

export function resolveConfig(input: ConfigInput | undefined, builtins: readonly RuleDefinition[]): ResolvedConfig {
  const { spell, ...data } = input ?? {}
  const parsed = ConfigSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) fail(formatIssues(parsed.error!, 'config', ConfigSchema, data))
  const config = parsed.data!
  let classes: WordClasses | undefined
  if (Object.keys(config.classes).length) {
    const extended = extendVocab(config.classes)
    const known = [...vocab.keys()].join(', ')
    if (extended.unknown.length) fail(extended.unknown.map((name) => `config.classes.${name}: unknown word class (got ${JSON.stringify(name)}); expected one of ${known}`))
    classes = extended.classes
  }
  if (Array.isArray(config.scorer)) {
    const covered = scoredRuleIds()
    const unknown = config.scorer.flatMap((id, i) => (covered.includes(id) ? [] : [`config.scorer.${i}: the scorer has no weights for ${JSON.stringify(id)}; expected one of ${covered.join(', ')}`]))
    if (unknown.length) fail(unknown)
  }
  const rules = [...builtins]
  const customSpecs: ResolvedConfig['customSpecs'] = []
  config.custom.forEach((custom, i) => {
    const at = `config.custom.${i}`
    if (rules.some((r) => r.meta.id === custom.id)) fail(`${at}.id: ${JSON.stringify(custom.id)} is already a rule id; expected a new id such as "shop/${custom.id}"`)
    const { definition, problems } = compileCustomRule(custom, at)
    if (problems.length) fail(problems)
    rules.push(definition)
    if (custom.specs) customSpecs.push({ id: custom.id, at, flag: custom.specs.flag, pass: custom.specs.pass })
  })
  // A profile is a preset underneath the user's own rule settings.
  const ruleSettings = { ...PROFILES[config.profile].rules, ...config.rules }
  const known = new Map(rules.map((r) => [r.meta.id, r]))
  const settings = new Map<string, RuleSettings>()
  for (const [id, value] of Object.entries(ruleSettings)) {
    const rule = known.get(id)
    if (!rule) {
      // Presets may name rules that a trimmed build does not ship; the user's own keys may not.
      if (!(id in config.rules)) continue
      return fail(`config.rules.${id}: unknown rule (got ${JSON.stringify(id)}); expected one of ${[...known.keys()].join(', ')}`)
    }
    if (typeof value === 'string') {
      settings.set(id, { level: value, allow: [], flag: [], options: {} })
      continue
    }
    const schema = BaseRuleSettingsSchema.extend(rule.meta.options?.shape ?? {}).strict()
    const r = schema.safeParse(value, { reportInput: true })
    if (!r.success) fail(formatIssues(r.error, `config.rules.${id}`, schema, value))
    const { severity, allow, flag, ...options } = r.data as z.infer<typeof BaseRuleSettingsSchema> & Record<string, unknown>
    settings.set(id, { level: severity, allow: allow ?? [], flag: flag ?? [], options })
  }
  for (const rule of rules) {
    if (settings.has(rule.meta.id)) continue
    settings.set(rule.meta.id, { level: undefined, allow: [], flag: [], options: {} })
  }
  // Rule options get their defaults from the rule's own schema.
  for (const rule of rules) {
    const s = settings.get(rule.meta.id)!
    if (rule.meta.options) s.options = rule.meta.options.parse(s.options) as Record<string, unknown>
  }
  return {
    profile: config.profile,
    locale: config.locale,
    allow: config.allow,
    docsUrl: config.docsUrl,
    scorer: config.scorer,
    rules: settings,
    spell,
    classes,
    definitions: rules,
    customSpecs,
  }
}

export function effectiveSeverity(level: RuleLevel | undefined, fallback: Severity): Severity | undefined {
  if (level === 'off') return undefined
  return level ?? fallback
}
