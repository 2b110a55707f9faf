import type { LintMessage } from '../types.js'
import { COLORS } from './styles.js'
import type { UiText } from './ui-text.js'

export interface PopoverActions {
  apply(message: LintMessage, replacement: string): void
  ignore(message: LintMessage): void
  /** The popover closed from the keyboard (Esc, Tab past the end): focus goes back to the box. */
  dismissed(): void
}

let counter = 0

/**
 * The explanation of one finding: its reason, its suggestions (a click or Enter applies one)
 * and "ignore here". A non-modal dialog: opened from the keyboard it takes focus and keeps
 * Tab inside; Esc closes it and gives focus back to the reply box.
 */
export class Popover {
  readonly element: HTMLDivElement
  readonly messageId: string
  private current: LintMessage | undefined
  private focused = false

  constructor(
    private readonly doc: Document,
    private readonly ui: UiText,
    private readonly actions: PopoverActions,
  ) {
    const id = `kefu-lint-pop-${++counter}`
    this.messageId = `${id}-msg`
    const el = doc.createElement('div')
    el.className = 'kefu-lint-pop'
    el.id = id
    el.setAttribute('role', 'dialog')
    el.setAttribute('aria-label', ui.popoverLabel)
    el.setAttribute('aria-describedby', this.messageId)
    el.hidden = true
    el.addEventListener('keydown', (e) => this.onKey(e))
    this.element = el
    doc.body.append(el)
  }

  get open(): boolean {
    return !this.element.hidden
  }

  get message(): LintMessage | undefined {
    return this.open ? this.current : undefined
  }

  /** Shows `message` under `anchor`; with `focus`, moves focus to its first button. */
  show(message: LintMessage, anchor: DOMRect, focus: boolean): void {
    const { doc, ui } = this
    if (this.current !== message || !this.open) {
      this.current = message
      const head = doc.createElement('div')
      head.className = 'kefu-lint-rule'
      head.style.color = COLORS[message.severity]
      head.textContent = `${ui.severity[message.severity]} · ${message.ruleId}`
      const text = doc.createElement('div')
      text.id = this.messageId
      text.textContent = message.message
      const actions = doc.createElement('div')
      actions.className = 'kefu-lint-actions'
      for (const replacement of message.expected) {
        const b = this.button(replacement === '' ? ui.remove(message.actual) : ui.replace(replacement), () => this.actions.apply(message, replacement))
        b.className = 'kefu-lint-suggestion'
        b.dataset.kefuSuggestion = replacement
        actions.append(b)
      }
      actions.append(this.button(ui.ignore, () => this.actions.ignore(message)))
      this.element.replaceChildren(head, text, actions)
    }
    const view = doc.defaultView!
    this.element.hidden = false
    const s = this.element.style
    s.left = `${Math.max(4, Math.min(anchor.left, view.innerWidth - this.element.offsetWidth - 4)) + view.scrollX}px`
    const below = anchor.bottom + 6
    const top = below + this.element.offsetHeight > view.innerHeight ? anchor.top - this.element.offsetHeight - 6 : below
    s.top = `${Math.max(4, top) + view.scrollY}px`
    if (focus) {
      this.focused = true
      this.buttons()[0]?.focus()
    }
  }

  hide(): void {
    this.element.hidden = true
    this.current = undefined
    this.focused = false
  }

  contains(node: Node | null): boolean {
    return !!node && this.element.contains(node)
  }

  destroy(): void {
    this.element.remove()
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button')
    b.type = 'button'
    b.textContent = label
    // Keep the box's selection: a mousedown on a button would move focus away from it first.
    b.addEventListener('mousedown', (e) => e.preventDefault())
    b.addEventListener('click', (e) => {
      e.preventDefault()
      e.stopPropagation()
      onClick()
    })
    return b
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.element.querySelectorAll('button')]
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      this.hide()
      this.actions.dismissed()
      return
    }
    const buttons = this.buttons()
    const i = buttons.indexOf(this.doc.activeElement as HTMLButtonElement)
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0
    if (step && this.focused && buttons.length) {
      e.preventDefault()
      buttons[(i + step + buttons.length) % buttons.length]!.focus()
    }
  }
}
