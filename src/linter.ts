import { compile, PayloadKind, unknownCue, type Compiled, type CompiledRule, type EdgeWords } from './compile.js'
import { FORMAT_VERSION, type CompileCache } from './compile-cache.js'
import { ConfigError, effectiveSeverity, resolveConfig, type ConfigInput, type ResolvedConfig } from './config/schema.js'
import { isAdvice } from './context/advice.js'
import { CUE_READER, type CueReader } from './context/cues.js'
import { isNegated } from './context/negation.js'
import { constructionCanHold, matchConstruction } from './context/construction.js'
import { inTitle, isMention, startMentions } from './context/mention.js'
import { isQuestion, startReply } from './context/text.js'
import { normalize, type NormalizedText, type Scratch } from './normalize/normalize.js'
import { mapEnd, mapStart, segmentedContext, unsegment, unsegmentedContext } from './text/segmented.js'
import { SpanIndex } from './match/span-index.js'
import { CueTable } from './match/cue-table.js'
import { toMessages } from './messages.js'
import { applyFixes } from './fix.js'
import { builtinScorer, scoredRuleIds, type Scorer } from './scorer/index.js'
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
/** The findings of a reply no rule scans: what the scorer's pre-filter reads then. */
const NO_FINDINGS: readonly Finding[] = []

/**
 * `compileCache` is only for the built-in rules (the caller's promise: `definitions` are the
 * library's own, with no plugin), and only used in a build that stamped its id (see tsup.config.ts).
 */
export function createLinter(config: ConfigInput | undefined, definitions: readonly RuleDefinition[], compileCache?: CompileCache): Linter {
  const resolved = resolveConfig(config, definitions)
  const key = compileCache && compileKey(config, resolved)
  const compiled = compile(resolved.definitions, resolved, key ? { store: compileCache!, key } : undefined)
  const known = resolved.definitions.map((d) => d.meta.id)
  // The default list needs the rules the weights were trained with (their findings are features):
  // a linter without them (a core of custom rules, a trimmed build) runs no scorer unless asked to.
  const defaulted = config?.scorer === undefined && !scoredRuleIds().every((id) => known.includes(id))
  const only = defaulted ? [] : Array.isArray(resolved.scorer) ? resolved.scorer : undefined
  const scorer = resolved.scorer === false || only?.length === 0 ? undefined : builtinScorer(compiled.rules, known, only)
  const session = new Session(compiled, resolved, scorer)
  const findAll = (text: string, options: LintOptions | undefined): Finding[] =>
    // A hook that lints again (re-entrant call) gets buffers of its own.
    session.busy ? new Session(compiled, resolved, scorer && builtinScorer(compiled.rules, known, only)).findAll(text, options) : session.findAll(text, options)
  const lint = (text: string, options?: LintOptions): LintResult => {
    const input = typeof text === 'string' ? text : String(text ?? '')
    // Word-segmented text (亲 ， 您好 ， 这款 是…) is linted without its word breaks; offsets map back to the input.
    // The context is looked at only when the reply alone does not read as segmented.
    const own = unsegment(input)
    const segmentedAround = own === undefined && options !== undefined && segmentedContext(options.previous, options.agentBefore, options.agentAfter)
    const unsegmented = own ?? (segmentedAround ? unsegment(input, 1) : undefined)
    if (unsegmented === undefined) return { messages: toMessages(input, findAll(input, segmentedAround ? unsegmentedOptions(options, false) : options), compiled.rules, resolved) }
    const findings = findAll(unsegmented.text, unsegmentedOptions(options, true))
    for (const f of findings) {
      f.start = mapStart(unsegmented, f.start)
      f.end = mapEnd(unsegmented, f.end)
      if (f.fix) f.fix = { ...f.fix, start: mapStart(unsegmented, f.fix.start), end: mapEnd(unsegmented, f.fix.end) }
    }
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

declare const __KEFU_LINT_BUILD_ID__: string | undefined

/**
 * The library build's id: a hash of its sources and built-in data, stamped in by the build
 * (tsup.config.ts). Undefined when running from source, where nothing is cached.
 */
const BUILD_ID = typeof __KEFU_LINT_BUILD_ID__ === 'string' ? __KEFU_LINT_BUILD_ID__ : undefined

/**
 * What the compiled tables depend on, as one string: the build (code and built-in data), the
 * format, the profile, each rule (built-in then custom, in order) with whether it is on and its
 * settings, the config's allow list, classes and custom rules. Undefined (no caching) outside a
 * stamped build or when a setting is not plain data. Levels beyond on/off and the scorer do not
 * change the tables and are left out.
 */
export function compileKey(input: ConfigInput | undefined, resolved: ResolvedConfig): string | undefined {
  if (!BUILD_ID) return undefined
  const rules = resolved.definitions.map((d) => {
    const s = resolved.rules.get(d.meta.id)!
    const on = effectiveSeverity(s.level, d.meta.defaultSeverity) !== undefined
    return on ? [d.meta.id, s.allow, s.flag, s.options] : [d.meta.id]
  })
  const data = stableJson([resolved.profile, rules, resolved.allow, input?.classes ?? {}, input?.custom ?? []])
  return data === undefined ? undefined : `kefu-lint/${BUILD_ID}/${FORMAT_VERSION}/${data}`
}

/** JSON with sorted object keys, or undefined when `value` holds anything but plain data. */
function stableJson(value: unknown): string | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined
  if (Array.isArray(value)) {
    const parts: string[] = []
    for (const v of value) {
      const j = stableJson(v)
      if (j === undefined) return undefined
      parts.push(j)
    }
    return `[${parts.join(',')}]`
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const parts: string[] = []
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k]
      if (v === undefined) continue
      const j = stableJson(v)
      if (j === undefined) return undefined
      parts.push(`${JSON.stringify(k)}:${j}`)
    }
    return `{${parts.join(',')}}`
  }
  return undefined
}

