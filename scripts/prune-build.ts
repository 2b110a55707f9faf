import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Removes the code-split files of earlier builds from an output folder.
 *
 * esbuild names shared chunks and lazily imported modules by a hash of their content
 * (chunk-ZP5UQHLN.js, main-2FWSQNDW.js). tsup cannot clean the folder before a build: the
 * library, browser and extension builds share dist/ and run side by side (tsup's `clean` also
 * deletes the other builds' declaration files). So every build that changed a module left its
 * old chunks behind, and `npm pack` — `prepack` builds again — shipped all of them: 1.2 GB in
 * a working tree after a day of builds. After a build, a hashed file that no entry reaches
 * through static imports, dynamic `import()` or `require` is from an earlier build.
 *
 * Only top-level files with esbuild's hashed name (`name-XXXXXXXX.js`/`.cjs`, with their
 * `.map`) are candidates: entries, declaration files and other builds' outputs are never touched.
 */
const HASHED = /^[\w-]+-[A-Z0-9]{8}\.c?js$/
const REFERENCE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|\brequire\s*\(\s*)["']\.\/([\w.-]+\.c?js)["']/g

/** Every file of `dir` the `entries` reach (entries included), following relative imports. */
export function reachedFrom(dir: string, entries: readonly string[]): Set<string> {
  const reached = new Set<string>()
  const todo = entries.filter((e) => existsSync(join(dir, e)))
  while (todo.length > 0) {
    const file = todo.pop()!
    if (reached.has(file)) continue
    reached.add(file)
    const source = readFileSync(join(dir, file), 'utf8')
    for (const m of source.matchAll(REFERENCE)) if (!reached.has(m[1]!) && existsSync(join(dir, m[1]!))) todo.push(m[1]!)
  }
  return reached
}

/** Deletes the hashed files (and their source maps) that no entry reaches; returns their names. */
export function pruneUnreached(dir: string, entries: readonly string[]): string[] {
  if (!existsSync(dir)) return []
  const reached = reachedFrom(dir, entries)
  const removed: string[] = []
  for (const name of readdirSync(dir)) {
    if (!HASHED.test(name) || reached.has(name)) continue
    unlinkSync(join(dir, name))
    removed.push(name)
    if (existsSync(join(dir, `${name}.map`))) {
      unlinkSync(join(dir, `${name}.map`))
      removed.push(`${name}.map`)
    }
  }
  return removed.sort()
}
