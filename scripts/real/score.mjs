#!/usr/bin/env node
// Real-traffic measurement: lints the rebuilt JDDC agent replies (.real/jddc.jsonl, see
// scripts/real/rebuild.mjs) with the built library's default config and compares the result with
// the strict-QA labels in fixtures/eval/real/ (flags.jsonl: a verdict per flagged reply and rule;
// misses.jsonl: a seeded sample of replies that were unflagged when labelled, with the rules a
// strict QA lead would underline).
//
//   node scripts/real/score.mjs                      the table (also run by `npm run eval`)
//   node scripts/real/score.mjs --unreviewed         also list flags without a verdict, with text
//   node scripts/real/score.mjs --dump <file.jsonl>  write every current flag with its text (for
//                                                    review; keep it under .real/, never commit it)
//   node scripts/real/score.mjs --sample <n> <seed>  print n seeded random unflagged ids (the misses
//                                                    sample is drawn this way)
//
// Only severities error and warning count as flags. A measurement, never a test: exits 0.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
/**
 * The real corpora: texts rebuilt into .real/ (git-ignored), labels committed. `--corpus <name>` picks one;
 * jddc (the default) is every reply labelled, so it also gets a whole-corpus recall.
 */
export const CORPORA = {
  jddc: {
    title: 'JDDC agent replies (.real/jddc.jsonl)',
    corpus: '.real/jddc.jsonl',
    labels: 'fixtures/eval/real',
    rebuild: 'node scripts/real/rebuild.mjs',
    samples: ['misses.jsonl', 'misses-2.jsonl', 'misses-3.jsonl', 'misses-4.jsonl', 'misses-5.jsonl', 'misses-6.jsonl', 'misses-7.jsonl', 'misses-8.jsonl'],
    wholeCorpus: true,
  },
  // Twenty-first session: a second real corpus, first judged at cd0a559 (fixtures/eval/real-jddcrec/README.md).
  jddcrec: {
    title: 'JDDCRec agent replies (.real/jddcrec.jsonl)',
    corpus: '.real/jddcrec.jsonl',
    labels: 'fixtures/eval/real-jddcrec',
    rebuild: 'node scripts/real/rebuild-jddcrec.mjs',
    samples: ['misses.jsonl'],
    wholeCorpus: false,
  },
  // Twenty-second session: a third real corpus, first judged at ce7d3f5 (fixtures/eval/real-asap/README.md).
  asap: {
    title: 'USS/ASAP JDDC agent replies (.real/asap.jsonl)',
    corpus: '.real/asap.jsonl',
    labels: 'fixtures/eval/real-asap',
    rebuild: 'node scripts/real/rebuild-asap.mjs',
    samples: ['misses.jsonl'],
    wholeCorpus: false,
  },
  // Twenty-third session: a fourth real corpus, first judged at 140f095 (fixtures/eval/real-csds/README.md). Its
  // records carry their own agentBefore: the source cut long messages, which are context but not replies.
  csds: {
    title: 'CSDS JDDC agent replies (.real/csds.jsonl)',
    corpus: '.real/csds.jsonl',
    labels: 'fixtures/eval/real-csds',
    rebuild: 'node scripts/real/rebuild-csds.mjs',
    samples: ['misses.jsonl'],
    wholeCorpus: false,
  },
}
const distPath = join(root, 'dist/node.js')

/**
 * What the agent already sent in each reply's turn, as a transcript gives it (LintOptions.agentBefore): the replies
 * just before it in the file of the same dialogue, with consecutive turn indexes, answering the same customer message.
 * The first corpus joins such messages into one reply; the second and third keep them apart; the fourth's records
 * carry their own (`agentBefore`), which lintOptions prefers.
 */
