import { lowerBound } from '../match/bisect.js'

/** Offsets at which lines start (after \n, \r\n or a lone \r). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  // Most replies are one line: two native searches settle them.
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return starts
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** 1-based [line, column] of an offset, by bisection over line starts. */
export function positionAt(starts: readonly number[], offset: number): [line: number, column: number] {
  // The last line start at or before the offset: the one before the first start past it
  // (offsets are integers), the first line for any offset below it.
  const lo = Math.max(0, lowerBound(starts, offset + 1, 1) - 1)
  return [lo + 1, offset - starts[lo]! + 1]
}
