// tt28's copy of /work/notes/fa.mjs: current flags with text, previous, agentBefore, agentAfter and the verdict.
// node scripts/real/fa-tt28.mjs <abs dist/node.js> <corpus> [all] [rule]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
const root = fileURLToPath(new URL('../..', import.meta.url))
import { agentAfterOf, agentBeforeOf } from './score.mjs'
const dist = process.argv[2]
const corpus = process.argv[3] || 'jddcrec'
const rule = process.argv[5]
const { createLinter } = await import(dist)
const L = createLinter()
const rd = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
const list = rd(`${root}.real/${corpus}.jsonl`)
const before = agentBeforeOf(list)
const after = agentAfterOf(list)
const lab = corpus === 'jddc' ? 'real' : 'real-' + corpus
const v = new Map(rd(`${root}fixtures/eval/${lab}/flags.jsonl`).map((f) => [f.id + '|' + f.rule, f]))
const noAfter = process.env.NO_AFTER === '1'
for (const r of list) {
  const opts = {}
  if (r.previous !== undefined) opts.previous = r.previous
  const ab = r.agentBefore ?? before.get(r.id)
  if (ab !== undefined) opts.agentBefore = ab
  const aa = after.get(r.id)
  if (aa !== undefined && !noAfter) opts.agentAfter = aa
  const ms = L.lint(r.text, opts).messages.filter((m) => m.severity === 'error' || m.severity === 'warning')
  const seen = new Set()
  for (const m of ms) {
    if (seen.has(m.ruleId) || (rule && m.ruleId !== rule)) continue
    seen.add(m.ruleId)
    const f = v.get(r.id + '|' + m.ruleId)
    const verdict = f ? f.verdict : 'UNREVIEWED'
    if (process.argv[4] === 'all' || verdict !== 'upheld')
      console.log(`${verdict}\t${r.id}\t${m.ruleId}\t[${r.text.slice(m.start ?? 0, m.end ?? 0)}]\t${r.text.slice(0, 100)}\t<< ${(r.previous || '').slice(0, 60)}\t${ab !== undefined ? 'B: ' + ab.slice(-50).replace(/\n/g, ' / ') : ''}\t${aa !== undefined ? 'A: ' + aa.slice(0, 80).replace(/\n/g, ' / ') : ''}\t${f?.reason || ''}`)
  }
}
