import { z } from 'zod'
import { normalizeCode } from '../normalize/normalize.js'
import type { LintMessage, Severity } from '../types.js'

/**
 * The statistical scorer (issue 8, item 5): per rule, a logistic regression over hashed
 * character 1–3-grams of the reply, 1–2-grams of the customer's previous turn, a length bucket
 * and the rules' own findings. It only judges what the rules left: on a reply a rule did not
 * flag, a score at or above the rule's `add` threshold adds a finding on the clause that scores
 * highest; on a rule's finding, a score below `veto` drops it. Weights and thresholds are data
 * (weights.json, written by scripts/scorer/train.mjs and validated here at load); the code is
 * synchronous, deterministic and uses no Node built-ins, so it ships in the browser bundle too.
 *
 * The feature names and hash must stay identical to what the training script sees: it calls
 * `scorerFeatureNames` from the built library, never a copy.
 */

export const SCORER_FORMAT = 1

const RuleModelSchema = z
  .object({
    bias: z.number().finite(),
    /** Add a finding when the rule did not flag and the score is ≥ add (null: never). */
    add: z.number().min(0).max(1).nullable(),
    /** Drop the rule's findings when the score is < veto (null: never). */
    veto: z.number().min(0).max(1).nullable(),
    severity: z.enum(['error', 'warning', 'info']),
    /**
     * Sparse weights: the bucket ids in ascending order as gaps (the first id, then each id minus
     * the one before: small numbers that compress well), and each weight × `scale` as an integer.
     */
    gaps: z.array(z.number().int().nonnegative()),
    weights: z.array(z.number().int()),
  })
  .strict()
  .refine((m) => m.gaps.length === m.weights.length, 'gaps and weights differ in length')
  .refine((m) => m.gaps.every((g, i) => i === 0 || g > 0), 'bucket ids must be strictly ascending (every gap after the first > 0)')

export const ScorerWeightsSchema = z
  .object({
    format: z.literal(SCORER_FORMAT),
    bits: z.number().int().min(8).max(24),
    scale: z.number().positive(),
    /** What the weights were trained on, for the record (not used when scoring). */
    trainedOn: z.string(),
    rules: z.record(z.string(), RuleModelSchema),
  })
  .strict()
  .refine((w) => Object.values(w.rules).every((m) => m.gaps.reduce((a, g) => a + g, 0) < 2 ** w.bits), 'a bucket id is outside 2^bits')

export type ScorerWeights = z.infer<typeof ScorerWeightsSchema>

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const step = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0

/** FNV-1a over UTF-16 code units, the hash the training script uses for feature names. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i))
  return h
}

const lengthBucket = (n: number): number => (n <= 2 ? n : n <= 4 ? 4 : n <= 8 ? 8 : n <= 16 ? 16 : n <= 32 ? 32 : 64)

/** A finding as the scorer reads it. */
export interface ScorerFinding {
  ruleId: string
  severity: Severity
}

/**
 * Every feature of a reply by name (for the training script and tests; the linter hashes the
 * same names without building the strings). `text` and `previous` are as typed: normalised here.
 */
export function scorerFeatureNames(text: string, previous: string | undefined, findings: readonly ScorerFinding[]): Set<string> {
  const out = new Set<string>()
  const norm = (s: string) => {
    let r = ''
    for (let i = 0; i < s.length; i++) r += String.fromCharCode(normalizeCode(s.charCodeAt(i)))
    return r
  }
  const t = norm(text)
  const s = `^${t}$`
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.add(`c${s.slice(i, i + n)}`)
  out.add(`len${lengthBucket(t.length)}`)
  if (previous !== undefined) {
    const p = norm(previous)
    out.add('prev')
    for (let n = 1; n <= 2; n++) for (let i = 0; i + n <= p.length; i++) out.add(`p${p.slice(i, i + n)}`)
  }
  for (const f of findings) {
    out.add(`r${f.ruleId}:${f.severity}`)
    out.add(`r${f.ruleId}`)
  }
  return out
}

const C = 'c'.charCodeAt(0)
const P = 'p'.charCodeAt(0)
const CARET = '^'.charCodeAt(0)
const DOLLAR = '$'.charCodeAt(0)

interface RuleModel {
  id: string
  index: number
  bias: number
  add: number | null
  veto: number | null
  severity: Severity
}

export interface Scorer {
  /** The rules' messages with the scorer's verdicts applied (a new array when anything changed). */
  apply(text: string, previous: string | undefined, messages: LintMessage[], make: MakeMessage): LintMessage[]
  /** Each modelled rule's probability for a reply (tests and the experiment read it). */
  scores(text: string, previous: string | undefined, findings: readonly ScorerFinding[]): Record<string, number>
}

/** Builds the message for an added finding (the linter owns message text, locale and urls). */
export type MakeMessage = (ruleId: string, severity: Severity, start: number, end: number, score: number) => LintMessage

/**
 * Compiles validated weights into one table: bucket → a row of per-rule weights. `enabled`
 * limits the rules (a rule that is off gets no scorer finding either).
 */
