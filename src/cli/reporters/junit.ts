import { Spool } from '../report/spool.js'
import type { Reporter } from '../types.js'
import { describeRecord } from './summary.js'

/**
 * JUnit XML for CI systems that show test reports: one test suite per file, one failing test
 * case per problem (a workbook's cases named by cell, `book.xlsx 售后!B3`, and classed by sheet) (a file without problems is one passing case); a read problem is an <error>.
 * The counts come before the cases they count, so cases wait in spools (on disk when large).
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

export const junit: Reporter = (out) => {
  const suites = new Spool()
  let cases = new Spool()
  let failures = 0
  const all = { tests: 0, failures: 0, errors: 0 }
  return {
    findings(file, ms) {
      for (const m of ms) {
        const where = describeRecord(m.record, m.column)
        // A workbook's cell in A1 notation after the file name; its cases grouped by sheet (classname).
        const place = m.record.cell !== undefined ? `${file} ${m.record.cell}` : `${file}:${m.line}:${m.column}`
        const group = m.record.sheet !== undefined ? `${file} › ${m.record.sheet}` : file
        const body = `${m.severity} at ${place}${where ? ` (${where})` : ''}\n${m.message}${m.expected.length ? `\n→ ${m.expected.join(' / ')}` : ''}`
        cases.write(
          `\n    <testcase classname="${xml(group)}" name="${xml(`${place} ${m.ruleId}`)}">\n      <failure type="${xml(m.ruleId)}" message="${xml(m.message)}">${xml(body)}</failure>\n    </testcase>`,
        )
        failures++
      }
    },
    async end(r) {
      let head = ''
      for (const e of r.errors) {
        head += `\n    <testcase classname="${xml(r.file)}" name="${xml(`${r.file}${e.line ? `:${e.line}` : ''} read`)}">\n      <error message="${xml(e.message)}"/>\n    </testcase>`
      }
      let tests = r.errors.length + failures
      if (tests === 0) {
        head = `\n    <testcase classname="${xml(r.file)}" name="${xml(r.file)}"/>`
        tests = 1
      }
      suites.write(`${all.tests ? '\n' : ''}  <testsuite name="${xml(r.file)}" tests="${tests}" failures="${failures}" errors="${r.errors.length}">${head}`)
      await cases.drainTo(suites)
      suites.write('\n  </testsuite>')
      all.tests += tests
      all.failures += failures
      all.errors += r.errors.length
      cases = new Spool()
      failures = 0
    },
    async close() {
      out.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kefu-lint" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}">\n`)
      await suites.drainTo(out)
      out.write('\n</testsuites>\n')
    },
  }
}
