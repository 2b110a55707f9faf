import { readFileSync, writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { linterFor } from './support/harness.js'
it('probe', () => {
  const l = linterFor('blame-customer')
  const lines = readFileSync('/tmp/blameprobe/in.txt', 'utf8').split('\n').filter(Boolean)
  const out: string[] = []
  for (const t of lines) { const [text, prev] = t.split('||'); const ms = l.lint(text!, prev ? { previous: prev } : undefined).messages; out.push(`${ms.map((m) => `${m.severity[0]}「${m.actual}」`).join(' ') || '—'}\t${t}`) }
  writeFileSync('/tmp/blameprobe/out.txt', out.join('\n') + '\n')
})
