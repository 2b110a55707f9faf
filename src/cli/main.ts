import { isMainThread, workerData } from 'node:worker_threads'
import { setValidatedBuiltins, type ValidatedBuiltins } from '../lexicon/validated.js'
import type { WorkerInit } from './pool.js'
import { setHeapGrowing } from './heap.js'

/**
 * kefu-lint command line. The same file is the worker script of --jobs (one bundle to ship):
 * started as a lint worker (a child process, see pool.ts, or a worker thread) it lints tasks
 * instead of parsing arguments.
 *
 * The rest of the bundle is imported only once this process knows what it is, because loading
 * it validates the built-in data (every rule's lexicon, the word classes): the main process
 * records what validation returned and hands it to its workers, which take it instead of
 * validating the same data again (lexicon/validated.ts). The registry is cleared before any
 * config or plugin is read: what a user wrote is validated in every worker.
 */
const child = process.env.KEFU_LINT_CHILD === '1' && typeof process.send === 'function'
// V8 flags are per process: the main thread sets it for its worker threads too (heap.ts); a
// --jobs child process (KEFU_LINT_PROCESSES) sets its own.
if (isMainThread) setHeapGrowing(process.argv, process.env, process.execArgv)
// Not passed on: a plugin that runs kefu-lint itself starts an ordinary command line.
delete process.env.KEFU_LINT_CHILD
// A child process gets its init as the first message on its IPC channel (a Map of validated
// data does not fit in an environment variable or argv).
const init = child
  ? await new Promise<Partial<WorkerInit>>((resolve) => process.once('message', (m) => resolve(m as Partial<WorkerInit>)))
  : isMainThread
    ? undefined
    : (workerData as Partial<WorkerInit> | null)
const worker = !!init?.kefuLintWorker
const builtins: ValidatedBuiltins = worker && init?.validated ? { mode: 'reuse', results: init.validated } : { mode: 'record', results: new Map() }
setValidatedBuiltins(builtins)
const cli = await import('./command.js')
setValidatedBuiltins(undefined)
if (worker) cli.runWorker(init as WorkerInit, child)
else void cli.main(new URL(import.meta.url), builtins.results)
