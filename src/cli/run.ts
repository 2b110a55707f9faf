import { mkdirSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, resolve } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { agentMatcher } from './agent.js'
import { contentHash, ResultCache } from './cache.js'
import { ConfigResolver, effectiveConfig, type Overrides } from './config.js'
import { UsageError } from './errors.js'
import { expandInputs, loadIgnore, shardOf } from './files.js'
import { lintTarget, type Engine, type LintSettings, type Target } from './lint.js'
import type { CliOptions } from './options.js'
import { LintPool } from './pool.js'
import { Progress } from './progress.js'
import { reporters } from './reporters/index.js'
import { totals } from './reporters/summary.js'
import type { FileResult, ReportRule } from './types.js'

export interface Io {
  cwd: string
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: AsyncIterable<Uint8Array>
  version: string
  /** The script workers run (the built CLI itself). */
  workerScript: URL
}

/** Inputs at least this large are linted by worker threads when --jobs is auto. */
const PARALLEL_BYTES = 8 * 1024 * 1024

/** Runs the command; resolves to the exit code. */
export async function run(paths: readonly string[], options: CliOptions, io: Io): Promise<number> {
  const overrides: Overrides = { only: options.rules, profile: options.profile, locale: options.locale }
  const resolver = new ConfigResolver(options.config, overrides)

  if (options.printConfig) {
    const config = await resolver.forFile(resolve(io.cwd, options.printConfig))
    resolver.linterFor(config)
    io.stderr.write(`# config for ${options.printConfig}: ${config.file ?? 'defaults (no config file found)'}\n`)
    io.stdout.write(`${JSON.stringify(effectiveConfig(config), null, 2)}\n`)
    return 0
  }
  if (paths.length === 0) throw new UsageError('no input: give files, folders or globs, or - to read stdin (see --help)')
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run: choose one')

  const ignore = options.ignore ? loadIgnore(io.cwd, options.ignorePath, options.ignorePattern) : undefined
  const onDisk = paths.filter((p) => p !== '-')
  let targets: Target[] = onDisk.length ? await expandInputs(onDisk, { cwd: io.cwd, extensions: options.ext, ignore }) : []
  if (paths.includes('-')) {
    const name = options.stdinFilename ?? '<stdin>'
    targets.push({ file: name, stream: io.stdin, stdin: true, ...(options.stdinFilename ? { path: resolve(io.cwd, name) } : {}) })
  }
  if (options.shard && options.shardBy === 'file') {
    const { index, count } = options.shard
    targets = targets.filter((t) => shardOf(t.file, count) === index)
  }

  // Every config is read and compiled before anything is linted (or written): a broken config
  // stops the run with exit code 2 and nothing half-done.
  const ruleMap = new Map<string, ReportRule>()
  const configs = new Map<Target, Awaited<ReturnType<ConfigResolver['forFile']>>>()
  for (const t of targets) {
    const config = await resolver.forFile(t.path ?? resolve(io.cwd, '<stdin>'))
    configs.set(t, config)
    const linter = resolver.linterFor(config)
    for (const def of linter.rules) {
      if (ruleMap.has(def.meta.id)) continue
      const { id, description, defaultSeverity, category, fixable } = def.meta
      ruleMap.set(id, { id, description, defaultSeverity, category, fixable, url: def.meta.url ?? `${linter.config.docsUrl}${id}/README.md` })
    }
  }

  const settings: LintSettings = {
    reader: { column: options.column },
    quiet: options.quiet,
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.agent.length ? { agent: agentMatcher(options.agent)! } : {}),
    ...(options.shard && options.shardBy === 'record' ? { recordShard: options.shard } : {}),
    ...(options.fix ? { fix: 'write' as const } : options.fixDryRun ? { fix: 'dry-run' as const } : {}),
  }
  const sizes = targets.map((t) => (t.stream ? 0 : (t.bytes?.length ?? sizeOf(t.path))))
  const totalBytes = sizes.reduce((a, b) => a + b, 0)
  // The main thread reads and parses; workers lint. Auto keeps a core for the reader.
  const cores = availableParallelism()
  const jobs = options.jobs === 'auto' ? (totalBytes >= PARALLEL_BYTES && cores >= 3 ? Math.min(cores - 1, 8) : 1) : options.jobs
  const pool = jobs > 1 ? new LintPool(jobs, io.workerScript) : undefined
  const progress = new Progress(totalBytes, options.progress && !!io.stderr.isTTY && !process.env.CI)
  const engine: Engine = { resolver, overrides, settings, pool, progress, cwd: io.cwd, diffs: [] }
  const cache = options.cache && !settings.fix ? ResultCache.open(io.cwd, options.cacheLocation) : undefined
  const salt = JSON.stringify([io.version, options.inputFormat, options.encoding, options.column, options.agent, options.quiet, settings.recordShard])

  const lintOne = async (t: Target): Promise<FileResult> => {
    if (!cache || !t.path || t.error || t.stream) return lintTarget(t, engine)
    let key: string
    try {
      key = `${configs.get(t)!.key}:${await contentHash(t.path, salt)}`
    } catch {
      return lintTarget(t, engine)
    }
    const hit = cache.get(t.path, key)
    if (hit) {
      progress.add(sizeOf(t.path))
      return { ...hit, file: t.file }
    }
    const result = await lintTarget(t, engine)
    cache.set(t.path, key, result)
    return result
  }

  let results: FileResult[]
  try {
    // With workers, several files are read at once so small files keep every worker busy.
    results = await mapLimit(targets, pool ? pool.size * 2 : 1, lintOne)
  } finally {
    progress.stop()
    await pool?.close()
  }
  await cache?.save()

  for (const diff of engine.diffs) io.stdout.write(diff)
  const report = reporters[options.format]!(results, {
    cwd: io.cwd,
    version: io.version,
    color: options.color ?? (!options.output && !!io.stdout.isTTY && !process.env.NO_COLOR),
    quiet: options.quiet,
    rules: [...ruleMap.values()],
    config: configs.size ? effectiveConfig([...configs.values()][0]!) : undefined,
  })
  if (options.output) {
    const out = resolve(io.cwd, options.output)
    mkdirSync(dirname(out), { recursive: true })
    await writeFileAtomic(out, report)
  } else {
    io.stdout.write(report)
  }

  // What was left out on purpose is said beside the report, whatever its format.
  for (const r of results) for (const note of r.notes ?? []) io.stderr.write(`kefu-lint: ${r.file}: ${note}\n`)

  const t = totals(results)
  if (t.broken) return 2
  if (t.errors) return 1
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    io.stderr.write(`kefu-lint: ${t.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

function sizeOf(path: string | undefined): number {
  if (!path) return 0
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane))
  return out
}
