import type { LineBatches } from '../decode.js'
import { verbatim } from '../positions.js'
import { DirectiveState, parseDirectiveLine, splitTrailing } from './directives.js'
import type { Reader, Turn } from './types.js'

/**
 * Plain text: one reply per line. Blank lines are skipped; a line starting with `# ` (hash and
 * a space, or a lone `#`) is a comment, so topic tags such as `#双11#…` stay replies. Directives
 * are comment lines (`#` or `//`), and ` # kefu-lint-disable-line …` at the end of a reply.
 */
const COMMENT = /^\s*#(?:\s|$)/

export const textReader: Reader = {
  format: 'text',
  kind: 'library',
  input: 'lines',
  async *read(batches: LineBatches, _options, sink) {
    let index = 0
    const directives = new DirectiveState(sink.directive?.bind(sink))
    for await (const batch of batches) {
      const out: Turn[] = []
      for (const l of batch) {
        let text = l.text
        if (!text.trim()) continue
        const n = l.line
        const directive = parseDirectiveLine(text, n)
        if (directive) {
          directives.comment(directive)
          continue
        }
        if (COMMENT.test(text)) continue
        const trailing = splitTrailing(text, n)
        if (trailing) {
          text = trailing.text
          if (!text.trim()) continue
        }
        const turn: Turn = {
          text,
          info: { index: index++ },
          locate: (i) => [n, i + 1],
          source: verbatim(l.offset),
          escape: (s) => (/[\r\n]/.test(s) ? undefined : s),
        }
        const disabled = directives.reply(n, trailing?.directive)
        if (disabled) turn.disabled = disabled
        out.push(turn)
      }
      if (out.length) yield out
    }
  },
}
