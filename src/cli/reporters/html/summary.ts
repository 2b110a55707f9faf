import { normalizePhrase } from '../../../normalize/normalize.js'
import { own } from '../../agent.js'
import type { CliMessage, FileResult, FileSummary, RecordInfo, Severity } from '../../types.js'
import { summaryOf } from '../summary.js'
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
  /** Whether rare phrases were let go to bound memory: `distinctPhrases` is then a lower bound. */
  distinctPhrasesAtLeast?: boolean
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

/** A distinct flagged reply as ranking and counting need it (see SummaryBuilder.commitReply). */
export interface Kept {
  file: string
  /** `record.index`. */
  index: number
  /** `messages.length`. */
  findings: number
  score: number
  /** How often this exact reply was flagged the same way. */
  count: number
}

/** The reply being read: its findings as the library gave them (not copied: they die with it). */
interface OpenReply {
  file: string
  record: RecordInfo
  messages: CliMessage[]
  score: number
}

export interface ReplyEntry extends Kept {
  record: RecordInfo
  messages: CliMessage[]
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
  /** A workbook's problems per sheet, in the order the sheets were read. */
  sheets?: { name: string; problems: number }[]
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
  flaggedReplies: number
  phrases: Map<string, PhraseAcc>
  /** Phrases let go by pruneRare (a phone number seen once); their counts are lost. */
  pruned: boolean
}

/**
 * One phrase of a rule (by its normalised form). Most phrases are spelt one way and have the
 * same suggestions every time: the maps are made only when a second spelling or a suggestion
 * comes. Kept strings are copies (`own`): `actual` is cut from the reply, which is cut from the
 * chunk of the file it was read from, and a kept slice would keep that whole chunk.
 */
interface PhraseAcc {
  count: number
  /** The first spelling seen; the only one while `forms` is undefined. */
  form: string
  /** Every spelling and how often it was seen, once there are two. */
  forms: Map<string, number> | undefined
  expected: Map<string, number> | undefined
}

/** The spelling seen most often (ties: the first by collation). */
const formOf = (p: PhraseAcc): string => (p.forms ? top(p.forms, 1)[0]![0] : p.form)

/**
 * Distinct phrases kept per rule. Phone numbers, handles and addresses make a rule's phrases
 * as many as its findings, so beyond this many the rarer half is let go (as with the worst
 * replies): the table of the most frequent phrases stays exact for any phrase seen more often
 * than the ones dropped, and memory stays bounded for every input.
 */
export const PHRASES_KEPT = 2_000

