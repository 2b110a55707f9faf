import type { CompiledRule } from '../compile.js'
import { clauseEnd, clauseStart } from '../context/text.js'
import type { CompiledEntry, Finding, Localized } from '../types.js'
import { gateOf } from './gates.js'
import { lookup, pairSlot, popcount, type ScorerTable } from './weights.js'

/** The messageId of a statistical addition, declared in each scored rule's meta.messages. */
export const SCORED = 'scored'

const FNV0 = 0x811c9dc5
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193) >>> 0
const hash = (s: string) => {
  let h = FNV0
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i))
  return h
}
const C = step(FNV0, 0x63) // 'c': a character n-gram of the reply
const P = step(FNV0, 0x70) // 'p': a character n-gram of the previous turn
const CARET = 0x5e
const DOLLAR = 0x24
const SEVERITIES = ['info', 'warning', 'error'] as const
const lenBucket = (n: number) => (n <= 2 ? n : n <= 4 ? 4 : n <= 8 ? 8 : n <= 16 ? 16 : n <= 32 ? 32 : 64)
const LENGTHS = [0, 1, 2, 4, 8, 16, 32, 64]
/** Whether bucket `b` holds a weight: tested inline so an n-gram without one costs no call. */
const hit = (present: Int32Array, b: number) => (present[b >>> 5]! & (1 << (b & 31))) !== 0

/**
 * The run-time pass of the statistical scorer: one pass over the normalised reply's character
 * 1–3-grams (with ^ and $ at the ends), the previous turn's 1–2-grams, a length bucket and the
 * rules' own findings, each hashed (FNV-1a) into the compiled weights table, summed per rule.
 * Where a rule has no error or warning finding and its score reaches the rule's threshold, and
 * no gate holds on the clause that weighs most (src/scorer/gates.ts), the rule gets a finding
 * with its `scored` message, severity warning (or the severity the config forces), no fix.
 * The features are exactly those of scripts/scorer/model.mjs featureNames (a feature counts once).
 */
export class Scorer {
  private readonly z: Float64Array
  // The table's arrays, read straight from the scorer in the hot loop.
  private readonly present: Int32Array
  private readonly rank: Int32Array
  private readonly mask: number
  private readonly start: Int32Array
  private readonly pairRule: Uint8Array
  private readonly pairWeight: Float32Array
  /** Per slot, the reply that last counted it (a feature counts once per reply). */
  private readonly stamp: Int32Array
  private reply = 0
  /** The last previous turn judge() hashed, and the slots of its weighted n-grams in order. */
  private previousText: string | undefined
  private previousSlots: number[] = []
  /** Per table rule: the compiled rule, or undefined when the linter does not run it. */
  private readonly compiled: (CompiledRule | undefined)[]
  private readonly messages: (Localized | undefined)[]
  /**
   * Per rule the linter runs (not only the table's: a finding of a rule whose weights are not
   * shipped is still a feature of the others): slots of `r<id>` and `r<id>:<severity>`.
   */
  private readonly findingSlots: Map<string, Int32Array>
  /** The table's trigger bits per character (undefined: the pre-filter off or no triggers). */
  private readonly trigger: Uint16Array | undefined
  private readonly pairTrigger: Uint16Array | undefined
  private readonly startTrigger: Map<number, number>
  private readonly endTrigger: Map<number, number>
  /** The light tier: per character a bit per rule, per rule its characters' 1-gram weights. */
  private readonly lightTrigger: Uint16Array | undefined
  private readonly lightWeight: Map<number, number>[]
  private readonly lightSum: Float64Array
  private readonly lightSeen: number[] = []
  /** A bit per rule with a light tier: the others never need the light tables read. */
  private readonly lightRules: number
  private readonly untriggered: number
  private readonly lengthSlot = new Map<number, number>()
  private readonly prevSlot: number
  /** Table rules that can add at all (a threshold and a rule that runs). */
  private readonly adding: number[]
  private readonly flagged: Uint8Array
  /** Rule id → index in the table; findings of rules the weights do not know are no feature. */
  private readonly tableIndex: Map<string, number>

