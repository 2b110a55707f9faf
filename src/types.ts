import type { z } from 'zod'
import { lexiconOf, type Entry, type Lexicon, type LexiconInput, type Localized, type Severity } from './lexicon/schema.js'

export type { Entry, Lexicon, LexiconInput, Localized, Severity }
export type Locale = 'zh' | 'en'
export type Profile = 'marketplace' | 'zh-TW' | 'strict'
export type Category = 'promise' | 'tone' | 'claims' | 'compliance' | 'privacy' | 'custom'

export interface RuleMeta {
  /** Stable id; part of the public contract. */
  id: string
  category: Category
  description: Localized
  defaultSeverity: Severity
  /** Whether some of the rule's findings carry an always-safe fix. */
  fixable: boolean
  /** Rule-specific options (beyond severity/allow/flag), validated with the config. */
  options?: z.ZodObject
  /** Documentation page; defaults to the rule's README in the repository. */
  url?: string
  /**
   * Messages by id for findings the rule's lexicon does not word: `scored` words the statistical
   * scorer's additions (src/scorer) in the rule's voice. The scorer refuses a rule it can add to
   * that does not declare it.
   */
  messages?: Readonly<Record<string, Localized>>
}

/** An entry as compiled into the linter (one per lexicon entry or config addition). */
export interface CompiledEntry extends Entry {
  ruleIndex: number
  /** Phrases after normalisation (what the automaton matches). */
  normalized: string[]
  /** Cue names under which the entry's construction slots were compiled. */
  constructionCues?: ConstructionCues
}

export interface ConstructionCues {
  next?: string
  before?: string
  unlessBefore?: string
  unlessAfter?: string
  unlessBeforeInSentence?: string
  previous?: string
  previousUnless?: string
  previousWith?: string
}

export interface Fix {
  start: number
  end: number
  text: string
}

/** A hit a rule is judging; rules may change any field or drop it. */
export interface Finding {
  ruleId: string
  entry: CompiledEntry
  start: number
  end: number
  severity: Severity
  expected: string[]
  fix?: Fix
  /** Message override for this finding; the entry's or rule's message otherwise. */
  message?: Localized
  /** Extra template values for the message (`{name}` placeholders). */
  data?: Record<string, string>
}

/** What a rule sees about the reply being linted. */
export interface LintContext {
  /** The reply as given. */
  readonly original: string
  /** Normalised view (Simplified, half-width, lower-case); same length and offsets as `original`. */
  readonly text: string
  readonly profile: Profile
  readonly locale: Locale
  /** The customer's message this reply answers, normalised, when the caller knows it. */
  readonly previous: string | undefined
  /** What the agent already sent in this turn (LintOptions.agentBefore), normalised, when the caller knows it. */
  readonly agentBefore: string | undefined
  /** What the agent sends after this reply in the same turn (LintOptions.agentAfter), normalised, when the caller knows it. */
  readonly agentAfter: string | undefined
  /** Spans of this rule's cue words (lexicon `cues`) found in the reply. */
  cues(name: string): ReadonlyArray<readonly [number, number]>
  /** Whether a cue of `name` lies within [from, to). */
  hasCue(name: string, from: number, to: number): boolean
  /** Whether the customer's previous message (when given) contains a cue of `name`. */
  previousHasCue(name: string): boolean
}

export interface RuleHooks {
  /** Adjust or drop one finding (return null to drop it). */
  judge?(finding: Finding, ctx: LintContext): Finding | null
  /** See all findings of the rule for a reply at once (density, de-duplication). */
  finalize?(findings: Finding[], ctx: LintContext): Finding[]
  /** Findings that come from something other than the lexicon (token checks, patterns). */
  scan?(ctx: LintContext, entryFor: (tag: string) => CompiledEntry | undefined): Finding[]
  /**
   * The scan runs only on replies whose normalised text this matches (a character class the
   * scan needs, e.g. /[a-z0-9]/ for Latin tokens), or for which this function returns true (the
   * scan's own cheap pre-tests). Without it the scan runs on every reply, and a reply without a
   * lexicon hit cannot be skipped early. It must hold for every reply the scan finds something in.
   */
  scanWhen?: RegExp | ((text: string) => boolean)
  /**
   * The scan (also) runs on replies holding one of these cues of the rule's lexicon: a scan that
   * reads cues (ctx.cues) has nothing to read without them. With `scanWhen` as well, either one
   * lets it run; with neither, it runs on every reply. An unknown cue name fails at load.
   */
  scanWhenCues?: readonly string[]
  /**
   * The cue names the hooks read through ctx.cues / hasCue / previousHasCue, checked against the
   * lexicon's cues when the linter is built (an unknown one fails there, naming rule and cue).
   * Optional: a name asked for at lint time that the lexicon lacks fails on that call anyway.
   */
  cueNames?: readonly string[]
}

export interface RuleEnv {
  profile: Profile
  /** An English spell checker, when one was given or could be loaded. */
  spell: SpellChecker | undefined
}

export interface SpellChecker {
  correct(word: string): boolean
}

export interface RuleDefinition<O = Record<string, unknown>> {
  meta: RuleMeta
  lexicon: Lexicon
  create?(options: O, env: RuleEnv): RuleHooks
}

export interface LintMessage {
  ruleId: string
  severity: Severity
  message: string
  start: number
  end: number
  line: number
  column: number
  endLine: number
  endColumn: number
  actual: string
  expected: string[]
  fix?: Fix
  url: string
}

export interface LintResult {
  messages: LintMessage[]
}

export interface FixResult extends LintResult {
  output: string
  /** How many fixes were applied. */
  fixed: number
}

export interface LintOptions {
  /** The customer's message this reply answers (transcripts). */
  previous?: string
  previousUnless?: string
  /**
   * What the agent already sent in this turn, after the customer's last message (an answer, then its
   * closer, sent as two messages). A closing template after an answer ignores nothing; after a mere
   * 稍等 or 抱歉 the turn is still unanswered. Transcripts give it.
   */
  agentBefore?: string
  /**
   * What the agent sends after this reply in the same turn, before the customer speaks again (newline-joined; a
   * reply split over several messages: 抱歉 / 赠品都是指定的 / 无法修改). A short message the turn's later answer
   * completes is not curt. Only transcripts know it; the CLI gives at most AFTER_CHARS characters of it.
   */
  agentAfter?: string
}

/** A rule as its author writes it: the lexicon may be plain data (see LexiconInput). */
export interface RuleDefinitionInput<O = Record<string, unknown>> extends Omit<RuleDefinition<O>, 'lexicon'> {
  lexicon: Lexicon | LexiconInput
}

/**
 * Makes a rule (built-in or plugin). A plain lexicon is validated and parsed here, so a
 * mistake in it names the rule and the field when the rule is defined, not deep in a lint.
 */
export function defineRule<O = Record<string, unknown>>(rule: RuleDefinitionInput<O>): RuleDefinition<O> {
  return { ...rule, lexicon: lexiconOf(rule.lexicon, rule.meta) }
}
