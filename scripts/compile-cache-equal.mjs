// Proves the compile cache changes nothing: every reply of the given JSONL files (default: the dev
// pool, fixtures/eval/*.jsonl and fixtures/eval/incoming/*.jsonl) linted by a linter compiled
// afresh and by one read from the cache, for the default config, a rule subset and each profile;
// messages compared whole (rule, span, severity, message, suggestions, fixes…).
// Usage: npm run build && node scripts/compile-cache-equal.mjs [file.jsonl…]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { builtinRules, createLinter, fileCompileCache } from '../dist/node.js'

const pool = (dir) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f))
const files = process.argv.length > 2 ? process.argv.slice(2) : [...pool('fixtures/eval'), ...pool('fixtures/eval/incoming')]
const records = []
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line)
    if (typeof r.text === 'string') records.push(r)
  }
}
const subset = ['absolute-promise', 'off-platform', 'curt-reply']
const configs = {
  default: {},
  'rules subset': { rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, subset.includes(r.meta.id) ? 'warning' : 'off'])) },
  marketplace: { profile: 'marketplace' },
  'zh-TW': { profile: 'zh-TW' },
  strict: { profile: 'strict' },
}
const dir = mkdtempSync(join(tmpdir(), 'kefu-lint-cc-'))
let failed = false
try {
  for (const [name, config] of Object.entries(configs)) {
    const events = []
    const store = fileCompileCache({ dir, onEvent: (e) => events.push(e.type) })
    createLinter(config, { compileCache: store }) // writes the tables (or finds them: marketplace is the default)
    events.length = 0
    const cached = createLinter(config, { compileCache: store }) // reads them
    const fresh = createLinter(config)
    if (events.join() !== 'hit') throw new Error(`${name}: cache events ${events.join()}`)
    let messages = 0
    let differ = 0
    for (const r of records) {
      const options = { previous: r.previous, agentBefore: r.agentBefore, agentAfter: r.agentAfter }
      const m = fresh.lint(r.text, options).messages
      const a = JSON.stringify(m)
      const b = JSON.stringify(cached.lint(r.text, options).messages)
      messages += m.length
      if (a !== b && differ++ < 3) console.log(`${name}: differs on ${JSON.stringify(r.text.slice(0, 40))}`)
    }
    if (differ) failed = true
    console.log(`${name}: ${records.length} replies, ${messages} messages, ${differ} replies differ`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
