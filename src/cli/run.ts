import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { agentMatcher } from './agent.js'
import { contentHash, ResultCache } from './cache.js'
import { ConfigResolver, effectiveConfig, parseRuleOption, runsCode, type Overrides } from './config.js'
import { ruleDocsUrl } from '../docs-url.js'
import { UsageError } from './errors.js'
import { expandInputs, loadIgnore, shardOf } from './files.js'
import { lintTarget, type Engine, type FindingSink, type LintSettings, type Target } from './lint.js'
import type { CliOptions } from './options.js'
import { fileJob, planRanges, rangeJob, sizeOf, type Job } from './parallel.js'
import { LintPool } from './pool.js'
import { taskHandler } from './worker.js'
import { printTrace, tracing } from './trace.js'
import { Progress } from './progress.js'
import { init } from './init.js'
import { explainRule, listRules } from './rule-info.js'
import { redactFindings } from './redact.js'
import { Output } from './report/output.js'
import { loadReporter } from './reporters/custom.js'
import { addTotals, noTotals } from './reporters/summary.js'
import type { CliMessage, FileResult, FileSummary, ReportContext, ReportRule } from './types.js'

export interface Io {
  cwd: string
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: AsyncIterable<Uint8Array>
  version: string
  /** The script workers run (the built CLI itself). */
  workerScript: URL
  /** Built-in data validated while the bundle loaded, handed to workers (lexicon/validated.ts). */
  validatedBuiltins?: Map<string, unknown>
}

/**
 * Inputs at least this large are shared out when --jobs is auto (parallel.ts plans ranges from
 * two ranges up). Below it a worker costs more than it brings: it starts its own engine (~0.5 s
 * of CPU) for little the main thread would not lint alone meanwhile. 16 MB: what it was with
 * 8 MB ranges, kept when ranges became smaller (a memory bound, not a break-even).
 */
const PARALLEL_BYTES = 16 * 1024 * 1024

/**
 * --jobs auto shares out only from this many cores. One lint thread already keeps ~1.2 cores busy
 * (V8's garbage-collector helpers run beside it), so on two cores a second thread has no core of its
 * own: on an idle 2-vCPU machine (twenty-fifth session, 1M-line bench) --jobs 2 ran 0.99× and auto
 * 0.94× the wall time of --jobs 1 for 1.6× the CPU and 418 vs 257 MB peak RSS, and two --jobs 1
 * processes on the file's halves at once 0.90× (`npm run bench:cli`'s ceiling row). --jobs 2 still
 * asks for two threads; from three cores auto uses them all (at most 8).
 */
const AUTO_MIN_CORES = 3

