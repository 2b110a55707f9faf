/**
 * kefu-lint/dom — the checker where agents type. `attach(box)` lints a `<textarea>`,
 * `<input>` or contenteditable reply box as the agent types, underlines each finding by
 * severity, explains it in a popover with suggestions, and can hold back a send that still
 * has an error. Everything runs in the page: no network, no eval, nothing but the CSSOM for
 * styles, so a strict Content-Security-Policy is fine.
 */
import { builtinRules } from '../../rules/index.js'
import type { ConfigInput } from '../config/schema.js'
import { createLinter as createCore, type Linter } from '../linter.js'
import type { LintMessage } from '../types.js'
import { Popover } from './popover.js'
import { guardSend, type SendGuardOptions } from './send-guard.js'
import { adoptStyles, releaseStyles } from './styles.js'
import { caretOffset, isField, readText, replaceText, setCaret, type Editable, type EditableText } from './text-model.js'
import { createPainter, type Mark, type UnderlineMode } from './underlines.js'
import { uiText } from './ui-text.js'

export type { SendGuardOptions, UnderlineMode }
export type { LintMessage, ConfigInput, Linter }

export interface AttachOptions {
  /** A linter made once and shared by several boxes; otherwise one is made from `config`. */
  linter?: Linter
  /** kefu-lint configuration (the `.kefulintrc.json` content); ignored when `linter` is given. */
  config?: ConfigInput
  /**
   * The customer's last message, passed to the linter as `previous`: a CSS selector (the
   * last matching element's text is used) or a function.
   */
  previous?: string | (() => string | null | undefined)
  /** Hold back Enter / the send button while an error-level finding is present. */
  sendGuard?: boolean | SendGuardOptions
  /** 'auto' (default): the Highlight API where the browser has it; 'overlay' forces drawn underlines. */
  underline?: UnderlineMode
  /** Called after each check with the findings shown. */
  onResults?: (messages: LintMessage[]) => void
}

export interface Attachment {
  readonly element: Editable
  /** The findings currently underlined (ignored ones left out). */
  readonly messages: readonly LintMessage[]
  /** Lints now (normally done on every input). */
  check(): LintMessage[]
  detach(): void
}

const attachments = new Map<Editable, Attachment>()
const defaultLinters = new Map<string, Linter>()

/** Linters are costly to compile and keep no per-reply state between calls: share them per config. */
function linterFor(config: ConfigInput | undefined): Linter {
  const key = JSON.stringify(config ?? {})
  let linter = defaultLinters.get(key)
  if (!linter) {
    linter = createCore(config, builtinRules)
    defaultLinters.set(key, linter)
  }
  return linter
}

/** The linter `attach` would use for `config`: for pages that lint elsewhere too (drafts, a preview). */
export function createLinter(config?: ConfigInput): Linter {
  return linterFor(config)
}

export function attach(element: Element, options: AttachOptions = {}): Attachment {
  const el = element as Editable
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || el.isContentEditable)) {
    throw new TypeError('kefu-lint attach: expected a <textarea>, an <input> or a contenteditable element')
  }
  attachments.get(el)?.detach()
  const attachment = new Checker(el, options)
  attachments.set(el, attachment)
  return attachment
}

/** Detaches the checker from `element`, or from every box when called without one. */
export function detach(element?: Element): void {
  if (element) attachments.get(element as Editable)?.detach()
  else for (const a of [...attachments.values()]) a.detach()
}

const SAME_PLACE = (a: LintMessage, b: LintMessage) => a.ruleId === b.ruleId && a.start === b.start && a.end === b.end

class Checker implements Attachment {
  messages: LintMessage[] = []
  private readonly linter: Linter
  private readonly doc: Document
  private readonly painter
  private readonly popover: Popover
  private readonly live: HTMLDivElement
  private readonly ui
  private readonly cleanups: (() => void)[] = []
  private readonly ignored = new Set<string>()
  private composing = false
  private scheduled = false
  private lastText: string | undefined
  private hoverTimer: ReturnType<typeof setTimeout> | undefined
  private readonly describedBy: string | null

