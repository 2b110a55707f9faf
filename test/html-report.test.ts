import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { html } from '../src/cli/reporters/html.js'
import { highlight } from '../src/cli/reporters/html/highlight.js'
import { LIMITS, PHRASES_KEPT, summarize } from '../src/cli/reporters/html/summary.js'
import { chooseUnit, parseWallClock } from '../src/cli/reporters/html/time.js'
import type { CliMessage, FileResult, RecordInfo, ReportContext, Severity } from '../src/cli/types.js'

// ---------------------------------------------------------------------------------------------
// Fixture: two days of transcripts, four agents (one with a hostile name and no problems), the
// four built-in rule families, a reply carrying <script>, a customer turn carrying </style>.

const DOCS = 'https://github.com/kefu-lint/kefu-lint/blob/main/rules/'
const CWD = '/audits/shop'
const HOSTILE = '"><img src=x onerror=alert(1)>'

interface Problem {
  ruleId: string
  severity: Severity
  actual: string
  expected?: string[]
  message?: string
}

/** The messages of one agent reply, as the CLI would produce them for a JSONL transcript. */
function reply(record: Omit<RecordInfo, 'text'> & { text: string }, line: number, problems: Problem[]): CliMessage[] {
  return problems.map((p) => {
    const start = record.text.indexOf(p.actual)
    if (start < 0) throw new Error(`fixture: ${p.actual} not in ${record.text}`)
    return {
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message ?? `${p.ruleId}: ${p.actual}`,
      start,
      end: start + p.actual.length,
      line,
      column: 40 + start,
      endLine: line,
      endColumn: 40 + start + p.actual.length,
      actual: p.actual,
      expected: p.expected ?? [],
      url: `${DOCS}${p.ruleId}/README.md`,
      record,
    }
  })
}

const promise = (actual: string, severity: Severity, expected: string[]): Problem => ({ ruleId: 'absolute-promise', severity, actual, expected })
const SCRIPT_REPLY = '<script>alert(1)</script>我们是全网最低价'
const SCRIPT_PREVIOUS = '有优惠吗 "quoted" </style>'

function fixture(): FileResult[] {
  const day1: CliMessage[] = [
    ...reply({ index: 0, speaker: '小美', role: 'agent', time: '2024-03-01T09:15:00+08:00', text: '亲，明天肯定给您送到哦', previous: '明天能到吗' }, 2, [
      promise('肯定', 'error', ['一般', '应该']),
    ]),
    ...reply({ index: 2, speaker: '阿杰', role: 'agent', time: '2024-03-01T10:20:00+08:00', text: '这款面霜真的yyds，用了都说绝绝子' }, 6, [
      { ruleId: 'internet-slang', severity: 'warning', actual: 'yyds', expected: ['非常好'] },
      { ruleId: 'internet-slang', severity: 'warning', actual: '绝绝子', expected: ['非常好'] },
    ]),
    ...reply({ index: 5, speaker: '王强', role: 'agent', time: '2024-03-01T14:05:00+08:00', text: '详情页写得很清楚，你自己没看吗', previous: '尺码怎么选' }, 12, [
      { ruleId: 'blame-customer', severity: 'error', actual: '详情页写得很清楚', expected: ['可能是我们没有及时提醒您'] },
    ]),
    ...reply({ index: 7, speaker: '小美', role: 'agent', time: '2024-03-01T20:30:00+08:00', text: SCRIPT_REPLY, previous: SCRIPT_PREVIOUS }, 16, [
      { ruleId: 'exaggeration', severity: 'error', actual: '全网最低价', expected: ['优惠价'] },
    ]),
  ]
  const day2: CliMessage[] = [
    ...reply({ index: 1, speaker: '小美', role: 'agent', time: '2024-03-02 11:00:00', text: '亲，明天肯定给您送到哦', previous: '什么时候到' }, 4, [
      promise('肯定', 'error', ['一般', '应该']),
    ]),
    ...reply({ index: 3, speaker: '阿杰', role: 'agent', time: '2024-3-5 16:45:00', text: '百分百正品，保证不起球' }, 8, [
      promise('百分百', 'warning', ['正品']),
      promise('保证', 'error', ['一般', '正常情况下']),
    ]),
  ]
  return [
    { file: 'chats/2024-03-01.jsonl', messages: day1, replies: 12, errors: [], agents: { 小美: 4, 阿杰: 3, 王强: 3, [HOSTILE]: 2 } },
    { file: 'chats/2024-03-02.jsonl', messages: day2, replies: 5, errors: [], agents: { 小美: 3, 阿杰: 2 } },
  ]
}

