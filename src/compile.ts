import { Automaton } from './match/automaton.js'
import { decodeCompiled, encodeCompiled, type CompileCache, type Sections } from './compile-cache.js'
import { constructionGate, type ConstructionGate } from './context/construction.js'
import { normalizePhrase } from './normalize/normalize.js'
import { ruleDocsUrl } from './docs-url.js'
import type { ResolvedConfig } from './config/schema.js'
import { effectiveSeverity } from './config/schema.js'
import { withClasses, type Entry } from './lexicon/schema.js'
import type { CompiledEntry, ConstructionCues, RuleDefinition, RuleHooks, Severity } from './types.js'

/**
 * What a pattern in the automaton stands for; one pattern may stand for several things:
 * a phrase or an exception of an entry, a cue (one id per (rule, cue name), so hits are kept
 * in flat arrays), or an allowed span of a rule (ruleIndex -1: allowed for every rule).
 *
 * While compiling, payloads are recorded as rows of flat integer columns (see PayloadRows), not as
 * an object and an array per pattern: the built-in lexicons expand to hundreds of thousands of
 * patterns, and an object per payload plus an array per pattern cost more heap than the phrases.
 */
export type PayloadKindName = 'phrase' | 'exception' | 'cue' | 'allow'

export interface CompiledRule {
  index: number
  definition: RuleDefinition
  /** Severity when the config forces one for all findings of the rule. */
  forcedSeverity: Severity | undefined
  hooks: RuleHooks
  entries: CompiledEntry[]
  /** The first entry carrying a tag (what a scan hook's `entryFor` answers), cached per tag. */
  entryFor: (tag: string) => CompiledEntry | undefined
  url: string
}

/**
 * What the linter's hot loop reads of a phrase entry, in one object shape for every entry.
 * Entries themselves come in some twenty shapes (optional lexicon fields), so reading them on
 * every hit made each property load megamorphic.
 */
export interface PhrasePlan {
  entry: CompiledEntry
  ruleIndex: number
  /** What the engine checks of the entry's construction before matching it, or undefined without one. */
  construction: ConstructionGate | undefined
  /** The entry's look-around words by the character that touches the phrase, or undefined when it has none. */
  notBefore: EdgeWords | undefined
  notAfter: EdgeWords | undefined
  negation: boolean
  question: boolean
  advice: boolean
  mention: boolean
  severity: Severity | undefined
  /** entry.fix with an expected wording to put in. */
  fix: boolean
}

/**
 * Look-around words keyed by the character next to the phrase (a notAfter word's first, a notBefore word's last): a list
 * expanded from a word class holds hundreds of words, and each hit asked every one of them whether it stood there.
 * `empty`: a word that normalised to nothing, which notAfter finds right at the phrase's end (notBefore never does).
 */
export interface EdgeWords {
  byEdge: Map<number, string[]>
  empty: boolean
}

function edgeWords(words: readonly string[], edge: 'first' | 'last'): EdgeWords {
  const byEdge = new Map<number, string[]>()
  let empty = false
  for (const w of words) {
    if (w.length === 0) {
      empty = true
      continue
    }
    const c = w.charCodeAt(edge === 'first' ? 0 : w.length - 1)
    const list = byEdge.get(c)
    if (list) list.push(w)
    else byEdge.set(c, [w])
  }
  return { byEdge, empty }
}

export interface Compiled {
  automaton: Automaton
  rules: CompiledRule[]
  /** For each rule, its cue names → cue ids. */
  cueIds: Map<string, number>[]
  cueCount: number
  /** Per pattern: which kinds of payload it carries (bits of PayloadKind), for quick skips. */
  kinds: Uint8Array
  /**
   * The plans of pattern p's phrase payloads, in payload order (cue payloads left out), as the hot
   * loop reads them: phrasePlanList[phrasePlanStart[p] .. phrasePlanStart[p + 1]). One flat list
   * instead of an array per pattern; patterns of one entry share its plan.
   */
  phrasePlanStart: Int32Array
  phrasePlanList: PhrasePlan[]
  /** The entries whose exception pattern p is, in payload order; only patterns with kinds & exception. */
  exceptionsAt: Map<number, CompiledEntry[]>
  /** The rules (-1: every rule) that allow pattern p, in payload order; only patterns with kinds & allow. */
  allowsAt: Map<number, number[]>
  /** Cue ids of pattern p: cueIdList[cueIdStart[p] .. cueIdStart[p + 1]), in payload order. */
  cueIdStart: Int32Array
  cueIdList: Int32Array
  /**
   * Per pattern: bit `scanGateBit[r]` is set when the pattern is one of rule r's scanWhenCues,
   * so one OR per match tells which gated scans have something to read.
   */
  scanGates: Uint32Array
  /** Per rule: its bit in scanGates, or -1 when its scan is not gated on cues (at most 32 are). */
  scanGateBit: Int8Array
}

