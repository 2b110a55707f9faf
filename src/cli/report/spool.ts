import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TextSink } from '../types.js'
import { Utf8Batch } from './utf8-batch.js'

/**
 * Report text a spool keeps in memory (as UTF-8 bytes, outside the V8 heap) before it moves to
 * a temporary file. Kept as strings, 512 KB of them outlived two scavenges and were promoted
 * (of the ~300 MB a 1M-line json run promoted, 190 MB were spooled findings); bytes are not on
 * the heap at all, and each piece dies as soon as it is encoded (utf8-batch.ts).
 */
const IN_MEMORY = 192 * 1024

/**
 * Report text that must be written after something only known later (a file's reply count
 * before its messages, SARIF's notifications before its results, JUnit's counts before its test
 * cases). Small spools stay in memory; a large one goes to a temporary file, so memory stays
 * flat however many findings a file has, and the output keeps its familiar layout.
 */
export class Spool {
  /** writeBytes copies or writes at once (TextSink). */
  readonly copiesBytes = true
  private batch = new Utf8Batch(IN_MEMORY)
  private fd: number | undefined
  private dir: string | undefined
  private written = 0

  get empty(): boolean {
    return this.written === 0 && this.batch.length === 0
  }

  write(s: string): void {
    if (!this.batch.fits(s)) {
      this.spill(true)
      // A piece larger than the whole batch goes to the file as it is.
      if (!this.batch.fits(s)) {
        this.written += writeSync(this.fd!, s)
        return
      }
    }
    this.batch.put(s)
  }

  writeBytes(bytes: Uint8Array): void {
    if (this.batch.length + bytes.length <= IN_MEMORY) {
      this.batch.putBytes(bytes)
      return
    }
    this.spill(true)
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd!, bytes, at)
    this.written += bytes.length
  }

  /** Writes everything spooled to `out` and frees the spool. */
  async drainTo(out: TextSink): Promise<void> {
    if (this.fd !== undefined) {
      this.spill()
      const chunk = Buffer.allocUnsafe(1 << 20)
      let position = 0
      for (;;) {
        const n = readSync(this.fd, chunk, 0, chunk.length, position)
        if (n === 0) break
        position += n
        // The chunk is read into again: copied unless the sink copies what it keeps. (Copied for
        // every sink, a 1M-line json report drained ~130 MB of short-lived 1 MB buffers at the
        // end of the run.)
        await out.writeBytes(out.copiesBytes ? chunk.subarray(0, n) : Buffer.from(chunk.subarray(0, n)))
      }
      this.dispose()
    } else {
      const bytes = this.batch.view()
      // The batch is let go with its bytes: the sink may keep them.
      this.batch = new Utf8Batch(IN_MEMORY)
      if (bytes.length) await out.writeBytes(bytes)
    }
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    if (this.dir) rmSync(this.dir, { recursive: true, force: true })
    live.delete(this)
    this.fd = undefined
    this.dir = undefined
    this.batch = new Utf8Batch(IN_MEMORY)
  }

  private spill(force = false): void {
    if (this.fd === undefined) {
      if (!force && this.batch.length === 0) return
      this.dir = mkdtempSync(join(tmpdir(), 'kefu-lint-spool-'))
      this.fd = openSync(join(this.dir, 'part'), 'w+')
      live.add(this)
    }
    const bytes = this.batch.view()
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at)
    this.written += bytes.length
    this.batch.clear()
  }
}

/** Spools still on disk when the process ends early (an error, a closed pipe) are removed. */
const live = new Set<Spool>()
process.once('exit', () => {
  for (const s of live) s.dispose()
})