  /**
   * `filter` false judges every reply (the trigger pre-filter off: for tests and tools); `only`
   * names the table rules that may add (undefined: all). A rule left out is still scored by no
   * one, and its findings stay features of the others.
   */
  constructor(
    private readonly table: ScorerTable,
    rules: readonly CompiledRule[],
    filter = true,
    only?: ReadonlySet<string>,
  ) {
    const byId = new Map(rules.map((r) => [r.definition.meta.id, r]))
    this.z = new Float64Array(table.rules.length)
    this.present = table.present
    this.rank = table.rank
    this.mask = table.mask
    this.start = table.start
    this.pairRule = table.pairRule
    this.pairWeight = table.pairWeight
    this.flagged = new Uint8Array(table.rules.length)
    this.stamp = new Int32Array(table.start.length)
    this.compiled = table.rules.map((r) => byId.get(r.id))
    this.messages = table.rules.map((r, i) => {
      const rule = this.compiled[i]
      if (!rule || Number.isNaN(r.logit)) return undefined
      const message = rule.definition.meta.messages?.[SCORED]
      if (!message) throw new Error(`kefu-lint scorer: rule ${r.id} has no message "${SCORED}" in meta.messages (declared: ${Object.keys(rule.definition.meta.messages ?? {}).join(', ') || 'none'})`)
      return message
    })
    this.adding = table.rules.flatMap((r, i) => (this.messages[i] && (only === undefined || only.has(r.id)) ? [i] : []))
    this.tableIndex = new Map(table.rules.map((r, i) => [r.id, i]))
    const slotOf = (name: string) => lookup(table, hash(name) & table.mask)
    this.findingSlots = new Map(
      rules.map((r) => {
        const id = r.definition.meta.id
        return [id, Int32Array.from([slotOf(`r${id}`), ...SEVERITIES.map((s) => slotOf(`r${id}:${s}`))])]
      }),
    )
    this.trigger = filter ? table.trigger : undefined
    this.pairTrigger = filter ? table.pairTrigger : undefined
    this.startTrigger = table.startTrigger
    this.endTrigger = table.endTrigger
    this.lightTrigger = filter ? table.lightTrigger : undefined
    this.lightSum = new Float64Array(table.rules.length)
    this.lightWeight = table.rules.map((r, i) => {
      const weights = new Map<number, number>()
      for (let k = 0; k < r.light.length; k++) {
        const s = slotOf(`c${r.light[k]}`)
        let w = 0
        if (s >= 0) for (let p = table.start[s]!, e = table.start[s + 1]!; p < e; p++) if (table.pairRule[p] === i) w = table.pairWeight[p]!
        weights.set(r.light.charCodeAt(k), w)
      }
      return weights
    })
    this.untriggered = table.untriggered
    this.lightRules = table.rules.reduce((bits, r, i) => (r.light.length > 0 ? bits | (1 << i) : bits), 0)
    for (const n of LENGTHS) this.lengthSlot.set(n, slotOf(`len${n}`))
    this.prevSlot = slotOf('prev')
  }

  /** Whether any rule can get an addition from this linter (else the pass never runs). */
  get active(): boolean {
    return this.adding.length > 0
  }

