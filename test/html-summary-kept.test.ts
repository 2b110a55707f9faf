import { describe, expect, it } from 'vitest'
import { normalizePhrase } from '../src/normalize/normalize.js'
import { DISTINCT_REPLIES_KEPT, LIMITS, summarize } from '../src/cli/reporters/html/summary.js'
import type { CliMessage, FileResult, RecordInfo, Severity } from '../src/cli/types.js'

/**
 * The html summary copies only the flagged replies that can still reach the worst list, and
 * keeps the others as counts (pf20: the copies of every flagged reply were most of what an html
 * run promoted). The page must not change: the worst list, its counts and repeats, the number of
 * replies left out and the phrase tables are compared here with a plain re-implementation of
 * the keep-everything summary (every distinct reply copied, the lower half dropped past
 * DISTINCT_REPLIES_KEPT), on a stream with far more distinct flagged replies than that.
 */

const WEIGHT: Record<Severity, number> = { error: 10, warning: 3, info: 1 }
const SEVERITIES: Severity[] = ['error', 'warning', 'info']
const RULES = ['absolute-promise', 'internet-slang', 'privacy-leak']
/** Spellings that normalise alike (width, case) and ones that do not. */
const PHRASES = ['肯定', 'YYDS', 'yyds', 'ｙｙｄｓ', '保证', '13800138000', '绝绝子', '百分百没问题的哦亲亲亲']

function stream(seed: number, replies: number): FileResult[] {
  let s = seed
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!
  // Canned replies (sent again and again) beside one-off ones.
  const canned = Array.from({ length: 40 }, (_, i) => `模板${i}：${PHRASES[i % PHRASES.length]}，${PHRASES[(i * 3) % PHRASES.length]}`)
  const files: FileResult[] = []
  let index = 0
  for (let f = 0; f < 3; f++) {
    const messages: CliMessage[] = []
    for (let i = 0; i < replies; i++) {
      index += 1 + Math.floor(next() * 3)
      const text = next() < 0.3 ? pick(canned) : `第${index}单：${pick(PHRASES)}，${pick(PHRASES)}`
      const record: RecordInfo = { index, speaker: `客服${index % 5}`, time: `2024-03-0${1 + (index % 7)}T1${index % 10}:00:00+08:00`, ...(next() < 0.02 ? {} : { text }) }
      // Findings on the phrases present, a deterministic function of the text for canned ones.
      const found: CliMessage[] = []
      let h = 0
      for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 1000
      for (const actual of PHRASES) {
        const start = text.indexOf(actual)
        if (start < 0) continue
        const severity = SEVERITIES[(h + start) % 3]!
        const ruleId = RULES[(h + actual.length) % RULES.length]!
        found.push({ ruleId, severity, message: `${ruleId}: ${actual}`, start, end: start + actual.length, line: i + 1, column: start + 1, endLine: i + 1, endColumn: start + 1 + actual.length, actual, expected: h % 4 ? [`建议${h % 3}`] : [], url: '', record })
      }
      if (found.length === 0) continue
      // Findings arrive in position order, as the CLI emits a reply's findings.
      found.sort((a, b) => a.start - b.start || a.end - b.end)
      messages.push(...found)
    }
    files.push({ file: `day${f}.jsonl`, messages, replies, errors: [] })
  }
  return files
}

