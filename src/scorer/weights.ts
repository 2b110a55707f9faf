import { z } from 'zod'
import { formatIssues } from '../lexicon/schema.js'

/**
 * The statistical scorer's weights as data (src/scorer/weights.json, written by
 * scripts/scorer/third.mjs --final): per rule a logistic regression over hashed features of a
 * reply, its bias, its addition threshold (null: the rule gets no additions), and its kept
 * buckets (as gaps from the previous one, ascending) with integer weights at `scale`.
 * Validated when it loads; an unknown rule id is an error that names it.
 */
const RuleWeightsSchema = z
  .object({
    // zod 4's number already refuses NaN and ±Infinity (the browser shim has no .finite()).
    bias: z.number(),
    add: z.number().gt(0).lt(1).nullable(),
    buckets: z.array(z.number().int().nonnegative()),
    weights: z.array(z.number().int()),
    /**
     * The pre-filter (scripts/scorer/triggers.mjs): a reply is judged for this rule only if it
     * holds one of these characters or one of `pairs` (adjacent characters, two per pair).
     * Both absent: every reply is judged.
     */
    triggers: z.string().optional(),
    pairs: z.string().refine((p) => p.length % 2 === 0, { message: 'pairs must be two characters each' }).optional(),
    /**
     * Anchored triggers: characters that let a reply through only as its first (`starts`) or
     * last (`ends`) character, for heavy n-grams anchored at ^ or $ (blame-customer's 了$, ^要),
     * whose character alone is in a large share of replies.
     */
    starts: z.string().optional(),
    ends: z.string().optional(),
    /**
     * The light tier: a reply with none of the triggers above still passes when the summed
     * weights of its distinct characters in `light` (each character's 1-gram weight in this
     * table) reach `lightMin`. Both or neither.
     */
    light: z.string().optional(),
    lightMin: z.number().optional(),
  })
  .strict()
  .refine((r) => r.buckets.length === r.weights.length, { message: 'buckets and weights must have the same length' })
  .refine((r) => (r.light === undefined) === (r.lightMin === undefined), { message: 'light and lightMin go together' })

export const WeightsSchema = z
  .object({
    format: z.literal(3),
    bits: z.number().int().min(8).max(24),
    scale: z.number().positive(),
    features: z.string().optional(),
    trainedOn: z.string().optional(),
    rules: z.record(z.string(), RuleWeightsSchema),
  })
  .strict()

export type WeightsInput = z.input<typeof WeightsSchema>

/** One rule's part of the compiled table. */
export interface ScoredRule {
  id: string
  bias: number
  /** The addition threshold as a logit (score ≥ add ⇔ z ≥ logit), or NaN for none. */
  logit: number
  /** Whether the rule has a pre-filter (triggers, pairs, starts or ends). */
  filtered: boolean
  /** The light tier's characters and the sum their 1-gram weights must reach (Infinity: none). */
  light: string
  lightMin: number
}

/**
 * Weights compiled once into typed arrays. The features are hashed into 2^bits buckets already;
 * the kept buckets are a bitset (2^bits / 8 bytes: 32 KB at 18 bits) with a running count per
 * 32-bit word, so a bucket's slot is that count plus the set bits below it in its word (rank):
 * about half of a reply's n-grams miss the table and are told so by one word of a small array.
 * Each slot points at its (rule, weight) pairs in flat arrays.
 */
export interface ScorerTable {
  bits: number
  mask: number
  rules: ScoredRule[]
  /** Bit b of the set: bucket b is kept. */
  present: Int32Array
  /** Slots of the buckets in the words before each word. */
  rank: Int32Array
  /** Pairs of slot s: pairRule/pairWeight[start[s] .. start[s + 1]). */
  start: Int32Array
  pairRule: Uint8Array
  pairWeight: Float32Array
  /** Per character code, a bit per rule whose `triggers` hold it; undefined when no rule has any. */
  trigger: Uint16Array | undefined
  /** Per pairSlot of two adjacent characters, a bit per rule whose `pairs` hold it. */
  pairTrigger: Uint16Array | undefined
  /** Per character code, a bit per rule whose `starts` / `ends` hold it (checked once a reply). */
  startTrigger: Map<number, number>
  endTrigger: Map<number, number>
  /** Per character code, a bit per rule whose `light` holds it; undefined when no rule has any. */
  lightTrigger: Uint16Array | undefined
  /** Bits of the rules without a pre-filter: judged on every reply. */
  untriggered: number
}

export class ScorerWeightsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ScorerWeightsError'
  }
}

