import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { yamlToModule } from './yaml-loader.js'

/**
 * Built-in data compiled at build time for the Node builds (see src/lexicon/precompiled.ts).
 * scripts/precompile.ts runs the library's own parsers; it is bundled here with the plain YAML
 * loader (once per build process) and imported.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const REGISTER = join(root, 'src/lexicon/precompiled.ts')

type Precompile = (file: string, raw: unknown) => { data: object; result?: unknown } | undefined
let helper: Promise<Precompile> | undefined

async function loadHelper(): Promise<Precompile> {
  const { build } = await import('esbuild')
  // Under node_modules so that its packages (zod) resolve; one file per process, so parallel
  // builds (test files, npm pack) do not overwrite each other's.
  const outfile = join(root, `node_modules/.cache/kefu-lint/precompile-${process.pid}-${Date.now()}.mjs`)
  await build({
    entryPoints: [join(root, 'scripts/precompile.ts')],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    plugins: [
      {
        name: 'kefu-lint-yaml',
        setup(b) {
          b.onLoad({ filter: /\.yaml$/ }, async ({ path }) => ({ contents: yamlToModule(await import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')), path), loader: 'js' }))
        },
      },
    ],
  })
  try {
    return ((await import(pathToFileURL(outfile).href)) as { precompileYaml: Precompile }).precompileYaml
  } finally {
    rmSync(outfile, { force: true })
  }
}

/**
 * JSON of `value`, and the paths of the own properties that hold `undefined` (written as null
 * and set back when the module loads). Anything JSON would not give back as it is (a Map, a
 * class instance, NaN, undefined in an array) is an error: the file is then not precompiled.
 */
function serialize(value: unknown): { json: string; holes: (string | number)[][] } {
  const holes: (string | number)[][] = []
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`${path.join('.')}: ${v}`)
      return
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (x === undefined) throw new Error(`${path.join('.')}.${i}: undefined in an array`)
        walk(x, [...path, i])
      })
      return
    }
    if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v)
      if (proto !== Object.prototype && proto !== null) throw new Error(`${path.join('.')}: not a plain object`)
      if (Object.getOwnPropertySymbols(v).length) throw new Error(`${path.join('.')}: symbol keys`)
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined) holes.push([...path, k])
        else walk(x, [...path, k])
      }
      return
    }
    throw new Error(`${path.join('.')}: a ${typeof v}`)
  }
  walk(value, [])
  const json = JSON.stringify(value, (_, v: unknown) => (v === undefined ? null : v))
  return { json, holes }
}

/** The module for a YAML file in a Node build: compiled built-in data, or the plain data (yamlToModule). */
export async function precompiledYamlModule(file: string, source: string): Promise<string> {
  const plain = yamlToModule(source, file)
  let raw: unknown
  try {
    raw = parse(source)
  } catch {
    return plain
  }
  const compiled = (await (helper ??= loadHelper()))(file, raw)
  if (!compiled) return plain
  let payload: ReturnType<typeof serialize>
  try {
    payload = serialize(compiled)
  } catch (error) {
    throw new Error(`${file}: built-in data that JSON cannot carry (${(error as Error).message})`)
  }
  return [
    `import { precompiled } from ${JSON.stringify(REGISTER)}`,
    `export default precompiled(JSON.parse(${JSON.stringify(payload.json)}), ${JSON.stringify(payload.holes)})`,
  ].join('\n')
}
