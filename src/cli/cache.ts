import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { z } from 'zod'
import type { FileResult } from './types.js'

/** What a cached result must look like to be handed to the reporters. */
const CachedResultSchema = z.looseObject({
  file: z.string(),
  replies: z.number(),
  messages: z.array(
    z.looseObject({
      ruleId: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      line: z.number(),
      column: z.number(),
      endLine: z.number(),
      endColumn: z.number(),
      record: z.looseObject({ index: z.number() }),
    }),
  ),
  errors: z.array(z.looseObject({ message: z.string() })),
})
const CacheFileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.object({ key: z.string(), result: CachedResultSchema })),
})

/**
 * --cache: a file's result is reused when its content, its effective config, the command's
 * reading options and the kefu-lint version are all unchanged. The key hashes the content, so
 * a touched-but-unchanged file still hits and a same-size edit still misses.
 */
export class ResultCache {
  private entries: Record<string, { key: string; result: FileResult }> = {}
  private dirty = false

  /** Set when the cache cannot be written (its path is a folder): lint without it. */
  private disabled = false

  private constructor(
    readonly file: string,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Opens the cache. A file that is not a kefu-lint cache (wrong shape, not JSON) is rebuilt
   * and a path that is a folder is left alone, each with one warning; neither stops the run.
   */
  static open(cwd: string, location: string | undefined, warn: (message: string) => void): ResultCache {
    let file = resolve(cwd, location ?? 'node_modules/.cache/kefu-lint/')
    if (location === undefined || location.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'cache.json')
    const cache = new ResultCache(file, warn)
    if (!existsSync(file)) return cache
    if (statSync(file).isDirectory()) {
      cache.disabled = true
      warn(`cache ${file} is a folder, not a file; linting without the cache`)
      return cache
    }
    let data: unknown
    try {
      data = JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
      warn(`cache ${file} is not readable JSON (${(e as Error).message}); rebuilding it`)
      return cache
    }
    const parsed = CacheFileSchema.safeParse(data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      warn(`cache ${file} is not a kefu-lint cache (${issue.path.join('.') || 'top level'}: ${issue.message}); rebuilding it`)
      return cache
    }
    cache.entries = parsed.data.entries as unknown as ResultCache['entries']
    return cache
  }

  get(path: string, key: string): FileResult | undefined {
    const e = this.entries[path]
    return e && e.key === key ? structuredClone(e.result) : undefined
  }

  set(path: string, key: string, result: FileResult): void {
    // Unreadable files are retried next time.
    if (result.errors.length) {
      if (this.entries[path]) {
        delete this.entries[path]
        this.dirty = true
      }
      return
    }
    this.entries[path] = { key, result }
    this.dirty = true
  }

  /** Writes the cache; a failure is a warning, never a lost report. */
  async save(): Promise<void> {
    if (!this.dirty || this.disabled) return
    try {
      mkdirSync(dirname(this.file), { recursive: true })
      await writeFileAtomic(this.file, JSON.stringify({ version: 1, entries: this.entries }))
    } catch (e) {
      this.warn(`cache ${this.file} could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); results were not cached`)
    }
  }
}

export async function contentHash(path: string, salt: string): Promise<string> {
  const hash = createHash('sha256').update(salt)
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
