import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// scripts/eval.mjs --by-kind scores a kinds set (fixtures/eval/kinds/): per kind, recall of the kind's rule on its
// must-flag records and that rule's false alarms on its look-alikes. Records are our own words.
const records = [
  { text: '亲，这件外套我们保证明天一定送到您手上。', labels: ['absolute-promise'], note: 'absolute-promise/arrival: promise of arrival', half: 'A' },
  { text: '好的亲，已经帮您备注了。', labels: ['absolute-promise'], note: 'absolute-promise/arrival: labelled wrongly on purpose, so it is a miss', half: 'A' },
  { text: '亲，这件外套我们保证明天一定送到您手上。', labels: ['absolute-promise'], note: 'absolute-promise/arrival: in half B', half: 'B' },
  { text: '快递时效我们没法保证，一般两三天到。', labels: [], note: 'absolute-promise/negated: a negated promise', half: 'A' },
  { text: '亲，这款是全网最低价。', labels: ['exaggeration'], note: 'exaggeration/lowest-price: ranking by price', half: 'A' },
  { text: '这件没有 note 的种类', labels: [], half: 'A' },
]

function run(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-eval-kind-'))
  const file = join(dir, 'kinds.jsonl')
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
  return spawnSync(process.execPath, ['scripts/eval.mjs', '--file', file, '--by-kind', ...args], { encoding: 'utf8' })
}

describe('scripts/eval.mjs --by-kind', () => {
  it('counts per kind, names the missed lines, and skips records without a kind', () => {
    const r = run('--half', 'A')
    expect(r.status).toBe(0)
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| `') || l.startsWith('| **'))
    expect(rows).toEqual([
      '| `absolute-promise/arrival` | 1/2 |  | 2 |',
      '| `absolute-promise/negated` |  | 0/1 |  |',
      '| `exaggeration/lowest-price` | 1/1 |  |  |',
      '| **all kinds** | 2/3 (0.667) | 0/1 | |',
    ])
    expect(r.stdout).toContain('(half A): 5 records, 3 kinds')
    expect(r.stderr).toContain('1 record(s) name no "<rule>/<kind>:" in their note (lines 6…)')
  })

  it('scores the other half on its own', () => {
    const r = run('--half', 'B')
    expect(r.stdout.split('\n').filter((l) => l.startsWith('| **'))).toEqual(['| **all kinds** | 1/1 (1.000) | 0/0 | |'])
  })
})
