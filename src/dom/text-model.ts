/**
 * A reply box as plain text with offsets — the offsets the linter reports — and the way back
 * from an offset to a DOM position. `<textarea>`/`<input>` are their value; a contenteditable
 * is its text nodes in order, with a line break for each `<br>` and between block elements.
 */

export type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement

export function isField(el: Editable): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
}

interface Segment {
  /** A text node, or a `<br>`/block start standing for one '\n'. */
  node: Node
  start: number
  end: number
  text: boolean
}

export interface EditableText {
  text: string
  /** DOM position of a text offset (contenteditable only). */
  point(offset: number): { node: Node; offset: number }
  /** Text offset of a DOM position (contenteditable only). */
  offsetOf(node: Node, offset: number): number
}

const BLOCK = /^(?:DIV|P|LI|BLOCKQUOTE|H[1-6]|PRE|UL|OL|TR)$/

export function readText(el: Editable): EditableText {
  if (isField(el)) {
    const text = el.value
    return { text, point: () => ({ node: el, offset: 0 }), offsetOf: () => 0 }
  }
  const segments: Segment[] = []
  let text = ''
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data
        segments.push({ node: child, start: text.length, end: text.length + data.length, text: true })
        text += data
      } else if (child.nodeName === 'BR') {
        segments.push({ node: child, start: text.length, end: text.length + 1, text: false })
        text += '\n'
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (BLOCK.test(child.nodeName) && text.length > 0 && !text.endsWith('\n')) {
          segments.push({ node: child, start: text.length, end: text.length + 1, text: false })
          text += '\n'
        }
        walk(child)
      }
    }
  }
  walk(el)
  return {
    text,
    point(offset) {
      for (const s of segments) {
        if (s.text && offset >= s.start && offset <= s.end) return { node: s.node, offset: offset - s.start }
        if (!s.text && offset === s.start) return { node: s.node.parentNode!, offset: indexIn(s.node) }
      }
      return { node: el, offset: el.childNodes.length }
    },
    offsetOf(node, offset) {
      if (node.nodeType === Node.TEXT_NODE) {
        const s = segments.find((seg) => seg.node === node)
        if (s) return s.start + Math.min(offset, s.end - s.start)
      }
      // An element boundary: the end of the last segment that lies before it.
      const range = document.createRange()
      range.setStart(node, offset)
      let at = 0
      for (const s of segments) {
        if (range.comparePoint(s.node, 0) >= 0) break
        at = s.end
      }
      return at
    },
  }
}

function indexIn(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode!.childNodes, node)
}

/** The caret (collapsed selection end) as a text offset, or -1 when it is elsewhere. */
export function caretOffset(el: Editable): number {
  if (isField(el)) return el.selectionEnd ?? -1
  const sel = el.ownerDocument.getSelection()
  if (!sel || sel.rangeCount === 0 || !el.contains(sel.focusNode)) return -1
  return readText(el).offsetOf(sel.focusNode!, sel.focusOffset)
}

export function setCaret(el: Editable, offset: number): void {
  if (isField(el)) {
    el.setSelectionRange(offset, offset)
    return
  }
  const { node, offset: at } = readText(el).point(offset)
  el.ownerDocument.getSelection()?.collapse(node, at)
}

/** A live DOM range over [start, end) of a contenteditable's text. */
export function rangeOf(el: Editable, model: EditableText, start: number, end: number): Range {
  const range = el.ownerDocument.createRange()
  const a = model.point(start)
  const b = model.point(end)
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range
}

/**
 * Replaces [start, end) as if the agent had typed it: through the editing command, so the
 * browser's own undo (Ctrl+Z) takes it back and the page sees an ordinary `input` event.
 */
export function replaceText(el: Editable, start: number, end: number, replacement: string): void {
  el.focus()
  if (isField(el)) {
    el.setSelectionRange(start, end)
    if (!execInsert(el.ownerDocument, replacement)) {
      el.setRangeText(replacement, start, end, 'end')
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }))
    }
    return
  }
  const range = rangeOf(el, readText(el), start, end)
  const sel = el.ownerDocument.getSelection()!
  sel.removeAllRanges()
  sel.addRange(range)
  if (!execInsert(el.ownerDocument, replacement)) {
    range.deleteContents()
    if (replacement) range.insertNode(el.ownerDocument.createTextNode(replacement))
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }))
  }
}

function execInsert(doc: Document, text: string): boolean {
  try {
    // Deprecated but still the only call that records the change in the native undo stack.
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text)
  } catch {
    return false
  }
}