  /**
   * Whether the reply `text` (normalised) can get an addition at all, given the rules' findings
   * in `out`: some rule that can add did not flag it, and the reply holds one of that rule's
   * trigger characters or pairs, or an anchored trigger as its first or last character. Cheap
   * (one scan, no hashing); judge() only after it said yes.
   */
  wants(text: string, out: readonly Finding[]): boolean {
    const n = text.length
    if (n === 0) return false
    const flagged = this.flagged
    flagged.fill(0)
    for (const f of out) {
      if (f.severity === 'info') continue
      const i = this.tableIndex.get(f.ruleId)
      if (i !== undefined) flagged[i] = 1
    }
    let open = 0
    for (const i of this.adding) if (!flagged[i]) open |= 1 << i
    if (open === 0) return false
    // The pre-filter: a reply with none of an open rule's trigger characters did not reach that
    // rule's threshold anywhere it was measured (scripts/scorer/triggers.mjs), so it is not hashed.
    const trigger = this.trigger
    const pairTrigger = this.pairTrigger
    if (trigger === undefined || pairTrigger === undefined || (open & this.untriggered) !== 0) return true
    let before = text.charCodeAt(0)
    // Anchored triggers: a character that counts only as the reply's first or last one.
    if (((trigger[before]! | (this.startTrigger.get(before) ?? 0) | (this.endTrigger.get(text.charCodeAt(n - 1)) ?? 0)) & open) !== 0) return true
    // The light tier (rules with `light`): distinct light characters summed until one reaches lightMin.
    const light = this.lightTrigger
    // Only rules with a light tier read it: with none of them open (the default, competitor-disparagement
    // alone) the per-character light look-ups are skipped.
    const lightOpen = light === undefined ? 0 : open & this.lightRules
    if (lightOpen !== 0) {
      this.lightSeen.length = 0
      this.lightSum.fill(0)
      if ((light![before]! & lightOpen) !== 0 && this.addLight(before, light![before]! & lightOpen)) return true
    }
    for (let i = 1; i < n; i++) {
      const c = text.charCodeAt(i)
      if (((trigger[c]! | pairTrigger[pairSlot(before, c)]!) & open) !== 0) return true
      if (lightOpen !== 0 && (light![c]! & lightOpen) !== 0 && this.addLight(c, light![c]! & lightOpen)) return true
      before = c
    }
    return false
  }

  /** Counts light character `c` once for the rules in `bits`; whether one of them reached its lightMin. */
  private addLight(c: number, bits: number): boolean {
    if (this.lightSeen.includes(c)) return false
    this.lightSeen.push(c)
    const rules = this.table.rules
    for (let i = 0; bits !== 0; i++, bits >>>= 1) {
      if ((bits & 1) === 0) continue
      if ((this.lightSum[i]! += this.lightWeight[i]!.get(c) ?? 0) >= rules[i]!.lightMin) return true
    }
    return false
  }

  /**
   * Appends the additions for the reply `text` (normalised; startReply/startMentions already
   * called on it) to `out`, which holds the rules' findings, after wants(text, out) said yes.
   * `previous` is the normalised previous turn, when given.
   */
  judge(text: string, previous: string | undefined, out: Finding[]): void {
    const n = text.length
    const { table, z, flagged } = this
    if (++this.reply === 0x7fffffff) {
      this.stamp.fill(0)
      this.reply = 1
    }
    for (let i = 0; i < z.length; i++) z[i] = table.rules[i]!.bias
    // Character 1–3-grams of ^text$: the hot loop, so the bitmap test comes first and only a
    // present bucket pays a call (most n-grams of a reply have no weight).
    const { present, mask } = this
    let a = CARET
    let b = text.charCodeAt(0)
    for (let i = 0; i <= n; i++) {
      const c = i + 1 < n ? text.charCodeAt(i + 1) : DOLLAR
      const h1 = step(C, a)
      if (hit(present, h1 & mask)) this.countSlot(this.slotOf(h1))
      const h2 = step(h1, b)
      if (hit(present, h2 & mask)) this.countSlot(this.slotOf(h2))
      if (i < n) {
        const h3 = step(h2, c)
        if (hit(present, h3 & mask)) this.countSlot(this.slotOf(h3))
      }
      a = b
      b = c
    }
    // The last 1-gram: $.
    this.count(step(C, DOLLAR))
    this.countSlot(this.lengthSlot.get(lenBucket(n)) ?? -1)
    if (previous !== undefined) {
      this.countSlot(this.prevSlot)
      // Several replies often answer one customer turn: its weighted slots are kept, in order
      // (the sums stay bit-identical), for as long as the same turn comes back.
      if (previous !== this.previousText) {
        const slots: number[] = []
        const m = previous.length
        for (let i = 0; i < m; i++) {
          const h1 = step(P, previous.charCodeAt(i))
          if (hit(present, h1 & mask)) slots.push(this.slotOf(h1))
          if (i + 1 >= m) continue
          const h2 = step(h1, previous.charCodeAt(i + 1))
          if (hit(present, h2 & mask)) slots.push(this.slotOf(h2))
        }
        this.previousText = previous
        this.previousSlots = slots
      }
      for (const slot of this.previousSlots) this.countSlot(slot)
    }
    for (const f of out) {
      const slots = this.findingSlots.get(f.ruleId)
      if (slots === undefined) continue
      this.countSlot(slots[0]!)
      this.countSlot(slots[1 + SEVERITIES.indexOf(f.severity)]!)
    }
    for (const i of this.adding) {
      if (flagged[i] || z[i]! < table.rules[i]!.logit) continue
      const rule = this.compiled[i]!
      const span = this.span(text, i)
      if (!span) continue
      out.push({
        ruleId: rule.definition.meta.id,
        entry: rule.entries[0] ?? NO_ENTRY,
        start: span[0],
        end: span[1],
        severity: rule.forcedSeverity ?? 'warning',
        expected: [],
        message: this.messages[i]!,
      })
    }
  }

