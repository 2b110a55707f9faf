import { Spool } from '../report/spool.js'
import type { Reporter } from '../types.js'
import { visible } from './summary.js'

/**
 * GitHub Actions workflow commands: each problem becomes an annotation on the file and line
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::message`); info is a notice.
 * Written per file: a file's read problems first, then its findings.
 */
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

const escapeData = (s: string) => visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}\n`
}

export const github: Reporter = (out) => {
  let spool = new Spool()
  return {
    findings(file, ms) {
      for (const m of ms) {
        const suggestion = m.expected.length ? ` (→ ${m.expected.join(' / ')})` : ''
        spool.write(
          command(COMMAND[m.severity], { file, line: m.line, col: m.column, endLine: m.endLine, endColumn: m.endColumn, title: m.ruleId }, m.message + suggestion),
        )
      }
    },
    async end(r) {
      for (const e of r.errors) out.write(command('error', { file: r.file, line: e.line, title: 'kefu-lint' }, e.message))
      await spool.drainTo(out)
      spool = new Spool()
    },
    close() {},
  }
}
