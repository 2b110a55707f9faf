#!/usr/bin/env node
// Measures the built linter against the hand-labelled corpus fixtures/eval/replies.jsonl.
//
//   node scripts/eval.mjs                 per-rule TP/FP/FN, precision, recall, F1 (+ results.md)
//   node scripts/eval.mjs --errors        also list every false positive and false negative
//   node scripts/eval.mjs --count-info    count `info` findings as flags (advisory: off by default)
//   node scripts/eval.mjs --rule <id>     with --errors: only that rule's errors
//   node scripts/eval.mjs --no-write      do not rewrite fixtures/eval/results.md
//   node scripts/eval.mjs --file <path>   score another corpus (e.g. fixtures/eval/holdout.jsonl);
//                                         its results go to <path>.results.md
//   node scripts/eval.mjs --unreviewed    real traffic: also list flags that have no verdict yet
//   node scripts/eval.mjs --by-kind      a kinds set (each record's note starts "<rule>/<kind>:", as the taxonomy sets
//                                         in fixtures/eval/kinds/ do): per kind, recall of its rule on the must-flag
//                                         records and that rule's false alarms on the look-alikes; --half A|B scores one half
//   node scripts/eval.mjs --scorer        the statistical scorer on for all four rules it covers (config `scorer: true`;
//                                         without it, the default: competitor-disparagement only)
//
// Afterwards, when .real/ exists (node scripts/real/rebuild.mjs), it prints the real-traffic share
// of upheld flags (scripts/real/score.mjs, labels in fixtures/eval/real/).
//
// A reply counts as flagged for a rule when any message has that ruleId (severity error or
// warning; info too with --count-info). This is a measurement, not a gate: it always exits 0.

import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'

