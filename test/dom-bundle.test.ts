import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as OpenCC from 'opencc-js'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { createLinter, type ConfigInput, type Linter } from '../src/index.js'
import { packedModule, prunedT2SPairs, shippedRuleData, t2sModule } from '../scripts/browser-bundle.js'
import { T2S_FROM, T2S_TO } from '../src/normalize/t2s-data.js'
import { unpackData } from '../src/dom/packed-data.js'

/**
 * The browser build (dist/dom.js) swaps zod for zod/mini, drops the lexicons' examples, packs the rule data and
 * keeps only the Traditional→Simplified pairs that rules match. None of that may change a
 * finding or a config error: the build must lint every reply of the evaluation corpus and
 * every lexicon example — in Simplified and converted to Traditional — exactly as the
 * library does, in the default and Traditional profiles, and refuse bad configs with the same words.
 */
const root = new URL('..', import.meta.url)
const BUNDLE = new URL('dist/dom.js', root)

function corpus(): { simplified: string[]; traditional: string[] } {
  const texts = new Set<string>()
  for (const file of ['fixtures/eval/replies.jsonl', 'fixtures/eval/holdout.jsonl']) {
    for (const line of readFileSync(new URL(file, root), 'utf8').split('\n')) if (line.trim()) texts.add((JSON.parse(line) as { text: string }).text)
  }
  const specs = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(specs)
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'specs' && x && typeof x === 'object') for (const list of Object.values(x)) for (const t of list as string[]) texts.add(t)
        else specs(x)
      }
    }
  }
  for (const rule of readdirSync(new URL('rules', root))) {
    const file = new URL(`rules/${rule}/lexicon.yaml`, root)
    if (existsSync(file)) specs(parse(readFileSync(file, 'utf8')))
  }
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' }) as (text: string) => string
  return { simplified: [...texts], traditional: [...texts].map(toTraditional) }
}

/** Every row of every fixtures/eval/*.jsonl file: the reply and the customer's message before it (read once). */
let poolRows: { text: string; previous?: string }[] | undefined
function evalPool(): { text: string; previous?: string }[] {
  return (poolRows ??= readPool())
}

function readPool(): { text: string; previous?: string }[] {
  const dir = new URL('fixtures/eval/', root)
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'))
  expect(files.length).toBeGreaterThanOrEqual(4)
  return files.flatMap((f) =>
    readFileSync(new URL(f, dir), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { text: string; previous?: string }),
  )
}