/** The context of a segmented reply, without its word breaks where it is segmented too. */
function unsegmentedOptions(options: LintOptions | undefined, replySegmented: boolean): LintOptions | undefined {
  if (!options) return options
  const out: LintOptions = { ...options }
  if (options.previous !== undefined) out.previous = unsegmentedContext(options.previous, replySegmented)
  if (options.agentBefore !== undefined) out.agentBefore = unsegmentedContext(options.agentBefore, replySegmented)
  if (options.agentAfter !== undefined) out.agentAfter = unsegmentedContext(options.agentAfter, replySegmented)
  return out
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
type CueQueries = Pick<LintContext, 'previousHasCue' | 'cues' | 'hasCue'> & { reader: CueReader }

/**
 * One linter's reusable state: buffers for the normalised text, the matches and the cue
 * table, and each rule's cue queries. Only the reply being linted changes between calls.
 */
class Session {
  busy = false
  private readonly scratch: Scratch = { buffer: new Uint16Array(256), views: undefined }
  private readonly hits = { buffer: new Int32Array(96) }
  /** Per rule, whether its scanner runs on the reply being linted (its scanWhen tested once). */
  private readonly scanning: Uint8Array
  private readonly cueTable: CueTable
  private readonly queries: CueQueries[]
  // The reply being linted.
  private count = 0
  private cuesFilled = false
  /**
   * Span lists handed out by ctx.cues, one per cue id (ids are per rule and name); the ids given
   * out are noted and only those slots cleared after the reply, so no array of every cue id is
   * made per reply and no list outlives its reply.
   */
  private readonly cueLists: (ReadonlyArray<readonly [number, number]> | undefined)[]
  private readonly cueListIds: number[] = []
  private previous: NormalizedText | undefined
  /** LintOptions.agentBefore of the reply being linted, normalised (rare: only transcripts give it). */
  private agentBefore: string | undefined
  private readonly agentBeforeScratch: Scratch = { buffer: new Uint16Array(256), views: undefined }
  /** LintOptions.agentAfter of the reply being linted, normalised (rare: only transcripts give it). */
  private agentAfter: string | undefined
  private readonly agentAfterScratch: Scratch = { buffer: new Uint16Array(256), views: undefined }
  private original = ''
  private text = ''
  private allows: SpanIndex | undefined
  /** Per rule, its LintContext for the current reply (made on first use) and its findings. */
  private readonly contexts: (LintContext | undefined)[]
  private readonly byRule: (Finding[] | undefined)[]
  /**
   * Cue ids found in the customer's previous message: an id is there when stamped with the
   * current scan of it (no map per rule and reply; the matches go to a buffer kept for it).
   */
  private readonly previousStamp: Int32Array
  private previousScan = 0
  private previousScanned = false
  /**
   * The last previous message given and its normalised view, kept from one reply to the next:
   * the same customer message comes with every reply that answers it (several agent replies in
   * a row in a transcript, each keystroke of a reply in the browser), and its normalisation and
   * cue scan (previousStamp, valid while previousScanned) then hold as they are.
   */
  private previousInput: string | undefined
  private previousView: NormalizedText | undefined
  private readonly previousHits = { buffer: new Int32Array(96) }
  private readonly previousScratch: Scratch = { buffer: new Uint16Array(256), views: undefined }

  constructor(
    private readonly compiled: Compiled,
    private readonly config: ResolvedConfig,
    private readonly scorer?: Scorer,
  ) {
    this.cueTable = new CueTable(compiled.cueCount)
    this.scanning = new Uint8Array(compiled.rules.length)
    this.cueLists = new Array(compiled.cueCount).fill(undefined)
    this.previousStamp = new Int32Array(compiled.cueCount)
    this.contexts = new Array(compiled.rules.length).fill(undefined)
    this.byRule = new Array(compiled.rules.length).fill(undefined)
    this.queries = compiled.rules.map((rule) => {
      const ids = compiled.cueIds[rule.index]!
      // An unknown name fails on the call (not "no such cue here"), naming rule and cue.
      const idOf = (name: string): number => {
        const id = ids.get(name)
        if (id === undefined) throw unknownCue(rule.definition.meta.id, ids, name)
        return id
      }
      return {
        previousHasCue: (name: string) => {
          const id = idOf(name)
          return this.scanPrevious() && this.previousStamp[id] === this.previousScan
        },
        cues: (name: string) => {
          const id = idOf(name)
          const list = this.cueLists[id]
          if (list) return list
          this.cueListIds.push(id)
          return (this.cueLists[id] = this.cues().spans(id))
        },
        hasCue: (name: string, from: number, to: number) => this.cues().within(idOf(name), from, to),
        reader: { table: () => this.cues(), idOf },
      }
    })
  }

  findAll(original: string, options: LintOptions | undefined): Finding[] {
    this.busy = true
    try {
      return this.run(original, options)
    } finally {
      this.busy = false
      this.previous = undefined
      for (const id of this.cueListIds) this.cueLists[id] = undefined
      this.cueListIds.length = 0
      this.allows = undefined
      this.original = this.text = ''
      this.contexts.fill(undefined)
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

  /**
   * Cues in the customer's previous message, scanned only when a rule first asks; returns
   * whether there is a previous message.
   */
  private scanPrevious(): boolean {
    const previous = this.previous
    if (!previous) return false
    if (!this.previousScanned) {
      this.previousScanned = true
      if (this.previousScan === 0x7fffffff) {
        this.previousStamp.fill(0)
        this.previousScan = 0
      }
      const scan = ++this.previousScan
      const { automaton, cueIdStart, cueIdList } = this.compiled
      const n = automaton.collect(previous.codes, previous.hasIgnorable, this.previousHits)
      const found = this.previousHits.buffer
      for (let k = 0; k < n; k += 3) {
        const p = found[k]!
        for (let j = cueIdStart[p]!, e = cueIdStart[p + 1]!; j < e; j++) this.previousStamp[cueIdList[j]!] = scan
      }
    }
    return true
  }

  private run(original: string, options: LintOptions | undefined): Finding[] {
    const { compiled } = this
    const { automaton, rules } = compiled
    const norm = normalize(original, this.scratch)
    const text = norm.text
    startReply(text)
    startMentions(text)
    // Matches as flat (pattern, start, end) triples: exceptions and allow-listed spans are
    // indexed in a first walk, phrases judged in a second (in the same order), cues on demand.
    const count = (this.count = automaton.collect(norm.codes, norm.hasIgnorable, this.hits))
    this.cuesFilled = false
    const found = this.hits.buffer
    let phraseCount = 0
    let exceptions: SpanIndex | undefined
    let allows: SpanIndex | undefined
    let gates = 0
    const { kinds, phrasePlanStart, phrasePlanList, scanGates } = compiled
    for (let k = 0; k < count; k += 3) {
      const pattern = found[k]!
      phraseCount += phrasePlanStart[pattern + 1]! - phrasePlanStart[pattern]!
      gates |= scanGates[pattern]!
      const kind = kinds[pattern]!
      if ((kind & (PayloadKind.exception | PayloadKind.allow)) === 0) continue
      const start = found[k + 1]!
      const end = found[k + 2]!
      if (kind & PayloadKind.exception) for (const entry of compiled.exceptionsAt.get(pattern)!) (exceptions ??= new SpanIndex()).add(start, end, entry)
      if (kind & PayloadKind.allow) for (const rule of compiled.allowsAt.get(pattern)!) (allows ??= new SpanIndex()).add(start, end, rule)
    }
    const scanning = this.scanning
    let anyScan = false
    for (let i = 0; i < rules.length; i++) {
      const wants = wantsScan(rules[i]!, text, gates, compiled.scanGateBit[i]!)
      scanning[i] = wants ? 1 : 0
      anyScan ||= wants
    }
    if (phraseCount === 0 && !anyScan) {
      if (this.scorer === undefined || !this.scorer.wants(text, NO_FINDINGS)) return []
      const out: Finding[] = []
      this.scorer.judge(text, this.previousOf(options)?.text, out)
      return out
    }

    this.allows = allows
    this.original = original
    this.text = text
    const previous = (this.previous = this.previousOf(options))
    this.agentBefore = options?.agentBefore === undefined ? undefined : normalize(options.agentBefore, this.agentBeforeScratch).text
    this.agentAfter = options?.agentAfter === undefined ? undefined : normalize(options.agentAfter, this.agentAfterScratch).text
    const contexts = this.contexts
    const byRule = this.byRule
    for (let i = 0; i < rules.length; i++) {
      contexts[i] = undefined
      byRule[i] = undefined
    }

    for (let k = 0; phraseCount > 0 && k < count; k += 3) {
      const pattern = found[k]!
      const first = phrasePlanStart[pattern]!
      const last = phrasePlanStart[pattern + 1]!
      if (first === last) continue
      const start = found[k + 1]!
      const end = found[k + 2]!
      for (let e = first; e < last; e++) {
        const plan = phrasePlanList[e]!
        const entry = plan.entry
        phraseCount--
        if (exceptions !== undefined && exceptions.covers(start, end, entry)) continue
        if (this.allowed(plan.ruleIndex, start, end)) continue
        if (plan.construction !== undefined && !constructionCanHold(plan.construction, text, start, end, previous !== undefined)) continue
        if (plan.notBefore !== undefined && notBefore(text, start, plan.notBefore)) continue
        if (plan.notAfter !== undefined && notAfter(text, end, plan.notAfter)) continue
        if (plan.negation && isNegated(text, start)) continue
        if (plan.question && isQuestion(text, start, end)) continue
        if (plan.advice && isAdvice(text, start, end)) continue
        if (plan.mention && isMention(text, start, end)) continue
        const rule = rules[plan.ruleIndex]!
        let spanStart = start
        let spanEnd = end
        if (plan.construction !== undefined) {
          const span = matchConstruction(entry, this.contextFor(rule), start, end)
          if (!span) continue
          spanStart = span[0]
          spanEnd = span[1]
        }
        let finding: Finding | null = {
          ruleId: rule.definition.meta.id,
          entry,
          start: spanStart,
          end: spanEnd,
          severity: plan.severity ?? rule.definition.meta.defaultSeverity,
          expected: entry.expected,
        }
        if (plan.fix) finding.fix = { start, end, text: entry.expected[0]! }
        if (rule.hooks.judge) finding = rule.hooks.judge(finding, this.contextFor(rule))
        if (!finding) continue
        const list = byRule[rule.index]
        if (list) list.push(finding)
        else byRule[rule.index] = [finding]
      }
    }

    const out: Finding[] = []
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!
      let list = byRule[rule.index]
      if (scanning[i]) {
        // Allow-listed phrases hold for findings from a rule's own scanner too.
        let extra = rule.hooks.scan!(this.contextFor(rule), rule.entryFor)
        if (allows !== undefined) extra = extra.filter((f) => !this.allowed(rule.index, f.start, f.end))
        if (extra.length) list = list ? list.concat(extra) : extra
      }
      if (list === undefined || list.length === 0) continue
      list = dropContained(list)
      if (rule.hooks.finalize) list = rule.hooks.finalize(list, this.contextFor(rule))
      // Inside a title (《绝对零度》这本, 「极致」系列) the words are a name, not what the agent says;
      // a red line (a phone number, a payment code, a reward for a review) is crossed all the same.
      const titled = !RED_LINES.has(rule.definition.meta.category)
      for (const f of list) {
        if (titled && inTitle(text, f.start, f.end)) continue
        if (rule.forcedSeverity) f.severity = rule.forcedSeverity
        out.push(f)
      }
    }
    for (let i = 0; i < rules.length; i++) byRule[i] = undefined
    // The statistical scorer judges what the rules left: additions only, gated (src/scorer).
    if (this.scorer?.wants(text, out)) this.scorer.judge(text, previous?.text, out)
    return out
  }

  /** The normalised previous turn, kept from one reply to the next while it is the same. */
  private previousOf(options: LintOptions | undefined): NormalizedText | undefined {
    const given = options?.previous
    if (given && given !== this.previousInput) {
      this.previousInput = given
      // Its own buffer: the view of the turn it replaces is not read again.
      this.previousView = normalize(given, this.previousScratch)
      this.previousScanned = false
    }
    return given ? this.previousView : undefined
  }

  /** Whether an allow-listed phrase (of this rule or of every rule) covers [start, end). */
  private allowed(ruleIndex: number, start: number, end: number): boolean {
    const allows = this.allows
    return allows !== undefined && allows.covers(start, end, ruleIndex, -1)
  }

  /** The rule's view of the reply being linted, made when the rule first asks for it. */
  private contextFor(rule: CompiledRule): LintContext {
    let ctx = this.contexts[rule.index]
    if (!ctx) {
      const q = this.queries[rule.index]!
      ctx = this.contexts[rule.index] = {
        original: this.original,
        text: this.text,
        profile: this.config.profile,
        locale: this.config.locale,
        previous: this.previous?.text,
        agentBefore: this.agentBefore,
        agentAfter: this.agentAfter,
        previousHasCue: q.previousHasCue,
        cues: q.cues,
        hasCue: q.hasCue,
        [CUE_READER]: q.reader,
      } as LintContext
    }
    return ctx
  }
}

/** Categories judged by what reaches the buyer, whatever marks surround it. */
const RED_LINES: ReadonlySet<string> = new Set(['compliance', 'privacy'])

/**
 * Whether a rule's scanner has something to look at in this reply: its cues (`gates`, one bit
 * per gated rule, OR-ed over the matches) or the characters of `scanWhen`.
 */
function wantsScan(rule: CompiledRule, text: string, gates: number, gateBit: number): boolean {
  const { scan, scanWhen, scanWhenCues } = rule.hooks
  if (scan === undefined) return false
  if (scanWhenCues !== undefined) {
    // Past 32 gated rules there is no bit left: such a scan runs on every reply.
    if (gateBit < 0 || (gates & (1 << gateBit)) !== 0) return true
    return scanWhen !== undefined && matches(scanWhen, text)
  }
  return scanWhen === undefined || matches(scanWhen, text)
}

function matches(when: RegExp | ((text: string) => boolean), text: string): boolean {
  return typeof when === 'function' ? when(text) : text.search(when) >= 0
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
 * Whether one of `words` stands right before `start` (past spaces). A one-character word counts only when it touches
 * the phrase: it is read as part of the phrase's word (价保证 → 价保, 一包您), and a space typed between Chinese words
 * ends a clause (销量第一 保证穿不坏: 一 belongs to 第一, not to 保证).
 */
function notBefore(text: string, start: number, words: EdgeWords): boolean {
  const at = skipSpacesBack(text, start)
  const list = at > 0 ? words.byEdge.get(text.charCodeAt(at - 1)) : undefined
  if (list !== undefined) for (const w of list) if (endsWithAt(text, at, w) && (w.length > 1 || at === start)) return true
  return false
}

/** Whether one of `words` stands right after `end` (past spaces; a one-character word only touching it, as above). */
function notAfter(text: string, end: number, words: EdgeWords): boolean {
  const at = skipSpaces(text, end)
  if (words.empty && at === end) return true
  const list = at < text.length ? words.byEdge.get(text.charCodeAt(at)) : undefined
  if (list !== undefined) for (const w of list) if (text.startsWith(w, at) && (w.length > 1 || at === end)) return true
  return false
}

/**
 * Within one rule, a hit inside a longer hit (绝对 inside 绝对会…) is one problem, not two.
 * One sweep in order of start (longest first): a hit is dropped when the furthest-reaching
 * earlier hit covers it and is longer. Spans that are equal are all kept.
 */
function dropContained(list: Finding[]): Finding[] {
  if (list.length < 2) return list
  // Most lists are short and already in that order (one hit per clause): no copy, no sort.
  let ordered = true
  for (let i = 1; ordered && i < list.length; i++) ordered = byStartLongest(list[i - 1]!, list[i]!) <= 0
  const sorted = ordered ? list : [...list].sort(byStartLongest)
  let dropped: Set<Finding> | undefined
  let reachStart = -1
  let reachEnd = -1
  for (const f of sorted) {
    if (reachEnd >= f.end && reachEnd - reachStart > f.end - f.start) (dropped ??= new Set()).add(f)
    if (f.end > reachEnd) {
      reachEnd = f.end
      reachStart = f.start
    }
  }
  return dropped === undefined ? list : list.filter((f) => !dropped.has(f))
}

function byStartLongest(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end
}