/** Bits of Compiled.kinds. */
export const PayloadKind = { phrase: 1, exception: 2, cue: 4, allow: 8 } as const

/** Where `compile` may find (and leaves) its tables: a store and the key of this compile's inputs. */
export interface CompileCacheUse {
  store: CompileCache
  key: string
}

/**
 * Compiles every enabled rule's lexicon (and the config's additions) into one automaton.
 *
 * With a cache: tables stored under the key are used instead of putting every phrase and building
 * the automaton (entries, cue ids and rule hooks are still made here, in the same order, so the
 * numbers the tables refer to mean the same); missing or untrusted tables are built and stored.
 */
export function compile(definitions: readonly RuleDefinition[], config: ResolvedConfig, cache?: CompileCacheUse): Compiled {
  let stored: Sections | undefined
  let shape: { entries: number; cues: number; rules: number } | undefined
  if (cache) {
    const bytes = cache.store.get(cache.key)
    if (bytes) {
      const decoded = decodeCompiled(bytes, cache.key)
      if ('reason' in decoded) cache.store.report?.(cache.key, 'rejected', decoded.reason)
      else ({ sections: stored, shape } = decoded)
    } else cache.store.report?.(cache.key, 'miss')
  }
  const automaton = new Automaton()
  const rows = new PayloadRows()
  /** Entries with a phrase or exception payload, by the number a payload row refers to them by. */
  const entryList: CompiledEntry[] = []
  const entryNumber = new Map<CompiledEntry, number>()
  const numberOf = (entry: CompiledEntry) => {
    let k = entryNumber.get(entry)
    if (k === undefined) {
      entryNumber.set(entry, (k = entryList.length))
      entryList.push(entry)
    }
    return k
  }
  /** ref: the entry's number (phrase, exception), the cue id (cue) or the rule index (allow). */
  const put = (phrase: string, kind: number, ref: number) => {
    if (stored) return
    const normalized = normalizePhrase(phrase)
    if (!normalized) return
    rows.push(automaton.add(normalized), kind, ref)
  }
  const rules: CompiledRule[] = []
  const cueIds: Map<string, number>[] = []
  let cueCount = 0
  for (const definition of definitions) {
    const settings = config.rules.get(definition.meta.id)!
    if (effectiveSeverity(settings.level, definition.meta.defaultSeverity) === undefined) continue
    const index = rules.length
    // A config that adds words to a shared class re-expands the lexicons that name it.
    const lexicon = config.classes ? withClasses(definition.lexicon, config.classes) : definition.lexicon
    const entries: CompiledEntry[] = []
    const addEntry = (entry: Entry) => {
      if (entry.profiles && !entry.profiles.includes(config.profile)) return
      const compiled: CompiledEntry = {
        ...entry,
        context: { ...lexicon.defaults, ...entry.context },
        // Look-arounds compare against normalised text, so they are normalised once here.
        notBefore: entry.notBefore.map(normalizePhrase),
        notAfter: entry.notAfter.map(normalizePhrase),
        ruleIndex: index,
        normalized: entry.phrases.map(normalizePhrase),
      }
      entries.push(compiled)
      // ！ and ! are one phrase after normalisation: register it once, or it would count twice.
      const k = numberOf(compiled)
      for (const p of new Set(compiled.normalized)) put(p, PayloadKind.phrase, k)
      for (const e of entry.exceptions) put(e, PayloadKind.exception, k)
    }
    lexicon.entries.forEach(addEntry)
    // A construction's word lists become cues of the rule, one name per entry and slot.
    const cueLists: [string, readonly string[]][] = Object.entries(lexicon.cues)
    // Slots with the same words (the same classes, named by several entries) share one cue, so
    // a word costs one payload per rule, not one per slot.
    const slotCue = new Map<string, string>()
    // The same word list (a class, named by many entries) comes again and again: its normalised
    // set is worked out once per distinct list as given (normalising and sorting every slot's
    // words was ~0.1 s of a linter's creation).
    const setKey = new Map<string, string>()
    entries.forEach((entry, i) => {
      const c = entry.construction
      if (!c) return
      const names: ConstructionCues = {}
      const add = (slot: keyof ConstructionCues, words: readonly string[] | undefined) => {
        if (!words?.length) return
        const raw = words.join('\u0001')
        let key = setKey.get(raw)
        if (key === undefined) setKey.set(raw, (key = [...new Set(words.map(normalizePhrase))].sort().join('\u0001')))
        let name = slotCue.get(key)
        if (!name) {
          slotCue.set(key, (name = `#${i}.${slot}`))
          cueLists.push([name, words])
        }
        names[slot] = name
      }
      add('next', c.next?.words)
      add('before', c.before?.words)
      add('unlessBefore', c.unlessBefore)
      add('unlessAfter', c.unlessAfter)
      add('unlessBeforeInSentence', c.unlessBeforeInSentence)
      add('previous', c.previous?.words)
      add('previousUnless', c.previous?.unless)
      add('previousWith', c.previous?.with)
      entry.constructionCues = names
    })
    if (settings.flag.length) {
      addEntry({ phrases: settings.flag, exceptions: [], notBefore: [], notAfter: [], tags: ['config'], expected: [], fix: false })
    }
    const ids = new Map<string, number>()
    for (const [name, words] of cueLists) {
      const id = cueCount++
      ids.set(name, id)
      for (const w of words) put(w, PayloadKind.cue, id)
    }
    cueIds.push(ids)
    for (const a of settings.allow) put(a, PayloadKind.allow, index)
    const hooks = definition.create?.(settings.options, { profile: config.profile, spell: config.spell }) ?? {}
    rules.push({
      index,
      definition,
      forcedSeverity: settings.level === 'off' ? undefined : settings.level,
      hooks,
      entries,
      entryFor: firstWithTag(entries),
      url: definition.meta.url ?? ruleDocsUrl(config.docsUrl, definition.meta.id),
    })
  }
  for (const a of config.allow) put(a, PayloadKind.allow, -1)
  // Cue names a rule's code declares are checked now, when the linter is built: a misspelt name
  // would otherwise read as "no such word in this reply" and silently switch a check off.
  for (const rule of rules) {
    checkCueNames(rule, cueIds[rule.index]!, 'cueNames', rule.hooks.cueNames)
    if (rule.hooks.scan) checkCueNames(rule, cueIds[rule.index]!, 'scanWhenCues', rule.hooks.scanWhenCues)
  }
  const scanGateBit = new Int8Array(rules.length).fill(-1)
  const gateIds = new Map<number, number>()
  let gated = 0
  for (const rule of rules) {
    const names = rule.hooks.scanWhenCues
    if (!names || !rule.hooks.scan) continue
    // Beyond 32 gated rules the scan simply runs on every reply, as an ungated one does.
    if (gated === 32) continue
    scanGateBit[rule.index] = gated
    for (const n of names) gateIds.set(cueIds[rule.index]!.get(n)!, gated)
    gated++
  }
  const plans: (PhrasePlan | undefined)[] = []
  const planOf = (k: number): PhrasePlan => {
    let plan = plans[k]
    if (!plan) {
      const entry = entryList[k]!
      const c = entry.context
      plan = plans[k] = {
        entry,
        ruleIndex: entry.ruleIndex,
        construction: entry.construction ? constructionGate(entry) : undefined,
        notBefore: entry.notBefore.length ? edgeWords(entry.notBefore, 'last') : undefined,
        notAfter: entry.notAfter.length ? edgeWords(entry.notAfter, 'first') : undefined,
        negation: Boolean(c?.negation),
        question: Boolean(c?.question),
        advice: Boolean(c?.advice),
        mention: Boolean(c?.mention),
        severity: entry.severity,
        fix: Boolean(entry.fix && entry.expected.length),
      }
    }
    return plan
  }
  const parts = { rules, cueIds, cueCount, scanGateBit }
  if (stored && shape) {
    const fromCache = shape.entries === entryList.length && shape.cues === cueCount && shape.rules === rules.length ? fromTables(stored, parts, entryList, gateIds, planOf) : undefined
    if (fromCache) {
      cache!.store.report?.(cache!.key, 'hit')
      return fromCache
    }
    // Tables for other inputs under this key (a store that mixed files up): build them afresh.
    cache!.store.report?.(cache!.key, 'rejected', 'does not fit the lexicons')
    return compile(definitions, config, { store: { get: () => undefined, set: cache!.store.set.bind(cache!.store) }, key: cache!.key })
  }
  automaton.build()
  const patterns = automaton.size
  const kinds = new Uint8Array(patterns)
  const phrasePlanStart = new Int32Array(patterns + 1)
  const cueIdStart = new Int32Array(patterns + 1)
  const scanGates = new Uint32Array(patterns)
  // Rows grouped by pattern, in the order they were put (a stable counting sort).
  const order = rows.byPattern(patterns)
  const { pattern: rowPattern, kind: rowKind, ref: rowRef } = rows
  let phraseTotal = 0
  let cueTotal = 0
  for (let r = 0; r < rows.length; r++) {
    if (rowKind[r] === PayloadKind.phrase) phraseTotal++
    else if (rowKind[r] === PayloadKind.cue) cueTotal++
  }
  const phrasePlanList: PhrasePlan[] = new Array(phraseTotal)
  /** The entry number of each phrase plan in phrasePlanList (what a cache stores). */
  const phraseEntries = new Int32Array(phraseTotal)
  const cueIdList = new Int32Array(cueTotal)
  const exceptionsAt = new Map<number, CompiledEntry[]>()
  const allowsAt = new Map<number, number[]>()
  let phraseAt = 0
  let cueAt = 0
  for (let o = 0; o < order.length; o++) {
    const r = order[o]!
    const p = rowPattern[r]!
    const kind = rowKind[r]!
    const ref = rowRef[r]!
    kinds[p]! |= kind
    if (kind === PayloadKind.phrase) {
      phraseEntries[phraseAt] = ref
      phrasePlanList[phraseAt++] = planOf(ref)
      phrasePlanStart[p + 1] = phraseAt
    } else if (kind === PayloadKind.cue) {
      cueIdList[cueAt++] = ref
      cueIdStart[p + 1] = cueAt
      const bit = gateIds.get(ref)
      if (bit !== undefined) scanGates[p]! |= 1 << bit
    } else if (kind === PayloadKind.exception) {
      const list = exceptionsAt.get(p)
      if (list) list.push(entryList[ref]!)
      else exceptionsAt.set(p, [entryList[ref]!])
    } else {
      const list = allowsAt.get(p)
      if (list) list.push(ref)
      else allowsAt.set(p, [ref])
    }
  }
  // Starts of patterns without a phrase (cue) payload carry the running total forward.
  for (let p = 0; p < patterns; p++) {
    if (phrasePlanStart[p + 1]! < phrasePlanStart[p]!) phrasePlanStart[p + 1] = phrasePlanStart[p]!
    if (cueIdStart[p + 1]! < cueIdStart[p]!) cueIdStart[p + 1] = cueIdStart[p]!
  }
  if (cache) {
    const exceptions: number[] = []
    for (const [p, list] of exceptionsAt) for (const entry of list) exceptions.push(p, entryNumber.get(entry)!)
    const allows: number[] = []
    for (const [p, list] of allowsAt) for (const r of list) allows.push(p, r)
    const sections: Sections = {
      ...automaton.tables(),
      kinds,
      phrasePlanStart,
      phraseEntries,
      exceptions: Int32Array.from(exceptions),
      allows: Int32Array.from(allows),
      cueIdStart,
      cueIdList,
    }
    cache.store.set(cache.key, encodeCompiled(cache.key, { entries: entryList.length, cues: cueCount, rules: rules.length }, sections))
  }
  return {
    automaton,
    rules,
    cueIds,
    cueCount,
    kinds,
    phrasePlanStart,
    phrasePlanList,
    exceptionsAt,
    allowsAt,
    cueIdStart,
    cueIdList,
    scanGates,
    scanGateBit,
  }
}

