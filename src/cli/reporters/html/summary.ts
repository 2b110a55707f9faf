import { normalizePhrase } from '../../../normalize/normalize.js'
import type { CliMessage, FileResult, RecordInfo, Severity } from '../../types.js'
import { bucketStart, chooseUnit, nextBucket, parseWallClock, type TimeUnit } from './time.js'

/**
 * Everything the HTML report shows, aggregated in one pass over the messages. The page is built
 * from this summary only, so its size depends on the number of agents, rules and buckets and on
 * the capped lists — never on the number of replies.
 */

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
/** How much a problem weighs when ranking the worst replies. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 10, warning: 3, info: 1 }

export const LIMITS = {
  worstReplies: 50,
  otherOccurrences: 5,
  phrasesPerRule: 10,
  expectedPerPhrase: 3,
  chartGroups: 30,
  fileRows: 200,
  fileErrors: 100,
} as const

export type SeverityCounts = Record<Severity, number>

export interface GroupStats {
  name: string
  /** Replies linted for this agent/file; undefined when the input did not say. */
  replies: number | undefined
  flaggedReplies: number
  problems: number
  bySeverity: SeverityCounts
  byRule: Map<string, number>
}

export interface PhraseStats {
  /** The spelling seen most often (phrases are grouped by their normalised form). */
  phrase: string
  count: number
  expected: Array<[suggestion: string, count: number]>
}

export interface RuleStats {
  ruleId: string
  url: string | undefined
  problems: number
  flaggedReplies: number
  bySeverity: SeverityCounts
  phrases: PhraseStats[]
  /** Distinct offending phrases, of which `phrases` shows the most frequent. */
  distinctPhrases: number
}

export interface Timeline {
  unit: TimeUnit
  buckets: Array<{ start: number; bySeverity: SeverityCounts }>
  first: number
  last: number
  /** Problems whose record had no readable time. */
  untimed: number
}

export interface Occurrence {
  file: string
  record: RecordInfo
  line: number
  column: number
}

export interface ReplyEntry {
  file: string
  record: RecordInfo
  messages: CliMessage[]
  score: number
  /**
   * How often this exact reply was flagged the same way. Agents paste canned replies: the worst
   * list shows each distinct reply once, with where else it was sent.
   */
  count: number
  /** Other places it was sent (the first few). */
  others: Occurrence[]
}

export interface FileRow {
  file: string
  replies: number
  problems: number
  errors: number
}

export interface Summary {
  files: number
  replies: number
  flaggedReplies: number
  problems: number
  bySeverity: SeverityCounts
  /** Agents when the input names speakers; files otherwise (canned-reply libraries). */
  groupBy: 'agent' | 'file'
  /** Whether every group's reply count is known, so rates per 100 replies can be shown. */
  groupRepliesKnown: boolean
  groups: GroupStats[]
  rules: RuleStats[]
  timeline: Timeline | undefined
  worst: ReplyEntry[]
  /** Distinct flagged replies beyond the worst list. */
  worstOmitted: number
  fileRows: FileRow[]
  fileErrors: Array<{ file: string; line?: number; message: string }>
  fileErrorsTotal: number
}

/** Label of messages with no speaker in a transcript that otherwise names them. */
export const NO_SPEAKER = '(未署名 unnamed)'

const zero = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 })