export function agentBeforeOf(replies) {
  const out = new Map()
  for (let i = 1; i < replies.length; i++) {
    const a = splitId(replies[i - 1].id)
    const b = splitId(replies[i].id)
    if (!a || !b || a.dialogue !== b.dialogue || b.turn !== a.turn + 1 || replies[i].previous !== replies[i - 1].previous) continue
    const before = out.get(replies[i - 1].id)
    out.set(replies[i].id, before === undefined ? replies[i - 1].text : `${before}\n${replies[i - 1].text}`)
  }
  return out
}
/**
 * What the agent sends after each reply in its turn, before the customer speaks again (LintOptions.agentAfter), from
 * corpus order as agentBeforeOf reads it: the derived corpora chain replies with consecutive turn indexes answering the
 * same customer message; the fourth's records carry their own agentBefore (cut messages included), so a later record of
 * the same dialogue and customer message whose agentBefore begins with this reply's turn so far continues its turn.
 */
export function agentAfterOf(replies) {
  const out = new Map()
  for (let i = replies.length - 2; i >= 0; i--) {
    const r = replies[i]
    const next = replies[i + 1]
    if (r.agentBefore !== undefined || next.agentBefore !== undefined) {
      const so = r.agentBefore === undefined ? r.text : `${r.agentBefore}\n${r.text}`
      if (dialogueOf(r.id) !== dialogueOf(next.id) || next.previous !== r.previous || next.agentBefore === undefined) continue
      if (!next.agentBefore.startsWith(`${so}`) || (next.agentBefore.length > so.length && next.agentBefore[so.length] !== '\n')) continue
      const rest = next.agentBefore.slice(so.length + 1)
      const after = out.get(next.id)
      const joined = rest === '' ? next.text : `${rest}\n${next.text}`
      out.set(r.id, after === undefined ? joined : `${joined}\n${after}`)
      continue
    }
    const a = splitId(r.id)
    const b = splitId(next.id)
    if (!a || !b || a.dialogue !== b.dialogue || b.turn !== a.turn + 1 || next.previous !== r.previous) continue
    const after = out.get(next.id)
    out.set(r.id, after === undefined ? next.text : `${next.text}\n${after}`)
  }
  return out
}
/** The dialogue of a reply id: before its last `:` (turn index) or `-t` (the fourth corpus). */
function dialogueOf(id) {
  const at = Math.max(id.lastIndexOf(':'), id.lastIndexOf('-t'))
  return at > 0 ? id.slice(0, at) : id
}
function splitId(id) {
  const at = id.lastIndexOf(':')
  const turn = Number(id.slice(at + 1))
  return at > 0 && Number.isInteger(turn) ? { dialogue: id.slice(0, at), turn } : undefined
}
function lintOptions(r, before, after) {
  const agentBefore = r.agentBefore ?? before.get(r.id)
  const agentAfter = after?.get(r.id)
  if (agentBefore === undefined && agentAfter === undefined) return r.previous !== undefined ? { previous: r.previous } : undefined
  const options = { previous: r.previous }
  if (agentBefore !== undefined) options.agentBefore = agentBefore
  if (agentAfter !== undefined) options.agentAfter = agentAfter
  return options
}