describe('browser build of kefu-lint/dom (dist/dom.js)', () => {
  let browserBuild: { createLinter(config?: ConfigInput): Linter }
  let code: string

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE.pathname} is missing: run npm run build first`)
    code = readFileSync(BUNDLE, 'utf8')
    browserBuild = (await import(pathToFileURL(BUNDLE.pathname).href)) as typeof browserBuild
  }, 60_000)

  it('carries zod/mini, not classic zod, and no lexicon examples', () => {
    expect(code).toContain('ZodMiniObject')
    expect(code).not.toMatch(/["']ZodString["']/)
    // A flag example of absolute-promise's lexicon. (The packed rule data is remapped, so this
    // guards the code; the shipped data itself is checked in 'packed rule data' below.)
    const lexicon = parse(readFileSync(new URL('rules/absolute-promise/lexicon.yaml', root), 'utf8')) as { specs: { flag: string[] } }
    expect(lexicon.specs.flag.length).toBeGreaterThan(0)
    for (const example of lexicon.specs.flag) expect(code).not.toContain(JSON.stringify(example))
    // Nor the word classes' descriptions (for people extending them).
    const classes = parse(readFileSync(new URL('src/vocab/classes.yaml', root), 'utf8')) as { classes: Record<string, { description: string }> }
    expect(classes.classes['outcome.arrival']?.description).toBe('物流结果：到货与送达的时间（店铺无法掌控）')
    for (const { description } of Object.values(classes.classes)) expect(code).not.toContain(description)
  })

  it('lints the corpus and the lexicon examples exactly as the library: Simplified (marketplace), converted to Traditional (zh-TW)', () => {
    const { simplified, traditional } = corpus()
    expect(simplified.length).toBeGreaterThan(1000)
    for (const [profile, texts] of [['marketplace', simplified], ['zh-TW', traditional]] as const) {
      const node = createLinter({ profile })
      const browser = browserBuild.createLinter({ profile })
      let findings = 0
      for (const text of texts) {
        const expected = node.lint(text).messages
        findings += expected.length
        // One assertion per difference would flood the output; compare, then show the first.
        const got = browser.lint(text).messages
        if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ profile, text, got }).toEqual({ profile, text, got: expected })
      }
      expect(findings).toBeGreaterThan(500)
    }
  })

  // One test per profile and locale: each is a pass over the whole pool with two linters built
  // (the four in one test came near the 60 s limit on a loaded machine as the pool grew).
  const poolConfigs: ConfigInput[] = [{ profile: 'marketplace' }, { profile: 'zh-TW' }, { profile: 'strict' }, { profile: 'marketplace', locale: 'en' }]
  it.each(poolConfigs.map((config) => [JSON.stringify(config), config] as const))('lints the whole evaluation pool (fixtures/eval/*.jsonl, with each row\'s previous message) exactly as the library: %s', (_, config) => {
    const rows = evalPool()
    expect(rows.length).toBeGreaterThan(2000)
    const node = createLinter(config)
    const browser = browserBuild.createLinter(config)
    let findings = 0
    for (const { text, previous } of rows) {
      const options = previous === undefined ? undefined : { previous }
      const expected = node.lint(text, options).messages
      findings += expected.length
      const got = browser.lint(text, options).messages
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ config, text, previous, got }).toEqual({ config, text, previous, got: expected })
    }
    expect(findings).toBeGreaterThan(1000)
  })

  it('refuses bad configs with the same messages (paths, allowed values, failing custom specs)', () => {
    const bad: unknown[] = [
      { profile: 'taiwan' },
      { rules: { 'absolute-promise': { severity: 'loud' } } },
      { rules: { 'absolute-promise': 'fatal' } },
      { rules: { 'internet-slang': { threshold: -1 } } },
      { colour: 'red' },
      { allow: '保证金' },
      { custom: [{ id: 'shop/x', kind: 'existence', phrases: [] }] },
      { custom: [{ id: 'shop/x', kind: 'swap', phrases: ['a'] }] },
      { custom: [{ id: 'shop/x', kind: 'existence', phrases: ['包邮'], specs: { pass: ['包邮吗'] } }] },
    ]
    const message = (make: () => unknown) => {
      try {
        make()
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`
      }
      return 'no error'
    }
    for (const config of bad) {
      const expected = message(() => createLinter(config as ConfigInput))
      expect(expected).toMatch(/^ConfigError: Invalid kefu-lint config:\nconfig[.:]/)
      expect(message(() => browserBuild.createLinter(config as ConfigInput))).toBe(expected)
    }
  })
})

