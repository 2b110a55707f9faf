import { readFile, stat } from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'

/** What a file looked like when it was read. */
export interface ReadStamp {
  size: number
  mtimeMs: number
}

export async function stampOf(path: string): Promise<ReadStamp> {
  const s = await stat(path)
  return { size: s.size, mtimeMs: s.mtimeMs }
}

/**
 * Replaces a file atomically with `next`, unless it changed since `read` was read from it (size,
 * mtime, then every byte): an edit made while the run linted is never lost. Returns why the file
 * was left alone, or undefined when it was replaced.
 */
export async function replaceIfUnchanged(path: string, read: Uint8Array, stamp: ReadStamp | undefined, next: Uint8Array): Promise<string | undefined> {
  const now = await stampOf(path).catch(() => undefined)
  if (!now) return 'the file was removed while it was being linted'
  const same = now.size === read.length && (!stamp || (now.size === stamp.size && now.mtimeMs === stamp.mtimeMs)) && Buffer.from(read.buffer, read.byteOffset, read.byteLength).equals(await readFile(path))
  if (!same) return 'the file changed while it was being linted'
  await writeFileAtomic(path, Buffer.from(next.buffer, next.byteOffset, next.byteLength))
  return undefined
}
