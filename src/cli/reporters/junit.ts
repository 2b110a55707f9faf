import type { Reporter } from '../types.js'
import { describeRecord } from './summary.js'

/**
 * JUnit XML for CI systems that show test reports: one test suite per file, one failing test
 * case per problem (a file without problems is one passing case); a read problem is an <error>.
 */
const xml = (s: string) =>
  s
    // Characters XML 1.0 cannot carry at all.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

export const junit: Reporter = (results) => {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  for (const r of results) {
    const cases: string[] = []
    for (const e of r.errors) {
      cases.push(`    <testcase classname="${xml(r.file)}" name="${xml(`${r.file}${e.line ? `:${e.line}` : ''} read`)}">\n      <error message="${xml(e.message)}"/>\n    </testcase>`)
    }
    for (const m of r.messages) {
      const where = describeRecord(m.record)
      const body = `${m.severity} at ${r.file}:${m.line}:${m.column}${where ? ` (${where})` : ''}\n${m.message}${m.expected.length ? `\n→ ${m.expected.join(' / ')}` : ''}`
      cases.push(
        `    <testcase classname="${xml(r.file)}" name="${xml(`${r.file}:${m.line}:${m.column} ${m.ruleId}`)}">\n      <failure type="${xml(m.ruleId)}" message="${xml(m.message)}">${xml(body)}</failure>\n    </testcase>`,
      )
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(r.file)}" name="${xml(r.file)}"/>`)
    tests += cases.length
    failures += r.messages.length
    errors += r.errors.length
    suites.push(
      `  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${r.messages.length}" errors="${r.errors.length}">\n${cases.join('\n')}\n  </testsuite>`,
    )
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kefu-lint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`
}
