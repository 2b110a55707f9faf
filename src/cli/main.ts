// Placeholder replaced by the CLI module (issue 3); kept runnable.
import { readFileSync } from 'node:fs'
import { createLinter } from '../node.js'

const files = process.argv.slice(2)
const linter = createLinter()
let errors = 0
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  lines.forEach((line, i) => {
    for (const m of linter.lint(line).messages) {
      if (m.severity === 'error') errors++
      console.log(`${file}:${i + 1}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`)
    }
  })
}
process.exitCode = errors ? 1 : 0
