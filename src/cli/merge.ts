import { createReadStream, openSync, readFileSync, readSync, closeSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { Command } from 'commander'
import { UsageError } from './errors.js'
import { Output } from './report/output.js'
import { loadReporter } from './reporters/custom.js'
import { addTotals, noTotals } from './reporters/summary.js'
import type { CliMessage, FileError, FileSummary, ReportContext } from './types.js'

/**
 * `kefu-lint merge [--format f] [-o out] shard-1.jsonl shard-2.jsonl …`: the reports of shards
 * (`--shard i/n --format jsonl`, or `--format sarif`) as one report, as if one run had linted
 * everything. JSON Lines shards are merged as streams (file by file, findings by position,
 * per-file counts added up), so any format can be written from them, html included; SARIF
 * shards make one SARIF log.
 */
export async function runMerge(argv: readonly string[], io: { cwd: string; stdout: NodeJS.WritableStream; version: string }): Promise<number> {
  const program = new Command('kefu-lint merge')
    .description('merge shard reports (jsonl or sarif) into one report')
    .argument('<reports...>', 'shard reports written with --format jsonl or --format sarif')
    .option('-f, --format <name>', 'output format (from jsonl shards: any format; from sarif shards: sarif)')
    .option('-o, --output <file>', 'write the merged report to a file instead of stdout')
    .exitOverride()
  program.parse([...argv], { from: 'user' })
  const files = (program.processedArgs[0] as string[]).map((f) => resolve(io.cwd, f))
  const opts = program.opts<{ format?: string; output?: string }>()
  const kinds = files.map(kindOf)
  if (kinds.some((k) => k !== kinds[0])) throw new UsageError('merge: give shard reports of one kind (all jsonl or all sarif)')
  const out = opts.output ? Output.toFile(resolve(io.cwd, opts.output), opts.output) : Output.toStream(io.stdout)
  try {
    const code = kinds[0] === 'sarif' ? mergeSarif(files, opts.format, out) : await mergeJsonl(files, opts.format ?? 'jsonl', out, io)
    await out.close()
    return code
  } catch (e) {
    out.abort()
    throw e
  }
}

function kindOf(file: string): 'jsonl' | 'sarif' {
  let head: string
  try {
    const fd = openSync(file, 'r')
    const b = Buffer.alloc(256)
    const n = readSync(fd, b, 0, b.length, 0)
    closeSync(fd)
    head = b.subarray(0, n).toString('utf8')
  } catch (e) {
    throw new UsageError(`merge: cannot read ${file}: ${(e as Error).message}`)
  }
  if (head.trim() === '' || head.startsWith('{"type":')) return 'jsonl'
  if (/^\s*\{\s*"\$schema"|"runs"/.test(head)) return 'sarif'
  throw new UsageError(`merge: ${file} is neither a jsonl nor a SARIF report of kefu-lint`)
}

type Line = { type: 'finding'; file: string } & CliMessage
type FileLine = { type: 'file'; file: string; replies: number; errors: FileError[]; agents?: Record<string, number>; fixed?: boolean }

async function mergeJsonl(files: string[], format: string, out: Output, io: { cwd: string; version: string }): Promise<number> {
  const ctx: ReportContext = { cwd: io.cwd, version: io.version, color: false, quiet: false }
  const writer = (await loadReporter(format, io.cwd))(out, ctx)
  const readers = files.map((f) => createInterface({ input: createReadStream(f), crlfDelay: Infinity })[Symbol.asyncIterator]())
  const heads: Array<Line | FileLine | undefined> = []
  const next = async (i: number) => {
    for (;;) {
      const r = await readers[i]!.next()
      if (r.done) return (heads[i] = undefined)
      if (!r.value.trim()) continue
      try {
        return (heads[i] = JSON.parse(r.value) as Line | FileLine)
      } catch {
        throw new UsageError(`merge: ${files[i]}: not a kefu-lint jsonl line: ${r.value.slice(0, 80)}`)
      }
    }
  }
  for (let i = 0; i < files.length; i++) await next(i)
  const t = noTotals()
  for (;;) {
    const live = heads.filter((h): h is Line | FileLine => h !== undefined)
    if (live.length === 0) break
    const file = live.map((h) => h.file).reduce((a, b) => (b < a ? b : a))
    const counts = { error: 0, warning: 0, info: 0 }
    // This file's findings from every shard, in file order.
    for (;;) {
      let best = -1
      for (let i = 0; i < heads.length; i++) {
        const h = heads[i]
        if (h?.file !== file || h.type !== 'finding') continue
        if (best === -1 || before(h, heads[best] as Line)) best = i
      }
      if (best === -1) break
      const { type: _type, file: _file, ...m } = heads[best] as Line
      counts[m.severity]++
      writer.findings(file, [m as CliMessage])
      await next(best)
    }
    const summary: FileSummary = { file, replies: 0, errors: [], counts }
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]
      if (h?.file !== file || h.type !== 'file') continue
      summary.replies += h.replies
      // Record shards all read the whole file: its read problems come once from each.
      for (const e of h.errors) if (!summary.errors.some((x) => x.line === e.line && x.message === e.message)) summary.errors.push(e)
      if (h.agents) {
        summary.agents ??= {}
        for (const [name, n] of Object.entries(h.agents)) summary.agents[name] = (summary.agents[name] ?? 0) + n
      }
      if (h.fixed) summary.fixed = true
      await next(i)
    }
    summary.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    await writer.end(summary)
    addTotals(t, summary)
    await out.ready()
  }
  await writer.close(t)
  return t.broken ? 2 : t.errors ? 1 : 0
}

/** Earlier in the file (ties keep the earlier shard's finding first). */
const before = (a: CliMessage, b: CliMessage) => (a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn) < 0

type SarifRun = {
  tool: { driver: { rules: Array<{ id: string }> } & Record<string, unknown> }
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>
  results: Array<{ ruleId: string; ruleIndex: number; level: string }>
} & Record<string, unknown>

function mergeSarif(files: string[], format: string | undefined, out: Output): number {
  if (format && format !== 'sarif') throw new UsageError(`merge: SARIF shards make a SARIF report, not ${format} (shard with --format jsonl for other formats)`)
  const logs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as { runs: SarifRun[] } & Record<string, unknown>)
  const first = logs[0]!
  const run = first.runs[0]!
  const rules = [...run.tool.driver.rules]
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results: SarifRun['results'] = []
  const notifications: unknown[] = []
  let ok = true
  for (const log of logs) {
    for (const r of log.runs) {
      for (const rule of r.tool.driver.rules) if (!index.has(rule.id)) index.set(rule.id, rules.push(rule) - 1)
      for (const res of r.results) results.push({ ...res, ruleIndex: index.get(res.ruleId)! })
      for (const inv of r.invocations) {
        ok &&= inv.executionSuccessful
        notifications.push(...inv.toolExecutionNotifications)
      }
    }
  }
  const merged = { ...first, runs: [{ ...run, tool: { ...run.tool, driver: { ...run.tool.driver, rules } }, invocations: [{ executionSuccessful: ok, toolExecutionNotifications: notifications }], results }] }
  out.write(`${JSON.stringify(merged, null, 2)}\n`)
  return !ok ? 2 : results.some((r) => r.level === 'error') ? 1 : 0
}
