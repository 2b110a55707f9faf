import type { Root } from 'nlcst'
import type { Processor } from 'unified'
import retextStringify from 'retext-stringify'
import type { Linter } from '../linter.js'
import type { LintMessage } from '../types.js'

/**
 * What the preset uses of a vfile. Structural rather than vfile's own type: vfile is ESM-only,
 * and a CommonJS consumer's declarations (index.d.cts) could not import it.
 */
export interface MessageFile {
  value?: unknown
  message(
    reason: string,
    options: { place: { start: Point; end: Point }; ruleId: string; source: string },
  ): { actual?: string | undefined; expected?: string[] | undefined; url?: string | undefined; fatal?: boolean | null | undefined }
}
interface Point {
  line: number
  column: number
  offset: number
}

/** The vfile message fields kefu-lint adds, as retext-equality and retext-profanities do. */
export function reportToFile(file: MessageFile, messages: readonly LintMessage[]): void {
  for (const m of messages) {
    const message = file.message(m.message, {
      place: {
        start: { line: m.line, column: m.column, offset: m.start },
        end: { line: m.endLine, column: m.endColumn, offset: m.end },
      },
      ruleId: m.ruleId,
      source: 'kefu-lint',
    })
    message.actual = m.actual
    message.expected = [...m.expected]
    message.url = m.url
    // vfile's convention: fatal true = error, false = warning, undefined = info.
    message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined
    if (m.fix) Object.assign(message, { fix: m.fix })
  }
}

/**
 * Builds the unified plugin around a linter factory (kept apart so the preset and the plain
 * API share one compiled linter per configuration).
 */
export function makePreset<C>(create: (config?: C) => Linter) {
  // `this: unknown` (as retext-latin declares it): with `this: Processor<Root>` TypeScript
  // rejects unified().use(kefuLint), whose processor is not yet typed with a tree.
  return function kefuLint(this: unknown, config?: C) {
    const processor = this as Processor<Root>
    const linter = create(config)
    // A processor needs a compiler for process(); lint-only pipelines get retext's.
    if (!processor.compiler) processor.use(retextStringify as never)
    return (_tree: Root, file: MessageFile) => {
      reportToFile(file, linter.lint(String(file.value ?? '')).messages)
    }
  }
}