  constructor(
    readonly element: Editable,
    private readonly options: AttachOptions,
  ) {
    const el = element
    this.doc = el.ownerDocument
    this.linter = options.linter ?? linterFor(options.config)
    this.ui = uiText(this.linter.config.locale)
    adoptStyles(this.doc)
    this.painter = createPainter(el, options.underline ?? 'auto')
    this.popover = new Popover(this.doc, this.ui, {
      apply: (m, replacement) => this.apply(m, replacement),
      ignore: (m) => {
        this.ignored.add(ignoreKey(m))
        this.popover.hide()
        this.render(this.linted())
        el.focus()
      },
      dismissed: () => el.focus(),
    })
    // A polite live region tells screen-reader users how many findings there are.
    this.live = this.doc.createElement('div')
    this.live.className = 'kefu-lint-sr'
    this.live.id = `${this.popover.element.id}-count`
    this.live.setAttribute('aria-live', 'polite')
    this.doc.body.append(this.live)
    this.describedBy = el.getAttribute('aria-describedby')
    el.setAttribute('aria-describedby', [this.describedBy, this.live.id].filter(Boolean).join(' '))

    const on = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, fn: (e: never) => void, capture = false) => {
      target.addEventListener(type, fn as EventListener, capture)
      this.cleanups.push(() => target.removeEventListener(type, fn as EventListener, capture))
    }
    on(el, 'compositionstart', () => {
      this.composing = true
      this.popover.hide()
    })
    on(el, 'compositionend', () => {
      this.composing = false
      this.schedule()
    })
    on(el, 'input', (e: InputEvent) => {
      if (e.isComposing || this.composing) return
      this.schedule()
    })
    on(el, 'keydown', (e: KeyboardEvent) => this.onKey(e))
    on(el, 'keyup', (e: KeyboardEvent) => {
      if (/^(?:Arrow|Home|End|Page)/.test(e.key)) this.showAtCaret(false)
    })
    on(el, 'mouseup', () => this.showAtCaret(false))
    on(el, 'mousemove', (e: MouseEvent) => this.onHover(e.clientX, e.clientY))
    on(el, 'mouseleave', () => this.hideSoon())
    on(this.popover.element, 'mouseenter', () => clearTimeout(this.hoverTimer))
    on(this.popover.element, 'mouseleave', () => this.hideSoon())
    on(el, 'blur', () => {
      // Focus moving into the popover (keyboard use) keeps it open.
      setTimeout(() => {
        if (!this.popover.contains(this.doc.activeElement) && this.doc.activeElement !== el) this.popover.hide()
      }, 0)
    })
    on(el, 'scroll', () => this.painter.reposition())
    const view = this.doc.defaultView!
    on(view, 'resize', () => this.painter.reposition())
    on(view, 'scroll', () => this.painter.reposition(), true)
    if (typeof ResizeObserver !== 'undefined') {
      const ro = new ResizeObserver(() => this.painter.reposition())
      ro.observe(el)
      this.cleanups.push(() => ro.disconnect())
    }
    if (options.sendGuard) {
      const guard = options.sendGuard === true ? {} : options.sendGuard
      this.cleanups.push(guardSend(el, guard, () => this.currentErrors(), this.ui))
    }
    this.check()
  }

  check(): LintMessage[] {
    this.scheduled = false
    if (this.composing) return this.messages
    const model = readText(this.element)
    this.lastText = model.text
    this.render(this.lint(model.text), model)
    return this.messages
  }

  detach(): void {
    if (attachments.get(this.element) === this) attachments.delete(this.element)
    for (const c of this.cleanups.splice(0)) c()
    clearTimeout(this.hoverTimer)
    this.painter.destroy()
    this.popover.destroy()
    this.live.remove()
    if (this.describedBy === null) this.element.removeAttribute('aria-describedby')
    else this.element.setAttribute('aria-describedby', this.describedBy)
    releaseStyles(this.doc)
  }

  private lint(text: string): LintMessage[] {
    return this.linter.lint(text, { previous: this.previous() }).messages
  }

  private previous(): string | undefined {
    const p = this.options.previous
    if (typeof p === 'function') return p() ?? undefined
    if (typeof p === 'string') {
      const all = this.doc.querySelectorAll(p)
      return all.length ? (all[all.length - 1]!.textContent ?? '').trim() || undefined : undefined
    }
    return undefined
  }

  /** Lints once per burst of input events, after the current one has been applied. */
  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      if (this.scheduled) this.check()
    })
  }

  private linted(): LintMessage[] {
    return this.lint(this.lastText ?? readText(this.element).text)
  }

  private render(all: LintMessage[], model: EditableText = readText(this.element)): void {
    const shown = all.filter((m) => !this.ignored.has(ignoreKey(m)))
    const open = this.popover.message
    this.messages = shown
    const marks: Mark[] = shown.map((m) => ({ start: m.start, end: m.end, severity: m.severity }))
    this.painter.paint(model, marks)
    if (open && !shown.some((m) => SAME_PLACE(m, open))) this.popover.hide()
    const count = this.ui.count(shown.length)
    if (this.live.textContent !== count) this.live.textContent = count
    this.options.onResults?.(shown)
    this.element.dispatchEvent(new CustomEvent('kefu-lint', { detail: { messages: shown } }))
  }

  private currentErrors(): LintMessage[] {
    if (this.scheduled || readText(this.element).text !== this.lastText) this.check()
    return this.messages.filter((m) => m.severity === 'error')
  }

  private apply(message: LintMessage, replacement: string): void {
    if (this.composing) return
    const el = this.element
    const text = readText(el).text
    // The reply may have changed since the popover opened: apply only if the words are still there.
    if (text.slice(message.start, message.end) !== message.actual) {
      this.popover.hide()
      this.check()
      return
    }
    const caret = caretOffset(el)
    this.popover.hide()
    replaceText(el, message.start, message.end, replacement)
    const delta = replacement.length - (message.end - message.start)
    const at = caret < 0 || caret > message.end ? (caret < 0 ? message.start + replacement.length : caret + delta) : caret <= message.start ? caret : message.start + replacement.length
    setCaret(el, at)
    this.check()
  }

  private indexAtCaret(): number {
    const caret = caretOffset(this.element)
    if (caret < 0) return -1
    return this.messages.findIndex((m) => m.start <= caret && caret <= m.end)
  }

  private showAtCaret(focus: boolean): boolean {
    const i = this.indexAtCaret()
    if (i < 0) {
      if (!focus) this.popover.hide()
      return false
    }
    this.show(i, focus)
    return true
  }

  private show(i: number, focus: boolean): void {
    const rects = this.painter.rects(i)
    const anchor = rects[rects.length - 1] ?? this.element.getBoundingClientRect()
    this.popover.show(this.messages[i]!, anchor, focus)
  }

  private onKey(e: KeyboardEvent): void {
    if (this.composing || e.isComposing) return
    // Alt+Enter or Ctrl+. opens the finding at the caret (else the first one) and focuses it.
    if ((e.key === 'Enter' && e.altKey) || (e.key === '.' && (e.ctrlKey || e.metaKey))) {
      if (this.messages.length === 0) return
      e.preventDefault()
      e.stopImmediatePropagation()
      if (!this.showAtCaret(true)) this.show(0, true)
    } else if (e.key === 'Escape' && this.popover.open) {
      e.preventDefault()
      this.popover.hide()
    }
  }

  private onHover(x: number, y: number): void {
    for (let i = 0; i < this.messages.length; i++) {
      // The underline sits just below the glyphs; count a few pixels under the box too.
      if (this.painter.rects(i).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 4)) {
        clearTimeout(this.hoverTimer)
        if (this.popover.message !== this.messages[i]) this.show(i, false)
        return
      }
    }
    if (this.popover.open && !this.popover.contains(this.doc.activeElement)) this.hideSoon()
  }

  private hideSoon(): void {
    clearTimeout(this.hoverTimer)
    this.hoverTimer = setTimeout(() => {
      if (!this.popover.contains(this.doc.activeElement)) this.popover.hide()
    }, 300)
  }
}

/** "Ignore here" ignores these words for this rule in this box until it is detached. */
function ignoreKey(m: LintMessage): string {
  return `${m.ruleId}\u0000${m.actual}`
}