/** Runs the command; resolves to the exit code. */
export async function run(paths: readonly string[], options: CliOptions, io: Io): Promise<number> {
  const overrides: Overrides = {
    only: options.rules,
    profile: options.profile,
    locale: options.locale,
    ...(options.scorer === undefined ? {} : { scorer: options.scorer }),
    ...(options.rule.length ? { severities: options.rule.map(parseRuleOption) } : {}),
  }
  const resolver = new ConfigResolver(options.config, overrides, {
    cwd: io.cwd,
    enabled: options.configLookup,
    warn: (message) => io.stderr.write(`kefu-lint: ${message}\n`),
  })

  if (options.printConfig) {
    const config = await resolver.forFile(resolve(io.cwd, options.printConfig))
    resolver.linterFor(config)
    io.stderr.write(`# config for ${options.printConfig}: ${config.file ?? 'defaults (no config file found)'}\n`)
    io.stdout.write(`${JSON.stringify(effectiveConfig(config, resolver.linterFor(config)), null, 2)}\n`)
    return 0
  }
  if (options.init) {
    const file = await init({ profile: options.profile, platform: options.platform }, { cwd: io.cwd, stdin: io.stdin as NodeJS.ReadableStream, stdout: io.stdout })
    io.stdout.write(`kefu-lint: wrote ${file}\n`)
    return 0
  }
  if (options.listRules || options.explain) {
    const config = await resolver.forFile(resolve(io.cwd, '<stdin>'))
    const linter = resolver.linterFor(config)
    io.stdout.write(options.explain ? explainRule(options.explain, linter) : listRules(linter))
    return 0
  }
  if (options.stdin && !paths.includes('-')) paths = [...paths, '-']
  if (paths.length === 0) throw new UsageError('no input: give files, folders or globs, or - to read stdin (see --help)')
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run: choose one')

  const ignore = options.ignore ? loadIgnore(io.cwd, options.ignorePath, options.ignorePattern) : undefined
  const onDisk = paths.filter((p) => p !== '-')
  let targets: Target[] = onDisk.length
    ? await expandInputs(onDisk, {
        cwd: io.cwd,
        extensions: options.ext,
        ignore,
        allowUnmatched: !options.errorOnUnmatchedPattern,
        warn: (message) => io.stderr.write(`kefu-lint: warning: ${message}\n`),
      })
    : []
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
      ruleMap.set(id, { id, description, defaultSeverity, category, fixable, url: def.meta.url ?? ruleDocsUrl(linter.config.docsUrl, id) })
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
    ...(options.withPrevious ? { withPrevious: true } : {}),
    ...(options.reportUnused ? { reportUnused: options.reportUnused } : {}),
  }
  const sizes = targets.map((t) => (t.stream ? 0 : (t.bytes?.length ?? sizeOf(t.path))))
  const totalBytes = sizes.reduce((a, b) => a + b, 0)
  // --jobs N: N - 1 workers that read, parse and lint on their own, and the main thread, which
  // lints a share between ordering results and writing the report. Auto uses every core when
  // there is enough to share, and no worker for small inputs (start-up costs). A config that
  // runs code of its own (plugins, a JS config) is run by N workers only: a task that hangs or
  // runs out of memory there fails alone (--file-timeout), which the main thread cannot offer.
  const cores = availableParallelism()
  const jobs = settings.fix ? 1 : options.jobs === 'auto' ? (totalBytes >= PARALLEL_BYTES && cores >= AUTO_MIN_CORES ? Math.min(cores, 8) : 1) : options.jobs
  // KEFU_LINT_MAIN_LINTS=0: N workers and a main process that only orders and writes (a
  // measurement switch, bench/cli-gc-bench.mjs).
  const shareMain = process.env.KEFU_LINT_MAIN_LINTS !== '0' && ![...configs.values()].some(runsCode)
  const localEngine: Engine = { resolver, overrides, settings, cwd: io.cwd, diffs: [] }
  const pool =
    jobs > 1
      ? new LintPool(shareMain ? jobs - 1 : jobs, io.workerScript, {
          kefuLintWorker: true,
          ...(io.validatedBuiltins?.size ? { validated: io.validatedBuiltins } : {}),
          configFile: options.config,
          configLookup: options.configLookup,
          overrides,
          cwd: io.cwd,
          settings: {
            reader: settings.reader,
            quiet: settings.quiet,
            agent: options.agent,
            ...(settings.inputFormat ? { inputFormat: settings.inputFormat } : {}),
            ...(settings.encoding ? { encoding: settings.encoding } : {}),
            ...(settings.recordShard ? { recordShard: settings.recordShard } : {}),
            ...(settings.withPrevious ? { withPrevious: true } : {}),
            ...(settings.reportUnused ? { reportUnused: settings.reportUnused } : {}),
          },
        }, shareMain ? (post) => taskHandler(localEngine, post, false) : undefined, (message) => io.stderr.write(`kefu-lint: warning: ${message}\n`))
      : undefined
  const progress = new Progress(totalBytes, options.progress && !!io.stderr.isTTY && !process.env.CI)
  const engine: Engine = { resolver, overrides, settings, progress, cwd: io.cwd, diffs: [] }
  const cache = options.cache && !settings.fix ? ResultCache.open(io.cwd, options.cacheLocation, (message) => io.stderr.write(`kefu-lint: ${message}\n`)) : undefined
  const salt = JSON.stringify([io.version, options.inputFormat, options.encoding, options.column, options.agent, options.quiet, settings.recordShard, options.withPrevious, options.reportUnused])

  const reportCtx: ReportContext = {
    cwd: io.cwd,
    version: io.version,
    color: wantsColor(options, !!io.stdout.isTTY),
    quiet: options.quiet,
    rules: [...ruleMap.values()],
    config: configs.size ? effectiveConfig([...configs.values()][0]!, resolver.linterFor([...configs.values()][0]!)) : undefined,
  }
  const reporter = await loadReporter(options.format, io.cwd)
  // Opened before linting: an unwritable --output stops the run before any work is done.
  // --fix on stdin: stdout carries the fixed text, so the report goes to stderr (or --output).
  const stdinFix = settings.fix === 'write' && targets.some((t) => t.stdin)
  const final = options.output ? Output.toFile(resolve(io.cwd, options.output), options.output) : Output.toStream(stdinFix ? io.stderr : io.stdout)
  // --fix-dry-run prints its diffs first: a report on stdout waits for them.
  const out = settings.fix === 'dry-run' && !options.output ? Output.deferred() : final
  const writer = reporter(out, reportCtx)
  engine.ready = () => out.ready()
  const t = noTotals()

  /** Reports one file: its findings as they come (in file order), then its summary. */
  const report = async (target: Target, lint: (emit: FindingSink) => Promise<FileResult>): Promise<void> => {
    const counts = { error: 0, warning: 0, info: 0 }
    const emit = (ms: CliMessage[]) => {
      if (options.redact) redactFindings(ms)
      for (const m of ms) counts[m.severity]++
      writer.findings(target.file, ms)
    }
    const result = await lint(emit)
    const summary: FileSummary = { file: result.file, replies: result.replies, errors: result.errors, counts }
    if (result.agents) summary.agents = result.agents
    if (result.fixed) summary.fixed = true
    if (result.fixPreview) summary.fixPreview = true
    if (result.notes) summary.notes = result.notes
    // What was left out on purpose is said beside the report, whatever its format.
    for (const note of result.notes ?? []) io.stderr.write(`kefu-lint: ${result.file}: ${note}\n`)
    await writer.end(summary)
    addTotals(t, summary)
    await out.ready()
  }

  /** Each file's work: in this thread (stdin, cached, --fix, --jobs 1) or on the workers. */
  const jobOf = async (target: Target): Promise<Job> => {
    const local: Job = { start() {}, finish: (emit) => lintCached(target, emit) }
    if (!pool || !target.path || target.stream || target.error || target.stdin) return local
    if (cache) {
      // A cached file is reported from the cache; the others are linted by a worker and cached.
      return local
    }
    const ranges = await planRanges(target, settings)
    const onDone = (bytes: number) => progress.add(bytes)
    return ranges ? rangeJob(pool, target, settings, ranges, options.fileTimeout, onDone) : fileJob(pool, target, options.fileTimeout, onDone)
  }

  const lintCached = async (target: Target, emit: FindingSink): Promise<FileResult> => {
    if (!cache || !target.path || target.error || target.stream) return lintTarget(target, engine, emit)
    let key: string
    try {
      key = `${configs.get(target)!.key}:${await contentHash(target.path, salt)}`
    } catch {
      return lintTarget(target, engine, emit)
    }
    const hit = cache.get(target.path, key)
    if (hit) {
      progress.add(sizeOf(target.path))
      if (hit.messages.length) emit(hit.messages)
      return { ...hit, messages: [], file: target.file }
    }
    // Cached files are kept whole: a copy of each finding as linted, before any redaction.
    const kept: CliMessage[] = []
    const result = await lintTarget(target, engine, (ms) => {
      for (const m of ms) kept.push(structuredClone(m))
      emit(ms)
    })
    cache.set(target.path, key, { ...result, messages: kept })
    return result
  }

  try {
    const jobs = await Promise.all(targets.map(jobOf))
    // Workers start a few files ahead of the one being reported; memory stays bounded.
    const ahead = pool ? pool.size * 2 : 0
    for (let i = 0; i < jobs.length; i++) {
      for (let j = i; j <= Math.min(i + ahead, jobs.length - 1); j++) jobs[j]!.start()
      await report(targets[i]!, (emit) => jobs[i]!.finish(emit, () => out.ready()))
    }
    await writer.close(t)
    if (engine.stdinOutput) io.stdout.write(engine.stdinOutput)
    await cache?.save()
    if (out !== final) {
      for (const diff of engine.diffs) final.write(diff)
      await out.drainTo(final)
    }
    await final.close()
  } catch (e) {
    final.abort()
    throw e
  } finally {
    progress.stop()
    await pool?.close()
    if (tracing) printTrace((s) => io.stderr.write(s))
  }

  if (t.broken) return 2
  if (t.errors) return 1
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    io.stderr.write(`kefu-lint: ${t.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}


/**
 * Colour: --color / --no-color first, then FORCE_COLOR (0 or false: never; any other value:
 * always, as chalk and picocolors read it), then NO_COLOR, then whether stdout is a terminal.
 */
export function wantsColor(options: Pick<CliOptions, 'color' | 'output'>, isTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (options.color !== undefined) return options.color
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  return !options.output && isTTY && !env.NO_COLOR
}
