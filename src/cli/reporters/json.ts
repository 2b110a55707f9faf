import { Spool } from '../report/spool.js'
import type { Reporter } from '../types.js'
import { findingJson, RecordWriter } from './records.js'

/**
 * One object per file: `{file, replies, messages, errors}` (plus `error`, the first read
 * problem, for tools that only check whether a file could be read; `agents`; `fixed`).
 * Each message has the library's fields with file positions and its `record` (the reply's
 * text with its first finding only). Written file by file; a file's messages wait in a spool
 * (on disk when large) until its reply count is known.
 */
export const json: Reporter = (out) => {
  const records = new RecordWriter()
  let files = 0
  let spool = new Spool()
  let messages = 0
  return {
    findings(file, ms) {
      for (const m of ms) spool.write((messages++ ? ',' : '') + findingJson(m, records.record(file, m)))
    },
    async end(r) {
      out.write(`${files++ ? ',' : '['}{"file":${JSON.stringify(r.file)},"replies":${r.replies},"messages":[`)
      await spool.drainTo(out)
      spool = new Spool()
      messages = 0
      let tail = `],"errors":${JSON.stringify(r.errors)}`
      if (r.errors.length) tail += `,"error":${JSON.stringify(r.errors[0]!.message)}`
      if (r.agents) tail += `,"agents":${JSON.stringify(r.agents)}`
      if (r.fixed) tail += ',"fixed":true'
      if (r.notes) tail += `,"notes":${JSON.stringify(r.notes)}`
      out.write(`${tail}}`)
    },
    close() {
      out.write(files ? ']\n' : '[]\n')
    },
  }
}