/**
 * Compiled from stored tables (see compile-cache.ts), or undefined when they do not fit: every
 * reference is checked against the entries, cues and rules this process made.
 */
function fromTables(
  t: Sections,
  parts: Pick<Compiled, 'rules' | 'cueIds' | 'cueCount' | 'scanGateBit'>,
  entryList: readonly CompiledEntry[],
  gateIds: ReadonlyMap<number, number>,
  planOf: (k: number) => PhrasePlan,
): Compiled | undefined {
  const i32 = (a: Sections[keyof Sections]) => (a instanceof Int32Array ? a : undefined)
  const u8 = (a: Sections[keyof Sections]) => (a instanceof Uint8Array ? a : undefined)
  const u16 = (a: Sections[keyof Sections]) => (a instanceof Uint16Array ? a : undefined)
  const edgeStart = i32(t.edgeStart), edgeCode = u16(t.edgeCode), edgeTo = i32(t.edgeTo), fail = i32(t.fail)
  const outStart = i32(t.outStart), outIds = i32(t.outIds), outLengths = i32(t.outLengths), lengths = i32(t.lengths)
  const latinStart = u8(t.latinStart), latinEnd = u8(t.latinEnd), kinds = u8(t.kinds)
  const phrasePlanStart = i32(t.phrasePlanStart), phraseEntries = i32(t.phraseEntries), exceptions = i32(t.exceptions)
  const allows = i32(t.allows), cueIdStart = i32(t.cueIdStart), cueIdList = i32(t.cueIdList)
  const rootNext = t.rootNext instanceof Uint8Array ? undefined : t.rootNext
  if (!edgeStart || !edgeCode || !edgeTo || !fail || !outStart || !outIds || !outLengths || !lengths || !latinStart || !latinEnd || !kinds) return undefined
  if (!phrasePlanStart || !phraseEntries || !exceptions || !allows || !cueIdStart || !cueIdList || !rootNext) return undefined
  let automaton: Automaton
  try {
    automaton = Automaton.fromTables({ rootNext, edgeStart, edgeCode, edgeTo, fail, outStart, outIds, outLengths, lengths, latinStart, latinEnd })
  } catch {
    return undefined
  }
  const patterns = automaton.size
  const entries = entryList.length
  const rules = parts.rules.length
  if (kinds.length !== patterns || phrasePlanStart.length !== patterns + 1 || cueIdStart.length !== patterns + 1) return undefined
  if (phrasePlanStart[0] !== 0 || phrasePlanStart[patterns] !== phraseEntries.length || cueIdStart[0] !== 0 || cueIdStart[patterns] !== cueIdList.length) return undefined
  for (let p = 0; p < patterns; p++) if (phrasePlanStart[p + 1]! < phrasePlanStart[p]! || cueIdStart[p + 1]! < cueIdStart[p]!) return undefined
  for (let i = 0; i < phraseEntries.length; i++) if (!(phraseEntries[i]! >= 0 && phraseEntries[i]! < entries)) return undefined
  for (let i = 0; i < cueIdList.length; i++) if (!(cueIdList[i]! >= 0 && cueIdList[i]! < parts.cueCount)) return undefined
  if (exceptions.length % 2 || allows.length % 2) return undefined
  const phrasePlanList: PhrasePlan[] = new Array(phraseEntries.length)
  for (let i = 0; i < phraseEntries.length; i++) phrasePlanList[i] = planOf(phraseEntries[i]!)
  const exceptionsAt = new Map<number, CompiledEntry[]>()
  for (let i = 0; i < exceptions.length; i += 2) {
    const p = exceptions[i]!
    const entry = entryList[exceptions[i + 1]!]
    if (!(p >= 0 && p < patterns) || !entry) return undefined
    const list = exceptionsAt.get(p)
    if (list) list.push(entry)
    else exceptionsAt.set(p, [entry])
  }
  const allowsAt = new Map<number, number[]>()
  for (let i = 0; i < allows.length; i += 2) {
    const p = allows[i]!
    const r = allows[i + 1]!
    if (!(p >= 0 && p < patterns) || !(r >= -1 && r < rules)) return undefined
    const list = allowsAt.get(p)
    if (list) list.push(r)
    else allowsAt.set(p, [r])
  }
  // The scan gates depend on the rules' hooks (made by this process), so they are derived here.
  const gateOf = new Int8Array(parts.cueCount).fill(-1)
  for (const [id, bit] of gateIds) gateOf[id] = bit
  const scanGates = new Uint32Array(patterns)
  for (let p = 0; p < patterns; p++) {
    let gates = 0
    for (let k = cueIdStart[p]!, end = cueIdStart[p + 1]!; k < end; k++) {
      const bit = gateOf[cueIdList[k]!]!
      if (bit >= 0) gates |= 1 << bit
    }
    scanGates[p] = gates
  }
  return { automaton, ...parts, kinds, phrasePlanStart, phrasePlanList, exceptionsAt, allowsAt, cueIdStart, cueIdList, scanGates }
}

