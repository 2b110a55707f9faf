import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TextSink } from '../types.js'

/**
 * Text a spool keeps in memory before it moves to a temporary file: small, so the strings die
 * young. At 512 KB they still outlived two scavenges and were promoted: of the ~300 MB a
 * 1M-line json run promoted to the old generation, 190 MB were spooled findings (`--trace-gc`:
 * 7 full collections, 3 at 64 KB).
 */
const IN_MEMORY = 64 * 1024

/**
 * Report text that must be written after something only known later (a file's reply count
 * before its messages, SARIF's notifications before its results, JUnit's counts before its test
 * cases). Small spools stay in memory; a large one goes to a temporary file, so memory stays
 * flat however many findings a file has, and the output keeps its familiar layout.
 */
export class Spool {
  private parts: string[] = []
  private size = 0
  private fd: number | undefined
  private dir: string | undefined
  private written = 0

  get empty(): boolean {
    return this.written === 0 && this.size === 0
  }

  write(s: string): void {
    this.parts.push(s)
    this.size += s.length
    if (this.size >= IN_MEMORY) this.spill()
  }

  writeBytes(bytes: Uint8Array): void {
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
        await out.writeBytes(Buffer.from(chunk.subarray(0, n)))
      }
      this.dispose()
    } else {
      for (const p of this.parts) out.write(p)
      this.parts = []
      this.size = 0
    }
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    if (this.dir) rmSync(this.dir, { recursive: true, force: true })
    live.delete(this)
    this.fd = undefined
    this.dir = undefined
    this.parts = []
    this.size = 0
  }

  private spill(force = false): void {
    if (this.fd === undefined) {
      if (!force && this.size === 0) return
      this.dir = mkdtempSync(join(tmpdir(), 'kefu-lint-spool-'))
      this.fd = openSync(join(this.dir, 'part'), 'w+')
      live.add(this)
    }
    const text = this.parts.join('')
    this.parts = []
    this.size = 0
    if (text) this.written += writeSync(this.fd, text)
  }
}

/** Spools still on disk when the process ends early (an error, a closed pipe) are removed. */
const live = new Set<Spool>()
process.once('exit', () => {
  for (const s of live) s.dispose()
})
