import { chmodSync, mkdtempSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli } from './cli-support.js'

/**
 * The SARIF report checked by Microsoft's own validator (Sarif.Multitool validate: the
 * SARIF 2.1.0 JSON schema plus the spec's rules), on every format of input and with read
 * errors (tool notifications) and fixes in the log.
 */
beforeAll(buildOnce, 180_000)

function multitool(): string {
  const require = createRequire(import.meta.url)
  const bin = join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool')
  // Its postinstall (chmod u+x) does not run where install scripts need approval.
  chmodSync(bin, 0o755)
  return bin
}

describe('--format sarif is valid SARIF 2.1.0', () => {
  it.each([
    ['canned replies of every library format, all rules', ['fixtures/demo']],
    ['read errors as notifications, fixes as SARIF fixes', ['fixtures/cli/bad', 'fixtures/cli/fix/replies.txt']],
  ])('%s', (_name, inputs) => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-sarif-'))
    const log = join(dir, 'kefu.sarif')
    const r = cli(['--format', 'sarif', '--output', log, ...inputs])
    expect([1, 2]).toContain(r.code)
    const results = JSON.parse(readFileSync(log, 'utf8')).runs[0].results as unknown[]
    expect(results.length).toBeGreaterThan(0)
    const out = join(dir, 'validation.sarif')
    const v = spawnSync(multitool(), ['validate', log, '--output', out], { encoding: 'utf8', timeout: 120_000 })
    expect(v.status, v.stdout + v.stderr).toBe(0)
    const findings = (JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? []) as { ruleId: string; level?: string; message: { text?: string } }[]
    // Not even warnings or notes: the validator's findings list is empty.
    expect(findings.map((f) => `${f.level ?? 'warning'} ${f.ruleId}`)).toEqual([])
  }, 180_000)
})
