import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CliMessage, ReportContext } from '../../types.js'
import { SEVERITY_COLOR, columns, paletteColor, stackedBars, swatch, valueLabel } from './charts.js'
import { dec, esc, int, per100, safeHref } from './format.js'
import { highlight } from './highlight.js'
import { LIMITS, SEVERITIES, SEVERITY_WEIGHT, type ReplyEntry, type Summary } from './summary.js'
import { bucketLabel } from './time.js'

/** Each section of the report, from the summary alone. Headings are Chinese with English beside. */

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const

function heading(id: string, zh: string, en: string): string {
  return `<h2 id="${id}">${esc(zh)}<small>${esc(en)}</small></h2>`
}

interface Col {
  label: string
  /** Header may wrap (long rule ids). */
  wrap?: boolean
  num?: boolean
  /** Column the page is initially sorted by. */
  sorted?: 'ascending' | 'descending'
}

interface Cell {
  html: string
  /** Sort key for numeric columns. */
  v?: number
}

/** "问题 Problems" → the English on a second, smaller line, so wide tables stay narrow. */
function twoLines(label: string): string {
  const i = label.lastIndexOf(' ')
  return i > 0 ? `${label.slice(0, i)}<span class="arrow"></span> <small>${label.slice(i + 1)}</small>` : `${label}<span class="arrow"></span>`
}

function sortableTable(cls: string, cols: readonly Col[], rows: readonly Cell[][]): string {
  const head = cols
    .map(
      (c) =>
        `<th${c.num ? ` class="n${c.wrap ? ' wrap' : ''}" data-type="num"` : ''}${c.sorted ? ` aria-sort="${c.sorted}"` : ''}><button type="button">${twoLines(c.label)}</button></th>`,
    )
    .join('')
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((c, i) => (cols[i]!.num ? `<td class="n" data-v="${c.v ?? -1}">${c.html}</td>` : `<td>${c.html}</td>`))
          .join('')}</tr>`,
    )
    .join('\n')
  return `<div class="scroll"><table class="sortable ${cls}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
}

const num = (n: number): Cell => ({ html: int(n), v: n })
const rate = (n: number | undefined): Cell => (n === undefined ? { html: '–' } : { html: dec(n), v: Number(n.toFixed(3)) })

function ruleLink(ruleId: string, url: string | undefined): string {
  const href = safeHref(url)
  return href ? `<a href="${esc(href)}" rel="noreferrer">${esc(ruleId)}</a>` : esc(ruleId)
}

export function header(s: Summary, ctx: ReportContext): string {
  const period = s.timeline
    ? ` · ${esc(bucketLabel(s.timeline.first, 'day'))} – ${esc(bucketLabel(s.timeline.last, 'day'))}`
    : ''
  const nav = [
    ['totals', '总览'],
    ['agents', s.groupBy === 'agent' ? '按客服' : '按文件'],
    ['rules', '按规则'],
    ...(s.timeline ? [['time', '时间分布']] : []),
    ['worst', '问题最多的回复'],
    ['inputs', '输入'],
    ['config', '配置'],
  ]
  return `<header>
<h1>客服回复质检报告 <small class="sub">kefu-lint QA report</small></h1>
<div class="sub">kefu-lint ${esc(ctx.version)} · ${int(s.files)} 个文件 files${period}</div>
<nav>${nav.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>
</header>`
}

export function totals(s: Summary): string {
  const pct = s.replies ? ` · ${dec((s.flaggedReplies * 100) / s.replies)}%` : ''
  const cards = [
    ['replies', int(s.replies), '已检查回复 Replies linted'],
    ['flagged', int(s.flaggedReplies), `有问题的回复 Replies with problems${pct}`],
    ['problems', int(s.problems), '问题 Problems'],
    ['rate', s.replies ? dec(per100(s.problems, s.replies)!) : '–', '每百条回复问题数 Problems per 100 replies'],
    ...SEVERITIES.map((sev) => [
      sev,
      int(s.bySeverity[sev]),
      `${SEVERITY_ZH[sev]} ${sev}` + (s.replies ? ` · ${dec(per100(s.bySeverity[sev], s.replies)!)} / 100` : ''),
    ]),
  ]
  return `<section>${heading('totals', '总览', 'Totals')}
<div class="cards">${cards
    .map(([cls, value, label]) => `<div class="card ${cls}" data-key="${cls}"><b>${esc(value)}</b><span>${esc(label)}</span></div>`)
    .join('')}</div></section>`
}

