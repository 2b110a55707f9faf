import * as crypto from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { Spool } from '../report/spool.js'
import type { CliMessage, RecordInfo, Reporter, ReportRule, Severity } from '../types.js'
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
  // The file's uri, as JSON: the same for all of a file's findings.
  let uriFile: string | undefined
  let uri = ''
  const notifications: Record<string, unknown>[] = []
  return {
    findings(file, ms) {
      if (file !== uriFile) {
        uriFile = file
        uri = JSON.stringify(uriOf(file))
      }
      for (const m of ms) {
        results.write(`${count++ ? ',\n' : '\n'}${INDENT}${resultJson(m, ruleIndex(m), uri, records.record(file, m))}`)
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

/** Node ≥ 20.12 hashes a string in one call, without a Hash object per finding. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash
const hash = (s: string) => (oneShot ? oneShot('sha256', s, 'hex') : crypto.createHash('sha256').update(s).digest('hex')).slice(0, 32)

/** A line break and the indent of a result's line n spaces deeper than the result. */
const NEWLINE = Array.from({ length: 17 }, (_, n) => `\n${INDENT}${' '.repeat(n)}`)

/**
 * One result as `JSON.stringify(result, null, 2)` at the results' depth writes it, spelled out
 * here: stringify with an indent, then re-indenting every line for its depth, cost several
 * times what json's compact findings cost (and made two large strings per finding). The
 * layout is fixed; only strings go through JSON.stringify. Byte-identical to the generic form
 * (the golden SARIF outputs check it).
 */
function resultJson(m: CliMessage, ruleIndex: number, uri: string, record: RecordInfo): string {
  const s = JSON.stringify
  const text = m.expected.length ? `${m.message} (→ ${m.expected.join(' / ')})` : m.message
  const at = (n: number) => NEWLINE[n]!
  const region = (n: number) => `"startLine": ${m.line},${at(n)}"startColumn": ${m.column},${at(n)}"endLine": ${m.endLine},${at(n)}"endColumn": ${m.endColumn}`
  let out =
    `{${at(2)}"ruleId": ${s(m.ruleId)},${at(2)}"ruleIndex": ${ruleIndex},${at(2)}"level": "${LEVEL[m.severity]}",` +
    `${at(2)}"message": {${at(4)}"text": ${s(text)}${at(2)}},` +
    `${at(2)}"locations": [${at(4)}{${at(6)}"physicalLocation": {${at(8)}"artifactLocation": {${at(10)}"uri": ${uri},${at(10)}"uriBaseId": "%SRCROOT%"${at(8)}},` +
    `${at(8)}"region": {${at(10)}${region(10)},${at(10)}"snippet": {${at(12)}"text": ${s(m.actual)}${at(10)}}${at(8)}}${at(6)}}${at(4)}}${at(2)}],` +
    // Stable across edits elsewhere in the file: the rule, the reply and the words.
    `${at(2)}"partialFingerprints": {${at(4)}"kefuLint/v1": "${hash(`${m.ruleId}\0${m.record.text ?? ''}\0${m.start}\0${m.actual}`)}"${at(2)}},` +
    `${at(2)}"properties": {${at(4)}"record": ${pretty(record, INDENT.length + 4)},${at(4)}"actual": ${s(m.actual)},${at(4)}"expected": ${pretty(m.expected, INDENT.length + 4)}${at(2)}}`
  if (m.fix && m.line === m.endLine) {
    out +=
      `,${at(2)}"fixes": [${at(4)}{${at(6)}"description": {${at(8)}"text": ${s(`${m.actual} → ${m.fix.text}`)}${at(6)}},` +
      `${at(6)}"artifactChanges": [${at(8)}{${at(10)}"artifactLocation": {${at(12)}"uri": ${uri},${at(12)}"uriBaseId": "%SRCROOT%"${at(10)}},` +
      `${at(10)}"replacements": [${at(12)}{${at(14)}"deletedRegion": {${at(16)}${region(16)}${at(14)}},${at(14)}"insertedContent": {${at(16)}"text": ${s(m.fix.text)}${at(14)}}${at(12)}}${at(10)}]${at(8)}}${at(6)}]${at(4)}}${at(2)}]`
  }
  return `${out}${at(0)}}`
}

/** `JSON.stringify(value, null, 2)` for a value that starts `depth` spaces in (plain JSON data). */
function pretty(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value) ?? 'null'
  const inner = `\n${' '.repeat(depth + 2)}`
  let out = ''
  if (Array.isArray(value)) {
    for (const v of value) out += `${out ? ',' : ''}${inner}${v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : pretty(v, depth + 2)}`
    return out ? `[${out}\n${' '.repeat(depth)}]` : '[]'
  }
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k]
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
    out += `${out ? ',' : ''}${inner}${JSON.stringify(k)}: ${pretty(v, depth + 2)}`
  }
  return out ? `{${out}\n${' '.repeat(depth)}}` : '{}'
}

/**
 * SARIF wants `name` to be a readable identifier that differs from the opaque `id`
 * (validator rule SARIF1001, which compares them ignoring case): absolute-promise →
 * AbsolutePromise; a one-word id has no distinct name, so it gets none.
 */
function ruleName(id: string): { name?: string } {
  const name = id.replace(/(^|[-/])(\w)/g, (_m, _s: string, c: string) => c.toUpperCase())
  return name.toLowerCase() === id.toLowerCase() ? {} : { name }
}
