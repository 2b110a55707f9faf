import { createColors } from 'picocolors'
import stringWidth from 'string-width'
import { Spool } from '../report/spool.js'
import type { Reporter } from '../types.js'
import { describeRecord, findingLocation, visible } from './summary.js'

/**
 * The human report (ESLint / vfile-reporter style): per file, one line per problem with the
 * file position (a workbook's cell in A1 notation, under its sheet's name), severity, message
 * and rule, then where the reply sits (row, group, speaker, time) and the suggestions. Colour only when the output is a terminal. Written per file (read
 * problems first); text from the input is shown with its control characters made visible.
 */
export const stylish: Reporter = (out, ctx) => {
  const c = createColors(ctx.color)
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') }
  const pad = { error: '  ', warning: '', info: '   ' }
  let spool = new Spool()
  // A workbook's findings come grouped by sheet: each group under its sheet's name.
  let sheet: string | undefined
  return {
    findings(_file, ms) {
      for (const m of ms) {
        let text = ''
        if (m.record.sheet !== sheet) {
          sheet = m.record.sheet
          if (sheet !== undefined) text += `  ${c.bold(`sheet ${visible(sheet)}`)}\n`
        }
        const at = visible(findingLocation(m))
        // Columns as the terminal shows them: a sheet name in Chinese is twice as wide as its length.
        const width = Math.max(7, stringWidth(at))
        const indent = ' '.repeat(width)
        text += `  ${c.dim(at + ' '.repeat(width - stringWidth(at)))} ${sev[m.severity]}${pad[m.severity]}  ${visible(m.message)}  ${c.dim(visible(m.ruleId))}\n`
        const where = describeRecord(m.record, m.column)
        if (where) text += `  ${indent} ${c.dim(visible(where))}\n`
        if (m.expected.length) text += `  ${indent} ${c.green('→')} ${visible(m.expected.join(' / '))}\n`
        spool.write(text)
      }
    },
    async end(r) {
      if (spool.empty && r.errors.length === 0) return
      out.write(`${c.underline(visible(r.file)) + (r.fixed ? c.green(' (fixed)') : r.fixPreview ? c.dim(' (as the fixes would leave it; not written)') : '')}\n`)
      for (const e of r.errors) out.write(`  ${c.dim(e.line === undefined ? '-' : `${e.line}`)}  ${c.red('error')}    ${visible(e.message)}\n`)
      await spool.drainTo(out)
      spool = new Spool()
      sheet = undefined
      out.write('\n')
    },
    close(t) {
      const problems = t.errors + t.warnings + t.infos
      const counts = `${t.replies} ${t.replies === 1 ? 'reply' : 'replies'} in ${t.files} ${t.files === 1 ? 'file' : 'files'}`
      if (problems === 0 && t.broken === 0) {
        out.write(`${c.green(`✔ no problems (${counts})`)}\n`)
        return
      }
      const line = `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${t.errors} ${t.errors === 1 ? 'error' : 'errors'}, ${t.warnings} ${t.warnings === 1 ? 'warning' : 'warnings'}, ${t.infos} info) in ${counts}`
      out.write(`${t.errors || t.broken ? c.red(c.bold(line)) : c.yellow(c.bold(line))}\n`)
      if (t.broken) out.write(`${c.red(`  ${t.broken} ${t.broken === 1 ? 'file' : 'files'} could not be read completely`)}\n`)
    },
  }
}