const RULES = [
  'absolute-promise',
  'internet-slang',
  'exaggeration',
  'blame-customer',
  'off-platform',
  'review-manipulation',
  'privacy-leak',
  'curt-reply',
  'competitor-disparagement',
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const distPath = join(root, 'dist/node.js')

const argv = process.argv.slice(2)
const fileArg = argv.indexOf('--file')
const customCorpus = fileArg >= 0 ? argv[fileArg + 1] : undefined
if (fileArg >= 0 && !customCorpus) {
  console.error('eval: --file needs a path')
  process.exit(0)
}
const corpusPath = customCorpus ? resolve(process.cwd(), customCorpus) : join(root, 'fixtures/eval/replies.jsonl')
const resultsPath = customCorpus ? `${corpusPath}.results.md` : join(root, 'fixtures/eval/results.md')
const corpusName = basename(corpusPath)
const corpusLabel = relative(root, corpusPath).split(sep).join('/')
const showErrors = argv.includes('--errors')
const countInfo = argv.includes('--count-info')
const write = !argv.includes('--no-write')
const scorer = argv.includes('--scorer')
const ruleArg = argv.indexOf('--rule')
const onlyRule = ruleArg >= 0 ? argv[ruleArg + 1] : undefined
const byKind = argv.includes('--by-kind')
const halfArg = argv.indexOf('--half')
const onlyHalf = halfArg >= 0 ? argv[halfArg + 1] : undefined

main().catch((error) => {
  console.error(`eval: ${error?.stack ?? error}`)
}).finally(() => {
  process.exitCode = 0
})

async function main() {
  if (!existsSync(distPath)) {
    console.error(`eval: ${relative(process.cwd(), distPath)} not found; build the package first (npm run build).`)
    return
  }
  const { createLinter } = await import(pathToFileURL(distPath).href)
  const cases = loadCorpus().filter((c) => onlyHalf === undefined || c.half === onlyHalf)

  // One linter per profile (the profile is a linter-wide setting).
  const linters = new Map()
  const linterFor = (profile = 'marketplace') => {
    if (!linters.has(profile)) {
      try {
        linters.set(profile, createLinter(scorer ? { profile, scorer } : { profile }))
      } catch (error) {
        console.error(`eval: profile ${JSON.stringify(profile)}: ${error?.message ?? error}; those replies count as no findings`)
        linters.set(profile, { lint: () => ({ messages: [] }), rules: [] })
      }
    }
    return linters.get(profile)
  }
  const registered = new Set(linterFor().rules.map((r) => r.meta.id))

  const stats = Object.fromEntries(RULES.map((id) => [id, { pos: 0, neg: 0, tp: 0, fp: 0, fn: 0 }]))
  const errors = [] // { kind, rule, c, messages }
  const otherRuleIds = new Map()
  let cleanFlagged = 0
  let cleanTotal = 0
  let crashes = 0

  for (const c of cases) {
    let messages = []
    try {
      // tt28: a record may carry the agent's turn around the reply (agentBefore, agentAfter), as a transcript gives it.
      const options = c.previous === undefined && c.agentBefore === undefined && c.agentAfter === undefined ? undefined : { previous: c.previous }
      if (c.agentBefore !== undefined) options.agentBefore = c.agentBefore
      if (c.agentAfter !== undefined) options.agentAfter = c.agentAfter
      messages = linterFor(c.profile).lint(c.text, options).messages
    } catch (error) {
      crashes++
      console.error(`eval: line ${c.line} threw: ${error?.message ?? error}`)
    }
    const counted = messages.filter((m) => countInfo || m.severity !== 'info')
    const flagged = new Set(counted.map((m) => m.ruleId))
    for (const id of flagged) {
      if (!RULES.includes(id)) otherRuleIds.set(id, (otherRuleIds.get(id) ?? 0) + 1)
    }
    c.flagged = flagged
    const expected = new Set(c.labels)
    if (expected.size === 0) {
      cleanTotal++
      if (RULES.some((id) => flagged.has(id))) cleanFlagged++
    }
    for (const id of RULES) {
      const s = stats[id]
      const want = expected.has(id)
      const got = flagged.has(id)
      if (want) s.pos++
      else s.neg++
      if (want && got) s.tp++
      else if (!want && got) {
        s.fp++
        errors.push({ kind: 'FP', rule: id, c, messages })
      } else if (want && !got) {
        s.fn++
        errors.push({ kind: 'FN', rule: id, c, messages })
      }
    }
  }

  if (byKind) {
    printByKind(cases)
    return
  }
  // --json: the counts only, for scripts/eval-sets.mjs (one line, nothing written).
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ corpus: corpusLabel, replies: cases.length, clean: cleanTotal, cleanFlagged, stats }))
    return
  }
  const table = renderTable(stats, registered)
  const summary = [
    `corpus: ${cases.length} replies (${cleanTotal} clean, ${cases.length - cleanTotal} with at least one label)`,
    `counted severities: ${countInfo ? 'error, warning, info' : 'error, warning (info is advisory; --count-info to include it)'}`,
    `registered rules: ${RULES.filter((id) => registered.has(id)).join(', ') || 'none'}`,
    `not registered yet: ${RULES.filter((id) => !registered.has(id)).join(', ') || 'none'}`,
    `clean replies flagged by any rule: ${cleanFlagged}/${cleanTotal}`,
  ]
  if (otherRuleIds.size) {
    summary.push(`findings from other rule ids (not scored): ${[...otherRuleIds].map(([k, v]) => `${k}×${v}`).join(', ')}`)
  }
  if (crashes) summary.push(`lint threw on ${crashes} replies (counted as no findings)`)

  console.log(summary.join('\n'))
  console.log()
  console.log(table)

  if (showErrors) {
    console.log()
    const shown = errors.filter((e) => !onlyRule || e.rule === onlyRule)
    shown.sort((a, b) => a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind) || a.c.line - b.c.line)
    for (const e of shown) {
      const { c } = e
      const extra = [c.profile && `profile=${c.profile}`, c.previous !== undefined && `previous=${JSON.stringify(c.previous)}`]
        .filter(Boolean)
        .join(' ')
      console.log(`${e.kind} ${e.rule}  line ${c.line}${registered.has(e.rule) ? '' : ' (rule not registered)'}`)
      console.log(`   text: ${JSON.stringify(c.text)}${extra ? `  ${extra}` : ''}`)
      console.log(`   labels: [${c.labels.join(', ')}]${c.note ? `  note: ${c.note}` : ''}`)
      if (e.messages.length === 0) console.log('   messages: (none)')
      for (const m of e.messages) {
        console.log(`   - ${m.ruleId} ${m.severity} 「${m.actual}」@${m.start}-${m.end}: ${m.message}`)
      }
    }
    console.log(`\n${shown.length} errors listed`)
  }

  if (write) {
    const md = [
      '# kefu-lint evaluation',
      '',
      customCorpus
        ? `Generated by \`node scripts/eval.mjs --file ${corpusLabel}\` from the hand-labelled corpus \`${corpusLabel}\`.`
        : 'Generated by `node scripts/eval.mjs` from the hand-labelled corpus `fixtures/eval/replies.jsonl`.',
      'A reply is flagged for a rule when any finding has that ruleId; precision/recall are per reply.',
      '',
      ...summary.map((l) => `- ${l}`),
      '',
      table,
      '',
    ].join('\n')
    writeFileSync(resultsPath, md)
    console.log(`\nwrote ${relative(process.cwd(), resultsPath)}`)
  }

  const { scoreRealTraffic } = await import('./real/score.mjs')
  const unreviewed = argv.includes('--unreviewed') ? ['--unreviewed'] : []
  console.log('\n## Real traffic (JDDC)\n')
  await scoreRealTraffic(unreviewed)
  console.log('\n## Real traffic, second corpus (JDDCRec)\n')
  await scoreRealTraffic(['--corpus', 'jddcrec', ...unreviewed])
  console.log('\n## Real traffic, third corpus (USS/ASAP JDDC)\n')
  await scoreRealTraffic(['--corpus', 'asap', ...unreviewed])
}