const CONFIG = { profile: 'marketplace', rules: { 'internet-slang': { allow: ['</script><script>alert(2)</script>'] } } }
const ctx = (over: Partial<ReportContext> = {}): ReportContext => ({ cwd: CWD, version: '0.1.0', config: CONFIG, color: false, quiet: false, ...over })

// ---------------------------------------------------------------------------------------------
// Reading the page back.

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
const textOf = (fragment: string) => decode(fragment.replace(/<title>.*?<\/title>/gs, '').replace(/<[^>]+>/g, '')).trim()

/** Cell texts of a table's body rows; the table is found by its class. */
function tableRows(page: string, cls: string): string[][] {
  const table = new RegExp(`<table class="[^"]*\\b${cls}\\b[^"]*">([\\s\\S]*?)</table>`).exec(page)
  if (!table) throw new Error(`no table .${cls}`)
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table[1]!)![1]!
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => textOf(c[1]!)))
}

function tableHead(page: string, cls: string): string[] {
  const table = new RegExp(`<table class="[^"]*\\b${cls}\\b[^"]*">([\\s\\S]*?)</thead>`).exec(page)!
  return [...table[1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => textOf(c[1]!))
}

function cards(page: string): Record<string, string> {
  return Object.fromEntries([...page.matchAll(/<div class="card [^"]*" data-key="(\w+)"><b>(.*?)<\/b>/g)].map((m) => [m[1]!, decode(m[2]!)]))
}

const replyItems = (page: string) => [...page.matchAll(/<li class="reply">([\s\S]*?)<\/li>\s*(?=<li class="reply">|<\/ol>)/g)].map((m) => m[1]!)
const section = (page: string, id: string) => {
  const m = new RegExp(`<h2 id="${id}">[\\s\\S]*?</section>`).exec(page)
  if (!m) throw new Error(`no section #${id}`)
  return m[0]
}

// ---------------------------------------------------------------------------------------------

describe('html report: content', () => {
  const page = html(fixture(), ctx())

  it('totals: replies, replies with problems, rate per 100 replies and severities', () => {
    expect(cards(page)).toEqual({ replies: '17', flagged: '6', problems: '8', rate: '47.1', error: '5', warning: '3', info: '0' })
    expect(textOf(section(page, 'totals'))).toContain('有问题的回复 Replies with problems · 35.3%')
    expect(textOf(section(page, 'totals'))).toContain('错误 error · 29.4 / 100')
  })

  it('per agent: one row per agent (zero-problem agents included), sorted by problems per 100 replies', () => {
    expect(tableHead(page, 'groups')).toEqual([
      '客服 Agent', '回复 Replies', '有问题的回复 Flagged', '占比 %', '问题 Problems', '每百条 /100',
      '错误 error', '警告 warning', '提示 info',
      'absolute-promise /100', 'internet-slang /100', 'blame-customer /100', 'exaggeration /100',
    ])
    expect(tableRows(page, 'groups')).toEqual([
      ['阿杰', '5', '2', '40.0', '4', '80.0', '1', '3', '0', '40.0', '40.0', '0.0', '0.0'],
      ['小美', '7', '3', '42.9', '3', '42.9', '3', '0', '0', '28.6', '0.0', '0.0', '14.3'],
      ['王强', '3', '1', '33.3', '1', '33.3', '1', '0', '0', '0.0', '0.0', '33.3', '0.0'],
      [HOSTILE, '2', '0', '0.0', '0', '0.0', '0', '0', '0', '0.0', '0.0', '0.0', '0.0'],
    ])
    // Numeric cells carry their raw value for the sorting script; the table starts sorted by rate.
    expect(page).toContain('<td class="n" data-v="80">80.0</td>')
    expect(page).toMatch(/<th class="n" data-type="num" aria-sort="descending"><button type="button">每百条<span class="arrow"><\/span> <small>\/100<\/small><\/button><\/th>/)
  })

  it('per agent: a stacked bar per agent with a segment per rule, sized in problems per 100 replies', () => {
    const chart = /<svg class="chart"[^>]*aria-label="各客服按规则的每百条回复问题数">[\s\S]*?<\/svg>/.exec(section(page, 'agents'))![0]
    expect([...chart.matchAll(/<g class="bar-row">/g)]).toHaveLength(3) // agents without problems are not drawn
    const segments = [...chart.matchAll(/<rect [^>]*><title>(.*?)<\/title><\/rect>/g)].map((m) => decode(m[1]!))
    expect(segments).toEqual([
      '阿杰 · absolute-promise: 40.0 / 100 (2)',
      '阿杰 · internet-slang: 40.0 / 100 (2)',
      '小美 · absolute-promise: 28.6 / 100 (2)',
      '小美 · exaggeration: 14.3 / 100 (1)',
      '王强 · blame-customer: 33.3 / 100 (1)',
    ])
    // Bar lengths are proportional: 阿杰's two 40.0 segments are equally wide.
    const widths = [...chart.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(widths[0]).toBe(widths[1])
    expect(widths[2]! / widths[3]!).toBeCloseTo(2, 1)
  })

  it('per rule: counts by severity, most frequent phrases and the suggested wording', () => {
    expect(tableRows(page, 'rules')).toEqual([
      ['absolute-promise', '4', '23.5', '3', '3', '1', '0'],
      ['internet-slang', '2', '11.8', '1', '0', '2', '0'],
      ['blame-customer', '1', '5.9', '1', '1', '0', '0'],
      ['exaggeration', '1', '5.9', '1', '1', '0', '0'],
    ])
    const byRule = section(page, 'rules')
    const phrases = [...byRule.matchAll(/<table class="phrases">[\s\S]*?<\/table>/g)].map((t) => tableRows(t[0], 'phrases'))
    expect(phrases[0]![0]).toEqual(['肯定', '2', '一般 / 应该'])
    expect(phrases[0]!.slice(1).sort()).toEqual([['保证', '1', '一般 / 正常情况下'], ['百分百', '1', '正品']].sort())
    expect(phrases[1]).toEqual([['yyds', '1', '非常好'], ['绝绝子', '1', '非常好']])
    expect(phrases[3]).toEqual([['全网最低价', '1', '优惠价']])
    expect(byRule).toContain(`<a href="${DOCS}absolute-promise/README.md" rel="noreferrer">absolute-promise</a>`)
  })

  it('over time: problems per day when the transcript spans more than three days, empty days included', () => {
    const s = summarize(fixture())
    expect(s.timeline?.unit).toBe('day')
    expect(s.timeline?.buckets.map((b) => [b.bySeverity.error, b.bySeverity.warning, b.bySeverity.info])).toEqual([
      [3, 2, 0], // 03-01
      [1, 0, 0], // 03-02
      [0, 0, 0],
      [0, 0, 0],
      [1, 1, 0], // 03-05
    ])
    const time = section(page, 'time')
    expect([...time.matchAll(/<g class="col"><title>(.*?)<\/title>/g)].map((m) => m[1])).toEqual([
      '2024-03-01: 5', '2024-03-02: 1', '2024-03-03: 0', '2024-03-04: 0', '2024-03-05: 2',
    ])
    expect(time).toContain('Over time (per day)')
    expect(textOf(header())).toContain('2024-03-01 – 2024-03-05')
    function header() {
      return /<header>[\s\S]*?<\/header>/.exec(page)![0]
    }
  })

  it('worst replies: ranked by weighted severity, identical replies once with a count, spans highlighted', () => {
    const items = replyItems(page)
    expect(items.map((i) => textOf(/<p class="text">([\s\S]*?)<\/p>/.exec(i)![1]!))).toEqual([
      '客服 Agent百分百正品，保证不起球', // 10 + 3
      '客服 Agent亲，明天肯定给您送到哦', // 10, sent twice
      '客服 Agent详情页写得很清楚，你自己没看吗', // 10, file order
      `客服 Agent${SCRIPT_REPLY}`,
      '客服 Agent这款面霜真的yyds，用了都说绝绝子', // 3 + 3
    ])
    expect(items[0]).toContain(
      '<mark class="warning" title="absolute-promise: absolute-promise: 百分百">百分百</mark>正品，' +
        '<mark class="error" title="absolute-promise: absolute-promise: 保证">保证</mark>不起球',
    )
    const link = (file: string, at: string) => `<a href="${pathToFileURL(resolve(CWD, file)).href}">${file}:${at}</a>`
    expect(items[1]).toContain(link('chats/2024-03-01.jsonl', '2:44'))
    expect(items[1]).toContain('<b>×2</b>')
    expect(items[1]).toContain(`sent 2 times, also: ${link('chats/2024-03-02.jsonl', '4:44')} (小美)`)
    expect(items[1]).toContain('<blockquote class="prev"><span class="who">顾客 Customer</span>明天能到吗</blockquote>')
    expect(items[1]).toContain('客服 小美 · 2024-03-01T09:15:00+08:00 · score 10')
    expect(textOf(items[1]!)).toContain('error absolute-promise 肯定 → 一般 / 应该 — absolute-promise: 肯定 2:44')
  })

  it('configuration and version, escaped, so the report can be reproduced', () => {
    const config = section(page, 'config')
    expect(config).toContain('<b class="version">0.1.0</b>')
    expect(decode(/<pre class="config">([\s\S]*?)<\/pre>/.exec(config)![1]!)).toBe(JSON.stringify(CONFIG, null, 2))
    expect(html(fixture(), ctx({ config: undefined }))).toContain('<pre class="config">(未提供 not provided)</pre>')
    expect(html(fixture(), ctx({ quiet: true }))).toContain('--quiet：只统计错误 only errors were reported')
  })

  it('inputs: every file with its replies, problems and read errors', () => {
    expect(tableRows(page, 'files')).toEqual([
      ['chats/2024-03-01.jsonl', '12', '5', '0'],
      ['chats/2024-03-02.jsonl', '5', '3', '0'],
    ])
  })

  it('is deterministic: the same results give the same bytes', () => {
    expect(html(fixture(), ctx())).toBe(page)
  })
})

describe('html report: safety and self-containment', () => {
  const page = html(fixture(), ctx())

  it('escapes replies, customer turns, speaker names and config: exactly one <script> and one <style>', () => {
    expect(page.match(/<script/gi)).toHaveLength(1)
    expect(page.match(/<\/script/gi)).toHaveLength(1)
    expect(page.match(/<style/gi)).toHaveLength(1)
    expect(page.match(/<\/style/gi)).toHaveLength(1)
    expect(page).not.toContain('<img')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;我们是')
    expect(page).toContain('有优惠吗 &quot;quoted&quot; &lt;/style&gt;')
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;')
  })

  it('loads nothing from the network: links to rule docs only, no src/href resources, @import or url()', () => {
    expect(page).not.toMatch(/<(script|img|iframe|embed|object|audio|video|source)\b[^>]*\bsrc\s*=/i)
    expect(page).not.toMatch(/<link\b/i)
    expect(page).not.toMatch(/@import|url\s*\(/i)
    expect(page).not.toMatch(/\b(xlink:)?href="(?!https?:|file:|#)/) // no other schemes (javascript:, data:)
    const outsideLinks = page.replace(/<a href="https?:\/\/[^"]*"/g, '<a')
    expect(outsideLinks).not.toMatch(/https?:\/\//)
  })

  it('a Content-Security-Policy forbids everything but its own inline style and script (by hash)', () => {
    const csp = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)![1]!)
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    expect(csp).toBe(
      `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`,
    )
    expect(page).not.toMatch(/\sstyle="/) // inline style attributes would be blocked by that policy
  })

  it('links a rule only when its url is http(s): a custom rule cannot inject javascript: links', () => {
    const [first] = fixture()
    const evil = { ...first!, messages: first!.messages.map((m) => ({ ...m, url: 'javascript:alert(3)' })) }
    const out = html([evil], ctx())
    expect(out).not.toContain('javascript:')
    expect(out).toContain('<td>absolute-promise</td>')
  })

  it('renders Chinese with a system CJK font stack, no web font', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    for (const font of ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"']) expect(style).toContain(font)
    expect(style).not.toContain('@font-face')
    expect(page).toContain('<meta charset="utf-8">')
    expect(page).toContain('<html lang="zh-CN">')
  })
})

describe('html report: partial inputs', () => {
  it('without per-agent reply counts: problem counts instead of rates, and the page says so', () => {
    const results = fixture().map(({ agents: _, ...r }) => r)
    const page = html(results, ctx())
    expect(page).toContain('Replies per agent were not reported by the input, so figures below are problem counts, not rates per 100 replies.')
    expect(tableHead(page, 'groups')).toEqual([
      '客服 Agent', '有问题的回复 Flagged', '问题 Problems', '错误 error', '警告 warning', '提示 info',
      'absolute-promise', 'internet-slang', 'blame-customer', 'exaggeration',
    ])
    expect(tableRows(page, 'groups')).toEqual([
      ['阿杰', '2', '4', '1', '3', '0', '2', '2', '0', '0'],
      ['小美', '3', '3', '3', '0', '0', '2', '0', '0', '1'],
      ['王强', '1', '1', '1', '0', '0', '0', '0', '1', '0'],
    ])
    expect(page).toContain('aria-label="各客服按规则的问题数"')
    // Totals still know the replies of each file.
    expect(cards(page)).toMatchObject({ replies: '17', rate: '47.1' })
  })

  it('canned-reply libraries (no speakers): grouped by file with rates from the file reply counts', () => {
    const text = '我们是全网最低价，百分百正品'
    const lib = (file: string, replies: number, rows: number[]): FileResult => ({
      file,
      replies,
      errors: file.endsWith('.csv') ? [{ message: 'malformed row', line: 9 }] : [],
      messages: rows.flatMap((row, index) =>
        reply({ index, row, group: '售前', code: `q${row}`, text }, row + 1, [
          { ruleId: 'exaggeration', severity: 'error', actual: '全网最低价', expected: ['优惠价'] },
        ]),
      ),
    })
    const page = html([lib('quick-replies.csv', 40, [3, 7]), lib('replies.yaml', 10, [1])], ctx())
    expect(page).toContain('No speakers in the input (canned-reply libraries): grouped by file.')
    expect(tableRows(page, 'groups').map((r) => r.slice(0, 6))).toEqual([
      ['replies.yaml', '10', '1', '10.0', '1', '10.0'],
      ['quick-replies.csv', '40', '2', '5.0', '2', '5.0'],
    ])
    expect(page).not.toContain('id="time"') // no timestamps, no time section
    const item = replyItems(page)[0]!
    expect(item).toContain('row 3 · 分组 售前 · 编码 q3')
    expect(item).toContain('sent 3 times')
    expect(textOf(section(page, 'inputs'))).toContain('quick-replies.csv:9 — malformed row')
  })

  it('replies without text: the problems are still listed, and the page says the text is missing', () => {
    const results = fixture().map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, record: { ...m.record, text: undefined } })) }))
    const page = html(results, ctx())
    const items = replyItems(page)
    expect(items).toHaveLength(6) // nothing to tell identical replies apart: each listed
    expect(items[0]).toContain('<p class="note">回复原文不在输入中。 Reply text not available.</p>')
    expect(items[0]).toContain('<q>保证</q>')
  })

  it('over time: counted by the hour, while the span (and so the unit) is read to the minute', () => {
    // 00:30 on the 1st to 00:20 on the 4th is ten minutes short of three days: per hour. The
    // hours they fall in are three days apart, so hour-rounded ends would have made it per day.
    const at = (index: number, time: string, severity: Severity) => reply({ index, speaker: '小美', role: 'agent', time, text: '肯定到' }, index + 1, [promise('肯定', severity, ['一般'])])
    const messages = [
      ...at(0, '2024-03-01 00:30', 'error'),
      ...at(1, '2024-03-01 00:59', 'warning'),
      ...at(2, '2024-03-01 01:00', 'error'),
      ...at(3, '2024-03-04 00:20', 'info'),
    ]
    const s = summarize([{ file: 'a.jsonl', messages, replies: 4, errors: [] }])
    expect(s.timeline?.unit).toBe('hour')
    expect([s.timeline?.first, s.timeline?.last]).toEqual([parseWallClock('2024-03-01 00:30'), parseWallClock('2024-03-04 00:20')])
    const buckets = s.timeline!.buckets
    expect(buckets).toHaveLength(3 * 24 + 1)
    expect(buckets.slice(0, 2).map((b) => b.bySeverity)).toEqual([{ error: 1, warning: 1, info: 0 }, { error: 1, warning: 0, info: 0 }])
    expect(buckets.at(-1)!.bySeverity).toEqual({ error: 0, warning: 0, info: 1 })
    expect(buckets.slice(2, -1).every((b) => b.bySeverity.error + b.bySeverity.warning + b.bySeverity.info === 0)).toBe(true)
  })

  it('stdin has no file link; problems without readable time are counted aside', () => {
    const [first] = fixture()
    const stdin: FileResult = { ...first!, file: '<stdin>', messages: first!.messages.map((m, i) => (i === 0 ? { ...m, record: { ...m.record, time: '昨天' } } : m)) }
    const page = html([stdin], ctx())
    expect(page).toContain('&lt;stdin&gt;:2:44')
    expect(page).not.toContain('file://')
    expect(page).toContain('1 problems without a readable time are not shown.')
    expect(summarize([stdin]).timeline?.unit).toBe('hour') // one day: per hour
  })

  it('no problems at all: zeros, no NaN, no chart, no time section', () => {
    const page = html([{ file: 'a.txt', messages: [], replies: 3, errors: [] }], ctx())
    expect(cards(page)).toEqual({ replies: '3', flagged: '0', problems: '0', rate: '0.0', error: '0', warning: '0', info: '0' })
    expect(page).not.toMatch(/NaN|undefined|Infinity/)
    expect(page).not.toContain('<svg class="chart"')
    expect(page).toContain('没有发现问题。 No problems found.')
  })

  it('no replies at all: rates show as a dash, never NaN', () => {
    const page = html([], ctx())
    expect(cards(page)).toMatchObject({ replies: '0', rate: '–' })
    expect(page).not.toMatch(/NaN|undefined|Infinity/)
  })
})

