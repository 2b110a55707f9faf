#!/usr/bin/env node
// The curt-reply flags of the session-start build (twenty-fourth session) whose agent turn goes on after the flagged
// message, judged again by a reviewer who saw the whole turn (the customer's message, the agent's messages before and
// after; fixtures/eval/real-turn-review/curt-reply.jsonl, 170 flags of CSDS, ASAP and JDDCRec). The first verdicts of these
// corpora were given without the turn after. Prints, for a build, how many of each verdict it still flags when it is
// given the turn after (agentAfter) and when it is not.   node scripts/real/turn-review.mjs [dist/node.js]
import { readFileSync } from 'node:fs'
import { agentAfterOf, agentBeforeOf } from './score.mjs'

const dist = process.argv[2] ?? new URL('../../dist/node.js', import.meta.url).href
const { createLinter } = await import(dist.startsWith('file:') || dist.startsWith('/') ? dist : new URL(dist, `file://${process.cwd()}/`).href)
const linter = createLinter()
const read = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
const labels = read(new URL('../../fixtures/eval/real-turn-review/curt-reply.jsonl', import.meta.url))
const corpora = new Map()
const corpus = (name) => {
  if (!corpora.has(name)) {
    const list = read(new URL(`../../.real/${name}.jsonl`, import.meta.url))
    corpora.set(name, { byId: new Map(list.map((r) => [r.id, r])), before: agentBeforeOf(list), after: agentAfterOf(list) })
  }
  return corpora.get(name)
}
const table = {}
for (const label of labels) {
  const c = corpus(label.corpus)
  const r = c.byId.get(label.id)
  if (!r) throw new Error(`turn-review: ${label.corpus} ${label.id} is not in .real/ (rebuild the corpus)`)
  const options = { previous: r.previous }
  const before = r.agentBefore ?? c.before.get(r.id)
  if (before !== undefined) options.agentBefore = before
  const flagged = (opts) => linter.lint(r.text, opts).messages.some((m) => m.ruleId === label.rule && m.severity !== 'info')
  const after = c.after.get(r.id)
  for (const [mode, opts] of [['without the turn after', options], ['with the turn after', after === undefined ? options : { ...options, agentAfter: after }]]) {
    const row = (table[mode] ??= { 'upheld, flagged': 0, 'upheld, cleared': 0, 'not upheld, flagged': 0, 'not upheld, cleared': 0 })
    row[`${label.verdict === 'upheld' ? 'upheld' : 'not upheld'}, ${flagged(opts) ? 'flagged' : 'cleared'}`]++
  }
}
console.log(`${labels.length} curt-reply flags re-reviewed with the whole turn shown (${labels.filter((l) => l.verdict === 'upheld').length} upheld)`)
console.log('| build reads | upheld, flagged | upheld, cleared | not upheld, flagged | not upheld, cleared | precision | recall |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [mode, r] of Object.entries(table)) {
  const tp = r['upheld, flagged'], fp = r['not upheld, flagged'], fn = r['upheld, cleared']
  console.log(`| ${mode} | ${tp} | ${fn} | ${fp} | ${r['not upheld, cleared']} | ${(tp / (tp + fp || 1)).toFixed(3)} | ${(tp / (tp + fn || 1)).toFixed(3)} |`)
}
