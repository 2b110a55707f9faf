import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, lintJson } from './cli-support.js'

/** --cache is keyed on everything that decides results and survives a cache that does not fit (issue 13.6). */
beforeAll(buildOnce, 180_000)

const plugin = (phrase: string) => `export default {
  meta: { id: 'shop/no-hard-sell', category: 'custom', description: { zh: '不催单', en: 'No pressure to buy' }, defaultSeverity: 'error', fixable: false },
  lexicon: { entries: [{ phrases: ['${phrase}'] }] },
}
`

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-cache-'))
  writeFileSync(join(dir, 'kefulint.config.mjs'), "import noHardSell from './rules/no-hard-sell.mjs'\nexport default { plugins: [noHardSell] }\n")
  mkdirSync(join(dir, 'rules'))
  writeFileSync(join(dir, 'rules/no-hard-sell.mjs'), plugin('赶紧下单'))
  writeFileSync(join(dir, 'replies.txt'), '亲，赶紧下单吧\n亲，快点拍吧\n')
  return dir
}

const run = (dir: string, extra: string[] = []) => lintJson(['--cache', '--cache-location', 'cache.json', '--rules', 'shop/no-hard-sell', ...extra, 'replies.txt'], { cwd: dir })

describe('--cache', () => {
  it('an edited plugin module that the config imports invalidates the cached results', () => {
    const dir = project()
    expect(run(dir).results[0]!.messages.map(at)).toEqual(['1:3-1:7 error shop/no-hard-sell 赶紧下单'])
    writeFileSync(join(dir, 'rules/no-hard-sell.mjs'), plugin('快点拍'))
    const again = run(dir)
    expect(again.stderr).toBe('')
    expect(again.results[0]!.messages.map(at)).toEqual(['2:3-2:6 error shop/no-hard-sell 快点拍'])
  })

  it('a cache file of the wrong shape is rebuilt with one warning, and the results are right', () => {
    const dir = project()
    run(dir)
    const cacheFile = join(dir, 'cache.json')
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: { messages: unknown } }> }
    // Same keys (so every entry is a hit), results a reporter cannot print.
    for (const e of Object.values(cache.entries)) e.result.messages = 5
    writeFileSync(cacheFile, JSON.stringify(cache))
    const r = run(dir)
    expect(r.stderr).toBe(`kefu-lint: cache ${cacheFile} is not a kefu-lint cache (entries.${join(dir, 'replies.txt')}.result.messages: Invalid input: expected array, received number); rebuilding it\n`)
    expect([r.code, r.results[0]!.messages.map(at)]).toEqual([1, ['1:3-1:7 error shop/no-hard-sell 赶紧下单']])
    // Rebuilt: the next run reads it without a word.
    const next = run(dir)
    expect([next.stderr, next.results[0]!.messages.map(at)]).toEqual(['', ['1:3-1:7 error shop/no-hard-sell 赶紧下单']])

    writeFileSync(cacheFile, '{"version": 1, "entries": ')
    expect(run(dir).stderr).toMatch(new RegExp(`^kefu-lint: cache ${cacheFile} is not readable JSON \\(.+\\); rebuilding it\\n$`))
  })

  it('a cache path that is a folder: one warning, the report is still written', () => {
    const dir = project()
    mkdirSync(join(dir, 'cache-dir/cache.json'), { recursive: true })
    const r = lintJson(['--cache', '--cache-location', 'cache-dir/', '--rules', 'shop/no-hard-sell', 'replies.txt'], { cwd: dir })
    expect(r.stderr).toBe(`kefu-lint: cache ${join(dir, 'cache-dir/cache.json')} is a folder, not a file; linting without the cache\n`)
    expect([r.code, r.results[0]!.messages.map(at)]).toEqual([1, ['1:3-1:7 error shop/no-hard-sell 赶紧下单']])
  })
})
