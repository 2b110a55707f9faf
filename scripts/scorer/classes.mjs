// Forty-first session's experiment: can a logistic model over the shared WORD CLASSES (src/vocab/classes.yaml) add the findings
// the rules miss? Features: each class found in the reply, ordered pairs of classes at most 2 characters apart, the classes of
// the previous turn, a length bucket, and the rules' own findings. Trained per rule on the dev pool (with incoming/), judged out
// of fold (folds by set) on the lines each rule leaves unflagged, and optionally on sealed sets given as files (totals only).
//   npm run build && node scripts/scorer/classes.mjs [sealed.jsonl …]
// Result on 2026-12-07 (fixtures/eval/HISTORY.md, forty-first session): no threshold reaches 85% precision on five or more
// additions for any of the four rules, so nothing was shipped.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { root, loadLib, loadPool, lintAll } from './data.mjs'

const RULES = ['absolute-promise', 'exaggeration', 'blame-customer', 'curt-reply']
const FOLDS = 3, EPOCHS = 3, MIN_PRECISION = 0.85, MIN_ADDED = 5, NEAR = 2

const lib = await loadLib()
const { normalize } = lib

/** Every class expanded to its words (references and `compose` products), normalised as the linter reads text. */
function classIndex() {
  const data = YAML.parse(readFileSync(join(root, 'src/vocab/classes.yaml'), 'utf8')).classes
  const done = new Map()
  const resolve = (name) => {
    if (done.has(name)) return done.get(name)
    done.set(name, [])
    const c = data[name]
    const expand = (list) => list.flatMap((w) => (w.startsWith('@') ? resolve(w.slice(1)) : [w]))
    const words = expand(c.words ?? [])
    if (c.compose) {
      let product = ['']
      for (const part of c.compose) { const options = [...new Set(expand(part))]; product = product.flatMap((h) => options.map((w) => h + w)) }
      words.push(...product.filter(Boolean))
    }
    const unique = [...new Set(words)]
    done.set(name, unique)
    return unique
  }
  const index = new Map()
  let longest = 1
  for (const name of Object.keys(data)) for (const word of resolve(name)) {
    const w = normalize(word).text
    if (!w) continue
    longest = Math.max(longest, w.length)
    if (!index.has(w)) index.set(w, new Set())
    index.get(w).add(name)
  }
  return { index, longest, count: Object.keys(data).length }
}

const { index, longest, count } = classIndex()
const hits = (s) => {
  const t = normalize(s ?? '').text
  const out = []
  for (let i = 0; i < t.length; i++) for (let L = 1; L <= Math.min(longest, t.length - i); L++) {
    const names = index.get(t.slice(i, i + L))
    if (names) for (const n of names) out.push([n, i, i + L])
  }
  return out
}
function features(item) {
  const f = new Set()
  const h = hits(item.text)
  for (const [n] of h) f.add('c:' + n)
  for (const [a, , e1] of h) for (const [b, s2] of h) if (a !== b && s2 >= e1 && s2 - e1 <= NEAR) f.add(`p:${a}>${b}`)
  if (item.previous) { f.add('prev'); for (const [n] of hits(item.previous)) f.add('q:' + n) }
  const L = item.text.length
  f.add(L < 6 ? 'len:xs' : L < 15 ? 'len:s' : L < 40 ? 'len:m' : 'len:l')
  for (const r of item.flagged) f.add('r:' + r)
  return [...f]
}

function train(rows, rule) {
  const w = new Map()
  let b = -2
  for (let e = 0; e < EPOCHS; e++) for (const x of rows) {
    let z = b
    for (const k of x.f) z += w.get(k) ?? 0
    const g = (x.labels.has(rule) ? 1 : 0) - 1 / (1 + Math.exp(-z))
    b += 0.02 * g
    for (const k of x.f) { const v = w.get(k) ?? 0; w.set(k, v + 0.2 * (g - 1e-5 * v)) }
  }
  return (x) => { let z = b; for (const k of x.f) z += w.get(k) ?? 0; return 1 / (1 + Math.exp(-z)) }
}

const pool = lintAll(lib, loadPool({ incoming: true }))
for (const x of pool) x.f = features(x)
const sets = [...new Set(pool.map((x) => x.set))]
console.log(`${count} classes, ${pool.length} pool lines in ${sets.length} sets`)
const thresholds = RULES.map((rule) => {
  const scored = []
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (x) => sets.indexOf(x.set) % FOLDS === k
    const model = train(pool.filter((x) => !inFold(x)), rule)
    for (const x of pool) if (inFold(x) && !x.flagged.has(rule)) scored.push([model(x), x.labels.has(rule)])
  }
  scored.sort((a, b) => b[0] - a[0])
  const top = (n) => `${scored.slice(0, n).filter((s) => s[1]).length}/${Math.min(n, scored.length)}`
  let right = 0, threshold = Infinity, at = [0, 0]
  scored.forEach(([p, y], i) => { if (y) right++; if (i + 1 >= MIN_ADDED && right / (i + 1) >= MIN_PRECISION) { threshold = p; at = [right, i + 1 - right] } })
  console.log(`${rule.padEnd(18)} out of fold, right among the top 10/25/50/100/200: ${[10, 25, 50, 100, 200].map(top).join(' ')}; ` +
    (threshold === Infinity ? `no threshold reaches ${MIN_PRECISION} on ${MIN_ADDED}+ additions` : `threshold ${threshold.toFixed(3)}: +${at[0]} right / ${at[1]} wrong`))
  return threshold
})
for (const file of process.argv.slice(2)) {
  const items = lintAll(lib, readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => { const c = JSON.parse(l); return { text: c.text, previous: c.previous, profile: c.profile, labels: new Set(c.labels ?? []) } }))
  for (const x of items) x.f = features(x)
  const row = RULES.map((rule, i) => {
    if (thresholds[i] === Infinity) return `${rule} —`
    const model = train(pool, rule)
    let right = 0, wrong = 0
    for (const x of items) if (!x.flagged.has(rule) && model(x) >= thresholds[i]) x.labels.has(rule) ? right++ : wrong++
    return `${rule} +${right}/${wrong}`
  })
  console.log(`${file.replace(/^.*\//, '')}: additions (right/wrong) ${row.join('  ')}`)
}