export function createScorer(input: unknown, enabled: (ruleId: string) => boolean, messages?: ScorerMessages): Scorer {
  const parsed = ScorerWeightsSchema.safeParse(input)
  if (!parsed.success) throw new Error(`Invalid scorer weights: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`)
  const data = parsed.data
  const unsaid = messages ? Object.keys(data.rules).filter((id) => data.rules[id]!.add !== null && !messages.rules[id]) : []
  if (unsaid.length) throw new Error(`Invalid scorer weights: rules.${unsaid[0]}: no message for its findings in src/scorer/messages.yaml`)
  const models: RuleModel[] = []
  for (const [id, m] of Object.entries(data.rules)) {
    if (!enabled(id)) continue
    models.push({ id, index: models.length, bias: m.bias, add: m.add, veto: m.veto, severity: m.severity })
  }
  const width = models.length
  const mask = (1 << data.bits) - 1
  const rowOf = new Map<number, number>()
  const rows: number[] = []
  for (const model of models) {
    const m = data.rules[model.id]!
    let b = 0
    m.gaps.forEach((gap, i) => {
      b += gap
      let row = rowOf.get(b)
      if (row === undefined) {
        row = rowOf.size
        rowOf.set(b, row)
        for (let k = 0; k < width; k++) rows.push(0)
      }
      rows[row * width + model.index] = m.weights[i]! / data.scale
    })
  }
  const table = Float64Array.from(rows)
  // Rows present in the current reply: a row counts once however often its n-gram occurs.
  let seen = new Int32Array(rowOf.size)
  let stamp = 0
  const hits: number[] = []
  const visit = (h: number) => {
    const row = rowOf.get(h & mask)
    if (row === undefined || seen[row] === stamp) return
    seen[row] = stamp
    hits.push(row)
  }

  /** Collects the rows of every feature of the reply into `hits`. */
  const collect = (codes: ArrayLike<number>, from: number, to: number, previous: string | undefined, findings: readonly ScorerFinding[], whole: boolean) => {
    stamp++
    if (stamp === 0x7fffffff) {
      seen = new Int32Array(rowOf.size)
      stamp = 1
    }
    hits.length = 0
    // Character n-grams of ^text$ (the ends only when the whole reply is read).
    const lo = whole ? from - 1 : from
    const hi = whole ? to + 1 : to
    const at = (i: number) => (i < from ? CARET : i >= to ? DOLLAR : codes[i]!)
    for (let i = lo; i < hi; i++) {
      let h = step(FNV_OFFSET, C)
      for (let n = 0; n < 3 && i + n < hi; n++) {
        h = step(h, at(i + n))
        visit(h)
      }
    }
    if (!whole) return
    visit(fnv1a(`len${lengthBucket(to - from)}`))
    if (previous !== undefined) {
      visit(fnv1a('prev'))
      for (let i = 0; i < previous.length; i++) {
        let h = step(FNV_OFFSET, P)
        for (let n = 0; n < 2 && i + n < previous.length; n++) {
          h = step(h, normalizeCode(previous.charCodeAt(i + n)))
          visit(h)
        }
      }
    }
    for (const f of findings) {
      visit(fnv1a(`r${f.ruleId}:${f.severity}`))
      visit(fnv1a(`r${f.ruleId}`))
    }
  }
  const sum = (model: RuleModel, bias: number) => {
    let z = bias
    for (const row of hits) z += table[row * width + model.index]!
    return z
  }
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
  let buffer = new Uint16Array(256)
  const codesOf = (text: string) => {
    if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2)
    for (let i = 0; i < text.length; i++) buffer[i] = normalizeCode(text.charCodeAt(i))
    return buffer
  }

  /** The clause (between punctuation) whose own n-grams weigh most for the rule. */
  const bestClause = (codes: Uint16Array, length: number, model: RuleModel): [number, number] => {
    let best: [number, number] = [0, length]
    let bestZ = -Infinity
    let start = 0
    for (let i = 0; i <= length; i++) {
      if (i < length && !CLAUSE_END.has(codes[i]!)) continue
      let s = start
      let e = i
      while (s < e && SPACE.has(codes[s]!)) s++
      while (e > s && SPACE.has(codes[e - 1]!)) e--
      if (e > s) {
        collect(codes, s, e, undefined, [], false)
        const z = sum(model, 0)
        if (z > bestZ) {
          bestZ = z
          best = [s, e]
        }
      }
      start = i + 1
    }
    return best
  }

  return {
    scores(text, previous, findings) {
      const codes = codesOf(text)
      collect(codes, 0, text.length, previous, findings, true)
      return Object.fromEntries(models.map((m) => [m.id, sigmoid(sum(m, m.bias))]))
    },
    apply(text, previous, messages, make) {
      if (width === 0) return messages
      const codes = codesOf(text)
      collect(codes, 0, text.length, previous, messages, true)
      let out = messages
      for (const model of models) {
        const flagged = messages.some((m) => m.ruleId === model.id && m.severity !== 'info')
        const threshold = flagged ? model.veto : model.add
        if (threshold === null) continue
        const p = sigmoid(sum(model, model.bias))
        if (flagged && p < threshold) {
          out = out.filter((m) => m.ruleId !== model.id)
        } else if (!flagged && p >= threshold) {
          // Clause scoring reuses the hit buffer: score the whole reply first, then pick the span.
          const [start, end] = bestClause(codes, text.length, model)
          out = [...out, make(model.id, model.severity, start, end, p)]
          collect(codes, 0, text.length, previous, messages, true)
        }
      }
      return out === messages ? messages : out.sort((a, b) => a.start - b.start || a.end - b.end)
    },
  }
}

const CLAUSE_END = new Set(Array.from('，。！？；,.!?;~\n…', (c) => c.charCodeAt(0)))
const SPACE = new Set(Array.from(' \t\r', (c) => c.charCodeAt(0)))

const MessagesSchema = z
  .object({
    prefix: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
    rules: z.record(z.string(), z.object({ zh: z.string().min(1), en: z.string().min(1), expected: z.array(z.string().min(1)) }).strict()),
  })
  .strict()

export type ScorerMessages = z.infer<typeof MessagesSchema>

export function parseScorerMessages(input: unknown): ScorerMessages {
  const r = MessagesSchema.safeParse(input)
  if (!r.success) throw new Error(`Invalid scorer messages: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return r.data
}
