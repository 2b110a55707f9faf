/**
 * Report text encoded to UTF-8 piece by piece, as it is written, into one reusable buffer. The
 * spool and the output used to keep the pieces as strings, join them and let writeSync encode
 * the joined string: for the 1M-line json report (132 MB) that was `Spool.spill`, 2.7 s of the
 * main thread's CPU under --jobs 2 and ~13% of a --jobs 1 run (`--cpu-prof`). Encoding each
 * piece straight into the buffer does the same work in about a quarter of the time (40M
 * characters of that report: join + writeSync 630–980 ms, `Buffer.write` per piece 80–250 ms),
 * and the pieces die at once instead of waiting in an array.
 */
export class Utf8Batch {
  private bytes: Buffer | undefined
  private used = 0

  /** `max`: the most bytes held before the owner must take them. */
  constructor(private readonly max: number) {}

  get length(): number {
    return this.used
  }

  /** Whether `s` certainly fits (a UTF-16 code unit is at most 3 bytes of UTF-8). */
  fits(s: string): boolean {
    return this.used + s.length * 3 <= this.max
  }

  /** Encodes `s` (the caller has checked `fits`). */
  put(s: string): void {
    const need = this.used + s.length * 3
    if (!this.bytes || need > this.bytes.length) this.grow(need)
    this.used += this.bytes!.write(s, this.used)
  }

  /** Copies `bytes` in (the caller has checked that they fit in `max`). */
  putBytes(bytes: Uint8Array): void {
    const need = this.used + bytes.length
    if (!this.bytes || need > this.bytes.length) this.grow(need)
    this.bytes!.set(bytes, this.used)
    this.used = need
  }

  /** The bytes so far, valid until the next put: a view, not a copy. */
  view(): Buffer {
    return this.bytes ? this.bytes.subarray(0, this.used) : Buffer.alloc(0)
  }

  /** The bytes so far as a buffer of their own (for a stream, which may keep it). */
  copy(): Buffer {
    return Buffer.from(this.view())
  }

  clear(): void {
    this.used = 0
  }

  // Small at first: most spools (a file's few findings) never hold more than a few KB.
  private grow(need: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.min(this.max, Math.max(need, 2 * (this.bytes?.length ?? 0), 16 * 1024)))
    if (this.bytes) this.bytes.copy(bigger, 0, 0, this.used)
    this.bytes = bigger
  }
}
