import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { Spool } from '../report/spool.js'
import type { CliMessage, Reporter, ReportRule, Severity } from '../types.js'
import { RecordWriter } from './records.js'

/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers). Rules come from the rules'
 * own metadata (helpUri = the rule's doc page); error/warning/info map to error/warning/note;
 * positions are UTF-16 columns relative to %SRCROOT% (the working directory); a read problem is
 * a tool execution notification and makes the run unsuccessful.
 */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

const uriOf = (file: string) => (file === '<stdin>' ? 'stdin' : file.split('/').map(encodeURIComponent).join('/'))

/** Only web pages are links: a rule's `url` from a plugin could say `javascript:` or `file:`. */
const webUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined)

/** Results sit at this depth in the pretty-printed log (runs[0].results[i]). */
const INDENT = '        '

export const sarif: Reporter = (out, ctx) => {
  const rules: ReportRule[] = [...(ctx.rules ?? [])]
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const ruleIndex = (m: CliMessage) => {
    let i = index.get(m.ruleId)
    if (i === undefined) {
      i = rules.length
      rules.push({ id: m.ruleId, description: { zh: m.ruleId, en: m.ruleId }, defaultSeverity: m.severity, category: 'custom', fixable: !!m.fix, url: m.url })
      index.set(m.ruleId, i)
    }
    return i
  }
  const records = new RecordWriter()
  // The envelope's notifications and rule table come before the results: results wait here.
  const results = new Spool()
  let count = 0
  const notifications: Record<string, unknown>[] = []
  return {
    findings(file, ms) {
      const artifactLocation = { uri: uriOf(file), uriBaseId: '%SRCROOT%' }
      for (const m of ms) {
        const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }
        const result: Record<string, unknown> = {
          ruleId: m.ruleId,
          ruleIndex: ruleIndex(m),
          level: LEVEL[m.severity],
          message: { text: m.expected.length ? `${m.message} (→ ${m.expected.join(' / ')})` : m.message },
          locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: m.actual } } } }],
          // Stable across edits elsewhere in the file: the rule, the reply and the words.
          partialFingerprints: { 'kefuLint/v1': hash(`${m.ruleId}\0${m.record.text ?? ''}\0${m.start}\0${m.actual}`) },
          properties: { record: records.record(file, m), actual: m.actual, expected: m.expected },
        }
        if (m.fix && m.line === m.endLine) {
          result.fixes = [
            {
              description: { text: `${m.actual} → ${m.fix.text}` },
              artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: m.fix.text } }] }],
            },
          ]
        }
        results.write(`${count++ ? ',\n' : '\n'}${INDENT}${JSON.stringify(result, null, 2).replace(/\n/g, `\n${INDENT}`)}`)
      }
    },
    end(r) {
      for (const e of r.errors) {
        notifications.push({
          level: 'error',
          message: { text: e.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.file), uriBaseId: '%SRCROOT%' }, ...(e.line ? { region: { startLine: e.line } } : {}) } }],
        })
      }
    },
    async close() {
      const HOLE = '\u0000results\u0000'
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'kefu-lint',
                version: ctx.version,
                semanticVersion: ctx.version,
                informationUri: 'https://github.com/kefu-lint/kefu-lint',
                rules: rules.map((r) => {
                  const helpUri = webUrl(r.url)
                  return {
                    id: r.id,
                    ...ruleName(r.id),
                    shortDescription: { text: r.description.en },
                    fullDescription: { text: `${r.description.zh} — ${r.description.en}` },
                    ...(helpUri ? { helpUri } : {}),
                    help: { text: helpUri ? `${r.description.en}\nSee ${helpUri}` : r.description.en },
                    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
                    properties: { category: r.category, fixable: r.fixable, tags: ['kefu-lint', r.category] },
                  }
                }),
              },
            },
            invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : `${ctx.cwd}/`).href } },
            columnKind: 'utf16CodeUnits',
            results: HOLE,
          },
        ],
      }
      const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(HOLE)) as [string, string]
      if (count === 0) {
        out.write(`${head}[]${tail}\n`)
        return
      }
      out.write(`${head}[`)
      await results.drainTo(out)
      out.write(`\n      ]${tail}\n`)
    },
  }
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32)

/**
 * SARIF wants `name` to be a readable identifier that differs from the opaque `id`
 * (validator rule SARIF1001, which compares them ignoring case): absolute-promise →
 * AbsolutePromise; a one-word id has no distinct name, so it gets none.
 */
function ruleName(id: string): { name?: string } {
  const name = id.replace(/(^|[-/])(\w)/g, (_m, _s: string, c: string) => c.toUpperCase())
  return name.toLowerCase() === id.toLowerCase() ? {} : { name }
}
