import type { CliMessage, Severity } from '../../types.js'
import { esc } from './format.js'
import { SEVERITY_WEIGHT } from './summary.js'

/** Replies longer than this are cut around their problems (a pasted essay must not bloat the page). */
const MAX_SHOWN = 600
const CONTEXT = 120

/**
 * The reply with every offending span in a <mark>. Spans may overlap (two rules on one phrase):
 * the text is cut at every span edge and each piece is marked with the most severe message
 * covering it, its tooltip listing all of them.
 */
export function highlight(text: string, messages: readonly CliMessage[]): string {
  const spans = messages
    .map((m) => ({ m, start: clamp(m.start, text.length), end: clamp(m.end, text.length) }))
    .filter((s) => s.end > s.start)
  const cuts = new Set<number>([0, text.length])
  for (const s of spans) {
    cuts.add(s.start)
    cuts.add(s.end)
  }
  const edges = [...cuts].sort((a, b) => a - b)
  const windows = shownWindows(text.length, spans)
  const out: string[] = []
  let lastShown = 0
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i]!
    const to = edges[i + 1]!
    for (const [a, b] of windows) {
      const lo = Math.max(a, from)
      const hi = Math.min(b, to)
      if (hi <= lo) continue
      if (lo > lastShown) out.push('<span class="gap">…</span>')
      lastShown = hi
      const covering = spans.filter((s) => s.start < hi && s.end > lo)
      const piece = esc(text.slice(lo, hi))
      if (covering.length === 0) {
        out.push(piece)
        continue
      }
      const worst = covering.reduce((w, s) => (SEVERITY_WEIGHT[s.m.severity] > SEVERITY_WEIGHT[w] ? s.m.severity : w), 'info' as Severity)
      const title = covering.map((s) => `${s.m.ruleId}: ${s.m.message}`).join('\n')
      out.push(`<mark class="${worst}" title="${esc(title)}">${piece}</mark>`)
    }
  }
  if (lastShown < text.length) out.push('<span class="gap">…</span>')
  return out.join('')
}

function clamp(n: number, len: number): number {
  return Math.max(0, Math.min(len, n))
}

/** Ranges of the reply to show: all of it when short, else context around each span. */
function shownWindows(len: number, spans: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  if (len <= MAX_SHOWN) return [[0, len]]
  const ranges = spans
    .map((s) => [Math.max(0, s.start - CONTEXT), Math.min(len, s.end + CONTEXT)] as [number, number])
    .sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push(r)
  }
  return merged.length ? merged : [[0, MAX_SHOWN]]
}