/** The keep-everything summary of the worst list and phrase tables. */
function reference(files: FileResult[]) {
  type Entry = { file: string; record: RecordInfo; messages: CliMessage[]; score: number; count: number; others: Array<{ file: string; index: number; line: number; column: number }> }
  const distinct = new Map<string | Entry, Entry>()
  let dropped = 0
  const rank = (all: Entry[]) =>
    all.sort((a, b) => b.score - a.score || b.count - a.count || b.messages.length - a.messages.length || a.file.localeCompare(b.file) || a.record.index - b.record.index)
  const commit = (r: Entry) => {
    r.messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
    const key = r.record.text === undefined ? r : `${r.record.text}\u0000${r.messages.map((m) => `${m.ruleId}\u0001${m.severity}\u0001${m.start}\u0001${m.end}`).join('\u0000')}`
    const seen = distinct.get(key)
    if (!seen) {
      distinct.set(key, r)
      if (distinct.size > DISTINCT_REPLIES_KEPT) {
        const keep = new Set(rank([...distinct.values()]).slice(0, DISTINCT_REPLIES_KEPT / 2))
        for (const [k, v] of distinct) {
          if (keep.has(v)) continue
          distinct.delete(k)
          dropped++
        }
      }
      return
    }
    seen.count++
    if (seen.others.length < LIMITS.otherOccurrences) seen.others.push({ file: r.file, index: r.record.index, line: r.messages[0]!.line, column: r.messages[0]!.column })
  }
  const phrases = new Map<string, Map<string, { count: number; forms: Map<string, number>; expected: Map<string, number> }>>()
  for (const f of files) {
    let open: Entry | undefined
    for (const m of f.messages) {
      if (!open || open.record.index !== m.record.index) {
        if (open) commit(open)
        open = { file: f.file, record: m.record, messages: [], score: 0, count: 1, others: [] }
      }
      open.messages.push(m)
      open.score += WEIGHT[m.severity]
      const byKey = phrases.get(m.ruleId) ?? phrases.set(m.ruleId, new Map()).get(m.ruleId)!
      const key = normalizePhrase(m.actual)
      const p = byKey.get(key) ?? byKey.set(key, { count: 0, forms: new Map(), expected: new Map() }).get(key)!
      p.count++
      p.forms.set(m.actual, (p.forms.get(m.actual) ?? 0) + 1)
      for (const e of m.expected) p.expected.set(e, (p.expected.get(e) ?? 0) + 1)
    }
    if (open) commit(open)
  }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n)
  const ranked = rank([...distinct.values()])
  return {
    worst: ranked.slice(0, LIMITS.worstReplies).map((e) => ({
      file: e.file,
      index: e.record.index,
      text: e.record.text,
      score: e.score,
      count: e.count,
      messages: e.messages.map((m) => [m.ruleId, m.severity, m.start, m.end, m.line, m.column, m.actual]),
      others: e.others,
    })),
    worstOmitted: Math.max(0, ranked.length + dropped - LIMITS.worstReplies),
    phrases: Object.fromEntries(
      [...phrases].map(([rule, byKey]) => [
        rule,
        [...byKey.values()]
          .sort((a, b) => b.count - a.count || top(a.forms, 1)[0]![0].localeCompare(top(b.forms, 1)[0]![0]))
          .slice(0, LIMITS.phrasesPerRule)
          .map((p) => ({ phrase: top(p.forms, 1)[0]![0], count: p.count, expected: top(p.expected, LIMITS.expectedPerPhrase) })),
      ]),
    ),
  }
}

describe('html summary: only replies that can reach the page are copied', () => {
  for (const seed of [1, 7, 2024]) {
    it(`the worst list, its counts and repeats, and the phrase tables are the keep-everything ones (seed ${seed})`, () => {
      const files = stream(seed, 4_000)
      const flagged = new Set(files.flatMap((f) => f.messages.map((m) => `${f.file}:${m.record.index}`))).size
      expect(flagged).toBeGreaterThan(2 * DISTINCT_REPLIES_KEPT)
      const s = summarize(files)
      const want = reference(files)
      expect(s.worstOmitted).toBe(want.worstOmitted)
      expect(
        s.worst.map((e) => ({
          file: e.file,
          index: e.record.index,
          text: e.record.text,
          score: e.score,
          count: e.count,
          messages: e.messages.map((m) => [m.ruleId, m.severity, m.start, m.end, m.line, m.column, m.actual]),
          others: e.others.map((o) => ({ file: o.file, index: o.record.index, line: o.line, column: o.column })),
        })),
      ).toEqual(want.worst)
      expect(Object.fromEntries(s.rules.map((r) => [r.ruleId, r.phrases]))).toEqual(want.phrases)
      // Some replies were seen many times: the counts and repeats are exercised.
      expect(s.worst.some((e) => e.count > LIMITS.otherOccurrences + 1)).toBe(true)
    })
  }

  it('a kept reply holds copies, not the strings it was cut from', () => {
    const chunk = `${'x'.repeat(1000)}亲，这个明天肯定到，百分百没问题的哦亲亲亲`
    const text = chunk.slice(1000)
    const record: RecordInfo = { index: 0, text, speaker: chunk.slice(0, 20) }
    const start = text.indexOf('百分百没问题的哦亲亲亲')
    const m: CliMessage = { ruleId: 'absolute-promise', severity: 'error', message: 'm', start, end: start + 11, line: 1, column: start + 1, endLine: 1, endColumn: start + 12, actual: text.slice(start, start + 11), expected: [], url: '', record }
    const s = summarize([{ file: 'a.jsonl', messages: [m], replies: 1, errors: [] }])
    expect(s.worst[0]!.record).toEqual(record)
    expect(s.worst[0]!.record).not.toBe(record)
    expect(s.rules[0]!.phrases[0]!.phrase).toBe('百分百没问题的哦亲亲亲')
  })
})
