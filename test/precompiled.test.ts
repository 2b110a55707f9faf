import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtinRules, createLinter } from '../src/index.js'
import { parseLexicon } from '../src/lexicon/schema.js'
import { buildOnce, ROOT } from './cli-support.js'

/**
 * The Node builds ship the built-in lexicons compiled at build time (src/lexicon/precompiled.ts,
 * scripts/precompile.ts); here (vitest) every lexicon goes through the parsers at run time. The
 * two must be the same data, and a config's word classes must re-expand the shipped lexicons as
 * they re-expand the parsed ones.
 */
beforeAll(buildOnce, 180_000)

type Dist = typeof import('../src/index.js')
const dist = async () => (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as Dist

describe('built-in data compiled at build time', () => {
  it('every rule of the Node build has the lexicon the parser makes at run time, key for key', async () => {
    const shipped = (await dist()).builtinRules
    expect(shipped.map((r) => r.meta.id)).toEqual(builtinRules.map((r) => r.meta.id))
    builtinRules.forEach((rule, i) => expect(shipped[i]!.lexicon, rule.meta.id).toStrictEqual(rule.lexicon))
  })

  it("a config's word classes and a plugin's lexicon: the same findings from the Node build", async () => {
    const { createLinter: createShipped } = await dist()
    const config = { classes: { 'outcome.damage': ['脱胶'] } }
    const plugin = {
      meta: { id: 'shop/no-hard-sell', category: 'custom', description: { zh: '不催单', en: 'No pressure to buy' }, defaultSeverity: 'error', fixable: false },
      lexicon: { entries: [{ phrases: ['赶紧(去)下单(啦)'] }] },
    } as const
    const texts = ['保证不会脱胶的', '亲，赶紧去下单啦', '这款绝对不会掉色的', '唔会掉色嘅']
    const here = createLinter(config, { plugins: [plugin as never] })
    const there = createShipped(config, { plugins: [plugin as never] })
    for (const text of texts) expect(there.lint(text).messages, text).toEqual(here.lint(text).messages)
    expect(here.lint('保证不会脱胶的').messages.length).toBeGreaterThan(0)
  })

  it('only the modules the build wrote are taken as compiled: other data, under any name, is validated', async () => {
    const shipped = await dist()
    expect(() => shipped.parseLexicon({ rule: 'absolute-promise' }, 'rules/absolute-promise/lexicon.yaml')).toThrow(/Invalid lexicon rules\/absolute-promise\/lexicon\.yaml/)
    const lexicon = shipped.parseLexicon({ rule: 'x', message: { zh: '{actual}', en: '{actual}' }, entries: [{ phrases: ['包[退|换]'] }] }, 'mine')
    expect(lexicon.entries[0]!.phrases).toEqual(['包退', '包换'])
  })
})
