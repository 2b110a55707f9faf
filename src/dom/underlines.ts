import type { Severity } from '../types.js'
import { isField, rangeOf, type Editable, type EditableText } from './text-model.js'
import { COLORS } from './styles.js'

/** One underline: a finding's span of the reply. */
export interface Mark {
  start: number
  end: number
  severity: Severity
}

/**
 * Draws the underlines without touching the text the agent edits, so the caret, the
 * selection and undo are the browser's own:
 *  - contenteditable: the CSS Custom Highlight API (ranges styled by name, no DOM change);
 *  - textarea/input: a transparent mirror laid over the field, whose text runs under the
 *    field's and carries the underlines;
 *  - contenteditable without the Highlight API: thin boxes under the ranges' rectangles.
 */
export interface Painter {
  paint(model: EditableText, marks: readonly Mark[]): void
  /** Screen rectangles of mark `i`, for hover hit-testing and placing the popover. */
  rects(i: number): DOMRect[]
  /** Follows the field after it scrolled, moved or was resized. */
  reposition(): void
  destroy(): void
}

export type UnderlineMode = 'auto' | 'highlight' | 'overlay'

export function createPainter(el: Editable, mode: UnderlineMode): Painter {
  if (isField(el)) return new MirrorPainter(el)
  const hasHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
  return mode !== 'overlay' && hasHighlights ? new HighlightPainter(el) : new BoxPainter(el)
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** The three named highlights are shared by every attached box; each adds its own ranges. */
function sharedHighlight(severity: Severity): Highlight {
  const name = `kefu-lint-${severity}`
  let h = CSS.highlights.get(name)
  if (!h) {
    h = new Highlight()
    CSS.highlights.set(name, h)
  }
  return h
}

class HighlightPainter implements Painter {
  private ranges: { range: Range; severity: Severity }[] = []
  constructor(private readonly el: Editable) {}

  paint(model: EditableText, marks: readonly Mark[]): void {
    this.clear()
    this.ranges = marks.map((m) => ({ range: rangeOf(this.el, model, m.start, m.end), severity: m.severity }))
    for (const { range, severity } of this.ranges) sharedHighlight(severity).add(range)
  }

  rects(i: number): DOMRect[] {
    const r = this.ranges[i]
    return r ? Array.from(r.range.getClientRects()) : []
  }

  reposition(): void {}

  private clear(): void {
    for (const { range, severity } of this.ranges) sharedHighlight(severity).delete(range)
    this.ranges = []
  }

  destroy(): void {
    this.clear()
    for (const s of SEVERITIES) if (CSS.highlights.get(`kefu-lint-${s}`)?.size === 0) CSS.highlights.delete(`kefu-lint-${s}`)
  }
}

/** Copied from the field so the mirror's text wraps exactly like the field's. */
const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'line-height',
  'letter-spacing', 'word-spacing', 'text-indent', 'text-align', 'text-transform', 'direction', 'tab-size',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'word-break', 'overflow-wrap',
]

class MirrorPainter implements Painter {
  private readonly mirror: HTMLDivElement
  private spans: HTMLSpanElement[] = []

  constructor(private readonly el: HTMLTextAreaElement | HTMLInputElement) {
    this.mirror = el.ownerDocument.createElement('div')
    this.mirror.className = 'kefu-lint-mirror'
    this.mirror.setAttribute('aria-hidden', 'true')
    el.ownerDocument.body.append(this.mirror)
    this.reposition()
  }

  paint(model: EditableText, marks: readonly Mark[]): void {
    const doc = this.el.ownerDocument
    const text = model.text
    const parts: Node[] = []
    this.spans = []
    let at = 0
    for (const m of marks) {
      if (m.start < at) continue
      parts.push(doc.createTextNode(text.slice(at, m.start)))
      const span = doc.createElement('span')
      span.dataset.kefuSeverity = m.severity
      span.textContent = text.slice(m.start, m.end)
      parts.push(span)
      this.spans.push(span)
      at = m.end
    }
    // A trailing line break only gets a line box when something follows it.
    parts.push(doc.createTextNode(text.slice(at) + '\u200b'))
    this.mirror.replaceChildren(...parts)
    this.place()
  }

  rects(i: number): DOMRect[] {
    const span = this.spans[i]
    return span ? Array.from(span.getClientRects()) : []
  }

  /** Copies the field's text metrics (on attach, resize and scroll; not on every keystroke). */
  reposition(): void {
    const { el } = this
    const cs = el.ownerDocument.defaultView!.getComputedStyle(el)
    const s = this.mirror.style
    for (const p of MIRRORED) s.setProperty(p, cs.getPropertyValue(p))
    s.setProperty('white-space', el instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre')
    // A textarea's scrollbar narrows its text; the mirror must wrap at the same width.
    const scrollbar = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth)
    s.setProperty('padding-right', `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`)
    if (el instanceof HTMLInputElement) s.lineHeight = `${el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`
    this.place()
  }

  /** Lays the mirror over the field and scrolls it with the field. */
  private place(): void {
    const { el, mirror } = this
    const view = el.ownerDocument.defaultView!
    const box = el.getBoundingClientRect()
    const s = mirror.style
    s.left = `${box.left + view.scrollX}px`
    s.top = `${box.top + view.scrollY}px`
    s.width = `${box.width}px`
    s.height = `${box.height}px`
    s.display = box.width === 0 && box.height === 0 ? 'none' : 'block'
    mirror.scrollTop = el.scrollTop
    mirror.scrollLeft = el.scrollLeft
  }

  destroy(): void {
    this.mirror.remove()
  }
}

class BoxPainter implements Painter {
  private ranges: { range: Range; severity: Severity }[] = []
  private boxes: HTMLElement[] = []
  constructor(private readonly el: Editable) {}

  paint(model: EditableText, marks: readonly Mark[]): void {
    this.ranges = marks.map((m) => ({ range: rangeOf(this.el, model, m.start, m.end), severity: m.severity }))
    this.reposition()
  }

  rects(i: number): DOMRect[] {
    const r = this.ranges[i]
    return r ? Array.from(r.range.getClientRects()) : []
  }

  reposition(): void {
    for (const b of this.boxes) b.remove()
    this.boxes = []
    const doc = this.el.ownerDocument
    const view = doc.defaultView!
    for (const { range, severity } of this.ranges) {
      for (const r of Array.from(range.getClientRects())) {
        const box = doc.createElement('div')
        box.className = 'kefu-lint-box'
        box.dataset.kefuSeverity = severity
        box.style.left = `${r.left + view.scrollX}px`
        box.style.top = `${r.bottom + view.scrollY}px`
        box.style.width = `${r.width}px`
        box.style.borderBottomColor = COLORS[severity]
        if (severity === 'info') box.style.borderBottomStyle = 'dotted'
        doc.body.append(box)
        this.boxes.push(box)
      }
    }
  }

  destroy(): void {
    for (const b of this.boxes) b.remove()
    this.boxes = []
    this.ranges = []
  }
}
