import { formatPatch, type StructuredPatchHunk } from 'diff'
import type { Document } from './inputs/types.js'

/** Replace [from, to) of a text with `text`. */
export interface Edit {
  from: number
  to: number
  text: string
}

/** Applies edits sorted by `from` and not overlapping, in one pass over the text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = []
  let at = 0
  for (const e of edits) {
    parts.push(text.slice(at, e.from), e.text)
    at = e.to
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/**
 * The unified diff of applying sorted edits to a document, as jsdiff prints it for the whole
 * file (context lines, merged hunks, "\\ No newline at end of file"), built from the edits
 * themselves: the changed lines are known, so nothing is searched for and the cost is in
 * proportion to the changed lines — jsdiff on a 20k-line file with an edit on every line never
 * finishes.
 */
export function patchOfEdits(file: string, doc: Document, edits: readonly Edit[], context = 1): string {
  const text = doc.text
  const count = doc.lines.length
  const lineOf = (offset: number) => doc.index.position(offset)[0]
  const startOf = (line: number) => (line > count ? text.length : doc.index.lineStart(line))
  /** Lines of a text as jsdiff has them: split on LF, a CR kept; whether the last one ended. */
  const split = (s: string) => {
    const parts = s.split('\n')
    const ended = parts[parts.length - 1] === ''
    if (ended) parts.pop()
    return { lines: parts, ended }
  }
  // Changed blocks: the whole lines each edit touches, edits on the same or adjacent lines together.
  const blocks: { first: number; last: number; edits: Edit[] }[] = []
  for (const e of edits) {
    const first = lineOf(e.from)
    const last = Math.max(first, lineOf(Math.max(e.from, e.to - 1)))
    const b = blocks[blocks.length - 1]
    if (b && first <= b.last + 1) {
      b.last = Math.max(b.last, last)
      b.edits.push(e)
    } else blocks.push({ first, last, edits: [e] })
  }
  const hunks: StructuredPatchHunk[] = []
  let hunk: StructuredPatchHunk | undefined
  let hunkEnd = 0
  let shift = 0
  const noEol = '\\ No newline at end of file'
  const contextLines = (from: number, to: number) => {
    for (let l = from; l <= to; l++) {
      hunk!.lines.push(' ' + doc.lines[l - 1]!.text + (doc.lines[l - 1]!.eol.endsWith('\r\n') ? '\r' : ''))
      if (l === count && !doc.lines[l - 1]!.eol) hunk!.lines.push(noEol)
      hunk!.oldLines++
      hunk!.newLines++
    }
  }
  for (const b of blocks) {
    if (hunk && b.first - hunkEnd - 1 > 2 * context) {
      contextLines(hunkEnd + 1, Math.min(count, hunkEnd + context))
      hunks.push(hunk)
      hunk = undefined
    }
    if (!hunk) {
      const from = Math.max(1, b.first - context)
      hunk = { oldStart: from, oldLines: 0, newStart: from + shift, newLines: 0, lines: [] }
      contextLines(from, b.first - 1)
    } else contextLines(hunkEnd + 1, b.first - 1)
    const start = startOf(b.first)
    const before = text.slice(start, startOf(b.last + 1))
    const after = applyEdits(before, b.edits.map((e) => ({ ...e, from: e.from - start, to: e.to - start })))
    const old = split(before)
    const now = split(after)
    for (const l of old.lines) hunk.lines.push('-' + l)
    if (!old.ended) hunk.lines.push(noEol)
    for (const l of now.lines) hunk.lines.push('+' + l)
    if (!now.ended) hunk.lines.push(noEol)
    hunk.oldLines += old.lines.length
    hunk.newLines += now.lines.length
    shift += now.lines.length - old.lines.length
    hunkEnd = b.last
  }
  if (hunk) {
    contextLines(hunkEnd + 1, Math.min(count, hunkEnd + context))
    hunks.push(hunk)
  }
  return formatPatch({ oldFileName: file, newFileName: file, oldHeader: undefined, newHeader: undefined, hunks })
}
