import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli } from './cli-support.js'

/**
 * The SARIF report, on every format of input and with read errors (tool notifications) and
 * fixes in the log, checked everywhere against the SARIF 2.1.0 JSON schema (ajv), and where
 * Microsoft's validator ships for the platform also by it (Sarif.Multitool validate: the schema
 * plus the spec's rules).
 */
beforeAll(buildOnce, 180_000)

const require = createRequire(import.meta.url)

/** The Sarif.Multitool binary of this platform, or undefined where none is installed. */
function multitool(): string | undefined {
  const name = process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool'
  let bin: string
  try {
    bin = join(dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`)), name)
  } catch {
    return undefined
  }
  // The npm packages carry x64 .NET builds only.
  if (!existsSync(bin) || process.arch !== 'x64') return undefined
  // Its postinstall (chmod u+x) does not run where install scripts need approval.
  if (process.platform !== 'win32') chmodSync(bin, 0o755)
  return bin
}
const MULTITOOL = multitool()

const schemaValidator = (() => {
  // The SARIF 2.1.0 (rtm.5) schema as Microsoft publishes it in @microsoft/jest-sarif: draft-04.
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
  // unicodeRegExp off: the schema's language pattern has a stray ']' that the u flag rejects.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false })
  ajvFormats.default(ajv)
  return ajv.compile(schema)
})()

const CASES: [string, string[]][] = [
  ['canned replies of every library format, all rules', ['fixtures/demo']],
  ['read errors as notifications, fixes as SARIF fixes', ['fixtures/cli/bad', 'fixtures/cli/fix/replies.txt']],
]

function sarifOf(inputs: readonly string[]): { dir: string; log: string; sarif: { runs: { results: unknown[] }[] } } {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-sarif-'))
  const log = join(dir, 'kefu.sarif')
  const r = cli(['--format', 'sarif', '--output', log, ...inputs])
  expect([1, 2]).toContain(r.code)
  const sarif = JSON.parse(readFileSync(log, 'utf8')) as { runs: { results: unknown[] }[] }
  expect(sarif.runs[0]!.results.length).toBeGreaterThan(0)
  return { dir, log, sarif }
}

describe('--format sarif matches the SARIF 2.1.0 JSON schema', () => {
  it.each(CASES)('%s', (_name, inputs) => {
    const { sarif } = sarifOf(inputs)
    const valid = schemaValidator(sarif)
    expect(schemaValidator.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('the schema check fails a log that breaks the schema', () => {
    const { sarif } = sarifOf(CASES[0]![1])
    ;(sarif.runs[0]!.results[0] as { level: string }).level = 'fatal'
    expect(schemaValidator(sarif)).toBe(false)
    expect(schemaValidator.errors!.some((e: { instancePath: string }) => e.instancePath === '/runs/0/results/0/level')).toBe(true)
  })
})

describe.skipIf(!MULTITOOL)('--format sarif passes Sarif.Multitool validate', () => {
  it.each(CASES)('%s', (_name, inputs) => {
    const { dir, log } = sarifOf(inputs)
    const out = join(dir, 'validation.sarif')
    const v = spawnSync(MULTITOOL!, ['validate', log, '--output', out], { encoding: 'utf8', timeout: 120_000 })
    expect(v.status, v.stdout + v.stderr).toBe(0)
    const findings = (JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? []) as { ruleId: string; level?: string; message: { text?: string } }[]
    // Not even warnings or notes: the validator's findings list is empty.
    expect(findings.map((f) => `${f.level ?? 'warning'} ${f.ruleId}`)).toEqual([])
  }, 180_000)
})
