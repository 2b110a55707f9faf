/**
 * The file-backed compiled-linter cache (kefu-lint/node; the CLI and `serve` use it): one file per
 * key, named by the key's hash, in a per-user cache folder. The core checks what it reads
 * (magic, format version, length, the whole key, checksum, every table's size and references:
 * src/compile-cache.ts) and rebuilds and rewrites anything it does not trust; this side only
 * reads and writes bytes. Writes go to a temporary file renamed over the old one, so processes
 * starting side by side (--jobs workers, a test suite) read a whole file or none. Nothing here
 * throws or warns: a folder that cannot be made or written just means no cache.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { CompileCache } from './compile-cache.js'

/** How many compiled linters (~10 MB each) a folder keeps; the least recently written go first. */
const KEEP = 12

export interface FileCompileCacheOptions {
  /** The folder (default: defaultCompileCacheDir()). */
  dir?: string
  /** Told each outcome (hit, miss, rejected, wrote, write failed), for tracing. */
  onEvent?: (event: { type: 'hit' | 'miss' | 'rejected' | 'wrote' | 'unwritable'; file: string; reason?: string }) => void
}

/**
 * The per-user cache folder: $KEFU_LINT_COMPILE_CACHE when it names one, else
 * $XDG_CACHE_HOME/kefu-lint or the platform's cache folder (~/.cache, ~/Library/Caches,
 * %LOCALAPPDATA%) + kefu-lint, then `compiled/`. Undefined when $KEFU_LINT_COMPILE_CACHE is
 * 0, false or off (no cache). What is cached depends on the kefu-lint build and the config,
 * not on the project, so one folder serves every project and working directory.
 */
export function defaultCompileCacheDir(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): string | undefined {
  const setting = env.KEFU_LINT_COMPILE_CACHE
  if (setting !== undefined && setting !== '') {
    if (/^(0|false|off|no)$/i.test(setting)) return undefined
    return resolve(cwd, setting)
  }
  let base = env.XDG_CACHE_HOME
  if (!base) {
    let home = ''
    try {
      home = homedir()
    } catch {
      // no home folder: fall back to the temporary one
    }
    if (process.platform === 'win32') base = env.LOCALAPPDATA || (home && join(home, 'AppData', 'Local'))
    else if (process.platform === 'darwin') base = home && join(home, 'Library', 'Caches')
    else base = home && join(home, '.cache')
    if (!base) base = join(tmpdir(), `kefu-lint-${process.getuid?.() ?? 'user'}`)
  }
  return join(base, 'kefu-lint', 'compiled')
}

export function fileCompileCache(options: FileCompileCacheOptions = {}): CompileCache {
  const dir = options.dir ?? defaultCompileCacheDir()
  const onEvent = options.onEvent
  const fileOf = (key: string) => join(dir!, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.bin`)
  if (!dir) return { get: () => undefined, set: () => {} }
  return {
    get(key) {
      try {
        return readFileSync(fileOf(key))
      } catch {
        return undefined
      }
    },
    set(key, bytes) {
      const file = fileOf(key)
      const temp = `${file}.${process.pid}.${threadId}.${Math.random().toString(36).slice(2)}.tmp`
      try {
        mkdirSync(dir, { recursive: true })
        writeFileSync(temp, bytes)
        renameSync(temp, file)
      } catch (e) {
        try {
          unlinkSync(temp)
        } catch {
          // never made
        }
        onEvent?.({ type: 'unwritable', file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })
        return
      }
      onEvent?.({ type: 'wrote', file })
      prune(dir, file)
    },
    report(key, outcome, reason) {
      const file = fileOf(key)
      if (outcome === 'hit') {
        // Used files are kept longest by prune(), which goes by modification time.
        try {
          const now = new Date()
          utimesSync(file, now, now)
        } catch {
          // read-only folder or file gone: the tables are in memory already
        }
      }
      onEvent?.({ type: outcome, file, ...(reason ? { reason } : {}) })
    },
  }
}

/** Keeps the KEEP most recently written files (and drops temporary files over an hour old). */
function prune(dir: string, keep: string): void {
  try {
    const now = Date.now()
    const files: { path: string; time: number }[] = []
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (name.endsWith('.tmp')) {
        if (now - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true })
      } else if (name.endsWith('.bin') && path !== keep) files.push({ path, time: statSync(path).mtimeMs })
    }
    files.sort((a, b) => b.time - a.time)
    for (const f of files.slice(KEEP - 1)) rmSync(f.path, { force: true })
  } catch {
    // another process pruned first, or the folder went away: nothing to do
  }
}
