// The run-time gates of src/scorer/gates.ts for the plain-JS experiment: bundled once with
// esbuild (YAML as data) into a temporary module and imported, so the experiment judges
// additions with exactly the library's code.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import YAML from 'yaml'
import { root } from './data.mjs'

export async function loadGates() {
  const out = join(tmpdir(), `kefu-scorer-gates-${process.pid}.mjs`)
  await build({
    entryPoints: [join(root, 'scripts/scorer/gates-entry.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error',
    plugins: [{ name: 'yaml', setup(b) { b.onLoad({ filter: /\.yaml$/ }, ({ path }) => ({ contents: `export default ${JSON.stringify(YAML.parse(readFileSync(path, 'utf8')))}`, loader: 'js' })) } }],
  })
  return import(pathToFileURL(out).href)
}