function pruneRare(r: RuleAcc): void {
  const kept = [...r.phrases].sort((a, b) => b[1].count - a[1].count).slice(0, PHRASES_KEPT / 2)
  r.phrases = new Map(kept)
  r.pruned = true
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

function top<K>(map: Map<K, number>, n: number): Array<[K, number]> {
  // Ties broken by key so equal inputs always produce the same page.
  return [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, n)
}

type Group = GroupStats & { replies: number }

/**
 * Distinct flagged replies kept for the worst list. Beyond this many, the lowest-ranked half
 * is dropped (a reply can only climb back by being flagged again); the list stays exact for
 * any input with fewer distinct flagged replies, and memory stays bounded for every input.
 */
export const DISTINCT_REPLIES_KEPT = 2_000

/**
 * Builds the summary as findings stream by (a file's findings, then its end), keeping counts,
 * bounded tables and the worst replies — never every finding.
 */
export class SummaryBuilder {
  private readonly bySeverity = zero()
  private readonly fileGroups = new Map<string, Group>()
  private readonly agentGroups = new Map<string, Group>()
  private readonly rules = new Map<string, RuleAcc>()
  private readonly distinct = new Map<string | Kept, Kept>()
  /** How many of `distinct` have each score. */
  private readonly byScore = new Map<number, number>()
  private droppedReplies = 0
  /**
   * Findings per hour (the chart's finest bucket), with the first and last minute seen: kept
   * per minute, a transcript spanning months made this map grow with its time span (130k
   * entries for three months of traffic), for buckets never finer than an hour.
   */
  private readonly hours = new Map<number, SeverityCounts>()
  private firstMinute = Infinity
  private lastMinute = -Infinity
  private untimed = 0
  private files = 0
  private totalReplies = 0
  private problems = 0
  private flaggedReplies = 0
  private speakers = false
  private agentsKnown = true
  private readonly fileRows: FileRow[] = []
  private readonly fileErrors: Summary['fileErrors'] = []
  private fileErrorsTotal = 0
  // The reply being read: its findings are contiguous in a file's stream.
  private reply: OpenReply | undefined
  private replyRules = new Set<string>()
  private fileSpeakers = false
  private fileProblems = 0
  private fileSheets: NonNullable<FileRow['sheets']> = []

  findings(file: string, messages: readonly CliMessage[]): void {
    for (const m of messages) {
      this.bySeverity[m.severity]++
      this.problems++
      this.fileProblems++
      if (m.record.sheet !== undefined) {
        let sheet = this.fileSheets[this.fileSheets.length - 1]
        if (sheet?.name !== m.record.sheet) this.fileSheets.push((sheet = { name: own(m.record.sheet), problems: 0 }))
        sheet.problems++
      }
      if (!this.reply || this.reply.record.index !== m.record.index) {
        this.commitReply()
        this.reply = { file, record: m.record, messages: [], score: 0 }
        this.flaggedReplies++
        this.replyRules.clear()
      }
      const reply = this.reply
      reply.messages.push(m)
      reply.score += SEVERITY_WEIGHT[m.severity]
      if (m.record.speaker !== undefined) this.fileSpeakers = this.speakers = true
      const newReply = reply.messages.length === 1

      for (const g of [group(this.fileGroups, file), group(this.agentGroups, m.record.speaker ?? NO_SPEAKER)]) {
        g.problems++
        g.bySeverity[m.severity]++
        bump(g.byRule, m.ruleId)
        if (newReply) g.flaggedReplies++
      }

      let r = this.rules.get(m.ruleId)
      if (!r) {
        r = { stats: { ruleId: m.ruleId, url: m.url, problems: 0, bySeverity: zero() }, flaggedReplies: 0, phrases: new Map(), pruned: false }
        this.rules.set(m.ruleId, r)
      }
      r.stats.problems++
      r.stats.bySeverity[m.severity]++
      if (!this.replyRules.has(m.ruleId)) {
        this.replyRules.add(m.ruleId)
        r.flaggedReplies++
      }
      const key = normalizePhrase(m.actual)
      let p = r.phrases.get(key)
      if (!p) {
        if (r.phrases.size >= PHRASES_KEPT) pruneRare(r)
        p = { count: 0, form: own(m.actual), forms: undefined, expected: undefined }
        r.phrases.set(own(key), p)
      }
      p.count++
      if (p.forms) {
        const n = p.forms.get(m.actual)
        p.forms.set(n === undefined ? own(m.actual) : m.actual, (n ?? 0) + 1)
      } else if (m.actual !== p.form) {
        p.forms = new Map([[p.form, p.count - 1]])
        p.forms.set(own(m.actual), 1)
      }
      if (m.expected.length) {
        const expected = (p.expected ??= new Map())
        for (const e of m.expected) bump(expected, e)
      }

      const minute = parseWallClock(m.record.time)
      if (minute === undefined) this.untimed++
      else {
        if (minute < this.firstMinute) this.firstMinute = minute
        if (minute > this.lastMinute) this.lastMinute = minute
        const hour = bucketStart(minute, 'hour')
        let c = this.hours.get(hour)
        if (!c) this.hours.set(hour, (c = zero()))
        c[m.severity]++
      }
    }
  }

  end(result: FileSummary): void {
    this.commitReply()
    this.reply = undefined
    this.files++
    this.totalReplies += result.replies
    this.fileRows.push({ file: result.file, replies: result.replies, problems: this.fileProblems, errors: result.errors.length, ...(this.fileSheets.length ? { sheets: this.fileSheets } : {}) })
    this.fileSheets = []
    this.fileErrorsTotal += result.errors.length
    for (const e of result.errors) {
      if (this.fileErrors.length < LIMITS.fileErrors) this.fileErrors.push({ file: result.file, line: e.line, message: e.message })
    }
    group(this.fileGroups, result.file).replies += result.replies
    if (result.agents && Object.keys(result.agents).length > 0) this.speakers = true
    if (result.agents) {
      for (const [name, n] of Object.entries(result.agents)) group(this.agentGroups, name).replies += n
    } else if (!this.fileSpeakers) {
      // No speakers in this file (a canned-reply library beside transcripts): its replies are
      // exactly the unnamed ones.
      group(this.agentGroups, NO_SPEAKER).replies += result.replies
    } else {
      // A transcript whose reader did not count replies per speaker: rates would be guesses.
      this.agentsKnown = false
    }
    this.fileSpeakers = false
    this.fileProblems = 0
  }

  build(): Summary {
    this.commitReply()
    this.reply = undefined
    const groupBy = this.speakers ? 'agent' : 'file'
    const known = groupBy === 'file' || this.agentsKnown
    const groups = groupBy === 'file' ? this.fileGroups : this.agentGroups
    const groupList = [...groups.values()]
      .map((g) => ({
        ...g,
        byRule: new Map(g.byRule),
        bySeverity: { ...g.bySeverity },
        // A reader that under-counted must not produce "120 % of replies flagged".
        replies: known ? Math.max(g.replies, g.flaggedReplies) : undefined,
      }))
    const rate = (g: GroupStats) => (g.replies ? g.problems / g.replies : g.replies === 0 ? 0 : g.problems)
    groupList.sort((a, b) => rate(b) - rate(a) || b.problems - a.problems || a.name.localeCompare(b.name))

    const ruleList: RuleStats[] = [...this.rules.values()].map((r) => ({
      ...r.stats,
      flaggedReplies: r.flaggedReplies,
      distinctPhrases: r.phrases.size,
      ...(r.pruned ? { distinctPhrasesAtLeast: true } : {}),
      phrases: [...r.phrases.values()]
        .sort((a, b) => b.count - a.count || formOf(a).localeCompare(formOf(b)))
        .slice(0, LIMITS.phrasesPerRule)
        .map((p) => ({ phrase: formOf(p), count: p.count, expected: p.expected ? top(p.expected, LIMITS.expectedPerPhrase) : [] })),
    }))
    ruleList.sort((a, b) => b.problems - a.problems || a.ruleId.localeCompare(b.ruleId))

    const ranked = rank([...this.distinct.values()])
    // Every reply that can be on the page is a full entry (see commitReply).
    const worst = ranked.slice(0, LIMITS.worstReplies) as ReplyEntry[]
    return {
      files: this.files,
      replies: this.totalReplies,
      flaggedReplies: this.flaggedReplies,
      problems: this.problems,
      bySeverity: { ...this.bySeverity },
      groupBy,
      groupRepliesKnown: known,
      groups: groupList,
      rules: ruleList,
      timeline: buildTimeline(this.hours, this.firstMinute, this.lastMinute, this.untimed),
      worst,
      worstOmitted: Math.max(0, ranked.length + this.droppedReplies - LIMITS.worstReplies),
      fileRows: this.fileRows,
      fileErrors: this.fileErrors,
      fileErrorsTotal: this.fileErrorsTotal,
    }
  }

  /**
   * A reply's findings are complete: it joins the distinct replies of the worst list.
   *
   * Only a reply that can still reach the page is copied (its record and messages, detached
   * from the chunk of the file they were cut from). One that cannot is kept as a `Tally`: what
   * ranking and counting need (score, count, number of findings, file, index) and its key. A
   * reply cannot reach the page once `LIMITS.worstReplies` kept replies score higher than it:
   * they rank above it whatever the counts do, and they are never all dropped (a reply is dropped
   * only below `DISTINCT_REPLIES_KEPT / 2` others, which score at least as high). Kept whole,
   * every flagged reply's copies lived until the next `dropLowest` (1,000–2,000 flagged replies
   * later) and were promoted: ~175 MB of a 1M-line transcript's html run, against ~55 MB for json.
   */
  private commitReply(): void {
    const r = this.reply
    if (!r) return
    this.reply = undefined
    const messages = r.messages
    messages.sort(byStart)
    // Without the reply text two replies cannot be told to be the same.
    const text = r.record.text
    const key = text === undefined ? undefined : own(`${text}\u0000${messages.map(sig).join('\u0000')}`)
    const seen = key === undefined ? undefined : this.distinct.get(key)
    if (!seen) {
      const kept: Kept =
        this.scoredAbove(r.score) >= LIMITS.worstReplies
          ? { file: r.file, index: r.record.index, findings: messages.length, score: r.score, count: 1 }
          : this.entryOf(r)
      this.distinct.set(key ?? kept, kept)
      this.byScore.set(r.score, (this.byScore.get(r.score) ?? 0) + 1)
      if (this.distinct.size > DISTINCT_REPLIES_KEPT) this.dropLowest()
      return
    }
    seen.count++
    // Results arrive in file order, so the representative is the first place it was sent.
    if (isEntry(seen) && seen.others.length < LIMITS.otherOccurrences) {
      seen.others.push({ file: r.file, record: ownRecord(r.record), line: messages[0]!.line, column: messages[0]!.column })
    }
  }

  /** Distinct replies kept that score more than `score`. */
  private scoredAbove(score: number): number {
    let n = 0
    for (const [s, count] of this.byScore) if (s > score) n += count
    return n
  }

  /** The reply as the page shows it, copied. */
  private entryOf(r: OpenReply): ReplyEntry {
    const record = ownRecord(r.record)
    return { file: r.file, index: r.record.index, findings: r.messages.length, record, messages: r.messages.map((m) => ownMessage(m, record)), score: r.score, count: 1, others: [] }
  }

  private dropLowest(): void {
    const keep = new Set(rank([...this.distinct.values()]).slice(0, DISTINCT_REPLIES_KEPT / 2))
    for (const [k, v] of this.distinct) {
      if (keep.has(v)) continue
      this.distinct.delete(k)
      const left = this.byScore.get(v.score)! - 1
      if (left) this.byScore.set(v.score, left)
      else this.byScore.delete(v.score)
      this.droppedReplies++
    }
  }
}

const isEntry = (k: Kept): k is ReplyEntry => 'others' in k

/** A reply's findings in the order the page lists them. */
const byStart = (a: CliMessage, b: CliMessage) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId)

