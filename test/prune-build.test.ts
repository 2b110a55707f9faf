import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pruneUnreached, reachedFrom } from '../scripts/prune-build.js'

/** An output folder as esbuild leaves it after two builds: the second build's graph and the first's leftovers. */
function outputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-prune-'))
  const files: Record<string, string> = {
    'index.js': 'import { a } from "./chunk-AAAA1111.js";\nexport { a }\n',
    'index.cjs': 'const b = require("./chunk-BBBB2222.cjs");\nmodule.exports = b\n',
    'chunk-AAAA1111.js': 'export const a = () => import("./main-CCCC3333.js")\n',
    'main-CCCC3333.js': 'import "./chunk-DDDD4444.js"\nexport default 1\n',
    'chunk-DDDD4444.js': 'export {}\n',
    'chunk-BBBB2222.cjs': 'module.exports = 2\n',
    // The first build's chunks: no entry reaches them any more.
    'chunk-OLDD5555.js': 'import "./chunk-AAAA1111.js"\n',
    'chunk-OLDD5555.js.map': '{}',
    'main-OLDD6666.js': 'export default 0\n',
    // Not hashed names: another build's entry, declarations, a folder's files are never touched.
    'dom.js': 'export {}\n',
    'index.d.ts': 'export declare const a: () => Promise<unknown>\n',
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  writeFileSync(join(dir, 'chunk-AAAA1111.js.map'), '{}')
  return dir
}

describe('scripts/prune-build: hashed files an earlier build left behind', () => {
  it('follows static imports, bare imports, dynamic import() and require from the entries', () => {
    const dir = outputFolder()
    expect([...reachedFrom(dir, ['index.js', 'index.cjs', 'missing.js'])].sort()).toEqual([
      'chunk-AAAA1111.js', 'chunk-BBBB2222.cjs', 'chunk-DDDD4444.js', 'index.cjs', 'index.js', 'main-CCCC3333.js',
    ])
  })

  it('deletes only the unreached hashed files and their maps, and says which', () => {
    const dir = outputFolder()
    expect(pruneUnreached(dir, ['index.js', 'index.cjs'])).toEqual(['chunk-OLDD5555.js', 'chunk-OLDD5555.js.map', 'main-OLDD6666.js'])
    expect(readdirSync(dir).sort()).toEqual([
      'chunk-AAAA1111.js', 'chunk-AAAA1111.js.map', 'chunk-BBBB2222.cjs', 'chunk-DDDD4444.js', 'dom.js', 'index.cjs', 'index.d.ts', 'index.js', 'main-CCCC3333.js',
    ])
    expect(pruneUnreached(dir, ['index.js', 'index.cjs'])).toEqual([])
  })

  it('leaves a folder that does not exist alone', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kefu-prune-')), 'dist')
    expect(pruneUnreached(dir, ['index.js'])).toEqual([])
    expect(existsSync(dir)).toBe(false)
  })
})
