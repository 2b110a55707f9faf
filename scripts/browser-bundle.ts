import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'esbuild'
import { parse } from 'yaml'

/**
 * What keeps the browser bundles (`kefu-lint/dom`, the demo page, the extension) small:
 *  - `zod` resolves to src/dom/zod-classic.ts, zod's chaining API on zod/mini;
 *  - rule lexicons reach the bundle without their `specs` (examples for the test suite,
 *    never read at run time);
 *  - the Traditional→Simplified table keeps the pairs whose Simplified character occurs in
 *    something a rule matches (lexicons, word lists, rule code): folding any other character
 *    changes no finding of the built-in rules. See "Browser build" in the README for what this
 *    means for custom rules.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const ZOD_CLASSIC = join(root, 'src/dom/zod-classic.ts')

function loadYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`)
  }
}

// The rules validate their lexicons when they load (in the browser too, and in every test
// run); this config is bundled by tsup without a YAML loader, so it cannot import the schema.
function withoutSpecs(path: string, data: unknown): unknown {
  // Raw data (defaults are filled when the rule loads), minus the examples.
  const { specs: _specs, entries, ...rest } = data as { specs?: unknown; entries: Record<string, unknown>[] }
  return { ...rest, entries: entries.map(({ specs: _s, ...entry }) => entry) }
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/gu
/** Fields of rule data that are shown to people, never matched. */
const SHOWN = new Set(['message', 'specs', 'expected', 'description'])

function matchedCharacters(): Set<string> {
  const chars = new Set<string>()
  const add = (s: string) => {
    for (const c of s.match(CJK) ?? []) chars.add(c)
  }
  const strings = (v: unknown): void => {
    if (typeof v === 'string') add(v)
    else if (Array.isArray(v)) v.forEach(strings)
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!SHOWN.has(k)) strings(x)
  }
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) {
        if (name !== 'cli') walk(path)
      } else if (name.endsWith('.yaml')) strings(loadYaml(path))
      else if (name.endsWith('.ts') && name !== 't2s-data.ts') add(readFileSync(path, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))
    }
  }
  walk(join(root, 'rules'))
  walk(join(root, 'src'))
  return chars
}

function prunedT2S(path: string): string {
  const source = readFileSync(path, 'utf8')
  const from = source.match(/T2S_FROM = "([^"]*)"/)?.[1]
  const to = source.match(/T2S_TO = "([^"]*)"/)?.[1]
  if (from === undefined || to === undefined || from.length !== to.length) throw new Error(`${path}: expected T2S_FROM and T2S_TO strings of equal length`)
  const keep = matchedCharacters()
  let f = ''
  let t = ''
  for (let i = 0; i < from.length; i++) {
    if (keep.has(to[i]!)) {
      f += from[i]
      t += to[i]
    }
  }
  return `export const T2S_FROM = ${JSON.stringify(f)}\nexport const T2S_TO = ${JSON.stringify(t)}\n`
}

export const browserPlugin: Plugin = {
  name: 'kefu-lint-browser',
  setup(build) {
    // Exactly `zod` (not `zod/mini`, which the replacement itself imports).
    build.onResolve({ filter: /^zod$/ }, () => ({ path: ZOD_CLASSIC }))
    build.onLoad({ filter: /[\\/]normalize[\\/]t2s-data\.ts$/ }, ({ path }) => ({ contents: prunedT2S(path), loader: 'ts' }))
    build.onLoad({ filter: /\.yaml$/ }, ({ path }) => {
      let data = loadYaml(path)
      if (/[\\/]lexicon\.yaml$/.test(path)) data = withoutSpecs(path, data)
      return { contents: `export default ${JSON.stringify(data)}`, loader: 'js' }
    })
  },
}
