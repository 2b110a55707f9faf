import { compile, PayloadKind, type Compiled, type CompiledRule } from './compile.js'
import { ConfigError, resolveConfig, type ConfigInput, type ResolvedConfig } from './config/schema.js'
import { isAdvice } from './context/advice.js'
import { isNegated } from './context/negation.js'
import { constructionCanHold, matchConstruction } from './context/construction.js'
import { isMention } from './context/mention.js'
import { isQuestion } from './context/text.js'
import { normalize, type NormalizedText } from './normalize/normalize.js'
import { SpanIndex } from './match/span-index.js'
import { CueTable } from './match/cue-table.js'
import { toMessages } from './messages.js'
import { applyFixes } from './fix.js'
import type { CompiledEntry, Finding, FixResult, LintContext, LintOptions, LintResult, RuleDefinition } from './types.js'

export interface Linter {
  /** Lints one reply. Synchronous; never throws on any string. */
  lint(text: string, options?: LintOptions): LintResult
  /** Applies only always-safe fixes; `messages` are those of the fixed output. */
  fix(text: string, options?: LintOptions): FixResult
  readonly config: ResolvedConfig
  readonly rules: readonly RuleDefinition[]
}


/**
 * Compiles the rules once; each call then costs one normalisation pass, one automaton
 * pass, and bounded context checks per hit.
 */
export function createLinter(config: ConfigInput | undefined, definitions: readonly RuleDefinition[]): Linter {
  const resolved = resolveConfig(config, definitions)
  const compiled = compile(resolved.definitions, resolved)
  const session = new Session(compiled, resolved)
  const lint = (text: string, options?: LintOptions): LintResult => {
    const input = typeof text === 'string' ? text : String(text ?? '')
    // A hook that lints again (re-entrant call) gets buffers of its own.
    const findings = session.busy ? new Session(compiled, resolved).findAll(input, options) : session.findAll(input, options)
    return { messages: toMessages(input, findings, compiled.rules, resolved) }
  }
  checkCustomSpecs(resolved, lint)
  return {
    config: resolved,
    rules: compiled.rules.map((r) => r.definition),
    lint,
    fix(text, options) {
      let current = typeof text === 'string' ? text : String(text ?? '')
      let fixed = 0
      // A fix can reveal or create another finding; a few passes settle it.
      for (let pass = 0; pass < 3; pass++) {
        const { messages } = lint(current, options)
        const { output, applied } = applyFixes(current, messages)
        if (applied === 0) break
        current = output
        fixed += applied
      }
      return { output: current, fixed, messages: lint(current, options).messages }
    },
  }
}

/** A custom rule whose own examples fail would silently mislead: refuse the config. */
function checkCustomSpecs(config: ResolvedConfig, lint: (text: string) => LintResult): void {
  const problems: string[] = []
  for (const { id, at, flag, pass } of config.customSpecs) {
    if (config.rules.get(id)?.level === 'off') continue
    const hits = (text: string) => lint(text).messages.filter((m) => m.ruleId === id).length
    flag.forEach((text, i) => {
      if (hits(text) === 0) problems.push(`${at}.specs.flag.${i}: rule ${id} does not flag ${JSON.stringify(text)}`)
    })
    pass.forEach((text, i) => {
      if (hits(text) > 0) problems.push(`${at}.specs.pass.${i}: rule ${id} flags ${JSON.stringify(text)}, which should pass`)
    })
  }
  if (problems.length) throw new ConfigError(`Invalid kefu-lint config:\n${problems.join('\n')}`)
}

/** The functions a rule's context offers, made once per linter; they read the current reply. */
type CueQueries = Pick<LintContext, 'previousHasCue' | 'cues' | 'hasCue'>

/**
 * One linter's reusable state: buffers for the normalised text, the matches and the cue
 * table, and each rule's cue queries. Only the reply being linted changes between calls.
 */
class Session {
  busy = false
  private readonly scratch = { buffer: new Uint16Array(256) }
  private readonly hits = { buffer: new Int32Array(96) }
  /** Per rule, whether its scanner runs on the reply being linted (its scanWhen tested once). */
  private readonly scanning: Uint8Array
  private readonly cueTable: CueTable
  private readonly queries: CueQueries[]
  // The reply being linted.
  private count = 0
  private cuesFilled = false
  /** Span lists handed out by ctx.cues, one per cue id (ids are per rule and name). */
  private cueLists: (ReadonlyArray<readonly [number, number]> | undefined)[] | undefined
  private previous: NormalizedText | undefined
  private previousCues: Map<string, boolean>[] | undefined

