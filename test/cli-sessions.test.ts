import { describe, expect, it } from 'vitest'
import { MAX_SESSIONS, RecentMap } from '../src/cli/agent.js'

/**
 * The sessions a transcript reader remembers: at most `limit`, the least recently started one
 * forgotten first. Eviction goes through one long-lived iterator, so it must still pick the
 * right entry after entries were set again (moved to the end), after many evictions, and after
 * the map's table has been rebuilt underneath it.
 */
describe('RecentMap', () => {
  it('forgets the least recently set entry once past its limit', () => {
    const m = new RecentMap<string, number>(3)
    m.set('a', 1)
    m.set('b', 2)
    m.set('c', 3)
    m.set('a', 4) // a is now the most recent
    m.set('d', 5) // b goes
    expect(m.get('b')).toBeUndefined()
    expect([m.get('a'), m.get('c'), m.get('d')]).toEqual([4, 3, 5])
    m.set('e', 6) // c goes
    expect(m.get('c')).toBeUndefined()
    expect(m.get('a')).toBe(4)
  })

  it('keeps the same entries as a plain Map evicting its first key, over long churn', () => {
    const limit = 500
    const fast = new RecentMap<string, number>(limit)
    const plain = new Map<string, number>()
    let seed = 42
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let i = 0; i < 50_000; i++) {
      // Half the time a session seen a while ago comes back (maybe already forgotten).
      const key = next() < 0.5 ? `S${Math.max(0, i - Math.floor(next() * 800))}` : `S${i}`
      fast.set(key, i)
      plain.delete(key)
      plain.set(key, i)
      if (plain.size > limit) plain.delete(plain.keys().next().value!)
    }
    for (let i = 0; i < 50_000; i++) expect(fast.get(`S${i}`)).toBe(plain.get(`S${i}`))
  })

  // pf20: a hash table of its own (no Map deletions). Checked against the plain Map at every
  // step while it grows, at the CLI's own limit, and with keys that share long prefixes.
  for (const [limit, steps] of [[1, 2_000], [7, 20_000], [MAX_SESSIONS, 120_000]] as const) {
    it(`agrees with a plain Map at every step (limit ${limit}, ${steps} sets)`, () => {
      const fast = new RecentMap<string, number>(limit)
      const plain = new Map<string, number>()
      let seed = limit
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
      for (let i = 0; i < steps; i++) {
        const back = Math.floor(next() * limit * 1.5)
        const key = next() < 0.4 ? `会话-2024-06-01-${Math.max(0, i - back)}` : `会话-2024-06-01-${i}`
        expect(fast.get(key)).toBe(plain.get(key))
        fast.set(key, i)
        plain.delete(key)
        plain.set(key, i)
        if (plain.size > limit) plain.delete(plain.keys().next().value!)
        // Probe a forgotten and a recent key now and then.
        if (i % 97 === 0) {
          const old = `会话-2024-06-01-${Math.floor(next() * i)}`
          expect(fast.get(old)).toBe(plain.get(old))
        }
      }
      for (const [k, v] of plain) expect(fast.get(k)).toBe(v)
    })
  }
})
