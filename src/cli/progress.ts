import cliProgress from 'cli-progress'

/**
 * A progress bar on stderr for long runs in a terminal: only when stderr is a TTY (never in CI
 * logs or pipes), and only once the run has taken a second, so short runs print nothing extra.
 */
export class Progress {
  private done = 0
  private bar: cliProgress.SingleBar | undefined
  private readonly timer: NodeJS.Timeout | undefined

  constructor(
    private readonly total: number,
    enabled: boolean,
  ) {
    if (!enabled || total <= 0) return
    this.timer = setTimeout(() => {
      this.bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'kefu-lint {bar} {percentage}% | {value}/{total} MB | ETA {eta}s', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
      this.bar.start(mb(this.total), mb(this.done))
    }, 1000)
    this.timer.unref()
  }

  add(bytes: number): void {
    this.done += bytes
    this.bar?.update(mb(this.done))
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.bar?.stop()
    this.bar = undefined
  }
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10