describe('html report: size stays bounded on a large audit', () => {
  it('30,000 distinct flagged replies: the worst list is capped, phrases aggregated, page well under 1 MB', () => {
    const agents = ['小美', '阿杰', '王强', '丽丽', '阿明']
    const messages: CliMessage[] = []
    for (let i = 0; i < 30_000; i++) {
      const speaker = agents[i % agents.length]!
      const text = `第${i}号订单，明天肯定给您送到`
      messages.push(...reply({ index: i, speaker, time: `2024-03-0${1 + (i % 7)} ${10 + (i % 12)}:00`, text }, i + 1, [promise('肯定', i % 3 ? 'warning' : 'error', ['一般'])]))
    }
    const results: FileResult[] = [{ file: 'big.jsonl', messages, replies: 100_000, errors: [], agents: Object.fromEntries(agents.map((a) => [a, 20_000])) }]
    const page = html(results, ctx())
    expect(replyItems(page)).toHaveLength(LIMITS.worstReplies)
    expect(page).toContain(`${(30_000 - LIMITS.worstReplies).toLocaleString('en')} more distinct replies with problems are counted above but not listed.`)
    expect(cards(page)).toMatchObject({ replies: '100,000', flagged: '30,000', problems: '30,000', rate: '30.0' })
    expect(Buffer.byteLength(page)).toBeLessThan(1_000_000)
  })
})