  constructor(
    private readonly compiled: Compiled,
    private readonly config: ResolvedConfig,
  ) {
    this.cueTable = new CueTable(compiled.cueCount)
    this.scanning = new Uint8Array(compiled.rules.length)
    this.queries = compiled.rules.map((rule) => {
      const ids = compiled.cueIds[rule.index]!
      return {
        previousHasCue: (name: string) => this.cuesOfPrevious()[rule.index]!.get(name) === true,
        cues: (name: string) => {
          const id = ids.get(name)
          if (id === undefined) return []
          const lists = (this.cueLists ??= new Array(compiled.cueCount))
          return (lists[id] ??= this.cues().spans(id))
        },
        hasCue: (name: string, from: number, to: number) => {
          const id = ids.get(name)
          return id !== undefined && this.cues().within(id, from, to)
        },
      }
    })
  }

  findAll(original: string, options: LintOptions | undefined): Finding[] {
    this.busy = true
    try {
      return this.run(original, options)
    } finally {
      this.busy = false
      this.cueLists = undefined
      this.previous = undefined
      this.previousCues = undefined
    }
  }

  /** Cues are indexed on the first question about them (most replies never ask). */
  private cues(): CueTable {
    if (!this.cuesFilled) {
      this.cuesFilled = true
      this.cueTable.fill(this.hits.buffer, this.count, this.compiled.cueIdStart, this.compiled.cueIdList)
    }
    return this.cueTable
  }

  /** Cues in the customer's previous message, scanned only when a rule asks. */
  private cuesOfPrevious(): Map<string, boolean>[] {
    if (!this.previousCues) {
      const { automaton, payloads, rules } = this.compiled
      const found: Map<string, boolean>[] = rules.map(() => new Map())
      const previous = this.previous
      if (previous) {
        automaton.scan(previous.codes, previous.hasIgnorable, (pattern) => {
          for (const p of payloads[pattern]!) if (p.kind === 'cue') found[p.ruleIndex]!.set(p.name, true)
        })
      }
      this.previousCues = found
    }
    return this.previousCues
  }

