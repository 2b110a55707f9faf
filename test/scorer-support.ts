// Hand-made scorer weights for the scorer tests: exact expectations need a few known features.
export const BITS = 18
const fnv = (s: string) => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  return h
}
/** Weights file for one rule: feature name → weight (integers at scale 1000). */
export function weightsFor(rule: string, features: Record<string, number>, add: number | null = 0.5, bias = -3) {
  const byBucket = new Map<number, number>()
  for (const [name, w] of Object.entries(features)) byBucket.set(fnv(name) & ((1 << BITS) - 1), w)
  const buckets = [...byBucket.keys()].sort((a, b) => a - b)
  return {
    format: 3 as const,
    bits: BITS,
    scale: 1000,
    rules: { [rule]: { bias, add, buckets: buckets.map((b, i) => (i ? b - buckets[i - 1]! : b)), weights: buckets.map((b) => byBucket.get(b)!) } },
  }
}
