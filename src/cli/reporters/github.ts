import type { Reporter } from '../types.js'

/**
 * GitHub Actions workflow commands: each problem becomes an annotation on the file and line
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::message`); info is a notice.
 */
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`
}

export const github: Reporter = (results) => {
  const out: string[] = []
  for (const r of results) {
    for (const e of r.errors) out.push(command('error', { file: r.file, line: e.line, title: 'kefu-lint' }, e.message))
    for (const m of r.messages) {
      const suggestion = m.expected.length ? ` (→ ${m.expected.join(' / ')})` : ''
      out.push(
        command(
          COMMAND[m.severity],
          { file: r.file, line: m.line, col: m.column, endLine: m.endLine, endColumn: m.endColumn, title: m.ruleId },
          m.message + suggestion,
        ),
      )
    }
  }
  return out.length ? `${out.join('\n')}\n` : ''
}