describe('html report: phrase tables stay bounded', () => {
  it('lets rare phrases go beyond PHRASES_KEPT, keeps the frequent ones exact, and says so', () => {
    const messages: CliMessage[] = []
    // 12,000 phone-like phrases seen once each, and two real phrases seen often, spread out.
    for (let i = 0; i < 12_000; i++) {
      const actual = i % 40 === 0 ? '肯定' : i % 40 === 1 ? '保证' : `1${String(3_800_000_000 + i)}`
      const text = `订单${i}：${actual}`
      messages.push(...reply({ index: i, text }, i + 1, [promise(actual, 'warning', actual === '肯定' ? ['一般'] : [])]))
    }
    const summary = summarize([{ file: 'big.jsonl', messages, replies: 12_000, errors: [] }])
    const rule = summary.rules.find((r) => r.ruleId === 'absolute-promise')!
    expect(rule.phrases.slice(0, 2).map((p) => [p.phrase, p.count])).toEqual([['保证', 300], ['肯定', 300]])
    expect(rule.distinctPhrasesAtLeast).toBe(true)
    expect(rule.distinctPhrases).toBeLessThanOrEqual(PHRASES_KEPT)
    const page = html([{ file: 'big.jsonl', messages, replies: 12_000, errors: [] }], ctx())
    expect(page).toContain('Many more phrases seen only a few times (phone numbers, handles…) are not shown.')
  })

  it('counts distinct phrases exactly below the cap', () => {
    const messages = ['肯定', '保证', '肯定'].flatMap((actual, i) => reply({ index: i, text: `明天${actual}到` }, i + 1, [promise(actual, 'warning', [])]))
    const rule = summarize([{ file: 'a.jsonl', messages, replies: 3, errors: [] }]).rules[0]!
    expect([rule.distinctPhrases, rule.distinctPhrasesAtLeast]).toEqual([2, undefined])
  })
})