interface RuleAcc {
  stats: Omit<RuleStats, 'phrases' | 'distinctPhrases' | 'flaggedReplies'>
  replies: Set<string>
  phrases: Map<string, { forms: Map<string, number>; count: number; expected: Map<string, number> }>
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

function top<K>(map: Map<K, number>, n: number): Array<[K, number]> {
  // Ties broken by key so equal inputs always produce the same page.
  return [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, n)
}

export function summarize(results: readonly FileResult[]): Summary {
  const bySeverity = zero()
  const groupBy = results.some((r) => r.agents && Object.keys(r.agents).length > 0 || r.messages.some((m) => m.record.speaker !== undefined))
    ? 'agent'
    : 'file'
  const groups = new Map<string, GroupStats & { flagged: Set<string> }>()
  const rules = new Map<string, RuleAcc>()
  const replies = new Map<string, ReplyEntry>()
  const times: Array<[minute: number, severity: Severity]> = []
  let untimed = 0
  let groupRepliesKnown = true
  let totalReplies = 0
  let problems = 0
  const fileRows: FileRow[] = []
  const fileErrors: Summary['fileErrors'] = []
  let fileErrorsTotal = 0

  const group = (name: string): GroupStats & { flagged: Set<string> } => {
    let g = groups.get(name)
    if (!g) {
      g = { name, replies: 0, flaggedReplies: 0, problems: 0, bySeverity: zero(), byRule: new Map(), flagged: new Set() }
      groups.set(name, g)
    }
    return g
  }

  results.forEach((result, fileIndex) => {
    totalReplies += result.replies
    problems += result.messages.length
    fileRows.push({ file: result.file, replies: result.replies, problems: result.messages.length, errors: result.errors.length })
    fileErrorsTotal += result.errors.length
    for (const e of result.errors) {
      if (fileErrors.length < LIMITS.fileErrors) fileErrors.push({ file: result.file, line: e.line, message: e.message })
    }

    if (groupBy === 'file') {
      const g = group(result.file)
      g.replies! += result.replies
    } else if (result.agents) {
      for (const [name, n] of Object.entries(result.agents)) group(name).replies! += n
    } else if (!result.messages.some((m) => m.record.speaker !== undefined)) {
      // No speakers in this file (a canned-reply library beside transcripts): its replies are
      // exactly the unnamed ones.
      group(NO_SPEAKER).replies! += result.replies
    } else {
      // A transcript whose reader did not count replies per speaker: rates would be guesses.
      groupRepliesKnown = false
    }

    for (const m of result.messages) {
      bySeverity[m.severity]++
      const replyKey = `${fileIndex}:${m.record.index}`

      let reply = replies.get(replyKey)
      if (!reply) {
        reply = { file: result.file, record: m.record, messages: [], score: 0, count: 1, others: [] }
        replies.set(replyKey, reply)
      }
      reply.messages.push(m)
      reply.score += SEVERITY_WEIGHT[m.severity]

      const g = group(groupBy === 'file' ? result.file : (m.record.speaker ?? NO_SPEAKER))
      g.problems++
      g.bySeverity[m.severity]++
      bump(g.byRule, m.ruleId)
      g.flagged.add(replyKey)

      let r = rules.get(m.ruleId)
      if (!r) {
        r = { stats: { ruleId: m.ruleId, url: m.url, problems: 0, bySeverity: zero() }, replies: new Set(), phrases: new Map() }
        rules.set(m.ruleId, r)
      }
      r.stats.problems++
      r.stats.bySeverity[m.severity]++
      r.replies.add(replyKey)
      const key = normalizePhrase(m.actual)
      let p = r.phrases.get(key)
      if (!p) {
        p = { forms: new Map(), count: 0, expected: new Map() }
        r.phrases.set(key, p)
      }
      p.count++
      bump(p.forms, m.actual)
      for (const e of m.expected) bump(p.expected, e)

      const minute = parseWallClock(m.record.time)
      if (minute === undefined) untimed++
      else times.push([minute, m.severity])
    }
  })

  const known = groupBy === 'file' || groupRepliesKnown
  const groupList = [...groups.values()].map(({ flagged, ...g }) => ({
    ...g,
    flaggedReplies: flagged.size,
    // A reader that under-counted must not produce "120 % of replies flagged".
    replies: known ? Math.max(g.replies ?? 0, flagged.size) : undefined,
  }))
  const rate = (g: GroupStats) => (g.replies ? g.problems / g.replies : g.replies === 0 ? 0 : g.problems)
  groupList.sort((a, b) => rate(b) - rate(a) || b.problems - a.problems || a.name.localeCompare(b.name))

  const ruleList: RuleStats[] = [...rules.values()].map((r) => ({
    ...r.stats,
    flaggedReplies: r.replies.size,
    distinctPhrases: r.phrases.size,
    phrases: [...r.phrases.values()]
      .sort((a, b) => b.count - a.count || top(a.forms, 1)[0]![0].localeCompare(top(b.forms, 1)[0]![0]))
      .slice(0, LIMITS.phrasesPerRule)
      .map((p) => ({ phrase: top(p.forms, 1)[0]![0], count: p.count, expected: top(p.expected, LIMITS.expectedPerPhrase) })),
  }))
  ruleList.sort((a, b) => b.problems - a.problems || a.ruleId.localeCompare(b.ruleId))

  const ranked = rankReplies(replies.values())

  return {
    files: results.length,
    replies: totalReplies,
    flaggedReplies: replies.size,
    problems,
    bySeverity,
    groupBy,
    groupRepliesKnown: known,
    groups: groupList,
    rules: ruleList,
    timeline: buildTimeline(times, untimed),
    worst: ranked.slice(0, LIMITS.worstReplies),
    worstOmitted: Math.max(0, ranked.length - LIMITS.worstReplies),
    fileRows,
    fileErrors,
    fileErrorsTotal,
  }
}

const sig = (m: CliMessage) => `${m.ruleId}\u0001${m.severity}\u0001${m.start}\u0001${m.end}`

/** Distinct replies (same text, same problems), worst first; ties by count, then by position. */
function rankReplies(all: Iterable<ReplyEntry>): ReplyEntry[] {
  const distinct = new Map<string | ReplyEntry, ReplyEntry>()
  for (const r of all) {
    r.messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
    // Without the reply text two replies cannot be told to be the same.
    const key = r.record.text === undefined ? r : `${r.record.text}\u0000${r.messages.map(sig).join('\u0000')}`
    const seen = distinct.get(key)
    if (!seen) {
      distinct.set(key, r)
      continue
    }
    seen.count++
    // Results arrive in file order, so the representative is the first place it was sent.
    if (seen.others.length < LIMITS.otherOccurrences) {
      seen.others.push({ file: r.file, record: r.record, line: r.messages[0]!.line, column: r.messages[0]!.column })
    }
  }
  return [...distinct.values()].sort(
    (a, b) =>
      b.score - a.score ||
      b.count - a.count ||
      b.messages.length - a.messages.length ||
      a.file.localeCompare(b.file) ||
      a.record.index - b.record.index,
  )
}

function buildTimeline(times: Array<[number, Severity]>, untimed: number): Timeline | undefined {
  if (times.length === 0) return undefined
  let first = Infinity
  let last = -Infinity
  for (const [t] of times) {
    if (t < first) first = t
    if (t > last) last = t
  }
  const unit = chooseUnit(first, last)
  const buckets: Timeline['buckets'] = []
  const index = new Map<number, number>()
  for (let s = bucketStart(first, unit); s <= last; s = nextBucket(s, unit)) {
    index.set(s, buckets.length)
    buckets.push({ start: s, bySeverity: zero() })
  }
  for (const [t, severity] of times) buckets[index.get(bucketStart(t, unit))!]!.bySeverity[severity]++
  return { unit, buckets, first, last, untimed }
}