describe('packed rule data (scripts/browser-bundle.ts → src/dom/packed-data.ts)', () => {
  const call = (module: string) => {
    const found = /unpackData\((".*"), ("[^"]*"), (\[[-\d,]*\])\)\n$/s.exec(module)
    expect(found).not.toBeNull()
    return { json: JSON.parse(found![1]!) as string, separator: JSON.parse(found![2]!) as string, steps: JSON.parse(found![3]!) as number[] }
  }
  const roundTrip = (data: unknown): unknown => {
    const { json, separator, steps } = call(packedModule(data, 'test.yaml'))
    return unpackData(json, separator, steps)
  }

  it('gives back exactly the data: nested lists, one-word lists, empty strings, numbers, lists of objects', () => {
    const data = {
      entries: [{ phrases: ['肯定', '一定'], exceptions: [], tags: ['x'], weight: 1.5, fix: true }, { phrases: ['', ''], notAfter: ['a', '', 'b'] }],
      cues: { one: ['的话'], many: ['a', 'b', 'c'] },
      nested: [['p', 'q'], ['r']],
      mixed: ['a', 1, 'b'],
    }
    expect(roundTrip(structuredClone(data))).toEqual(data)
  })

  it('picks a separator that no string holds, so a word with "|" stays whole', () => {
    const data = { words: ['a|b', 'c'], single: ['x|y'], other: ['¦', 'd'] }
    expect(call(packedModule(data, 'test.yaml')).separator).toBe('‖')
    expect(roundTrip(structuredClone(data))).toEqual(data)
  })

  it('gives back every character: CJK and full-width punctuation (remapped), two-byte ones the data holds (¥, é, ·), astral ones, CJK keys (kept as they are)', () => {
    const data = {
      words: ['保证', '一定', '¥99', 'café', '张·三', '𠀀字', '😀亲', '，。！', '‖'],
      one: ['的话'],
      message: { zh: '{actual}是绝对化承诺，建议改为{expected}。', en: '{actual} is a promise.' },
      类别: ['键', '值'],
    }
    const module = packedModule(data, 'test.yaml')
    // The Chinese text ships as two-byte characters: none of the words above stands in the module as it is.
    for (const word of ['保证', '一定', '绝对化承诺']) expect(module).not.toContain(word)
    expect(roundTrip(structuredClone(data))).toEqual(data)
  })

  it('unpacks the shipped rule data to exactly the YAML files as the browser build ships them (no specs, no class descriptions)', () => {
    const shipped = shippedRuleData()
    expect(Object.keys(shipped)).toContain('src/vocab/classes.yaml')
    expect(roundTrip(structuredClone(shipped))).toEqual(shipped)
    const strings = new Set<string>()
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.add(v)
      else if (v && typeof v === 'object') Object.values(v).forEach(walk)
    }
    walk(shipped)
    expect(strings.has('肯定')).toBe(true)
    const lexicon = parse(readFileSync(new URL('rules/absolute-promise/lexicon.yaml', root), 'utf8')) as { specs: { flag: string[] } }
    for (const example of lexicon.specs.flag) expect(strings.has(example)).toBe(false)
    const classes = parse(readFileSync(new URL('src/vocab/classes.yaml', root), 'utf8')) as { classes: Record<string, { description: string }> }
    for (const { description } of Object.values(classes.classes)) expect(strings.has(description)).toBe(false)
  })

  it('names the file when every separator occurs in it', () => {
    expect(() => packedModule({ words: ['|', '¦', '‖', '\u2063'] }, 'rules/x/lexicon.yaml')).toThrow(/^rules\/x\/lexicon\.yaml: every separator/)
  })
})

describe('Traditional→Simplified table of the browser build (scripts/browser-bundle.ts t2sModule)', () => {
  const decode = async (module: string): Promise<Map<string, string>> => {
    const { T2S_FROM: from, T2S_TO: to } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as { T2S_FROM: string; T2S_TO: string }
    expect(from.length).toBe(to.length)
    return new Map([...from].map((f, i) => [f, to[i]!]))
  }
  const asMap = (pairs: readonly (readonly [number, number])[]) => new Map(pairs.map(([f, t]) => [String.fromCharCode(f), String.fromCharCode(t)]))

  it('decodes to exactly the pruned pairs, each one a pair of the full table', async () => {
    const pairs = prunedT2SPairs(fileURLToPath(new URL('src/normalize/t2s-data.ts', root)))
    expect(pairs.length).toBeGreaterThan(500)
    const full = new Map([...T2S_FROM].map((f, i) => [f, T2S_TO[i]!]))
    const kept = asMap(pairs)
    for (const [f, t] of kept) expect([f, full.get(f)]).toEqual([f, t])
    expect(await decode(t2sModule(pairs, 't2s-data.ts'))).toEqual(kept)
  })

  it('gives back pairs passed in any order, with a Traditional character above or below its Simplified one', async () => {
    const pairs: [number, number][] = [[0x9f8d, 0x9f99], [0x5011, 0x4eec], [0x7063, 0x53f0], [0x6a02, 0x4e50]]
    expect(await decode(t2sModule(pairs, 'test'))).toEqual(asMap(pairs))
  })

  it('refuses a Traditional character mapped twice (the order of the pairs would decide)', () => {
    expect(() => t2sModule([[0x5011, 0x4eec], [0x5011, 0x4e48]], 'src/normalize/t2s-data.ts')).toThrow(/^src\/normalize\/t2s-data\.ts: a Traditional character occurs twice/)
  })
})
