import { clip, dec, esc, int } from './format.js'

/**
 * Inline SVG charts. Colours are presentation attributes (not style attributes) so the page's
 * Content-Security-Policy can forbid inline styles other than its own stylesheet.
 */

export const SEVERITY_COLOR = { error: '#cf222e', warning: '#bf8700', info: '#0969da' } as const

/** Distinguishable in print and for the common colour-vision deficiencies (Okabe–Ito + extras). */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#8c6d31', '#6a3d9a', '#999999', '#f0e442']

export function paletteColor(i: number): string {
  return PALETTE[i % PALETTE.length]!
}

/** Axis maximum and step: 1, 2 or 5 times a power of ten, about four gridlines. */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 }
  const rough = max / 4
  const pow = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= rough)!
  return { max: Math.ceil(max / step - 1e-9) * step, step }
}

const tick = (v: number, step: number) => (step >= 1 ? int(v) : String(Number(v.toFixed(2))))

export function swatch(color: string): string {
  return `<svg class="swatch" width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${color}"/></svg>`
}

export interface Segment {
  key: string
  value: number
  color: string
  title: string
}

export interface BarRow {
  label: string
  segments: Segment[]
  /** Shown at the end of the bar. */
  valueLabel: string
}

/** Horizontal stacked bars, one row per agent (or file). */
export function stackedBars(rows: readonly BarRow[], caption: string, axisLabel: string): string {
  const width = 900
  const labelW = 150
  const valueW = 64
  const rowH = 24
  const top = 6
  const plotW = width - labelW - valueW
  const height = top + rows.length * rowH + 30
  const totals = rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0))
  const { max, step } = niceScale(Math.max(0, ...totals))
  const x = (v: number) => labelW + (v / max) * plotW
  const out: string[] = []
  out.push(`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(caption)}">`)
  out.push(`<title>${esc(caption)}</title>`)
  for (let v = 0; v <= max + 1e-9; v += step) {
    out.push(`<line class="grid" x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${top}" y2="${top + rows.length * rowH}"/>`)
    out.push(`<text class="tick" x="${x(v).toFixed(1)}" y="${top + rows.length * rowH + 14}" text-anchor="middle">${tick(v, step)}</text>`)
  }
  out.push(`<text class="axis" x="${labelW + plotW / 2}" y="${height - 2}" text-anchor="middle">${esc(axisLabel)}</text>`)
  rows.forEach((row, i) => {
    const y = top + i * rowH
    out.push(`<g class="bar-row">`)
    out.push(`<text class="label" x="${labelW - 8}" y="${y + 16}" text-anchor="end"><title>${esc(row.label)}</title>${esc(clip(row.label, 12))}</text>`)
    let acc = 0
    for (const s of row.segments) {
      if (s.value <= 0) continue
      const x0 = x(acc)
      acc += s.value
      const w = Math.max(0.5, x(acc) - x0)
      out.push(`<rect x="${x0.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${s.color}"><title>${esc(s.title)}</title></rect>`)
    }
    out.push(`<text class="value" x="${(x(acc) + 6).toFixed(1)}" y="${y + 16}">${esc(row.valueLabel)}</text>`)
    out.push(`</g>`)
  })
  out.push('</svg>')
  return out.join('')
}

export interface Column {
  label: string
  /** Full label for the tooltip. */
  title: string
  segments: Segment[]
}

/** Vertical stacked columns over time. */
export function columns(cols: readonly Column[], caption: string, axisLabel: string): string {
  const width = 900
  const height = 240
  const left = 44
  const right = 8
  const top = 10
  const bottom = 46
  const plotW = width - left - right
  const plotH = height - top - bottom
  const totals = cols.map((c) => c.segments.reduce((s, x) => s + x.value, 0))
  const { max, step } = niceScale(Math.max(0, ...totals))
  const y = (v: number) => top + plotH - (v / max) * plotH
  const slot = plotW / Math.max(1, cols.length)
  const barW = Math.max(1, slot * 0.8)
  const every = Math.max(1, Math.ceil(cols.length / 12))
  const out: string[] = []
  out.push(`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(caption)}">`)
  out.push(`<title>${esc(caption)}</title>`)
  for (let v = 0; v <= max + 1e-9; v += step) {
    out.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>`)
    out.push(`<text class="tick" x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${tick(v, step)}</text>`)
  }
  cols.forEach((col, i) => {
    const x0 = left + i * slot + (slot - barW) / 2
    let acc = 0
    const total = totals[i]!
    out.push(`<g class="col"><title>${esc(`${col.title}: ${int(total)}`)}</title>`)
    for (const s of col.segments) {
      if (s.value <= 0) continue
      const y1 = y(acc)
      acc += s.value
      const y2 = y(acc)
      out.push(`<rect x="${x0.toFixed(1)}" y="${y2.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0.5, y1 - y2).toFixed(1)}" fill="${s.color}"><title>${esc(s.title)}</title></rect>`)
    }
    out.push('</g>')
    if (i % every === 0) {
      const cx = left + i * slot + slot / 2
      out.push(`<text class="tick" x="${cx.toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle">${esc(col.label)}</text>`)
    }
  })
  out.push(`<text class="axis" x="${left + plotW / 2}" y="${height - 4}" text-anchor="middle">${esc(axisLabel)}</text>`)
  out.push('</svg>')
  return out.join('')
}

/** A rate or a count, for value labels. */
export function valueLabel(v: number, isRate: boolean): string {
  return isRate ? dec(v) : int(v)
}
