import { compile, PayloadKind, type Compiled, type CompiledRule } from './compile.js'
import { ConfigError, resolveConfig, type ConfigInput, type ResolvedConfig } from './config/schema.js'
import { isAdvice } from './context/advice.js'
import { isNegated } from './context/negation.js'
import { isQuestion } from './context/text.js'
import { normalize } from './normalize/normalize.js'
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
  const scratch: Scratch = { buffer: new Uint16Array(256), hits: { buffer: new Int32Array(96) }, cues: new CueTable(compiled.cueCount) }
  const lint = (text: string, options?: LintOptions): LintResult => {
    const input = typeof text === 'string' ? text : String(text ?? '')
    const findings = findAll(compiled, resolved, input, options, scratch)
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

interface Scratch {
  buffer: Uint16Array
  hits: { buffer: Int32Array }
  cues: CueTable
}

function findAll(compiled: Compiled, config: ResolvedConfig, original: string, options: LintOptions | undefined, scratch: Scratch): Finding[] {
  const { automaton, payloads, rules } = compiled
  const norm = normalize(original, scratch)
  const text = norm.text
  // Matches as flat (pattern, start, end) triples: exceptions and allow-listed spans are
  // indexed in a first walk, phrases judged in a second (in the same order), cues on demand.
  const count = automaton.collect(norm.codes, norm.hasIgnorable, scratch.hits)
  const found = scratch.hits.buffer
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
  if (phraseCount === 0 && !compiled.hasScanHook) return []

  // Cues are indexed on the first question about them (most replies never ask).
  let cuesFilled = false
  const cueTable = (): CueTable => {
    if (!cuesFilled) {
      cuesFilled = true
      scratch.cues.fill(found, count, compiled.cueIdStart, compiled.cueIdList)
    }
    return scratch.cues
  }
  /** Span lists handed out by ctx.cues, one per cue id (ids are per rule and name). */
  let cueLists: (ReadonlyArray<readonly [number, number]> | undefined)[] | undefined
  const allowed = (ruleIndex: number, start: number, end: number) =>
    allows !== undefined && allows.covers(start, end, (r) => r === -1 || r === ruleIndex)

  const previous = options?.previous ? normalize(options.previous) : undefined
  let previousCues: Map<string, boolean>[] | undefined
  /** Cues in the customer's previous message, scanned only when a rule asks. */
  const cuesOfPrevious = (): Map<string, boolean>[] => {
    if (!previousCues) {
      const found: Map<string, boolean>[] = rules.map(() => new Map())
      if (previous) {
        automaton.scan(previous.codes, previous.hasIgnorable, (pattern) => {
          for (const p of payloads[pattern]!) if (p.kind === 'cue') found[p.ruleIndex]!.set(p.name, true)
        })
      }
      previousCues = found
    }
    return previousCues
  }
  const contexts: (LintContext | undefined)[] = new Array(rules.length)
  const contextFor = (rule: CompiledRule): LintContext => {
    let ctx = contexts[rule.index]
    if (!ctx) {
      const ids = compiled.cueIds[rule.index]!
      ctx = contexts[rule.index] = {
        original,
        text,
        profile: config.profile,
        locale: config.locale,
        previous: previous?.text,
        previousHasCue: (name) => cuesOfPrevious()[rule.index]!.get(name) === true,
        cues: (name) => {
          const id = ids.get(name)
          if (id === undefined) return []
          cueLists ??= new Array(compiled.cueCount)
          return (cueLists[id] ??= cueTable().spans(id))
        },
        hasCue: (name, from, to) => {
          const id = ids.get(name)
          return id !== undefined && cueTable().within(id, from, to)
        },
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
      if (entry.notBefore.length && entry.notBefore.some((w) => endsWithAt(text, skipSpacesBack(text, start), w))) continue
      if (entry.notAfter.length && entry.notAfter.some((w) => text.startsWith(w, skipSpaces(text, end)))) continue
      const c = entry.context
      if (c?.negation && isNegated(text, start)) continue
      if (c?.question && isQuestion(text, start, end)) continue
      if (c?.advice && isAdvice(text, start, end)) continue
      const rule = rules[entry.ruleIndex]!
      let finding: Finding | null = {
        ruleId: rule.definition.meta.id,
        entry,
        start,
        end,
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
  for (const rule of rules) {
    let list = byRule[rule.index] ?? []
    if (rule.hooks.scan) {
      // Allow-listed phrases hold for findings from a rule's own scanner too.
      const extra = rule.hooks.scan(contextFor(rule), rule.entryFor).filter((f) => !allowed(rule.index, f.start, f.end))
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
