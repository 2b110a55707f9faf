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
 *   TIERS=blame-customer:1.2:0.75 ...                                        # two tiers for these rules (prefilter.mjs)
 *
 * The derivation itself (one tier, anchored triggers, the light tier) is scripts/scorer/prefilter.mjs.
 * Shipped (sc24): blame-customer with TIERS=blame-customer:1.2:0.75; the four others one tier.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadLib, loadPool, loadReal, loadSpecs, loadTestStrings, lintAll, root } from './data.mjs'
import { fnv1a } from './model.mjs'
import { counts, derivePrefilter, grams, passes, realChars } from './prefilter.mjs'
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

const vocab = new Set()
const over = ids.map(() => [])
// The bench draws count too (the first 30,000 of the corpus and of the transcript): their
// generated templates reach thresholds the written texts do not (bench/identity.mjs checks the
// rest of both, 100,000 each, as unseen).
for (const it of [...derive, ...bench]) {
  const j = judge(it)
  for (const g of j.gs) vocab.add(g)
  it.t = j.t
  ids.forEach((id, r) => {
    const add = W.rules[id].add
    // A rule that flags the reply gets no addition: its replies need no trigger.
    if (add === null || it.flagged.has(id) || j.z[r] < logit(add)) return
    over[r].push(j.t)
  })
}
// TIERS=<id>:<heavy>:<light>,...: the two-tier pre-filter for these rules (prefilter.mjs); the
// others one tier (heavy = 1). The sc24 lane ships blame-customer at 1.2:0.75.
const tiers = new Map((process.env.TIERS ?? '').split(',').filter(Boolean).map((s) => { const [id, h, l] = s.split(':'); return [id, { heavy: Number(h), light: Number(l) }] }))
const count = counts(derive.map((it) => it.t))
const pfs = {}
for (const [r, id] of ids.entries()) {
  if (W.rules[id].add === null) continue
  const weightOf = (g) => weights[r].get(fnv1a(`c${g}`) & mask)
  const pf = (pfs[id] = derivePrefilter({ weightOf, vocab, over: over[r], count, heavy: tiers.get(id)?.heavy ?? MARGIN, light: tiers.get(id)?.light ?? 0, anchor: !process.env.NO_ANCHOR }))
  const open = (list) => list.filter((it) => !it.flagged.has(id))
  const share = (list) => open(list).filter((it) => passes(pf, it.t)).length / open(list).length
  console.log(`${id.padEnd(26)} add ${W.rules[id].add} over ${String(over[r].length).padStart(5)}  m ${pf.m.toFixed(3)}  ${pf.single.size} chars + ${pf.pairs.size} pairs + ^${pf.starts.size} + $${pf.ends.size}${pf.lightMin === null ? '' : ` + light ${pf.light.size} ≥ ${pf.lightMin.toFixed(3)}`}  share of the replies it leaves open: derive ${share(derive).toFixed(3)} bench ${share(bench).toFixed(3)}`)
  if (process.env.SHOW) console.log(`  ${[...pf.single].join('')} ^${[...pf.starts].join('')} $${[...pf.ends].join('')} light ${[...pf.light].map(([c, w]) => `${c}${w.toFixed(2)}`).join(' ')} | ${[...pf.pairs].join(' ')}`)
}
const KEEP = (process.env.KEEP ?? 'competitor-disparagement,review-manipulation,off-platform,privacy-leak').split(',')
const pHit = (it) => KEEP.some((id) => pfs[id] && !it.flagged.has(id) && passes(pfs[id], it.t))
console.log(`${KEEP.join(' ')}: share derive ${(derive.filter(pHit).length / derive.length).toFixed(3)} bench ${(bench.filter(pHit).length / bench.length).toFixed(3)}`)
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
    for (const k of ['triggers', 'pairs', 'starts', 'ends', 'light', 'lightMin']) delete W.rules[id][k]
    const pf = pfs[id]
    if (pf === undefined || process.argv.includes('--no-triggers')) continue
    W.rules[id].triggers = [...pf.single].sort().join('')
    W.rules[id].pairs = [...pf.pairs].sort().join('')
    if (pf.starts.size) W.rules[id].starts = [...pf.starts].sort().join('')
    if (pf.ends.size) W.rules[id].ends = [...pf.ends].sort().join('')
    if (pf.lightMin !== null) {
      W.rules[id].light = [...pf.light.keys()].sort().join('')
      // Rounded down a little: the library sums float32 weights.
      W.rules[id].lightMin = Math.floor(pf.lightMin * 1000 - 1) / 1000
    }
  }
  writeFileSync(file, JSON.stringify(W))
  console.log(`triggers written to ${file}`)
}
