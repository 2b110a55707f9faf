// Shared data loading for the scorer experiment (scripts/scorer/loao.mjs) and training script.
// Every labelled item of the dev pool, the lexicon specs, and the real replies (.real/, unlabelled
// negatives), each with the built linter's findings (all severities) cached once: rules do not
// depend on the fold, so they are linted once per run.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import YAML from 'yaml'

export const RULES = [
  'absolute-promise', 'internet-slang', 'exaggeration', 'blame-customer', 'off-platform',
  'review-manipulation', 'privacy-leak', 'curt-reply', 'competitor-disparagement',
]
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

export async function loadLib() {
  return import(pathToFileURL(join(root, 'dist/node.js')).href)
}

function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
}

/** Labelled dev pool: { set, text, previous, profile, labels: Set } per line. */
export function loadPool({ incoming = false, withV = false } = {}) {
  const dir = join(root, 'fixtures/eval')
  const items = []
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f))
  // The sixth attempt (sc23) also trains on the open incoming sets (AG, AH) and on V (the lead's
  // brief: V is training data for the scorer; no script prints its text).
  if (incoming) files.push(...readdirSync(join(dir, 'incoming')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, 'incoming', f)))
  for (const path of files) {
    const set = path.replace(/^.*\//, '').replace(/\.jsonl$/, '').replace(/^(blind|focus)-2026-12-0\d-/, '')
    // Set V stays unread by everyone working on the rules (PREAMBLE): not loaded unless asked.
    if (set === 'v' && !withV) continue
    for (const c of readJsonl(path)) {
      items.push({ set, text: c.text, previous: c.previous, profile: c.profile, labels: new Set(c.labels ?? []), known: null })
    }
  }
  return items
}

/**
 * Lexicon specs as labelled text for one rule each: `flag` lines are positives of that rule,
 * `pass` lines negatives of that rule; other rules' labels are unknown (known = that rule only).
 */
export function loadSpecs() {
  const items = []
  for (const rule of RULES) {
    const path = join(root, 'rules', rule, 'lexicon.yaml')
    if (!existsSync(path)) continue
    const doc = YAML.parse(readFileSync(path, 'utf8'))
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk)
      if (!node || typeof node !== 'object') return
      if (node.specs && typeof node.specs === 'object') {
        for (const [kind, want] of [['flag', true], ['pass', false]]) {
          for (const s of node.specs[kind] ?? []) {
            const text = typeof s === 'string' ? s : s?.text
            if (typeof text !== 'string') continue
            items.push({ set: 'specs', text, previous: typeof s === 'object' ? s.previous : undefined, profile: typeof s === 'object' ? s.profile : undefined,
              labels: new Set(want ? [rule] : []), known: rule })
          }
        }
      }
      for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v)
    }
    walk(doc)
  }
  return items
}

/** Real agent replies (.real/jddc.jsonl), unlabelled: treated as clean negatives in training. */
export function loadReal() {
  const path = join(root, '.real/jddc.jsonl')
  if (!existsSync(path)) return []
  return readJsonl(path).map((r) => ({ set: 'real', id: r.id, text: r.text, previous: r.previous, labels: new Set(), known: null }))
}

/** Attaches `findings` (ruleId, severity, start, end) from the built linter to every item. */
export function lintAll(lib, items, extra = {}) {
  const linters = new Map()
  const linterFor = (profile = 'marketplace') => {
    if (!linters.has(profile)) {
      let l
      // The rules alone (the scorer must never judge its own training data); an older build
      // knows neither the switch nor every profile.
      const tries = [{ profile, scorer: false, ...extra }, { profile, ...extra }, { ...extra }]
      for (const config of tries) { try { l = lib.createLinter(config); break } catch { /* next */ } }
      linters.set(profile, l)
    }
    return linters.get(profile)
  }
  for (const it of items) {
    let messages = []
    try {
      messages = linterFor(it.profile).lint(it.text, it.previous !== undefined ? { previous: it.previous } : undefined).messages
    } catch { /* counted as no findings, as eval.mjs does */ }
    it.findings = messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, start: m.start, end: m.end }))
    it.flagged = new Set(messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId))
  }
  return items
}

/**
 * Every CJK string literal of test/*.ts (third attempt): the suite is the spec of what today's
 * rules flag and, for every other rule, of what must not be flagged. Each becomes a negative for
 * every rule today's rules do not flag it for (lintAll, then `lw` in third.mjs).
 */
export function loadTestStrings() {
  const strs = new Set()
  const dir = join(root, 'test')
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const src = readFileSync(join(dir, f), 'utf8')
    for (const m of src.matchAll(/'([^'\\\n]*[\u4e00-\u9fff][^'\\\n]*)'|"([^"\\\n]*[\u4e00-\u9fff][^"\\\n]*)"|`([^`\\\n$]*[\u4e00-\u9fff][^`\\\n$]*)`/g)) strs.add(m[1] ?? m[2] ?? m[3])
  }
  return [...strs].sort().map((text) => ({ set: 'testlit', text, labels: new Set(), known: null }))
}
