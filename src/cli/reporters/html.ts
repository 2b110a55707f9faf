import type { FileResult, ReportContext, Reporter } from '../types.js'
import { esc } from './html/format.js'
import { page } from './html/page.js'
import { config, groups, header, inputs, rules, timeline, totals, worst } from './html/sections.js'
import { summarize, SummaryBuilder, type Summary } from './html/summary.js'

/**
 * `--format html`: one self-contained page for a QA lead (totals, per agent, per rule, over
 * time, the worst replies in context, and the configuration to reproduce it). No network, no
 * fonts: inline CSS, inline SVG, one small inline script for sorting tables. Streamed findings
 * only feed bounded aggregates; the page is written at the end.
 */
export function renderHtml(s: Summary, ctx: ReportContext): string {
  const body = [header(s, ctx), totals(s), groups(s), rules(s), timeline(s), worst(s, ctx), inputs(s, ctx), config(ctx)]
  body.push(`<footer>kefu-lint ${esc(ctx.version)} · 自包含页面，不联网 self-contained, loads nothing from the network</footer>`)
  return page(`kefu-lint 质检报告 QA report`, body.join('\n'))
}

/** The whole page from collected results (the library of reports, tests). */
export const html = (results: readonly FileResult[], ctx: ReportContext): string => renderHtml(summarize(results), ctx)

export const htmlReporter: Reporter = (out, ctx) => {
  const builder = new SummaryBuilder()
  return {
    findings: (file, ms) => builder.findings(file, ms),
    end: (r) => builder.end(r),
    close: () => out.write(renderHtml(builder.build(), ctx)),
  }
}

export default html