function group(map: Map<string, Group>, name: string): Group {
  let g = map.get(name)
  if (!g) {
    name = own(name)
    g = { name, replies: 0, flaggedReplies: 0, problems: 0, bySeverity: zero(), byRule: new Map() }
    map.set(name, g)
  }
  return g
}

/** Kept records must not hold on to the chunk of the file their strings were cut from. */
function ownRecord(r: RecordInfo): RecordInfo {
  const out = {} as Record<string, unknown>
  for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'string' ? own(v) : v
  return out as unknown as RecordInfo
}

function ownMessage(m: CliMessage, record: RecordInfo): CliMessage {
  return { ...m, message: own(m.message), actual: own(m.actual), record }
}

export function summarize(results: readonly FileResult[]): Summary {
  const b = new SummaryBuilder()
  for (const r of results) {
    b.findings(r.file, r.messages)
    b.end(summaryOf(r))
  }
  return b.build()
}

const sig = (m: CliMessage) => `${m.ruleId}\u0001${m.severity}\u0001${m.start}\u0001${m.end}`

/** Distinct replies, worst first; ties by count, then by position. */
function rank<T extends Kept>(all: T[]): T[] {
  return all.sort((a, b) => b.score - a.score || b.count - a.count || b.findings - a.findings || a.file.localeCompare(b.file) || a.index - b.index)
}

/** `hours`: counts by the hour they fall in (every bucket, hour, day or month, is whole hours). */
function buildTimeline(hours: Map<number, SeverityCounts>, first: number, last: number, untimed: number): Timeline | undefined {
  if (hours.size === 0) return undefined
  const unit = chooseUnit(first, last)
  const buckets: Timeline['buckets'] = []
  const index = new Map<number, number>()
  for (let s = bucketStart(first, unit); s <= last; s = nextBucket(s, unit)) {
    index.set(s, buckets.length)
    buckets.push({ start: s, bySeverity: zero() })
  }
  for (const [t, counts] of hours) {
    const b = buckets[index.get(bucketStart(t, unit))!]!.bySeverity
    for (const sev of SEVERITIES) b[sev] += counts[sev]
  }
  return { unit, buckets, first, last, untimed }
}
