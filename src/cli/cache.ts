import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { FileResult } from './types.js'

/**
 * --cache: a file's result is reused when its content, its effective config, the command's
 * reading options and the kefu-lint version are all unchanged. The key hashes the content, so
 * a touched-but-unchanged file still hits and a same-size edit still misses.
 */
export class ResultCache {
  private entries: Record<string, { key: string; result: FileResult }> = {}
  private dirty = false

  private constructor(readonly file: string) {}

  static open(cwd: string, location: string | undefined): ResultCache {
    let file = resolve(cwd, location ?? 'node_modules/.cache/kefu-lint/')
    if (location === undefined || location.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'cache.json')
    const cache = new ResultCache(file)
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { entries?: ResultCache['entries'] }
      cache.entries = data.entries ?? {}
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
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

  async save(): Promise<void> {
    if (!this.dirty) return
    mkdirSync(dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, entries: this.entries }))
  }
}

export async function contentHash(path: string, salt: string): Promise<string> {
  const hash = createHash('sha256').update(salt)
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