export function groups(s: Summary): string {
  const byAgent = s.groupBy === 'agent'
  const rates = s.groupRepliesKnown
  const ruleIds = s.rules.map((r) => r.ruleId)
  const color = new Map(ruleIds.map((id, i) => [id, paletteColor(i)]))
  const what = byAgent ? '客服 Agent' : '文件 File'
  const metric = (count: number, replies: number | undefined) => (rates ? per100(count, replies) ?? 0 : count)

  const notes: string[] = []
  if (!rates) {
    notes.push(
      '输入未提供每位客服的回复数，下表与图表为问题数而非每百条回复比率。 ' +
        'Replies per agent were not reported by the input, so figures below are problem counts, not rates per 100 replies.',
    )
  }
  if (!byAgent) notes.push('输入中没有客服名（快捷短语库等），按文件统计。 No speakers in the input (canned-reply libraries): grouped by file.')

  const shown = s.groups.filter((g) => g.problems > 0).slice(0, LIMITS.chartGroups)
  if (s.groups.filter((g) => g.problems > 0).length > shown.length) {
    notes.push(`图表只显示前 ${LIMITS.chartGroups} 名；表格列出全部。 The chart shows the top ${LIMITS.chartGroups}; the table lists all.`)
  }
  const unit = rates ? '每百条回复问题数 problems per 100 replies' : '问题数 problems'
  const chart = shown.length
    ? stackedBars(
        shown.map((g) => ({
          label: g.name,
          valueLabel: valueLabel(metric(g.problems, g.replies), rates),
          segments: ruleIds.map((id) => {
            const count = g.byRule.get(id) ?? 0
            const v = metric(count, g.replies)
            return { key: id, value: v, color: color.get(id)!, title: `${g.name} · ${id}: ${valueLabel(v, rates)}${rates ? ` / 100 (${int(count)})` : ''}` }
          }),
        })),
        `${byAgent ? '各客服' : '各文件'}按规则的${rates ? '每百条回复问题数' : '问题数'}`,
        unit,
      )
    : ''
  const legend = `<ul class="legend">${ruleIds.map((id) => `<li>${swatch(color.get(id)!)}${esc(id)}</li>`).join('')}</ul>`

  const cols: Col[] = [
    { label: what },
    ...(rates ? [{ label: '回复 Replies', num: true }] : []),
    { label: '有问题的回复 Flagged', num: true },
    ...(rates ? [{ label: '占比 %', num: true }] : []),
    { label: '问题 Problems', num: true, sorted: rates ? undefined : 'descending' },
    ...(rates ? [{ label: '每百条 /100', num: true, sorted: 'descending' as const }] : []),
    ...SEVERITIES.map((sev) => ({ label: `${SEVERITY_ZH[sev]} ${sev}`, num: true })),
    // A break opportunity after each hyphen keeps a table of many rules on the screen.
    ...ruleIds.map((id) => ({ label: `${esc(id).replace(/-/g, '-<wbr>')}${rates ? ' /100' : ''}`, num: true, wrap: true })),
  ]
  const rows = s.groups.map((g) => [
    { html: esc(g.name) },
    ...(rates ? [num(g.replies ?? 0)] : []),
    num(g.flaggedReplies),
    ...(rates ? [rate(g.replies ? (g.flaggedReplies * 100) / g.replies : undefined)] : []),
    num(g.problems),
    ...(rates ? [rate(per100(g.problems, g.replies))] : []),
    ...SEVERITIES.map((sev) => num(g.bySeverity[sev])),
    ...ruleIds.map((id) => (rates ? rate(per100(g.byRule.get(id) ?? 0, g.replies)) : num(g.byRule.get(id) ?? 0))),
  ])
  return `<section>${heading('agents', byAgent ? '按客服' : '按文件', byAgent ? 'By agent' : 'By file')}
${notes.map((n) => `<p class="note">${esc(n)}</p>`).join('')}
${legend}${chart}
${sortableTable('groups', cols, rows)}</section>`
}

