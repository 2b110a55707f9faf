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
    bias: z.number().finite(),
    add: z.number().gt(0).lt(1).nullable(),
    buckets: z.array(z.number().int().nonnegative()),
    weights: z.array(z.number().int()),
  })
  .strict()
  .refine((r) => r.buckets.length === r.weights.length, { message: 'buckets and weights must have the same length' })

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
}

/**
 * Weights compiled once into an open-addressing hash table of buckets (Int32Array keys, -1
 * empty), each slot pointing at its (rule, weight) pairs in flat typed arrays.
 */
export interface ScorerTable {
  bits: number
  mask: number
  rules: ScoredRule[]
  /** Hash table over buckets: keys[h] = bucket or -1; slot[h] = index into start. */
  keys: Int32Array
  slot: Int32Array
  tableMask: number
  /** 32 − log2(table size): Fibonacci hashing takes the top bits. */
  shift: number
  /** Pairs of slot s: pairRule/pairWeight[start[s] .. start[s + 1]). */
  start: Int32Array
  pairRule: Uint8Array
  pairWeight: Float32Array
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
    rules.push({ id, bias: r.bias, logit: r.add === null ? Number.NaN : Math.log(r.add / (1 - r.add)) })
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
  let cap = 16
  let shift = 28
  while (cap < buckets.length * 2) {
    cap <<= 1
    shift--
  }
  const keys = new Int32Array(cap).fill(-1)
  const slot = new Int32Array(cap)
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
    let h = Math.imul(b, 0x9e3779b1) >>> shift
    while (keys[h] !== -1) h = (h + 1) & (cap - 1)
    keys[h] = b
    slot[h] = s
  })
  start[buckets.length] = p
  return { bits: data.bits, mask: size - 1, rules, keys, slot, tableMask: cap - 1, shift, start, pairRule, pairWeight }
}

/** The slot of `bucket`, or -1. */
export function lookup(t: ScorerTable, bucket: number): number {
  let h = Math.imul(bucket, 0x9e3779b1) >>> t.shift
  for (;;) {
    const k = t.keys[h]!
    if (k === bucket) return t.slot[h]!
    if (k === -1) return -1
    h = (h + 1) & t.tableMask
  }
}
