import type { LineBatches } from '../decode.js'
import { verbatim } from '../positions.js'
import { parseDirective } from './directives.js'
import type { Reader, Turn } from './types.js'

/**
 * Plain text: one reply per line. Blank lines are skipped; a line starting with `# ` (hash and
 * a space, or a lone `#`) is a comment, so topic tags such as `#双11#…` stay replies.
 */
const COMMENT = /^\s*#(?:\s|$)/

export const textReader: Reader = {
  format: 'text',
  kind: 'library',
  input: 'lines',
  async *read(batches: LineBatches) {
    let index = 0
    let disabled: Turn['disabled']
    for await (const batch of batches) {
      const out: Turn[] = []
      for (const l of batch) {
        const text = l.text
        if (!text.trim()) continue
        const directive = parseDirective(text)
        if (directive) {
          disabled = directive
          continue
        }
        if (COMMENT.test(text)) continue
        const n = l.line
        const turn: Turn = {
          text,
          info: { index: index++ },
          locate: (i) => [n, i + 1],
          source: verbatim(l.offset),
          escape: (s) => (/[\r\n]/.test(s) ? undefined : s),
        }
        if (disabled) turn.disabled = disabled
        disabled = undefined
        out.push(turn)
      }
      if (out.length) yield out
    }
  },
}
