/** The median cost in ns of reading process.hrtime.bigint() twice: subtracted from per-call timings (bench.mjs, tail.mjs). */
export function timerOverhead() {
  const now = () => process.hrtime.bigint()
  const d = new Float64Array(20_000)
  for (let i = 0; i < d.length; i++) {
    const s = now()
    d[i] = Number(now() - s)
  }
  d.sort()
  return d[d.length >> 1]
}
