import { chmod, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

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
  await removeStaleTemps(path)
  await writeAtomically(path, next, (await stat(path)).mode)
  return undefined
}

let written = 0
/** `.name.kefu-lint-<pid>-<n>.tmp` beside the file: a dot file (never linted), owned by a pid. */
const tempName = (path: string, pid: number, n: number) => join(dirname(path), `.${basename(path)}.kefu-lint-${pid}-${n}.tmp`)

/** Writes a temp file beside `path`, flushes it to disk, then renames it over `path`. */
async function writeAtomically(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const temp = tempName(path, process.pid, ++written)
  const handle = await open(temp, 'wx', mode & 0o777)
  try {
    await handle.writeFile(bytes)
    await handle.datasync()
  } catch (e) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw e
  }
  await handle.close()
  await chmod(temp, mode & 0o7777)
  await rename(temp, path)
}

/**
 * Temp files of an earlier run killed mid-write (kill -9 leaves them; nothing else can clean
 * up) — only ours, and only when the process that wrote them is gone.
 */
export async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.kefu-lint-`
  const entries = await readdir(dirname(path)).catch(() => [] as string[])
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue
    const m = /^(\d+)-\d+\.tmp$/.exec(name.slice(prefix.length))
    if (m && !alive(Number(m[1]))) await unlink(join(dirname(path), name)).catch(() => undefined)
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
