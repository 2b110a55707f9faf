/**
 * Timestamps as transcripts write them, bucketed for the "over time" chart. Times are read as
 * wall-clock values exactly as written (an offset such as +08:00 is ignored): a QA lead asks
 * "what happened at 21:00 in the shop", not in UTC, and exports rarely agree on zones anyway.
 */

export type TimeUnit = 'hour' | 'day' | 'month'

// 2024-03-01T10:02:03Z, 2024-3-1 9:02:03, 2024/03/01 09:02, 2024.03.01, 2024年3月1日 9:02
const STAMP = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?)?/

/** Minutes since the epoch of the wall-clock time as written, or undefined when unreadable. */
export function parseWallClock(time: string | undefined): number | undefined {
  if (!time) return undefined
  const m = STAMP.exec(time)
  if (!m) return undefined
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1).map((v) => v ?? '0') as string[]
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  if (hour > 23 || minute > 59) return undefined
  const ms = Date.UTC(Number(y), month - 1, day, hour, minute)
  // Date.UTC rolls 02-30 over into March: a date that does not round-trip was not a date.
  const date = new Date(ms)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return ms / 60_000
}

const HOUR = 60
const DAY = 24 * HOUR

/** Hours for up to three days of data, days up to about a year, months beyond. */
export function chooseUnit(minMinute: number, maxMinute: number): TimeUnit {
  const span = maxMinute - minMinute
  if (span < 3 * DAY) return 'hour'
  if (span <= 400 * DAY) return 'day'
  return 'month'
}

/** Start of the bucket containing `minute`, in minutes since the epoch. */
export function bucketStart(minute: number, unit: TimeUnit): number {
  if (unit === 'hour') return Math.floor(minute / HOUR) * HOUR
  if (unit === 'day') return Math.floor(minute / DAY) * DAY
  const d = new Date(minute * 60_000)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 60_000
}

export function nextBucket(start: number, unit: TimeUnit): number {
  if (unit === 'hour') return start + HOUR
  if (unit === 'day') return start + DAY
  const d = new Date(start * 60_000)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 60_000
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2024-03-01 09:00" / "2024-03-01" / "2024-03". */
export function bucketLabel(start: number, unit: TimeUnit): string {
  const d = new Date(start * 60_000)
  const ym = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
  if (unit === 'month') return ym
  const ymd = `${ym}-${pad(d.getUTCDate())}`
  return unit === 'day' ? ymd : `${ymd} ${pad(d.getUTCHours())}:00`
}
