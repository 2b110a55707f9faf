import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'esbuild'
import { parse } from 'yaml'

/**
 * What keeps the browser bundles (`kefu-lint/dom`, the demo page, the extension) small:
 *  - `zod` resolves to src/dom/zod-classic.ts, zod's chaining API on zod/mini;
 *  - the rule data (every YAML file the library imports) is parsed here, at build time, and
 *    shipped as one packed module: lexicons without their `specs` (examples for the test
 *    suite, never read at run time), word classes without their descriptions, lists of words
 *    joined into strings, three-byte characters written as free two-byte ones (remapTable;
 *    src/dom/packed-data.ts turns both back when the bundle loads);
 *  - the Traditional→Simplified table keeps the pairs whose Simplified character occurs in
 *    something a rule matches (lexicons, word lists, rule code): folding any other character
 *    changes no finding of the built-in rules (shipped as numbers, see t2sModule). See
 *    "Browser build" in the README for what this means for custom rules.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const ZOD_CLASSIC = join(root, 'src/dom/zod-classic.ts')
const UNPACK = join(root, 'src/dom/packed-data.ts')

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

/** The Traditional→Simplified pairs (as code units) whose Simplified character a rule can match. */
export function prunedT2SPairs(path: string): [number, number][] {
  const source = readFileSync(path, 'utf8')
  const from = source.match(/T2S_FROM = "([^"]*)"/)?.[1]
  const to = source.match(/T2S_TO = "([^"]*)"/)?.[1]
  if (from === undefined || to === undefined || from.length !== to.length) throw new Error(`${path}: expected T2S_FROM and T2S_TO strings of equal length`)
  const keep = matchedCharacters()
  const pairs: [number, number][] = []
  for (let i = 0; i < from.length; i++) if (keep.has(to[i]!)) pairs.push([from.charCodeAt(i), to.charCodeAt(i)])
  return pairs
}

/**
 * The t2s-data module of the browser build: the same T2S_FROM/T2S_TO strings, built at load
 * from numbers instead of shipped as characters — each pair's Simplified character as the
 * step from the one before (sorted, so the steps are small), its Traditional one as the
 * distance from its Simplified one (the same few distances recur: 們/们, 門/门…). Gzip packs
 * these ~1 KB tighter than two strings of CJK characters (3 UTF-8 bytes each). Each
 * Traditional character may occur once only, so the order of the pairs never decides a
 * mapping and sorting them changes nothing.
 */
export function t2sModule(pairs: readonly (readonly [number, number])[], source: string): string {
  if (new Set(pairs.map(([f]) => f)).size !== pairs.length) throw new Error(`${source}: a Traditional character occurs twice in T2S_FROM`)
  const sorted = [...pairs].sort((a, b) => a[1] - b[1] || a[0] - b[0])
  const steps = sorted.map(([, t], i) => t - (i ? sorted[i - 1]![1] : 0))
  const distances = sorted.map(([f, t]) => f - t)
  return [
    `const s = [${steps.join(',')}], d = [${distances.join(',')}]`,
    `let f = '', t = '', c = 0`,
    `for (let i = 0; i < s.length; i++) { c += s[i]; t += String.fromCharCode(c); f += String.fromCharCode(c + d[i]) }`,
    `export const T2S_FROM = f, T2S_TO = t`,
    '',
  ].join('\n')
}

/** Characters tried as the word-list separator, in order; the first that no string of the data holds is used. */
const SEPARATORS = ['|', '¦', '‖', '\u2063']

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

/** Every key of the data's objects, at any depth. */
function keys(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keys(v, out))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k)
      keys(v, out)
    }
  }
  return out
}

/** The two-byte UTF-8 range (U+0080 up to, not including, U+0800) whose free codes the remap below uses. */
const REMAP_BASE = 0x80
const REMAP_END = 0x800

/**
 * Which characters of the data's strings are written as a two-byte UTF-8 character instead
 * of their own three-byte one (CJK characters and full-width punctuation): the table the
 * loader turns them back with. table[i] is the character that code REMAP_BASE + i stands for;
 * a code the data itself holds, or a separator, stands for itself. The most frequent
 * characters get a code while codes are free; they are assigned in code-point order, so
 * the table is a rising sequence that ships as small steps. Gzip saves ~3 KB on the Chinese
 * text this way (its Huffman codes see one byte less per character).
 */
function remapTable(values: readonly string[], keyList: readonly string[]): string[] {
  const taken = new Set<number>()
  const count = new Map<number, number>()
  for (const s of [...keyList, ...SEPARATORS]) for (let i = 0; i < s.length; i++) taken.add(s.charCodeAt(i))
  for (const s of values) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      taken.add(c)
      // Surrogate halves stay as they are: an astral character is two code units.
      if (c >= REMAP_END && (c < 0xd800 || c > 0xdfff)) count.set(c, (count.get(c) ?? 0) + 1)
    }
  }
  const free: number[] = []
  for (let c = REMAP_BASE; c < REMAP_END; c++) if (!taken.has(c)) free.push(c)
  const chosen = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, free.length).map(([c]) => c).sort((a, b) => a - b)
  const table: string[] = []
  for (let c = REMAP_BASE; c < (chosen.length ? free[chosen.length - 1]! + 1 : REMAP_BASE); c++) table.push(String.fromCharCode(c))
  chosen.forEach((c, i) => (table[free[i]! - REMAP_BASE] = String.fromCharCode(c)))
  return table
}

