import { createColors } from 'picocolors'
import type { Reporter } from '../types.js'
import { describeRecord, totals } from './summary.js'

/**
 * The human report (ESLint / vfile-reporter style): per file, one line per problem with the
 * file position, severity, message and rule, then where the reply sits (row, group, speaker,
 * time) and the suggestions. Colour only when the output is a terminal.
 */
export const stylish: Reporter = (results, ctx) => {
  const c = createColors(ctx.color)
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') }
  const pad = { error: '  ', warning: '', info: '   ' }
  const out: string[] = []
  for (const r of results) {
    if (r.messages.length === 0 && r.errors.length === 0) continue
    out.push(c.underline(r.file) + (r.fixed ? c.green(' (fixed)') : r.fixPreview ? c.dim(' (as the fixes would leave it; not written)') : ''))
    for (const e of r.errors) out.push(`  ${c.dim(e.line === undefined ? '-' : `${e.line}`)}  ${c.red('error')}    ${e.message}`)
    for (const m of r.messages) {
      const at = `${m.line}:${m.column}`
      out.push(`  ${c.dim(at.padEnd(7))} ${sev[m.severity]}${pad[m.severity]}  ${m.message}  ${c.dim(m.ruleId)}`)
      const where = describeRecord(m.record)
      if (where) out.push(`  ${' '.repeat(7)} ${c.dim(where)}`)
      if (m.expected.length) out.push(`  ${' '.repeat(7)} ${c.green('→')} ${m.expected.join(' / ')}`)
    }
    out.push('')
  }
  const t = totals(results)
  const problems = t.errors + t.warnings + t.infos
  const counts = `${t.replies} ${t.replies === 1 ? 'reply' : 'replies'} in ${t.files} ${t.files === 1 ? 'file' : 'files'}`
  if (problems === 0 && t.broken === 0) {
    out.push(c.green(`✔ no problems (${counts})`))
  } else {
    const line = `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${t.errors} ${t.errors === 1 ? 'error' : 'errors'}, ${t.warnings} ${t.warnings === 1 ? 'warning' : 'warnings'}, ${t.infos} info) in ${counts}`
    out.push(t.errors || t.broken ? c.red(c.bold(line)) : c.yellow(c.bold(line)))
    if (t.broken) out.push(c.red(`  ${t.broken} ${t.broken === 1 ? 'file' : 'files'} could not be read completely`))
  }
  return `${out.join('\n')}\n`
}