/**
 * The payloads put while compiling, one row each (pattern, kind bit, reference) in flat integer
 * columns that grow by doubling: no object per payload, no array per pattern.
 */
class PayloadRows {
  pattern = new Int32Array(1024)
  kind = new Uint8Array(1024)
  ref = new Int32Array(1024)
  length = 0

  push(pattern: number, kind: number, ref: number): void {
    if (this.length === this.pattern.length) {
      const size = this.length * 2
      const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
        const b = make(size)
        b.set(a)
        return b
      }
      this.pattern = grow(this.pattern, (n) => new Int32Array(n))
      this.kind = grow(this.kind, (n) => new Uint8Array(n))
      this.ref = grow(this.ref, (n) => new Int32Array(n))
    }
    this.pattern[this.length] = pattern
    this.kind[this.length] = kind
    this.ref[this.length] = ref
    this.length++
  }

  /** Row numbers grouped by pattern, each pattern's rows in the order they were pushed. */
  byPattern(patterns: number): Int32Array {
    const start = new Int32Array(patterns + 1)
    for (let r = 0; r < this.length; r++) start[this.pattern[r]! + 1]!++
    for (let p = 0; p < patterns; p++) start[p + 1] = start[p + 1]! + start[p]!
    const order = new Int32Array(this.length)
    for (let r = 0; r < this.length; r++) order[start[this.pattern[r]!]!++] = r
    return order
  }
}

