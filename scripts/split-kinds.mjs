#!/usr/bin/env node
/**
 * Split a labelled set whose lines name their sub-kind (`kind`) into two halves that share every sub-kind: alternate lines within
 * each kind go to the dev half and the held-out half. Lanes read the dev half; the held-out half, kept out of the repository, shows
 * whether a fix reached the sub-kind or only the lines it was made from (thirty-seventh session, fixtures/eval/HISTORY.md).
 *
 *   node scripts/split-kinds.mjs <set.jsonl> <dev.jsonl> <held-out.jsonl>
 *
 * Lines without a `kind` are an error: a set without sub-kinds cannot be split this way.
 */
import { readFileSync, writeFileSync } from 'node:fs'

const [input, devOut, holdOut] = process.argv.slice(2)
if (!input || !devOut || !holdOut) {
  console.error('usage: node scripts/split-kinds.mjs <set.jsonl> <dev.jsonl> <held-out.jsonl>')
  process.exit(2)
}
const seen = new Map()
const dev = []
const hold = []
readFileSync(input, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return
    let kind
    try {
      kind = JSON.parse(line).kind
    } catch (e) {
      console.error(`${input}:${i + 1}: not JSON (${e.message})`)
      process.exit(1)
    }
    if (typeof kind !== 'string' || !kind) {
      console.error(`${input}:${i + 1}: no "kind"`)
      process.exit(1)
    }
    const n = seen.get(kind) ?? 0
    seen.set(kind, n + 1)
    ;(n % 2 === 0 ? dev : hold).push(line)
  })
writeFileSync(devOut, dev.join('\n') + '\n')
writeFileSync(holdOut, hold.join('\n') + '\n')
console.log(`${seen.size} kinds: ${dev.length} lines to ${devOut}, ${hold.length} to ${holdOut}`)
