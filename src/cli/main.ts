import { isMainThread, workerData } from 'node:worker_threads'
import { setValidatedBuiltins, type ValidatedBuiltins } from '../lexicon/validated.js'
import type { WorkerInit } from './pool.js'

/**
 * kefu-lint command line. The same file is the worker script of --jobs (one bundle to ship):
 * started as a worker it lints batches instead of parsing arguments.
 *
 * The rest of the bundle is imported only once this thread knows what it is, because loading it
 * validates the built-in data (every rule's lexicon, the word classes): the main thread records
 * what validation returned and hands it to its workers, which take it instead of validating the
 * same data again (lexicon/validated.ts). The registry is cleared before any config or plugin
 * is read: what a user wrote is validated in every thread.
 */
const init = isMainThread ? undefined : (workerData as Partial<WorkerInit> | null)
const worker = !!init?.kefuLintWorker
const builtins: ValidatedBuiltins = worker && init?.validated ? { mode: 'reuse', results: init.validated } : { mode: 'record', results: new Map() }
setValidatedBuiltins(builtins)
const cli = await import('./command.js')
setValidatedBuiltins(undefined)
if (worker) cli.runWorker()
else void cli.main(new URL(import.meta.url), builtins.results)
