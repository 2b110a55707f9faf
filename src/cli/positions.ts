import type { Line } from './decode.js'
import { positionAt } from '../text/lines.js'

/** Maps offsets in a whole decoded file to 1-based [line, column] (columns in UTF-16 units). */
export class LineIndex {
  private readonly starts: number[]

  constructor(lines: readonly Line[]) {
    this.starts = lines.map((l) => l.offset)
    if (this.starts.length === 0) this.starts.push(0)
  }

  position(offset: number): [line: number, column: number] {
    return positionAt(this.starts, offset)
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line - 1, 0), this.starts.length - 1)]!
  }
}

/**
 * Positions of a reply's characters in its source text: `map[i]` is the source offset of the
 * reply's i-th UTF-16 unit (and `map[text.length]` the offset just past the last one).
 */
export type OffsetMap = (offset: number) => number

/** The reply is a verbatim slice of the source starting at `at`. */
export const verbatim =
  (at: number): OffsetMap =>
  (i) =>
    at + i

/**
 * Aligns a value with the source text it was parsed from, when a parser gives the source span
 * but not per-character positions (YAML/JSON scalars with escapes, folded lines, indentation).
 * Source characters that are not in the value (quotes, backslash escapes, indentation) are
 * stepped over; an escape (`\n`, `\u4e00`, `''`) stands for one value character.
 */
export function alignValue(value: string, source: string, at: number, style: 'double' | 'single' | 'plain'): OffsetMap {
  const map = new Int32Array(value.length + 1)
  let j = style === 'plain' ? 0 : 1
  for (let i = 0; i < value.length; i++) {
    if (style === 'double' && source[j] === '\\') {
      map[i] = at + j
      j += escapeLength(source, j)
      // \UXXXXXXXX outside the BMP and surrogate-pair \u escapes are two units of the value.
      if (i + 1 < value.length && isHighSurrogate(value.charCodeAt(i)) && source[j] !== '\\') map[++i] = at + j - 1
      continue
    }
    if (style === 'single' && value[i] === "'" && source[j] === "'" && source[j + 1] === "'") {
      map[i] = at + j
      j += 2
      continue
    }
    const found = source.indexOf(value[i]!, j)
    // A character that is not written out (a folded line break read as a space) stays at j.
    if (found === -1 || found - j > 16) map[i] = at + j
    else {
      map[i] = at + found
      j = found + 1
    }
  }
  map[value.length] = at + Math.min(j, source.length)
  return (i) => map[Math.min(Math.max(i, 0), value.length)]!
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

function escapeLength(source: string, j: number): number {
  const c = source[j + 1]
  if (c === 'u') return 6
  if (c === 'x') return 4
  if (c === 'U') return 10
  return 2
}
