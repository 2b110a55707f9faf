import { readFileSync, writeFileSync } from 'node:fs'
import { builtinRules } from '../dist/index.js'
import { replaceTable } from './rules-table.mjs'

const file = new URL('../README.md', import.meta.url)
writeFileSync(file, replaceTable(readFileSync(file, 'utf8'), builtinRules))
console.log(`README.md: ${builtinRules.length} rules`)