export function rules(s: Summary): string {
  if (s.rules.length === 0) return `<section>${heading('rules', '按规则', 'By rule')}<p>没有发现问题。 No problems found.</p></section>`
  const table = sortableTable(
    'rules',
    [
      { label: '规则 Rule' },
      { label: '问题 Problems', num: true, sorted: 'descending' },
      { label: '每百条 /100', num: true },
      { label: '涉及回复 Replies', num: true },
      ...SEVERITIES.map((sev) => ({ label: `${SEVERITY_ZH[sev]} ${sev}`, num: true })),
    ],
    s.rules.map((r) => [
      { html: ruleLink(r.ruleId, r.url) },
      num(r.problems),
      rate(per100(r.problems, s.replies)),
      num(r.flaggedReplies),
      ...SEVERITIES.map((sev) => num(r.bySeverity[sev])),
    ]),
  )
  const details = s.rules
    .map((r) => {
      const more =
        r.distinctPhrasesAtLeast
          ? '<p class="note">另有大量只出现过少数几次的词句（电话号码、账号等）未列出。 Many more phrases seen only a few times (phone numbers, handles…) are not shown.</p>'
          : r.distinctPhrases > r.phrases.length
            ? `<p class="note">另有 ${int(r.distinctPhrases - r.phrases.length)} 个不同的词句未列出。 ${int(r.distinctPhrases - r.phrases.length)} more distinct phrases not shown.</p>`
            : ''
      const rows = r.phrases
        .map(
          (p) =>
            `<tr><td><q>${esc(p.phrase)}</q></td><td class="n">${int(p.count)}</td><td>${
              p.expected.length ? p.expected.map(([e]) => `<span class="expected">${esc(e)}</span>`).join(' / ') : '<span class="note">–</span>'
            }</td></tr>`,
        )
        .join('\n')
      return `<h3 id="rule-${esc(r.ruleId)}">${ruleLink(r.ruleId, r.url)}<small>${int(r.problems)} 个问题 problems</small></h3>
<table class="phrases"><thead><tr><th>常见词句 Frequent phrase</th><th class="n">次数 Count</th><th>建议说法 Suggested wording</th></tr></thead><tbody>
${rows}
</tbody></table>${more}`
    })
    .join('\n')
  return `<section>${heading('rules', '按规则', 'By rule')}
${table}
${details}</section>`
}

export function timeline(s: Summary): string {
  const t = s.timeline
  if (!t) return ''
  const unitZh = { hour: '每小时', day: '每天', month: '每月' }[t.unit]
  const chart = columns(
    t.buckets.map((b) => {
      const full = bucketLabel(b.start, t.unit)
      return {
        title: full,
        label: t.unit === 'hour' ? full.slice(5) : t.unit === 'day' ? full.slice(5) : full,
        segments: SEVERITIES.map((sev) => ({
          key: sev,
          value: b.bySeverity[sev],
          color: SEVERITY_COLOR[sev],
          title: `${full} · ${sev}: ${int(b.bySeverity[sev])}`,
        })),
      }
    }),
    `${unitZh}问题数 problems per ${t.unit}`,
    `${unitZh}问题数 problems per ${t.unit}`,
  )
  const legend = `<ul class="legend">${SEVERITIES.map((sev) => `<li>${swatch(SEVERITY_COLOR[sev])}${SEVERITY_ZH[sev]} ${sev}</li>`).join('')}</ul>`
  const untimed = t.untimed
    ? `<p class="note">${int(t.untimed)} 个问题没有可读的时间，未计入。 ${int(t.untimed)} problems without a readable time are not shown.</p>`
    : ''
  return `<section>${heading('time', '时间分布', `Over time (per ${t.unit})`)}
<p class="note">按记录中写明的时间统计（不换算时区）。 Times as written in the transcript (no time-zone conversion).</p>
${legend}${chart}${untimed}</section>`
}

function fileHref(file: string, ctx: ReportContext): string | undefined {
  if (file === '<stdin>' || file === '-') return undefined
  return pathToFileURL(resolve(ctx.cwd, file)).href
}

function location(file: string, m: { line: number; column: number; record?: { cell?: string } }, ctx: ReportContext): string {
  const text = m.record?.cell !== undefined ? `${file} ${m.record.cell}` : `${file}:${m.line}:${m.column}`
  const href = fileHref(file, ctx)
  return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text)
}

const PREVIOUS_SHOWN = 300

function replyItem(r: ReplyEntry, ctx: ReportContext): string {
  const first = r.messages[0]!
  const info = r.record
  const meta = [
    location(r.file, { ...first, record: info }, ctx),
    info.speaker !== undefined ? `客服 ${esc(info.speaker)}` : '',
    info.time ? esc(info.time) : '',
    info.session ? `会话 session ${esc(info.session)}` : '',
    // A workbook's cell (above) already names its sheet and row.
    info.sheet && info.cell === undefined ? `sheet ${esc(info.sheet)}` : '',
    info.row !== undefined && info.cell === undefined ? `row ${int(info.row)}` : '',
    info.group ? `分组 ${esc(info.group)}` : '',
    info.code ? `编码 ${esc(info.code)}` : '',
    `score ${int(r.score)}`,
    r.count > 1 ? `<b>×${int(r.count)}</b>` : '',
  ].filter(Boolean)
  const prev = info.previous
    ? `<blockquote class="prev"><span class="who">顾客 Customer</span>${
        info.previous.length > PREVIOUS_SHOWN ? '<span class="gap">…</span>' + esc(info.previous.slice(-PREVIOUS_SHOWN)) : esc(info.previous)
      }</blockquote>`
    : ''
  const text =
    info.text !== undefined
      ? `<p class="text"><span class="who">客服 Agent</span>${highlight(info.text, r.messages)}</p>`
      : `<p class="note">回复原文不在输入中。 Reply text not available.</p>`
  const msgs = r.messages
    .map(
      (m) =>
        `<li><span class="sev ${m.severity}">${m.severity}</span> ${ruleLink(m.ruleId, m.url)} <q>${esc(m.actual)}</q>${
          m.expected.length ? ' → ' + m.expected.map((e) => `<span class="expected">${esc(e)}</span>`).join(' / ') : ''
        } — ${esc(m.message)} <span class="note">${info.cell !== undefined ? `${esc(info.cell)} char ${int(m.column)}` : `${int(m.line)}:${int(m.column)}`}</span></li>`,
    )
    .join('')
  const repeats =
    r.count > 1
      ? `<div class="repeats">同样的回复共 ${int(r.count)} 次 sent ${int(r.count)} times, also: ${r.others
          .map((o) => location(o.file, o, ctx) + (o.record.speaker !== undefined ? ` (${esc(o.record.speaker)})` : ''))
          .join(', ')}${r.count - 1 > r.others.length ? ', …' : ''}</div>`
      : ''
  return `<li class="reply">
<div class="meta">${meta.join(' · ')}</div>
${prev}${text}<ul class="msgs">${msgs}</ul>${repeats}</li>`
}