function loadCorpus() {
  const lines = readFileSync(corpusPath, 'utf8').split('\n')
  const cases = []
  // A broken record is an error, not a silent "no findings": a set once lost 33 of its replies
  // to notes written into `profile`, and its scores were wrong until someone read the warnings.
  const problems = []
  lines.forEach((raw, i) => {
    if (!raw.trim()) return
    const where = `${corpusName} line ${i + 1}`
    let rec
    try {
      rec = JSON.parse(raw)
    } catch (error) {
      problems.push(`${where} is not JSON (${error.message})`)
      return
    }
    if (typeof rec.text !== 'string' || !Array.isArray(rec.labels)) {
      problems.push(`${where} lacks text/labels`)
      return
    }
    if (rec.profile !== undefined && !['marketplace', 'zh-TW', 'strict'].includes(rec.profile)) {
      problems.push(`${where}: unknown profile ${JSON.stringify(rec.profile)} (marketplace, zh-TW or strict; a reason belongs in "note")`)
    }
    for (const l of rec.labels) {
      if (!RULES.includes(l)) problems.push(`${where}: unknown label ${JSON.stringify(l)}`)
    }
    cases.push({ line: i + 1, text: rec.text, labels: rec.labels, previous: rec.previous, agentBefore: rec.agentBefore, agentAfter: rec.agentAfter, profile: rec.profile, note: rec.note, half: rec.half })
  })
  if (problems.length > 0) {
    for (const p of problems) console.error(`eval: ${p}`)
    console.error(`eval: ${corpusName}: ${problems.length} broken record(s); nothing scored`)
    process.exit(2)
  }
  return cases
}

/**
 * A kinds set names each record's kind in its note ("absolute-promise/bare-yes-answer: why"). A record that carries the
 * kind's rule is a must-flag instance of it; one that does not is a look-alike that must stay clean for that rule.
 */
function printByKind(cases) {
  const kinds = new Map()
  const unnamed = []
  for (const c of cases) {
    const m = /^([a-z-]+)\/([a-z0-9-]+)\s*:/.exec(c.note ?? '')
    if (!m || !RULES.includes(m[1])) {
      unnamed.push(c.line)
      continue
    }
    const rule = m[1]
    const k = kinds.get(m[0]) ?? { name: `${m[1]}/${m[2]}`, rule, pos: 0, hit: 0, neg: 0, fa: 0, lines: [] }
    kinds.set(m[0], k)
    const got = c.flagged.has(rule)
    if (c.labels.includes(rule)) {
      k.pos++
      if (got) k.hit++
      else k.lines.push(c.line)
    } else {
      k.neg++
      if (got) {
        k.fa++
        k.lines.push(c.line)
      }
    }
  }
  if (unnamed.length) console.error(`eval: ${unnamed.length} record(s) name no "<rule>/<kind>:" in their note (lines ${unnamed.slice(0, 10).join(', ')}…); not scored`)
  console.log(`corpus: ${corpusLabel}${onlyHalf ? ` (half ${onlyHalf})` : ''}: ${cases.length} records, ${kinds.size} kinds`)
  console.log('\n| kind | must-flag caught | look-alikes flagged | lines missed / falsely flagged |\n| --- | ---: | ---: | --- |')
  const total = { pos: 0, hit: 0, neg: 0, fa: 0 }
  for (const k of kinds.values()) {
    for (const f of Object.keys(total)) total[f] += k[f]
    console.log(`| \`${k.name}\` | ${k.pos ? `${k.hit}/${k.pos}` : ''} | ${k.neg ? `${k.fa}/${k.neg}` : ''} | ${k.lines.join(', ')} |`)
  }
  console.log(`| **all kinds** | ${total.hit}/${total.pos} (${fmt(ratio(total.hit, total.pos))}) | ${total.fa}/${total.neg} | |`)
}

function ratio(n, d) {
  return d === 0 ? undefined : n / d
}
function fmt(x) {
  return x === undefined ? '—' : x.toFixed(3)
}
function f1(p, r) {
  if (p === undefined || r === undefined) return undefined
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

function row(name, note, s) {
  const p = ratio(s.tp, s.tp + s.fp)
  const r = ratio(s.tp, s.tp + s.fn)
  return `| ${name} | ${note} | ${s.pos} | ${s.neg} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(p)} | ${fmt(r)} | ${fmt(f1(p, r))} |`
}

function renderTable(stats, registered) {
  const out = [
    '| rule | registered | positives | negatives | TP | FP | FN | precision | recall | F1 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  const sum = (ids) =>
    ids.reduce(
      (acc, id) => {
        for (const k of Object.keys(acc)) acc[k] += stats[id][k]
        return acc
      },
      { pos: 0, neg: 0, tp: 0, fp: 0, fn: 0 },
    )
  for (const id of RULES) out.push(row(`\`${id}\``, registered.has(id) ? 'yes' : 'no', stats[id]))
  const reg = RULES.filter((id) => registered.has(id))
  out.push(row('**micro (all 9 rules)**', '', sum(RULES)))
  if (reg.length < RULES.length) out.push(row('**micro (registered rules)**', `${reg.length}`, sum(reg)))
  return out.join('\n')
}