  private run(original: string, options: LintOptions | undefined): Finding[] {
    const { compiled, config } = this
    const { automaton, payloads, rules } = compiled
    const norm = normalize(original, this.scratch)
    const text = norm.text
    // Matches as flat (pattern, start, end) triples: exceptions and allow-listed spans are
    // indexed in a first walk, phrases judged in a second (in the same order), cues on demand.
    const count = (this.count = automaton.collect(norm.codes, norm.hasIgnorable, this.hits))
    this.cuesFilled = false
    const found = this.hits.buffer
    let phraseCount = 0
    let exceptions: SpanIndex | undefined
    let allows: SpanIndex | undefined
    const { kinds, phraseCounts } = compiled
    for (let k = 0; k < count; k += 3) {
      const pattern = found[k]!
      phraseCount += phraseCounts[pattern]!
      if ((kinds[pattern]! & (PayloadKind.exception | PayloadKind.allow)) === 0) continue
      const start = found[k + 1]!
      const end = found[k + 2]!
      for (const p of payloads[pattern]!) {
        if (p.kind === 'exception') (exceptions ??= new SpanIndex()).add(start, end, p.entry)
        else if (p.kind === 'allow') (allows ??= new SpanIndex()).add(start, end, p.ruleIndex)
      }
    }
    const scanning = this.scanning
    let anyScan = false
    for (let i = 0; i < rules.length; i++) {
      const wants = wantsScan(rules[i]!, text)
      scanning[i] = wants ? 1 : 0
      anyScan ||= wants
    }
    if (phraseCount === 0 && !anyScan) return []

    const allowed = (ruleIndex: number, start: number, end: number) =>
      allows !== undefined && allows.covers(start, end, (r) => r === -1 || r === ruleIndex)
    const previous = (this.previous = options?.previous ? normalize(options.previous) : undefined)
    const contexts: (LintContext | undefined)[] = new Array(rules.length)
    const contextFor = (rule: CompiledRule): LintContext => {
      let ctx = contexts[rule.index]
      if (!ctx) {
        const q = this.queries[rule.index]!
        ctx = contexts[rule.index] = {
          original,
          text,
          profile: config.profile,
          locale: config.locale,
          previous: previous?.text,
          previousHasCue: q.previousHasCue,
          cues: q.cues,
          hasCue: q.hasCue,
        }
      }
      return ctx
    }

    const byRule: (Finding[] | undefined)[] = new Array(rules.length)
    for (let k = 0; phraseCount > 0 && k < count; k += 3) {
      const pattern = found[k]!
      if (phraseCounts[pattern] === 0) continue
      const start = found[k + 1]!
      const end = found[k + 2]!
      for (const p of payloads[pattern]!) {
        if (p.kind !== 'phrase') continue
        phraseCount--
        const entry = p.entry
        if (exceptions?.covers(start, end, (e) => e === entry)) continue
        if (allowed(entry.ruleIndex, start, end)) continue
        if (entry.construction && !constructionCanHold(entry, text, start, end, previous !== undefined)) continue
        if (entry.notBefore.length && entry.notBefore.some((w) => endsWithAt(text, skipSpacesBack(text, start), w))) continue
        if (entry.notAfter.length && entry.notAfter.some((w) => text.startsWith(w, skipSpaces(text, end)))) continue
        const c = entry.context
        if (c?.negation && isNegated(text, start)) continue
        if (c?.question && isQuestion(text, start, end)) continue
        if (c?.advice && isAdvice(text, start, end)) continue
        if (c?.mention && isMention(text, start, end)) continue
        const rule = rules[entry.ruleIndex]!
        let span: readonly [number, number] | undefined = [start, end]
        if (entry.construction && !(span = matchConstruction(entry, contextFor(rule), start, end))) continue
        let finding: Finding | null = {
          ruleId: rule.definition.meta.id,
          entry,
          start: span[0],
          end: span[1],
          severity: entry.severity ?? rule.definition.meta.defaultSeverity,
          expected: entry.expected,
        }
        if (entry.fix && entry.expected.length) finding.fix = { start, end, text: entry.expected[0]! }
        if (rule.hooks.judge) finding = rule.hooks.judge(finding, contextFor(rule))
        if (!finding) continue
        const list = byRule[rule.index]
        if (list) list.push(finding)
        else byRule[rule.index] = [finding]
      }
    }

    const out: Finding[] = []
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!
      let list = byRule[rule.index] ?? []
      if (scanning[i]) {
        // Allow-listed phrases hold for findings from a rule's own scanner too.
        let extra = rule.hooks.scan!(contextFor(rule), rule.entryFor)
        if (allows !== undefined) extra = extra.filter((f) => !allowed(rule.index, f.start, f.end))
        if (extra.length) list = list.concat(extra)
      }
      if (list.length === 0) continue
      list = dropContained(list)
      if (rule.hooks.finalize) list = rule.hooks.finalize(list, contextFor(rule))
      for (const f of list) {
        if (rule.forcedSeverity) f.severity = rule.forcedSeverity
        out.push(f)
      }
    }
    return out
}
}

/** Whether a rule's scanner has something to look at in this reply. */
function wantsScan(rule: CompiledRule, text: string): boolean {
  const { scan, scanWhen } = rule.hooks
  return scan !== undefined && (scanWhen === undefined || text.search(scanWhen) >= 0)
}

/** Look-arounds see past spaces: 100% 纯棉 is 100%纯棉, 666 元 is 666元. */
function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0)) at++
  return at
}

function skipSpacesBack(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0)) at--
  return at
}

function endsWithAt(text: string, at: number, word: string): boolean {
  return word.length > 0 && at >= word.length && text.startsWith(word, at - word.length)
}

/**
 * Within one rule, a hit inside a longer hit (绝对 inside 绝对会…) is one problem, not two.
 * One sweep in order of start (longest first): a hit is dropped when the furthest-reaching
 * earlier hit covers it and is longer. Spans that are equal are all kept.
 */
function dropContained(list: Finding[]): Finding[] {
  if (list.length < 2) return list
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end)
  const keep = new Set<Finding>()
  let reachStart = -1
  let reachEnd = -1
  for (const f of sorted) {
    const covered = reachEnd >= f.end && reachEnd - reachStart > f.end - f.start
    if (!covered) keep.add(f)
    if (f.end > reachEnd) {
      reachEnd = f.end
      reachStart = f.start
    }
  }
  return keep.size === list.length ? list : list.filter((f) => keep.has(f))
}