export function worst(s: Summary, ctx: ReportContext): string {
  if (s.worst.length === 0) return `<section>${heading('worst', '问题最多的回复', 'Worst replies')}<p>没有发现问题。 No problems found.</p></section>`
  const w = SEVERITY_WEIGHT
  const omitted = s.worstOmitted
    ? `<p class="note">另有 ${int(s.worstOmitted)} 条不同的有问题回复未列出（已计入上方统计）。 ${int(s.worstOmitted)} more distinct replies with problems are counted above but not listed.</p>`
    : ''
  return `<section>${heading('worst', '问题最多的回复', `Worst replies (top ${s.worst.length})`)}
<p class="note">按严重度加权排序：错误 ×${w.error}，警告 ×${w.warning}，提示 ×${w.info}；相同的回复只列一次。 Ranked by error ×${w.error} + warning ×${w.warning} + info ×${w.info}; identical replies are listed once.</p>
<ol class="replies">
${s.worst.map((r) => replyItem(r, ctx)).join('\n')}
</ol>${omitted}</section>`
}

export function inputs(s: Summary, ctx: ReportContext): string {
  const rows = s.fileRows
    .slice(0, LIMITS.fileRows)
    .map((f) => {
      const href = fileHref(f.file, ctx)
      const name = href ? `<a href="${esc(href)}">${esc(f.file)}</a>` : esc(f.file)
      // A workbook's problems by sheet, under its row (replies and read problems are counted per file).
      const sheets = (f.sheets ?? []).map((sh) => `\n<tr class="sheet"><td>› sheet ${esc(sh.name)}</td><td class="n">—</td><td class="n">${int(sh.problems)}</td><td class="n">—</td></tr>`).join('')
      return `<tr><td>${name}</td><td class="n">${int(f.replies)}</td><td class="n">${int(f.problems)}</td><td class="n">${int(f.errors)}</td></tr>${sheets}`
    })
    .join('\n')
  const moreFiles = s.fileRows.length > LIMITS.fileRows ? `<p class="note">… ${int(s.fileRows.length - LIMITS.fileRows)} more files.</p>` : ''
  const errors = s.fileErrors.length
    ? `<h3>读取问题 <small>Read problems (${int(s.fileErrorsTotal)})</small></h3><ul>${s.fileErrors
        .map((e) => `<li>${esc(e.file)}${e.line !== undefined ? `:${int(e.line)}` : ''} — ${esc(e.message)}</li>`)
        .join('')}</ul>${s.fileErrorsTotal > s.fileErrors.length ? `<p class="note">… ${int(s.fileErrorsTotal - s.fileErrors.length)} more.</p>` : ''}`
    : ''
  return `<section>${heading('inputs', '输入', 'Inputs')}
<div class="scroll"><table class="files"><thead><tr><th>文件 File</th><th class="n">回复 Replies</th><th class="n">问题 Problems</th><th class="n">读取问题 Read errors</th></tr></thead><tbody>
${rows}
</tbody></table></div>${moreFiles}${errors}</section>`
}

export function config(ctx: ReportContext): string {
  const json = ctx.config === undefined ? '(未提供 not provided)' : JSON.stringify(ctx.config, null, 2)
  return `<section>${heading('config', '配置', 'Configuration')}
<p>kefu-lint <b class="version">${esc(ctx.version)}</b>${ctx.quiet ? ' · --quiet：只统计错误 only errors were reported' : ''}</p>
<pre class="config">${esc(json)}</pre></section>`
}