  /** The table's probability for rule `i` after judge() (for tests and tools). */
  score(i: number): number {
    return 1 / (1 + Math.exp(-this.z[i]!))
  }

  private count(h: number): void {
    if (hit(this.present, h & this.mask)) this.countSlot(this.slotOf(h))
  }

  /** The slot of hash `h`, whose bucket holds a weight. */
  private slotOf(h: number): number {
    const b = h & this.mask
    return this.rank[b >>> 5]! + popcount(this.present[b >>> 5]! & ((1 << (b & 31)) - 1))
  }

  private countSlot(s: number): void {
    if (s < 0 || this.stamp[s] === this.reply) return
    this.stamp[s] = this.reply
    const z = this.z
    const pairRule = this.pairRule
    const pairWeight = this.pairWeight
    for (let p = this.start[s]!, e = this.start[s + 1]!; p < e; p++) z[pairRule[p]!]! += pairWeight[p]!
  }

  /**
   * The span of an addition: the clause of the reply whose character n-grams (each occurrence,
   * placed at its first character; ^ at the first, $ at the last) weigh most for the rule,
   * trimmed of spaces; undefined when a gate holds on it.
   */
  private span(text: string, rule: number): readonly [number, number] | undefined {
    const n = text.length
    const len = n + 2
    const { table } = this
    const sums = new Map<number, { end: number; sum: number; at: number; best: number }>()
    const add = (h: number, i: number) => {
      const s = lookup(table, h & table.mask)
      if (s < 0) return
      let w = 0
      for (let p = table.start[s]!, e = table.start[s + 1]!; p < e; p++) if (table.pairRule[p] === rule) w = table.pairWeight[p]!
      if (w === 0) return
      const pos = Math.min(Math.max(i - 1, 0), n - 1)
      const cs = clauseStart(text, pos)
      let e = sums.get(cs)
      if (!e) sums.set(cs, (e = { end: clauseEnd(text, pos), sum: 0, at: pos, best: -Infinity }))
      e.sum += w
      if (w > e.best) {
        e.best = w
        e.at = pos
      }
    }
    for (let i = 0; i < len; i++) {
      const h1 = step(C, i === 0 ? CARET : i === len - 1 ? DOLLAR : text.charCodeAt(i - 1))
      add(h1, i)
      if (i + 1 >= len) continue
      const h2 = step(h1, i + 1 === len - 1 ? DOLLAR : text.charCodeAt(i))
      add(h2, i)
      if (i + 2 >= len) continue
      add(step(h2, i + 2 === len - 1 ? DOLLAR : text.charCodeAt(i + 1)), i)
    }
    let top: [number, { end: number; sum: number; at: number }] | undefined
    for (const entry of sums) if (!top || entry[1].sum > top[1].sum) top = entry
    if (!top) return undefined
    const [cs, { end: ce, at }] = top
    if (gateOf(text, cs, Math.max(ce, cs + 1), at)) return undefined
    let a = cs
    let b = Math.max(ce, cs + 1)
    while (a < b && isBlank(text.charCodeAt(a))) a++
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--
    return a < b ? [a, b] : [cs, Math.max(ce, cs + 1)]
  }

}

const isBlank = (c: number) => c === 0x20 || c === 0 || c === 0x09

/** Additions of a rule with no entries (never a built-in rule) still need an entry object. */
const NO_ENTRY = { phrases: [], exceptions: [], notBefore: [], notAfter: [], tags: ['scored'], expected: [], fix: false, ruleIndex: -1, normalized: [] } as unknown as CompiledEntry
