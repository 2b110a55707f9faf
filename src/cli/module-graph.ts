import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { init, parse } from 'es-module-lexer'

/**
 * A fingerprint of a config module and everything it imports, for the result cache: the text
 * of every local module reachable through static and literal dynamic imports, and for a
 * package only its name and version (its files change only with them). Editing a plugin that
 * the config imports therefore changes the fingerprint.
 */
export async function moduleGraphHash(entry: string): Promise<string> {
  await init
  const hash = createHash('sha256')
  const seen = new Set<string>()
  const packages = new Set<string>()
  const queue = [resolve(entry)]
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    let source: string
    try {
      source = readFileSync(file, 'utf8')
    } catch {
      hash.update(`missing ${file}\n`)
      continue
    }
    hash.update(`${file}\n${source.length}\n`).update(source)
    let imports: readonly { n?: string | undefined }[] = []
    try {
      imports = parse(source, file)[0]
    } catch {
      // Not ES module syntax es-module-lexer reads (CommonJS): its text is in the hash already.
    }
    for (const { n: specifier } of imports) {
      if (!specifier || specifier.startsWith('node:')) continue
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:')) {
        const target = specifier.startsWith('file:') ? fileURLToPath(specifier) : resolve(dirname(file), specifier)
        queue.push(target)
      } else {
        const version = packageVersion(specifier, file)
        if (version) packages.add(version)
      }
    }
  }
  for (const p of [...packages].sort()) hash.update(`package ${p}\n`)
  return hash.digest('hex')
}

/** `name@version` of the package a bare specifier names, as found from `from`; undefined for a built-in. */
function packageVersion(specifier: string, from: string): string | undefined {
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
  if (isBuiltin(name)) return undefined
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    // Inside the package itself (a self-reference) or in a node_modules folder above.
    for (const candidate of [join(dir, 'package.json'), join(dir, 'node_modules', name, 'package.json')]) {
      if (!existsSync(candidate)) continue
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string }
        if (pkg.name === name) return `${name}@${pkg.version ?? '?'}`
      } catch {
        // An unreadable package.json: keep looking further up.
      }
    }
    if (dirname(dir) === dir) return `${name}@unresolved`
  }
}