export async function scoreRealTraffic(argv = []) {
  const corpusArg = argv.indexOf('--corpus')
  const name = corpusArg >= 0 ? argv[corpusArg + 1] : 'jddc'
  const spec = CORPORA[name]
  if (!spec) throw new Error(`real traffic: unknown corpus ${JSON.stringify(name)}; known: ${Object.keys(CORPORA).join(', ')}`)
  const corpusPath = join(root, spec.corpus)
  const labelDir = join(root, spec.labels)
  if (!existsSync(corpusPath)) {
    console.log(`real traffic: ${spec.corpus} not found; run \`${spec.rebuild}\` to measure it`)
    return
  }
  if (!existsSync(distPath)) {
    console.log('real traffic: dist/node.js not found; run `npm run build` first')
    return
  }
  const { createLinter } = await import(pathToFileURL(distPath).href)
  const linter = createLinter()
  const replies = readJsonl(corpusPath)
  const byId = new Map(replies.map((r) => [r.id, r]))

  // Current flags: one per (reply, rule); the most severe finding's span stands for it.
  const flags = [] // { id, rule, severity, actual, start, end }
  const flaggedIds = new Set()
  let crashes = 0
  const before = agentBeforeOf(replies)
  const after = agentAfterOf(replies)
  for (const r of replies) {
    let messages = []
    try {
      messages = linter.lint(r.text, lintOptions(r, before, after)).messages
    } catch (error) {
      crashes++
      console.error(`real traffic: ${r.id} threw: ${error?.message ?? error}`)
    }
    const perRule = new Map()
    for (const m of messages) {
      if (m.severity !== 'error' && m.severity !== 'warning') continue
      const seen = perRule.get(m.ruleId)
      if (!seen || (seen.severity === 'warning' && m.severity === 'error')) perRule.set(m.ruleId, m)
    }
    for (const [rule, m] of perRule) {
      flags.push({ id: r.id, rule, severity: m.severity, actual: m.actual, start: m.start, end: m.end, message: m.message })
      flaggedIds.add(r.id)
    }
  }

  const sampleArg = argv.indexOf('--sample')
  if (sampleArg >= 0) {
    const n = Number(argv[sampleArg + 1])
    const seed = Number(argv[sampleArg + 2])
    const unflagged = replies.filter((r) => !flaggedIds.has(r.id)).map((r) => r.id)
    for (const id of seededSample(unflagged, n, seed)) console.log(id)
    return
  }

  const dumpArg = argv.indexOf('--dump')
  if (dumpArg >= 0) {
    const out = argv[dumpArg + 1]
    const lines = flags.map((f) => JSON.stringify({ ...f, text: byId.get(f.id).text, previous: byId.get(f.id).previous }))
    writeFileSync(out, lines.join('\n') + '\n')
    console.log(`real traffic: wrote ${flags.length} flags to ${relative(process.cwd(), out)}`)
  }

  const verdicts = new Map() // "id\trule" -> { verdict, reason }
  const flagsLabelPath = join(labelDir, 'flags.jsonl')
  if (existsSync(flagsLabelPath)) {
    for (const v of readJsonl(flagsLabelPath)) verdicts.set(`${v.id}\t${v.rule}`, v)
  }
  // Miss samples, each drawn from the replies unflagged when it was labelled (README): the
  // first at 3e7a639 (seed 8), the second at 1491ecf (seed 9, without the first's ids), the third
  // at 9d53913 (seed 10, without the first two samples' ids), the fourth at 8c8546c (seed 11,
  // without the first three samples' ids), the fifth at ca1d86d (seed 12, without the first four's).
  const samples = spec.samples
    .filter((name) => existsSync(join(labelDir, name)))
    .map((name) => ({ name, rows: readJsonl(join(labelDir, name)) }))
  const sample = samples.flatMap((s) => s.rows)

  // Upheld share per rule.
  const perRule = new Map()
  const unreviewed = []
  const repliesWithFalseAlarmOnly = new Map() // id -> all flags not upheld?
  for (const f of flags) {
    const s = perRule.get(f.rule) ?? { flags: 0, upheld: 0, notUpheld: 0, unreviewed: 0 }
    perRule.set(f.rule, s)
    s.flags++
    const v = verdicts.get(`${f.id}\t${f.rule}`)
    if (!v) {
      s.unreviewed++
      unreviewed.push(f)
    } else if (v.verdict === 'upheld') s.upheld++
    else s.notUpheld++
    const prev = repliesWithFalseAlarmOnly.get(f.id) ?? true
    repliesWithFalseAlarmOnly.set(f.id, prev && v?.verdict === 'not-upheld')
  }
  const rules = [...perRule.keys()].sort()
  const total = { flags: 0, upheld: 0, notUpheld: 0, unreviewed: 0 }
  const out = []
  out.push(`real traffic: ${replies.length} ${spec.title}, default config, error+warning counted`)
  if (crashes) out.push(`lint threw on ${crashes} replies (counted as no findings)`)
  out.push(`replies flagged: ${flaggedIds.size}; flags (reply × rule): ${flags.length}`)
  out.push('')
  out.push('| rule | flags | upheld | not upheld | unreviewed | upheld share (reviewed) |')
  out.push('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const rule of rules) {
    const s = perRule.get(rule)
    for (const k of Object.keys(total)) total[k] += s[k]
    out.push(`| \`${rule}\` | ${s.flags} | ${s.upheld} | ${s.notUpheld} | ${s.unreviewed} | ${pct(s.upheld, s.upheld + s.notUpheld)} |`)
  }
  out.push(`| **all rules** | ${total.flags} | ${total.upheld} | ${total.notUpheld} | ${total.unreviewed} | ${pct(total.upheld, total.upheld + total.notUpheld)} |`)

  // Reason classes of the current false alarms, so a rule change can be aimed at the largest.
  const classes = new Map() // rule -> Map(reason -> n)
  for (const f of flags) {
    const v = verdicts.get(`${f.id}\t${f.rule}`)
    if (v?.verdict !== 'not-upheld') continue
    const m = classes.get(f.rule) ?? new Map()
    classes.set(f.rule, m)
    m.set(v.reason, (m.get(v.reason) ?? 0) + 1)
  }
  if (classes.size) {
    out.push('')
    out.push('false alarms by class:')
    for (const rule of [...classes.keys()].sort()) {
      const list = [...classes.get(rule)].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ×${n}`)
      out.push(`  ${rule}: ${list.join(', ')}`)
    }
  }

  // Labelled flags that the current linter no longer raises (rule changes removed them).
  const current = new Set(flags.map((f) => `${f.id}\t${f.rule}`))
  let goneUpheld = 0
  let goneNotUpheld = 0
  for (const [key, v] of verdicts) {
    if (current.has(key) || !byId.has(v.id)) continue
    if (v.verdict === 'upheld') goneUpheld++
    else goneNotUpheld++
  }
  out.push('')
  out.push(`labelled flags no longer raised: ${goneNotUpheld} false alarms gone, ${goneUpheld} upheld flags lost`)

  // Clean replies flagged, estimated over the whole corpus: false-alarm-only flagged replies
  // against all clean replies (unflagged ones estimated from the sample's clean share).
  const falseOnly = [...repliesWithFalseAlarmOnly.values()].filter(Boolean).length
  const sampled = sample.filter((s) => byId.has(s.id))
  const sampledClean = sampled.filter((s) => s.rules.length === 0)
  const sampledCleanUnflagged = sampledClean.filter((s) => !flaggedIds.has(s.id)).length
  const unflaggedCount = replies.length - flaggedIds.size
  if (sampled.length) {
    const sampledUnflagged = sampled.filter((s) => !flaggedIds.has(s.id))
    const cleanShare = sampledUnflagged.length ? sampledUnflagged.filter((s) => s.rules.length === 0).length / sampledUnflagged.length : 1
    const cleanEstimate = falseOnly + unflaggedCount * cleanShare
    out.push(`clean replies flagged (estimate): ${falseOnly} flagged replies with only false alarms / ~${Math.round(cleanEstimate)} clean replies = ${pct(falseOnly, cleanEstimate)}` +
      (unreviewed.length ? ' (unreviewed flags not counted as false alarms)' : ''))
    out.push(`clean sampled replies flagged now: ${sampledClean.length - sampledCleanUnflagged}/${sampledClean.length} (${pct(sampledClean.length - sampledCleanUnflagged, sampledClean.length)})`)

    for (const one of samples) missesBlock(one.name, one.rows.filter((s) => byId.has(s.id)))
    if (spec.wholeCorpus) wholeCorpusBlock()
  } else {
    out.push(`misses sample: ${spec.labels}/${spec.samples[0]} not found`)
  }

  /**
   * Recall over every labelled problem (reply × rule): the upheld flag verdicts and the rules of
   * every misses sample. Since misses-8 every reply has a label (flagged ones by verdict, the rest
   * by a sample), so this is the whole corpus's recall; the labels come from several reviewers at
   * several linter versions, and samples already read by a round are not first-sight evidence.
   */
  function wholeCorpusBlock() {
    const problems = new Set()
    const labelled = new Set()
    for (const [key, v] of verdicts) {
      labelled.add(v.id)
      if (v.verdict === 'upheld') problems.add(key)
    }
    for (const s of sample) {
      labelled.add(s.id)
      for (const rule of s.rules) problems.add(`${s.id}\t${rule}`)
    }
    const byRule = new Map()
    for (const key of problems) {
      if (!byId.has(key.split('\t')[0])) continue
      const rule = key.split('\t')[1]
      const m = byRule.get(rule) ?? { problems: 0, caught: 0 }
      byRule.set(rule, m)
      m.problems++
      if (current.has(key)) m.caught++
    }
    const all = [...byRule.values()].reduce((a, m) => ({ problems: a.problems + m.problems, caught: a.caught + m.caught }), { problems: 0, caught: 0 })
    const covered = replies.filter((r) => labelled.has(r.id)).length
    out.push('')
    out.push(`whole corpus: ${covered}/${replies.length} replies carry a label; ${all.problems} labelled problems (reply × rule), caught now ${all.caught} = recall ${pct(all.caught, all.problems)}`)
    out.push('')
    out.push('| rule | labelled problems | caught now | recall |')
    out.push('| --- | ---: | ---: | ---: |')
    for (const [rule, m] of [...byRule].sort((a, b) => b[1].problems - a[1].problems)) out.push(`| \`${rule}\` | ${m.problems} | ${m.caught} | ${pct(m.caught, m.problems)} |`)
  }

  /** Misses in one sample: labelled rules the linter does not raise now. */
  function missesBlock(name, sampled) {
    const missPerRule = new Map()
    for (const s of sampled) {
      const got = new Set(flags.filter((f) => f.id === s.id).map((f) => f.rule))
      for (const rule of s.rules) {
        const m = missPerRule.get(rule) ?? { labelled: 0, caughtNow: 0, classes: new Map() }
        missPerRule.set(rule, m)
        m.labelled++
        if (got.has(rule)) m.caughtNow++
        else if (s.reason) m.classes.set(s.reason, (m.classes.get(s.reason) ?? 0) + 1)
      }
    }
    const withMiss = sampled.filter((s) => s.rules.length > 0).length
    out.push('')
    out.push(`misses in the sample ${name}: ${withMiss}/${sampled.length} sampled replies carry a problem the linter did not flag when labelled` +
      ` (≈ ${Math.round((withMiss / sampled.length) * unflaggedCount)} of ${unflaggedCount} unflagged replies)`)
    if (missPerRule.size) {
      out.push('')
      out.push('| rule | misses labelled in sample | caught now | still missed | classes still missed |')
      out.push('| --- | ---: | ---: | ---: | --- |')
      for (const [rule, m] of [...missPerRule].sort((a, b) => b[1].labelled - a[1].labelled)) {
        const list = [...m.classes].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ×${n}`).join(', ')
        out.push(`| \`${rule}\` | ${m.labelled} | ${m.caughtNow} | ${m.labelled - m.caughtNow} | ${list} |`)
      }
    }
  }
  console.log(out.join('\n'))

  if (unreviewed.length) {
    console.log(`\n${unreviewed.length} flags are unreviewed` + (argv.includes('--unreviewed') ? ':' : ' (--unreviewed lists them)'))
    if (argv.includes('--unreviewed')) {
      for (const f of unreviewed) {
        const r = byId.get(f.id)
        console.log(`- ${f.id} ${f.rule} ${f.severity} 「${f.actual}」 text=${JSON.stringify(r.text)}${r.previous !== undefined ? ` previous=${JSON.stringify(r.previous)}` : ''}`)
      }
    }
  }
}

/** Deterministic Fisher–Yates draw (mulberry32) so the misses sample can be re-drawn exactly. */
export function seededSample(items, n, seed) {
  let a = seed >>> 0
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy.slice(0, n)
}

function readJsonl(path) {
  const rows = []
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return
    try {
      rows.push(JSON.parse(line))
    } catch (error) {
      console.error(`real traffic: ${relative(root, path)} line ${i + 1} is not JSON (${error.message}); skipped`)
    }
  })
  return rows
}

function pct(n, d) {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '—'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  scoreRealTraffic(process.argv.slice(2))
    .catch((error) => console.error(`real traffic: ${error?.stack ?? error}`))
    .finally(() => {
      process.exitCode = 0
    })
}
