// What the third (third.mjs) and sixth (sixth.mjs) scorer experiments share: their options, the
// real-traffic labels, the first-sight findings, the per-source n-gram masks (an n-gram counts only
// where it occurs in MIN_SRC sources of the training part), labels and weights per rule, training
// with prune-and-refit, the span and gates of an addition, near-duplicates, and the out-of-fold
// threshold. One place, so the two experiments cannot drift apart (sc24: ~60 lines were copies).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './data.mjs'
import { featureNames, hashFeatures, trainLabelled, score, prune, chooseAddThreshold, BITS } from './model.mjs'

/** The command-line options both experiments take. */
export function experimentOptions(argv) {
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt }
  return {
    opt,
    ADD_P: Number(opt('--add-precision', '0.9')),
    MIN_ADD: Number(opt('--min-add', '0.5')),
    REAL_W: Number(opt('--real-weight', '0.3')),
    MIN_SRC: Number(opt('--min-sources', '3')),
    K: Number(opt('--keep', '2000')),
    EPOCHS: Number(opt('--epochs', '6')),
    DUP: Number(opt('--dup', '0.6')),
    TEST_NEG: !argv.includes('--no-test-negatives'),
    GATED: !argv.includes('--no-gates'),
  }
}

/** Real-reply labels per rule (fixtures/eval/real): the misses samples (fully labelled) and the flags' verdicts. */
export function realLabels(rules) {
  const realLab = new Map()
  const full = new Set()
  const rd = (f) => readFileSync(join(root, 'fixtures/eval/real', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  for (const f of ['misses.jsonl', 'misses-2.jsonl', 'misses-3.jsonl', 'misses-4.jsonl', 'misses-5.jsonl']) {
    for (const r of rd(f)) { full.add(r.id); const m = realLab.get(r.id) ?? new Map(); for (const rule of rules) if (!m.has(rule)) m.set(rule, r.rules.includes(rule) ? 1 : 0); realLab.set(r.id, m) }
  }
  for (const r of rd('flags.jsonl')) { const m = realLab.get(r.id) ?? new Map(); m.set(r.rule, r.verdict === 'upheld' ? 1 : 0); realLab.set(r.id, m) }
  return { realLab, full }
}

/** Replaces the findings of pool items with their recorded first sight (fixtures/eval/scorer/first-sight.jsonl); returns its rows. */
export function applyFirstSight(pool) {
  const fsRows = new Map()
  for (const l of readFileSync(join(root, 'fixtures/eval/scorer/first-sight.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(l); fsRows.set(`${r.set}:${r.line}`, r.findings)
  }
  const lineNo = new Map()
  for (const it of pool) {
    const n = (lineNo.get(it.set) ?? 0) + 1; lineNo.set(it.set, n)
    const f = fsRows.get(`${it.set}:${n}`)
    if (f) { it.findings = f.map(([ruleId, severity]) => ({ ruleId, severity })); it.flagged = new Set(f.filter(([, s]) => s !== 'info').map(([r]) => r)) }
  }
  return fsRows
}

export function fnv(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0 } return h >>> 0 }
const popc = (v) => { v = v - ((v >>> 1) & 0x55555555); v = (v & 0x33333333) + ((v >>> 2) & 0x33333333); return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24 }

/**
 * The experiment over `all` (linted items: pool, specs, test literals, real replies): hashes every
 * item's features once (it.t, it.x, it.g) and returns the functions both experiments use.
 * `o`: experimentOptions; `G`: the gates (gates.mjs); `innerSets(inner)`: the training author sets
 * that vote for a threshold (default: all of them).
 */
export function makeExperiment({ all, norm, G, o, realLab, full, innerSets = (inner) => inner }) {
  const { MIN_SRC, K, EPOCHS, DUP, TEST_NEG, GATED, ADD_P, MIN_ADD, REAL_W } = o
  const MASK = (1 << BITS) - 1
  const ctx = { norm, useFindings: true }
  const srcNames = [...new Set(all.map((it) => it.set))].sort()
  const srcBit = new Map(srcNames.map((s, i) => [s, i]))
  // One 32-bit mask per 32 sources (the pool outgrew two words in the forty-third session).
  const srcWords = Array.from({ length: Math.ceil(srcNames.length / 32) }, () => new Uint32Array(1 << BITS))
  const isNgram = (n) => n[0] === 'c' || n[0] === 'p'
  const alwaysKeep = new Uint8Array(1 << BITS)
  for (const it of all) {
    it.t = norm(it.text)
    const names = featureNames(it, ctx)
    it.x = hashFeatures(names)
    const k = srcBit.get(it.set), arr = srcWords[k >>> 5], b = 1 << (k & 31)
    for (const n of names) { const h = fnv(n) & MASK; arr[h] |= b; if (!isNgram(n)) alwaysKeep[h] = 1 }
  }
  /** Per bucket, whether it may carry a weight when the sources `sets` are held out. */
  function allowedWithout(sets) {
    const a = new Uint8Array(1 << BITS)
    const d = srcWords.map(() => ~0)
    for (const X of sets) { const k = srcBit.get(X); if (k !== undefined) d[k >>> 5] &= ~(1 << (k & 31)) }
    for (let h = 0; h < a.length; h++) {
      if (alwaysKeep[h]) { a[h] = 1; continue }
      let n = 0
      for (let w = 0; w < srcWords.length; w++) n += popc(srcWords[w][h] & d[w])
      a[h] = n >= MIN_SRC ? 1 : 0
    }
    return a
  }

  // label and weight of an item for a rule; null = unknown
  function lw(it, rule) {
    if (it.set === 'testlit') return it.flagged.has(rule) ? null : [0, 1]
    if (it.set === 'specs') {
      if (it.known === rule) return [it.labels.has(rule) ? 1 : 0, 1]
      // A `pass` line of any rule's spec: a negative for every rule today's rules leave it to.
      if (TEST_NEG && it.labels.size === 0 && !it.flagged.has(rule)) return [0, 1]
      return null
    }
    if (it.set === 'real') {
      const m = realLab.get(it.id)
      if (m?.has(rule)) return [m.get(rule), 1]
      if (full.has(it.id)) return [0, 1]
      if (it.flagged.has(rule)) return null
      return [0, REAL_W]
    }
    return [it.labels.has(rule) ? 1 : 0, 1]
  }
  function train(items, rule, xOf) {
    return trainLabelled(items, (it) => lw(it, rule), xOf, EPOCHS)
  }
  function refit(items, rule, xOf, m) {
    if (!K) return m
    const keep = new Uint8Array(1 << BITS)
    for (const j of prune(m, K).buckets) keep[j] = 1
    return prune(train(items, rule, (it) => xOf(it).filter((h) => keep[h])), K)
  }

  /**
   * The span of an addition and the gates on it: per clause of the normalised reply, the summed
   * weights of the reply's character n-grams that start in it (^ and $ count for the first and
   * last clause); the clause with the largest sum is the span, `at` its heaviest n-gram.
   */
  function explain(m, it, allowed) {
    const t = it.t
    if (!t.length) return { bits: 0, cs: 0, ce: 0 }
    G.startReply(t); G.startMentions(t)
    const s = `^${t}$`
    const sums = new Map()
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) {
      const h = fnv(`c${s.slice(i, i + n)}`) & MASK
      if (!allowed[h]) continue
      const w = m.w[h]
      if (!w) continue
      const pos = Math.min(Math.max(i - 1, 0), t.length - 1)
      const [cs, ce] = G.clauseAround(t, pos)
      const e = sums.get(cs) ?? { cs, ce, sum: 0, at: pos, best: -Infinity }
      e.sum += w
      if (w > e.best) { e.best = w; e.at = pos }
      sums.set(cs, e)
    }
    let top = null
    for (const e of sums.values()) if (!top || e.sum > top.sum) top = e
    if (!top) return { bits: 0, cs: 0, ce: t.length }
    return { bits: G.gateBits(t, top.cs, Math.max(top.ce, top.cs + 1), top.at), cs: top.cs, ce: top.ce }
  }

  const realHalf = (it) => (fnv(it.id.split(':')[0]) & 1)
  const groupOf = (it, inner) => {
    if (it.set === 'real') return `real${realHalf(it)}`
    if (it.set === 'testlit') return `test${fnv(it.text) & 1}`
    const k = innerSets(inner).indexOf(it.set)
    return k >= 0 ? `g${k % 4}` : null // inner: the training author sets
  }

  const grams = (n) => { const s = new Set(); for (let i = 0; i + 3 <= n.length; i++) s.add(n.slice(i, i + 3)); if (n.length < 3) s.add(n); return s }
  for (const it of all) it.g = grams(it.t)
  const index = new Map()
  all.forEach((it, i) => { for (const g of it.g) { if (!index.has(g)) index.set(g, []); index.get(g).push(i) } })
  /** Indexes of the items of other sets that are near-duplicates (trigram Jaccard ≥ DUP) of an item of `sets`. */
  function nearDups(sets) {
    const out = new Set()
    all.forEach((it, i) => {
      if (!sets.includes(it.set)) return
      const shared = new Map()
      for (const g of it.g) { const l = index.get(g); if (l.length > 400) continue; for (const j of l) shared.set(j, (shared.get(j) ?? 0) + 1) }
      for (const [j, c] of shared) { if (sets.includes(all[j].set)) continue; if (c / (it.g.size + all[j].g.size - c) >= DUP) out.add(j) }
    })
    return out
  }

  /** Out-of-fold threshold [plain, real-guarded], additions gated (a gated reply is no addition). */
  function thresholds(trainPool, inner, rule, xOf, allowed) {
    const groups = [...new Set(trainPool.map((it) => groupOf(it, inner)).filter(Boolean))].sort()
    const oof = []
    for (const g of groups) {
      const tp = trainPool.filter((it) => groupOf(it, inner) !== g)
      const mk = refit(tp, rule, xOf, train(tp, rule, xOf))
      for (const it of trainPool) {
        if (groupOf(it, inner) !== g) continue
        const l = lw(it, rule); if (!l) continue
        const s = score(mk, xOf(it))
        let flag = it.flagged.has(rule)
        if (!flag && GATED && s >= MIN_ADD && explain(mk, it, allowed).bits) flag = true
        oof.push({ s, y: l[0], flag, real: it.set === 'real' })
      }
    }
    return chooseAddThreshold(oof, ADD_P, MIN_ADD)
  }
  const xOfFor = (allowed) => { const xc = new Map(); return (it) => { let v = xc.get(it); if (!v) { v = it.x.filter((h) => allowed[h]); xc.set(it, v) } return v } }

  return { MASK, allowedWithout, lw, train, refit, explain, realHalf, groupOf, nearDups, thresholds, xOfFor }
}

/**
 * The two modes both experiments share: `--final` (train on everything, thresholds out of fold over
 * `sets`, test guard, write the weights; with --real-check the real replies cross-fitted too) and
 * `--real-check` alone (the cross-fit only). Returns false when neither was asked for.
 */
export async function finalOrRealCheck({ x, argv, o, RULES, all, real, sets, realLab, full, trainedOn }) {
  const { opt, K, EPOCHS } = o
  const { allowedWithout, xOfFor, thresholds, refit, train, explain, realHalf } = x
  if (argv.includes('--final')) {
    const { gzipSync } = await import('node:zlib')
    const allowed = allowedWithout([])
    const xOf = xOfFor(allowed)
    const rules = {}
    const models = {}
    const crossReal = []
    for (const rule of RULES) {
      const [t0, tg] = thresholds(all, sets, rule, xOf, allowed)
      const m = refit(all, rule, xOf, train(all, rule, xOf))
      models[rule] = { m, th: tg }
      console.error(`${rule}: threshold ${t0?.toFixed(3) ?? '—'}, real-guarded ${tg?.toFixed(3) ?? '—'}`)
      rules[rule] = { m, t0, tg }
      // --real-check with --final: the cross-fit on real replies with the same thresholds.
      if (argv.includes('--real-check') && tg !== null) {
        for (const h of [0, 1]) {
          const tp = all.filter((it) => it.set !== 'real' || realHalf(it) !== h)
          const mh = refit(tp, rule, xOf, train(tp, rule, xOf))
          for (const it of real) {
            if (realHalf(it) !== h || it.flagged.has(rule)) continue
            const s = score(mh, xOf(it))
            if (s < tg) continue
            const ex = explain(mh, it, allowed)
            crossReal.push({ id: it.id, rule, s: +s.toFixed(3), gates: ex.bits, span: it.t.slice(ex.cs, ex.ce), label: realLab.get(it.id)?.get(rule) ?? (full.has(it.id) ? 0 : null), text: it.text, previous: it.previous })
          }
        }
        writeFileSync(opt('--real-out', '/tmp/scorer-real.jsonl'), crossReal.map((o) => JSON.stringify(o)).join('\n') + '\n')
      }
    }
    // Test guard: the shipped threshold rises above every test literal (and spec pass line) the
    // rules leave unflagged, linted without context: the suite must pass unchanged.
    const guardItems = all.filter((it) => it.set === 'testlit' || (it.set === 'specs' && it.labels.size === 0))
    for (const rule of RULES) {
      const r = rules[rule]
      if (r.tg === null) continue
      let top = -1, text = ''
      for (const it of guardItems) {
        if (it.flagged.has(rule)) continue
        const s = score(r.m, xOf(it))
        if (s >= r.tg && s > top && !explain(r.m, it, allowed).bits) { top = s; text = it.text }
      }
      r.add = top < 0 ? r.tg : top + 1e-4 > 1 ? null : top + 1e-4
      if (top >= 0) console.error(`${rule}: test guard raises ${r.tg.toFixed(4)} → ${r.add?.toFixed(4)} (${text})`)
    }
    const outRules = {}
    for (const rule of RULES) {
      const { m, add } = rules[rule]
      outRules[rule] = { bias: m.b, add: add == null ? null : Math.ceil(add * 1e4) / 1e4, buckets: m.buckets.map((b, i) => (i ? b - m.buckets[i - 1] : b)), weights: m.weights }
    }
    const json = JSON.stringify({ format: 3, bits: BITS, scale: 1000, features: 'char 1-3-grams of the normalised reply with ^ $, 1-2-grams of the previous turn, length bucket, rule findings', trainedOn: `${trainedOn} --final --keep ${K} --epochs ${EPOCHS}`, rules: outRules })
    const outPath = opt('--out', '/tmp/scorer-weights.json')
    writeFileSync(outPath, json + '\n')
    console.log(`weights ${outPath}: ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} gzip -9`)
    let r = 0
    for (const it of real) for (const rule of RULES) {
      const { m, add } = rules[rule]
      if (add == null || it.flagged.has(rule)) continue
      const s = score(m, xOf(it))
      if (s >= add && !explain(m, it, allowed).bits) { r++; console.log(JSON.stringify({ real: true, id: it.id, rule, s: +s.toFixed(3), label: realLab.get(it.id)?.get(rule) ?? (full.has(it.id) ? 0 : null), text: it.text, previous: it.previous })) }
    }
    console.log(`real replies ${real.length}: ${r} additions (in-sample)`)
  } else if (argv.includes('--real-check')) {
    const allowed = allowedWithout([])
    const xOf = xOfFor(allowed)
    const out = []
    for (const rule of RULES) {
      const [t0, tg] = thresholds(all, sets, rule, xOf, allowed)
      console.error(`${rule}: threshold ${t0?.toFixed(3) ?? '—'}, real-guarded ${tg?.toFixed(3) ?? '—'}`)
      if (tg === null) continue
      for (const h of [0, 1]) {
        const tp = all.filter((it) => it.set !== 'real' || realHalf(it) !== h)
        const m = refit(tp, rule, xOf, train(tp, rule, xOf))
        for (const it of real) {
          if (realHalf(it) !== h || it.flagged.has(rule)) continue
          const s = score(m, xOf(it))
          if (s < tg) continue
          const ex = explain(m, it, allowed)
          out.push({ id: it.id, rule, s: +s.toFixed(3), gates: ex.bits, span: it.t.slice(ex.cs, ex.ce), label: realLab.get(it.id)?.get(rule) ?? (full.has(it.id) ? 0 : null), text: it.text, previous: it.previous })
        }
      }
    }
    const kept = out.filter((o) => !o.gates)
    console.log(`real additions ${kept.length} after gates (${out.length} before): labelled right ${kept.filter((o) => o.label === 1).length}, labelled wrong ${kept.filter((o) => o.label === 0).length}, unlabelled ${kept.filter((o) => o.label === null).length}`)
    for (const o of out) console.log(JSON.stringify(o))
  } else return false
  return true
}
