#!/usr/bin/env node
/**
 * The scorer's pre-filter (src/scorer/weights.json `triggers` and `pairs` per rule): a reply is
 * judged for a rule only if it holds one of its characters or adjacent pairs, so most replies
 * skip the n-gram hashing.
 *
 * Derivation, per rule with a threshold: over every text the scorer was trained or guarded on
 * (dev pool without V, lexicon specs, test literals, the real replies) and the first 30,000 of the
 * bench corpus and of the transcript, each reply the rule does not flag whose score reaches the
 * threshold holds a character n-gram of weight ≥ m (m: the smallest such reply's heaviest
 * n-gram). The pushers are the n-grams of every text seen whose weight is ≥ m × MARGIN; each
 * gives its rarest adjacent pair of real characters, or its one character (a pusher present
 * means all of its pairs are). No reply without a pusher reached a threshold here;
 * bench/identity.mjs checks the additions unchanged on the rest. Characters alone (the rarest of
 * each pusher) are printed too: far less selective.
 *
 *   node scripts/scorer/triggers.mjs            # stats: thresholds, m, pushers, trigger share
 *   node scripts/scorer/triggers.mjs --write    # writes triggers/pairs of the KEEP rules into weights.json, drops the others
 *   WEIGHTS=<file> MARGIN=0.75 KEEP=<ids,...> node scripts/scorer/triggers.mjs   # another file, margin or rule set
 *   KEEP=<ids> ONLY=<ids> node scripts/scorer/triggers.mjs --write          # (re)write the triggers of ONLY, keep the others'
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadLib, loadPool, loadReal, loadSpecs, loadTestStrings, lintAll, root } from './data.mjs'
import { fnv1a } from './model.mjs'
import { makeCorpus, transcriptReplies } from '../../bench/corpus.mjs'

// MARGIN < 1 lowers m (more replies judged); the shipped triggers are at 1.
const MARGIN = Number(process.env.MARGIN ?? 1)
const file = process.env.WEIGHTS ?? join(root, 'src/scorer/weights.json')
const W = JSON.parse(readFileSync(file, 'utf8'))
const lib = await loadLib()
const norm = (t) => lib.normalize(t).text
const mask = (1 << W.bits) - 1
const ids = Object.keys(W.rules)
/** bucket → weight per rule. */
const weights = ids.map((id) => {
  const m = new Map()
  let b = 0
  W.rules[id].buckets.forEach((gap, i) => m.set((b += gap), W.rules[id].weights[i] / W.scale))
  return m
})
const logit = (p) => Math.log(p / (1 - p))
const lenBucket = (n) => (n <= 2 ? n : n <= 4 ? 4 : n <= 8 ? 8 : n <= 16 ? 16 : n <= 32 ? 32 : 64)

/** Character n-grams of ^t$ (1–3) as strings. */
function grams(t) {
  const s = `^${t}$`
  const out = new Set()
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n))
  return out
}
const realChars = (g) => [...g].filter((c, i) => !((c === '^' && i === 0) || (c === '$' && i === g.length - 1)))

/** z per rule, and per rule the largest weight of a character n-gram holding a real character. */
function judge(it) {
  const t = norm(it.text)
  const feats = new Set()
  const gs = grams(t)
  for (const g of gs) feats.add(`c${g}`)
  feats.add(`len${lenBucket(t.length)}`)
  if (it.previous !== undefined) {
    const p = norm(it.previous)
    feats.add('prev')
    for (let n = 1; n <= 2; n++) for (let i = 0; i + n <= p.length; i++) feats.add(`p${p.slice(i, i + n)}`)
  }
  for (const f of it.findings) {
    feats.add(`r${f.ruleId}:${f.severity}`)
    feats.add(`r${f.ruleId}`)
  }
  const z = ids.map((id) => W.rules[id].bias)
  const top = ids.map(() => -Infinity)
  for (const name of feats) {
    const b = fnv1a(name) & mask
    ids.forEach((id, r) => {
      const w = weights[r].get(b)
      if (w === undefined) return
      z[r] += w
      if (name[0] === 'c' && realChars(name.slice(1)).length && w > top[r]) top[r] = w
    })
  }
  return { t, gs, z, top }
}

// Since the sixth attempt the whole pool (with V and the incoming AG/AH), as the weights are trained on it.
const derive = [...loadPool({ incoming: true, withV: true }), ...loadSpecs(), ...loadTestStrings(), ...loadReal()]
lintAll(lib, derive)
const bench = [...makeCorpus(30_000).map((text) => ({ text })), ...[...transcriptReplies(200_000)].slice(0, 30_000).map(([, text, previous]) => ({ text, previous }))]
lintAll(lib, bench)