describe('html report: highlighting', () => {
  const msg = (start: number, end: number, severity: Severity, ruleId = 'r'): CliMessage =>
    ({ ruleId, severity, message: `m${start}`, start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, actual: '', expected: [], url: '', record: { index: 0 } })

  it('overlapping spans: cut at every edge, each piece marked with the most severe message covering it', () => {
    expect(highlight('保证百分百好用', [msg(0, 5, 'warning', 'a'), msg(2, 5, 'error', 'b')])).toBe(
      '<mark class="warning" title="a: m0">保证</mark><mark class="error" title="a: m0\nb: m2">百分百</mark>好用',
    )
  })

  it('escapes the text inside and outside marks', () => {
    expect(highlight('<b>肯定</b>', [msg(3, 5, 'error')])).toBe('&lt;b&gt;<mark class="error" title="r: m3">肯定</mark>&lt;/b&gt;')
  })

  it('a very long reply is cut to context around its problems', () => {
    const text = 'a'.repeat(500) + '肯定' + 'b'.repeat(500)
    const out = highlight(text, [msg(500, 502, 'error')])
    expect(out).toBe(`<span class="gap">…</span>${'a'.repeat(120)}<mark class="error" title="r: m500">肯定</mark>${'b'.repeat(120)}<span class="gap">…</span>`)
  })

  it('spans outside the text are ignored rather than throwing', () => {
    expect(highlight('好的', [msg(5, 9, 'error')])).toBe('好的')
  })
})

