import type { LintMessage } from '../types.js'
import type { Editable } from './text-model.js'
import type { UiText } from './ui-text.js'

export interface SendGuardOptions {
  /** Enter (without Shift) in the box sends the reply on this page. Default true. */
  enter?: boolean
  /** The page's send button: an element or a CSS selector. */
  button?: Element | string
  /**
   * Asks the agent; resolves true to send anyway. Default: the checker's own dialog
   * listing the errors.
   */
  confirm?: (errors: LintMessage[]) => boolean | Promise<boolean>
}

/**
 * Holds back a send while the reply has an `error`-level finding, and asks. Listens on the
 * window in the capture phase, so it runs before the page's own Enter and click handlers;
 * "send anyway" replays the Enter or the click with the guard stood down for that one event.
 */
export function guardSend(el: Editable, options: SendGuardOptions, errors: () => LintMessage[], ui: UiText): () => void {
  const doc = el.ownerDocument
  const view = doc.defaultView!
  let replaying = false
  let asking = false
  const button = (): Element | null => (typeof options.button === 'string' ? doc.querySelector(options.button) : (options.button ?? null))
  const confirm = options.confirm ?? ((list: LintMessage[]) => confirmDialog(doc, ui, list))

  const hold = (e: Event, replay: () => void): void => {
    const list = errors()
    if (replaying || list.length === 0) return
    e.preventDefault()
    e.stopImmediatePropagation()
    if (asking) return
    asking = true
    void Promise.resolve(confirm(list)).then((send) => {
      asking = false
      if (!send) {
        el.focus()
        return
      }
      replaying = true
      try {
        replay()
      } finally {
        replaying = false
      }
    })
  }

  const onKey = (e: KeyboardEvent): void => {
    // Alt+Enter is the checker's own "show the finding" key, never a send.
    if (options.enter === false || e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing || e.keyCode === 229) return
    if (!(e.target instanceof Node) || !el.contains(e.target)) return
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey }
    hold(e, () => {
      const replayed = new KeyboardEvent('keydown', init)
      el.dispatchEvent(replayed)
      // A lone <input> in a form sends by implicit submission, which a replayed key does not trigger.
      if (!replayed.defaultPrevented && el instanceof HTMLInputElement && el.form) el.form.requestSubmit()
    })
  }
  const onClick = (e: MouseEvent): void => {
    const b = button()
    if (!b || !(e.target instanceof Node) || !b.contains(e.target)) return
    hold(e, () => (b as HTMLElement).click())
  }
  view.addEventListener('keydown', onKey, true)
  view.addEventListener('click', onClick, true)
  return () => {
    view.removeEventListener('keydown', onKey, true)
    view.removeEventListener('click', onClick, true)
  }
}

/** A small modal dialog: focus starts on "go back", Esc means go back. */
function confirmDialog(doc: Document, ui: UiText, errors: LintMessage[]): Promise<boolean> {
  return new Promise((resolve) => {
    const previous = doc.activeElement as HTMLElement | null
    const overlay = doc.createElement('div')
    overlay.className = 'kefu-lint-dialog'
    const box = doc.createElement('div')
    box.setAttribute('role', 'alertdialog')
    box.setAttribute('aria-modal', 'true')
    const title = doc.createElement('p')
    title.id = `kefu-lint-guard-${Date.now()}`
    title.textContent = ui.guardTitle(errors.length)
    box.setAttribute('aria-labelledby', title.id)
    const list = doc.createElement('ul')
    for (const m of errors) {
      const li = doc.createElement('li')
      li.textContent = `「${m.actual}」${m.message}`
      list.append(li)
    }
    const actions = doc.createElement('div')
    actions.className = 'kefu-lint-actions'
    const back = doc.createElement('button')
    back.type = 'button'
    back.textContent = ui.goBack
    back.dataset.kefuAction = 'back'
    const send = doc.createElement('button')
    send.type = 'button'
    send.textContent = ui.sendAnyway
    send.dataset.kefuAction = 'send'
    actions.append(back, send)
    box.append(title, list, actions)
    overlay.append(box)
    const done = (answer: boolean) => {
      overlay.remove()
      if (!answer) previous?.focus()
      resolve(answer)
    }
    back.addEventListener('click', () => done(false))
    send.addEventListener('click', () => done(true))
    overlay.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault()
        done(false)
      } else if (e.key === 'Tab') {
        e.preventDefault()
        ;(doc.activeElement === back ? send : back).focus()
      }
      // Enter on a focused button clicks it; keep it from reaching the page's handlers.
      e.stopPropagation()
    })
    doc.body.append(overlay)
    back.focus()
  })
}
