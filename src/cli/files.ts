import { existsSync, readdir, readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { Target } from './lint.js'
import { UsageError } from './errors.js'

export interface ExpandOptions {
  cwd: string
  extensions: readonly string[]
  /** Paths to ignore (relative to cwd, .gitignore syntax); undefined with --no-ignore. */
  ignore: Ignore | undefined
  /** --no-error-on-unmatched-pattern: a glob or folder with nothing to lint is skipped, not an error. */
  allowUnmatched?: boolean
  /** Told about a file named on the command line that the ignore rules skip. */
  warn?: (message: string) => void
}

/**
 * Never searched for when a folder is given: dependencies, VCS data, tooling manifests, Office
 * lock files (`~$book.xlsx`; LibreOffice's `.~lock.book.xlsx#` is a dot file, never searched).
 */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/kefulint.config.*', '**/~$*']

/**
 * Paths, folders and globs → the files to lint, sorted and de-duplicated. A named file that
 * does not exist is kept (its result reports the error); a glob or folder that matches nothing
 * is reported the same way, so a typo in CI never passes silently.
 */
export async function expandInputs(patterns: readonly string[], options: ExpandOptions): Promise<Target[]> {
  const { cwd } = options
  // Keyed by the real path: a symlink loop or a second link to a file never lints it twice.
  const found = new Map<string, Target>()
  const add = (abs: string, fromFolder = false) => {
    const key = realPath(abs)
    // The file under its own name rather than through a link, when both are found.
    if (!found.has(key) || (abs === key && found.get(key)!.path !== key)) found.set(key, { file: display(cwd, abs), path: abs, ...(fromFolder ? { fromFolder } : {}) })
  }
  const extGlob = options.extensions.length === 1 ? `*.${options.extensions[0]}` : `*.{${options.extensions.join(',')}}`
  const problems: Target[] = []
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern)
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      const unreadable: string[] = []
      const files = await glob(`**/${extGlob}`, { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, dot: false, fs: { readdir: recordingReaddir(unreadable) } })
      const kept = files.filter((f) => !isIgnored(options, f))
      // A subfolder the walk could not open is said, not passed over in silence.
      for (const dir of unreadable) problems.push({ file: display(cwd, dir), error: 'cannot read folder: permission denied; the files in it were not linted' })
      if (kept.length === 0 && unreadable.length === 0 && !options.allowUnmatched) problems.push({ file: pattern, error: `no files to lint in this folder (extensions: ${options.extensions.join(', ')})` })
      for (const f of kept) add(f, true)
    } else if (!existsSync(abs) && isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED })
      const kept = files.filter((f) => !isIgnored(options, f))
      if (kept.length === 0 && !options.allowUnmatched) throw new UsageError(`no files match ${pattern}`)
      for (const f of kept) add(f, true)
    } else if (!isIgnored(options, abs)) {
      // Named explicitly: linted (or reported as missing) unless an ignore file says otherwise.
      add(abs)
    } else {
      options.warn?.(`${pattern}: ignored by the ignore rules, not linted (--no-ignore lints it)`)
    }
  }
  const targets = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return problems.length ? [...targets, ...problems] : targets
}

function realPath(abs: string): string {
  try {
    return realpathSync(abs)
  } catch {
    return abs
  }
}

/** fs.readdir for the folder walk, noting the folders it could not open (the walk itself skips them). */
function recordingReaddir(unreadable: string[]): typeof readdir {
  return ((path: string, options: unknown, callback: (err: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    readdir(path, options as never, (err, entries) => {
      if (err && (err.code === 'EACCES' || err.code === 'EPERM')) unreadable.push(String(path).replace(/[\\/]$/, ''))
      callback(err, entries)
    })) as unknown as typeof readdir
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs
}

function isIgnored(options: ExpandOptions, abs: string): boolean {
  if (!options.ignore) return false
  const rel = relative(options.cwd, abs)
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false
  return options.ignore.ignores(rel.split(sep).join('/'))
}

/** .kefulintignore (or --ignore-path) in .gitignore syntax, plus --ignore-pattern. */
export function loadIgnore(cwd: string, ignorePath: string | undefined, patterns: readonly string[]): Ignore {
  const ig = ignore()
  const file = resolve(cwd, ignorePath ?? '.kefulintignore')
  if (existsSync(file)) ig.add(readFileSync(file, 'utf8'))
  else if (ignorePath) throw new UsageError(`--ignore-path ${ignorePath}: no such file`)
  ig.add([...patterns])
  return ig
}

/**
 * FNV-1a of the path, finished with murmur3's avalanche so paths that differ in one character
 * spread evenly: the same file lands in the same shard on every machine.
 */
export function shardOf(file: string, count: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < file.length; i++) {
    h ^= file.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) % count
}
