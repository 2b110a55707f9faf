import { closeSync, existsSync, fsyncSync, statSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UsageError } from '../errors.js'
import { Spool } from './spool.js'
import { Utf8Batch } from './utf8-batch.js'

/** Written in pieces of about this size: few system calls, little held in memory. */
const FLUSH_AT = 64 * 1024
/** The most report text (UTF-8 bytes) encoded ahead of a write; more waits in `queued`. */
const BATCH = 256 * 1024

type Sink = { kind: 'stream'; stream: NodeJS.WritableStream } | { kind: 'file'; fd: number; temp: string; path: string } | { kind: 'spool'; spool: Spool }

/**
 * Where a report goes, written as it is produced: stdout (waiting when the reader is slower,
 * so memory stays flat) or the --output file. A file is written beside its final name and
 * renamed into place when the report is complete, so a reader never sees half a report and a
 * failed run leaves the previous report as it was.
 */
export class Output {
  /** writeBytes copies what it keeps (TextSink). */
  readonly copiesBytes = true
  /** Text written since the last flush, encoded as it came (utf8-batch.ts). */
  private batch = new Utf8Batch(BATCH)
  /** Text older than the batch's: full batches and pieces too large for one, in order. */
  private queued: Array<string | Uint8Array> = []
  private closed = false

  private constructor(private readonly sink: Sink) {}

  static toStream(stream: NodeJS.WritableStream): Output {
    return new Output({ kind: 'stream', stream })
  }

  /** Held back (in a spool) until `drainTo`: for output that must follow something else. */
  static deferred(): Output {
    return new Output({ kind: 'spool', spool: new Spool() })
  }

  async drainTo(target: Output): Promise<void> {
    await this.flush()
    if (this.sink.kind === 'spool') await this.sink.spool.drainTo(target)
  }

  /** Opens the --output file's temporary twin now, so an unwritable path fails before any linting. */
  static toFile(path: string, shown: string): Output {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`)
    let fd: number
    try {
      if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' })
      try {
        mkdirSync(dirname(path), { recursive: true })
      } catch (e) {
        // mkdir says EEXIST when a file stands where a folder should be.
        throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }) : e
      }
      fd = openSync(temp, 'wx')
    } catch (e) {
      throw new UsageError(`cannot write --output ${shown}: ${reason(e)}`)
    }
    const out = new Output({ kind: 'file', fd, temp, path })
    track(out)
    return out
  }

  write(s: string): void {
    if (!this.batch.fits(s)) {
      this.queue()
      if (!this.batch.fits(s)) {
        this.queued.push(s)
        return
      }
    }
    this.batch.put(s)
  }

  /** Lets the buffered text go when there is enough of it (and waits for a slow reader). */
  async ready(): Promise<void> {
    if (this.batch.length >= FLUSH_AT || this.queued.length) await this.flush()
  }

  /**
   * Writes `bytes` in turn; the caller may reuse them once this resolves. A file or a spool is
   * written synchronously, so the bytes are not copied; a stream may keep what it is given, so
   * it gets a copy.
   */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (bytes.length <= BATCH) {
      if (this.batch.length + bytes.length > BATCH) this.queue()
      this.batch.putBytes(bytes)
      await this.ready()
      return
    }
    this.queue()
    this.queued.push(this.sink.kind === 'stream' ? Buffer.from(bytes) : bytes)
    await this.flush()
  }

  /** The batch's bytes join the queue (copied: the batch is reused). */
  private queue(): void {
    if (this.batch.length === 0) return
    this.queued.push(this.batch.copy())
    this.batch.clear()
  }

  /** Everything written: the file is renamed into place. */
  async close(): Promise<void> {
    await this.flush()
    if (this.sink.kind === 'file' && !this.closed) {
      this.closed = true
      try {
        fsyncSync(this.sink.fd)
        closeSync(this.sink.fd)
        renameSync(this.sink.temp, this.sink.path)
      } catch (e) {
        this.abort()
        throw new UsageError(`cannot write --output ${this.sink.path}: ${reason(e)}`)
      }
      untrack(this)
    }
  }

  /** The run failed: no report replaces the previous one. */
  abort(): void {
    if (this.sink.kind !== 'file') return
    untrack(this)
    if (!this.closed) {
      this.closed = true
      try {
        closeSync(this.sink.fd)
      } catch {}
    }
    rmSync(this.sink.temp, { force: true })
  }

  private async flush(): Promise<void> {
    if (this.sink.kind !== 'stream') {
      // Written at once (synchronously): nothing is written meanwhile, so the batch's bytes go
      // out as they are, uncopied.
      for (const p of this.queued) this.putNow(p)
      this.queued = []
      if (this.batch.length) this.putNow(this.batch.view())
      this.batch.clear()
      return
    }
    // A stream may keep what it is given, and text written while it drains goes after this.
    this.queue()
    const parts = this.queued
    this.queued = []
    for (const p of parts) await this.put(p)
  }

  private async put(data: string | Uint8Array): Promise<void> {
    if (this.sink.kind !== 'stream') return this.putNow(data)
    const stream = this.sink.stream
    if (!stream.write(data)) await new Promise<void>((resolve) => stream.once('drain', resolve))
  }

  /** Writes to the file or the spool, synchronously. */
  private putNow(data: string | Uint8Array): void {
    if (this.sink.kind === 'spool') {
      if (typeof data === 'string') this.sink.spool.write(data)
      else this.sink.spool.writeBytes(data)
      return
    }
    if (this.sink.kind === 'file') {
      try {
        if (typeof data === 'string') writeSync(this.sink.fd, data)
        else for (let at = 0; at < data.length; ) at += writeSync(this.sink.fd, data, at)
      } catch (e) {
        this.abort()
        throw new UsageError(`cannot write --output ${this.sink.path}: ${reason(e)}`)
      }
      return
    }
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied'
    case 'ENOENT':
      return 'no such folder'
    case 'ENOTDIR':
      return 'a parent is not a folder'
    case 'EISDIR':
      return 'is a folder'
    case 'ENOSPC':
      return 'no space left on device'
    default:
      return err.message ?? String(e)
  }
}

/** Temporary report files of a run that ends without finishing them are removed. */
const pending = new Set<Output>()
process.once('exit', () => {
  for (const o of pending) o.abort()
})
// Interrupted (Ctrl-C, a CI job cancelled): the same, then the usual exit codes of a signal.
// Listened for only while a report file is open, so a process that handles its own signals
// (`kefu-lint serve` shuts down gracefully on SIGTERM) is left to do so.
const onSigint = () => interrupted(130)
const onSigterm = () => interrupted(143)
function interrupted(code: number): void {
  for (const o of pending) o.abort()
  process.exit(code)
}
function track(o: Output): void {
  if (pending.size === 0) {
    process.on('SIGINT', onSigint)
    process.on('SIGTERM', onSigterm)
  }
  pending.add(o)
}
function untrack(o: Output): void {
  if (!pending.delete(o) || pending.size > 0) return
  process.off('SIGINT', onSigint)
  process.off('SIGTERM', onSigterm)
}