/** Throws when `names` (a hook field) holds a name that is not one of the rule's cues. */
function checkCueNames(rule: CompiledRule, ids: ReadonlyMap<string, number>, field: string, names: readonly string[] | undefined): void {
  const unknown = names?.filter((n) => !ids.has(n))
  if (!unknown?.length) return
  const hints = unknown.map((n) => n + didYouMean(n, ids))
  throw new UnknownCueError(`Rule ${rule.definition.meta.id}: ${field} names no cue of its lexicon: ${hints.join(', ')}`)
}

/**
 * A rule asked for a cue its lexicon does not declare. Thrown when the linter is built for the
 * names a rule declares (`cueNames`, `scanWhenCues`), otherwise on the first ctx.cues /
 * ctx.hasCue / ctx.previousHasCue call with that name: an unknown name used to answer "none",
 * which turned the check it guards off without a word.
 */
export class UnknownCueError extends Error {
  override name = 'UnknownCueError'
}

/** The error of a cue look-up by an unknown name (kept off the hot path: only built on failure). */
export function unknownCue(ruleId: string, ids: ReadonlyMap<string, number>, name: unknown): UnknownCueError {
  const shown = typeof name === 'string' ? JSON.stringify(name) + didYouMean(name, ids) : String(name)
  return new UnknownCueError(`Rule ${ruleId} asked for cue ${shown}, which its lexicon does not declare (declare it under \`cues:\` or fix the name)`)
}

/** " (did you mean …?)" for the declared name nearest to `name`, when one is close. */
function didYouMean(name: string, ids: ReadonlyMap<string, number>): string {
  let best = ''
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const known of ids.keys()) {
    if (known.startsWith('#')) continue
    const d = editDistance(name.toLowerCase(), known.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [known, d]
  }
  return best ? ` (did you mean "${best}"?)` : ''
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

function firstWithTag(entries: readonly CompiledEntry[]): (tag: string) => CompiledEntry | undefined {
  const cache = new Map<string, CompiledEntry | undefined>()
  return (tag) => {
    if (cache.has(tag)) return cache.get(tag)
    const entry = entries.find((e) => e.tags.includes(tag))
    cache.set(tag, entry)
    return entry
  }
}