describe('html report: timestamps', () => {
  it.each([
    ['2024-03-01T09:02:03Z', Date.UTC(2024, 2, 1, 9, 2)],
    ['2024-03-01T09:02:03+08:00', Date.UTC(2024, 2, 1, 9, 2)], // wall clock as written
    ['2024-3-1 9:02:03', Date.UTC(2024, 2, 1, 9, 2)], // 千牛 header
    ['2024/03/01 09:02', Date.UTC(2024, 2, 1, 9, 2)],
    ['2024年3月1日 9:02', Date.UTC(2024, 2, 1, 9, 2)],
    ['2024-03-01', Date.UTC(2024, 2, 1)],
  ])('%s', (text, ms) => {
    expect(parseWallClock(text)).toBe(ms / 60_000)
  })

  it.each(['昨天', '', '2024-13-01', '2024-02-30', '2024-03-01 25:00', '1709254923'])('unreadable: %s', (text) => {
    const minute = parseWallClock(text)
    expect(minute).toBeUndefined()
  })

  it('hours up to three days, days up to about a year, months beyond', () => {
    const day = 24 * 60
    expect(chooseUnit(0, 3 * day - 1)).toBe('hour')
    expect(chooseUnit(0, 3 * day)).toBe('day')
    expect(chooseUnit(0, 400 * day)).toBe('day')
    expect(chooseUnit(0, 401 * day)).toBe('month')
  })
})
