import type { Reporter } from '../types.js'
import { findingJson, RecordWriter } from './records.js'

/**
 * JSON Lines, written as findings arrive: one `{"type":"finding","file":…,…message,"record":…}`
 * line per finding (the reply's text with its first finding only), then one
 * `{"type":"file","file":…,"replies":…,"errors":[…]}` line when a file is done. Nothing is held
 * back, so the report can be read (`tail -f`, `jq -c`) while the run goes on, and shard outputs
 * concatenate (see `kefu-lint merge`).
 */
export const jsonl: Reporter = (out) => {
  const records = new RecordWriter()
  return {
    findings(file, ms) {
      const prefix = `{"type":"finding","file":${JSON.stringify(file)},`
      for (const m of ms) out.write(`${prefix}${findingJson(m, records.record(file, m)).slice(1)}\n`)
    },
    end(r) {
      let line = `{"type":"file","file":${JSON.stringify(r.file)},"replies":${r.replies},"errors":${JSON.stringify(r.errors)}`
      if (r.agents) line += `,"agents":${JSON.stringify(r.agents)}`
      if (r.fixed) line += ',"fixed":true'
      out.write(`${line}}\n`)
    },
    close() {},
  }
}