const charCount = new Map()
const vocab = new Set()
const minTop = ids.map(() => Infinity)
const over = ids.map(() => 0)
// The bench draws count too (the first 30,000 of the corpus and of the transcript): their
// generated templates reach thresholds the written texts do not (bench/identity.mjs checks the
// rest of both, 100,000 each, as unseen).
for (const it of [...derive, ...bench]) {
  const j = judge(it)
  for (const c of j.t) charCount.set(c, (charCount.get(c) ?? 0) + 1)
  for (const g of j.gs) vocab.add(g)
  ids.forEach((id, r) => {
    const add = W.rules[id].add
    // A rule that flags the reply gets no addition: its replies need no trigger.
    if (add === null || it.flagged.has(id) || j.z[r] < logit(add)) return
    over[r]++
    minTop[r] = Math.min(minTop[r], j.top[r])
  })
}
for (const it of bench) for (const g of grams(norm(it.text))) vocab.add(g)

const triggers = {}
const pairTrig = {}
const pairCount = new Map()
for (const it of derive) { const t = norm(it.text); for (let k = 0; k + 1 < t.length; k++) pairCount.set(t.slice(k, k + 2), (pairCount.get(t.slice(k, k + 2)) ?? 0) + 1) }
for (const [r, id] of ids.entries()) {
  if (W.rules[id].add === null) continue
  const floor = minTop[r] * MARGIN
  const chars = new Set()
  let pushers = 0
  for (const g of vocab) {
    const cs = realChars(g)
    if (!cs.length) continue
    const w = weights[r].get(fnv1a(`c${g}`) & mask)
    if (w === undefined || w < floor) continue
    pushers++
    chars.add(cs.reduce((a, c) => ((charCount.get(c) ?? 0) < (charCount.get(a) ?? 0) ? c : a)))
  }
  triggers[id] = [...chars].sort().join('')
  // Pairs: a pusher with two adjacent real characters gives its rarest pair, else its character.
  const pairSet = new Set()
  const single = new Set()
  for (const g of vocab) {
    const cs = realChars(g)
    if (!cs.length) continue
    const w = weights[r].get(fnv1a(`c${g}`) & mask)
    if (w === undefined || w < floor) continue
    const core = cs.join('')
    if (core.length < 2) { single.add(core); continue }
    const ps = [...Array(core.length - 1).keys()].map((k) => core.slice(k, k + 2))
    pairSet.add(ps.reduce((a, p) => ((pairCount.get(p) ?? 0) < (pairCount.get(a) ?? 0) ? p : a)))
  }
  pairTrig[id] = { single, pairSet }
  const hit = (list) => list.filter((it) => [...norm(it.text)].some((c) => chars.has(c))).length / list.length
  console.log(`${id.padEnd(26)} add ${W.rules[id].add} over ${String(over[r]).padStart(5)}  m ${minTop[r].toFixed(3)}  floor ${floor.toFixed(3)}  pushers ${String(pushers).padStart(4)}  chars ${String(chars.size).padStart(4)}  trigger share: derive ${hit(derive).toFixed(3)} bench ${hit(bench).toFixed(3)}`)
}
const KEEP = (process.env.KEEP ?? 'competitor-disparagement,review-manipulation,off-platform,privacy-leak').split(',')
const union = new Set(KEEP.flatMap((id) => [...(triggers[id] ?? '')]))
const share = (list) => list.filter((it) => [...norm(it.text)].some((c) => union.has(c))).length / list.length
console.log(`union of ${KEEP.join(' ')}: ${union.size} chars, trigger share: derive ${share(derive).toFixed(3)} bench ${share(bench).toFixed(3)}`)
const pHit = (it) => { const t = norm(it.text); return KEEP.some((id) => pairTrig[id] && ([...t].some((c) => pairTrig[id].single.has(c)) || [...Array(Math.max(0, t.length - 1)).keys()].some((k) => pairTrig[id].pairSet.has(t.slice(k, k + 2))))) }
console.log(`pairs: ${KEEP.map((id) => `${id} ${pairTrig[id]?.single.size}+${pairTrig[id]?.pairSet.size}`).join(' ')}; share derive ${(derive.filter(pHit).length / derive.length).toFixed(3)} bench ${(bench.filter(pHit).length / bench.length).toFixed(3)}`)
if (process.env.SHOW) for (const id of KEEP) console.log(id, [...(pairTrig[id]?.single ?? [])].join(''), [...(pairTrig[id]?.pairSet ?? [])].join(' '))
if (process.env.SHOW) for (const id of KEEP) console.log(id, triggers[id])
if (process.argv.includes('--write')) {
  // Only the shipped rules keep their weights (KEEP); --no-triggers writes them unfiltered.
  // ONLY=<ids>: write the triggers of these rules only, leaving the others' as they are (the
  // sixth attempt added blame-customer's without re-deriving the four shipped rules' triggers).
  const ONLY = process.env.ONLY?.split(',')
  for (const id of ids) {
    if (!KEEP.includes(id)) {
      delete W.rules[id]
      continue
    }
    if (ONLY && !ONLY.includes(id)) continue
    delete W.rules[id].triggers
    delete W.rules[id].pairs
    if (pairTrig[id] === undefined || process.argv.includes('--no-triggers')) continue
    W.rules[id].triggers = [...pairTrig[id].single].sort().join('')
    W.rules[id].pairs = [...pairTrig[id].pairSet].sort().join('')
  }
  writeFileSync(file, JSON.stringify(W))
  console.log(`triggers written to ${file}`)
}