/** Validates `input` and compiles it; `known` are the rule ids the linter has. */
export function compileWeights(input: unknown, known: readonly string[], source = 'scorer weights'): ScorerTable {
  const parsed = WeightsSchema.safeParse(input, { reportInput: true })
  if (!parsed.success) throw new ScorerWeightsError(`Invalid ${source}:\n${formatIssues(parsed.error, 'weights', WeightsSchema, input)}`)
  const data = parsed.data
  const unknown = Object.keys(data.rules).filter((id) => !known.includes(id))
  if (unknown.length) {
    throw new ScorerWeightsError(`Invalid ${source}:\n${unknown.map((id) => `weights.rules.${id}: unknown rule (got ${JSON.stringify(id)}); expected one of ${known.join(', ')}`).join('\n')}`)
  }
  const size = 1 << data.bits
  const rules: ScoredRule[] = []
  const byBucket = new Map<number, [number, number][]>()
  for (const [id, r] of Object.entries(data.rules)) {
    const ri = rules.length
    if (ri >= 16) throw new ScorerWeightsError(`Invalid ${source}:\nweights.rules.${id}: at most 16 rules (a rule is a bit of the trigger table)`)
    rules.push({ id, bias: r.bias, logit: r.add === null ? Number.NaN : Math.log(r.add / (1 - r.add)), filtered: r.triggers !== undefined || r.pairs !== undefined || r.starts !== undefined || r.ends !== undefined, light: r.light ?? '', lightMin: r.lightMin ?? Number.POSITIVE_INFINITY })
    let b = 0
    r.buckets.forEach((gap, i) => {
      b += gap
      if (i > 0 && gap === 0) throw new ScorerWeightsError(`Invalid ${source}:\nweights.rules.${id}.buckets.${i}: buckets must ascend (gap 0)`)
      if (b >= size) throw new ScorerWeightsError(`Invalid ${source}:\nweights.rules.${id}.buckets.${i}: bucket ${b} is outside ${data.bits} bits`)
      const list = byBucket.get(b) ?? []
      list.push([ri, r.weights[i]! / data.scale])
      byBucket.set(b, list)
    })
  }
  const buckets = [...byBucket.keys()].sort((a, b) => a - b)
  const present = new Int32Array(size >>> 5)
  const rank = new Int32Array(size >>> 5)
  const start = new Int32Array(buckets.length + 1)
  let pairs = 0
  for (const b of buckets) pairs += byBucket.get(b)!.length
  const pairRule = new Uint8Array(pairs)
  const pairWeight = new Float32Array(pairs)
  let p = 0
  buckets.forEach((b, s) => {
    start[s] = p
    for (const [ri, w] of byBucket.get(b)!) {
      pairRule[p] = ri
      pairWeight[p++] = w
    }
    present[b >>> 5]! |= 1 << (b & 31)
  })
  start[buckets.length] = p
  for (let w = 1, n = 0; w < rank.length; w++) rank[w] = n += popcount(present[w - 1]!)
  const filtered = rules.some((r) => r.filtered)
  const trigger = filtered ? new Uint16Array(0x10000) : undefined
  const pairTrigger = filtered ? new Uint16Array(PAIR_MASK + 1) : undefined
  const startTrigger = new Map<number, number>()
  const endTrigger = new Map<number, number>()
  const anchor = (table: Map<number, number>, chars: string, bit: number) => {
    for (let k = 0; k < chars.length; k++) table.set(chars.charCodeAt(k), (table.get(chars.charCodeAt(k)) ?? 0) | bit)
  }
  let untriggered = 0
  Object.values(data.rules).forEach((r, i) => {
    if (!trigger || !pairTrigger || !rules[i]!.filtered) return void (untriggered |= 1 << i)
    const chars = r.triggers ?? ''
    for (let k = 0; k < chars.length; k++) trigger[chars.charCodeAt(k)]! |= 1 << i
    const pairs = r.pairs ?? ''
    for (let k = 0; k < pairs.length; k += 2) pairTrigger[pairSlot(pairs.charCodeAt(k), pairs.charCodeAt(k + 1))]! |= 1 << i
    anchor(startTrigger, r.starts ?? '', 1 << i)
    anchor(endTrigger, r.ends ?? '', 1 << i)
  })
  const lightTrigger = rules.some((r) => r.light !== '') ? new Uint16Array(0x10000) : undefined
  rules.forEach((r, i) => {
    for (let k = 0; k < r.light.length; k++) lightTrigger![r.light.charCodeAt(k)]! |= 1 << i
  })
  return { bits: data.bits, mask: size - 1, rules, present, rank, start, pairRule, pairWeight, trigger, pairTrigger, startTrigger, endTrigger, lightTrigger, untriggered }
}

const PAIR_MASK = 0xffff
/** The slot of two adjacent character codes in the pair table (a collision only lets more replies through). */
export function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK
}

export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0
}

/** The slot of `bucket`, or -1. */
export function lookup(t: ScorerTable, bucket: number): number {
  const b = bucket & t.mask
  const word = t.present[b >>> 5]!
  const bit = 1 << (b & 31)
  return (word & bit) === 0 ? -1 : t.rank[b >>> 5]! + popcount(word & (bit - 1))
}
