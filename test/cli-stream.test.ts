import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli, cliAsync, FIXTURES, ROOT } from './cli-support.js'

/**
 * Streamed reporters against the outputs the collecting reporters wrote before streaming
 * (fixtures/cli/outputs/expected, made with the CLI of commit 00416cf): byte for byte, for
 * every format whose layout did not change, and the same for every --jobs.
 */
beforeAll(buildOnce, 180_000)

const CASES: Record<string, string[]> = {
  chats: ['fixtures/cli/chats'],
  formats: ['fixtures/cli/formats', 'fixtures/cli/encodings'],
  bad: ['fixtures/cli/bad', 'fixtures/cli/outputs/phrases.csv'],
}
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'html']
const rootless = (s: string) => s.split(`${ROOT.endsWith('/') ? ROOT : `${ROOT}/`}`).join('<ROOT>/')
const expected = (name: string, format: string) => readFileSync(join(FIXTURES, 'outputs/expected', `${name}.${format}`), 'utf8')

describe.concurrent('streamed reports are byte-identical to the collected ones', () => {
  for (const [name, paths] of Object.entries(CASES)) {
    for (const format of FORMATS) {
      it(`${name} --format ${format}`, async () => {
        // These reports were written when every report carried the customer's previous turn.
        const r = await cliAsync(['--rules', 'absolute-promise', '--with-previous', '--jobs', '1', '--format', format, ...paths])
        expect(r.stderr).toBe('')
        expect(rootless(r.stdout)).toBe(expected(name, format))
      })
    }
  }
})
