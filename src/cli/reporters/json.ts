import type { Reporter } from '../types.js'

/**
 * One object per file: `{file, replies, messages, errors}` (plus `error`, the first read
 * problem, for tools that only check whether a file could be read; `agents`; `fixed`).
 * Each message has the library's fields with file positions and its `record`.
 */
export const json: Reporter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      file: r.file,
      replies: r.replies,
      messages: r.messages,
      errors: r.errors,
      ...(r.errors.length ? { error: r.errors[0]!.message } : {}),
      ...(r.agents ? { agents: r.agents } : {}),
      ...(r.fixed ? { fixed: true } : {}),
      ...(r.notes ? { notes: r.notes } : {}),
    })),
  )}\n`