/**
 * The packed module of some data (see src/dom/packed-data.ts): JSON text whose strings'
 * characters are remapped (remapTable) and whose lists of two or more strings are joined by a
 * separator that none of its strings contains (and that is no remapped code), so unpacking
 * gives the same data. `source` names the data in an error.
 */
export function packedModule(data: unknown, source: string): string {
  const all = strings(data)
  const separator = SEPARATORS.find((s) => !all.some((x) => x.includes(s)))
  if (separator === undefined) throw new Error(`${source}: every separator (${SEPARATORS.join(' ')}) occurs in the data; add another to SEPARATORS`)
  const table = remapTable(all, keys(data))
  const code = new Map(table.map((c, i) => [c, String.fromCharCode(REMAP_BASE + i)]))
  const remap = (s: string): string => {
    let out = ''
    for (const c of s) out += code.get(c) ?? c
    return out
  }
  const pack = (value: unknown): unknown => {
    if (typeof value === 'string') return remap(value)
    if (Array.isArray(value)) {
      if (value.length >= 2 && value.every((v) => typeof v === 'string')) return [remap(value.join(separator))]
      return value.map(pack)
    }
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pack(v)]))
    return value
  }
  const steps = table.map((c, i) => c.charCodeAt(0) - (i ? table[i - 1]!.charCodeAt(0) : 0))
  // JSON text, not an object literal: the loader restores the characters in one pass over it.
  const json = JSON.stringify(pack(data))
  return `import { unpackData } from ${JSON.stringify(UNPACK)}\nexport default /* @__PURE__ */ unpackData(${JSON.stringify(json)}, ${JSON.stringify(separator)}, [${steps.join(',')}])\n`
}

/**
 * The word classes without their descriptions: a description tells the person extending a class
 * what it means and is never read by code, but the vocabulary's schema wants one, so each becomes '-'.
 */
function withoutDescriptions(data: unknown): unknown {
  const { classes, ...rest } = data as { classes: Record<string, { description?: unknown }> }
  return { ...rest, classes: Object.fromEntries(Object.entries(classes).map(([name, c]) => [name, { ...c, description: '-' }])) }
}

/** A YAML file as the browser build ships it: parsed, minus what is never read at run time. */
function shippedYaml(path: string): unknown {
  let data = loadYaml(path)
  if (/[\\/]lexicon\.yaml$/.test(path)) data = withoutSpecs(path, data)
  if (/[\\/]vocab[\\/]classes\.yaml$/.test(path)) data = withoutDescriptions(data)
  return data
}

/**
 * The YAML files that the library's sources import (rules/ and src/, not the CLI), so a YAML
 * file that only a test reads is not shipped. The plugin below then serves every import of one.
 */
function importedYaml(dir: string, out = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (name !== 'cli') importedYaml(path, out)
    } else if (name.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/^import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+\.yaml)['"]/gm)) out.add(join(dir, m[1]!))
    }
  }
  return out
}

const DATA_ID = 'kefu-lint:rule-data'

/** Every YAML file the library imports, by its path from the repository root, as the browser build ships it. */
export function shippedRuleData(files: Iterable<string> = importedYaml(join(root, 'rules'), importedYaml(join(root, 'src')))): Record<string, unknown> {
  return Object.fromEntries([...files].map((path) => [relative(root, path).split(sep).join('/'), shippedYaml(path)]))
}

export const browserPlugin: Plugin = {
  name: 'kefu-lint-browser',
  setup(build) {
    // Exactly `zod` (not `zod/mini`, which the replacement itself imports).
    build.onResolve({ filter: /^zod$/ }, () => ({ path: ZOD_CLASSIC }))
    build.onLoad({ filter: /[\\/]normalize[\\/]t2s-data\.ts$/ }, ({ path }) => ({ contents: t2sModule(prunedT2SPairs(path), path), loader: 'ts' }))
    // All rule data in one module, so gzip finds the words the files share (a class's words in
    // the lexicons that use them) side by side; each YAML import takes its file from it.
    // Scanned once per build; src/ first (the word classes), then the rules, as they are found.
    let imported: Set<string> | undefined
    const yamlImports = () => (imported ??= importedYaml(join(root, 'rules'), importedYaml(join(root, 'src'))))
    build.onStart(() => {
      imported = undefined
    })
    build.onResolve({ filter: new RegExp(`^${DATA_ID}$`) }, () => ({ path: DATA_ID, namespace: 'kefu-lint' }))
    build.onLoad({ filter: new RegExp(`^${DATA_ID}$`), namespace: 'kefu-lint' }, () => {
      const files = [...yamlImports()]
      return { contents: packedModule(shippedRuleData(files), 'rule data'), loader: 'js', resolveDir: root, watchFiles: files }
    })
    build.onLoad({ filter: /\.yaml$/ }, ({ path }) => {
      const key = relative(root, path).split(sep).join('/')
      // A YAML import the scan above missed (written another way) would be undefined at run time.
      if (!yamlImports().has(path)) throw new Error(`${key}: imported in a way scripts/browser-bundle.ts does not find (write it as: import name from './file.yaml')`)
      return { contents: `import data from ${JSON.stringify(DATA_ID)}\nexport default data[${JSON.stringify(key)}]\n`, loader: 'js' }
    })
  },
}
